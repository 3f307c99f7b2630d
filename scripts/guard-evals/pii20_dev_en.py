"""English templates of the twentieth PII bank, dev half."""

from pii20_dev_layouts import layout_genres

P = "prose"

CRM_NOTE = [
    "((Called|Spoke to)) «p1.full» re order «order». ((Wants|Would like)) the «short» in «size» instead. Follow up «date».",
    "Note ((«date»|today)): «p1.hon» «p1.last» rang again about the refund. ((Promised a reply by Friday.|Escalated to «p2.first».))\nCallback: «ph1»",
    "Account owner: «p2.full»\nContact: «p1.full» (buyer, «p1.wmail»)\n((Interested in a club discount for 12 jackets.|Asked for a quote on «prod».))",
    "«p1.first» from the climbing gym in «a1.town» ((dropped by|emailed)) – keen on a display of «short» packs. ((Number|Mobile)): «ph1». «p2.first» to send samples.",
    "CRM / «cust»\n«p1.lf» – complained that the «short» zip broke after two hikes. ((Offered repair.|Offered a voucher.)) Ship to «a1.line».",
]
SUPPORT = [
    "Hi «p1.first»,\n\nthanks for getting in touch about order «order». ((I've|We've)) booked a courier collection from «a1.line» for «date».\n\nBest,\n«p2.first»\nTalgrat Customer Care",
    "Dear «p1.hon» «p1.last»,\n\nI'm sorry the «prod» arrived ((damaged|in the wrong size)). A replacement goes out today; tracking «track».\n\nKind regards\n«p2.full»",
    "Hello,\nmy name is «p1.full» and I ordered ((two|three)) pairs of «short» socks on «date». ((Nothing has arrived yet.|Only one pair came.)) Could you ring me on «ph1»?\nThanks",
    "Dear Talgrat team,\n\nplease change the delivery address of «order» to\n«a1.two»\n\nMany thanks,\n«p1.full»",
    "Hi there – «p1.first» here again. ((Still|I'm still)) waiting for the refund of «price». My email is «p1.email» if that helps. Cheers",
]
REPLY_CHAIN = [
    "Thanks «p1.first», that works.\n\nOn «date», «p1.full» <«p1.email»> wrote:\n> Could you send the exchange to my work address instead?\n> «a1.line»",
    "Sounds good!\n\n-----Original Message-----\nFrom: «p1.full»\nSent: «date» «time»\n> Hi «p2.first», the jacket is fine, only the hood cord is missing.",
    "> > Can someone call «p1.hon» «p1.last» back on «ph1»?\n> Done, «p1.he» wants a refund.\nOk, refund issued. –«p2.first»",
    "Looping in «p2.full» from logistics.\n\n> From: «p1.full»\n> My parcel («track») went to «a1.street» but I live at number ((12|4|27)) now.",
]
REVIEW = [
    "★★★★★ Best rain shell I've owned. Kept me dry on the Cuillin ridge.\n— «p1.full», «a1.town»",
    "\"The «short» fits perfectly and the pockets are huge.\" – «p1.fi»",
    "((Great|Solid)) socks, no blisters after 30 km. ((Would buy again.|Ordering a second pair.))\n«p1.first» from «a1.town»",
    "Reviewed by «p1.il» on «date»: ((Runs a bit small, size up.|Warm, light, packs tiny.)) ★★★★☆",
    "«p1.full» ((writes|says)): \"I wore the «short» for the whole West Highland Way and it still looks new.\"",
]
SIGNATURE = [
    "Best regards,\n«p1.full»\nBuyer, Outdoor & Trail\n«company»\nT «ph1» | «p1.wmail»",
    "--\n«p1.caps»\nHead of Retail Partnerships\nM: «ph1i»\n«a1.line»",
    "Cheers,\n«p1.first»\n\n«p1.full» | Content Lead\n«p1.wmail»\nSent from my iPhone",
    "Kind regards\n\n«p1.full»\nFreelance photographer\n«ph1» · «p1.email»\nStudio: «a1.street»",
]
COPY_BRIEF = [
    "Brief: autumn lookbook\nOwner: «p1.full»\nCopy: «p2.full» (due «date»)\nProducts: «short», «short2»\nTone: warm, no hype.",
    "For the «short» launch we need 3 headlines. «p1.first» will approve, ((send drafts to|cc)) «p1.wmail». Model in the shoot is «p2.full» – please credit «p2.him».",
    "Newsletter brief – ((winter|spring)) edition. Interview with mountain guide «p1.full» («p1.he» agreed to be quoted by name). Photos by «p2.full».",
    "Agency brief\n- contact at Talgrat: «p1.full», «ph1»\n- word count: 120\n- mention «prod» and the PFC-free DWR\n- no urgency claims",
]
TEAM_CHAT = [
    "«p1.handle» can you check the return from «p2.lower»? ((looks like|seems) the wrong size again",
    "[«time»] «p1.lfirst»: anyone seen the samples for «p2.lfirst»?\n[«time2»] «p3.lfirst»: on the shelf by the door",
    "«p1.handle» fyi «p2.full» called, wants a callback on «ph2» before 5",
    "lol «p1.lfirst» the customer literally signed the review \"«p2.fi»\" – ((can we use it?|ok to quote?))",
    "ok who's handling «p2.lower»'s exchange? «p1.handle» you had it last week right?",
]
CUSTOMER_CHAT = [
    "Agent: Hi, you're chatting with «p1.first». How can I help?\nVisitor: hi, order «order» hasn't shipped\nAgent: Can I have the name on the order?\nVisitor: «p2.full»",
    "Visitor: my email is «p2.email»\n((Agent («p1.first»)|Agent (bot)|«p1.first»)): Thanks! I can see two orders under that address.",
    "«p2.lfirst»: hey, can you deliver to my office? «a2.line»\n«p1.first» (Talgrat): Sure, I've updated it.",
    "Customer: I'd like to pay the rest by card\nAgent: we can't take card numbers in chat, please don't post it\nCustomer: oh ok, I'm «p2.full», call me on «ph2»",
]
CALL_NOTE = [
    "Call «date» «time», «p1.full» («ph1»): ((wants|asking for)) an exchange of «short» M → L. Said «p1.he»'ll drop it at the store.",
    "Inbound call. Caller gave name as «p1.hon» «p1.last». Issue: delivery left with neighbour at «a1.street». Resolved.",
    "Voicemail from «p1.first» at «time»: \"Hi, it's about my return, please ring me on «ph1».\" ((Called back, no answer.|Sent SMS.))",
    "Call log\n- caller: «p1.full»\n- number: «ph1»\n- topic: ((refund|repair|sizing))\n- agent: «p2.first»",
]
ORDER_NOTE = [
    "Order «order» – gift wrap, card to read \"Happy birthday «p2.first»!\" Deliver to «p1.full», «a1.line».",
    "Return note «order»: customer «p1.full» returned 1x «prod», reason ((too tight|colour)). Refund to card ending ((4411|0392)).",
    "Please leave the parcel ((in the porch|with the neighbour at no. 14)). – «p1.first»\nDelivery: «a1.two»",
    "Exchange for «p1.lf», «short» size «size». New address on file: «a1.street».",
]
MENTION = [
    "«p1.full» and «p2.full» will run the stand at the fair; the new «short» samples go with them.",
    "We should ask «p1.full» whether the photos from the ((Dolomites|Lakes)) trip can go in the lookbook.",
    "The feedback from «p1.first» was blunt but fair: the hip belt of the «short» slips when the pack is full.",
    "«p1.full» tested the jacket in Scotland for three weeks, and «p2.first» has written up the notes.",
    "Last year «p1.full» won the photo contest; this year the jury is «p2.full», «p3.full» and someone from the magazine.",
]
GEAR_RENTAL = [
    "Rental agreement «order»\nRenter: «p1.full»\nID checked: yes\nItems: «short» pack, 2 poles\nReturn by «date» to the «town» store. Deposit «price».",
    "Hi «p1.first», your rental of the «short» is confirmed for «date». Please bring photo ID. Questions? Call us – we've got your number as «ph1».",
    "Rental return: «p1.hon» «p1.last» brought back the tent ((one day late|with a torn guyline)). Deposit refunded to «iban»?",
    "Gear hire request from «p1.full» («p1.email»): 3 nights, 2 adults, sizes M and L. Pick-up in «a1.town».",
]
LOST_PROPERTY = [
    "Found in fitting room 2 on «date»: a blue wallet with a bank card in the name of «p1.full». ((Kept at the till.|In the safe.))",
    "Lost property log\nItem: phone, black\nClaimed by: «p1.full», «ph1»\nDate: «date»",
    "A customer, «p1.hon» «p1.last», rang to say «p1.he» left a glove in the Leeds store. Please call back on «ph1».",
    "Someone left their glasses case at the demo day – the label inside says «p1.full», «a1.street». Anyone know them?",
]
HIKE_SIGNUP = [
    "Guided hike, «date»: sign-ups so far\n1. «p1.full»\n2. «p2.full» (+1)\n3. «p3.fi»\nMeet at the car park, «time».",
    "Thanks for signing up, «p1.first»! Your place on the sunrise hike is confirmed. Emergency contact on file: «p2.full», «ph2».",
    "Registration: «p1.full», born ((1988|1975|1993)), experience: ((some|lots)), email «p1.email», dietary needs: none",
    "Waitlist for the navigation course: «p1.lf»; «p2.lf»; «p3.lf}".replace("}", "»"),
]
ALTERATION = [
    "Alteration ticket «ticket»: shorten trouser legs by 3 cm. Customer «p1.full», collect from «date». Tel «ph1».",
    "Hemming order for «p1.hon» «p1.last» – «short» trousers, inside leg 78 cm. ((Paid.|Pay on collection.))",
    "Hi «p1.first», your trousers are ready for collection at our «town» store. The alteration was free of charge.",
    "Sleeve repair «ticket»\nName: «p1.full»\nReturn to: «a1.line»\nNote: customer ok with visible patch",
]
PRODUCT_LOAN = [
    "Sample loan: «short» jacket, size M, sent to «p1.full» at «company», «a1.line». Due back «date».",
    "Dear «p1.first», the test pack for your review is on its way (tracking «track»). Please return it within six weeks.",
    "Loan list ((spring|autumn)): «p1.full» (Trail Magazine) – 2 items; «p2.full» (freelance) – 1 item, ph. «ph2»",
    "Shoot fee for «p1.full}: paid by card «card}, receipt to «p1.email}.".replace("}", "»"),
    "Reminder to «p1.hon» «p1.last»: the «short» you borrowed for the shoot is overdue. Please send it to our warehouse.",
]
CLUB_DISCOUNT = [
    "Club discount application\nClub: ((Peak District Ramblers|Northside Mountaineering Club))\nMember: «p1.full»\nMembership no.: «nn»-((1182|2207))\nEmail: «p1.email»",
    "Hi, I'm the secretary of our walking club and would like to register «nn» members for the 15% deal. My name is «p1.full», phone «ph1».",
    "Approved club discounts («date»): «p1.lf»; «p2.lf». Rejected: «p3.lf} (membership expired).".replace("}", "»"),
    "«p1.first» from the university climbing club asked if the discount also applies to the «short». ((Told «p1.him» yes.|Checking with «p2.first».))",
]
COURIER = [
    "Redirect request for parcel «track»: please deliver to «p2.full» next door, «a1.line», instead of the customer «p1.full».",
    "Driver note: recipient «p1.full» not home, parcel left in safe place (shed). Photo taken.",
    "Hi, this is «p1.full». Could the courier leave my parcel at the post office instead? My number is «ph1».",
    "Delivery exception «track»\nConsignee: «p1.caps»\nAddress: «a1.line»\nReason: ((address incomplete|recipient refused))",
]
DONATION = [
    "Thank you, «p1.first», for donating your old jacket to the repair-and-reuse drive! Your voucher code is on its way.",
    "Donation drop-off log «date»: «p1.full» – 2 fleeces, 1 pair of boots; «p2.full» – 1 rucksack.",
    "Our reuse partner will collect the donated gear from «p1.full», «a1.line». ((Please have it bagged.|Collection slot: «time».))",
    "A big thank-you to «p1.full» and «p2.full», who brought in 14 jackets for the winter clothing appeal.",
]

