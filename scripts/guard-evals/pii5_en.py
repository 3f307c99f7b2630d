"""Fifth PII bank: English templates with personal data. Each genre's list is split by parity
(even positions dev5, odd positions heldout5)."""

from pii5_layouts import chat, fwd_header, quote_header


def Q(who, subj):
    return quote_header(who, subj)


GENRES = {}

GENRES["crm_note"] = [
    "Call with {p1.full} ({p1.company}), {x.date}. Interested in the autumn range for 3 stores. Wants samples sent to {a1.one}. Follow up next {x.weekday}, best reached on {p1.mobile}.",
    "Account: {p1.company}\nContact: {p1.hon} {p1.full}, {p1.title}\nLast touch: {x.date} (email)\nNotes: budget signed off, waiting on PO. {p1.first} prefers WhatsApp over email.",
    "Spoke to {p1.first} at the trade show, she/he runs buying at {p1.company}. Card says {p1.wemail} / {p1.phone}. Asked us to loop in their marketing lead {p2.full}.",
    "Lead owner: {q1.full}\nNext step: demo on {x.date}, {x.time}\n{p2.hon} {p2.last} mentioned they switched from a competitor after shipping issues. Keep it light, no discount talk yet.",
    "{x.date} — inbound call. Caller: {p1.full}, existing customer ({x.customer}). Complained about late delivery to {a1.block}\nOffered free return label. Ask {q1.last} to check the carrier.",
    "Meeting recap: {p1.full} and {p2.full} from {p1.company}. They want co-branded tote bags for the opening on {x.date}. Quote to {p1.wemail} by Friday. cc {q1.first}.",
    "NOTE ({x.date}): {p1.hon} {p1.last} asked to be removed from the phone list but keep email. Updated. Old number {p1.phone} deleted.",
    "Contact: {p1.rev}\nPhone: {p1.landline}\nEmail: {p1.email}\nStatus: warm. Owns two gift shops, one at {a1.one}. Send the wholesale catalogue.",
    "Visited {p1.company} in person. Owner {p1.full} showed us the window display with our {x.product}. Great feedback. Their delivery address has changed to {a1.block}",
    "Follow-up for {p1.first} {p1.last}: no answer on {p1.phone}, left voicemail. Try again {x.weekday} morning, else hand over to {q1.full}.",
    "Renewal risk! {p1.hon} {p1.full} ({p1.title}) said their board is reviewing all suppliers. Ask {q1.last} to prepare numbers. Direct line: {p1.landline}.",
]

GENRES["support_reply"] = [
    ["Hi {p1.first},\n\nthanks for getting back to us. I've issued a replacement for order {x.order}; it will go out to {a1.one} tomorrow.\n\nBest wishes,\n{q9.first}\nCustomer Care\n\n", Q("p1", "Missing item"), "\n> Hi, my parcel arrived without the second mug. Can you help?\n> {p1.first}"],
    ["Dear {p1.hon} {p1.last},\n\nsorry for the wait. Your refund of {x.price} has been processed to the original card.\n\nKind regards\n{q9.full}\n\n", Q("p1", "Refund request " + "{x.order}"), "\n> I returned the jacket three weeks ago and haven't heard anything.\n> Regards, {p1.full}\n> {p1.phone}"],
    ["Hello {p1.first}!\n\nGood news: the size M is back in stock. I've reserved one for you until {x.date}.\n\nCheers, {q9.first}\n\n", Q("p1", "Size M?"), "\n> any chance you'll restock the {x.product} in M? thanks"],
    ["Ticket {x.ticket} — status: solved\n\nAgent reply:\nHi {p1.full}, we've updated your delivery address to {a1.one} as requested. Your next box ships on {x.date}.\n\n", Q("p1", "Change address"), "\n> Please change my address, I've moved. New one is above.\n> Thanks, {p1.first}"],
    ["Hi {p1.first},\n\nI've forwarded this to our warehouse team, {q2.first} will call you on {p1.mobile} to arrange collection.\n\nThanks for your patience,\n{q9.full}\n\n", Q("p1", "Damaged delivery"), "\n> The box was crushed and the lamp is broken. I can send photos."],
    ["Dear {p1.full},\n\nyour warranty claim {x.rma} is approved. Please send the item to our repair partner: {a2.block}\n\nBest,\nThe support team\n\n", Q("p1", "Zip broken"), "\n> The zip on my backpack broke after 4 months."],
    ["Hi again {p1.first} — just following up, did the replacement arrive? If not, reply here or ring us.\n\n{q9.first}\n\n", Q("p1", "Replacement"), "\n> Thanks {q9.first}, I'll keep an eye out.\n> Sent from my iPhone"],
    ["Hello {p1.hon} {p1.last},\n\nwe can't find an order under {p1.email}. Could you check whether you used another email address at checkout?\n\nKind regards,\n{q9.full}\nHelp Centre\n\n", Q("p1", "Where is my order?"), "\n> Ordered on {x.date}, nothing yet."],
    ["Thanks {p1.first}! I've cancelled order {x.order} and you'll see the money back in 3–5 working days.\n\nAll the best\n{q9.first}\n\n", Q("p1", "Cancel please"), "\n> Hi, I ordered twice by mistake, please cancel one.\n> {p1.full}\n> {a1.block}"],
    ["Dear {p1.first},\n\nour courier tried to deliver twice. Would a neighbour at {a1.line} be able to accept it?\n\nWarmly,\n{q9.full}\n\n", Q("p1", "Delivery attempt"), "\n> I'm at work during the day. Can it go to a parcel shop?"],
    ["Hi {p1.first},\n\nno worries at all. I've added a note to your account so the team knows to call {p1.landline} before delivery.\n\nSpeak soon,\n{q9.first}\n\n", Q("p1", "Deliveries"), "\n> Our doorbell doesn't work, please ask the driver to phone first."],
]

