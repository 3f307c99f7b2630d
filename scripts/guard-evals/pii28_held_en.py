"""English prose templates (18 genres with personal data) and English texts without
personal data (10 genres) for the held-out half of the twenty-eighth PII bank."""


def _callback_list(ctx):
    n = ctx.rint(3, 5)
    out = [ctx.r("[[Call-backs for {date}|Call-back list, {store} store|Still to ring back ({weekday})|Open call-backs]]:\n")]
    for i in range(n):
        k = "p%d" % (i + 1)
        out.append(ctx.r("%d. {%s.name}[[ – |, ]]{%s.phone}[[ – |, |: ]][[wants the %s in {size}|asked about order {order%d}|refund not arrived yet|left a voicemail, sounded urgent|repair quote for the {short}|prefers a call after 5|about the special order]]\n"
                         % (i + 1, k, k, "{short}", i)))
    out.append(ctx.r("[[Initial when done.|Tick off when done, please.|Anything not reached by Friday goes to {s1.first}.]]"))
    return out


def _chat(ctx):
    n = ctx.rint(4, 9)
    speakers = ["p1", "p2", "p3"][:ctx.rint(2, 3)]
    lines = [
        "can someone cover the till at {time}?",
        "{o.lowfirst} you still have the key for the back room?",
        "yes, on the hook by the door",
        "customer for {o.first} at the front, says it's about the special order",
        "the {jacket} in {colour} came back from repair",
        "I'm on break until {time2}",
        "who took the {sku} off the shelf?",
        "heads up: the courier is late again",
        "thanks {o.lowfirst}!",
        "no worries",
        "sorted",
        "{o.first}, can you ring the lady back about her deposit?",
        "on it",
        "stocktake starts {weekday} 7am, bring coffee",
    ]
    out = [ctx.r("[[#store-[[floor|team|crew]]|Team chat – {store}|#{store}-staff]]\n")] if ctx.p(0.6) else []
    prev = None
    used = set()
    stamped = ctx.p(0.5)
    for i in range(n):
        sp = ctx.ch([s for s in speakers if s != prev])
        prev = sp
        others = [s for s in speakers if s != sp]
        o = ctx.ch(others)
        line = ctx.ch([l for j, l in enumerate(lines) if j not in used])
        used.add(lines.index(line))
        line = line.replace("{o.", "{" + o + ".")
        stamp = ctx.r("[{=ticks}] ") if stamped else ""
        name = "{%s.lowfirst}" % sp if ctx.p(0.6) else "{%s.first}" % sp
        out.append(stamp)
        out.append(ctx.r(name + ": " + line + "\n"))
    return out