PII_GENRES = [
    ("crm_note", P, CRM_NOTE, {}), ("support_email", P, SUPPORT, {}), ("reply_chain", P, REPLY_CHAIN, {}),
    ("review_signed", P, REVIEW, {}), ("signature", P, SIGNATURE, {}), ("copy_brief", P, COPY_BRIEF, {}),
    ("team_chat", P, TEAM_CHAT, {}), ("customer_chat", P, CUSTOMER_CHAT, {}), ("call_note", P, CALL_NOTE, {}),
    ("order_note", P, ORDER_NOTE, {}), ("mention", P, MENTION, {"invented": False}),
    ("gear_rental", P, GEAR_RENTAL, {}), ("lost_property", P, LOST_PROPERTY, {}),
    ("hike_signup", P, HIKE_SIGNUP, {}), ("alteration_order", P, ALTERATION, {}),
    ("product_loan", P, PRODUCT_LOAN, {}), ("club_discount", P, CLUB_DISCOUNT, {}),
    ("courier_redirect", P, COURIER, {}), ("donation_drive", P, DONATION, {}),
] + layout_genres("en")

# ----------------------------------------------------------------- without personal data

PRODUCT_COPY = [
    "The «prod» is built for long wet days. Hunter green or slate, sizes XS–XXL, «price». ((Article|SKU)) «sku».",
    "Meet the «short»: a pack that carries like a bigger one. You may find the hip belt a touch firm at first – it softens.",
    "Bakers, hikers, dog walkers: the «short» works for anyone who's out before dawn. From «price».",
    "New for ((spring|autumn)): the «prod». GTIN «gtin». Ships from «date».",
]
ORDER_STATUS = [
    "Your order «order» has shipped. Tracking number: «track». Expected delivery: «date» between «time» and «time2».",
    "Order «order» – 2 items – «price». Customer no. «cust». Status: ((packed|in transit|delivered)).",
    "Return «order» received at our warehouse on «date». Your refund of «price» will follow within 5 working days.",
    "Reminder: the grace period for returns is 30 days. Order «order» is eligible until «date».",
]
FEED_CLEAN = [
    lambda rng: "id\ttitle\tprice\tgtin\tcolour\n" + "\n".join(f"«sku{k}»\t«prod{k}»\t«price{k}»\t«gtin{k}»\t«colour{k}»" for k in range(1, rng.randint(2, 5))),
    lambda rng: "| SKU | GTIN | Stock |\n|---|---|---|\n" + "\n".join(f"| «sku{k}» | «gtin{k}» | «nn{k}» |" for k in range(1, rng.randint(3, 6))),
    "sku,gtin,size,price\n«sku»,«gtin»,«size»,«price»\n«sku2»,«gtin2»,«size2»,«price2»",
    "<item><g:id>«sku»</g:id><title>«prod»</title><g:gtin>«gtin»</g:gtin><g:price>«price»</g:price></item>",
]
RELEASE_NOTES = [
    "Release «ver» («date»)\n- fixed size chart for «short»\n- feed export now includes GTIN\n- bumped parser to «ver2»",
    "## Changelog\n### «ver»\n- Wolf-grey colourway added to the «short» page\n- May promotion banner removed",
    "deploy «ver» → prod at «time»; build «nn»((01|77|42)); rollback target «ver2»",
    "v«ver}: new hunter-green swatch, faster checkout; min. app version «ver2»".replace("}", "»"),
]
CAMPAIGN_PLAN = [
    "Campaign plan ((Q3|Q4))\n- «date»: teaser, budget «price»\n- «date2»: launch of the «short»\n- partner: «company»",
    "Shoot logistics: van from «company», call time «time», location near «town». Catering by a local baker.",
    "Budget check: print «price», photo «price2», agency «price3». Printer: «company».",
    "Timeline: brief «date», first draft «date2», final «date3». Print run by «company»; delivery to «town» warehouse.",
]
NEWSLETTER = [
    "This month: how to re-proof your jacket, why the fox is our mascot, and a baker's dozen of trail snacks.",
    "Spring is here. You may want to re-proof your shell before the first long hike – here's how.",
    "Hunter green is back! The «short» returns in three colours from «date».",
    "Your weekend read: a will to walk, a stone bridge, and the «prod» tested in the rain.",
]
FAQ = [
    "How long does delivery take? Usually 2–4 working days to «plz» areas; express orders placed before «time» ship the same day.",
    "Can I send my parcel to a PO Box? No – we can't deliver to PO Boxes or parcel lockers, but c/o addresses are fine.",
    "Where is my order number? It starts with TG- and looks like «order». You'll also find your customer number («cust») in the confirmation.",
    "Do you ship to «town»? Yes, delivery costs «price» and takes 3–5 days.",
]
SIZE_TABLE = [
    "| Size | Chest (cm) | Back length (cm) |\n|---|---|---|\n| S | 92–98 | 72 |\n| M | 99–105 | 74 |\n| L | 106–112 | 76 |",
    "Size\tEU\tUK\tUS\n«size»\t42\t8\t9\nL\t44\t10\t11",
    "Inside leg: short 76 cm, regular 81 cm, long 86 cm. Order «sku» in your usual size.",
    "Shoe sizes: 40 | 41 | 42 | 43 | 44,5 – the «short» runs half a size small.",
]
WAREHOUSE_LOG = [
    "«iso» «time» PICK «sku» qty ((1|2|4)) bin A-((12|07|33))-((3|1))\n«iso» «time2» PACK order «order»",
    "«iso» «time»:00 STOCK «sku» «gtin» +((24|48|12)) batch 24-((117|203))",
    "inbound «date»: pallet «nn» from «company», 3 cartons «sku», 1 carton «sku2»",
    "cycle count «iso»: «sku» expected «nn» counted «nn2» – recount by shift B",
]
STORE_HOURS = [
    "Our «town» store is open Mon–Sat ((9:00|10:00))–18:00. Click & collect orders wait for you at the back counter for 7 days.",
    "Please note: we can't ship to PO boxes. If you're away, use a c/o address or a pick-up point.",
    "Store event «date» at «time»: talk by a mountain guide, free entry. Postcode for the sat-nav: «plz».",
    "The returns desk has moved to the back building, entrance via the courtyard. Opening hours unchanged.",
]

CLEAN_GENRES = [
    ("product_copy", P, PRODUCT_COPY, {}), ("order_status", P, ORDER_STATUS, {}),
    ("feed_clean", "layout", FEED_CLEAN, {}), ("release_notes", "layout", RELEASE_NOTES, {}),
    ("campaign_plan", P, CAMPAIGN_PLAN, {}), ("newsletter", P, NEWSLETTER, {}), ("faq", P, FAQ, {}),
    ("size_table", "layout", SIZE_TABLE, {}), ("warehouse_log", "layout", WAREHOUSE_LOG, {}),
    ("store_hours", P, STORE_HOURS, {}),
]