GENRES["email_forward"] = [
    ["FYI, see below. Can you pick this up?\n\n", fwd_header("Wholesale enquiry"), "\n\nHello, we run a small shop in {a1.city} and would love to stock your candles. Please call me on {p1.phone}.\n{p1.first}"],
    ["Forwarding as discussed — this is the influencer we talked about.\n\n", fwd_header("Collab?"), "\n\nHi team! I'd love to feature your new range in my autumn stories. Rates attached.\nxx {p1.first}"],
    ["{p2.first}, over to you.\n\n", fwd_header("Invoice query"), "\n\nDear accounts,\nour invoice {x.invoice} is still unpaid. Please remit to {iban1}.\nKind regards\n{p1.full}"],
    ["", fwd_header("Press request"), "\n\nHi there, I'm writing a piece on sustainable homeware for the weekend supplement. Could someone send me samples? Address: {a1.one}\nThanks, {p1.full}"],
    ["Looping you in for the event.\n\n", fwd_header("Venue"), "\n\nHi all, the venue contact is {q1.full}, mobile {ph1}. Load-in from {x.time}."],
    ["see below — complaint escalated by {p2.first}\n\n", fwd_header("Complaint " + "{x.ticket}"), "\n\nThis is the third time my order has gone to the wrong address. It should go to {a1.block}\n{p1.full}"],
    ["Not sure who owns this, forwarding.\n\n", fwd_header("Stock list"), "\n\nHi, attached is our updated stock list. Any questions, ring me on {p1.landline}.\nCheers, {p1.first}"],
    ["Can we reply by Friday?\n\n", fwd_header("Partnership"), "\n\nDear {p2.hon} {p2.last},\nfollowing our call, I'm happy to confirm the pop-up dates. Regards, {p1.full}, {p1.title}"],
    ["FYI\n\n", fwd_header("Lost parcel"), "\n\nHi, tracking {x.tracking} says delivered but nothing arrived. {p1.first}"],
    ["Handing this to you while I'm away.\n\n", fwd_header("Samples"), "\n\nHiya, please send two sets of samples to our studio, {a1.one}. Ta, {p1.first}"],
]

GENRES["review"] = [
    "★★★★★ Absolutely love the {x.product}. Wore it all week in the rain and stayed dry.\n— {p1.lastinit}, {a1.city}",
    "\"Quick delivery and the packaging was plastic-free. Will order again!\"\n{p1.full}, verified buyer",
    "Great quality, runs a bit small. I'd size up.\nReviewed by {p1.first} on {x.date}",
    "5/5 – bought this for my husband's birthday and he hasn't taken it off since. Thanks to {q1.first} in customer service for sorting the gift wrap!\n{p1.full}",
    "Review by {p1.init} ({a1.city}): Sturdy, good looking and the colour is exactly like the photos.",
    "Testimonial for the website:\n\"We've stocked their range for two years now and our customers keep coming back for more.\"\n— {p1.full}, {p1.title}, {p1.company}",
    "{p1.upper} ★★★☆☆\nNice design but the strap broke after a month. Customer service was quick though.",
    "Posted by {p1.lower}: honestly the comfiest hoodie I own lol",
    "\"The team went above and beyond for our wedding favours.\" – {p1.full} & {p2.full}",
    "4 stars. Lovely scent, burns evenly. Only gripe is the price. – {p1.first} from {a1.city}",
    "Customer quote (approved for use by {p1.hon} {p1.last}): \"Best customer service I've had in years.\"",
]

