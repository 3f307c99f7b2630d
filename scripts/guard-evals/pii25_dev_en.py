"""English templates of the dev half of the twenty-fifth PII bank (pii25_dev).

Every template is `t(c)` with `c` a `pii25_dev_core.Ctx`; labelled values come from `c.n`, `c.hon`,
`c.email`, `c.addr`, `c.phone`, `c.iban`, `c.card`, `c.taxid`, `c.ip`.
"""

GENRES = {}


def g(name, kind, pii=True):
    def deco(f):
        GENRES.setdefault(name, {"kind": kind, "pii": pii, "templates": []})["templates"].append(f)
        return f
    return deco


def sig_close(c):
    return c.ch("Best,", "Kind regards,", "Thanks,", "Cheers,", "All the best,", "Many thanks,", "Regards,")


# ============================================================ prose with personal data


@g("crm_note", "prose")
def crm1(c):
    p = c.person()
    prod, sku, _ = c.prod()
    return c.ch(
        f"{c.n(p)} called about the {prod} ({sku}). Wants a size {c.size()} instead. Reach {c.him(p)} on {c.phone()} after {c.time()}.",
        f"Note {c.date()}: spoke with {c.hon(p)} re. {prod}. Follow-up by email ({c.email(p)}), not by phone.",
        f"{c.hon(p)} is a repeat buyer (4 orders since spring). Prefers {c.colour()}. Mobile {c.phone()}.")


@g("crm_note", "prose")
def crm2(c):
    p, q = c.person(), c.person()
    a, _ = c.addr()
    return (f"Account owner: {c.n(q, 'first')}\n"
            f"Customer {c.n(p)} moved. New delivery address: {a}\n"
            f"{c.ch('Old address deleted.', 'Marked old address inactive.', 'Billing stays the same.')} "
            f"{c.ch('Flagged for the autumn mailing.', 'No catalogue please.', '')}").rstrip()


@g("crm_note", "prose")
def crm3(c):
    p = c.person()
    return c.ch(
        f"VIP flag set for {c.n(p)} – bought two {c.short()} for a guiding team. Invoice to company, contact person {c.him(p)}self, {c.email(p)}.",
        f"Lead from the Bristol fair: {c.n(p)}, runs a small hiking club, wants 12 jackets. Call back on {c.phone('GB')}.",
        f"Duplicate merged: {c.n(p, 'init_last')} and {c.n(p)} are the same person (same email {c.email(p)}).")


@g("crm_note", "prose")
def crm4(c):
    p = c.person()
    return (f"{c.ch('Complaint', 'Escalation', 'Goodwill case')} · {c.date()}\n"
            f"{c.hon(p)} says the zip on the {c.short()} broke on day two. "
            f"{c.ch('Offered a refund to', 'Will refund to', 'Refund goes to')} {c.iban()}. "
            f"{c.ch('No reply yet.', f'{c.he(p).capitalize()} agreed on the phone.', 'Waiting for photos.')}")


@g("support_email", "prose")
def sup1(c):
    p = c.person()
    prod, _, _ = c.prod()
    return (f"{c.anrede(p)},\n\n"
            f"thanks for getting in touch about your {prod}. {c.ch('We have booked a free return for you.', 'A replacement is on its way.', 'We are sorry the size did not work out.')} "
            f"The label will go to {c.email(p)} within the hour.\n\n"
            f"{sig_close(c)}\n{c.n(c.person(), 'first')} · Talgrat Customer Care")


@g("support_email", "prose")
def sup2(c):
    p = c.person()
    a, _ = c.addr(form=c.ch("line", "two"))
    return (f"Hi there,\n\nI ordered a {c.short()} on {c.date()} but gave the wrong house number. "
            f"Could you send it to\n{a}\ninstead?\n\n{c.ch('Thanks a lot', 'Cheers', 'Thank you')},\n{c.n(p)}")


@g("support_email", "prose")
def sup3(c):
    p = c.person()
    return c.ch(
        f"Hello,\nmy name is {c.n(p)} and I'm still waiting for the refund for order {c.order()}. You can call me on {c.phone()}.\nRegards",
        f"To whom it may concern – I, {c.n(p)}, would like my account closed. The email on it is {c.email(p)}.",
        f"Hi team, quick one from {c.n(p, 'first')}: the socks arrived but the jacket did not. Order {c.order()}. Ta!")


@g("support_email", "prose")
def sup4(c):
    p, ag = c.person(), c.person()
    return (f"{c.anrede(p)},\n\nI'm sorry about the delay with your {c.short()}. "
            f"I have asked our warehouse to call you at {c.phone()} before delivery.\n"
            f"If anything else comes up, write to me directly.\n\n{c.n(ag)}\nCustomer Care, Talgrat Outdoor")


@g("reply_chain", "prose")
def rep1(c):
    p, ag = c.person(), c.person()
    return (f"Thanks {c.n(p, 'first')}, that worked!\n\n"
            f"On {c.date()} at {c.time()}, {c.n(ag)} <{c.email(ag, 'talgrat.com')}> wrote:\n"
            f"> Hi {c.n(p, 'first')},\n> please try the link again, we reset your password.\n"
            f">\n> On {c.date()}, {c.n(p)} <{c.email(p)}> wrote:\n>> I can't log in since yesterday.")


@g("reply_chain", "prose")
def rep2(c):
    p = c.person()
    cl = c.colours2()
    return (f"{c.ch('Forwarding for context', 'FYI', 'See below – can you take this one?')}\n\n"
            f"---------- Forwarded message ---------\nFrom: {c.n(p)} <{c.email(p)}>\nDate: {c.date()}\n"
            f"Subject: {c.ch('Wrong colour', 'Parcel missing', 'Invoice please')}\n\n"
            f"Hello, I got {cl[0]} instead of {cl[1]}. My number is {c.phone()} if easier.")


@g("reply_chain", "prose")
def rep3(c):
    p, q = c.person(), c.person()
    return (f"> {c.n(q, 'first')}, can you check the stock for the {c.short()}?\n\n"
            f"Checked – 3 left in {c.size()}. I told {c.hon(p)} we'd hold one until Friday.\n\n"
            f"> > {c.hon(p)} asked if we can reserve one. Tel. {c.phone()}")


@g("reply_chain", "prose")
def rep4(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"Yes, please ship it there.\n\n{c.n(p, 'first')}\n\n"
            f"-----Original Message-----\nFrom: Talgrat Orders\nSent: {c.date()}\nTo: {c.email(p)}\n\n"
            f"Dear customer, is this address correct?\n{a}")


@g("review_testimonial", "prose")
def rev1(c):
    p = c.person()
    return (f"\u201c{c.ch('The', 'My')} {c.short()} {c.ch('kept me dry for three days in Snowdonia.', 'survived a whole season of guiding.', 'is the first one that fits my shoulders.')}\u201d "
            f"\u2014 {c.n(p, c.ch('full', 'first_init', 'first_init'))}, {c.ch('mountain guide', 'trail runner', 'teacher', 'hut warden')}")


