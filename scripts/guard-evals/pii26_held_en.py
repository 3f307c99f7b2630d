"""English prose templates of the held-out half of the twenty-sixth PII bank (heldout26).

⟦a|b⟧ is an alternative, ⟨slot⟩ a value (see pii26_held_core.Ctx.slot). A template is a
string or (string, options). Options: cue=False (names from the lists only),
country="US" (setting of the text).
"""

PII = {}
CLEAN = {}

PII["crm_note"] = [
    "CRM note ⟨dnum⟩ – ⟨p1.honfull⟩ called about order ⟨order⟩. ⟦Wants the ⟨prod⟩ in ⟨size⟩ "
    "instead.|Asked whether the ⟨prod⟩ can still be exchanged.|Parcel never arrived, so we "
    "reshipped.⟧ ⟦Call back on ⟨p1.phone⟩.|Best reached on ⟨p1.mobile⟩ after 5pm.|Prefers "
    "e-mail: ⟨p1.email⟩.⟧⟦\nOwner: ⟨p2.first⟩|\nAssigned to ⟨p2.full⟩ (⟨store⟩)|⟧",

    "Account update for ⟨p1.lf⟩:\n- new address: ⟨a1.one⟩\n- ⟦mobile|phone⟧: ⟨p1.phone⟩\n"
    "- e-mail unchanged (⟨p1.email⟩)⟦\n- old address in ⟨a2.town⟩ deactivated|⟧\n"
    "Updated by ⟨p2.il⟩, ⟨dnum⟩",

    "⟨company⟩ – ⟦new lead|warm lead|reorder⟧. Contact ⟨p1.full⟩ (⟦buyer|head of purchasing|"
    "club secretary⟧) wants ⟨num⟩ × ⟨prod⟩ for ⟦their guides|the club|the staff⟧. Quote sent "
    "to ⟨p1.wmail⟩. ⟦Follow-up on ⟨weekday⟩.|Decision expected by ⟨dlong⟩.⟧⟦ Second "
    "contact: ⟨p2.hon⟩, ⟨p2.phone⟩.|⟧",

    "Supplier record – ⟦photographer|freelance copywriter|trail-running coach⟧ ⟨p1.full⟩\n"
    "Invoice address: ⟨a1.two⟩\nBank: ⟨iban⟩\n⟦German tax ID on file: ⟨taxid⟩\n|⟧"
    "Last job: ⟦lookbook shoot|catalogue texts|store workshop⟧, ⟨dlong⟩. Contact via ⟨p1.email⟩.",

    "Contact history ⟨p1.LF⟩ (customer ⟨cust⟩)\n⟨dnum⟩ – e-mail: ⟦zip on the ⟨prod⟩ broke "
    "after two weeks|hood seam leaking|wrong colour delivered⟧.\n⟨dnum⟩ – ⟨p2.first⟩ offered "
    "repair or refund.\n⟨dnum⟩ – customer chose ⟦a refund|an exchange⟧.\n⟨dnum⟩ – ⟨amount⟩ "
    "booked by ⟨p3.il⟩.⟦\n⟨dnum⟩ – customer rang again (⟨p1.phone⟩), happy with the outcome.|⟧",

    "Merged two profiles of ⟨p1.full⟩: the web account (⟨p1.email⟩) and ⟦an old guest "
    "checkout|a store account from the ⟨store⟩⟧. Kept the address ⟨a1.one⟩⟦ and the phone "
    "⟨p1.phone⟩|⟧. ⟦Loyalty points combined.|No orders lost.⟧",
]

PII["support_email"] = [
    "⟨p1.hi⟩,\n\nthanks for your message about order ⟨order⟩. ⟦The ⟨prod⟩ is back in stock "
    "and|We have checked the parcel and it⟧ will ship ⟦tomorrow|on ⟨weekday⟩⟧ to ⟨a1.one⟩."
    "⟦ If anything is wrong with that address, just reply to this e-mail.|⟧\n\n⟦Best wishes|"
    "Kind regards|Cheers⟧,\n⟨p2.first⟩\nTalgrat customer service",

    "Hello,\n\nmy name is ⟨p1.full⟩ and I ordered ⟦a|the⟧ ⟨prod⟩ on ⟨dlong⟩. ⟦It arrived "
    "damaged.|The size is wrong.|It has still not arrived.⟧ Could you ⟦send me a return label|"
    "call me back on ⟨p1.phone⟩|refund it to my card⟧?\n\n⟦Thanks,|Many thanks,|Regards,⟧\n"
    "⟨p1.first⟩⟦\n⟨p1.mobile⟩|⟧",

    "⟨p1.dear⟩,\n\nwe are sorry that your ⟨prod⟩ ⟦lost a buckle|leaks at the seams|came "
    "without its rain cover⟧. ⟦A replacement is on its way to:\n⟨a1.two⟩|Please send it to "
    "our workshop; we cover the postage.⟧\n\n⟦Yours sincerely|Kind regards⟧,\n⟨p2.full⟩\n"
    "⟨shopmail⟩",

    "Hi ⟨p1.first⟩,\n\nwe noticed a sign-in to your Talgrat account from ⟨ippub⟩ on ⟨dnum⟩ "
    "at ⟨time⟩⟦, which is not a location you have used before|⟧. If this wasn't you, please "
    "reset your password ⟦here|in the app⟧.⟦ Your wish list and saved addresses are safe.|⟧\n\n"
    "Talgrat account team",

    "Case summary for ⟨p1.honfull⟩\n\nOrder: ⟨order⟩\nItem: ⟨prodtitle⟩, ⟨colour⟩, size ⟨size⟩\n"
    "Problem: ⟦delamination on the hood|sole separating|broken zip slider⟧\nShipping address: "
    "⟨a1.two⟩\nPhone: ⟨p1.phone⟩\nE-mail: ⟨p1.email⟩\n\n⟦Agreed to send a replacement.|The "
    "customer wants the refund to ⟨iban⟩.⟧\nHandled by ⟨p2.il⟩, checked by ⟨p3.first⟩.",

    ("Hey ⟨p1.first⟩!\n\nGood news – your resoled ⟦boots are|trail shoes are⟧ back from the "
     "cobbler. We'll drop them at ⟨a1.one⟩ ⟦on ⟨weekday⟩|this week⟧; the driver will text "
     "⟨p1.mobile⟩ an hour before.\n\n⟨p2.first⟩ at Talgrat", {"country": "US"}),
]