GENRES["partner_brief"] = [
    "Creator brief — autumn campaign\nTalent: {p1.full} ({x.handle})\nManager: {p2.full}, {p2.wemail}\nDeliverables: 3 stories, 1 reel. Ship product to {a1.block}",
    "Partner: {p1.company}\nMain contact: {p1.hon} {p1.full}\nPhone: {p1.phone}\nGoal: in-store display for the {x.product} launch on {x.date}. Please avoid mentioning price.",
    "Influencer shortlist for the spring drop:\n1. {p1.full} — home & lifestyle, 48k\n2. {p2.full} — outdoors, 120k\n3. {p3.full} — family, 30k\nReach out via their agents first.",
    "Brief for {p1.first}:\nHey {p1.first}! Super excited to work with you. Could you post from {x1.date}? Samples go out via courier to {a1.one}. Any questions ping {p2.first} on {p2.mobile}.",
    "Ambassador programme — new sign-up\nName: {p1.full}\nHandle: {x.handle}\nEmail: {p1.email}\nShipping: {a1.block}\nSizes: M / 38",
    "PR gifting list (do not share):\n- {p1.full}, {a1.one}\n- {p2.full}, {a2.one}\n Note: {q3.last} asked not to receive plastic packaging.",
    "Talent contact sheet\nTalent: {p1.upper}\nAgent: {p2.full} at {p2.company}\nAgent phone: {p2.landline}\nUsage rights: 6 months organic.",
    "Notes from call with the agency ({p1.full}): they want the creator to mention the discount code only once. Invoice to {p1.wemail}, paid to {iban1}.",
    "Co-marketing brief with {p1.company}\nTheir lead: {p1.full} ({p1.title})\nOur lead: {q2.full}\nLaunch window {x.date}. Messaging: cosy, local, handmade.",
    "Hi {p1.first}, here's the brief for the shoot. Call time {x.time} at our studio, {a1.one}. {q2.first} will meet you at reception.",
]

GENRES["lead_list"] = [
    "Leads from the {x.date} trade show, please qualify by end of week:\n\n{L.leads}",
    "{L.leads}",
    "Export: CRM > Contacts > Segment 'Retail UK'\n{L.leads}\n(rows exported by {q1.first})",
    "Hi {p1.first}, here's the list you asked for. Only reach out to the ones marked warm.\n\n{L.leads}\nCheers, {q2.first}",
    "B2B prospects — hospitality\n\n{L.leads}",
    "Wholesale accounts to call before the price change:\n{L.leads}",
    "Pasted from the spreadsheet:\n{L.leads}",
    "Webinar registrants ({x.date})\n{L.leads}\nTotal: {x.qty}",
    "Contacts for the regional reps — north\n\n{L.leads}\nPlease update the sheet once called.",
    "Old list from the previous agency, check GDPR consent before using:\n{L.leads}",
]

GENRES["returns_form"] = [
    "RETURN REQUEST\nOrder number: {x.order}\nName: {p1.full}\nEmail: {p1.email}\nReason: too small\nRefund or exchange: exchange for L",
    "Returns form — please fill in and pop it in the parcel\nFull name: {p1.full}\nAddress: {a1.block}\nPhone: {p1.phone}\nItem(s): {x.product} × 1\nReason code: 03",
    "RMA {x.rma}\nCustomer: {p1.rev}\nCollection from: {a1.one}\nCollection date: {x.date}\nCondition: unused, tags on",
    "Return label request\nFrom: {p1.full}\n{a1.block}\nTo: Returns Centre, Unit 4\nWeight: 1.2 kg",
    "Hi, I'd like to return order {x.order}. The colour isn't what I expected. Please refund to my card. {p1.full}, {p1.mobile}",
    "Return reason survey\nOrder: {x.order}\nCustomer email: {p1.email}\nReason: arrived damaged\nComments: box was wet. Driver left it at {a1.line}.",
    "EXCHANGE FORM\nName: {p1.hon} {p1.full}\nOriginal size: 10  New size: 12\nSend the new one to: {a1.one}",
    "Returns log {x.date}\n{x.rma} | {p1.full} | refund | {x.price}\n{x2.rma} | {p2.full} | exchange | —",
    "Return authorised for {p1.first} {p1.last} (order {x.order}). Refund {x.price} to {card1}. Note: customer asked for a call on {p1.phone} once processed.",
    "Please collect from my workplace instead: {p1.full}, c/o {p1.company}, {a1.one}. Thanks!",
]