@g("review_testimonial", "prose")
def rev2(c):
    p = c.person()
    return (f"{c.ch('★★★★★', '★★★★☆', '5/5', '4 stars')} {c.ch('Great fit', 'Worth it', 'Warm and light', 'Runs small')}\n"
            f"{c.ch('Wore it on the West Highland Way.', 'Bought a size up, perfect.', 'Pockets are a bit high.')}\n"
            f"Reviewed by {c.n(p, c.ch('first_init', 'full'))} on {c.date()} · Verified buyer")


@g("review_testimonial", "prose")
def rev3(c):
    p = c.person()
    return (f"Testimonial for the autumn landing page (approved by {c.n(p, 'first')} by email):\n"
            f"\"I've tested a lot of socks. The Trittweg are the ones I pack.\" – {c.n(p)}, {c.ch('Keswick', 'Galway', 'Boulder', 'Inverness')}")


@g("review_testimonial", "prose")
def rev4(c):
    p = c.person()
    return c.ch(
        f"Honestly the best rain jacket I've owned. Thanks Talgrat! – {c.n(p, 'lower_first')}",
        f"{c.n(p, 'first_init')} from {c.ch('Leeds', 'Cork', 'Denver')}: \"Comfortable from the first mile.\"",
        f"Great shoes, but the laces are long. {c.n(p)}, verified purchase")


@g("signature", "prose")
def sig1(c):
    p = c.person()
    return (f"{sig_close(c)}\n\n{c.n(p)}\n{c.ch('Head of Buying', 'Store Manager', 'Freelance Photographer', 'Key Account Manager')}\n"
            f"{c.ch('Fjellsport Ltd', 'Peak & Valley Outfitters', 'Trailhead Supply Co.')}\n"
            f"M {c.phone()}\n{c.email(p)}")


@g("signature", "prose")
def sig2(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"--\n{c.n(p, 'caps_full')}\n{a}\nPhone: {c.phone()}\n"
            f"{c.ch('Sent from my iPhone', 'Please consider the environment before printing.', '')}").rstrip()


@g("signature", "prose")
def sig3(c):
    p = c.person()
    return (f"Thanks again!\n{c.n(p, 'first')}\n\n{c.n(p)} | {c.ch('Buyer', 'Owner', 'Content Lead')} | "
            f"{c.ch('Summit Sports', 'Glen Outdoor', 'Harbour & Hill')}\nt: {c.phone(intl=True)} | e: {c.email(p)}")


@g("signature", "prose")
def sig4(c):
    p = c.person()
    return (f"Kind regards / Mit freundlichen Grüßen\n\n{c.ch('Dr. ', '', '')}{c.n(p)}\n"
            f"{c.ch('Marketing', 'Purchasing', 'Events')}\nTel {c.phone()}  ·  Fax {c.phone()}\n"
            f"This e-mail may contain confidential information.")


@g("copy_brief", "prose")
def brief1(c):
    p, q = c.person(), c.person()
    prod, sku, price = c.prod()
    return (f"Brief: {prod} ({sku}), {c.price(price)}\nOwner: {c.n(p)}\n"
            f"Use the quote from our tester {c.n(q)}, {c.he(p)} signed the release. Keep it under 80 words. No 'ultimate'.")


@g("copy_brief", "prose")
def brief2(c):
    p = c.person()
    return (f"Newsletter copy, {c.ch('March', 'October', 'week 14')}. We feature ambassador {c.n(p)} "
            f"({c.handle(p)} on Instagram) on the {c.short()}. Please mention {c.n(p, 'first')} only once, "
            f"by first name in the headline.")


@g("copy_brief", "prose")
def brief3(c):
    p = c.person()
    return c.ch(
        f"PDP rewrite for the {c.short()}. Questions to {c.n(p)} ({c.email(p, 'talgrat.com')}).",
        f"Copy for the store window in Leeds. Photo credit: {c.n(p)}. Deadline {c.date()}.",
        f"Please write three subject lines for the repair week. Sign-off from {c.hon(p)}, not from the CEO.")


@g("copy_brief", "prose")
def brief4(c):
    p, q = c.person(), c.person()
    return (f"- product: {c.short()}\n- tone: calm, factual\n- interview partner: {c.n(p)}, {c.ch('hut warden', 'ski tourer', 'guide')}\n"
            f"- contact for the interview: {c.phone()}\n- reviewer: {c.n(q, 'first')}")


@g("chat", "prose")
def chat1(c):
    p, q = c.person(), c.person()
    return (f"[{c.time()}] {c.n(p, 'lower_first')}: anyone seen the proofs for the {c.short().lower()} page?\n"
            f"[{c.time()}] {c.n(q, 'lower_first')}: {c.handle(p)} yep, in the drive\n"
            f"[{c.time()}] {c.n(p, 'lower_first')}: ty")


@g("chat", "prose")
def chat2(c):
    p = c.person()
    return (f"Customer: hi, my order never came\nAgent: Sorry to hear! Can I have your name and postcode?\n"
            f"Customer: {c.n(p, c.ch('lower_full', 'full'))}, {c.ch('LS1 4AB', 'D02 X285', '80302', 'EH1 1YZ')}\n"
            f"Agent: Thanks {c.n(p, 'first')}, I can see it's with the courier.")


@g("chat", "prose")
def chat3(c):
    p, q = c.person(), c.person()
    return (f"{c.n(q, 'first')}: can you ring {c.n(p, 'first')} back? {c.phone()}\n"
            f"me: which {c.n(p, 'first')}? we have two\n{c.n(q, 'first')}: {c.n(p)}, the one with the tent question")


@g("chat", "prose")
def chat4(c):
    p = c.person()
    return (f"Visitor: I'd like to pay by card, here it is {c.card()}\n"
            f"Agent: Please never send card numbers in the chat, {c.n(p, 'first')}! I've deleted it from the order notes.\n"
            f"Visitor: oh sorry")


@g("call_note", "prose")
def call1(c):
    p = c.person()
    return (f"Call {c.time()}–{c.time()} | {c.hon(p)} | {c.phone()}\n"
            f"{c.ch('Asked about', 'Complained about', 'Wanted to return')} the {c.short()}. {c.ch('Sent label.', 'Promised callback.', 'Resolved.')}")


@g("call_note", "prose")
def call2(c):
    p = c.person()
    return (f"Inbound call from {c.n(p)}. {c.he(p).capitalize()} read out the card number {c.card()} for a phone order – "
            f"entered in the terminal, not saved. Billing: {c.addr()[0]}.")


@g("call_note", "prose")
def call3(c):
    p, q = c.person(), c.person()
    return c.ch(
        f"Missed call from {c.phone()} – voicemail says it's {c.n(p)}, about a hip belt. {c.n(q, 'first')} to call back.",
        f"Spoke with {c.n(p, 'first')} (surname {c.n(p, 'last')}). Wants to swap size. Email: {c.email(p)}.",
        f"{c.hon(p)} rang again. Third time. Please escalate to {c.n(q)}.")


@g("call_note", "prose")
def call4(c):
    p = c.person()
    return (f"Phone log {c.date()}\n- caller: {c.n(p)}\n- number: {c.phone()}\n- topic: {c.ch('refund', 'missing parcel', 'warranty', 'invoice')}\n- next step: {c.ch('email invoice', 'send label', 'none')}")