PII["quoted_thread"] = [
    "Thanks ⟨p1.first⟩, that works. I'll collect on ⟨weekday⟩.\n⟨p2.first⟩\n\nOn ⟨dlong⟩, "
    "at ⟨time⟩, ⟨p1.full⟩ <⟨p1.smail⟩> wrote:\n> Hi ⟨p2.first⟩,\n> your ⟨prod⟩ is ready at "
    "the ⟨store⟩.\n> ⟦Please bring your order number ⟨order⟩.|We hold it for seven days.⟧",

    "Hi ⟨p1.first⟩, received, thanks! – ⟨p2.first⟩\n\n-----Original Message-----\nFrom: "
    "⟨p1.full⟩ <⟨p1.email⟩>\nSent: ⟨weekday⟩, ⟨dlong⟩ ⟨time⟩\nTo: ⟨shopmail⟩\nSubject: Re: "
    "return ⟨rma⟩\n\nI posted it today from ⟨a1.town⟩.⟦ Tracking: ⟨parcel⟩|⟧\n\n⟨p1.first⟩",

    "Forwarding this to ⟨p3.first⟩ for the refund.\n\n> ⟨p2.first⟩ wrote:\n> Customer "
    "⟨p1.full⟩ wants the refund paid to a different account:\n>> Please use ⟨iban⟩, the old "
    "account is closed.\n>> ⟨p1.il⟩",

    "---------- Forwarded message ---------\nFrom: ⟨p1.full⟩ <⟨p1.email⟩>\nDate: ⟨dlong⟩\n"
    "Subject: ⟦Address change|Invoice please|New address⟧\nTo: <⟨shopmail⟩>\n\nPlease send "
    "the invoice to my new address: ⟨a1.one⟩.\nThanks, ⟨p1.first⟩",

    "Hi ⟨p1.first⟩,\nyes, ⟨p2.hon⟩ from ⟦the workshop|our ⟨store⟩⟧ will call you ⟦today|"
    "before ⟨time⟩⟧.\n\n> Could someone call me? ⟨p1.mobile⟩ works best.\n> Thanks, "
    "⟨p1.first⟩\n> ⟦Sent from my phone|⟧",

    "> > Who signed for the parcel?\n> ⟦The driver's scanner shows|It says⟧ \"⟨p1.up⟩\", "
    "⟦left at|delivered to⟧ ⟨a1.one⟩.\n\nThat's my neighbour, all good. Sorry for the fuss!\n"
    "⟨p2.full⟩",
]

PII["signed_review"] = [
    "★★★★★ ⟦Brilliant jacket|Worth every penny|Great fit⟧\n⟦Wore the ⟨prod⟩ on a wet weekend "
    "in the Lakes and stayed dry.|Comfortable from the first step.|The colour ⟨colour⟩ looks "
    "even better in real life.⟧\n– ⟨p1.fi⟩, ⟨town⟩",

    "\"⟦I've had mine for three seasons and it still looks new.|Best socks I own.|The hip belt "
    "fits perfectly.⟧\" – ⟨p1.il⟩⟦ (verified buyer)|⟧",

    "Review by ⟨p1.full⟩⟦ on ⟨dnum⟩|⟧: ⟨small⟩/5. ⟦Runs a bit small, order one size up.|"
    "Shipping was quick.|The hood works with a helmet.⟧⟦ Thanks to ⟨p2.first⟩ in the "
    "⟨store⟩ for the advice!|⟧",

    "love it!! ⟦wore it up snowdon|took it to iceland|used it every day on the camino⟧ and it "
    "never let me down ❤️ – ⟨p1.lowfirst⟩",

    "Homepage quote (approved by ⟨p2.first⟩):\n\"⟦The ⟨prod⟩ carried my kit across the "
    "Alps.|I walked 300 km in the ⟨prod⟩.|Finally gear that fits short arms.⟧\"\n⟨p1.full⟩, "
    "⟦mountain guide|hiker|fell runner⟧ from ⟨town⟩",

    "3 stars. ⟦Nice fabric but the sleeves are long.|Good pack, heavy though.⟧ Customer "
    "service (⟨p2.first⟩) sorted the exchange fast. — ⟨p1.up⟩",
]