GENRES["delivery_note"] = [
    "DELIVERY NOTE\nOrder {x.order} — {x.date}\nDeliver to:\n{p1.full}\n{a1.block}\nTel. {p1.phone}\n\n1 × {x.product}\n2 × gift wrap",
    "Driver instructions: leave with neighbour {q1.first} at no. {x.qty} if {p1.hon} {p1.last} is out. Address: {a1.one}",
    "Packing slip\nShip to: {p1.upper}\n{a1.block}\nItems: {x.qty}\nNote from customer: \"Please don't ring, baby sleeping!\"",
    "Order confirmed for {p1.full}. Estimated delivery {x.date} between {x.time} and 6 pm. We'll text {p1.mobile} with a one-hour window.",
    "Consignment {x.tracking}\nRecipient: {p1.full}\nDelivery address: {a1.line}\nSigned for by: {p2.lastinit}",
    "Gift order — ship to recipient:\n{p2.full}\n{a1.block}\nGift message: \"Happy birthday {p2.first}! Love, {p1.first}\"",
    "Click & collect reminder for {p1.first}: your order {x.order} is ready at our shop. Bring this email or your ID.",
    "Delivery failed ({x.date}). Customer {p1.full} not at home, card left. Re-delivery booked; customer will call back on {p1.landline}.",
    "Dispatch list {x.date}\n{x.order}  {p1.full}  {a1.one}\n{x2.order}  {p2.full}  {a2.one}",
    "Hi {p1.first}, your parcel is on its way! It'll arrive at {a1.one} tomorrow. Track it with {x.tracking}.",
]

GENRES["invoice"] = [
    "INVOICE {x.invoice}\nDate: {x.date}\n\nBill to:\n{p1.full}\n{a1.block}\n\n1 × {x.product}   {x.price}\nPayment: bank transfer to {iban1}",
    "Invoice for services — photography\nFrom: {p1.full}, {a1.one}\nTo: {q2.company}\nAmount due: {x.price}\nPlease pay to: {iban1}\nEmail: {p1.email}",
    "Tax invoice {x.invoice}\nCustomer: {p1.hon} {p1.full}\nDelivery address: {a1.one}\nPaid by card ending {x.last4}\nThank you for shopping with us!",
    "Statement for {p1.rev}\nAccount {x.customer}\nOpening balance 0.00\nInvoice {x.invoice}  {x.price}\nQueries: {p2.full}, {p2.landline}",
    "Re: Invoice {x.invoice}\n\nHi {p1.first}, please find our invoice attached. Payment terms 30 days. Bank: {iban1}.\nThanks, {p2.full}",
    "Freelance invoice\n{p1.upper}\n{a1.block}\n{p1.phone}\n\nBilled to {p1.company}\nCopywriting, 3 days: {x.price}",
    "Pro forma {x.invoice}\nConsignee: {p1.full}, {a1.one}\nContact: {p1.wemail}",
    "INVOICE\nSupplier: {p1.full} (sole trader)\nBank: {iban1}\nClient: {q2.company}\nService: pop-up styling {x.date}",
    "Credit note {x.invoice} issued to {p1.hon} {p1.last} for returned item {x.sku}. Refund to card {card1}.",
    "Invoice address changed for customer {x.customer}: now {p1.full}, {a1.block}",
]