PROSE = {
# ------------------------------------------------------------------ crm_note
"crm_note": [
"""[[Note|CRM note|Contact note]] – {date}
{p1.name} [[rang|called in|came into the {store} store]] about order {order}. [[Wants to swap the Steinlauf shoes for {shoesize}.|Jacket delaminating at the cuff, sent for inspection.|Asked whether the deposit can be moved to the next order.]]
[[New mobile on file|Updated number|Mobile]]: {p1.mobile}[?. E-mail unchanged ({p1.email})?].[? Refund account: {p1.iban}.?]
[[Follow up by {weekday}.|No further action.|Passed to {s1.first} for the refund.]]""",
"""{p1.field} – [[moved house|new address|address change]] [[from {date}|as of {date}|]]
Old: {p1.street}
New: {p2.addr}
[[Confirmed by phone|Confirmed by e-mail]], {p1.phone}. Loyalty card and open order {order} updated.[? Note: parcel {parcel} already left the old address.?]""",
"""Merged duplicate profiles: "{p1.LF}" (old webshop account) and {p1.full} (store account).
Kept e-mail {p1.email}, dropped the typo address.
[[Points combined.|Points and vouchers combined.|Order history now complete.]] {s1.ini}, {date}""",
"""{date}: {p1.hf} [[asked for a call-back|complained about the delivery time|wants an invoice in the company's name]]. Tel. {p1.phone}.
{date2}: [[Called back, no answer.|Left voicemail.|Spoke to {p1.first} – sorted.]]
[?{date3}: [[Refund of {amount} to {p1.iban} released.|Voucher sent to {p1.email}.|Case closed by {s1.full}.]]
?]""",
"""Key account {p1.full} ({company}) – group order for {int:8-30} {jacket} jackets. Contact via {p1.bemail} or {p1.land}. [[Invoice to the club, not to {p1:him/her}.|Delivery to the club house, not the store.|Wants samples first.]]""",
],
# ------------------------------------------------------------------ support_email
"support_email": [
"""{p1.dear}

Thanks for your message about order {order}. [[We have booked the return|Your refund has been approved|The replacement {short} is on its way]] and [[the amount of {amount} will reach your account within 5 working days|you will get a tracking link shortly|we have added a €10 voucher for the wait]].

[[Kind regards|Best wishes|All the best]],
{s1.sig}
Talgrat Customer Care[?
{shopmail}?]""",
"""Hi,

my name is {p1.full} and I ordered the {product} on {date}. [[It still hasn't arrived.|The zip broke on the second walk.|I received the wrong colour ({colour}).]] Could you [[send a new one to|please check – my address is]] {p1.addr}?

[[Thanks|Cheers|Many thanks]],
{p1.first}[?
{p1.phone}?]""",
"""Subject: Sign-in from a new device

{p1.dear}
We noticed a sign-in to your Talgrat account from a new device on {date} at {time} (IP address {ip}). If this was you, there is nothing to do. If not, please reset your password and write to {shopmail}.

Talgrat Customer Care""",
"""{p1.dear}

I'm sorry the {jacket} let you down. [[I've checked with our workshop in {store}:|Our repair team has looked at it:]] the seam tape can be replaced free of charge. Please send the jacket to our returns centre and put this case number on the parcel: {case}.

If you'd rather have a refund, just reply with the IBAN of the account holder. [[We already have {p1.iban} on file from your last refund – shall we use that again?|Or shall we use the account {p1.iban} from your last refund?]]

Best wishes,
{s1.full}[?
Customer Care Team Lead?]""",
"""Hello Talgrat team,
please change the card on my subscription to {p1.card} (exp. {int:1-12}/{int:26-30}). The old one was cancelled.
{p1.sig}""",
],
# ------------------------------------------------------------------ signed_review
"signed_review": [
"""★★★★★ [[Great jacket|Kept me dry on Scafell|Perfect for the Highlands|Best socks I own]]
[[Wore the {jacket} for a week in the rain and stayed dry.|Fits true to size, I'm usually a {size}.|Comfortable straight out of the box.]] [[Would buy again.|Highly recommend.|Worth every penny.]]
– {p1.review}[[, {town}|]]""",
"""{int:2-4}/5 – [[Zip gave up after two months.|Sleeves too short for me.|Nice colour, but the hood doesn't stay up.]] [[Customer service was quick to help though.|Sent it back.|Still wearing it.]]
{p1.review}

Reply from Talgrat: Thanks {p1.first}, [[we've passed this on to the product team|sorry to hear that – please get in touch with our team so we can fix it]]. – {s1.first}""",
"""Reviewer: {p1.field}
Product: {product}
Rating: {int:3-5}/5
"[[Light and warm.|Good value.|Fits well over a base layer.|Perfect for the Lakes.]]"
""",
"""{p1.review} [[wrote|says]]: "[[Bought the {short} for the West Highland Way and it was brilliant.|My daughter loves the {colour} one.|Second pair already.]]" ★★★★[[★|☆]]""",
],
# ------------------------------------------------------------------ email_signature
"email_signature": [
"""[[Best regards|Kind regards|Thanks]],
{p1.full}
[[Store Manager|Area Manager North|Buyer – Footwear|Visual Merchandising Lead]], Talgrat Outdoor
M {p1.mobile}[?
T {p1.land}?]
{p1.wemail}""",
"""{p1.caps}
[[Head of Partnerships|Wholesale Account Manager|Sales Director]] | {company}
{p1.bemail} | {p1.phone}[?
{p1.addr}?]""",
"""--
{p1.first}
Sent from my iPhone""",
"""Cheers,
{p1.sig}[? ({p1:he/she}/{p1:him/her})?]
--
[[Talgrat Outdoor · {store} store|Talgrat Outdoor – Logistics]]
{p1.wemail} · [[direct|mobile]] {p1.phone}
[[Fax|Tel. store]] {p2.land}""",
"""[[Kind regards|Best wishes]],
{p2.sig}
[[Assistant to|Sent on behalf of|PA to]] {p1.full}, [[Managing Director|Head of Retail]]
{p2.wemail}[?
{p2.land}?]""",
],
# ------------------------------------------------------------------ team_chat
"team_chat": [
    _chat,
"""[{=tick}] {p1.lowfirst}: [[anyone seen|who's got]] the keys for the cage?
[{=tick}] {p2.lowfirst}: {p3.first} took them
[{=tick}] {p1.lowfirst}: [[ta|cheers|found them]]""",
"""{p1.first} [{=ticks}]: customer on web chat, says their name is {p2.full} and the parcel went to {p2.addr}
{p1.first} [{=ticks}]: can someone check order {order}?
{p3.first}: looking now""",
"""[[Web chat|Live chat]] – {date}
Visitor: hi, [[can you check my order|my payment failed twice|I was charged twice]]
{s1.first} (Talgrat): Hello! Could you tell me your name and the e-mail on the order?
Visitor: {p1.low}, {p1.email}
Visitor: [[the card is|I used]] {p1.card}[[ if that helps| btw]]
{s1.first} (Talgrat): Thanks, {p1.first}. Please don't send card numbers in the chat – I'll [[pass this to payments|check the order now]].""",
"""{p2.first}: @{p1.lowfirst} [[can you swap Saturday with me?|are you in tomorrow?]]
{p1.first}: [[sure, swap is fine|no sorry, off till Tuesday]]
[?{p2.first}: {p1.handle} thanks!
?]""",
],
# ------------------------------------------------------------------ call_note
"call_note": [
    _callback_list,
"""Inbound call {time}, {date}
Caller: {p1.field}, {p1.phone}
[[Order {order} – wants to cancel.|Asked about the repair of the {short}.|Card was charged twice, {amount}.]]
[[Told {p1:him/her} we'd call back.|Resolved on the call.|Escalated to {s1.first}.]]""",
"""Voicemail, {weekday} {time}: "Hi, it's {p1.full}[[, calling about|, I'm ringing about]] [[my order|the jacket I dropped off]]. Could you call me back on {p1.phone}? [[Thanks.|Cheers, bye.]]\"""",
"""Phone order taken by {s1.first}: {product} ({colour}, {size}) for {p1.full}. Deliver to {p1.addr}. Paid by card {p1.card}[[, read out on the phone|]].""",
"""Refund request by phone: {p1.name} ({p1.phone}) wants the {amount} for order {order} back on [[the card {p1.card}|{p1:his/her} account {p1.iban}]], not as a voucher.""",
"""Call summary
- Customer: {p1.name}
- Number: {p1.phone}
- Topic: [[delivery to a neighbour
- Neighbour: {p2.name}|refund to a different account
- Account holder: {p2.full}, IBAN {p2.iban}|size exchange
- New size: {size}|lost parcel
- Parcel: {parcel}]]
- Agent: {s1.first}""",
],
# ------------------------------------------------------------------ name_prose
"name_prose": [
"""{p1.full} and {p2.full} [[closed the {store} store on Saturday|ran the stocktake in {store}|covered the late shift]], and [[{p3.full} opened on Sunday.|everything balanced.|nobody complained for once.]]""",
"""We'd like to thank {p1.full} for [[ten years|five years|twenty years]] with us[[ – first in {store}, now in the buying team|, most of them on the shop floor in {store}]]. [[{p2.full} takes over the footwear section from next month.|]]""",
"""The route [[was scouted|was walked twice]] by {p1.full} [[before the guiding weekend|in May]], and {p2.full} [[wrote the kit list|checked the huts]].""",
"""[[After the survey|After the trial]], {p1.full} [[suggested|asked]] that we stock the {short} in more sizes. {p2.full} agreed[[, and {p3.full} placed the order|]].""",
"""Congratulations to {p1.full}, who [[finished the Ultra Trail in under thirty hours|won the photo contest|passed the mountain leader assessment]]!""",
],
# ------------------------------------------------------------------ postal_letter
"postal_letter": [
"""{p1.full}
{p1.addr2}

Talgrat Outdoor GmbH, Customer Service
{date}

[[Cancellation of my customer account

Dear Sir or Madam,
Please close my customer account and delete my data.|Return of order {order}

Dear Sir or Madam,
I am returning the {short}; please refund {amount} to my account {p1.iban}.|Complaint about order {order}

Dear Sir or Madam,
The {product} I bought in {store} has torn at the seam.]]

Yours faithfully,
{p1.full}""",
"""{p1.hf}
[?c/o {p2.full}
?]{p1.addr2}

{date}

{p1.dear}

Thank you for your letter. [[We have refunded {amount} to the card ending {int:1000-9999}.|Your jacket has been repaired and is on its way back.|Your account has been closed.]]

Yours sincerely,
{s1.full}
Talgrat Outdoor""",
"""From: {p1.full}, {p1.addr}
To: Talgrat Outdoor, Returns

[[I'm sending back the socks from order {order}.|Enclosed is the faulty headlamp.]] Please [[refund to {p1.iban}|send the replacement to the address above]].""",
"""@IE {p1.full}
{p1.addr2}

{date}

Dear Talgrat,

[[I'm writing to complain|I want to let you know]] about the [[delivery|the service in the Dublin store]]. [[The courier left the parcel outside in the rain.|Nobody could tell me when my order would come.]]

[[Regards|Kind regards]],
{p1.first} {p1.last}""".replace("{p1.first} {p1.last}", "{p1.full}"),
],
# ------------------------------------------------------------------ accident_book
"accident_book": [
"""[[ACCIDENT BOOK – {store} store
Date/time: {date}, {time}
Injured person: {p1.field} ([[customer|member of staff|contractor]])
Address: {p1.addr}
Phone: {p1.phone}
What happened: [[Tripped over a display base near the footwear wall.|Cut finger on a box cutter while unpacking {sku}.|Slipped on the wet floor by the entrance.|Bumped head on the climbing wall hold.]]
First aid given by: {s1.full}
[?Witness: {p2.full}, {p2.phone}
?]Reported to manager: [[yes|yes, by phone]]|Accident in the {store} store on {date}: {p1.name} [[tripped over a display base|slipped on the wet floor by the entrance|cut a finger on a box cutter]] at about {time}. {s1.full} gave first aid. [[We have {p1.addr} and {p1.phone} for the insurer.|Contact for the insurer: {p1.phone}.]]]]""",
"""Accident book entry {int:12-98}/{int:2024-2026}. {p1.hf}, [[aged {int:18-80}|a regular customer]], [[fell on the stairs to the first floor|caught {p1:his/her} foot in the mat]] at about {time}. {s1.first} [[gave first aid|called an ambulance|fetched the ice pack]]. {p1:He/She} [[left on foot|was collected by {p2.name}, {p2.phone}]].""",
"""Near miss, {date}: a shelf bracket came loose above the till. Nobody hurt. Seen by {p1.full} ({p1.wemail}). Fixed by {p2.name}.""",
"""Follow-up to accident book entry of {date}
{p1.dear}
We are sorry about your fall in our {store} store. Our insurer ([[Alpina Versicherung|Fellside Mutual]]) may contact you at {p1.email} or {p1.phone}. Reference: {case}.[? Any compensation will be paid to the account you gave us ({p1.iban}).?]
{s1.full}, Store Manager""",
],
# ------------------------------------------------------------------ power_of_attorney
"power_of_attorney": [
"""AUTHORISATION
I, {p1.full}, of {p1.addr}, authorise {p2.full} [[to collect my repaired jacket|to return order {order} on my behalf|to pick up my special order]] from the Talgrat store in {store}.
[[ID will be shown on collection.|{p2.first} will bring {p2:his/her} passport.]]
Signed: {p1.full}, {date}""",
"""[[Dear Talgrat team,|Hello,|{s1.dear}]]

My father, {p2.full}, is in hospital and I hold power of attorney for him. Please [[cancel his standing order for the club magazine|refund his deposit of {amount} to his account {p2.iban}|close his customer account]]. A copy of the document is attached.

[[Kind regards|Thank you]],
{p1.full}
{p1.phone}""",
"""Note for the till: {p1.name} may collect the order for {p2.hf} ({order}). Authorisation letter checked by {s1.first} on {date}.""",
"""Re: letter of authority
We have received the letter of authority from {p1.full} naming {p2.full} as [[agent|representative]] for the warranty claim on the {short}. All further contact will go to {p2.email}[[ and {p2.phone}|]].
{s1.sig}""",
],
# ------------------------------------------------------------------ special_order
"special_order": [
"""[[SPECIAL ORDER – {store}
Customer: {p1.field}
Phone: {p1.phone}[?
E-mail: {p1.email}?]
Item: {product}, {colour}, size {size}
Deposit: {amount} [[cash|by card|by card over the phone: {p1.card}]]
Taken by: {s1.first}, {date}
[[Call when it arrives.|Text when it arrives.|Customer will collect on {weekday}.]]|{s1.first} took a special order from {p1.name} on {date}: the {product} in {colour}, size {size}. [[Deposit {amount} paid.|No deposit yet.]] Please [[call|text]] {p1:him/her} on {p1.phone} when it arrives.]]""",
"""{p1.dear}

Good news – the {short} in {size} you ordered in our {store} store has arrived. We'll keep it for you until {date}. [[The remaining {amount} can be paid on collection.|Your deposit has already been taken off.]]

See you soon,
{s1.first} from Talgrat {store}""",
"""Special order {order}: {p1.hl} wants the {short} in {colour} (not stocked in {store}). Ordered from the central warehouse. Contact: {p1.phone}.[? Deliver to home instead: {p1.addr}.?]""",
"""Hi {p1.first}, the boots you ordered (size {shoesize}) are in! Pop in any time before {date}. – Talgrat {store}, sent to {p1.mobile}""",
],
# ------------------------------------------------------------------ pension_enrolment
"pension_enrolment": [
"""{p1.dear}

As you have now been with Talgrat Outdoor for three months, we have enrolled you in the workplace pension scheme from {date}. Your contributions will be taken from your pay. If you wish to opt out, please contact {hrmail} within one month.

Employee: {p1.full}, staff no. {staffno}
[[Home address|Address on file]]: {p1.addr}

People Team""",
"""Pension opt-out form
Name: {p1.field}
Date of birth: {p1.dob}
National Insurance number: [[held on file|see payroll]][?
German tax ID (if you worked for Talgrat GmbH): {p1.taxid}?]
I wish to opt out of the workplace pension scheme.
Signed {p1.full}, {date}""",
"""Payroll note: {p1.name} ({staffno}) transferred from the German company. German tax ID {p1.taxid}, pension contributions [[to continue|stop]] from {date}. Salary to {p1.iban}.""",
"""Re: pension transfer
Hi {p1.first},
The provider needs your [[home address|current address]] and [[mobile number|phone number]] before they can move your old pot. Can you confirm {p1.addr} and {p1.mobile}?
Thanks, {s1.first} (Payroll)""",
],
# ------------------------------------------------------------------ collection_handover
"collection_handover": [
"""[[Handover to debt collection – {date}
Debtor: {p1.field}
Address: {p1.addr}
Phone: {p1.phone}
Open amount: {amount} ([[rental gear not returned|invoice {order}|unpaid balance on a special order]])
Reminders sent: {date2}, {date3}[?
Last payment came from: {p1.iban}?]
Passed to: [[Northgate Credit Services|Pennine Recoveries Ltd]]|We handed {p1.name} to [[Northgate Credit Services|Pennine Recoveries Ltd]] today: {amount} open since {date2}, two reminders to {p1.addr} without reply. [[The number we have, {p1.phone}, is dead.|{p1:He/She} did not answer on {p1.phone}.]]]]""",
"""{p1.dear}

Despite our reminders, the invoice for order {order} ({amount}) is still unpaid. Unless we receive payment by {date}, we will hand the matter to a collection agency.

[[Our bank details are on the invoice.|You can also pay by card in any store.]]

Accounts Receivable
Talgrat Outdoor
{opsmail}""",
"""Collections list, {store}:
- {p1.LF} – {amount} – {p1.phone}
- {p2.LF} – {amount2} – {p2.phone}
[?- {p3.LF} – {amount3} – {p3.email}
?]""",
"""Payment received from {p1.hf} for invoice {order}[[ – please recall the case from the agency|, paid in full]]. Paid from {p1.iban} on {date}. – {s1.ini}""",
],
# ------------------------------------------------------------------ trip_plan
"trip_plan": [
"""[[TRIP PLAN (left at the {store} store)
Walkers: {p1.full}, {p2.full}[? and {p3.full}?]
Route: [[Helvellyn via Striding Edge, down Swirral Edge|Ben Nevis by the CMD arête|Carrauntoohil via the Devil's Ladder]]
Start {time} on {date}, back by {time2}
Emergency contact: {p4.full}, {p4.phone}
[[Car: {plate} at the trailhead.|Tent: {colour}.]]|{p1.full} and {p2.full} left their route at the till: [[Helvellyn via Striding Edge|Ben Nevis by the CMD arête|Carrauntoohil via the Devil's Ladder]] on {date}, back by {time}. If they don't turn up, ring {p4.full} on {p4.phone}.]]""",
"""Hi, we're heading up [[the Cairngorm plateau|the Langdale Pikes]] tomorrow and our plan is on the sheet at the till. If we're not back by 6, please ring my {p1:brother/sister} {p1.full} on {p1.phone}. – {p2.first}""",
"""Route card for {p1.name}: [[Glen Nevis to Corrour Bothy|Borrowdale to Wasdale]], 2 nights. Mobile {p1.mobile}, [[satellite messenger on|no signal expected]]. Next of kin: {p2.full}, {p2.addr}.""",
"""Hut book, {date}: "{p1.full}, {p2.full} – from {town} – over the pass to the next hut. [[Weather bad, turning back if needed.|All well.]] {p1.phone}\"""",
],
# ------------------------------------------------------------------ climbing_wall_booking
"climbing_wall_booking": [
"""[[Climbing wall booking – {store}
Date: {date}, {time}
Group: [[birthday party|school class|scout troop]] ({int:6-14} children)
Booked by: {p1.field}
Phone: {p1.phone}
E-mail: {p1.email}
[?Instructor: {s1.full}
?][[Deposit paid.|Pay on the day.|Deposit paid by card {p1.card}.|Refund the deposit to {p1.iban} if cancelled.]]|Wall booked for {date} at {time}: [[a birthday party|a school class|a scout troop]] of {int:6-14}. Booked by {p1.name} ({p1.phone}[[, {p1.email}|]]); [[deposit paid|pays on the day]].[? {s1.first} will instruct.?]]]""",
"""{p1.dear}

Thank you for booking the climbing wall for {p2.first}'s birthday on {date}. Please bring the signed consent forms for every child. Our instructor {s1.first} will meet you at {time}.

[[Best wishes|See you soon]],
Talgrat {store}""",
"""Consent form – climbing wall
Child: {p1.full}, born {p1.kdob}
Parent/guardian: {p2.field}
Phone during the session: {p2.mobile}
I agree that my child may climb under supervision.
{p2.full}""",
"""Hi! I'd like to book the wall for my son's class. I'm {p1.full}, {p1.phone}. [[Is {weekday} possible?|Do you have anything in May?]]""",
],
# ------------------------------------------------------------------ overtime_request
"overtime_request": [
"""[[Overtime request
Employee: {p1.field} ({staffno})
Store: {store}
Date: {date}, [[1 hour|2 hours|3 hours|4 hours]]
Reason: [[stocktake|sale set-up|cover for sick colleague|delivery came late]]
Approved by: {p2.full}[?
Pay out to: {p1.iban}?]|{p1.name} stayed {int:2-4} hours longer on {date} [[for the stocktake|to set up the sale|because the delivery came late]]. {p2.full} approved it[[, to be paid with the next salary|, to be taken as time off]].]]""",
"""Hi {p1.first},
Could I take the {int:3-8} hours of time off in lieu from the stocktake on {date}? {p2.first} can cover my shift.
{p3.sig}""",
"""{p1.name} worked {int:2-6} extra hours on {date} [[(late delivery)|(till audit)]]. Paid with the next salary to {p1.iban}. Signed off: {s1.ini}.""",
"""TOIL balance for {p1.full}: {int:4-20} h. [[{p1:He/She} wants to use it in May.|Please take it before year end.]] Questions to {hrmail}.""",
],
# ------------------------------------------------------------------ receipt_reissue
"receipt_reissue": [
"""Hello,

could you send me a copy of the receipt for [[the {product}|my purchase]] in your {store} store on {date}? I need it [[for my expenses|for the warranty|for my employer]][[ and paid with my card {p1.card}|]]. [[Please make it out to|The invoice should show]] {p1.full}, {p1.addr}.

Thanks,
{p1.first}""",
"""Duplicate invoice requested by {p1.hf} for order {order}. New invoice address: {p1.addr}. Sent to {p1.email} on {date} by {s1.first}.""",
"""{p1.dear}

Attached is the corrected invoice for order {order}, now addressed to [[your company|{p1.full}]]. [[The VAT amount is unchanged.|The original receipt is no longer valid.]]

[[Kind regards|Best wishes]],
{s1.full}
Accounts""",
"""Receipt reprint – till {int:1-6}, {date}, {time}
Customer asked for a copy with name: {p1.caps}
Paid by card {p1.card}
Reprinted by {s1.first}""",
],
# ------------------------------------------------------------------ interview_scorecard
"interview_scorecard": [
"""[[Interview scorecard – [[Sales Assistant|Workshop Technician|Assistant Store Manager]], {store}
Candidate: {p1.field}
Panel: {p2.full}, {p3.full}
Product knowledge: {int:2-5}/5
Customer focus: {int:2-5}/5
Notes: [[Knows the Lakes well, climbs.|Strong retail background.|Nervous but warm with customers.]]
Decision: [[second interview|offer|reject]]|Interview notes, [[sales assistant|workshop technician|assistant manager]] role in {store}: {p1.full} [[knows the Lakes well and climbs|has a strong retail background|was nervous but warm with customers]]. {p2.first} and {p3.first} [[would like a second interview|both want to make an offer|were not convinced]].]]""",
"""Feedback on {p1.name}: [[great with the role play|a bit quiet|very strong on footwear]]. [[I'd hire {p1:him/her}.|Not sure about weekends.]] – {p2.first}""",
"""{p1.dear}

Thank you for coming in on {date}. We'd like to invite you to a trial shift in our {store} store on {date2} at {time}. Please confirm on {s1.wemail} or call {s1.land}.

Best wishes,
{s1.full}""",
"""Candidate {p1.full} (applied {date}, referred by {p2.full})
Phone: {p1.phone} · E-mail: {p1.email}
Interviewers: {p3.ini}, {p4.ini}
Result: [[offer made|on hold|declined]][?
For the Munich contract: German tax ID {p1.taxid}, salary account {p1.iban}?]""",
],
}


