"""English templates of the eighteenth PII bank, dev half. Each template is `f(g) -> pieces`."""

from pii18_dev_core import COUNTRY_NAME, A, CC, EM, H, IB, IP, N, PH, TX, gift_card, masked_card

LANG = "en"


def _sp(g):
    """A product of the example brand: (name, sku, price, kind)."""
    p = g.look.product()
    return p[0], p[1], "€" + p[3], p[5]


def _agent(g):
    return g.person()


def _shop_phone(g):
    return g.pick(["+49 8031 " + g.look.d(6), "+44 20 " + g.look.d(4) + " " + g.look.d(4), "+49 (0)8031 " + g.look.d(5) + "-0", "0800 " + g.look.d(3) + " " + g.look.d(4)])


def _role_mail(g):
    return g.pick(["service", "care", "hello", "orders", "returns", "b2b", "press", "partners"]) + "@talgrat." + g.pick(["com", "de"])


# ================================================================ everyday genres


def crm_1(g):
    p, L = g.person(), g.look
    name, sku, price, kind = _sp(g)
    return [f"{L.date()} – called ", N(p.full), " (", PH(g.phone()), f") about order {L.order()}. ",
            f"Wants to swap the {name} {kind} size {g.pick(['S', 'M', 'L'])} for {g.pick(['M', 'L', 'XL'])}. ",
            N(p.first), " prefers e-mail: ", EM(g.email(p)), f". Follow up by {L.date()}."]


def crm_2(g):
    p, o = g.person(), g.person()
    co = g.pick(["Northwind Outdoor Ltd", "Summit Supply Co.", "Fell & Dale Sports", "Harbour Trail Store", "Ridgeback Retail LLC", "Glen Outfitters"])
    return ["Contact: ", N(g.pick([p.lf, p.full])), f"\nCompany: {co}\nRole: {g.pick(['Buyer', 'Head of Purchasing', 'Store manager', 'Category lead'])}\n",
            "Phone: ", PH(g.phone()), "\nE-mail: ", EM(g.email(p, co.split()[0].lower().replace('&', '') + g.pick(['.co.uk', '.com', '-outdoor.com']))),
            "\nAccount owner: ", N(o.first), f"\nNote: met {'her' if p.gender == 'f' else 'him'} at the {g.pick(['Friedrichshafen', 'Munich', 'Harrogate'])} trade show; asked for the autumn B2B price list and samples of the Kaltkar. Customer no. {g.look.customer()}."]


def crm_3(g):
    p, a, L = g.person(), g.person(), g.look
    ad = g.addr()
    return [f"Account note – {p.hon('en')} ", N(p.last), f" (cust. {L.customer()})\n",
            f"Second complaint about late delivery to ", A(ad.one), f". Parcel {L.tracking()} stuck at the depot since {L.date()}. ",
            f"Offered a 10% voucher, accepted. DOB {L.dob()} on file for the age check on the gas canisters.\n— ", N(a.li)]


def crm_4(g):
    p, L = g.person(), g.look
    return [f"[{g.pick(['HubSpot', 'CRM', 'Salesforce'])}] Lead updated by ", N(g.person().first), ": ", N(p.full),
            f" moved from 'newsletter' to 'VIP'. Lifetime value {L.price()}, {g.pick(['3', '5', '7', '11'])} orders since {g.pick(['2021', '2022', '2023'])}. ",
            "Mobile ", PH(g.phone(form='intl')), ", last order ", f"{L.order()}."]


def support_email_1(g):
    p, a = g.person(), g.person()
    ad = g.addr()
    name, sku, price, kind = _sp(g)
    return [f"Subject: Re: Order {g.look.order()}\n\nHi ", N(p.first), f",\n\nthanks for getting in touch. I'm sorry the {name} {kind} arrived with a broken zip. ",
            "We've sent a replacement today to\n\n", A(ad.two), f"\n\nYou'll get the tracking number ({g.pick(['DHL', 'DPD', 'Royal Mail', 'UPS'])}) by e-mail. No need to send the faulty one back.\n\n",
            "Best wishes,\n", N(a.first), "\nTalgrat Customer Care\n", PH(_shop_phone(g)), " | ", EM(_role_mail(g))]


def support_email_2(g):
    p = g.person()
    ad = g.addr()
    name, sku, price, kind = _sp(g)
    return ["Hello,\n\n", f"I bought the {name} ({sku}) in {g.pick(['March', 'April', 'October', 'November'])} and the seams started to leak after three wet days on the Cairngorms. ",
            f"Order number is {g.look.order()}. Could someone call me on ", PH(g.phone()), " in the evening? I'd like to know if it's covered.\n\n",
            g.pick(["Kind regards", "Many thanks", "Cheers", "Regards"]), "\n", N(g.pick([p.full, p.full, p.first])), "\n", A(ad.two), "\n" + COUNTRY_NAME["en"][ad.country]]


def support_email_3(g):
    p, a = g.person(), g.person()
    L = g.look
    return [f"Dear {p.hon('en')} ", N(p.last), ",\n\n", f"Your refund of {L.price()} for order {L.order()} was issued on {L.date()} to the card ending {L.d(4)}. ",
            "It can take 3–5 working days to show on your statement.\n\nIf you have any questions, reply to this e-mail or call ", PH(_shop_phone(g)), ".\n\n",
            "Yours sincerely,\n", N(a.full), "\nCustomer Care Team, Talgrat Outdoor"]


def support_email_4(g):
    p = g.person()
    return [f"hi there, my name is ", N(p.full), f" and my order {g.look.order()} still hasn't arrived. ",
            "the tracking says delivered but nothing here. my number is ", PH(g.phone(form='nat')), " and email ", EM(g.email(p)), ". thanks ", N(p.first)]


def support_reply_quoted_1(g):
    p, a = g.person(), g.person()
    L = g.look
    em = g.email(p)
    return ["Hi ", N(p.first), f",\n\nno problem – I've changed the size on {L.order()} to {g.pick(['M', 'L', 'XL'])}. It ships tomorrow.\n\n", N(a.first), "\n\n",
            f"On {L.date()} at {L.time()}, ", N(p.full), " <", EM(em), "> wrote:\n",
            f"> Hello, could you change the size on my order before it ships? I ordered {g.pick(['S', 'M'])} but need one size up.\n> Thanks,\n> ", N(p.first)]


def support_reply_quoted_2(g):
    p, a = g.person(), g.person()
    L = g.look
    name, sku, price, kind = _sp(g)
    ad = g.addr()
    return ["Thanks, that's sorted. Label attached.\n\n-----Original Message-----\nFrom: ", N(p.full), " [mailto:", EM(g.email(p)), "]\n",
            f"Sent: {L.date()} {L.time()}\nTo: ", EM(_role_mail(g)), f"\nSubject: Return {name}\n\n",
            f"Hi, I'd like to return the {kind} from order {L.order()}. Can you send a label to ", A(ad.one), "?\n\n", N(p.first)]