GENRES["guest_list"] = [
    "Guest list — store opening {x.date}\n\n{L.guests}",
    "{L.guests}\n\nPlus-ones confirmed by {q1.first}.",
    "Press evening RSVPs:\n{L.guests}",
    "Hi {p1.first}, final list for the door below. VIPs get the tote.\n\n{L.guests}",
    "Autumn supper club — seating\n{L.guests}\nDietary: see notes",
    "Workshop attendees ({x.date}, {x.time})\n{L.guests}",
    "Launch party — confirmed\n{L.guests}\nWaitlist: {p2.full}, {p3.full}",
    "Partner breakfast guest list (internal)\n{L.guests}",
    "{x.date} Christmas market stall helpers\n{L.guests}",
    "Customer panel — participants\n{L.guests}\nVouchers sent by {q1.full}",
]

GENRES["minutes"] = [
    "Weekly marketing sync — {x.date}\nAttendees: {p1.full}, {p2.full}, {p3.full}\nApologies: {p4.first}\n\nActions:\n- {p1.first}: brief the agency by {x.weekday}\n- {p2.lastinit} to check stock levels",
    "MINUTES – Q3 planning\nPresent: {p1.init}, {p2.init}, {p3.full}\n1. Budget: approved.\n2. Pop-up: {p3.first} to book the venue.\nAP: {p1.last} to send deck.",
    "Meeting notes ({x.date})\nChair: {p1.full}\nNotes: {p2.full}\n\n- Returns rate up 4%\n- ACTION {p2.first}: talk to warehouse\n- ACTION {q3.last}: update FAQ",
    "Retro notes\nWho: {p1.lfirst}, {p2.lfirst}, {p3.lfirst}\nWhat went well: launch email\nTo improve: image approvals\nNext steps: {p1.lfirst} owns the checklist",
    "Call with {p1.company}: {p1.full}, {p2.full} (them); {q3.full} (us)\n- They want exclusivity in {a1.city}\n- Follow up: {q3.first} sends proposal",
    "Sales huddle\nAttendees:\n* {p1.full}\n* {p2.full}\n* {p3.full}\nTODO: {p2.first} to call back {p4.hon} {p4.last} about the bulk order",
    "Board minutes (extract)\nPresent: {p1.hon} {p1.full} (Chair), {p2.hon} {p2.full}\nItem 4: new warehouse lease at {a1.one} approved.",
    "Standup {x.date}\n{p1.first}: finishing product copy\n{p2.first}: out sick\n{p3.first}: blocked on photos from {q4.full}",
    "Workshop notes — brand voice\nFacilitator: {p1.full}\nParticipants: {p2.full}, {p3.full}, {p4.full}\nOutcome: three tone pillars. Owner: {p2.last}",
    "Agency catch-up\nThem: {p1.full} (account director), {p2.full}\nUs: {q3.full}\nActions: {p1.first} -> revised timeline by {x.date}",
]

GENRES["chat_export"] = [
    chat("p1: morning! has anyone heard from the courier?\np2: yes, {q3.first} called, they're running late\np1: ok thanks\np2: I'll update the customer, {q4.full}, she ordered the big mirror"),
    chat("p1: @{p2.first} can you send me the supplier's number?\np2: sure it's {ph1}\np1: legend"),
    chat("p1: new address for the showroom samples: {a1.one}\np2: noted 👍\np3: I'll tell {q4.first} in the warehouse"),
    chat("p1: customer on the phone wants to speak to a manager\np2: who is it?\np1: {q3.hon} {q3.last}, order {x.order}\np2: put her through"),
    chat("p1: anyone know the login for the ads account?\np2: ask {q3.first}, she set it up\np1: she's off till monday\np2: then email {role1}"),
    chat("p1: Hi! Just checking my order, it's under {p1.email}\np2: Hi {p1.first}, thanks! It shipped this morning 📦\np1: amazing thank you"),
    chat("p1: reminder the photographer arrives at {x.time}\np2: which one, {q3.full}?\np1: yep\np3: I'll meet them at reception"),
    chat("p1: can u send me the invoice again pls\np2: sent to {p1.email} just now\np1: got it cheers"),
    chat("p1: heads up: {q3.full} from {q3.company} will call about the pop-up\np2: ok, what's their number in case I miss it?\np1: {ph1}"),
    chat("p1: Good morning team!\np2: morning\np3: morning, I'm WFH today\np1: no worries {p3.first}, dial in on the usual link"),
]