PII["signature_block"] = [
    "⟦Best|Kind regards|Thanks⟧,\n\n⟨p1.full⟩\n⟦Store Manager|Buyer, Outdoor Apparel|Head "
    "of Retail Operations⟧ | ⟨company⟩\nT ⟨p1.phone⟩⟦\nM ⟨p1.mobile⟩|⟧\n⟨p1.wmail⟩",

    "--\n⟨p1.up⟩\n⟦Customer Care Lead|Visual Merchandiser|Workshop Lead⟧, Talgrat Outdoor\n"
    "⟨p1.smail⟩ · ⟨p1.phone⟩",

    "Thanks, see you ⟨weekday⟩!\n⟨p1.first⟩\n\nSent from my iPhone",

    "⟨p1.full⟩ ⟨p1:(she/her)~(he/him)⟩\n⟦Owner|Managing Director⟧\n⟨company⟩\n⟨a1.two⟩\n"
    "⟨p1.phone⟩ | ⟨p1.wmail⟩",

    "Regards,\nDr ⟨p1.full⟩\n⟦Sports physiotherapist, partner clinic|Team doctor, "
    "⟨town⟩ Harriers⟧\nTel ⟨p1.phone⟩ · Mobile ⟨p1.mobile⟩",

    "Cheers,\n⟨p1.first⟩\n--\n⟨p1.full⟩ | Talgrat Outdoor | ⟨store⟩\n⟦Please note my new "
    "number: ⟨p1.mobile⟩|Working days: Tue–Sat⟧",
]

PII["team_chat"] = [
    "[⟨tick⟩] ⟨p1.lowfirst⟩: anyone seen the ⟨prod⟩ return from ⟨p2.full⟩?\n[⟨tick⟩] "
    "⟨p3.lowfirst⟩: in the back, labelled ⟨rma⟩\n[⟨tick⟩] ⟨p1.lowfirst⟩: ta 👍",

    "⟨p1.handle⟩ can you ring ⟨p2.hon⟩ back? ⟨p2.phone⟩, it's about the ⟦tent|jacket|boot⟧ "
    "repair",

    "⟨p1.first⟩ ⟨tick⟩\nshift swap: I'll take ⟨p2.lowfirst⟩'s saturday if ⟨p2:she~he⟩ takes "
    "my ⟨weekday⟩⟦\n⟨p2.first⟩ ⟨tick⟩\ndeal|⟧",

    "ok so ⟨p1.full⟩ just came in, wants to pay the rest of the ⟨prod⟩ deposit, "
    "⟨p1:her~his⟩ number is ⟨p1.mobile⟩ if we need ⟨p1:her~him⟩",

    "morning all ☀️\n- ⟨p1.lowfirst⟩ off today, ⟨p2.lowfirst⟩ covers till\n- delivery from "
    "⟨company⟩ at ⟨tick⟩\n- customer ⟨p3.full⟩ collecting the ⟨prod⟩ (paid, order "
    "⟨order⟩)⟦\n- call ⟨p4.hon⟩ about the fitting: ⟨p4.phone⟩|⟧",

    "⟨p1.lowfirst⟩ ⟨tick⟩: who packed order ⟨order⟩?? customer says the wrong size\n"
    "⟨p2.lowfirst⟩ ⟨tick⟩: me, sorry. I'll email ⟨p3.first⟩ at ⟨p3.email⟩ with a label",
]

PII["call_note"] = [
    "Call ⟨dnum⟩ ⟨time⟩ – ⟨p1.honfull⟩ (⟨p1.phone⟩). ⟦Asked about the warranty on the "
    "⟨prod⟩.|Wants to change the delivery address to ⟨a1.one⟩.|Parcel ⟨parcel⟩ marked "
    "delivered but not received.⟧ ⟦Promised a callback.|Solved on the phone.|Escalated to "
    "⟨p2.first⟩.⟧",

    "Voicemail, ⟨weekday⟩ ⟨time⟩:\n\"Hi, it's ⟨p1.full⟩, ⟦I bought a ⟨prod⟩ last month|I've "
    "got an order, ⟨order⟩,⟧ and ⟦the zip is stuck|I need a different size⟧ … could someone "
    "ring me on ⟨p1.mobile⟩? ⟦Thanks, bye.|Cheers.⟧\"",

    "Phone order taken by ⟨p2.first⟩:\nCustomer: ⟨p1.full⟩\nDeliver to: ⟨a1.two⟩\nCard "
    "(read out): ⟨card⟩, exp ⟦03/27|11/26|08/28⟧\nItems: ⟨small⟩ × ⟨prod⟩, ⟨size⟩",

    "Missed call from ⟨p1.phone⟩ – ⟦probably|sounds like⟧ ⟨p1.hon⟩ about ⟦the tent pegs|the "
    "resole|the refund⟧. ⟨p2.first⟩ to ring back before ⟨time⟩.",

    "Call log – ticket ⟨ticket⟩\nCaller: ⟨p1.full⟩, ⟨p1.phone⟩\nIssue: ⟦jacket wets out at "
    "the shoulders|backpack frame creaks|sole peeling at the toe⟧\nAgent ⟨p2.il⟩: offered an "
    "inspection; customer ships from ⟨a1.one⟩\nNext: label to ⟨p1.email⟩\nDuration: "
    "⟦6|11|14⟧ minutes",

    ("Call from ⟨p1.first⟩ ⟦at|with⟧ ⟨company⟩, ⟨p1.phone⟩: ⟦the club order|the guide "
     "discount⟧ needs new invoice details, ⟦billing address now|send everything to⟧ "
     "⟨a1.one⟩. ⟨p2.first⟩ updated the account.", {"country": "US"}),
]