def support_reply_quoted_3(g):
    p, a, c = g.person(), g.person(), g.person()
    L = g.look
    return [f"{a.hon('en')} ", N(a.last), ", forwarding this from the shop floor – can you check stock?\n\n", N(c.first), "\n\n",
            f">> From: ", N(p.full), "\n>> Date: ", f"{L.date()}\n>> I'm after the Hochsattel 30 in slate for my daughter. Phone me on ", PH(g.phone()), " if it comes in.\n",
            "> Passed on by ", N(c.full), " (store)"]


def lead_list_1(g):
    rows = ["last_name,first_name,company,email,phone,city"]
    out = [rows[0] + "\n"]
    for _ in range(g.pick([2, 3, 4])):
        p = g.person()
        co = g.pick(["Peak Supply Ltd", "Trailhead Stores", "Glenmore Outdoor", "Ridgeway Sports", "Bay & Fell", "Coastline Adventures", "Kestrel Retail"])
        ad = g.addr()
        out += [N(p.last), ",", N(p.first), f",{co},", EM(g.email(p, co.split()[0].lower() + '.co.uk')), ",", PH(g.phone()), f",{ad.town.split(',')[0]}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def lead_list_2(g):
    out = [f"Leads – {g.pick(['OutDoor by ISPO', 'Kendal Mountain Festival', 'Go Outdoors trade day', 'ISPO Munich'])}\n"]
    for i in range(g.pick([2, 3, 3, 4])):
        p = g.person()
        out += [f"{i + 1}. ", N(g.pick([p.lf, p.LF, p.full])), f" — {g.pick(['buyer', 'owner', 'PR', 'rep', 'store manager'])}, ",
                g.pick(["Alpine Hut Ltd", "Moorland Outfitters", "Scree & Co", "Lakeland Walkers", "Highpoint Gear"]), " — ", EM(g.email(p)), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def lead_list_3(g):
    out = ["Badge scans (export)\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [f"#{g.look.d(4)} | ", N(p.caps), " | ", PH(g.phone(form='intl')), f" | interested in: {g.pick(['rain jackets', 'down', 'packs', 'socks, base layers', 'B2B terms'])}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def review_signed_1(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    town = g.addr(g.pick(["GB", "US", "IE"])).town.split(",")[0]
    return [f"{g.pick(['★★★★★', '★★★★☆', '5/5', '4 stars'])} {g.pick(['Does what it says', 'Brilliant', 'Solid but runs small', 'Worth every penny'])}\n",
            f"Took the {name} up Helvellyn in sideways rain and stayed dry. {g.pick(['Sleeves are a touch long.', 'Hood fits over a helmet.', 'Pockets clear the hip belt.'])}\n— ",
            N(g.pick([p.li, p.li, p.full, p.first])), f", {town}"]


def review_signed_2(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Review by ", N(p.first), f" ({g.pick(['verified buyer', 'verified purchase'])}, {g.look.date()}): ",
            f"\"Second {kind} from you lot. The {name} is lighter than my old one and the colour is lovely. ",
            f"My partner ", N(g.person().first), f" nicked it on day two.\""]


def review_signed_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"\"Used the {name} on the Camino for five weeks – not a single blister.\"\n", N(p.full), f", {g.pick(['Bristol', 'Cork', 'Portland, OR', 'Edinburgh', 'Leeds'])}\n",
            f"Rating: {g.pick(['5', '4', '5'])}/5 · Size {g.pick(['M', 'L', '9', '10'])} · Helpful (12)"]


def testimonial_1(g):
    p, o = g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return [f"Testimonial for the {name} landing page (consent signed {g.look.date()}):\n",
            f"\"I guide in the Alps 120 days a year and the {name} is the first {kind} that survived a full season.\"\n",
            N(p.full), f", mountain guide, {g.pick(['Chamonix', 'Zermatt', 'Fort William', 'Aviemore'])}\n",
            "Approval contact: ", EM(g.email(p)), " – ask ", N(o.first), " before changing the wording."]


def testimonial_2(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Customer story draft: ", N(p.full), f" walked the West Highland Way in {g.pick(['April', 'May', 'September'])} with the {name}. ",
            N(p.first), f" says the {kind} was {g.pick(['the one thing she never thought about', 'the best kit decision he made', 'worth the weight'])}. ",
            f"Photo by {g.pick(['her', 'his'])} friend ", N(g.person().full), ", credit required."]


def testimonial_3(g):
    p, q = g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return [f"Quote bank – {kind}s\n", f"• \"Packs down to nothing.\" – ", N(p.li), "\n",
            f"• \"Warm at the bus stop and on the summit.\" – ", N(q.full), " (", H("@" + q.login(g.rng, g.pick([0, 3, 4])).replace('.', '_')), ")\n",
            f"• \"Sizing chart was spot on.\" – anonymous"]


def email_signature_1(g):
    p = g.person()
    ad = g.addr("DE")
    return [g.pick(["Best regards", "Kind regards", "Thanks"]), ",\n\n", N(p.full), f"\n{g.pick(['Head of E-Commerce', 'Senior Copywriter', 'CRM Manager', 'Buyer – Footwear'])}\nTalgrat Outdoor GmbH\n",
            A(ad.two), "\nGermany\nT ", PH(g.phone('DE', 'intl')), "\nM ", PH(g.phone('DE', 'intl')), "\n", EM(g.email(p, "talgrat.de"))]


def email_signature_2(g):
    p = g.person()
    co = g.pick(["Summit Supply Co.", "Northwind Media Ltd", "Trailhead PR", "Brightside Logistics"])
    return ["Cheers,\n", N(p.first), "\n\n", N(p.caps), f"\n{g.pick(['Account Director', 'Logistics Coordinator', 'PR Manager'])} | {co}\n",
            "d: ", PH(g.phone()), " | e: ", EM(g.email(p, co.split()[0].lower() + ".com"))]


def email_signature_3(g):
    p = g.person()
    ad = g.addr(g.pick(["GB", "US", "IE"]))
    return [f"Thanks, will do.\n\n", N(p.first), "\n\nSent from my iPhone\n\n", N(p.full), " | ", PH(g.phone(ad.country)), " | ", A(ad.one)]


def feed_row_1(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return ["id\ttitle\tgtin\tprice\tbrand\tcustom_label_0\n", f"{sku}-{g.pick(['M', 'L'])}\tTalgrat {name} {kind}\t{g.look.gtin()}\t{price[1:]} EUR\tTalgrat\t",
            "review: ", N(p.li), "\n", f"{sku}-S\tTalgrat {name} {kind}\t{g.look.gtin()}\t{price[1:]} EUR\tTalgrat\t"]


def feed_row_2(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"<item>\n  <g:id>{sku}</g:id>\n  <g:title>{name} {kind}</g:title>\n  <g:gtin>{g.look.gtin()}</g:gtin>\n  <g:price>{price[1:]} EUR</g:price>\n",
            "  <g:product_review_author>", N(p.full), "</g:product_review_author>\n  <image_credit>Photo: ", N(g.person().full), "</image_credit>\n</item>"]


def feed_row_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return ["sku;title;price;gtin;supplier_contact;supplier_phone\n", f"{sku};{name} {kind};{price[1:]};{g.look.gtin()};", N(p.full), ";", PH(g.phone())]


def copy_brief_1(g):
    p, o, c = g.person(), g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return [f"Brief: {name} autumn newsletter\nOwner: ", N(p.full), "\nApproval: ", N(o.full), " (", EM(g.email(o, "talgrat.com")), ")\n",
            f"Angle: lead with the customer quote from ", N(c.full), f" (consent on file). Price {price}, SKU {sku}. ",
            f"Three subject lines, max 45 characters. Draft to ", N(p.first), f" by {g.look.date()}."]


def copy_brief_2(g):
    p, c = g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return ["Hi ", N(p.first), f", could you write 3 headlines for the {name} PDP? Keep it calm, no superlatives. ",
            f"{c.hon('en')} ", N(c.last), f" from our ambassador team tested it in {g.pick(['Norway', 'the Dolomites', 'Snowdonia', 'the Rockies'])} – {'her' if c.gender == 'f' else 'his'} notes are in the shared folder. "
            f"Tone like the glossary. Thanks!"]


def copy_brief_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Copy request #{g.look.ticket()[1:]}\nProduct: {name} ({sku})\nRequested by: ", N(p.fi), f"\nAudience: first-time hikers\n",
            f"Notes: avoid 'waterproof forever'; mention {g.pick(['28,000 mm', 'RET 6', '395 g', 'recycled nylon'])}. Questions to ", PH(g.phone("DE")), " (desk)."]


def team_chat_1(g):
    a, b = g.person(), g.person()
    c = g.person(gender="f")
    h, hb = a.login(g.rng, g.pick([0, 3])), b.login(g.rng, g.pick([0, 3]))
    t = g.look.times(3)
    return [f"[{t[0]}] ", H(h), ": ", H("@" + hb), " can you call back the lady from ", g.pick(["Leeds", "Galway", "Denver", "Bath"]), "? ",
            N(c.full), ", ", PH(g.phone()), "\n", f"[{t[1]}] ", H(hb), ": on it\n",
            f"[{t[2]}] ", H(hb), ": spoke to ", N(c.first.lower()), ", she wants the refund not the exchange"]


def team_chat_2(g):
    a, b, c = g.person(), g.person(), g.person()
    return [N(a.first.lower()), ": anyone seen the return from ", N(c.lower), "? order ", g.look.order(), "\n",
            N(b.first.lower()), ": yep, on the shelf by packing, missing the slip\n", N(a.first.lower()), ": ta, will email her at ", EM(g.email(c))]


def team_chat_3(g):
    a, b = g.person(), g.person()
    return [f"#ecom-ops  {g.look.time()}\n", N(a.full), ": site's slow again – lots of hits from ", IP(g.ip("v4pub")), " on /checkout\n",
            N(b.full), ": blocked it. also ", IP(g.ip(g.pick(["v6pub", "v4priv"]))), " looks like our office VPN, leave that one"]


def call_note_1(g):
    p, a = g.person(), g.person()
    return [f"Call log {g.look.date()} {g.look.time()}\nCaller: ", N(p.full), "\nNumber: ", PH(g.phone()),
            f"\nTopic: {g.pick(['warranty on a leaking jacket', 'size exchange', 'missing parcel', 'invoice for employer'])}\nOutcome: {g.pick(['label sent', 'refund approved', 'escalated', 'called back'])}\nAgent: ", N(a.first)]


def call_note_2(g):
    p = g.person()
    return [f"Voicemail {g.look.time()}: {p.hon('en')} ", N(p.last), " asking for a call back on ", PH(g.phone()), f" about order {g.look.order()} – ",
            f"sounds annoyed, second call this week. Said the number on the order ({g.look.order()}) is wrong."]


def call_note_3(g):
    p, a = g.person(), g.person()
    ad = g.addr()
    return ["Rang ", N(p.full), " back. New delivery address: ", A(ad.one), ". ", N(p.first),
            " will be away until the 14th, so hold the parcel till then. Logged by ", N(a.li)]


def order_note_1(g):
    p, q = g.person(), g.person()
    a1, a2 = g.addr(), g.addr()
    return [f"Order {g.look.order()} – gift order\nBill to: ", N(p.full), ", ", A(a1.one), "\nShip to: ", N(q.full), "\n", A(a2.two),
            "\nGift message: \"Happy birthday, ", N(q.first), "! Love, ", N(p.first), "\""]


def order_note_2(g):
    p, q = g.person(), g.person()
    ad = g.addr()
    return [f"Internal note on {g.look.order()}: customer ", N(p.lf), f" asked us to leave the parcel with the neighbour, {q.hon('en')} ", N(q.last),
            ", at ", A(ad.street), ". Call ", PH(g.phone(ad.country)), " if nobody's in."]


def order_note_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Click & collect {g.look.order()}: {name} {kind} (size {g.pick(['M', 'L'])}), paid {price}. To be picked up by ", N(p.full),
            f" – ID checked, passport no. {g.look.passport()} noted on the slip. Vehicle {g.look.plate()} in bay 3."]


def return_note_1(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Return RMA-{g.look.d(6)} received {g.look.date()}\nItem: {name} {kind}, {sku}\nReason: too small\nCustomer: ", N(p.full),
            "\nRefund to: ", IB(g.iban()), f" (BIC {g.look.bic()})\nChecked by: ", N(g.person().first)]


def return_note_2(g):
    p = g.person()
    ad = g.addr()
    return [f"Returns desk: parcel from ", A(ad.one), f" came in without a slip. Label says {g.pick(['sender', 'from'])}: ", N(p.caps),
            ". Phone on the label ", PH(g.phone(ad.country)), f". Contents: 1 x {_sp(g)[0]}. Matching against order {g.look.order()}."]


def return_note_3(g):
    p = g.person()
    return [f"Warranty claim {g.look.ticket()}: ", N(p.full), f" sent back socks after {g.pick(['two', 'three', 'six'])} months, heel worn through. ",
            "Goodwill replacement. Confirmation to ", EM(g.email(p)), "."]


def prose_mention_1(g):
    p = g.person(invent=False)
    return ["Spoke with ", N(p.full), f" about the Q{g.pick(['1', '2', '3', '4'])} order; ", N(p.first), f" wants 40 Hochsattel 30 in slate and {g.pick(['20', '30', '60'])} pairs of Trittweg before the school trip."]


def prose_mention_2(g):
    p, q = g.person(invent=False), g.person(invent=False)
    return [N(p.full), f" from {g.pick(['Keystone Retail', 'Evergreen Stores', 'Oakfield Sports'])} confirmed the pallet for {g.look.date()}. ",
            N(q.full), " is covering while ", g.pick(["she", "he"]), f" is on leave, so send the invoice {g.look.invoice()} there."]


def prose_mention_3(g):
    p = g.person(invent=False)
    return [f"Good catch-up with ", N(p.full), " today. ", g.pick(["Agreed", "We agreed"]), f" to test the Kaltkar in {g.pick(['Iceland', 'Lapland', 'the Cairngorms'])} ",
            f"and share photos by {g.look.date()}. Social posts go through ", N(p.last), "'s team."]


def prose_mention_4(g):
    p = g.person(invent=False)
    q = g.person(invent=False)
    return [f"Thanks to ", N(p.first), " and ", N(q.full), f" the photo shoot at {g.pick(['Loch Lomond', 'Wastwater', 'Lake Bled', 'the Eibsee'])} ran on time."]


def customer_chat_1(g):
    p, a = g.person(), g.person()
    return [f"Live chat #{g.look.d(6)} · visitor IP ", IP(g.ip()), "\nVisitor: hi, i ordered the socks last week, my name is ", N(p.lower),
            "\nAgent ", N(a.first), ": Hi ", N(p.first), f"! Let me look that up. Is it order {g.look.order()}?\nVisitor: yes thats it"]


def customer_chat_2(g):
    p = g.person()
    ds = f"{g.rng.randint(1, 28):02d}/{g.rng.randint(1, 12):02d}/{g.pick(['24', '25'])}"
    t = g.look.times(3)
    return [f"[{ds}, {t[0]}] ", N(p.full), f": Hello, is the Kaltkar back in stock in {g.pick(['M', 'L'])}?\n",
            f"[{ds}, {t[1]}] Talgrat Service: Hi ", N(p.first), "! Yes, from Friday. Shall I reserve one?\n",
            f"[{ds}, {t[2]}] ", N(p.full), ": yes please, pick up in store. my number ", PH(g.phone())]


def customer_chat_3(g):
    p = g.person()
    return ["Chatbot handover\n", f"User: I need to change my address\nBot: Sure. What's the order number?\nUser: {g.look.order()}\n",
            "User: new address is ", A(g.addr().one), "\nBot: Thanks ", N(p.first), ", an agent will confirm."]


def meeting_notes_1(g):
    a, b, c = g.person(), g.person(), g.person()
    return [f"Weekly e-com sync – {g.look.date()}\nPresent: ", N(a.full), ", ", N(b.full), ", ", N(c.first), " (guest)\nActions:\n- ", N(a.first),
            ": fix the size chart on the Steinlauf PDP\n- ", N(b.fi), f": brief the agency on the winter campaign\n- ", N(c.first), ": send the photo contracts"]


def meeting_notes_2(g):
    a, b = g.person(), g.person()
    return [f"Retail partner call, {g.look.date()}\nAttendees: ", N(a.lf), "; ", N(b.lf), "\n",
            f"Agreed: 15% margin on the Fernkamm, delivery in week {g.rng.randint(2, 50)}. Next call with ", N(b.last), f" on {g.look.date()}."]


def refund_payment_1(g):
    p = g.person()
    return [f"Hello, please refund order {g.look.order()} to my bank account:\nAccount holder: ", N(p.full), "\nIBAN: ", IB(g.iban()), f"\nBIC: {g.look.bic()}\n\nThanks,\n", N(p.first)]


def refund_payment_2(g):
    p = g.person()
    return [f"Payment failed on {g.look.order()}: card ", CC(g.card()), ", cardholder ", N(p.caps), f", exp {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 30)}. ",
            "Customer ", N(p.first), " asked us to retry tomorrow. Please don't store the number in the notes again."]


def refund_payment_3(g):
    p = g.person(origin=g.pick(["german", "german", "austrian", "polish", "turkish"]))
    ad = g.addr("DE")
    return [f"Invoice {g.look.invoice()} – product photography, {g.pick(['Fernkamm', 'Kaltkar', 'Firstwand'])} campaign\nFrom: ", N(p.full), "\n", A(ad.two),
            "\nGerman tax ID (Steuer-ID): ", TX(g.taxid()), f"\nVAT ID: {g.look.vat()}\nBank: ", IB(g.iban("DE")), f"\nTotal: €{g.rng.randint(800, 4200)}.00, due in 14 days"]


def refund_payment_4(g):
    p = g.person()
    return [f"Chargeback notice: dispute on {g.look.order()}, {g.look.price()}. Card used: ", CC(g.card()), ". Cardholder name on file ", N(p.full),
            f". Reason code {g.pick(['10.4', '13.1', '4837'])}. Evidence due {g.look.date()}."]


def influencer_outreach_1(g):
    out = ["Outreach list – autumn\n"]
    for i in range(g.pick([2, 3])):
        p = g.person()
        out += [f"{i + 1}. ", N(p.full), " (", H("@" + p.login(g.rng, g.pick([0, 3, 4]))), f", {g.rng.randint(8, 240)}k) – ", EM(g.email(p)), f" – {g.pick(['agreed to test the Kaltkar', 'no reply yet', 'wants a fee', 'sent rate card'])}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def influencer_outreach_2(g):
    p, a = g.person(), g.person()
    ad = g.addr()
    return ["Hi ", N(p.first), f",\n\nI'm ", N(a.first), f" from Talgrat. We loved your {g.pick(['Skye', 'Tatra', 'Dolomites', 'Lofoten'])} video. Could we send you the Firstwand to test? ",
            "Is this still the right address:\n", A(ad.two), "\n\nBest,\n", N(a.full), "\n", PH(g.phone("DE"))]


# ================================================================ layouts a recognizer may not expect


def json_export_1(g):
    p = g.person()
    ad = g.addr()
    return ['{"customer": {"id": ', f'{g.look.d(6)}, "first_name": "', N(p.first), '", "last_name": "', N(p.last), '", "email": "', EM(g.email(p)),
            '", "phone": "', PH(g.phone(ad.country)), '",\n  "address": {"street": "', A(ad.street), f'", "zip": "{ad.zip}", "city": "{ad.town}"}}}},\n',
            f' "order": "{g.look.order()}", "total": {g.rng.randint(20, 400)}.95, "ip": "', IP(g.ip()), '"}']


def json_export_2(g):
    p = g.person()
    return ['{"event":"checkout.completed","billing":{"name":"', N(p.full), '","iban":"', IB(g.iban(grouped=False)), '"},"device":{"ip":"', IP(g.ip()),
            f'","ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/{g.rng.randint(110, 126)}.0.{g.rng.randint(4000, 6999)}.{g.rng.randint(10, 200)}"}},"sku":"{_sp(g)[1]}"}}']


def access_log_1(g):
    out = []
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [IP(g.ip()), f' - - [{g.rng.randint(10, 28)}/Mar/2025:{g.look.time()}:{g.rng.randint(10, 59)} +0100] "GET /account/orders?email=', EM(g.email(p)),
                f' HTTP/1.1" 200 {g.rng.randint(900, 9999)}\n']
    out += [IP(g.ip("v4priv")), f' - - [{g.rng.randint(10, 28)}/Mar/2025:{g.look.time()}:07 +0100] "GET /healthz HTTP/1.1" 200 2']
    return out


def access_log_2(g):
    p = g.person()
    return [f"2025-03-{g.rng.randint(10, 28)}T{g.look.time()}:03Z INFO order.created id={g.look.order()} customer=\"", N(p.full), "\" ip=", IP(g.ip()),
            f" app=v{g.rng.randint(2, 5)}.{g.rng.randint(0, 19)}.{g.rng.randint(0, 9)}\n",
            f"2025-03-{g.rng.randint(10, 28)}T{g.look.time()}:04Z WARN payment.retry id={g.look.order()} upstream=", IP(g.ip(g.pick(["v4loop", "v4priv", "v6loop", "v6ula"]))), " attempt=2"]


def markdown_table_1(g):
    out = ["| Name | Role | E-mail | Phone |\n|---|---|---|---|\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += ["| ", N(p.full), f" | {g.pick(['photographer', 'model', 'guide', 'stylist', 'driver'])} | ", EM(g.email(p)), " | ", PH(g.phone()), " |\n"]
    out[-1] = out[-1].rstrip("\n")
    return ["Shoot crew – Lake District, ", g.look.date(), "\n\n"] + out


def markdown_table_2(g):
    out = ["| Order | Customer | Ship to | Status |\n| --- | --- | --- | --- |\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [f"| {g.look.order()} | ", N(g.pick([p.full, p.lf])), " | ", A(g.addr().one), f" | {g.pick(['shipped', 'on hold', 'returned'])} |\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def tsv_export_1(g):
    out = ["first\tlast\tstreet\tpostcode\ttown\tphone\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        ad = g.addr()
        out += [N(p.first), "\t", N(p.last), "\t", A(ad.street), f"\t{ad.zip}\t{ad.town}\t", PH(g.phone(ad.country)), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def tsv_export_2(g):
    out = ["customer_id\tname\temail\tnewsletter\tsignup_ip\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [f"{g.look.customer()}\t", N(p.full), "\t", EM(g.email(p)), f"\t{g.pick(['yes', 'no'])}\t", IP(g.ip()), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def vcard_1(g):
    p = g.person()
    ad = g.addr()
    return ["BEGIN:VCARD\nVERSION:3.0\nN:", N(p.last), ";", N(p.first), ";;;\nFN:", N(p.full), f"\nORG:{g.pick(['Peak Supply Ltd', 'Northwind Media', 'Ridgeway Sports'])}\nTEL;TYPE=CELL:",
            PH(g.phone(ad.country, "intl")), "\nEMAIL:", EM(g.email(p)), "\nADR;TYPE=WORK:;;", A(ad.street), f";{ad.town};;{ad.zip};{COUNTRY_NAME['en'][ad.country]}\nEND:VCARD"]


def vcard_2(g):
    p = g.person()
    return ["BEGIN:VCARD\nVERSION:4.0\nFN:", N(p.full), "\nTITLE:Buyer\nTEL;VALUE=uri:tel:", PH(g.phone(form="intl").replace(" ", "-")), "\nNOTE:met at Kendal, likes the Gitterhang\nEND:VCARD"]


def shipping_label_1(g):
    p = g.person()
    ad = g.addr(g.pick(["GB", "US", "IE", "DE"]))
    return [f"{g.pick(['DHL Paket', 'DPD Classic', 'Royal Mail Tracked 48', 'UPS Standard'])}\nSHIP TO:\n", N(p.caps), "\n", A(ad.two.upper()), f"\n{COUNTRY_NAME['en'][ad.country].upper()}\n",
            "Tel: ", PH(g.phone(ad.country)), f"\nWeight: {g.rng.randint(1, 9)}.{g.rng.randint(0, 9)} kg  Ref: {g.look.order()}\nTracking: {g.look.tracking()}"]


def shipping_label_2(g):
    p = g.person()
    ad = g.addr()
    sender = g.addr("DE")
    return ["From: Talgrat Outdoor, ", A(sender.one), "\nTo: ", N(p.full), ", ", A(ad.one), f"\nParcel 1/1 · {g.look.tracking()} · {g.look.date()}"]


def html_form_1(g):
    p = g.person()
    return ['<form action="/newsletter" method="post">\n  <input name="first_name" value="', N(p.first), '">\n  <input name="last_name" value="', N(p.last),
            '">\n  <input type="email" name="email" value="', EM(g.email(p)), '">\n  <input type="hidden" name="consent_ip" value="', IP(g.ip()), '">\n</form>']


def html_form_2(g):
    p = g.person()
    ad = g.addr()
    return ["<dl class=\"order-summary\">\n  <dt>Name</dt><dd>", N(p.full), "</dd>\n  <dt>Address</dt><dd>", A(ad.one), "</dd>\n  <dt>Phone</dt><dd>", PH(g.phone(ad.country)),
            f"</dd>\n  <dt>Order</dt><dd>{g.look.order()}</dd>\n</dl>"]


def yaml_webhook_1(g):
    p = g.person()
    return [f"event: customer.updated\nid: evt_{g.look.d(10)}\ncustomer:\n  name: ", N(p.full), "\n  email: ", EM(g.email(p)), "\n  phone: '", PH(g.phone(form="intl")),
            f"'\n  tags: [vip, newsletter]\nsource_ip: ", IP(g.ip()), "\nschema: 2.3.1"]


def yaml_webhook_2(g):
    p = g.person()
    ad = g.addr()
    return ["shipment:\n  carrier: dpd\n  recipient:\n    given_name: ", N(p.first), "\n    family_name: ", N(p.last), "\n    street: ", A(ad.street),
            f"\n    postcode: '{ad.zip}'\n    city: {ad.town}\n  parcels: {g.rng.randint(1, 3)}"]


def sql_dump_1(g):
    p = g.person()
    while "'" in p.full:
        p = g.person()
    ad = g.addr()
    return ["INSERT INTO customers (id, first_name, last_name, email, phone, street, zip, city) VALUES\n",
            f"({g.look.d(5)}, '", N(p.first), "', '", N(p.last.replace("'", "''")), "', '", EM(g.email(p)), "', '", PH(g.phone(ad.country)), "', '", A(ad.street.replace("'", "''")),
            f"', '{ad.zip}', '{ad.town.replace(chr(39), chr(39) * 2)}');"]


def sql_dump_2(g):
    out = [" id   | name                 | card_last4 | created\n------+----------------------+------------+------------\n"]
    rows = g.pick([2, 3])
    for _ in range(rows):
        p = g.person()
        out += [f" {g.look.d(4)} | ", N(p.full), " " * max(1, 21 - len(p.full)), f"| {g.look.d(4)}       | 2025-0{g.rng.randint(1, 9)}-{g.rng.randint(10, 28)}\n"]
    return out + [f"({rows} rows)"]


def mail_header_1(g):
    p = g.person()
    em = g.email(p)
    return ["Return-Path: <", EM(em), ">\nReceived: from smtp.", g.pick(["gmail.com", "outlook.com", "gmx.net"]), " ([", IP(g.ip()), "])\n\tby mx1.talgrat.de with ESMTPS; ",
            f"{g.pick(['Tue', 'Wed', 'Thu'])}, {g.rng.randint(1, 28)} Mar 2025 {g.look.time()}:12 +0000\nFrom: \"", N(p.full), "\" <", EM(em), ">\nTo: ", EM(_role_mail(g)),
            f"\nSubject: Question about order {g.look.order()}\nX-Originating-IP: [", IP(g.ip()), "]"]


def mail_header_2(g):
    p, q = g.person(), g.person()
    return ["From: ", N(p.full), " <", EM(g.email(p)), ">\nTo: ", N(q.full), " <", EM(g.email(q, "talgrat.com")), ">\nCc: ", EM(_role_mail(g)),
            f"\nDate: {g.look.date()}\nSubject: Fwd: wholesale terms\n\nSee below, can you reply by Friday?"]


def ocr_scan_1(g):
    p = g.person()
    ad = g.addr(g.pick(["GB", "US", "IE"]))
    return ["RETURNS F0RM  /  p. 1 of 1\nNAME:  ", N(p.caps), "\nADDRESS:  ", A(ad.one.upper()), "\nTEL.:", PH(g.phone(ad.country)),
            f"\nORDER N0: {g.look.order()}   REASON: [x] too big  [ ] faulty\nSIGNED:  ", N(p.fi)]


def ocr_scan_2(g):
    p = g.person()
    return [f"~~ scanned {g.look.date()} ~~\nWarranty card  Model: {_sp(g)[0]}  Serial: {g.look.d(9)}\nOwner: ", N(p.full), "  E-mail: ", EM(g.email(p)), "\nD0B: ",
            g.look.dob(), "  (not needed for warranty)"]


def ics_invite_1(g):
    p, q = g.person(), g.person()
    ad = g.addr("DE")
    return ["BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Boot fitting – ", N(p.full), f"\nDTSTART:2025{g.rng.randint(1, 12):02d}{g.rng.randint(10, 28)}T{g.rng.randint(9, 17)}0000\n",
            "ORGANIZER;CN=", N(q.full), ":mailto:", EM(g.email(q, "talgrat.de")), "\nATTENDEE;CN=", N(p.full), ":mailto:", EM(g.email(p)),
            "\nLOCATION:", A(ad.one), "\nEND:VEVENT\nEND:VCALENDAR"]


def ics_invite_2(g):
    p = g.person()
    return [f"Invitation: Photo review @ {g.pick(['Mon', 'Tue', 'Wed'])} {g.look.date()} {g.look.time()}\nOrganizer: ", N(p.full), "\nJoin by phone: ", PH(g.phone(form="intl")),
            f" (PIN {g.look.d(6)}#)\nMeeting ID: {g.look.d(3)} {g.look.d(4)} {g.look.d(4)}"]


# ================================================================ texts without personal data


def neg_product_copy_1(g):
    name, sku, price, kind = _sp(g)
    return [f"{name} {kind} – {price}\nSKU {sku} · GTIN {g.look.gtin()}\n",
            f"Built for long wet days: {g.pick(['28,000 mm hydrostatic head', 'RET 6', 'recycled 40-denier ripstop'])}, taped seams and pockets you can reach with a hip belt. ",
            f"Available in sizes XS–XXL. Ships in {g.rng.randint(1, 3)}–{g.rng.randint(4, 6)} working days."]


def neg_product_copy_2(g):
    name, sku, price, kind = _sp(g)
    return [f"Meet the {name} {kind}, made for hunters of good weather windows, bakers of trail sandwiches and anyone who likes a brown paper map. ",
            f"Colour: {g.pick(['slate', 'hunter green', 'moor brown', 'rock grey'])}. Price {price}, article no. {g.look.sku()}."]


def neg_product_copy_3(g):
    a, b = g.look.product(), g.look.product()
    return [f"Compare: {a[0]} vs {b[0]}\n{a[0]}: €{a[3]}, {a[1]}\n{b[0]}: €{b[3]}, {b[1]}\n",
            f"Both {g.pick(['carry the Bluesign label', 'use PFC-free DWR', 'come with a 2-year warranty'])}. Update {g.look.date()}, rev. {g.rng.randint(2, 9)}.{g.rng.randint(0, 9)}"]


def neg_order_status_1(g):
    return [f"Your order {g.look.order()} has shipped.\nTracking number: {g.look.tracking()}\nExpected delivery: {g.look.date()}\n",
            f"Items: 1 x {_sp(g)[0]} ({g.pick(['M', 'L'])}), 2 x Trittweg socks\nTotal paid: {g.look.price()} (incl. VAT)"]


def neg_order_status_2(g):
    return [f"Order {g.look.order()} · placed {g.look.date()} · status: {g.pick(['processing', 'shipped', 'delivered', 'partially refunded'])}\n",
            f"Parcel {g.look.tracking()} handed to {g.pick(['DHL', 'DPD', 'UPS', 'Royal Mail'])} at {g.look.time()}. Customer no. {g.look.customer()}."]


def neg_order_status_3(g):
    return [f"Stock alert: the {_sp(g)[0]} you asked about (article {g.look.sku()}) is back. We've held it until {g.look.date()} under reservation {g.look.order()}."]


def neg_invoice_meta_1(g):
    return [f"Invoice {g.look.invoice()} – {g.pick(['Schneider & Sons Logistics Ltd', 'Baker Brothers Packaging', 'Miller Freight GmbH', 'Fisher & Hunter Print Ltd'])}\n",
            f"VAT ID {g.look.vat()} · BIC {g.look.bic()} · Company no. {g.look.d(8)}\nNet €{g.rng.randint(200, 9000)}.00, VAT 19 %, payable by {g.look.date()}."]


def neg_invoice_meta_2(g):
    return [f"Supplier master data\nName: {g.pick(['Müller Textil GmbH', 'Wagner & Koch KG', 'Young Outdoor Ltd', 'Walker Fabrics'])}\nTax number: {g.look.steuernummer()}\n",
            f"VAT: {g.look.vat()}\nBIC: {g.look.bic()}\nPayment terms: 30 days net, 2 % discount within 10 days\nCreditor ref {g.look.customer()}"]


def neg_invoice_meta_3(g):
    return [f"Credit note {g.look.invoice()} against invoice {g.look.invoice()}: {g.look.price()} refunded on {g.look.date()}. Reference {g.look.order()}. ",
            f"Payment method: {g.pick(['card', 'PayPal', 'Klarna'])}, reference {g.look.customer()}."]


def neg_feed_export_1(g):
    out = ["id,title,gtin,price,availability\n"]
    for _ in range(g.pick([3, 4])):
        p = g.look.product()
        out.append(f"{p[1]}-{g.pick(['S', 'M', 'L'])},{p[0]} {p[5]},{g.look.gtin()},{p[3]} EUR,{g.pick(['in stock', 'out of stock', 'preorder'])}\n")
    out[-1] = out[-1].rstrip("\n")
    return out


def neg_feed_export_2(g):
    p = g.look.product()
    return [f"<item><g:id>{p[1]}</g:id><g:title>{p[0]} {p[5]}</g:title><g:gtin>{g.look.gtin()}</g:gtin><g:mpn>{g.look.sku()}</g:mpn>",
            f"<g:shipping_weight>{g.rng.randint(200, 1900)} g</g:shipping_weight><g:custom_label_0>autumn-{g.pick(['2025', '2026'])}</g:custom_label_0></item>"]


def neg_feed_export_3(g):
    p = g.look.product()
    return [f"{p[1]}\t{p[0]}\t{g.look.gtin()}\t{p[3]}\t{g.rng.randint(0, 400)}\t{g.look.date()}\n{p[1]}-XL\t{p[0]}\t{g.look.gtin()}\t{p[3]}\t0\t{g.look.date()}"]


def neg_payment_faq_1(g):
    return [f"Which card did I use? Your account shows the card as {masked_card(g.rng, 'en')}. ",
            "We never store the full number. Gift cards have a 16-digit code, e.g. ", gift_card(g.rng), ", printed on the back."]


def neg_payment_faq_2(g):
    return [f"Redeeming a voucher: enter the code ({gift_card(g.rng)}) and the PIN {g.look.d(4)} at checkout. ",
            f"Vouchers are valid until {g.look.date()} and can't be paid out. Orders over €{g.pick(['50', '75', '100'])} ship free."]


def neg_payment_faq_3(g):
    mc = masked_card
    return [f"Refund status for order {g.look.order()}: {g.look.price()} to {mc(g.rng, 'en')} on {g.look.date()}; a second payment to {mc(g.rng, 'en')} was voided."]


def neg_campaign_brief_1(g):
    name = _sp(g)[0]
    return [f"Campaign brief – May drop\nHero: {name}. Message: 'Will it rain? Doesn't matter.' Mood: a fox at dawn, a hunter's hide, a baker's early start. ",
            f"Budget €{g.rng.randint(5, 40)},000. Go-live {g.look.date()}. Grace period for edits: 48 h."]


def neg_campaign_brief_2(g):
    return [f"Brief for the newsletter of {g.look.date()}: open with the weather (old rule: people read the first line, so keep it young and short), then the Kaltkar and the Gitterhang. ",
            f"Discount code AUTUMN{g.rng.randint(10, 30)} valid until {g.look.date()}. No names of customers in the copy."]


def neg_campaign_brief_3(g):
    return [f"Social calendar W{g.rng.randint(2, 50)}: Mon – Trittweg socks reel; Wed – care tips for down; Fri – King of the Hill contest results (no winners named until approved). Posts at {g.look.time()}."]


def neg_stock_report_1(g):
    out = [f"Stock report {g.look.date()}\n"]
    for _ in range(g.pick([3, 4])):
        p = g.look.product()
        out.append(f"{p[1]}  {p[0]:<15} on hand {g.rng.randint(0, 900):>4}  reserved {g.rng.randint(0, 80):>3}  bin {g.pick('ABCD')}-{g.rng.randint(1, 40):02d}\n")
    out[-1] = out[-1].rstrip("\n")
    return out


def neg_stock_report_2(g):
    return [f"Inbound shipment {g.look.tracking()} from Da Nang: {g.rng.randint(2, 14)} pallets, ETA {g.look.date()}. Container {g.pick(['MSCU', 'HLXU', 'CMAU'])}{g.look.d(7)}. ",
            f"Customs ref {g.look.d(2)}DE{g.look.d(12)}. Booked slot {g.look.time()} at gate 4."]


def neg_stock_report_3(g):
    return [f"Cycle count variance: {g.look.sku()} (-{g.rng.randint(1, 9)}), {g.look.sku()} (+{g.rng.randint(1, 9)}), GTIN {g.look.gtin()} unknown. Recount by {g.look.date()}."]


def neg_release_notes_1(g):
    return [f"Shop release v{g.rng.randint(3, 6)}.{g.rng.randint(0, 30)}.{g.rng.randint(0, 9)} ({g.look.date()})\n- size advisor model 2024.{g.rng.randint(10, 12)}.{g.rng.randint(1, 3)}\n",
            f"- tested on Chrome {g.rng.randint(118, 126)}.0.{g.rng.randint(5000, 6999)}.{g.rng.randint(10, 200)} and Safari 17.4\n- fixes the GTIN validator (check digit)"]


def neg_release_notes_2(g):
    return [f"Changelog\n* firmware of the label printers updated to 3.{g.rng.randint(1, 9)}.0.{g.rng.randint(300, 999)}\n* OpenSSL 3.0.{g.rng.randint(10, 15)}\n",
            f"* the feed exporter now writes GTIN-14 ({g.look.gtin()})\n* build {g.look.d(5)}, node 20.11.1"]


def neg_release_notes_3(g):
    return [f"Known issue (ticket {g.look.ticket()}): the checkout shows 'v2.{g.rng.randint(0, 9)}.{g.rng.randint(0, 9)}.{g.rng.randint(256, 999)}' in the footer. Cosmetic, fix in the next sprint ending {g.look.date()}."]


def neg_social_post_1(g):
    return [f"Grey skies, wolf-grey jacket. The {_sp(g)[0]} is back in stock – link in bio. #talgrat #hiking #{g.pick(['lakedistrict', 'peakdistrict', 'snowdonia'])} ",
            f"(Photo taken on {g.look.date()} at {g.rng.randint(600, 1400)} m.)"]


def neg_social_post_2(g):
    return [f"Q: Is the Kaltkar warm enough for {g.pick(['Iceland', 'Norway', 'Scotland'])} in {g.pick(['January', 'February'])}?\n",
            f"A: Down fill {g.rng.randint(180, 260)} g, comfort to about -{g.rng.randint(8, 15)} °C when moving. Pair it with the Morgengrat base layer."]


def neg_social_post_3(g):
    return [f"Thanks for 50k followers! Giveaway: one Fernkamm 45+10. To enter, comment with your favourite trail. Winner drawn {g.look.date()}. Rules: talgrat.com/giveaway"]


def neg_returns_policy_1(g):
    return [f"Returns: 30 days from delivery. Use the returns portal with your order number (e.g. {g.look.order()}). Our warehouse in Kolbermoor ",
            f"processes returns within {g.rng.randint(3, 7)} days; refunds go back to the original payment method."]


def neg_returns_policy_2(g):
    return [f"Shipping to postcodes starting 8 or 9 takes 1–2 days; islands (e.g. postcode 18565) up to 4. Cut-off {g.look.time()}. Free from {g.look.price()}."]


def neg_returns_policy_3(g):
    return [f"Warranty: 2 years statutory, plus 5 years on seams and zips for orders after {g.look.date()}. Keep the invoice ({g.look.invoice()}). ",
            f"Repairs are done by our partner in Rosenheim; typical turnaround {g.rng.randint(2, 4)} weeks."]


# ---------------------------------------------------------------- more payment data in everyday places


def crm_5(g):
    p, a = g.person(), g.person()
    return [f"{g.look.date()} phone order, {p.hon('en')} ", N(p.last), " read out the card: ", CC(g.card()), f", exp {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}. ",
            f"Charged {g.look.price()}. TODO ", N(a.first), ": delete the number from this note once the payment clears!"]


def customer_chat_4(g):
    p, a = g.person(), g.person()
    t = g.look.times(4)
    return [f"{t[0]} Visitor: the checkout keeps failing, can you just charge my card? it's ", CC(g.card(style=g.pick(["space", "compact"]))), "\n",
            f"{t[1]} Agent ", N(a.first), ": Please don't send card numbers in the chat – I'll send you a secure payment link instead.\n",
            f"{t[2]} Visitor: ok, send it to ", EM(g.email(p)), "\n", f"{t[3]} Visitor: thanks, ", N(p.first)]


def call_note_4(g):
    p = g.person()
    ad = g.addr()
    return ["Phone payment – caller ", N(p.full), "\nCard: ", CC(g.card()), "\nBilling address: ", A(ad.one), f"\nAmount: {g.look.price()}  Auth code: {g.look.d(6)}"]


def support_email_5(g):
    p = g.person()
    return [f"Hi, I paid by bank transfer for order {g.look.order()} but sent it twice. Please refund the second payment to\n\n",
            "Name: ", N(p.full), "\nIBAN: ", IB(g.iban()), "\n\nThank you!\n", N(p.first)]


def influencer_outreach_3(g):
    p = g.person(origin=g.pick(["german", "german", "austrian", "turkish"]))
    ad = g.addr("DE")
    return ["Creator agreement – payment details\nCreator: ", N(p.full), " (", H("@" + p.login(g.rng, g.pick([0, 3]))), ")\nAddress: ", A(ad.one),
            "\nGerman tax ID: ", TX(g.taxid()), "\nIBAN: ", IB(g.iban("DE")), f"\nFee: €{g.rng.randint(3, 25) * 100}.00 + VAT, invoice by {g.look.date()}"]


def html_form_3(g):
    p = g.person()
    return ['<fieldset id="affiliate-payout">\n  <label>Account holder</label><input name="holder" value="', N(p.full), '">\n  <label>IBAN</label><input name="iban" value="',
            IB(g.iban()), '">\n  <label>Tax ID (DE)</label><input name="tax_id" value="', TX(g.taxid()), '">\n</fieldset>']


def yaml_webhook_3(g):
    p = g.person()
    return [f"payout:\n  id: po_{g.look.d(8)}\n  partner: ", N(p.full), "\n  iban: ", IB(g.iban(grouped=False)), f"\n  amount_eur: {g.rng.randint(40, 900)}.{g.rng.randint(10, 99)}\n  requested_from: ", IP(g.ip())]


def markdown_table_3(g):
    out = ["| Freelancer | IBAN | Tax ID | Amount |\n|---|---|---|---|\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person(origin=g.pick(["german", "german", "polish", "italian", "austrian"]))
        out += ["| ", N(p.full), " | ", IB(g.iban()), " | ", TX(g.taxid()), f" | €{g.rng.randint(3, 40) * 50}.00 |\n"]
    out[-1] = out[-1].rstrip("\n")
    return ["Payout run ", g.look.date(), "\n\n"] + out


def ocr_scan_3(g):
    p = g.person()
    ad = g.addr(g.pick(["GB", "IE", "DE"]))
    return ["SEPA D1RECT DEBIT MANDATE   ref. ", g.look.customer(), "\nName of debtor: ", N(p.caps), "\nAddress: ", A(ad.one), "\nIBAN: ", IB(g.iban(g.pick(["GB", "IE", "DE"]))),
            f"\nBIC: {g.look.bic()}\nPlace / date: {ad.town}, {g.look.date()}   Signature: ", N(p.fi)]


def lead_list_4(g):
    out = ["Card-on-file export (PCI audit, delete after review)\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [N(p.LF), " | ", CC(g.card()), f" | exp {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out

GENRES = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [support_email_1, support_email_2, support_email_3, support_email_4, support_email_5],
    "support_reply_quoted": [support_reply_quoted_1, support_reply_quoted_2, support_reply_quoted_3],
    "lead_list": [lead_list_1, lead_list_2, lead_list_3, lead_list_4],
    "review_signed": [review_signed_1, review_signed_2, review_signed_3],
    "testimonial": [testimonial_1, testimonial_2, testimonial_3],
    "email_signature": [email_signature_1, email_signature_2, email_signature_3],
    "feed_row": [feed_row_1, feed_row_2, feed_row_3],
    "copy_brief": [copy_brief_1, copy_brief_2, copy_brief_3],
    "team_chat": [team_chat_1, team_chat_2, team_chat_3],
    "call_note": [call_note_1, call_note_2, call_note_3, call_note_4],
    "order_note": [order_note_1, order_note_2, order_note_3],
    "return_note": [return_note_1, return_note_2, return_note_3],
    "prose_mention": [prose_mention_1, prose_mention_2, prose_mention_3, prose_mention_4],
    "customer_chat": [customer_chat_1, customer_chat_2, customer_chat_3, customer_chat_4],
    "meeting_notes": [meeting_notes_1, meeting_notes_2],
    "refund_payment": [refund_payment_1, refund_payment_2, refund_payment_3, refund_payment_4],
    "influencer_outreach": [influencer_outreach_1, influencer_outreach_2, influencer_outreach_3],
    "json_export": [json_export_1, json_export_2],
    "access_log": [access_log_1, access_log_2],
    "markdown_table": [markdown_table_1, markdown_table_2, markdown_table_3],
    "tsv_export": [tsv_export_1, tsv_export_2],
    "vcard": [vcard_1, vcard_2],
    "shipping_label": [shipping_label_1, shipping_label_2],
    "html_form": [html_form_1, html_form_2, html_form_3],
    "yaml_webhook": [yaml_webhook_1, yaml_webhook_2, yaml_webhook_3],
    "sql_dump": [sql_dump_1, sql_dump_2],
    "mail_header": [mail_header_1, mail_header_2],
    "ocr_scan": [ocr_scan_1, ocr_scan_2, ocr_scan_3],
    "ics_invite": [ics_invite_1, ics_invite_2],
}

NEG_GENRES = {
    "product_copy": [neg_product_copy_1, neg_product_copy_2, neg_product_copy_3],
    "order_status": [neg_order_status_1, neg_order_status_2, neg_order_status_3],
    "invoice_meta": [neg_invoice_meta_1, neg_invoice_meta_2, neg_invoice_meta_3],
    "feed_export": [neg_feed_export_1, neg_feed_export_2, neg_feed_export_3],
    "payment_faq": [neg_payment_faq_1, neg_payment_faq_2, neg_payment_faq_3],
    "campaign_brief": [neg_campaign_brief_1, neg_campaign_brief_2, neg_campaign_brief_3],
    "stock_report": [neg_stock_report_1, neg_stock_report_2, neg_stock_report_3],
    "release_notes": [neg_release_notes_1, neg_release_notes_2, neg_release_notes_3],
    "social_post": [neg_social_post_1, neg_social_post_2, neg_social_post_3],
    "returns_policy": [neg_returns_policy_1, neg_returns_policy_2, neg_returns_policy_3],
}