GENRES["social"] = [
    "{p1.full}\nOmg I need this in every colour 😍 @{p2.first} look!!\n\n{p2.full}\nhaha adding it to my wishlist",
    "Comment from {p1.full}: \"Ordered 2 weeks ago and still nothing. Not impressed.\"\nReply from shop: Hi {p1.first}, so sorry! Please DM us your order number and we'll sort it.",
    "DM from {x.handle} (display name: {p1.full})\nhey! is the discount still on? also do you ship to {a1.city}?",
    "{p1.first} liked your post\n{p2.full} commented: \"This is gorgeous\"\n{p3.full} started following you",
    "Top comments:\n{p1.lower}: where is this from?!\n{p2.lower}: same question\nShop: link in bio!",
    "Reply to {p1.full}: Thanks for tagging us! Could we repost your photo? We'll credit you.",
    "Instagram DM\n{p1.first}: hi, I'm a small creator, would love to collaborate\nShop: Hi {p1.first}! Please email {role1} with your media kit",
    "Facebook review by {p1.full} · 5 ★\nFriendly staff, lovely shop. {q2.first} helped me choose a present for my mum.",
    "{p1.full} replied to your story: \"where did you get the blue one?\"",
    "Thread under our launch post:\n{p1.full}: Will this come back in green?\n↳ Shop: Yes! Sign up for restock alerts.\n{p2.full}: Need the XL please",
]

GENRES["press_contact"] = [
    "PRESS CONTACT\n{p1.full}\nHead of Communications\n{p1.wemail}\n{p1.phone}",
    "For media enquiries please contact {p1.full} ({p1.wemail}) or our agency, {p2.full} at {p2.company}, {p2.landline}.",
    "Notes to editors\nImages available on request. Contact: {p1.hon} {p1.last}, {p1.phone}, {p1.wemail}",
    "Job posting — Visual Merchandiser (f/m/d)\nApply by {x.date}. Questions? Contact {p1.full}, {p1.title}, on {p1.landline}.",
    "Media contact:\n{p1.upper}\nM: {p1.mobile}\nE: {p1.wemail}",
    "Press office\n{p1.full} | {p2.full}\n{role1}\n{a1.block}",
    "We're hiring! Send your CV and a short note to {p1.wemail}, FAO {p1.full}.",
    "ENDS\n\nAbout us: independent homeware brand founded in {a1.city}.\nContact: {p1.full}, {p1.mobile}",
    "Interview requests: please go through {p1.full}, our PR lead, reachable at {p1.wemail} until {x.date}.",
    "Careers: for questions about the role, call {p1.hon} {p1.last} on {p1.landline} (Mon–Thu).",
]

GENRES["voicemail"] = [
    "Voicemail transcript ({x.time}): \"Hi, this is {p1.full} calling about order {x.order}. Could someone call me back on {p1.phone}? Thanks.\"",
    "VM from {p1.phone} — \"Hello, it's {p1.first} from {p1.company}, just confirming tomorrow's delivery. Bye!\"",
    "New voicemail\nFrom: {p1.full}\nDuration: 0:42\nTranscript: hi it's me again, still waiting on the refund, my number's {p1.mobile}",
    "Transcription (may contain errors): \"Good morning, my name is {p1.hon} {p1.last}, I live at {a1.one}, and my parcel was left outside in the rain.\"",
    "Missed call + voicemail: {p1.first} {p1.last} wants to change the delivery to {a1.one}. Call back {p1.landline}.",
    "Voicemail 3/5 — \"yeah hi it's {p1.lfirst}, just ring me back when you can, cheers\" — number withheld",
    "Message left for {q2.full}: {p1.full} from {p1.company} called, please ring {p1.phone} before {x.time}.",
    "VOICEMAIL\nCaller ID: {p1.phone}\n\"Hi, {p1.full} here, I saw your ad and want to book a table at the market. Please email me at {p1.email}.\"",
    "Transcript: \"Hello, this is a message for {p2.hon} {p2.last}. It's {p1.full} from the bank about the transfer. Call {p1.landline}.\"",
    "Recorded {x.date} {x.time}. \"Hiya it's {p1.first}, the driver's at the wrong house, we're at {a1.line}\"",
]

