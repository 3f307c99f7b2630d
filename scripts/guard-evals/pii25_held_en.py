"""English templates of the heldout25 half (prose genres; the layouts are in pii25_held_layouts)."""

from pii25_held_core import T

PII = {
    "crm_note": [
        T("{p1.full} ((called|rang)) about the {prod.name} ((again|for the second time)). Prefers e-mail: {p1.email}.((\nFollow-up on {date}.|))"),
        T("CRM – {date}\nSpoke to {p1.hr} {p1.last} ({ph1}). Interested in a team order of {n} jackets for {co}. ((Send quote.|Quote sent, waiting.))"),
        T("note by {p2.first}: {p1.fi} ((is a repeat buyer|has ordered {n} times)), ((always|usually)) size {size}. Address on file: {a1.line}"),
        T("Contact updated: {p1.lf}\nnew mobile {mob1}\nold number removed((, customer asked us to|))."),
        T("{p1.first} from {co} wants samples before {date}. ((Ship to|Deliver to)) {a1.block}\n((– {p2.ini}|))", region="GB"),
    ],
    "support_mail": [
        T("Hi {p1.first},\n\nthanks for getting in touch. ((I've checked|I looked into)) order {order} and the {prod.name} left our warehouse on {date}. Tracking: {track}.\n\nBest,\n{p2.first}\nTalgrat Customer Care"),
        T("Dear {p1.hr} {p1.last},\n\nwe're sorry the zip on your {prod.short} failed. ((Please send it to|Could you return it to)) our repair partner; we'll refund the postage to the card ending in the last four digits you gave us.\n\nKind regards,\n{p2.full}"),
        T("Hello,\n\nmy name is {p1.full} and I ((ordered|bought)) the {prod.name} in {colour}. It arrived with a broken buckle. ((Could you|Can you)) call me on {ph1}?\n\nThanks,\n{p1.first}"),
        T("Good morning {p1.first},\n\nyour new delivery address is saved: {a1.line}. ((Nothing else is needed from you.|The parcel will go out tomorrow.))\n\nCheers,\n{p2.fi}", region="US"),
        T("Hiya, it's {p1.first} again (order {order}). ((Sorry to bother you,|Quick one:)) can the refund go to my account {iban} instead? My card has expired.\n{p1.full}", region="IE"),
    ],
    "quoted_chain": [
        T("Thanks {p2.first}, that works.\n\n> On {date}, {p2.full} <{p2.email}> wrote:\n> Hi {p1.first}, we can swap the {prod.short} for size {size}.\n> Just reply with your preferred delivery day."),
        T("Perfect, see you then!\n{p1.first}\n\n-----Original Message-----\nFrom: {p2.full}\nSent: {date} {time}\nTo: {p1.email}\nSubject: RE: fitting appointment\n\nDear {p1.hr} {p1.last}, your fitting is confirmed."),
        T(">> Can someone call {p1.hr} {p1.last} back on {ph1}?\n> Done, I spoke to {p1.him} at {time}. – {p2.first}\nGreat, closing the ticket."),
        T("On {date} at {time} {p1.full} wrote:\n> Please use my new address from now on:\n> {a1.block}\n\nNoted, thank you. Your account shows the new address.((\n{p2.first}|))"),
    ],
    "signed_review": [
        T("★★★★★ ((Warm and light|Does exactly what it says)). Wore the {prod.short} on a ((wet|windy)) weekend in the Lakes.\n– {p1.fi}, {a1.town}"),
        T("\"((Best|Comfiest)) socks I've owned, and they survived a 20 km day.\" — {p1.full}((, verified buyer|))"),
        T("Fits true to size, I'm usually a {size}. The hood is ((great|a bit big)).\n{p1.ini}((, Edinburgh| (verified)|))"),
        T("3/5 – the colour {colour} looks darker than in the photos. Otherwise ((fine|solid)).\nReviewed by {p1.full} on {date}"),
        T("Bought it for my ((partner|friend)) {p2.first} and {p2.he} ((hasn't taken it off|wears it every day)). ((Thanks Talgrat!|Top.))\n{p1.full}"),
    ],
    "signature": [
        T("((Best|Regards|Cheers)),\n\n{p1.full}\nHead of Buying | {co}\nM {mob1}\n{p1.email}"),
        T("--\n{p1.UP}\nField Sales UK & Ireland\nTel: {tel1}\n{a1.line}", region="GB"),
        T("Kind regards\n{p1.first}\n\n{p1.full} · Photographer\n{ph1} · {p1.email}\nSent from my iPhone"),
        T("Thanks,\n{p1.ini}\n{co}\n{a1.block}\nDirect: {tel1}", region="US"),
        T("— {p1.full} ({p1.he}/{p1.him})\nCommunity Manager, Talgrat\n{p1.email}"),
    ],
    "copy_brief": [
        T("Brief: {prod.name} launch mail\nOwner: {p1.full}\nReview: {p2.ini}\nTone: warm, no superlatives. Mention {colour} and the price of €{prod.price}."),
        T("Please write three hero lines for the {prod.short}. {p1.first} ((needs|wants)) them by {date}; questions to {p1.email}.((\nDo not mention competitors.|))"),
        T("Copy request\nRequested by: {p1.lf}\nProduct: {prod.name} ({prod.sku})\nQuote from our tester {p2.full} may be used with permission."),
        T("Hey team, the testimonial from {p1.full} goes in the autumn catalogue. ((Keep|Use)) {p1.his} words, only trim the length. Sign-off by {p2.first} before {date}."),
    ],
    "team_chat": [
        T("{p1.lo}: is the {prod.short} order for {p2.full} out yet?\n{p3.lo}: yes, shipped {date}\n{p1.lo}: 👍"),
        T("[{time}] {p1.handle}: who's covering the phones on {date}?\n[{time2}] {p2.handle}: me and {p3.first}\n[{time3}] {p1.handle}: thx {p2.lo}"),
        T("{p1.first} ((said|mentioned)) the customer {p2.hr} {p2.last} called again, can someone ring {p2.him} back on {ph1}?"),
        T("{p1.lofull} — 11:02\nreturn from {p2.fi} arrived, the {colour} one\n{p3.lofull} — 11:05\nok I'll refund today"),
        T("@channel reminder: {p1.first} is off until {date}, send dealer questions to {p2.first} ({p2.email})((. ty|))"),
    ],
    "customer_chat": [
        T("Visitor: hi, I ordered the {prod.short} but put the wrong postcode\nAgent ({p2.first}): no problem, what's the full address?\nVisitor: {a1.line}\nAgent ({p2.first}): updated ✔"),
        T("Customer: this is {p1.full}, order {order}\nBot: Thanks {p1.first}! How can I help?\nCustomer: can I get a call? {ph1}"),
        T("[chat {ticket}]\n{p1.first}: is the {prod.name} waterproof enough for Scotland lol\nAgent: yes, 20,000 mm. Anything else, {p1.first}?"),
        T("> {p1.lo} joined the chat\n{p1.lo}: hey my email changed to {p1.email}\nsupport: got it, updated for your account ((✔|:)))"),
    ],
    "call_note": [
        T("Call {time}, {date}: {p1.hr} {p1.last} ((rang|called)) about a missing parcel ({track}). Will call back on {ph1} tomorrow.", region="GB"),
        T("Inbound call – {p1.full}\nTopic: size exchange {prod.short}, {size} → next size up\nPhone: {ph1}\nAgent: {p2.first}"),
        T("Voicemail from {p1.first} (didn't leave a surname), number {mob1}: ((asks|wants to know)) whether the {colour} is back in stock."),
        T("Spoke to {p1.full} again. {p1.He} confirmed the address {a1.street} and asked us not to ring before 10.((\n– {p2.ini}|))", region="IE"),
    ],
    "order_note": [
        T("Order {order} – gift, please leave the invoice out. Card text: \"Happy birthday {p2.first}! Love, {p1.first}\"\nDeliver to {p2.full}, {a1.line}"),
        T("Note from customer: please ring the bell of {p1.last}, not the shop downstairs. ((Mobile|Phone)) {mob1}"),
        T("Order {order}\nBilling: {p1.full}\nShipping: {p2.full}\n{a1.block}\nNote: ((leave with neighbour|do not leave at the door))", region="US"),
        T("{p1.first} asked if we can split the order: socks now, the {prod.short} when it's back. Approved by {p2.ini} on {date}."),
    ],
    "return_note": [
        T("Return {order}: {prod.name}, size {size}. Reason: too short in the arms. Refund to card {card}. Customer: {p1.full}"),
        T("RMA {ticket} – {p1.lf}\nreceived {date}, condition A, tags on\nrefund approved by {p2.first}"),
        T("The parcel from {p1.hr} {p1.last} came back ((unopened|with the label torn)). Contacted {p1.him} at {p1.email} ((to ask|for)) the reason."),
        T("Exchange request: {p1.full} wants {colour} instead of the dark one. Send the new one to {a1.line}; old one already on its way back.", region="IE"),
    ],
    "name_prose": [
        T("{p1.full} and {p2.full} ((tested|wore)) the {prod.short} on a three-day crossing ((in the Cairngorms|of the Lake District)).", nocue=True),
        T("The photos were taken by {p1.full}. {p2.full} carried the {prod.name} the whole way.", nocue=True),
        T("Last week {p1.full} sent back two pairs; {p2.full} kept the pair and ordered a third.", nocue=True),
        T("We met {p1.full} at the trailhead at {time}. By lunch {p1.first} had ((sold|convinced)) half the group on merino.", nocue=True),
    ],
    "warranty_claim": [
        T("Warranty claim\nProduct: {prod.name}, bought {date}\nFault: delamination at the seam\nClaimant: {p1.full}, {p1.email}, {ph1}"),
        T("Dear Talgrat, the sole of my {prod.short} came off after ((four|six)) months. Receipt attached. {p1.full}, {a1.line}"),
        T("{p1.hr} {p1.last} submitted a claim for {p1.his} {prod.short}; the repair shop will contact {p1.him} on {ph1}. ((Approved.|Pending photos.))"),
        T("Claim {ticket} closed. Replacement {prod.sku} sent to {p1.fi} ({a1.street}) on {date}.", region="GB"),
    ],
    "refund_bank": [
        T("Please refund the {eur} to my account: {iban}, account holder {p1.full}. Thanks!"),
        T("Refund form\nName: {p1.lf}\nIBAN: {ibanc}\nOrder: {order}\nReason: parcel lost", region="IE"),
        T("Hi, I paid twice for order {order} (card {card}). Could you reverse one of them? – {p1.first}"),
        T("{p1.full} asked for the goodwill credit to go to {p1.his} bank rather than a voucher. IBAN on the ticket: {iban}. Approved by {p2.first}."),
    ],
    "address_change": [
        T("Hi, I've moved! New address: {a1.line}. ((Old one can go.|Please update all open orders.)) {p1.full}"),
        T("Address change for {p1.hr} {p1.last}\nold: {a1.street}\nnew: {a2.line}\nfrom {date}"),
        T("Please send future catalogues to:\n{p1.full}\n{a1.block}\n((Thank you!|Cheers))", region="US"),
        T("{p1.full} rang: the flat number is wrong, it should be {a1.street}. Fixed in the CRM."),
    ],
    "delivery_redirect": [
        T("Can the courier leave my parcel ({track}) with my neighbour {p2.full} at {a1.street}? I'm away until {date}. {p1.first}", region="GB"),
        T("Redirect: parcel for {p1.full} to be delivered to the office instead – {a1.line}, reception, ask for {p2.first}.", region="US"),
        T("Driver note: customer {p1.last} not home, parcel left with {p2.hr} {p2.last} next door. Called {ph1}, no answer."),
        T("Please hold the parcel at the depot, I'll collect it myself.\nName: {p1.full}\nPhone: {mob1}\nTracking: {track}"),
    ],
    "event_rsvp": [
        T("Yes please! {p1.full} + 1 for the guided hike on {date}. Mobile for the day: {mob1}"),
        T("RSVP – store evening {date}\n1. {p1.lf}\n2. {p2.lf}\n3. {p3.lf}\n(dietary: veggie x2)"),
        T("Hi, {p1.first} here, I can't make the repair workshop on {date} after all, please give my place to someone else. ((Sorry!|Thanks.))"),
        T("Guest list, talk with {p1.full} (mountain guide):\n– {p2.full}, {p2.email}\n– {p3.full}, {p3.email}"),
    ],
}

