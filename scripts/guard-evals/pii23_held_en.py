"""English templates of the heldout half of the twenty-third PII bank (heldout23).
Slots and alternatives as described in pii23_held_core.py. Standard library only."""

import sys

sys.dont_write_bytecode = True

PROSE = [
    "crm_note", "support_mail", "quoted_thread", "signed_review", "mail_signature", "copy_brief", "team_chat",
    "customer_chat", "call_note", "order_note", "plain_mention", "engraving_request", "refund_bank", "field_visit",
    "parcel_trace", "creator_payout", "repair_intake",
]
LAYOUT = [
    "lead_csv", "feed_row", "crm_json", "webhook_yaml", "tsv_export", "md_table", "html_form", "sql_dump",
    "access_log", "mail_header", "vcard", "ical", "ocr_scan",
]

PII = {
    "crm_note": [
        "[[Note|CRM note|Account note]] ({{date1}}): {{p1.full}} [[called back|rang again|got in touch]] about order {{ord1}}. [[Prefers e-mail|Wants updates by e-mail]]: {{p1.email}}.[[ Mobile {{ph1}} only after 5pm.|]]",
        "{{p1.hon}} {{p1.last}} – [[repeat buyer|VIP since 2021|wholesale contact]]. Ships to {{a1.line}}.\n[[Do not call before 10.|Flag: asked for paper invoice.|Sizes run large, order one down.]]",
        "Customer: {{p1.lf}}\nContact: {{ph1}} / {{p1.email}}\nHistory: [[two returns in 2024, both {{short1}}|one complaint about delivery time|no issues]].\nOwner: {{p9.first}}",
        "Spoke to {{p1.first}} again today. [[{{p1.Pron}} is moving to|New address from next month:|Update the shipping address to]] {{a1.any}}. [[Old one can go.|Keep the billing address as is.|]] – {{p9.ini}}",
        "{{date1}} · {{p1.full}} ([[B2B|trade|club account]]) wants a quote for {{num1}} x {{short1}}. Reach {{p1.obj}} on {{ph1.intl}}. Follow-up owner: {{p9.full}}.",
    ],
    "support_mail": [
        "[[Hi|Hello|Dear]] {{p1.first}},\n\nthanks for your message about order {{ord1}}. [[I've checked with the warehouse|I looked into it|Our warehouse confirmed]] and the parcel [[left us on|was handed over on]] {{date1}}.\n\n[[Best wishes|Kind regards|Cheers]],\n{{p9.first}}\nTalgrat customer care",
        "Dear {{p1.hon}} {{p1.last}},\n\nwe're sorry the {{short1}} arrived in the wrong size. [[We'll send the replacement to|A new pair goes out to|The exchange will be shipped to]]:\n{{a1.block}}\n\nIf anything is unclear, call us back or reply to this e-mail.\n\nRegards,\n{{p9.full}}",
        "Hello {{p1.full}},\n[[your refund of {{eur1}} has been issued|we've refunded {{eur1}}|the credit note for {{eur1}} is ready]]. [[It can take 3–5 working days.|Please allow a few days.|]]\nTicket {{tkt1}} is now closed.\n– {{p9.first}} (Support)",
        "Hi there {{p1.first}}!\n\nQuick one: the courier couldn't reach you on {{ph1}}. [[Can you confirm the address|Is this address still right]]: {{a1.line}}?\n\nThanks,\n{{p9.first}}",
        "Dear {{p1.full}},\n\nThank you for contacting Talgrat. Your warranty claim ({{tkt1}}) for the {{prod1}} has been approved. [[Please send the item to our repair partner.|A prepaid label is attached.|No need to send anything back.]]\n\nWarm regards\n{{p9.first}} | Customer Care",
    ],
    "quoted_thread": [
        "Thanks {{p1.first}}, that works!\n\nOn {{date1}}, {{p1.full}} <{{p1.email}}> wrote:\n> Hi, can you change the delivery address to {{a1.line}}?\n> Cheers, {{p1.first}}",
        "[[Forwarding this to you|See below|FYI]], {{p2.first}}.\n\n-----Original Message-----\nFrom: {{p1.full}} <{{p1.email}}>\nSent: {{date1}}\nSubject: Re: order {{ord1}}\n\n[[The jacket is too short in the arms.|Zip broke after two weeks.|Still no parcel.]] Please call me on {{ph1}}.",
        "> On {{date1}} {{p9.first}} from Talgrat wrote:\n> > Could you send us your IBAN for the refund?\n> Sure: {{ib1}}, account holder {{p1.full}}.\n\nReceived, thank you – refund is on its way.",
        "Re: Re: [[missing socks|wrong colour|exchange]]\n\n{{p2.first}}, can you take this one?\n\n> {{p1.full}} wrote ({{date1}}):\n> [[I ordered {{col1}} but got a different colour.|Only one pair of the two arrived.]]\n> My number is {{ph1}} if that's quicker.\n> {{p1.first}}",
    ],
    "signed_review": [
        "★★★★★ [[Brilliant on a wet weekend in the Lakes.|Kept me dry all day.|Best socks I've owned.]] [[Sizing is spot on.|Order one size up.|]]\n– {{p1.short}}, {{town1}}",
        "\"[[I've worn the {{short1}} on three trips now|Used it on the West Highland Way|Bought it for a winter hike]] and [[it still looks new|I'm really impressed|no complaints at all]].\" — {{p1.full}}",
        "[[Great fit|Warm but breathable|Light and packs small]], {{num1}}/10 would buy again. [[Delivery was quick too.|Customer service sorted a size swap in two days.|]]\n\n{{p1.first}} from {{town1}}",
        "Review by {{p1.ini}} ({{date1}})\nRating: 4/5\n[[The {{prod1}} is solid, pockets could be bigger.|Comfortable straight out of the box.|Colour is a bit darker than in the photos.]]",
        "Testimonial for the autumn newsletter, approved by the customer:\n\"[[Talgrat replaced my zip without any fuss.|The team answered within an hour.]]\"\n{{p1.U}}, [[keen fell runner|mum of three and hiker|mountain leader]]",
    ],
    "mail_signature": [
        "[[Best|Regards|Cheers|Thanks]],\n{{p1.full}}\n[[Buyer, Outdoor & Co.|Store manager|Event coordinator]]\nM: {{ph1}}\nE: {{p1.email}}",
        "--\n{{p1.U}}\n{{a1.block}}\nTel. {{ph1}}\n\nSent from my iPhone",
        "Kind regards\n\n{{p1.full}} | [[Partnerships|Marketing|Wholesale]]\n{{ph1.intl}} | {{p1.wemail}}\n[[Please consider the environment before printing this e-mail.|]]",
        "Thanks again,\n{{p1.first}}\n\n{{p1.full}}\n{{a1.line}}\n{{ph1}}",
        "[[Speak soon|Many thanks|All the best]] –\n{{p1.ini}}\n[[Mobile|Cell|Mob]]: {{ph1}}\n[[I work part-time, Mon–Wed.|Out of office from {{date1}}.|]]",
    ],
    "copy_brief": [
        "Brief: autumn lookbook\nPhotographer: {{p1.full}}\nModels: {{p2.full}}, {{p3.full}}\nCopy owner: {{p4.first}}. [[Keep product names as in the feed ({{short1}}, {{short2}}).|Use British spelling.]]",
        "[[For the landing page|Hero copy|Email headline]]: mention that {{p1.full}}, our [[ambassador|trail runner|guide]], tested the {{short1}} in the Dolomites. Quote to use: \"[[Light, warm, done.|It just works.]]\" Sign-off approved by {{p2.first}}.",
        "Need 3 variants of the [[product description|social caption|newsletter intro]] for {{prod1}} ({{sku1}}, {{price1}}). Reviewer: {{p1.hon}} {{p1.last}}. Deadline {{date1}}.",
        "Copy brief – customer story\nWho: {{p1.full}} from {{town1}}\nAngle: [[first multi-day trek|ten years with the same backpack|repair instead of replace]]\nContact for sign-off: {{p1.email}}\nDo not print {{p1.poss}} surname in the headline.",
    ],
    "team_chat": [
        "[{{time1}}] {{p1.lfirst}}: [[anyone seen the return from|who handled]] {{p2.lower}}?\n[{{time2}}] {{p3.lfirst}}: [[yep, it's on my desk|me, refund done]]\n[{{time2}}] {{p1.lfirst}}: ty",
        "{{p1.handle}} can you ring {{p2.full}} back? number is {{ph1}} [[– wants to change the size|, something about a missing belt]]",
        "{{p1.lfirst}}: [[lunch?|coffee?]]\n{{p2.lfirst}}: after the call with {{p3.first}} from the shop in {{town1}}\n{{p1.lfirst}}: 👍",
        "#customer-care\n{{p1.first}}: [[heads up|fyi]], {{p2.full}} just emailed again from {{p2.email}}\n{{p3.first}}: [[on it|I'll take it]] 🙋",
        "{{p1.lower}} {{time1}}\n[[pls update the address for|address change for]] {{ord1}} → {{a1.line}}\n{{p2.lower}} {{time2}}\ndone ✅",
    ],
    "customer_chat": [
        "Customer: can you just charge my other card? {{cc1}}\nAgent ({{p9.first}}): Please never send card numbers in chat – I've removed it from our notes.\nCustomer: oh ok sorry. {{p1.full}}, order {{ord1}}",
        "Visitor: hi, I need to change my delivery address\nAgent ({{p9.first}}): Sure! What's the new one?\nVisitor: {{a1.line}}\nVisitor: name is {{p1.full}}, order {{ord1}}",
        "[[Chat started|Conversation]] {{time1}}\n{{p1.first}}: hello, [[my parcel hasn't arrived|the jacket is too big]]\nTalgrat ({{p9.first}}): Sorry to hear that, {{p1.first}}! Could you give me your e-mail?\n{{p1.first}}: {{p1.email}}",
        "Customer: [[can someone call me?|ring me please]] {{ph1}}\nCustomer: it's about the {{short1}}\nBot: A colleague will get back to you within 24h.\nCustomer: thanks, {{p1.first}}",
        "> {{p1.full}} joined the chat\n{{p1.first}}: Hi, I paid twice for order {{ord1}}?\n{{p9.first}}: Let me check… yes, we'll refund the second payment.\n{{p1.first}}: great, thanks {{p9.first}}",
    ],
    "call_note": [
        "Call {{time1}} – {{p1.full}}, {{ph1}}. [[Asked about|Wanted to know]] {{prod1}} stock in {{size1}}. Callback promised by {{date1}}.",
        "Inbound call\nCaller: {{p1.hon}} {{p1.last}}\nNumber: {{ph1}}\nTopic: [[return label not received|refund status|damaged delivery]] ({{ord1}})\nOutcome: [[resent label to {{p1.email}}|escalated to {{p9.first}}|resolved]]",
        "Voicemail, {{date1}}: \"[[Hi, this is|Hello, it's]] {{p1.full}}, [[I'm calling about|regarding]] my order… please call me back on {{ph1}}, thanks.\"",
        "Rang {{p1.first}} back ({{ph1}}) – no answer, left a message. [[Will try again tomorrow.|Sent an e-mail instead.|]] /{{p9.first}}",
    ],
    "order_note": [
        "Order {{ord1}} – gift wrap, card reads \"[[Happy birthday|Congratulations|For the trail]], {{p2.first}}!\". Ship to {{p2.full}}, {{a1.line}}.",
        "RETURN {{ord1}}\nReason: [[too small|colour|changed my mind]]\nCustomer: {{p1.full}}\nRefund to original payment, {{eur1}}\nChecked by {{p9.ini}}",
        "[[Delivery note|Courier instruction]]: leave with neighbour {{p2.hon}} {{p2.last}} if {{p1.first}} is out. {{a1.street}}, [[side door|ring twice]].",
        "Note on order {{ord1}}: customer {{p1.full}} ({{ph1}}) [[asked to hold the parcel until|will be away until]] {{date1}}. [[Don't ship before.|]]",
    ],
    "plain_mention": [
        "{{p1.full}} wrote most of the winter campaign, and {{p2.full}} shot the photos on the ridge above {{town1}}.",
        "[[In the end|Eventually]] {{p1.full}} agreed to test the {{short1}} for a month; {{p2.full}} will collect the feedback.",
        "The story about {{p1.full}} crossing the Alps in {{num1}} days did well on social, better than the one about {{p2.full}}.",
        "[[Last year|This spring]] {{p1.full}} and {{p2.full}} [[walked the Camino|hiked the Kungsleden|ran the Lakeland 50]] in our gear.",
    ],
    "engraving_request": [
        "Engraving request for order {{ord1}}\nText on the buckle: \"{{p1.first}} & {{p2.first}} {{num1}}\"\nOrdered by {{p3.full}}, {{p3.email}}",
        "Hi, I'd like the [[initials|name]] \"{{p1.full}}\" stitched on the {{short1}} [[as a gift|for my son|for my partner]]. Please send it to {{a1.block}}\nThanks, {{p2.first}}",
        "Personalisation: [[{{p1.U}}|{{p1.full}}]] (max 20 chars, font Sans). [[Contact if unclear|Questions]]: {{ph1}}.",
        "Can you engrave \"For {{p1.first}}, love {{p2.first}}\" on the flask? It's a surprise, so please don't call {{p1.first}} – my number is {{ph1}}.",
    ],
    "refund_bank": [
        "Hello, please refund the {{eur1}} to my account: {{ib1}} ({{p1.full}}). Order {{ord1}}.",
        "Refund details\nAccount holder: {{p1.full}}\nIBAN: {{ib1}}\nReason: [[return|price drop|double charge]]\nApproved: {{p9.first}}",
        "Dear team, the card ending in the attached statement was charged twice. Card: {{cc1}}. Please reverse one charge. – {{p1.full}}",
        "[[Bank transfer|Refund]] to {{p1.ini}}, IBAN {{ib1}}, amount {{eur1}}, ref {{ord1}}.",
    ],
    "field_visit": [
        "Store visit {{date1}} – [[Outdoor Corner|Peak & Valley|Trailhead Sports]], {{town1}}\nMet {{p1.full}} (owner) and {{p2.first}} from the floor team. {{p1.first}} wants more {{short1}} in {{size1}}.",
        "Visit report: [[good sell-through on|weak on|no stock of]] {{short1}}. Manager {{p1.hon}} {{p1.last}} asked for a display. Direct line {{ph1}}.",
        "Field notes ({{p9.first}}): {{p1.full}} at the {{town1}} shop is leaving in {{month1}}; successor is {{p2.full}}. Delivery address unchanged: {{a1.line}}.",
        "Rep visit\nShop contact: {{p1.full}}, {{p1.email}}\n[[Window display looks good.|Sale rail is too full.|Staff need training on the {{short1}}.]]\nNext visit {{date1}}",
    ],
    "parcel_trace": [
        "Trace request {{trk1}}: recipient {{p1.full}}, {{a1.line}}. Courier says delivered, customer says no. [[Photo proof requested.|Claim opened.]]",
        "Lost parcel – {{ord1}}\nConsignee: {{p1.full}}\nAddress: {{a1.block}}\nPhone: {{ph1}}\nStatus: [[investigation|claim submitted|refund pending]]",
        "The driver left the parcel with {{p2.full}} at {{a2.street}}, but {{p1.first}} says [[they don't know anyone of that name|the neighbour is away]].",
        "Hi {{p1.first}}, our carrier is tracing parcel {{trk1}}. [[We'll know more by|Update expected on]] {{date1}}. Sorry for the wait! – {{p9.first}}",
    ],
    "creator_payout": [
        "Payout – creator programme\nName: {{p1.full}}\nIBAN: {{ib1}}\nAmount: {{eur1}}\nInvoice {{ord1}} received {{date1}}.",
        "Hi {{p1.first}}, thanks for the reel! Could you confirm your bank details for the fee? We have {{ib1}} on file. [[Payment runs on Fridays.|]]",
        "Affiliate {{p1.handle}} ({{p1.full}}) – commission {{eur1}} for {{month1}}, paid to {{ib1}}. Contact {{p1.email}}.",
        "Creator: {{p1.full}}, {{a1.line}}\nPayment method: card refund to {{cc1}} [[(they insisted)|(exception, approved by {{p9.first}})]]",
    ],
    "repair_intake": [
        "Repair {{tkt1}} – {{prod1}}, [[broken zip|delaminated seam|torn hip belt]].\nOwner: {{p1.full}}, {{ph1}}\nReturn to: {{a1.line}}",
        "Repair intake: [[customer|owner]] {{p1.hon}} {{p1.last}} dropped off the {{short1}} at {{time1}}. Quote to {{p1.email}} before starting.",
        "Workshop note: {{p1.first}} wants the patch in {{col1}}. Call {{ph1}} when ready. [[Free of charge – warranty.|Estimate {{eur1}}.]]",
        "REPAIR FORM\nName: {{p1.full}}\nItem: {{prod1}} ({{size1}})\nFault: [[zip slider|seam tape|buckle]]\nPhone: {{ph1}}",
    ],
    # ---------------- layouts
    "lead_csv": [
        "name,email,phone,source\n\"{{p1.lf}}\",{{p1.email}},{{ph1}},[[trade fair|newsletter|pop-up]]\n\"{{p2.lf}}\",{{p2.email}},{{ph2}},[[trade fair|newsletter|pop-up]]",
        "LAST_FIRST;COMPANY;CITY\n{{p1.LF}};[[Peak & Valley|Trailhead Sports|North Ridge Ltd]];{{town1}}\n{{p2.LF}};[[Basecamp Store|Hill & Dale]];{{town2}}",
        "# leads export {{date1}}\nfirst,last,email\n{{p1.first}},{{p1.last}},{{p1.email}}\n{{p2.first}},{{p2.last}},{{p2.email}}\n{{p3.first}},{{p3.last}},{{p3.email}}",
        "\"Contact\",\"Phone\",\"Interested in\"\n\"{{p1.full}}\",\"{{ph1}}\",\"{{short1}}\"\n\"{{p2.full}}\",\"{{ph2}}\",\"{{short2}}\"",
    ],
    "feed_row": [
        "id\ttitle\tprice\tgtin\tcontact_person\n{{sku1}}\t{{prod1}}\t{{price1}}\t{{gtin1}}\t{{p1.full}}",
        "<item><g:id>{{sku1}}</g:id><g:title>{{prod1}}</g:title><g:gtin>{{gtin1}}</g:gtin><contact>{{p1.email}}</contact></item>",
        "sku;title;stock;buyer;buyer_phone\n{{sku1}};{{prod1}};{{num1}};{{p1.full}};{{ph1}}",
        "{\"offerId\": \"{{sku1}}\", \"title\": \"{{prod1}}\", \"gtin\": \"{{gtin1}}\", \"sellerContact\": \"{{p1.full}}\", \"sellerEmail\": \"{{p1.email}}\"}",
    ],
    "crm_json": [
        "{\n  \"customer\": {\n    \"name\": \"{{p1.full}}\",\n    \"email\": \"{{p1.email}}\",\n    \"phone\": \"{{ph1}}\",\n    \"address\": \"{{a1.line}}\"\n  },\n  \"orders\": [\"{{ord1}}\"]\n}",
        "{\"id\": {{num1}}, \"first_name\": \"{{p1.first}}\", \"last_name\": \"{{p1.last}}\", \"ip\": \"{{ip1}}\", \"created\": \"{{ts1}}\"}",
        "[{\"contact\": \"{{p1.full}}\", \"tel\": \"{{ph1}}\"}, {\"contact\": \"{{p2.full}}\", \"tel\": \"{{ph2}}\"}]",
        "{\"event\": \"profile.updated\", \"data\": {\"displayName\": \"{{p1.full}}\", \"iban\": \"{{ib1}}\", \"street\": \"{{a1.street}}\", \"city\": \"{{a1.town}}\"}}",
    ],
    "webhook_yaml": [
        "event: order.created\norder: {{ord1}}\ncustomer:\n  name: {{p1.full}}\n  email: {{p1.email}}\n  phone: \"{{ph1}}\"\nshipping:\n  street: {{a1.street}}\n  postcode: \"{{a1.plz}}\"\n  city: {{a1.town}}",
        "- name: {{p1.full}}\n  role: [[photographer|model|stylist]]\n  mobile: \"{{ph1}}\"\n- name: {{p2.full}}\n  role: [[assistant|driver]]\n  mobile: \"{{ph2}}\"",
        "payout:\n  holder: {{p1.full}}\n  iban: {{ib1}}\n  amount: {{eur1}}\nsource_ip: {{ip1}}",
        "contact:\n  given: {{p1.first}}\n  family: {{p1.last}}\n  addr: \"{{a1.line}}\"\nconsent: true\nts: {{ts1}}",
    ],
    "tsv_export": [
        "first_name\tlast_name\temail\tcity\n{{p1.first}}\t{{p1.last}}\t{{p1.email}}\t{{a1.town}}\n{{p2.first}}\t{{p2.last}}\t{{p2.email}}\t{{a2.town}}",
        "order\tcustomer\tstreet\tpostcode\n{{ord1}}\t{{p1.full}}\t{{a1.street}}\t{{a1.plz}}",
        "Name\tPhone\tTier\n{{p1.full}}\t{{ph1}}\t[[gold|silver]]\n{{p2.full}}\t{{ph2}}\t[[bronze|gold]]\n{{p3.full}}\t{{ph3}}\tsilver",
        "created\tip\tuser\n{{ts1}}\t{{ip1}}\t{{p1.full}}\n{{ts2}}\t{{ip2}}\t{{p2.full}}",
    ],
    "md_table": [
        "| Name | Role | Phone |\n| --- | --- | --- |\n| {{p1.full}} | [[guide|photographer]] | {{ph1}} |\n| {{p2.full}} | [[model|driver]] | {{ph2}} |",
        "## Winners\n\n| # | Winner | Prize |\n|---|---|---|\n| 1 | {{p1.full}} | {{short1}} |\n| 2 | {{p2.short}} | {{short2}} |",
        "| Customer | E-mail | Status |\n|:--|:--|:--|\n| {{p1.full}} | {{p1.email}} | [[refunded|open]] |",
        "**Shoot contacts**\n\n| Who | Where |\n| --- | --- |\n| {{p1.full}} | {{a1.line}} |",
    ],
    "html_form": [
        '<form id="checkout">\n  <input name="cc-name" value="{{p1.U}}">\n  <input name="cc-number" value="{{cc1}}">\n  <input name="cc-exp" value="0{{qty1}}/27">\n</form>',
        "<form action=\"/account\" method=\"post\">\n  <input name=\"name\" value=\"{{p1.full}}\">\n  <input name=\"email\" type=\"email\" value=\"{{p1.email}}\">\n  <input name=\"phone\" value=\"{{ph1}}\">\n</form>",
        "<label>First name</label><input value=\"{{p1.first}}\"><label>Last name</label><input value=\"{{p1.last}}\"><label>Street</label><input value=\"{{a1.street}}\">",
        "<dl><dt>Contact</dt><dd>{{p1.full}}</dd><dt>Address</dt><dd>{{a1.line}}</dd></dl>",
        "<p>Thanks, <strong>{{p1.first}}</strong>! We'll reply to <a href=\"mailto:{{p1.email}}\">your inbox</a> soon.</p>",
    ],
    "sql_dump": [
        "INSERT INTO payments (order_id, holder, card_no) VALUES ('{{ord1}}', '{{p1.full}}', '{{cc1}}');",
        "INSERT INTO customers (first_name, last_name, email, phone) VALUES ('{{p1.first}}', '{{p1.last}}', '{{p1.email}}', '{{ph1}}');",
        "SELECT id, name, city FROM leads WHERE id < 3;\n+----+------------------+-----------+\n| 1 | {{p1.full}} | {{a1.town}} |\n| 2 | {{p2.full}} | {{a2.town}} |",
        "UPDATE addresses SET street = '{{a1.street}}', updated_by = '{{p9.full}}' WHERE customer_id = {{num1}};",
        "-- login audit\nINSERT INTO logins VALUES ({{num1}}, '{{p1.email}}', '{{ip1}}', '{{ts1}}');",
    ],
    "access_log": [
        "{{ip1}} - - [1{{qty1}}/Mar/2025:10:2{{qty2}}:07 +0100] \"POST /checkout HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"",
        "{{ts1}} INFO login ok user={{p1.email}} ip={{ip1}}\n{{ts2}} WARN password reset requested user={{p1.email}} ip={{ip2}}",
        "[{{ts1}}] api.orders GET /v2/orders/{{ord1}} from {{ip1}} (200, {{num1}} ms)",
        "Failed login attempts:\n  {{ip1}} ({{num1}}x)\n  {{ip2}} ({{num2}}x)\nblocked for 15 min",
    ],
    "mail_header": [
        "From: {{p1.full}} <{{p1.email}}>\nTo: {{p9.full}} <{{p9.wemail}}>\nDate: {{date1}}\nSubject: [[Return|Question about|Exchange]] {{ord1}}",
        "Received: from mail.example.net ([{{ip1}}])\n\tby mx.talgrat.de; {{date1}}\nX-Originating-IP: [{{ip2}}]\nFrom: \"{{p1.full}}\" <{{p1.email}}>",
        "Reply-To: {{p1.email}}\nFrom: {{p1.U}} <{{p1.email}}>\nCc: {{p2.full}} <{{p2.email}}>\nSubject: Fwd: [[stockist enquiry|invoice]]",
        "Return-Path: <{{p1.email}}>\nX-Sender-IP: {{ip1}}\nX-Mailer: Apple Mail (2.{{num1}}{{num2}})",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{{p1.last}};{{p1.first}};;;\nFN:{{p1.full}}\nTEL;TYPE=CELL:{{ph1}}\nEMAIL:{{p1.email}}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{{p1.full}}\nORG:[[Peak & Valley|Trailhead Sports]]\nADR;TYPE=work:;;{{a1.street}};{{a1.town}};;{{a1.plz}};\nTEL:{{ph1}}\nEND:VCARD",
        "BEGIN:VCARD\nN:{{p1.last}};{{p1.first}}\nTEL;TYPE=HOME:{{ph1}}\nNOTE:met at the {{town1}} trade show\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{{p1.full}}\nEMAIL;TYPE=INTERNET:{{p1.email}}\nADR:;;{{a1.street}};;;;\nEND:VCARD",
    ],
    "ical": [
        "BEGIN:VEVENT\nSUMMARY:Fitting with {{p1.full}}\nDTSTART:2025031{{qty1}}T100000Z\nORGANIZER;CN={{p9.full}}:mailto:{{p9.wemail}}\nLOCATION:{{a1.street}}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:[[Photo shoot|Store visit|Interview]]\nATTENDEE;CN={{p1.full}}:mailto:{{p1.email}}\nATTENDEE;CN={{p2.full}}:mailto:{{p2.email}}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Call back {{p1.full}}\nDESCRIPTION:Tel {{ph1}} re order {{ord1}}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Repair pickup\nDESCRIPTION:{{p1.hon}} {{p1.last}} collects the {{short1}}\nDTSTART;VALUE=DATE:202504{{qty1}}0\nEND:VEVENT",
    ],
    "ocr_scan": [
        'CARD PAYMENT SLIP (scan)\nCardho1der: {{p1.U}}\nCard no: {{cc1}}\nAm0unt: {{eur1}}',
        "RETURN5 F0RM\nNarne: {{p1.full}}\nAddre5s: {{a1.block}}\nPh0ne: {{ph1}}\nReas0n: t0o sma1l",
        "[scan p.1]  0rder No {{ord1}}\nDeliver t0: {{p1.U}}\n{{a1.line}}\nSignature: ~~~~",
        "WARRANTY CARD (handwritten, OCR)\nNAME {{p1.U}}   DATE {{date1}}\nEMAIL {{p1.email}}\nProduct: {{prod1}}",
        "..|| Bank details for refund ||..\nAcc0unt holder: {{p1.full}}\nIBAN: {{ib1}}\n(p1ease print clearly)",
    ],
}