@g("order_return_note", "prose")
def ord1(c):
    p = c.person()
    a, _ = c.addr(form="two")
    co = f"c/o {c.n(c.person())}\n" if c.p(0.35) else ""
    return (f"Order {c.order()} – gift order\nShip to:\n{c.n(p)}\n{co}{a}\n"
            f"Card message: \"{c.ch('Happy birthday', 'See you on the hill', 'For the next adventure')}!\"")


@g("order_return_note", "prose")
def ord2(c):
    p = c.person()
    return (f"Return {c.order()}: {c.short()}, size {c.size()}, reason: {c.ch('too small', 'colour', 'changed mind', 'faulty zip')}. "
            f"Refund to {c.iban()} (account holder {c.n(p)}).")


@g("order_return_note", "prose")
def ord3(c):
    p = c.person()
    return c.ch(
        f"Leave parcel with neighbour {c.hon(p)} if nobody is home.",
        f"Driver note: ring twice, {c.n(p, 'first')} works nights. Tel {c.phone()}.",
        f"Returned to sender – {c.n(p)} refused the parcel. Contact: {c.email(p)}.")


@g("order_return_note", "prose")
def ord4(c):
    p = c.person()
    return (f"RMA {c.ri(10000, 99999)}\nCustomer: {c.n(p, c.ch('full', 'lastfirst'))}\nItem: {c.short()} / {c.colour()} / {c.size()}\n"
            f"Condition: {c.ch('unworn, tags on', 'worn once', 'damaged seam')}\nRefund method: original card")


@g("prose_mention", "prose")
def men1(c):
    p = c.person(cue=False)
    return c.ch(
        f"{c.n(p)} liked the {c.short()} so much that the whole club now wears it.",
        f"After the shoot, {c.n(p)} took the samples back to the office.",
        f"We only heard about the problem because {c.n(p)} posted a photo of the torn seam.")