CLEAN = {
    "product_copy": [
        "The {prod.name} weighs less than you'd expect and packs into its own pocket. ((Available in|Now in)) {colour}, sizes XS–XXL, for €{prod.price}.",
        "Made for long days above the tree line: the {prod.short} ((keeps the wind out|breathes on the climb)) and ((dries fast|stays quiet)). Article {prod.sku}.",
        "New for the season: {prod.name} in {colour}. Hunter green is gone from the range; the shade that replaces it is darker.",
        "Wolf-proof? No. Weatherproof? Yes. The {prod.short} has taped seams and a hood that fits over a helmet. From {price}.",
        "Like a baker's dozen of small ideas in one jacket: {prod.name}, {n} pockets, zip garage, ((two-way zip|pit zips)).",
    ],
    "campaign_mail": [
        "Subject: ((May|Spring)) is hut season\n\nPack light, walk far. The {prod.name} is ((10 %|15 %)) off until {date}. Use your member code at checkout.",
        "Your grace period is almost over: the winter prices end on {date}. ((Last chance for|Grab)) the {prod.short} at {price}.",
        "Hi there,\n\nthe {prod.name} is back in {colour}. We've put {n} aside for our newsletter readers. ((Happy trails!|See you out there.))",
        "Free shipping on orders over €{eur} this weekend. No code needed, order by {time} on {date}.",
    ],
    "order_status": [
        "Your order {order} has shipped. Tracking number: {track}. Expected delivery: {date}.",
        "Order {order} – status: ((packed|in transit|at the depot)). Customer number {cust}, reference {phl}.",
        "We've received your return for order {order}. The refund of {price} will be processed within {n} days.",
        "Update for order {order}: the {prod.short} in size {size} is on backorder until {date}. Parcel ID {phl}.",
    ],
    "care_guide": [
        "Wash the {prod.short} at 30 °C, close all zips, no fabric softener. Tumble dry on low for {n} minutes to refresh the DWR.",
        "Merino needs less washing than you think: ((air it overnight|hang it outside for an hour)). If you do wash the {prod.short}, use a wool programme at ((30|20)) °C((, max {n} rpm|)).",
        "Before storing the {prod.name} ((for the summer|after {date})), make sure it's completely dry. ((Hang it loosely|Keep it in the cotton bag)); don't compress down for months.",
        "Repairs: the {prod.short} can go to our partner workshop ((once|up to twice)) under warranty. It needs about {n} working days.",
    ],
    "release_notes": [
        "Shop app {ver} – what's new:\n- ((faster|smarter)) size advisor\n- fixed a crash on the wish list((\n- {prod.short} photos in 3D|))\n- requires iOS ((16|17)) or later",
        "Version {ver} ({date}): the store finder now shows opening times; postcode search accepts {plz} style codes.",
        "Release {ver}\n* checkout: GTIN shown on the packing slip\n* feed: prices rounded to .95\n* known issue: filter by {colour} is slow",
        "Changelog {ver} → {ver2}: new order-status page, tracking link for {track}-style numbers, dark mode.",
    ],
    "supplier_notice": [
        "{co} will collect the pallets on {date} from {time}. Gate 3, please have the delivery notes ready.",
        "Our new label printer comes from {co}. Invoices from {co2} go to accounts as before.",
        "Reminder: the seam-tape shipment from {co} is delayed to {date}. Production of the {prod.short} moves by one week.",
        "{co} – price list {ver} valid from {date}. Minimum order quantity {n} cartons.",
    ],
    "word_names": [
        "Grace period for returns is ((30|60)) days after {date}((, and a wolf whistle from the ridge is not a weather forecast|; the {prod.short} counts too|)).",
        "In May the snow line rises ((quickly|by {n} metres a week)). The hunter green {prod.short} is sold out; the baker ((down the road|in the village)) still sells flapjacks((, open from {time}|)).",
        "Will it rain on {date}? ((Probably.|Almost certainly.)) Pack the {prod.short} and a flask. The mill by the river makes a good turning point((, about {n} km in|)).",
        "A hunter's moon, a long ridge, a short night. The cook at the hut serves dinner at {time}((; breakfast from {time2}|)).",
    ],
}