NOPII = {
"care_guide": [
"""Care guide: wash the {jacket} at [[30|40]] °C, close all zips and [[reproof every few washes|tumble dry on low to wake up the DWR]]. [[A baker's dozen of washes won't hurt the membrane.|Will it lose its colour? Not in {colour}.|No fabric softener, ever.]][?
Repairs: bring it to the {store} store, {int:2-6} weeks in {pick:spring,summer,autumn}.?]""",
"""Trittweg socks in {colour}: turn inside out, wool cycle, [[no softener|mild detergent only]]. They [[will|may]] shrink if tumble dried.[? Lay flat in the shade, not in the hot sun.?][? Pack of {int:2-3}: {price}.?]""",
"""Down jacket care ({sku}):
- down wash, [[two|three]] tennis balls in the dryer
- [[low heat|no heat]], {int:2-4} cycles
- store loose, not compressed
[[Grace period for free repairs: {int:14-60} days.|Questions? Ask in store.|Fox-brown stains come out with a soft brush.]]""",
"""Leather boots: brush off mud, let dry away from the stove, wax once a season. [[The hunter green laces|The {colour} laces|Spare laces (GTIN {gtin})]] can go in the machine at {pick:30,40} °C.""",
],
"packing_list": [
"""Hut-to-hut packing list ({int:3-7} days)
- [[{jacket} jacket|Almweg trousers|Gitterhang fleece]]
- Merino base layer ({colour})
- Hut sleeping bag liner[?
- Headtorch, spare batteries?][?
- {int:1-2} l water bottle?]
- Cash for the huts ([[no cards up there|about €{int:40-90} a night]])""",
"""Winter day hike: [[warm hat|beanie]], mitts, spare layer, flask, map and compass[[, microspikes|, ice axe|]]. [[The fox tracks by the stream are worth a photo.|Watch for the wolf warning signs in the valley.|Sunset is at {time}.]]""",
"""Kit list for the May bank holiday weekend: tent, stove, [[two|three]] gas canisters, {short}, midge net, sun cream. Will it rain? [[Probably.|Almost certainly.|This is {pick:Scotland,Wales,the Lakes}.]]""",
"""Climbing day: harness, helmet, {int:6-12} quickdraws, [[60|70]] m rope, belay device, chalk, approach shoes.[[ Young climbers need a parent on site.| Meet at the crag at {time}.|]]""",
],
"opening_hours": [
"""{store} store: Mon–Fri [[9:30|10:00]]–[[18:30|19:00]], Sat 9:00–18:00. Closed on {date}. [[Late opening every Thursday until 20:00.|Bank holiday Monday: 10:00–16:00.|Sunday: closed.]]""",
"""Christmas hours: 24 December 9:00–[[13:00|14:00]], 25–26 December closed, 31 December 9:00–16:00. Our store in {ptown} opens [[as usual on 2 January|at 11:00 on 2 January]].""",
"""May Day: [[all stores|the {store} store and the warehouse]] closed. The warehouse ships again on {weekday}[[; orders placed before {time} go out the same day|]].""",
"""New store opening in {town} on {date}! [[Free coffee from 9 a.m.|Live music from noon.]] and {int:10-25} % off the {jacket}.""",
],
"pick_list": [
"""PICK LIST {order}
{sku} | {colour} | {size} | bin A-{int:10-40}-{int:1-9} | qty {qty}
{sku2} | {colour2} | {size2} | bin C-{int:10-40}-{int:1-9} | qty {qty2}
GTIN {gtin}
Pallet ref {phonelike}""",
"""Wave {int:100-999}: {int:20-90} lines, {int:3-9} totes. [[Priority: next-day orders first.|Priority: click & collect.]] Pack station {int:1-12}.""",
"""Pick note: {short} in {size} short by {int:1-4}. [[Substitute with {colour} only if the order note allows it.|Flag the order, do not substitute.]]""",
"""Replenishment {dnum}: move {int:10-60} × {sku} (GTIN {gtin}) from reserve [[to the shop floor|to bay {int:1-20}]].""",
],
"tracking_update": [
"""Your parcel {parcel} is on its way. Estimated delivery: {date}. [[You can change the delivery day online.|It will be left with a neighbour if you're out.|Track it in the app.]]""",
"""Status update: parcel {parcel} arrived at the depot in {town} at {time}. Depot reference {phonelike}.""",
"""Delivery attempt failed on {date}[[ at {time}|]]. The parcel will be taken to the nearest parcel shop (ref. {phonelike}).""",
"""Shipment {order} split into [[two parcels: {parcel} and {parcel2}|three parcels: {parcel}, {parcel2} and {parcel3}]].[? Weight {int:1-9}.{int:0-9} kg.?]""",
],
"supplier_catalogue": [
"""Supplier list {int:2024-2026}: [[Baker & Hunter Logistics|Fox & Miller Outdoor Ltd|Little & King Printing]] (labels), [[Fisher & Cook Textiles|Young & Rose Packaging]] (bags), [[Stone Mill Yarns|Hope Valley Wool Co.]] (merino).""",
"""Order from [[Hunter Brothers Ltd|King & Bell Ropes|Long & Little Zips]]: {int:50-500} units, GTIN {gtin}, delivery week {int:1-52}.""",
"""Approved suppliers for the [[spring|autumn]] range: [[Marsh & Brook Dyeworks|Brook Lane Mills]], [[Long & Little Zips|Bird & Swan Buckles]], Baker Street Leather Co.[? Audit due {date}.?]""",
"""Price list from [[Fox Valley Mills|Young & Sons Knitwear|Grace Street Textiles]]: merino jersey {price} per metre, minimum order {int:100-400} m.""",
],
"firmware_changelog": [
"""Till software {version}
- [[Faster card terminal handshake|New receipt layout]]
- [[Fixed rounding on split payments|Fixed the voucher scan]]
- Build {int:1000-9999}, released {date}""",
"""Scanner firmware {vpair}: [[better reading of worn barcodes|longer battery life]], new beep for GTIN {gtin}.""",
"""Release {version}: the web shop now shows stock per store. Known issue: filter for {colour} shows no results on [[mobile|tablets]].""",
"""Handheld app {version}: new pick route view; will ask for an update on next start. [[Rollout to {store} on {date}.|Port {int:8000-8999} must be open.]]""",
],
"newsletter_teaser": [
"""This week: the {jacket} is back in {colour}, plus our guide to bothies and a baker's guide to trail flapjacks.[? Ends {date}.?]""",
"""[[Spring is here!|Autumn is here!]] Grace your pack with the new {pack} – now {price}.""",
"""Will it rain at the weekend? With the {product} you won't care.[[ Free delivery over €{int:50-80}.|]]""",
"""Join our May trail clean-up in {town} on {date}. [[Bring gloves; we bring the cake.|Meet at {time} at the car park.]]""",
],
"price_change_memo": [
"""Price change from {date}: {sku} {product} new price {price}. Old labels to be replaced by {weekday}.""",
"""Markdown list: {sku} –{int:10-30} %, {sku2} –{int:30-50} %. Valid until {date}. [[Do not combine with member discount.|Members get an extra 5 %.]]""",
"""From {date} socks are sold in packs of [[two|three]] ({price}). Update the shelf edge labels (GTIN {gtin}).""",
"""Price check [[{store}|all stores]]: the {jacket} in {colour} still shows the old price on the shelf. Correct price {price}.""",
],
"hut_conditions": [
"""Conditions {date}: snow above [[1,800|2,100|1,500]] m, path to the hut [[icy in the morning|wet but fine]]. Hut open {weekday} to Sunday.""",
"""Trail report: the bridge at the Fox's Gill crossing is down; use the ford {int:100-400} m upstream. [[Grace Falls path fine.|Hunter's Lane muddy.]]""",
"""Avalanche danger level {int:1-3}. The hunter's path to the ridge is closed until [[May|June]].[? Next update {date}.?]""",
"""[[Sunny|Cloudy]], [[light|strong]] winds, ground [[firm|boggy]]. Hut warden back from {date}.""",
],
}