GENRES["warranty"] = [
    "WARRANTY REGISTRATION\nProduct: {x.product}\nSerial: {x.sku}\nPurchase date: {x.date}\nOwner: {p1.full}\nEmail: {p1.email}\nAddress: {a1.one}",
    "Thank you for registering your product, {p1.first}! Your 5-year guarantee is now active. Registered address: {a1.block}",
    "Guarantee claim\nName: {p1.hon} {p1.full}\nPhone: {p1.phone}\nFault: stitching came loose\nProof of purchase: attached",
    "Registration {x.rma} — {p1.rev} — {p1.email} — {x.date}",
    "Warranty card (scanned)\nName: {p1.upper}\nAddress: {a1.line}\nTown: {a1.city}\nTel: {p1.landline}",
    "Extended warranty purchased by {p1.full} for {x.price}. Paid with card {card1}.",
    "Hi, I registered my kettle last year but moved house. New address: {a1.one}. Thanks, {p1.full}",
    "Claim notes: customer {p1.full} sent photos. Approved by {q2.first}. Ship replacement to {a1.block}",
    "Product registration form\nFirst name: {p1.first}\nSurname: {p1.last}\nMobile: {p1.mobile}\nWhere did you buy it? {x.company}",
    "Warranty ref {x.rma}: {p1.hon} {p1.last} reports the lid hinge cracked. Contact via {p1.email}.",
]

GENRES["signup_export"] = [
    "Newsletter sign-ups, last 7 days:\n{L.signups}",
    "{L.signups}",
    "Export from the pop-up form ({x.date}):\n{L.signups}",
    "Double opt-in log\n{L.signups}\n-- end of export --",
    "Competition entries (winner drawn {x.date}):\n{L.signups}",
    "Hi {p1.first}, these came in through the landing page. Can you add them to the welcome flow?\n\n{L.signups}",
    "Waitlist — {x.product}\n{L.signups}",
    "Raw export, do not forward:\n{L.signups}",
    "Sign-ups from the in-store tablet\n{L.signups}\nSynced by {q1.first}",
    "Unsubscribes to process:\n{L.signups}",
]

GENRES["structured"] = [
    "{L.structured}",
    "Webhook payload (order.created):\n{L.structured}",
    "Here's the raw record from the API, the name looks wrong:\n{L.structured}",
    "{L.structured}\n\n-- debug output, delete before publishing",
    "Customer record:\n\n{L.structured}",
    "Failed import row ({x.date}):\n{L.structured}",
    "Sample payload for the dev team:\n{L.structured}",
    "From the support tool (ticket {x.ticket}):\n{L.structured}",
    "Zapier step output\n{L.structured}",
    "CRM sync error — record below\n{L.structured}",
]

GENRES["informal_note"] = [
    "note to self: call {q1.lfirst} re samples. {q2.llast} wants the blue ones not green",
    "remember!! {p1.lfirst}'s new number is {p1.mobile}",
    "pick up parcel for {q1.lower} from the post office, ref {x.tracking}",
    "ask {q1.last} about the shelf brackets, and tell {q2.first} the van is booked for {x.weekday}",
    "todo\n- email {p1.email} back\n- order more tape\n- {q2.lfirst} bday card!!",
    "sticky note on the till: mrs {q1.llast} will collect her order after 4, it's paid",
    "{q1.lfirst} popped in, left her address for the catalogue: {a1.one}",
    "quick one - {p1.lfirst} {p1.llast} rang, wants a callback, {p1.phone}",
    "reminder: drop the prints round to {q1.first}'s on {a1.line} before the weekend",
    "don't forget {q1.full}'s leaving do on {x.weekday}!! collection in the kitchen",
]

GENRES["signature"] = [
    "Thanks so much,\n{p1.full}\n{p1.title} | {p1.company}\nM {p1.mobile}\n{p1.wemail}",
    "Best regards\n\n{p1.upper}\n{p1.title}\n{a1.block}\nT: {p1.landline}",
    "--\n{p1.full}\n{p1.company}\n{a1.one}\n{p1.phone} · {p1.wemail}",
    "Cheers,\n{p1.first}\n\n{p1.full} | {p1.title}\nDirect: {p1.landline}",
    "Kind regards,\n{p1.hon} {p1.full}\nPronouns: she/her\n{p1.wemail}",
    "Warmly,\n{p1.first}\n—\n{p1.full}, Founder\n{a1.one}\nSent from my iPhone",
    "All the best,\n{p1.init}\n{p1.company} · {p1.phone}",
    "Many thanks\n{p1.full}\nOffice: {p1.landline} | Mobile: {p1.mobile}\nPlease consider the environment before printing this email.",
    "Regards,\n{p1.mid}\n{p1.title}\n{p1.company}\n{a1.block}",
    "Speak soon!\n{p1.first} x\n\n{p1.full}\nCommunity & Events\n{p1.wemail}\n(I work Tue–Thu)",
]