PII["name_prose"] = [
    ("⟨p1⟩ and ⟨p2⟩ rebuilt the window display on ⟨weekday⟩; ⟦the ⟨prod⟩ now sits next to "
     "the till.|it took them most of the afternoon.⟧", {"cue": False}),
    ("The lookbook shoot went well. ⟨p1⟩ styled, ⟨p2⟩ took the photos, and ⟨p3⟩ carried the "
     "⟨prod⟩ up to the ridge twice.", {"cue": False}),
    ("⟦Yesterday|On ⟨weekday⟩⟧ ⟨p1⟩ finally returned the demo boots that ⟨p2⟩ had lent "
     "out in ⟨month⟩.", {"cue": False}),
    ("Thanks to ⟨p1⟩ for covering the late shift and to ⟨p2⟩ for sorting the ⟨prod⟩ "
     "returns.⟦ ⟨p3⟩ brought cake.|⟧", {"cue": False}),
    ("⟨p1⟩ ran the ⟦Keswick half marathon|Three Peaks challenge|Ben Nevis race⟧ in our "
     "⟨prod⟩ and beat ⟨p2⟩ by four minutes.", {"cue": False}),
    ("According to ⟨p1⟩, the ⟨prod⟩ sold out in ⟨town⟩ before lunch; ⟨p2⟩ thinks the "
     "weather helped.", {"cue": False}),
]

PII["customer_letter"] = [
    "⟨p1.full⟩\n⟨a1.two⟩\n\n⟨dlong⟩\n\nTalgrat Outdoor – Returns\n\n⟦Dear Sir or Madam|To "
    "whom it may concern⟧,\n\nI am returning the ⟨prod⟩ (order ⟨order⟩) because ⟦it is too "
    "small|a seam opened|the colour is wrong⟧. Please refund the amount to ⟨iban⟩.\n\nYours "
    "faithfully,\n⟨p1.full⟩",

    "Talgrat Outdoor · ⟦Customer Care|Returns⟧\n\n⟨p1.honfull⟩\n⟨a1.two⟩\n\n⟨p1.dear⟩,\n\n"
    "thank you for your letter of ⟨dlong⟩. ⟦We have credited ⟨amount⟩ to your account.|Your "
    "repaired ⟨prod⟩ is enclosed.⟧\n\nYours sincerely,\n⟨p2.full⟩",

    "⟨p1.full⟩ · ⟨a1.one⟩\n\nCancellation of ⟦my Talgrat Club membership|order ⟨order⟩⟧\n\n"
    "Please confirm in writing to the above address or by e-mail to ⟨p1.email⟩.\n\n"
    "⟨p1.full⟩, ⟨dnum⟩",

    "To: ⟨p1.full⟩\nc/o ⟨p2.full⟩\n⟨a1.two⟩\n\nRe: ⟦gift delivery|voucher⟧ ⟨order⟩\n\nDear "
    "⟨p1.first⟩,\n⟨p2.first⟩ asked us to send this ⟦voucher|parcel⟧ to you. Enjoy!\nThe "
    "Talgrat team",

    "⟨dlong⟩\n\nDear Talgrat team,\n\nI bought a ⟨prod⟩ in ⟦your ⟨store⟩|the sale⟧ and "
    "⟦the zip failed on the first trip|the stitching came loose⟧. I have enclosed the receipt. "
    "Please send the repaired item to ⟨a1.one⟩ or call me on ⟨p1.phone⟩.\n\nYours sincerely,"
    "\n⟨p1.full⟩",
]

PII["incident_report"] = [
    "Incident report – ⟨store⟩, ⟨dnum⟩ ⟨time⟩\nA customer, ⟨p1.full⟩, slipped on the wet "
    "floor by the entrance. First aid given by ⟨p2.full⟩. ⟦No ambulance needed.|⟨p1.first⟩ "
    "declined further help.⟧ Contact for follow-up: ⟨p1.phone⟩.⟦\nWitness: ⟨p3.full⟩, "
    "⟨p3.mobile⟩|⟧\nReport filed by ⟨p4.il⟩",

    "Security note ⟨dnum⟩: two ⟨prodtitle⟩ items missing from the rail after closing. ⟨p1.first⟩ "
    "on the till saw someone leave without paying around ⟨time⟩. Police reference "
    "⟨phonelike⟩. The guard on duty, ⟨p2.full⟩ (⟦Harbour Security Services|Northgate Guarding Ltd⟧), has the CCTV clip.",

    "Found property: a wallet with an ID card in the name of ⟨p1.full⟩, ⟨a1.one⟩, found in "
    "the changing room by ⟨p2.first⟩. We called ⟨p1.phone⟩ and left a message. ⟦Kept in the "
    "safe.|Handed to the police on ⟨dnum⟩.⟧",

    "Accident book entry\nDate: ⟨dnum⟩\nInjured: ⟨p1.full⟩ (⟦stock assistant|seasonal "
    "staff|apprentice⟧)\nWhat happened: ⟦cut a hand on a box cutter while unpacking ⟨prod⟩ "
    "stock|strained back lifting tent boxes|slipped from the step ladder in the stockroom⟧\n"
    "First aider: ⟨p2.full⟩\nManager informed: ⟨p3.hon⟩, ⟨time⟩",

    "Note for ⟨p1.first⟩: the customer from ⟨weekday⟩ (⟨p2.full⟩, ⟨p2.email⟩) wrote again "
    "about being ⟦refused a refund|spoken to rudely⟧ at the till. Please add your statement "
    "by ⟨weekday⟩.\n⟨p3.first⟩",

    "Near miss ⟨dnum⟩: a display ladder fell in the ⟨store⟩ while ⟨p1.full⟩ and ⟨p1:her~his⟩ "
    "son were browsing. Nobody hurt. ⟨p1.first⟩ left ⟨p1.email⟩ in case the insurer needs a "
    "statement. Ladder removed by ⟨p2.first⟩.",
]