CLEAN = {
    "newsletter_copy": [
        "[[Hungry like a wolf after a long day?|After a long hike you'll eat like a wolf.]] Our {{short1}} keeps you warm while the stew simmers. [[From {{price1}}.|Now {{price1}}.]]",
        "Grace under pressure: the {{prod1}} ({{sku1}}) survived [[{{num1}} days of rain|a week on the Cape Wrath Trail]] in our test. Available from {{date1}}.",
        "May is for long evenings outside. [[Pack the {{short1}}|Don't forget the {{short1}}]] and a flask – [[sunset is at|the sun sets around]] {{time1}}.",
        "Calling every bargain hunter: {{pct1}} % off [[selected|all]] fleece until {{date1}}. Code AUTUMN{{num1}} at checkout.",
        "A baker's dozen of trail tips for the season – number {{num1}}: [[dry your boots slowly|re-proof your jacket]].",
    ],
    "product_copy": [
        "{{prod1}}\nSKU {{sku1}} · GTIN {{gtin1}}\n{{price1}} incl. VAT\nColour: {{col1}}",
        "The {{short1}} weighs [[360 g|420 g|680 g]] in size {{size1}}. [[Sizes XS–XXL.|Unisex cut.]] GTIN {{gtin1}}.",
        "[[New in|Back in stock]]: {{prod1}} in {{col1}}, {{price1}}. Item no. {{sku1}}, EAN {{gtin1}}.",
        "Fits like the Baker Street original? No – it fits like a {{short1}}: [[regular cut|slightly tapered leg]], {{price1}}.",
    ],
    "shipping_update": [
        "Your order {{ord1}} has shipped. Tracking number: {{trk1}}. Expected delivery: {{date1}}.",
        "Parcel {{trk1}} is [[at the depot|out for delivery|delayed by weather]]. Reference {{cust1}}, shipped {{date1}}, {{time1}}.",
        "Dispatch summary {{date1}}: {{num1}} parcels, first pickup {{time1}}, last {{time2}}. Manifest {{ord1}}.",
        "Customer no. {{cust1}} · order {{ord1}} · return window ends {{date1}}. [[Print your label in your account.|The label is in your account.]]",
    ],
    "store_info": [
        "Flagship store {{town1}}: open Mon–Sat {{time1}}–{{time2}}. [[Deliveries to the rear building (back entrance).|Parking behind the shop.]]",
        "We ship to {{town1}}, {{town2}} and everywhere in the UK. Postcodes starting with {{plz1}} may take a day longer.",
        "Returns go to our warehouse; please don't send parcels c/o a colleague or to a PO box. Postcode lookup: {{plz1}}.",
        "Pop-up dates: {{town1}} on {{date1}}, {{town2}} on {{date2}}. Doors open at {{time1}}.",
    ],
    "release_notes": [
        "App release {{ver1}} ({{date1}}): faster checkout, fixed size filter. Minimum iOS version 16.{{num1}}.",
        "Changelog\n- {{ver1}}: new colour filter ({{col1}})\n- {{ver2}}: fixed crash on order {{ord1}} view\nBuild {{num1}}{{num2}}",
        "Feed export job v{{ver1}} ran at {{time1}}: {{num1}} items, {{num2}} warnings, 0 errors.",
        "Size advisor model {{ver1}} rolled out on {{date1}}; rollback tag {{ver2}}.",
    ],
    "b2b_partners": [
        "Stockists: [[Hunter & Baker Outdoor Ltd|Baker Brothers Camping|Miller Mountain Supply]], {{town1}}; [[Grace Outdoor Co.|May & Sons]], {{town2}}.",
        "Our repair partner [[Walker Repairs Ltd|Fletcher & Cook Workshop]] handles zips and seams; turnaround about {{num1}} days.",
        "Wholesale price list {{date1}}: {{prod1}} {{eur1}} (min. {{num1}} units). Orders via the Hunter Logistics portal.",
        "Thanks to [[Fisher Outdoor Group|Parker & Lane Retail]] for stocking the {{short1}} in {{num1}} stores.",
    ],
    "size_guide": [
        "Size {{size1}}: chest 96–100 cm, back length 72 cm. [[Between sizes? Go up.|Slim fit.]]",
        "Shoe sizes: EU 42 = UK 8 = 27 cm. The {{short1}} runs [[true to size|half a size small]].",
        "Inside leg: Regular 81 cm, Short 76 cm (size M). Weight {{num1}}0 g.",
        "Back length 42–54 cm adjustable; hip belt 70–135 cm. Model is 1.{{num1}} m and wears {{size1}}.",
    ],
    "stock_report": [
        "sku\tgtin\tqty\n{{sku1}}\t{{gtin1}}\t{{num1}}\n{{sku2}}\t{{gtin2}}\t{{num2}}",
        "Warehouse {{town1}} – {{date1}}\n{{prod1}}: {{num1}} units\n{{prod2}}: {{num2}} units",
        "| SKU | Colour | On hand |\n|---|---|---|\n| {{sku1}} | {{col1}} | {{num1}} |",
        "Reorder alert: {{sku1}} below {{num1}} units (GTIN {{gtin1}}), PO {{ord1}} raised {{date1}}.",
    ],
    "campaign_plan": [
        "Campaign calendar\n{{date1}} {{time1}} – newsletter \"[[First frost|Rain days]]\"\n{{date2}} – social push for {{short1}}\nBudget {{eur1}}",
        "Black Friday: {{pct1}} % on {{short1}} from {{date1}}, 00:00 to {{date2}}, 23:59. Price after discount shown at checkout.",
        "Q{{qty1}} plan: hero product {{prod1}} at {{price1}}; support {{short2}}. Review on {{date1}}.",
        "Promo code HIKE{{num1}} valid {{date1}}–{{date2}}, max. one per order.",
    ],
    "care_faq": [
        "How do I wash the {{short1}}? At 30 °C, no fabric softener, then tumble dry low to refresh the DWR.",
        "Where is my order? Use the tracking number from your shipping e-mail (for example {{trk1}}).",
        "Can I return worn socks? Unused items within 30 days; order {{ord1}} style numbers are on your receipt.",
        "Do you ship to Ireland? Yes, in {{num1}} working days. Eircodes are required at checkout.",
    ],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