GENRES["payment"] = [
    "Payment details for the supplier account:\nAccount holder: {p1.full}\nIBAN: {iban1}\nReference: {x.invoice}",
    "Hi, could you charge the deposit to my card? {card1}, exp {x.expiry}. Name on card: {p1.upper}. Thanks!",
    "Refund request: please pay back to {p1.full}, {iban1}. Order {x.order}.",
    "Payout settings updated by {p1.full} on {x.date}: IBAN {iban1}, login from IP {ip1}.",
    "Chargeback notice\nCardholder: {p1.full}\nCard: {card1}\nAmount: {x.price}\nReason: item not received",
    "Fraud check flagged: order {x.order}, billing name {p1.full}, IP {ip1} (country mismatch), card {card1}.",
    "Please find my bank details for the commission: {p1.full}, {iban1}. Thanks, {p1.first}",
    "Direct debit mandate\nDebtor: {p1.full}\nAddress: {a1.one}\nIBAN: {iban1}\nSigned: {x.date}",
    "Card on file updated for {p1.hon} {p1.last}: {card1}. New billing address {a1.one}.",
    "Split payment: {p1.full} paid {x.price} by card {card1}; {p2.full} will transfer the rest from {iban1}.",
    "Affiliate payout — creator {p1.full}, German tax ID {taxid1}, IBAN {iban1}, payout {x.price}.",
    "Contractor onboarding (Berlin studio)\nName: {p1.full}\nSteuer-ID: {taxid1}\nIBAN: {iban1}\nStart date: {x.date}",
]

GENRES["address_change"] = [
    "Hi, I've moved! Please update my address from {a1.one} to {a2.one}. {p1.full}",
    "Change of details request\nCustomer: {p1.hon} {p1.full}\nNew phone: {p1.mobile}\nNew email: {p1.email}",
    "Account update — {x.date}\nName changed from {p1.full} to {p1.first} {p2.last} (marriage)\nDelivery address: {a1.block}",
    "Please note our new office address from next month: {a1.one}. Contact for deliveries is {p1.full} on {p1.landline}.",
    "Customer {x.customer} asked to add a second delivery address: {p1.full}, {a1.one} (her mum's).",
    "Hi team, can you change the contact on our account from {q1.full} to {p2.full} ({p2.wemail})? Thanks, {p3.first}",
    "Update my details please:\nName: {p1.full}\nOld address: {a1.line}\nNew address: {a2.block}",
    "Moving house form\nFull name: {p1.rev}\nMoving date: {x.date}\nNew address: {a2.one}\nPhone: {p1.phone}",
    "GDPR: please correct the spelling of my name to {p1.full} and remove my old number {p1.landline}.",
    "Re: your account\nDear {p1.hon} {p1.last}, we've updated your billing address to {a1.block}\nRegards, Accounts",
]

GENRES["handover"] = [
    "Out of office until {x.date}. For urgent matters please contact {p1.full} ({p1.wemail}, {p1.phone}).",
    "Handover notes — while I'm on leave:\n- Supplier calls go to {p1.full}\n- {q2.hon} {q2.last}'s order is pending, don't chase\n- Keys are with {p3.first}",
    "I'm away until {x1.date} with limited access to email. {p1.first} {p1.last} is covering: {p1.landline}.",
    "Thanks for your email. I'm currently on parental leave. Please contact my colleague {p1.hon} {p1.full} at {p1.wemail}.",
    "Shift handover {x.date}\nOpen tickets: 4\nCallbacks: {q1.full} ({ph1}), {q2.full} ({ph2})\nNotes: till 2 short of change",
    "Auto-reply: I've left the company. {p1.full} has taken over my accounts, reach them on {p1.mobile}.",
    "Cover plan for the pop-up\nMon: {p1.full}\nTue: {p2.full}\nWed: {p3.full}\nEmergency: {p1.phone}",
    "OOO — back on {x.weekday}. Press: {p1.full}. Orders: {role1}.",
    "Handover to {p1.first}: the {q2.company} account is yours now. Their contact is {q2.full}, based at {a1.one}.",
    "Hi, I'm out today. If it's about the photoshoot, speak to {p1.full} or call the studio on {ph1}.",
]