PII["leave_request"] = [
    "Hi ⟨p1.first⟩,\ncould I take ⟨lfrom⟩ to ⟨lto⟩ off? ⟨p2.first⟩ said ⟨p2:she~he⟩ can "
    "cover my shifts.\nThanks, ⟨p3.first⟩",

    "Leave request\nEmployee: ⟨p1.lf⟩\nStore: ⟨store⟩\nFrom ⟨dfrom⟩ to ⟨dto⟩ (⟨small⟩ "
    "days)\nCover: ⟨p2.full⟩\nApproved by: ⟦⟨p3.il⟩|pending⟧",

    "⟨p1.full⟩ has booked ⟨small⟩ days of annual leave in ⟨month⟩. While ⟨p1:she~he⟩ is "
    "away, please send ⟦supplier questions|team-order questions⟧ to ⟨p2.full⟩ "
    "(⟨p2.smail⟩, ⟨p2.phone⟩).",

    "I am on parental leave until ⟨dlong⟩. ⟦For orders|For anything urgent⟧ please contact "
    "⟨p2.first⟩ on ⟨p2.phone⟩ or at ⟨p2.smail⟩.\n⟨p1.full⟩",

    "Subject: Holiday in ⟨month⟩\n\nDear ⟨p1.first⟩,\n\nI'd like to request leave from "
    "⟨dlong⟩ for two weeks. ⟦We are flying to Lisbon|I'm walking the West Highland Way|My "
    "sister is getting married⟧, so I would not be reachable except on ⟨p2.mobile⟩ for "
    "emergencies.\n⟦I have asked ⟨p3.full⟩ to take over the ⟨prod⟩ stock count.\n|⟧\nBest,\n"
    "⟨p2.full⟩",
]

PII["reference_letter"] = [
    "To whom it may concern,\n\n⟨p1.full⟩ worked at our ⟨store⟩ as ⟦a sales assistant|a boot "
    "fitter|an assistant manager⟧ from ⟨month⟩ ⟦2019|2021|2022⟧ to ⟨month⟩ 2025. ⟨p1:She~He⟩ was reliable, "
    "friendly with customers and ⟦knew our range well|trained new staff⟧. I recommend "
    "⟨p1:her~him⟩ without reservation.\n\n⟨p2.full⟩\nStore Manager, Talgrat Outdoor\n"
    "⟨p2.phone⟩",

    "Hi ⟨p1.first⟩, ⟨p2.full⟩ has applied to ⟨company⟩ and named you as a referee. Could "
    "you confirm ⟦the dates of employment|the role and the reason for leaving⟧? You can reply "
    "to ⟨p3.wmail⟩ or call ⟨p3.phone⟩.\nThanks, ⟨p3.full⟩",

    "Reference: ⟨p1.honfull⟩, ⟦seasonal staff|apprentice|workshop assistant⟧, "
    "⟨dold⟩–⟨dnum⟩. Punctual, good with customers, ⟦knows boots inside out|excellent at "
    "fitting packs|calm on busy Saturdays⟧. — ⟨p2.il⟩",

    "⟨p1.full⟩\n⟨a1.two⟩\n\n⟨dlong⟩\n\nEmployment reference\n\nWe confirm that ⟨p1.first⟩ "
    "was employed by Talgrat Outdoor ⟦part-time|full-time⟧ until ⟨dlong⟩. For further "
    "questions please contact ⟨p2.full⟩ (⟨p2.smail⟩).",

    "Reference call with ⟨p1.hon⟩ (⟨company⟩), ⟨dnum⟩, about the candidate ⟨p2.full⟩: "
    "⟦would rehire|solid, a bit quiet with customers|great with kids' sizing⟧. Number used: "
    "⟨p1.phone⟩.",
]