@g("prose_mention", "prose")
def men2(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return (f"{c.n(p)} and {c.n(q)} {c.ch('walked the Cotswold Way in four days', 'tested the prototypes in Norway', 'ran the autumn pop-up')} "
            f"and sent us {c.ch('twenty pages of notes', 'a list of fixes', 'their photos')}.")


@g("prose_mention", "prose")
def men3(c):
    p = c.person(cue=False)
    return (f"The idea for the bigger hip-belt pocket came from {c.n(p)}. {c.n(p, 'first')} had carried a phone "
            f"in the old one for a whole summer and was tired of fishing for it.")


@g("prose_mention", "prose")
def men4(c):
    p = c.person(cue=False)
    return c.ch(
        f"Without {c.n(p)} the repair week would not have happened.",
        f"Photos in this post: {c.n(p)}.",
        f"It was {c.n(p, 'first')} who suggested the new colour, not the agency.")


@g("customer_letter", "prose")
def let1(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"{c.n(p)}\n{a}\n\n{c.date()}\n\nDear Sir or Madam,\n\nplease cancel my membership of the Talgrat "
            f"club with immediate effect.\n\nYours faithfully,\n{c.n(p)}")


@g("customer_letter", "prose")
def let2(c):
    p = c.person()
    a, ad = c.addr(cc=c.ch("GB", "US", "IE"), form="two")
    return (f"Talgrat Outdoor · Returns · 80331 München\n\n{c.hon(p, c.ch('full', 'last'))}\n{a}\n{ad.country[1]}\n\n"
            f"{c.anrede(p)},\nyour warranty claim has been approved.")


@g("customer_letter", "prose")
def let3(c):
    p = c.person()
    return (f"Dear Talgrat team,\n\nI am writing on behalf of my father, {c.n(p)}, who cannot use e-mail. "
            f"Please call him on {c.phone(intl=False)} about the jacket.\n\nSincerely,\n{c.n(c.person())}")


@g("customer_letter", "prose")
def let4(c):
    p = c.person()
    return (f"Re: direct debit\n\nI hereby authorise you to collect the membership fee from my account {c.iban()}.\n"
            f"Name: {c.n(p)}\nSignature: ____________")


@g("repair_cafe_signup", "prose")
def rc1(c):
    p = c.person()
    return (f"Repair café sign-up, Saturday {c.date()}\n{c.n(p)} brings: {c.short()} ({c.ch('zip', 'seam', 'hip belt buckle', 'sole')}). "
            f"Slot {c.time()}. Confirmation to {c.email(p)}.")


@g("repair_cafe_signup", "prose")
def rc2(c):
    p = c.person()
    return (f"Hi! I'd love a slot at the repair café. My old {c.short()} has a {c.ch('tear', 'broken slider', 'hole')}. "
            f"{c.ch('Any time after lunch.', 'Mornings are best.', 'I can come whenever.')}\n{c.n(p)}, {c.phone()}")


@g("repair_cafe_signup", "prose")
def rc3(c):
    p, q = c.person(), c.person()
    return (f"Repair café volunteers this month: {c.n(p)} (sewing), {c.n(q)} (zips). "
            f"{c.n(p, 'first')} can't do the first hour.")


@g("repair_cafe_signup", "prose")
def rc4(c):
    p = c.person()
    return (f"Waiting list repair café {c.ch('Leeds', 'Manchester', 'Edinburgh')}:\n1. {c.n(p, 'lastfirst')} – {c.phone()}\n"
            f"2. (open)\n3. (open)")


@g("takeback_programme", "prose")
def tb1(c):
    p = c.person()
    return (f"Take-back: {c.n(p)} dropped off {c.ri(2, 6)} worn items in store. Voucher of €{c.ri(1, 4)}0 sent to {c.email(p)}.")


@g("takeback_programme", "prose")
def tb2(c):
    p = c.person()
    a, _ = c.addr()
    return (f"Hello, I'd like to send back my old fleeces for recycling. Please send a free label to {a}. "
            f"Thanks, {c.n(p)}")


@g("takeback_programme", "prose")
def tb3(c):
    p = c.person()
    return c.ch(
        f"Take-back bag collected from {c.hon(p)}. Weight {c.ri(2, 9)}.{c.ri(0, 9)} kg, voucher issued.",
        f"{c.n(p, 'first')} asked if socks count for the take-back. Answered by email ({c.email(p)}).",
        f"Voucher for {c.n(p)} could not be sent – phone {c.phone()} unreachable.")


@g("takeback_programme", "prose")
def tb4(c):
    p = c.person()
    return (f"Take-back payout: second-hand resale credit of €{c.ri(10, 60)} goes to {c.n(p)}, account {c.iban()}.")


@g("route_tip", "prose")
def rt1(c):
    p = c.person()
    return (f"Route tip for the blog from {c.n(p)}: start at the car park in {c.ch('Glenridding', 'Seathwaite', 'Glencoe', 'Estes Park')}, "
            f"up the ridge, down by the tarn. {c.n(p, 'first')} says allow six hours. OK to credit {c.him(p)} by name.")


@g("route_tip", "prose")
def rt2(c):
    p = c.person()
    return (f"Hi Talgrat, here's my favourite loop for your route map: {c.ch('14 km, 900 m up', '22 km, mostly flat', '9 km with a scramble')}. "
            f"GPX attached. If you need photos, call me on {c.phone()}.\n– {c.n(p)}")


@g("route_tip", "prose")
def rt3(c):
    p, q = c.person(), c.person()
    return (f"Route tips received this week: {c.n(p)} (Lake District), {c.n(q)} ({c.ch('Kerry', 'Colorado', 'Skye')}). "
            f"Both want to be named.")


@g("route_tip", "prose")
def rt4(c):
    p = c.person()
    return c.ch(
        f"Credit line: Route and photos by {c.n(p)}.",
        f"Reader tip by {c.n(p, 'first_init')} – thank you!",
        f"Send the thank-you socks for the route tip to {c.n(p)}, {c.addr()[0]}.")


@g("click_collect", "prose")
def cc1(c):
    p = c.person()
    return (f"Click & collect {c.order()} ready in store. Collector: {c.n(p)}, ID checked. Text sent to {c.phone()}.")


@g("click_collect", "prose")
def cc2(c):
    p, q = c.person(), c.person()
    return (f"Hello, my partner {c.n(q)} will pick up my order {c.order()} on Saturday, I can't make it. "
            f"Thanks, {c.n(p)}")


@g("click_collect", "prose")
def cc3(c):
    p = c.person()
    return c.ch(
        f"Uncollected after 14 days: {c.order()} ({c.n(p)}). Email reminder to {c.email(p)} bounced.",
        f"Pick-up slot {c.time()} booked by {c.hon(p)}.",
        f"{c.n(p, 'first')} came for the {c.short()} but it was the wrong size; reordered.")


@g("click_collect", "prose")
def cc4(c):
    p = c.person()
    return (f"Store pick-up\nName: {c.n(p)}\nMobile: {c.phone()}\nItems: {c.short()}, {c.short()}\nPaid: yes")


@g("design_review_comment", "prose")
def dr1(c):
    p = c.person()
    return (f"Comment by {c.n(p)} on frame \"PDP / {c.short()}\": the headline wraps on mobile, can we cut 'lightweight'?")


@g("design_review_comment", "prose")
def dr2(c):
    p, q = c.person(), c.person()
    return (f"{c.n(p)} · {c.ch('2h ago', 'yesterday', 'Mon')}\nWhy is the price in bold? {c.handle(q)} can you check?\n\n"
            f"{c.n(q)} · {c.ch('1h ago', 'today')}\nFixed.")


@g("design_review_comment", "prose")
def dr3(c):
    p = c.person()
    return c.ch(
        f"Resolved by {c.n(p, 'first')}: swapped the model photo.",
        f"{c.n(p, 'lower_first')} left 4 comments on the banner draft.",
        f"Please replace the photo of {c.n(p)} – the release has expired.")


@g("design_review_comment", "prose")
def dr4(c):
    p, q = c.person(), c.person()
    return (f"Review round 2 – {c.short()} landing page\n• {c.n(p, 'first')}: ok from legal\n"
            f"• {c.n(q, 'first')}: colour name is \"{c.colour()}\", not \"grey\"")


@g("support_email", "prose")
def sup5(c):
    p, ag = c.person(), c.person()
    prod, sku, price = c.prod()
    a, _ = c.addr(form="two")
    sz = c.sizes2()
    lines = [f"{c.anrede(p)},", "",
             f"{c.ch('thank you for your patience', 'thanks for bearing with us', 'sorry for the wait')}. Here is a summary of your exchange:",
             f"  Order:     {c.order()}",
             f"  Item:      {prod} ({sku}), size {sz[0]}",
             f"  Price:     {c.price(price)}",
             f"  New size:  {sz[1]}", "",
             "We will send the new item to:", a, "",
             f"{c.ch('If the address is wrong, just reply to this email.', 'Please reply before 3 pm if anything needs changing.', 'Anything wrong? Call us back.')}",
             sig_close(c), c.n(ag, c.ch('first', 'full')) + " · Talgrat Customer Care"]
    return "\n".join(lines)


@g("reply_chain", "prose")
def rep5(c):
    p, q, r = c.person(), c.person(), c.person()
    return (f"{c.n(q, 'first')} – over to you, {c.he(p)} wants a callback today.\n\n"
            f"> From: {c.n(r)}\n> Sent: {c.date()} {c.time()}\n> To: {c.n(q)}\n> Subject: FW: sleeping bag question\n>\n"
            f"> Can you deal with this? I'm off until Monday.\n>\n"
            f">> From: {c.n(p)} <{c.email(p)}>\n>> Hello, which of your jackets is warm enough for a hut trip in March?\n"
            f">> I'm usually cold. Best number: {c.phone()}\n>> Thanks, {c.n(p, 'first')}")


@g("crm_note", "prose")
def crm5(c):
    p, q = c.person(), c.person()
    d = c.dates(4)
    return (f"Contact history – {c.n(p)}\n"
            f"* {d[0]}: first order ({c.short()}), paid by card\n"
            f"* {d[1]}: return, refund to {c.iban()}\n"
            f"* {d[2]}: called from {c.phone()} about the loyalty points\n"
            f"* {d[3]}: {c.n(q, 'first')} sent a goodwill voucher\n"
            f"Preferred channel: {c.ch('email', 'phone', 'post')}. {c.ch('Do not call before 10.', 'Speaks German and English.', '')}").rstrip()


@g("customer_letter", "prose")
def let5(c):
    p = c.person()
    a, ad = c.addr(form="two")
    return (f"{c.n(p)}\n{a}\n{ad.country[1]}\n\n{c.date()}\n\n"
            f"Complaint about order {c.order()}\n\nDear Sir or Madam,\n\n"
            f"on {c.date()} I ordered the {c.short()}. It arrived with a torn seam. I have already sent photos twice. "
            f"Please refund the full amount to {c.iban()} or call me on {c.phone()}.\n\nYours faithfully,\n{c.n(p)}")


@g("json_yaml", "layout")
def y5(c):
    p = c.person(origin="german")
    return (f"creator_payout:\n  name: \"{c.n(p)}\"\n  country: DE\n  tax_id: \"{c.taxid()}\"\n"
            f"  iban: {c.iban('DE')}\n  campaign: {c.short().lower()}-autumn")


# ============================================================ layouts with personal data


@g("lead_list", "layout")
def lead1(c):
    rows = ["name,company,phone,email"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(f"\"{c.n(p, 'lastfirst')}\",{c.ch('Summit Sports', 'Glen Outdoor', 'Trail & Co', 'Base Camp Ltd')},{c.phone()},{c.email(p)}")
    return "\n".join(rows)


@g("lead_list", "layout")
def lead2(c):
    rows = ["LAST;FIRST;CITY;PHONE"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(f"{c.n(p, 'caps_last')};{c.n(p, 'first')};{c.ch('Leeds', 'Cork', 'Denver', 'York')};{c.phone()}")
    return "\n".join(rows)


@g("lead_list", "layout")
def lead3(c):
    p, q = c.person(), c.person()
    return (f"Trade fair leads, {c.date()}\n1) {c.n(p, 'caps_lastfirst')} – {c.email(p)}\n2) {c.n(q)} – {c.phone()}")


@g("lead_list", "layout")
def lead4(c):
    rows = ["contact | role | email"]
    for _ in range(c.ri(2, 3)):
        p = c.person()
        rows.append(f"{c.n(p)} | {c.ch('buyer', 'owner', 'manager')} | {c.email(p)}")
    return "\n".join(rows)


@g("feed_row", "layout")
def feed1(c):
    prod, sku, price = c.prod()
    p = c.person()
    return (f"id\ttitle\tprice\tgtin\tcontact\n{sku}\t{prod}\t{price} EUR\t{c.gtin()}\t{c.n(p)}")


@g("feed_row", "layout")
def feed2(c):
    prod, sku, price = c.prod()
    p = c.person()
    return (f"<item><g:id>{sku}</g:id><title>{prod}</title><g:price>{price} EUR</g:price>"
            f"<g:gtin>{c.gtin()}</g:gtin><!-- owner: {c.n(p)}, {c.email(p, 'talgrat.com')} --></item>")


@g("feed_row", "layout")
def feed3(c):
    prod, sku, price = c.prod()
    p = c.person()
    return f"{sku};{prod};{price};in stock;supplier contact {c.n(p)} {c.phone()}"


@g("feed_row", "layout")
def feed4(c):
    prod, sku, price = c.prod()
    p = c.person()
    return (f"sku: {sku}\ntitle: \"{prod}\"\nprice: {price}\nphoto_credit: \"{c.n(p)}\"\nstatus: approved")


@g("json_yaml", "layout")
def js1(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return ("{\n" f"  \"customer_id\": {c.ri(10000, 99999)},\n  \"first_name\": \"{c.n(p, 'first')}\",\n"
            f"  \"last_name\": \"{c.n(p, 'last')}\",\n  \"email\": \"{c.email(p)}\",\n  \"street\": \"{a}\",\n"
            f"  \"zip\": \"{ad.pc}\",\n  \"city\": \"{ad.town}\",\n  \"newsletter\": {c.ch('true', 'false')}\n" "}")


@g("json_yaml", "layout")
def js2(c):
    p = c.person()
    return ("{\"event\":\"checkout\",\"ip\":\"" + c.ip() + "\",\"name\":\"" + c.n(p) + "\",\"phone\":\"" + c.phone() + "\",\"total\":" + c.pick(["129.95", "89.95", "349.95"]) + "}")


@g("json_yaml", "layout")
def js3(c):
    p = c.person()
    return ("{\"payout\": {\"creator\": \"" + c.n(p) + "\", \"iban\": \"" + c.iban() + "\", \"tax_id_de\": \""
            + c.taxid() + "\", \"amount\": " + str(c.ri(100, 900)) + "}}")


@g("json_yaml", "layout")
def js4(c):
    p, q = c.person(), c.person()
    return ("[\n  {\"reviewer\": \"" + c.n(p, 'first_init') + "\", \"stars\": 5},\n  {\"reviewer\": \"" + c.n(q) + "\", \"stars\": "
            + str(c.ri(2, 4)) + ", \"email\": \"" + c.email(q) + "\"}\n]")


@g("json_yaml", "layout")
def y1(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return (f"customer:\n  name: {c.n(p)}\n  address:\n    street: {a}\n    postcode: \"{ad.pc}\"\n    city: {ad.town}\n  phone: \"{c.phone()}\"")


@g("json_yaml", "layout")
def y2(c):
    p = c.person()
    return (f"- type: refund\n  order: {c.order()}\n  account_holder: {c.n(p)}\n  iban: {c.iban()}")


@g("json_yaml", "layout")
def y3(c):
    p, q = c.person(), c.person()
    return (f"shoot:\n  product: {c.short()}\n  model: {c.n(p)}\n  photographer: {c.n(q)}\n  contact: {c.email(q)}")


@g("json_yaml", "layout")
def y4(c):
    p = c.person()
    return (f"webhook: order.created\npayload:\n  buyer: \"{c.n(p)}\"\n  client_ip: {c.ip()}\n  items: 2")


@g("tsv_export", "layout")
def tsv1(c):
    rows = ["first\tlast\temail"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(f"{c.n(p, 'first')}\t{c.n(p, 'last')}\t{c.email(p)}")
    return "\n".join(rows)


@g("tsv_export", "layout")
def tsv2(c):
    rows = ["order\tname\tstreet\tpostcode\tcity"]
    for _ in range(c.ri(1, 3)):
        p = c.person()
        a, ad = c.addr(form="street")
        rows.append(f"{c.order()}\t{c.n(p)}\t{a}\t{ad.pc}\t{ad.town}")
    return "\n".join(rows)


@g("tsv_export", "layout")
def tsv3(c):
    p = c.person()
    return f"{c.isodate()}\t{c.n(p)}\t{c.phone()}\tcallback\t{c.short()}"


@g("tsv_export", "layout")
def tsv4(c):
    p = c.person()
    return f"salutation\tsurname\tcard\n{'Ms' if p.gender == 'f' else 'Mr'}\t{c.n(p, 'last')}\t{c.card()}"


@g("markdown_table", "layout")
def md1(c):
    rows = ["| Name | Role | Phone |", "| --- | --- | --- |"]
    for _ in range(c.ri(2, 3)):
        p = c.person()
        rows.append(f"| {c.n(p)} | {c.ch('model', 'guide', 'driver', 'stylist')} | {c.phone()} |")
    return "\n".join(rows)


@g("markdown_table", "layout")
def md2(c):
    p = c.person()
    return (f"### Winners\n\n| Place | Winner | Prize |\n|---|---|---|\n| 1 | {c.n(p)} | {c.short()} |\n| 2 | {c.n(c.person(), 'first_init')} | voucher |")


@g("markdown_table", "layout")
def md3(c):
    p = c.person()
    a, _ = c.addr()
    return f"| field | value |\n|---|---|\n| recipient | {c.n(p)} |\n| address | {a} |\n| email | {c.email(p)} |"


@g("markdown_table", "layout")
def md4(c):
    p, q = c.person(), c.person()
    return f"| task | owner |\n|---|---|\n| rewrite FAQ | {c.n(p, 'first')} |\n| send samples | {c.n(q)} |"


@g("html_form", "layout")
def h1(c):
    p = c.person()
    return (f"<form action=\"/contact\" method=\"post\">\n<input name=\"name\" value=\"{c.n(p)}\">\n"
            f"<input name=\"email\" value=\"{c.email(p)}\">\n<textarea name=\"msg\">Where is my order?</textarea>\n</form>")


@g("html_form", "layout")
def h2(c):
    p = c.person()
    a, _ = c.addr(form="street")
    return (f"<label>Full name</label><input type=\"text\" value=\"{c.n(p)}\">\n<label>Street</label><input value=\"{a}\">\n"
            f"<label>Phone</label><input type=\"tel\" value=\"{c.phone()}\">")


@g("html_form", "layout")
def h3(c):
    p = c.person()
    return (f"<div class=\"payment\"><span>Cardholder: {c.n(p, 'caps_full')}</span>\n<span>Card: {c.card()}</span></div>")


@g("html_form", "layout")
def h4(c):
    p = c.person()
    return (f"<p>Thanks, <strong>{c.n(p, 'first')}</strong>! We'll reply to <a href=\"mailto:{c.email(p)}\">your inbox</a>.</p>")


@g("sql_dump", "layout")
def sql1(c):
    p = c.person()
    return (f"INSERT INTO customers (id, name, email, phone) VALUES ({c.ri(100, 9999)}, '{c.n(p)}', '{c.email(p)}', '{c.phone()}');")


@g("sql_dump", "layout")
def sql2(c):
    p, q = c.person(), c.person()
    return (f"id | first_name | last_name | last_ip\n---+------------+-----------+--------\n"
            f"{c.ri(1, 99)} | {c.n(p, 'first')} | {c.n(p, 'last')} | {c.ip()}\n"
            f"{c.ri(100, 199)} | {c.n(q, 'first')} | {c.n(q, 'last')} | {c.ip()}")


@g("sql_dump", "layout")
def sql3(c):
    p = c.person()
    return f"UPDATE refunds SET iban = '{c.iban(grouped=False)}', holder = '{c.n(p)}' WHERE order_id = {c.ri(10000, 99999)};"


@g("sql_dump", "layout")
def sql4(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return f"SELECT * FROM addresses WHERE id=77;\n-- 77 | {c.n(p)} | {a} | {ad.pc} | {ad.town}"


@g("server_log", "layout")
def log1(c):
    return "\n".join(f"{c.ip()} - - [{c.ri(10, 28)}/Mar/2025:{c.time()}:{c.ri(10, 59)} +0000] \"GET /products/{c.short().lower()} HTTP/1.1\" 200 {c.ri(1000, 90000)}" for _ in range(c.ri(2, 3)))


@g("server_log", "layout")
def log2(c):
    p = c.person()
    return (f"{c.ts()} INFO login ok user={c.email(p)} ip={c.ip()}\n{c.ts()} WARN password reset requested ip={c.ip()}")


@g("server_log", "layout")
def log3(c):
    p = c.person()
    return (f"[{c.ts()}] ERROR checkout failed for \"{c.n(p)}\" (session 8f3a{c.ri(100, 999)}) from {c.ip('v6')}: card declined")


@g("server_log", "layout")
def log4(c):
    return (f"{c.ts()} healthcheck from {c.ip('loop')} ok\n{c.ts()} upstream {c.ip('priv')}:8080 timeout after 30s (release v2.{c.ri(1, 20)}.{c.ri(0, 9)})")


@g("mail_header", "layout")
def mh1(c):
    p = c.person()
    return (f"Received: from mail.example.net ([{c.ip()}])\n\tby mx.talgrat.com; {c.date()}\nFrom: \"{c.n(p)}\" <{c.email(p)}>\n"
            f"To: {c.email(None, 'talgrat.com')}\nSubject: {c.ch('Order', 'Question', 'Return')} {c.order()}")


@g("mail_header", "layout")
def mh2(c):
    p, q = c.person(), c.person()
    return (f"From: {c.n(p)} <{c.email(p)}>\nTo: {c.n(q)} <{c.email(q)}>\nCc: {c.email(None, 'talgrat.com')}\nDate: {c.date()} {c.time()}\nX-Originating-IP: [{c.ip()}]")


@g("mail_header", "layout")
def mh3(c):
    p = c.person()
    return f"Reply-To: {c.email(p)}\nFrom: {c.n(p, 'lastfirst')} <{c.email(p)}>\nSubject: Re: your warranty claim"


@g("mail_header", "layout")
def mh4(c):
    p = c.person()
    return (f"Return-Path: <{c.email(p)}>\nX-Sender-IP: {c.ip('v6')}\nFrom: {c.n(p, 'caps_full')} <{c.email(p)}>\nSubject: photos")


@g("vcard_ical", "layout")
def vc1(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return (f"BEGIN:VCARD\nVERSION:3.0\nN:{c.n(p, 'last')};{c.n(p, 'first')};;;\nFN:{c.n(p)}\n"
            f"TEL;TYPE=CELL:{c.phone(intl=True)}\nEMAIL:{c.email(p)}\nADR;TYPE=HOME:;;{a};{ad.town};;{ad.pc};{ad.country[1]}\nEND:VCARD")


@g("vcard_ical", "layout")
def vc2(c):
    p, q = c.person(), c.person()
    a, _ = c.addr()
    return (f"BEGIN:VEVENT\nSUMMARY:Fitting appointment\nDTSTART:{c.isodate().replace('-', '')}T1000\n"
            f"ORGANIZER;CN={c.n(q)}:mailto:{c.email(q, 'talgrat.com')}\nATTENDEE;CN={c.n(p)}:mailto:{c.email(p)}\n"
            f"LOCATION:{a}\nEND:VEVENT")


@g("vcard_ical", "layout")
def vc3(c):
    p = c.person()
    return f"BEGIN:VCARD\nVERSION:4.0\nFN:{c.n(p)}\nORG:{c.ch('Summit Sports', 'Glen Outdoor')}\nTEL:{c.phone()}\nEND:VCARD"


@g("vcard_ical", "layout")
def vc4(c):
    p = c.person()
    return (f"BEGIN:VEVENT\nSUMMARY:Call with {c.n(p)}\nDESCRIPTION:Dial {c.phone()}\nDTSTART:{c.isodate().replace('-', '')}T{c.ri(8, 17)}00\nEND:VEVENT")


@g("ocr_scan", "layout")
def ocr1(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"RETURNS F0RM\nName: {c.n(p)}\nAddr:\n{a}\nReas0n: t00 sma11\nSignature: ~~~~")


@g("ocr_scan", "layout")
def ocr2(c):
    p = c.person()
    return f"W A R R A N T Y  C A R D\nPurchaser  {c.n(p, 'caps_full')}\nDate  {c.date()}\nTel.  {c.phone()}\n|||  ||  |"


@g("ocr_scan", "layout")
def ocr3(c):
    p = c.person()
    return f"Bank transfer slip (scan)\nPayee: Talgrat Outdoor GmbH\nPayer: {c.n(p)}\nIBAN: {c.iban()}\nAmount: 89,95 EUR"


@g("ocr_scan", "layout")
def ocr4(c):
    p = c.person()
    return f"..con.tact: {c.n(p)}  ;;  e-mail {c.email(p)}\n.. p1ease ca11 after 5pm"


@g("gpx_track_meta", "layout")
def gpx1(c):
    p = c.person()
    return (f"<gpx version=\"1.1\" creator=\"Talgrat Routes\">\n<metadata>\n<name>{c.ch('Helvellyn via Striding Edge', 'Old Man of Coniston', 'Ben Nevis CMD arete')}</name>\n"
            f"<author><name>{c.n(p)}</name></author>\n<time>{c.ts()}</time>\n</metadata>")


@g("gpx_track_meta", "layout")
def gpx2(c):
    p = c.person()
    return (f"<trk><name>Morning loop</name><desc>Recorded by {c.n(p)}. Questions: {c.phone()}</desc>"
            f"<trkseg><trkpt lat=\"54.52{c.ri(100, 999)}\" lon=\"-3.01{c.ri(100, 999)}\"><ele>{c.ri(200, 950)}</ele></trkpt></trkseg></trk>")


@g("gpx_track_meta", "layout")
def gpx3(c):
    p = c.person()
    return (f"<metadata><author><name>{c.n(p, 'lower_full')}</name><link href=\"https://talgrat.com/routes/{c.ri(100, 999)}\"/></author>"
            f"<copyright author=\"{c.n(p)}\"><year>2025</year></copyright></metadata>")


@g("gpx_track_meta", "layout")
def gpx4(c):
    p = c.person()
    return f"<wpt lat=\"53.{c.ri(1000, 9999)}\" lon=\"-1.{c.ri(1000, 9999)}\"><name>Pick-up point</name><cmt>Meet {c.n(p, 'first')} at {c.addr(form='street')[0]}</cmt></wpt>"


@g("pdf_properties", "layout")
def pdf1(c):
    p, q = c.person(), c.person()
    return (f"Title: {c.short()} spec sheet\nAuthor: {c.n(p)}\nCreator: Microsoft Word\nProducer: macOS Quartz PDFContext\n"
            f"Last modified by: {c.n(q)}\nCreated: {c.date()}")


@g("pdf_properties", "layout")
def pdf2(c):
    p = c.person()
    return f"dc:creator = \"{c.n(p)}\"\nxmp:CreatorTool = \"InDesign 19.2\"\npdf:Producer = \"Adobe PDF Library 17.0\""


@g("pdf_properties", "layout")
def pdf3(c):
    p = c.person()
    return f"File: lookbook_final_v3.pdf\nPages: 24\nAuthor: {c.n(p, 'lastfirst')}\nKeywords: autumn, {c.short()}, lookbook"


@g("pdf_properties", "layout")
def pdf4(c):
    p = c.person()
    return f"/Author ({c.n(p)}) /Title (Invoice {c.order()}) /Subject (Contact {c.email(p)})"


@g("sheet_comment", "layout")
def sh1(c):
    p = c.person()
    return f"Cell C{c.ri(2, 80)} – comment by {c.n(p)} ({c.date()}, {c.time()}):\n\"price wrong, should be {c.price()}\""


@g("sheet_comment", "layout")
def sh2(c):
    p, q = c.person(), c.person()
    return (f"Sheet \"Influencer Q3\", row {c.ri(3, 40)}\n{c.n(p)}: is {c.handle(q)} still under contract?\n"
            f"{c.n(q, 'first')} (reply): yes until June. Number for the agent is {c.phone()}.")


@g("sheet_comment", "layout")
def sh3(c):
    p = c.person()
    return f"B{c.ri(2, 50)}: {c.n(p, 'first')}  |  C: {c.n(p, 'last')}  |  note: \"{c.n(p, 'first')} prefers email – {c.email(p)}\""


@g("sheet_comment", "layout")
def sh4(c):
    p = c.person()
    return f"[Comment] {c.n(p)} assigned this to you: \"please check the GTIN {c.gtin()} for {c.short()}\""


# ============================================================ clean texts (no personal data)


@g("marketing_copy", "prose", pii=False)
def mk1(c):
    prod, _, price = c.prod()
    return (f"Meet the {prod}. {c.ch('Built for long days in the hills', 'Light enough for every pack', 'Made for wet weekends')}, "
            f"now {c.price(price)}. {c.ch('Grab it before May is over.', 'Free returns until 31 May.', 'Your grace period for returns: 30 days.')}")


@g("marketing_copy", "prose", pii=False)
def mk2(c):
    return (f"Like a hunter reading the weather, you'll know when to layer up. The {c.short()} in {c.colour()} "
            f"does the rest. {c.ch('Ask the baker at the hut – he wears one.', 'Even the cook at the bothy swears by it.', 'Will it rain? Probably. Pack it anyway.')}")


@g("marketing_copy", "prose", pii=False)
def mk3(c):
    return (f"New in: {c.short()} in {c.colour()} and {c.colour()}. Sizes {c.size()}–XXL. "
            f"Free delivery from €100, until {c.date()}.")


@g("marketing_copy", "prose", pii=False)
def mk4(c):
    return c.ch(
        "Young legs or old knees – the Steinlauf grips on wet rock either way.",
        "A little rain never hurt anyone. A lot of rain is why we made the Firstwand.",
        "Rose-tinted evenings, frosty mornings: the Kaltkar packs to the size of a bottle.") + f" {c.ch('Only', 'Now', 'From')} {c.price()}."


@g("faq_answer", "prose", pii=False)
def fq1(c):
    return (f"{c.ch('Can I use a P.O. box?', 'P.O. box delivery?', 'Do you ship to a PO box?')} Yes, for parcels up to {c.ri(2, 5)} kg. "
            f"{c.ch('Please enter the box number in the second address line', 'Put the box number in address line 2')}; "
            f"{c.ch('for a c/o line, use the company field.', 'a c/o line goes into the company field.', 'rear buildings and flats go there too.')}")


@g("faq_answer", "prose", pii=False)
def fq2(c):
    return (f"How long does a refund take? Usually 3–5 working days after the parcel reaches our warehouse in 80331 München. "
            f"Your order number (for example {c.order()}) speeds things up.")


@g("faq_answer", "prose", pii=False)
def fq3(c):
    return (f"Where is the GTIN? On the label inside, under the barcode, e.g. {c.gtin()}. The SKU ({c.pick(['TG-RJ-100', 'TG-BP-045', 'TG-DJ-100'])}) is printed next to it.")


@g("faq_answer", "prose", pii=False)
def fq4(c):
    return c.ch(
        f"Do you deliver to the Highlands? Yes, postcodes IV, KW and PH take {c.ch('one extra day', 'up to two extra days', 'a day longer')}.",
        f"Is there a grace period for returns after Christmas? Orders from {c.ri(1, 15)} November can be returned until 31 January.",
        f"Can a neighbour sign for the parcel? Yes, unless you tick '{c.ch('no neighbour delivery', 'deliver to me only')}' at checkout.") + c.ch("", " More in our returns policy.", " Questions? Use the contact form.")


@g("shipping_notice", "prose", pii=False)
def sh_1(c):
    return (f"Your order {c.order()} has shipped. Tracking number: {c.tracking()}. Expected delivery: {c.date()} between {c.time()} and {c.time()}.")


@g("shipping_notice", "prose", pii=False)
def sh_2(c):
    return (f"Delay notice: parcels to postcodes starting with {c.ch('BT', 'HS', 'ZE', 'D0')} are {c.ri(1, 3)} days late. Reference {c.phonelike()}.")


@g("shipping_notice", "prose", pii=False)
def sh_3(c):
    return (f"Collect your parcel at the pick-up point in {c.ch('Leeds', 'York', 'Galway', 'Boulder')} from {c.time()}. Code: {c.ri(100000, 999999)}.")


@g("shipping_notice", "prose", pii=False)
def sh_4(c):
    return (f"Return received on {c.date()}. Items: {c.short()} ({c.size()}). Refund of {c.price()} is on its way to your original payment method.")


@g("company_news", "prose", pii=False)
def cn1(c):
    return (f"We now ship with {c.ch('Baker & Hunter Logistics', 'Schneider Freight Ltd', 'Wolf Parcel Services')}, "
            f"which cuts delivery to Ireland to {c.ri(2, 4)} days.")


@g("company_news", "prose", pii=False)
def cn2(c):
    return (f"Our recycled polyamide comes from {c.ch('Fischer Textil GmbH', 'Young & Sons Mills', 'Koch Fibres')}, "
            f"audited in {c.ch('March', 'May', 'June')} {c.ri(2024, 2025)}.")


@g("company_news", "prose", pii=False)
def cn3(c):
    return (f"Store opening: Leeds, Briggate, on {c.date()}, from {c.time()}. The first 50 visitors get a pair of Trittweg socks.")


@g("company_news", "prose", pii=False)
def cn4(c):
    return c.ch(
        f"Talgrat Outdoor GmbH joins the Fair Wear Foundation in {c.ch('spring', 'autumn', 'May')} {c.ri(2025, 2026)}.",
        f"Our Hochsattel 30 won the Bishop's Castle hiking award {c.ri(2024, 2025)} – yes, the town, not a bishop.",
        f"The Marsh & Price Mountain Rescue Fund receives {c.ri(1, 3)} % of all {c.ch('April', 'May', 'June')} sales.")


@g("store_info", "prose", pii=False)
def st1(c):
    return f"Opening hours Leeds store: Mon–Fri {c.time()}–19:00, Sat 09:00–18:00. Postcode for sat-nav: LS1 6HB."


@g("store_info", "prose", pii=False)
def st2(c):
    return (f"Returns desk moved to the back building (rear courtyard), entrance via the {c.ch('car park', 'side gate', 'loading bay')}. "
            f"Goods-in from {c.time()}.")


@g("store_info", "prose", pii=False)
def st3(c):
    return f"Customer service hotline opening hours: 8–18 h. For order {c.order()} please have your customer number ready."


@g("store_info", "prose", pii=False)
def st4(c):
    return c.ch("Our outlet in 87435 Kempten is closed on bank holidays",
                f"Galway pop-up on Shop Street: every weekend in {c.ch('June', 'July', 'August')}",
                "The Dublin 2 showroom is by appointment only") + f" (updated {c.date()})."


@g("care_guide", "prose", pii=False)
def cg1(c):
    return f"Wash the {c.short()} at 30 °C, close all zips, no fabric softener. Tumble dry low for 20 minutes to refresh the DWR."


@g("care_guide", "prose", pii=False)
def cg2(c):
    return (f"Down jacket care: wash alone at {c.ch('30', '40')} °C, add {c.ch('two', 'three')} tennis balls in the dryer. "
            f"The grace of goose down is that it recovers its loft{c.ch('.', ' after a few minutes.', ' every time.')}")


@g("care_guide", "prose", pii=False)
def cg3(c):
    return f"Size guide: chest {c.ri(88, 96)}–{c.ri(97, 104)} cm = {c.size()}. Between sizes? Take the larger one for layering."


@g("care_guide", "prose", pii=False)
def cg4(c):
    return (f"Merino needs little washing: air it {c.ch('overnight', 'for a day', 'after each hike')}. "
            f"If it pills, a little comb like a wool hunter's helps. Wash at {c.ch('20', '30')} °C.")


@g("campaign_recap", "prose", pii=False)
def cr1(c):
    return (f"Spring campaign: CTR {c.ri(1, 4)}.{c.ri(0, 9)} %, {c.ri(1000, 9000)} orders, best seller {c.short()}. "
            f"Budget {c.price()} per 1,000 impressions.")


@g("campaign_recap", "prose", pii=False)
def cr2(c):
    return (f"May newsletter: open rate {c.ri(20, 45)} %, unsubscribes {c.ri(30, 200)}. Subject line A ('Will it rain?') beat B.")


@g("campaign_recap", "prose", pii=False)
def cr3(c):
    return (f"Retail partners in Q{c.ri(1, 4)}: {c.ch('Hunter Outdoor', 'Summit Sports', 'Baker Street Camping')}, "
            f"{c.ch('Koch Bergsport', 'Glen Outdoor', 'Trail & Co')} – both above target.")


@g("campaign_recap", "prose", pii=False)
def cr4(c):
    return f"Influencer wave 2 delivered {c.ri(40, 300)}k views; code HILL{c.ri(10, 25)} used {c.ri(100, 999)} times."


@g("feed_export_clean", "layout", pii=False)
def fe1(c):
    rows = ["id\ttitle\tprice\tgtin\tavailability"]
    for _ in range(c.ri(2, 4)):
        prod, sku, price = c.prod()
        rows.append(f"{sku}\t{prod}\t{price} EUR\t{c.gtin()}\tin stock")
    return "\n".join(rows)


@g("feed_export_clean", "layout", pii=False)
def fe2(c):
    prod, sku, price = c.prod()
    return f"<item><g:id>{sku}</g:id><title>{prod}</title><g:price>{price} EUR</g:price><g:gtin>{c.gtin()}</g:gtin><g:brand>Talgrat</g:brand></item>"


@g("feed_export_clean", "layout", pii=False)
def fe3(c):
    prod, sku, price = c.prod()
    return "{\"sku\": \"" + sku + "\", \"title\": \"" + prod + "\", \"price\": " + price + ", \"color\": \"" + c.colour() + "\", \"gtin\": \"" + c.gtin() + "\"}"


@g("feed_export_clean", "layout", pii=False)
def fe4(c):
    prod, sku, price = c.prod()
    return f"| SKU | Title | Price |\n|---|---|---|\n| {sku} | {prod} | €{price} |"


@g("changelog", "layout", pii=False)
def ch1(c):
    return f"## v{c.ri(1, 4)}.{c.ri(0, 20)}.{c.ri(0, 9)} – {c.isodate()}\n- fix: size chart for {c.short()}\n- new: GTIN check in feed import"


@g("changelog", "layout", pii=False)
def ch2(c):
    return f"Release {c.ri(2024, 2025)}.{c.ri(1, 12)}\n* Checkout: retry after 30 s\n* Build {c.ri(1000, 9999)} deployed at {c.time()} UTC"


@g("changelog", "layout", pii=False)
def ch3(c):
    return f"commit {c.ri(10**9, 10**10 - 1):x}\n    bump feed-exporter to 3.{c.ri(0, 9)}.{c.ri(0, 9)}\n    (closes #{c.ri(100, 999)})"


@g("changelog", "layout", pii=False)
def ch4(c):
    return f"version: 0.{c.ri(1, 30)}.{c.ri(0, 9)}\nport: 8080\nretries: 3\ntimeout_ms: {c.ri(500, 5000)}"


@g("order_report_clean", "layout", pii=False)
def or1(c):
    rows = ["order\tdate\titems\ttotal"]
    for _ in range(c.ri(2, 4)):
        rows.append(f"{c.order()}\t{c.isodate()}\t{c.ri(1, 4)}\t{c.pick(['89.95', '129.95', '349.95', '24.95'])}")
    return "\n".join(rows)


@g("order_report_clean", "layout", pii=False)
def or2(c):
    return "{\"ticket\": \"" + c.phonelike() + "\", \"status\": \"open\", \"queue\": \"returns\", \"created\": \"" + c.ts() + "\"}"


@g("order_report_clean", "layout", pii=False)
def or3(c):
    return f"| Postcode | Orders |\n|---|---|\n| LS1 | {c.ri(10, 99)} |\n| D02 | {c.ri(10, 99)} |\n| 80302 | {c.ri(10, 99)} |"


@g("order_report_clean", "layout", pii=False)
def or4(c):
    return f"customer_no: {c.phonelike()}\nparcel: {c.tracking()}\nweight_kg: {c.ri(1, 9)}.{c.ri(0, 9)}\nservice: express"