PII["till_discrepancy"] = [
    "Cash-up ⟨store⟩ ⟨dnum⟩\nTill 2: ⟦short by|over by⟧ ⟨amount⟩ (operator ⟨p1.full⟩)\n"
    "Cause: refund to card ⟨card⟩ keyed twice.\nChecked by ⟨p2.il⟩.",

    "Hi ⟨p1.first⟩, till 1 was ⟨amount⟩ short yesterday. The journal shows a manual refund "
    "at ⟨time⟩ by ⟨p2.first⟩ to a customer called ⟨p3.full⟩ (⟨p3.email⟩) without a receipt. "
    "Can you check with ⟨p2:her~him⟩?\n⟨p4.first⟩",

    "Float handover ⟨tick⟩: ⟨p1.full⟩ → ⟨p2.full⟩, counted ⟨amount⟩, ⟦correct|⟨amount⟩ "
    "over|one note missing⟧. Safe opened by ⟨p3.first⟩.",

    "Customer ⟨p1.full⟩ was charged twice (card ⟨card⟩, ⟨dnum⟩). Refund the second charge; "
    "the customer's phone is ⟨p1.phone⟩. Operator on till 3 was ⟨p2.first⟩.",

    "Discrepancies week ⟨week⟩:\n- ⟨weekday⟩: ⟨amount⟩ short, ⟨p1.full⟩\n- ⟨weekday⟩: "
    "voucher not scanned, ⟨p2.full⟩\n- ⟨weekday⟩: ⟦cash in the wrong drawer|refund without a "
    "slip⟧, ⟨p3.full⟩\nArea manager: ⟨p4.full⟩",
]

PII["lease_correspondence"] = [
    "⟨p1.dear⟩,\n\nfurther to our call, the ⟦rent|service charge⟧ for the ⟨store⟩ premises "
    "will be paid to ⟨iban⟩ from ⟨month⟩. Please confirm the new account holder.\n\nKind "
    "regards,\n⟨p2.full⟩\nTalgrat Outdoor, Property",

    "Dear ⟨p1.first⟩,\nthe contractor (⟨company⟩) will replace the shop window at ⟨a1.one⟩ "
    "on ⟨dlong⟩, with access from ⟨time⟩. ⟨p2.full⟩ will be on site; mobile ⟨p2.mobile⟩.\n"
    "Best, ⟨p3.full⟩",

    "Key handover – unit at ⟨a1.one⟩\nLandlord's agent: ⟨p1.full⟩\nTenant: ⟨p2.full⟩ "
    "(Talgrat)\nKeys handed over: ⟨small⟩\nMeter readings taken ⟨dnum⟩.",

    "⟨p1.full⟩\n⟨company⟩\n⟨a1.two⟩\n\nRent review – ⟨store⟩\n\nWe acknowledge your letter "
    "of ⟨dlong⟩. Our finance contact is ⟨p2.full⟩, ⟨p2.smail⟩.",

    "Hi ⟨p1.first⟩, the heating in the stockroom failed again. Can your engineer ring "
    "⟨p2.first⟩ on ⟨p2.phone⟩? ⟨p2:She~He⟩ opens up at ⟨time⟩.",
]

PII["apprentice_report"] = [
    "Weekly log – week ⟨week⟩\nApprentice: ⟨p1.full⟩\nSupervisor: ⟨p2.full⟩\n⟦Mon–Tue: "
    "stockroom, receiving the ⟨prod⟩ delivery.|Mon: till training.⟧\n⟦Wed: boot fitting with "
    "⟨p3.first⟩.|Wed: helped ⟨p3.hon⟩ with the window.⟧\nThu–Fri: college.\nSigned: ⟨p2.il⟩",

    "This week I learned how to ⟦measure feet for the Steinlauf|patch a down jacket|set up the "
    "click & collect shelf⟧. ⟨p1.first⟩ showed me the steps twice. I served a customer, "
    "⟨p2.hon⟩, who ⟦needed a pack for a trek in Nepal|wanted socks for a grandson|asked about "
    "waxing boots⟧.\n– ⟨p3.first⟩",

    "Assessor visit ⟨dnum⟩: ⟨p1.full⟩ (⟦Level 2 Retail|Level 3 Team Leader⟧). Observed by "
    "⟨p2.full⟩ from ⟦Northern Skills Academy|Retail Skills Partnership⟧, contact ⟨p2.wmail⟩. ⟦Next visit in six weeks.|Portfolio "
    "complete.⟧",

    "Mentor note on ⟨p1.first⟩: good progress in ⟨month⟩, still shy on the phone. Pair with "
    "⟨p2.full⟩ on ⟨weekday⟩s. Parent contact (under 18): ⟨p3.full⟩, ⟨p3.phone⟩.",

    "New apprentice starting ⟨dlong⟩: ⟨p1.full⟩, ⟨a1.one⟩, ⟨p1.mobile⟩. Payroll needs the "
    "bank details: ⟨iban⟩.⟦ Mentor: ⟨p2.full⟩.|⟧",
]

PII["interview_schedule"] = [
    "Interviews ⟨weekday⟩ – ⟨store⟩\n⟨tick⟩ ⟨p1.full⟩ (⟦sales assistant|weekend staff⟧)\n"
    "⟨tick⟩ ⟨p2.full⟩ (⟦workshop technician|boot fitter⟧)\n⟨tick⟩ ⟨p3.full⟩\nPanel: "
    "⟨p4.first⟩ and ⟨p5.first⟩",

    "Dear ⟨p1.first⟩,\n\nthank you for your application. We would like to invite you to an "
    "interview on ⟨dlong⟩ at ⟨time⟩ at ⟨a1.one⟩. Please ask for ⟨p2.full⟩ at the till.\n\n"
    "Best regards,\n⟨p3.full⟩\n⟨shopmail⟩",

    "Hi ⟨p1.first⟩, ⟨p2.first⟩ here from Talgrat – ⟦can we move your interview to "
    "⟨time⟩?|the interview is now by video.⟧ Text me on ⟨p2.mobile⟩. Thanks!",

    "Interview notes – ⟨p1.lf⟩, ⟨dnum⟩\nInterviewers: ⟨p2.il⟩, ⟨p3.il⟩\nExperience: ⟦three "
    "years at ⟨company⟩|climbing instructor|barista, hiking club⟧\nAvailability: ⟦weekends|"
    "from ⟨month⟩⟧\nContact: ⟨p1.email⟩ / ⟨p1.phone⟩\nOutcome: ⟦second round|offer|no⟧",

    ("Offer accepted by ⟨p1.full⟩ for the Munich store. Payroll in Germany needs ⟨p1.first⟩'s "
     "tax ID (Steuer-ID) before the first shift: ⟨taxid⟩. Start date ⟨dlong⟩.", {"country": "DE"}),
]

PII["farewell_card"] = [
    "Farewell card for ⟨p1.first⟩ 🎉\n\"Good luck in ⟨town⟩! – ⟨p2.first⟩\"\n\"We'll miss "
    "your playlists. ⟨p3.first⟩ & ⟨p4.first⟩\"\n\"Don't forget us! ⟨p5.fi⟩\"",

    "Collection for ⟨p1.full⟩'s leaving present: please give cash to ⟨p2.first⟩ or send it "
    "to ⟨p2.email⟩ by ⟨weekday⟩. The card is in the staff room.",

    "Happy birthday ⟨p1.first⟩!! 🎂 from the whole ⟨store⟩ team – ⟨p2.first⟩, ⟨p3.first⟩, "
    "⟨p4.lowfirst⟩ and ⟨p5.first⟩",

    "Notes for ⟨p1.full⟩'s retirement: ⟦joined in 1998 as a boot fitter|opened the Keswick "
    "store|ran the workshop for twenty years⟧; thanks from ⟨p2.full⟩ (area manager). Send the "
    "photo book to ⟨a1.one⟩.",

    "Welcome back, ⟨p1.first⟩, and congratulations on little ⟨p2.first⟩! 🍼 ⟦Lots of love "
    "from|Signed by⟧ ⟨p3.first⟩, ⟨p4.first⟩ and the stockroom crew.",
]

PII["bike_lease"] = [
    "Cycle to Work application\nEmployee: ⟨p1.full⟩\nStore: ⟨store⟩\nBike: ⟦gravel bike|"
    "e-bike|commuter hybrid⟧, ⟨amount⟩\nSupplier: ⟦Greenlane Cycle Scheme|Crestline Leasing LLC|Peak Cycles Ltd⟧\nSalary sacrifice over ⟦12|18|24⟧ months; "
    "approved by ⟨p2.il⟩.",

    "Hi ⟨p1.first⟩, ⟦Greenlane Cycle Scheme|Crestline Leasing⟧ confirmed your bike is ready for pickup. The certificate was "
    "sent to ⟨p1.smail⟩. Any questions: ⟨p2.full⟩, ⟨p2.phone⟩.",

    "Lease ⟨order⟩: deliver the bike to ⟨a1.one⟩, contact ⟨p1.honfull⟩ (⟨p1.mobile⟩).",

    "⟨p1.dear⟩,\n\nyour lease for the ⟦cargo bike|e-MTB|road bike⟧ ends on ⟨dlong⟩. If you "
    "want to keep it, please transfer the buy-out of ⟨amount⟩ to ⟨iban⟩ with the reference "
    "⟨order⟩.\n\nKind regards,\n⟨p2.full⟩",

    "⟨p1.full⟩ reports the leased bike stolen from outside ⟨a1.one⟩ on ⟨dnum⟩; crime "
    "reference ⟨phonelike⟩. Insurer contact: ⟨p2.full⟩⟦, ⟨p2.phone⟩|⟧.",
]

# ---------------------------------------------------------------------------------------
# Texts without personal data

CLEAN["catalogue_copy"] = [
    "The ⟨prodtitle⟩ in ⟨colour⟩ is built for long days: ⟦a hunter's pocket on the hip|a "
    "baker's dozen of small details|room for a flask and a sandwich⟧. ⟨price⟩, ⟦sizes XS–XXL|"
    "several sizes⟧.",
    "New in ⟦May|March|October⟧: the ⟨prodtitle⟩. Whether you are a fox in the hills or a lone "
    "wolf on the ridge, it will keep up. SKU ⟨sku⟩, ⟨price⟩.",
    "Grace under pressure: the ⟨prod⟩ ⟦sheds rain|keeps you warm|stays light⟧ when the "
    "weather turns. Colours: ⟨colour⟩. Delivery in ⟨small⟩ working days.",
    "Little things matter. The ⟨prodtitle⟩ has a ⟦rose-gold|brass⟧ zip pull, a young "
    "fit and ⟦reflective prints|a stowable hood⟧. Article ⟨sku⟩ – ⟨price⟩ incl. VAT.",
    "Will it fit? The ⟨prod⟩ runs true to size; if in doubt, take the bigger one. Price "
    "⟨price⟩, free returns within 30 days.",
]

CLEAN["opening_hours"] = [
    "Opening hours, ⟨store⟩: Mon–Fri ⟦9:30|10:00⟧–⟦18:00|19:00⟧, Sat 9:00–17:00. Closed on "
    "⟨dlong⟩ for stocktaking.",
    "Our ⟦Kendal|Keswick|Ambleside⟧ store (⟦LA9|CA12|LA22⟧) opens at ⟦9am|8:30am⟧ ⟦from "
    "⟨dlong⟩|every day in summer⟧. Parking behind the building, ⟦free for 2 hours|£2 per hour⟧.",
    "Bank holiday hours: ⟨dlong⟩ ⟦10:00–16:00|11:00–15:00⟧; ⟨dlong⟩ closed. Click & collect "
    "orders placed after ⟦2pm|3pm⟧ are ready the next working day.",
    "Stores: ⟦Leeds, Manchester, Edinburgh|Bristol, York, Glasgow|Dublin 2, Galway, Cork⟧ and "
    "the ⟦Denver|Portland⟧ pop-up. Hours differ by store; late opening on ⟨weekday⟩s until "
    "⟦20:00|21:00⟧.",
    "Winter hours from ⟨dlong⟩: ⟦Mon|Sun⟧ closed, Tue–Sat ⟦10–17|9–18⟧. The workshop takes "
    "repairs until ⟦16:00|15:30⟧.",
]

CLEAN["parcel_status"] = [
    "Your order ⟨order⟩ has shipped. Tracking number: ⟨parcel⟩. Expected delivery: "
    "⟨dlong⟩.",
    "Update on ⟨order⟩: the carrier reports a delay at the hub. New delivery window "
    "⟨time⟩–⟨time⟩ on ⟨weekday⟩. Reference for questions: ⟨phonelike⟩.",
    "Return ⟨rma⟩ received on ⟨dnum⟩. Refund of ⟨amount⟩ will appear within ⟨small⟩ "
    "working days. Ticket ⟨phonelike⟩.",
    "Your click & collect order ⟨order⟩ is ready at the ⟨store⟩. Pick-up code ⟦4471|9052|"
    "3318⟧, valid until ⟨dlong⟩.",
    "Parcel ⟨parcel⟩: delivered to the parcel locker, compartment ⟨num⟩. Customer number "
    "⟨phonelike⟩.",
]

CLEAN["supplier_bulletin"] = [
    "Supplier update: Baker & Hunter Logistics will collect returns on ⟨weekday⟩s from "
    "⟨dlong⟩. Pallets must be labelled with the ⟦ASN number|delivery note number⟧.",
    "⟨company⟩ changes its cut-off time to ⟨time⟩⟦ from ⟨dlong⟩|⟧. Orders placed later ship "
    "the next ⟦day|working day⟧.",
    "The new dye house, Marsh & Price Textiles, is bluesign-approved. First deliveries of the "
    "⟨prod⟩ in ⟨colour⟩ are planned for ⟨month⟩.",
    "Reminder: Fell & Crag Outfitters Ltd and Summit Ridge Guiding Co. receive the trade "
    "price list for ⟨month⟩ ⟦next week|on ⟨weekday⟩⟧. Net prices exclude VAT.",
    "Caldbeck Cleaning Ltd will service the stockroom on ⟨weekday⟩ ⟦mornings|evenings⟧. "
    "Please keep aisle ⟦2|3|4⟧ free.",
]

CLEAN["care_tips"] = [
    "Wash the ⟨prod⟩ at ⟦30|40⟧ °C with a technical detergent, close all zips and tumble dry "
    "on low for ⟦20|30|40⟧ minutes to reactivate the DWR.⟦ Skip the fabric softener.| Do not "
    "iron the print.|⟧",
    "Merino needs little washing: air it ⟦overnight|on the balcony|after each hike⟧, wash at "
    "⟦20|30⟧ °C on the wool cycle and dry flat.⟦ Moths hate cedar wood.|⟧",
    "Down jackets: wash at 30 °C, add ⟦two|three⟧ clean tennis balls to the dryer and dry on "
    "low for ⟦2|3|4⟧ hours until no clumps remain.",
    "Leather boots: brush off ⟦mud|dust|snow salt⟧, let them dry away from the heater and "
    "wax them every ⟦4|6|8⟧ weeks.⟦ New laces cost ⟨amount⟩.|⟧",
    "Backpacks: never machine-wash. Rinse with ⟦lukewarm|cold⟧ water, hang upside down ⟦for a "
    "day|overnight⟧ and store loosely packed.⟦ Check the buckles before each trip.|⟧",
]

CLEAN["ordinary_words"] = [
    "The hunter's moon rose over the ⟦valley|lake|pass⟧ while the baker in the village lit "
    "his oven. ⟦May|June|September⟧ is a good month for the high trails.",
    "By the grace of a dry forecast we ⟦will|shall⟧ ⟦climb|walk|scramble⟧ to the hut on "
    "⟨weekday⟩. Young hikers and little legs get a shorter route of ⟦6|8|9⟧ km.",
    "A fox crossed the path, a wolf howled somewhere ⟦far off|in the forest|beyond the "
    "ridge⟧, and a bird sang from the rose hedge ⟦at dawn|at dusk|all morning⟧.",
    "Hope for sun, pack for rain. Will the wind drop by ⟦noon|two o'clock|the evening⟧? The "
    "cook at the hut ⟦thinks so|is not sure|says yes⟧.",
    "In ⟦May|April|June⟧ the marsh turns green, the stone walls warm up and the ⟦king|queen⟧ "
    "of the meadow is the skylark. ⟦Bring a little flask.|Keep dogs on a lead.|⟧",
]
