//! The words of injection screening, one table per language, and the templates that turn a
//! table into patterns.
//!
//! Every table fills the same slots (verbs that set instructions aside, nouns for instructions,
//! the places in a model's output, verbs that put something there, …); the templates combine
//! slots into patterns, so a new language is one more table and needs no new pattern. Words are
//! written folded (lower case, no diacritics, `ß` → `ss`) because the screen matches folded text.
//!
//! What makes a sentence an injection is that it is addressed to whoever writes the copy: it
//! names the output ("in every headline", "dans l'annonce"), speaks to the model ("you must",
//! "als KI"), or asks for something only a writer can do with this text (insert a link or a
//! code, say that …, reveal the instructions). An imperative aimed at the shopper ("Jetzt
//! bestellen", "Use code SUMMER10 at checkout") names none of these, so it passes.

/// The slots of one language (each an alternation, folded).
pub struct Lang {
    pub code: &'static str,
    /// Verbs that set instructions aside ("ignore", "vergiss").
    pub ignore: &'static str,
    /// Nouns that only mean instructions to a model ("instructions", "Anweisungen").
    pub instructions: &'static str,
    /// What came before ("previous", "obigen"): an override with these needs no noun.
    pub before: &'static str,
    /// Pronoun phrases for everything said so far ("everything above", "ce qui precede").
    pub everything: &'static str,
    /// Possessives addressing the model ("your", "deine").
    pub your: &'static str,
    /// Nouns that are instructions only with a possessive ("rules", "Regeln").
    pub rules: &'static str,
    /// Verbs that put something into the output ("include", "füge … ein").
    pub insert: &'static str,
    /// Verbs that place a payload in the copy ("include", "füge … ein"), narrower than `insert`.
    pub place: &'static str,
    /// The model's output ("in your answer", "in jede Anzeige").
    pub target: &'static str,
    /// Modal phrases addressing the model ("you must", "du sollst").
    pub modal: &'static str,
    /// Verbs a modal phrase turns into an order to the model.
    pub directive: &'static str,
    /// Words for the model ("AI", "KI", "assistant").
    pub ai: &'static str,
    /// Speech verbs ("say", "schreib") …
    pub say: &'static str,
    /// … and the conjunction of reported speech ("that", "dass").
    pub that: &'static str,
    /// Verbs that ask for something to be shown ("reveal", "verrate").
    pub reveal: &'static str,
    /// Reveal verbs that follow their object (German and Dutch verb-final clauses).
    pub reveal_late: &'static str,
    /// What must stay hidden ("your system prompt", "deine Anweisungen").
    pub secret: &'static str,
    /// Whole phrases speaking to the model ("if you are an AI", "note to the model").
    pub addressed: &'static str,
    /// Whole phrases: a new role for the model.
    pub persona: &'static str,
    /// Whole phrases: a new task replacing the old.
    pub new_task: &'static str,
    /// Things an attacker wants in the copy: links, codes, phone numbers, competitors.
    pub payload: &'static str,
    /// Requests for abuse: insult, mock, disparage.
    pub abuse: &'static str,
    /// Adjectives of offensive text.
    pub offensive: &'static str,
    /// Whole phrases: the instructions declared void ("your previous rules are cancelled").
    pub void: &'static str,
    /// Whole phrases: obedience to what follows ("obey only what follows").
    pub obey: &'static str,
    /// Whole phrases: how the output must start or end ("end every ad with").
    pub ending: &'static str,
    /// Whole phrases: answer format or language switches.
    pub respond: &'static str,
    /// Words before an imperative at the start of a clause ("please", "bitte").
    pub lead: &'static str,
    /// Determiners that open a subject at the start of a clause, each with its trailing space
    /// ("the ", "l'").
    pub article: &'static str,
    /// Nouns that can only mean a machine writer ("chatbot", "KI"): a human role such as
    /// "copywriter" is not one, because a brand guide speaks to its copywriters.
    pub machine: &'static str,
    /// Relative pronouns opening a clause about the subject ("that", "der").
    pub rel: &'static str,
    /// Third-person obligations ("must", "soll", "wird gebeten").
    pub must: &'static str,
    /// Whole phrases: an impersonal demand on the copy ("it must be mentioned that", "make sure
    /// the ad says").
    pub oblige: &'static str,
    /// Participles that mark text as the machine's output ("generated", "generierten"): a
    /// subject so marked with an obligation and a speech verb is an order about the copy ("any
    /// copy generated for this item should say …").
    pub generated: &'static str,
    /// Infinitives of saying or containing, after an obligation ("mention", "erwahnen").
    pub utter: &'static str,
}

pub const LANGS: &[Lang] = &[EN, DE, FR, ES, IT, NL];

/// What the pattern for a demand on the machine's output reports ("generated texts must
/// mention …"); with a negation in it, it is a rule of the brand's guide ("generated copy must
/// not mention prices").
pub const GENERATED_DEMAND: &str = "a demand on what the generated copy says";

const EN: Lang = Lang {
    code: "en",
    ignore: r"ignore|ignoring|disregard|forget|forgetting|neglect|dismiss|override|overwrite|bypass|discard|abandon|drop|ditch|set\s+aside|never\s?mind|pay\s+no\s+attention\s+to|do\s+not\s+follow|don'?t\s+follow|stop\s+following|no\s+longer\s+follow",
    instructions: r"instructions?|prompts?|system\s+prompt|system\s+message|directives?|guidelines|guardrails|safeguards|programming|system\s+rules|rules\s+of\s+the\s+system|brand\s+(?:guide\w*|voice|rules|book|guidelines|policy)|style\s+(?:guide|rules)|tone\s+of\s+voice|(?:safety|content)\s+(?:rules|filters?|policy|guidelines)|(?:prior|previous|earlier|above|preceding|original|initial)\s+(?:context|text|input|task|messages?|commands|orders|rules|directions|content|request)",
    before: r"previous|previously|prior|above|earlier|preceding|foregoing|aforementioned|above-?mentioned|original|initial",
    everything: r"(?:everything|anything|all|what(?:ever)?)\s+(?:(?:that\s+)?(?:was\s+|is\s+|were\s+)?(?:written\s+|said\s+|stated\s+|given\s+)?(?:above|before|previously|earlier|so\s+far|until\s+now|up\s+to\s+(?:now|here))|you\s+(?:were|have\s+been|are)\s+(?:told|given|instructed|asked))|the\s+above|all\s+(?:of\s+)?the\s+above|that\s+(?:task|prompt)",
    your: r"your|all\s+your|all\s+of\s+your|any\s+of\s+your|the\s+system'?s?|all\s+(?:safety|content)",
    rules: r"rules|restrictions|constraints|filters|training|ethics|principles|polic(?:y|ies)|settings|limitations|guidance|brief(?:ing)?|task|context|orders|commands",
    insert: r"change\s+the|update\s+the|set\s+the|alter\s+the|work|squeeze|sneak|tuck|incorporate|integrate|bake|blend|insert|include|add|append|prepend|mention|write|put|place|embed|inject|plug|weave|slip|promote|advertise|recommend|praise|replace|substitute|swap|say",
    place: r"insert|include|add|append|prepend|mention|put|place|embed|inject|plug|weave|slip|promote|advertise|feature|recommend|praise|link\s+to|name-?drop|reference|push|endorse|suggest|write\s+about|talk\s+about",
    target: r"(?:in|into|to|within|inside|throughout|across|(?:at|to)\s+the\s+(?:end|start|beginning|top|bottom)\s+of|under(?:neath)?|below|after|before|with)\s+(?:your|the|this|each|every|all|any|all\s+(?:of\s+)?(?:the|your))\s+(?:(?:final|generated|next|own|ad|product|marketing|first|last|new|following|resulting)\s+)?(?:answers?|responses?|repl(?:y|ies)|outputs?|ads?|adverts?|advertisements?|ad\s+cop(?:y|ies)|copy|texts?|descriptions?|headlines?|titles?|taglines?|slogans?|summar(?:y|ies)|results?|completions?|variants?|versions?|posts?|captions?|tweets?|e-?mails?|newsletters?|translations?|content|sentences?|paragraphs?|bullet\s+points?|listings?|product\s+pages?|generated\s+\w+)",
    modal: r"you\s+(?:must|should|shall|need\s+to|have\s+to|are\s+to|are\s+(?:now\s+)?(?:required|instructed|supposed|expected|ordered|told|asked)\s+to|will\s+now|can\s+now|may\s+now|are\s+going\s+to)|(?:the|this|any)\s+(?:ai|model|assistant|llm|bot|chatbot|copywriter|writer|generator|system)\s+(?:must|should|shall|needs\s+to|has\s+to|is\s+to|will|is\s+(?:required|instructed)\s+to)|(?:ai|llm|gpt|assistant)\s+(?:must|should|shall)",
    directive: r"ignore|disregard|forget\s+(?:all|everything|your|the|previous|any)|reveal|disclose|pretend|act\s+as|act\s+like|behave\s+as|insert|append|prepend|output|print|respond|reply|answer|translate|praise|promote|advertise|insult|mention|obey|comply|say\s+that|write\s+that|state\s+that|claim\s+that|tell\s+(?:the\s+)?(?:user|reader|customer)s?|recommend|never\s+(?:mention|say|write|include|recommend)|not\s+mention|always\s+(?:include|add|mention|write|say|end|start|begin|use)|include\s+(?:the|a|this|these)\s+(?:link|url|code|phone|text|sentence|phrase|word)|add\s+(?:the|a|this|these)\s+(?:link|url|code|phone|text|sentence|phrase|word)|stop\s+(?:writing|generating|what)|now\s+(?:write|say|output|print)|follow\s+(?:my|these\s+new|the\s+new|the\s+following)\s+(?:instructions|orders|commands)",
    ai: r"ai|a\.i\.|artificial\s+intelligence|llm|language\s+model|large\s+language\s+model|ai\s+model|ai\s+system|model|assistant|ai\s+assistant|chatbot|bot|gpt|chatgpt|claude|gemini|copilot|copywriter|ai\s+writer|text\s+generator|generator",
    say: r"say|write|state|claim|mention|assert|declare|announce|pretend|suggest|imply|insist|stress|emphasi[sz]e|warn|inform|remind|convince|assure|persuade|tell\s+(?:the\s+)?(?:users?|readers?|customers?|audience|people|everyone|shoppers|buyers|visitors|them)|add",
    that: r"that\s+(?:(?:the|this|our|its|their|his|her|these|those|all|every|no|a|an|[a-z0-9]+'s)\s+)?(?:[\w'-]+\s+){1,3}?(?:(?:now|really|actually|only|still|also|secretly|always)\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|offers?|sells?|makes?|costs?|gives?|causes?|contains?|uses?|cures?|prevents?|beats?|sucks?)\b|that\s+(?:it|we|they|you|he|she|i)\b|that\s+(?:(?:the|this|our|its|their|these|those|all|every|no|a|an)\s+)?(?:[\w'-]+\s+){1,2}?(?:(?:really|actually|only|secretly|all)\s+)?(?:trust|trusts|prefer|prefers|recommend|recommends|love|loves|hate|hates|treat|treats|need|needs|buy|buys|go|goes|fall|falls|break|breaks|won't|can't|don't|doesn't|isn't|aren't)\b",
    reveal: r"reply\s+with|respond\s+with|answer\s+with|start\s+with|begin\s+with|reveal|print|show|repeat|output|display|leak|dump|disclose|share|tell|give|list|paste|copy|write\s+out|spell\s+out|recite|expose|provide|send|summari[sz]e|echo|return|quote|translate|encode|what\s+(?:are|were|is|was)",
    reveal_late: r"",
    secret: r"(?:your|the)\s+(?:(?:full|complete|exact|entire|whole|original|initial|first|hidden|secret|internal|confidential|developer|system|starting|preceding|previous|above|real|actual|underlying)\s+){1,2}(?:prompts?|instructions|rules|guidelines|directives|configuration|setup|preamble|message|context|conversation|orders)|your\s+(?:prompts?|instructions|rules|guidelines|directives|configuration|preamble|system\s+message)|(?:system|initial|original|hidden|secret)\s+prompt|the\s+(?:above|preceding|previous)\s+(?:text|words|lines|content|message|prompt)|the\s+(?:instructions|rules|prompt|text)\s+(?:you\s+(?:were|have\s+been)\s+given|given\s+to\s+you)|(?:this|the)\s+(?:entire\s+|whole\s+)?conversation|(?:everything|all|the\s+text|the\s+words|what\s+(?:is|was))\s+(?:written\s+)?(?:above|before\s+this)|what\s+you\s+were\s+(?:told|given|instructed)|the\s+(?:prompt|instructions|rules|text)\s+you\s+(?:were|have\s+been)\s+(?:given|configured|set\s+up|programmed|initiali[sz]ed|trained|started)|(?:the\s+)?(?:rules|instructions|guidelines|directives)\s+you\s+(?:operate|work|run|act)\s+under|(?:the\s+)?(?:rules|instructions|guidelines)\s+you\s+(?:follow|obey|were\s+given|have\s+been\s+given)|(?:the|your)\s+(?:api\s+keys?|passwords?|credentials|secrets)|(?:the|your)\s+(?:secret|api|access|private)\s+(?:keys?|tokens?)|(?:the|your)\s+tokens?\b|(?:the|your)\s+developer\s+messages?|the\s+(?:hidden|full|complete|raw)\s+(?:context|brand\s+documents)",
    addressed: r"\byour\s+(?:system|initial|original|hidden|secret|internal|confidential|developer|starting)\s+(?:prompt|instructions|rules|message|configuration)\b|\bwhat\s+(?:are|were)\s+you\s+(?:not\s+)?(?:supposed|allowed|told|instructed)\s+to\b|\binitiali[sz]ation\s+(?:string|prompt|text)\b|\b(?:when|while|whenever|as|if|before|after)\s+you\s+(?:write|generate|create|produce|draft|compose|rewrite|translate)\s+(?:the|this|your|any|each|every|an?)\s+(?:\w+\s+)?(?:ad|ads|advert|copy|text|description|headline|answer|response|variants?|content|post|summary|title)s?\b|\b(?:important|info|information|heads-?\s?up|fyi|psst|reminder)\s+(?:for|to)\s+(?:the\s+)?(?:copywriter|writer|ai|model|assistant|llm|bot|generator)\b|\b(?:for|to)\s+the\s+(?:copywriter|writer|ai|model|assistant|llm|bot|generator|text\s+generator)\s*:|\b(?:if|when|whenever)\s+you(?:\s+are|\s*'re|\s+re)\s+(?:an?\s+)?(?:ai|llm|language\s+model|assistant|chatbot|bot|gpt|model|automated|machine)\b|\b(?:note|message|instructions?|attention|reminder|memo|hint)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:ai|llm|language\s+model|assistant|chatbot|bot|gpt|model|copywriter|writer|generator|system|reader\s+ai)\b|\b(?:dear|hey|hi|hello|attention|yo)\s+(?:ai|llm|language\s+model|assistant|chatbot|bot|gpt|chatgpt|claude|model|copywriter)\b|(?:^|[.!?\n]\s*)as\s+(?:an?|the)\s+(?:ai|assistant|language\s+model|model|llm|chatbot|copywriter)\b(?:[^.!?\n]|\.\w){0,20},|\b(?:ai|llm|language\s+model|assistant|bot|model)s?\s+(?:reading|processing|parsing|summari[sz]ing|generating|writing)\s+(?:this|these|the\s+(?:ad|copy|text|description))\b|\bto\s+(?:any|the|all)\s+(?:ai|llm|language\s+model|bot|assistant)s?\b",
    persona: r"\b(?:pretend|imagine)\s+(?:that\s+)?(?:you\s+are|you'?re|to\s+be)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:ai|assistant|model|bot|chatbot|gpt|dan|hacker|human|person|different|evil|unrestricted|unfiltered|uncensored|rogue|competitor|employee|salesman|spokesperson|representative)\b|\b(?:act|behave|respond|answer|function)\s+(?:as|like)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:ai|assistant|model|bot|chatbot|gpt|dan|hacker|unrestricted|unfiltered|uncensored|evil|rogue|different|system|admin|developer|linux\s+terminal|terminal)\b|\byou(?:\s+are|'re)\s+(?:now|no\s+longer)\s+(?:a|an|the|in|my|called|named|free|unrestricted|allowed|able|dan|not)\b|\bfrom\s+now\s+on,?\s+you\b|\broleplay\s+as\b|\brole-?play\b.{0,20}\byou\b|\bdo\s+anything\s+now\b|\bjailbreak\w*|\b(?:unrestricted|unfiltered|uncensored)\s+(?:mode|ai|assistant|model|version)\b|\bwithout\s+(?:any\s+)?(?:restrictions|limitations|filters|censorship|guidelines)\b|\b(?:enable|activate|enter|switch\s+to)\s+(?:\w+\s+)?mode\b",
    new_task: r"\bnew\s+(?:task|instructions?|orders|rules|objective|assignment|directive|prompt)\s*[:\-!]|\b(?:your|the)\s+(?:real|actual|true|new|updated|only)\s+(?:task|instructions?|job|goal|objective|purpose|mission|orders)\s+(?:is|are|will\s+be)\b|\bthe\s+(?:above|previous|preceding|prior|last)\s+(?:\w+\s+)?(?:was|were|is)\s+(?:just\s+|only\s+|merely\s+)?(?:a\s+)?(?:test|joke|fake|mistake|example|decoy|irrelevant|wrong|outdated|cancell?ed|void)\b|\b(?:priority|emergency|urgent|admin|administrator|system|security|developer|important)\s+(?:override|update|instruction|instructions|message|notice|alert|directive|command)\s*[:!\-]|\boverride\s*:|\bfrom\s+(?:here|this\s+point|now)\s+on(?:wards?)?\b|\b(?:scrap|drop|ditch|forget|ignore|disregard|skip|abandon)\s+(?:the|this|your)\s+(?:brief|briefing|task|assignment)\b|\bstarting\s+now\b[^.]{0,30}\b(?:you|write|respond|answer|only)\b|\binstead\s*,?\s+(?:do|write|say|output|print|respond|reply|answer|generate|produce|tell|list|create|include|add|insert|translate|repeat|reveal|mention|recommend|praise|promote|insult|describe|explain)\b|\b(?:do|write|say|output|print|respond|generate|produce|tell|list|create|include|add|insert|translate|repeat|reveal|mention|recommend|praise|promote|describe)\b(?:[^.!?\n]|\.\w){0,60}\binstead\s*(?:[.!:]|$)|\bstop\s+(?:what\s+you\s+are\s+doing|writing|generating|the\s+(?:task|ad|copy|description))\b|\b(?:begin|start)\s+(?:new|the\s+new|real|actual|following|system|updated)\s+instructions\b|\bend\s+of\s+(?:the\s+)?(?:input|user\s+input|product\s+data|data|context|document|feed|prompt|instructions|system\s+prompt|conversation|brief)\b|\b(?:disregard|ignore)\s+(?:this|that|the)\s+(?:product|text|data|description|input|feed|content)\b(?:[^.!?\n]|\.\w){0,20}\b(?:and|;|,)|\bthe\s+following\s+(?:instructions|rules|orders)\s+(?:take|have|override|supersede|replace)\b|\b(?:supersedes?|overrides?|replaces?)\s+(?:all\s+)?(?:previous|prior|earlier|other|your|the\s+(?:previous|original|system))\s+(?:\w+\s+)?(?:instructions|rules|prompts?|guidelines|brief|briefing|task|assignment)\b|\bwrite\s+(?:from\s+now\s+on|henceforth|from\s+here\s+on)\b|\b(?:switch(?:ing)?\s+tasks?|task\s+(?:switch|change)|change\s+of\s+tasks?)\s*[:\-!]",
    payload: r"(?:hyper|back)?links?|urls?|web\s?sites?|web\s?pages?|domains?|(?:discount|coupon|promo|promotional|promotion|voucher|referral|affiliate|gift|sale|rebate|offer)[\s-]?codes?|codes?\s+['\x22]?[a-z0-9]*[0-9][a-z0-9]*|phone\s+numbers?|telephone\s+numbers?|hotline|whatsapp|telegram|https?:|www\.|\.com\b|competitors?|rivals?|(?:another|other|a\s+different|a\s+competing|competing)\s+(?:brand|shop|store|company|retailer|seller|vendor|manufacturer)s?|prices?\s+of\s+\d|\d+\s?%\s+(?:off|discount)",
    abuse: r"be\s+(?:very\s+|extremely\s+|really\s+|as\s+)?(?:rude|vulgar|offensive|insulting|mean|nasty|aggressive|hostile|condescending|racist|sexist|crude|obscene)|insult|offend|mock\s+(?:the|this|our|them|him|her|people|customers|users|readers|buyers|competitors?)|ridicule|humiliate|demean|belittle|curse\s+at|swear\s+at|badmouth|bad-mouth|disparage|denigrate|trash-?talk|slander|defame|make\s+fun\s+of|speak\s+(?:badly|ill|negatively)\s+(?:of|about)|criticize|criticise|swear|curse|cuss|use\s+(?:swear|curse|cuss|four-letter)\s+words|make\s+(?:fun|jokes?)\s+(?:of|about)|tell\s+(?:\w+\s+){0,2}?to\s+shut\s+up",
    offensive: r"offensive|insulting|rude|vulgar|racist|sexist|hateful|obscene|derogatory|profanit(?:y|ies)|swear\s?words|slurs|curse\s?words|nsfw|insults|hate\s+speech|discriminatory|homophobic|violent|threatening|defamatory|mocking|condescending|contemptuous|demeaning|derisive|false\s+(?:claims?|statements?|information|facts)|fake\s+(?:claims?|reviews?|news)|misinformation",
    void: r"\b(?:(?:your|all\s+your|all\s+of\s+your)\s+(?:(?:previous|prior|earlier|preceding|original|initial|old|former|current|existing|system)\s+)?|(?:the\s+|all\s+(?:the\s+)?)?(?:previous|prior|earlier|preceding|original|initial|old|former|system)\s+)(?:instructions|rules|orders|prompts?|guidelines|directives|commands|restrictions|brief)\s+(?:are|is|were|have\s+been|has\s+been)\s+(?:now\s+|hereby\s+|officially\s+)?(?:cancell?ed|void|null|invalid|revoked|obsolete|lifted|suspended|overridden|replaced|withdrawn|deactivated|disabled|no\s+longer\s+(?:valid|in\s+force|active|relevant))\b",
    obey: r"\b(?:obey|follow|execute|do)\s+(?:only\s+|just\s+|exclusively\s+)?(?:what\s+follows|the\s+following|these\s+(?:new\s+)?(?:instructions|orders)|this\s+text|my\s+(?:instructions|orders|commands)|me\s+(?:only|now))\b|\bonly\s+obey\b|\bdo\s+the\s+opposite\b|\bwhatever\s+you\s+(?:were|have\s+been)\s+(?:told|instructed|asked)\b|\bstop\s+everything\b|\bjust\s+(?:print|say|output|write)\s*:?\s*['\x22]",
    ending: r"\b(?:end|start|begin|finish|close|conclude|open|prefix|sign\s+off|wrap\s+up)\s+(?:\w+\s+){0,2}?(?:answers?|responses?|repl(?:y|ies)|outputs?|ads?|adverts?|copy|texts?|descriptions?|headlines?|variants?|titles?|sentences?|messages?|posts?|e-?mails?|taglines?)\s+(?:\w+\s+)?(?:with|by)\b|\b(?:answers?|responses?|repl(?:y|ies)|outputs?|ads?|copy|texts?|descriptions?|headlines?|variants?|titles?)\s+(?:must\s+|should\s+|always\s+|will\s+)*(?:ends?|starts?|begins?|closes?|finish(?:es)?|opens?)\s+with\b|\b(?:complete|finish|continue)\s+(?:this|the\s+following)\s+(?:sentence|text|phrase)\b|\b(?:tell|warn|inform|remind|convince|assure|persuade)\s+(?:(?:every|each|all(?:\s+the)?|the|our|any)\s+)?(?:users?|readers?|customers?|audience|visitors|shoppers|buyers|people|everyone)\s*,?\s+(?:to|that)\b|\b(?:describe|present|portray|call|label|advertise|market)\s+(?:this|the|our|it|these)\s+(?:\w+\s+){0,2}?as\s+(?:worse|inferior|the\s+cheapest|cheap|bad|terrible|dangerous|unsafe|toxic|fake|a\s+scam|overpriced|the\s+best\s+on\s+the\s+market)\b|\bcall\s+(?:the|this|our|it)\s+(?:\w+\s+)?['\x22]|\bpraising\s+[\w\s'-]{1,30}?\s+as\s+(?:the\s+)?(?:best|better|superior|number\s+one|top)\b|\bmake\s+(?:sure\s+)?(?:that\s+)?(?:the|every|each|all|your)\s+(?:answers?|responses?|outputs?|ads?|copy|texts?|descriptions?|headlines?|variants?|titles?|taglines?)\s+(?:\w+\s+)?(?:say|says|state|states|mention|mentions|include|includes|contain|contains|read|reads|claim|claims|sound|link|links)\b|\b(?:the|every|each|all|your)\s+(?:answers?|responses?|outputs?|ads?|copy|texts?|descriptions?|headlines?|variants?|titles?|taglines?)\s+(?:must|should|has\s+to|have\s+to|needs?\s+to|shall|will)\s+(?:always\s+|also\s+)?(?:say|state|mention|include|contain|read|claim|link|feature|promote|end|start|begin)\b|\b(?:every|each)\s+(?:ad|headline|variant|title|description|answer|response)\s+(?:contains|includes|mentions|says|states|links)\b|\b(?:write|describe|present|portray|word)\s+(?:\w+\s+){0,3}?as\s+(?:if|though)\b|\b(?:output|print|write|say|return|reply\s+with|respond\s+with|answer\s+with)\s+(?:only\s+|just\s+|exactly\s+|verbatim\s+)*(?:the\s+following|this|these|the\s+text|the\s+sentence)\s*(?:sentence|text|phrase|words?|line|string)?\s*:|\b(?:drop|disable|turn\s+off|switch\s+off|remove|lift|suspend|relax|deactivate|bypass)\s+(?:the\s+|your\s+|all\s+|any\s+)?(?:safety|content|brand|style|moderation|security)\s+(?:rules|filters?|guardrails|restrictions|checks?|guidelines|polic(?:y|ies)|settings)\b",
    respond: r"\b(?:respond|reply|answer|write|output|speak|talk)\s+(?:only\s+|exclusively\s+|solely\s+|from\s+now\s+on\s+|always\s+)?(?:in|with|using)\s+(?:all\s+)?(?:caps|capitals|capital\s+letters|uppercase|lowercase|english|german|french|spanish|italian|dutch|chinese|russian|japanese|polish|portuguese|arabic|pirate|leetspeak|emojis?|json|html|markdown|base64|rot13|the\s+(?:word|phrase|sentence|text)|a\s+single\s+word|['\x22])|\btranslate\s+(?:this|the|it|everything|all|your|the\s+following|the\s+above)\b(?:[^.!?\n]|\.\w){0,40}?\b(?:into|to)\s+[a-z]+|\breplace\s+(?:every|each|all|any)\s+(?:mention|occurrence|instance|reference|use)s?\s+of\b|\breplace\s+(?:the\s+)?(?:brand|product|company|shop|store)(?:'?s)?(?:\s+name)?\s+with\b|\b(?:start|begin|end|finish|prefix|conclude)\s+(?:your|each|every|the)\s+(?:answer|response|reply|output|ad|headline|description|sentence|text)\s+with\b|\brepeat\s+(?:after\s+me|the\s+(?:word|phrase|following))\b",
    lead: r"please|pls|kindly|also|then|and|now|instead|just|simply|always|finally|first|next|important|remember\s+to|make\s+sure\s+(?:to|you)|be\s+sure\s+to|don'?t\s+forget\s+to|do\s+not\s+forget\s+to",
    article: r"(?:the|this|any|every|each|an?|our|your)\s+",
    machine: r"ai|a\.i\.|llm|language\s+model|assistant|chatbot|bot|copybot|gpt|chatgpt|generator|algorithm|writing\s+(?:assistant|tool)|copy\s+(?:tool|assistant|generator)",
    rel: r"that|which|who|\w+ing",
    must: r"must|should|shall|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are)\s+to|ought\s+to|will\s+have\s+to|is\s+(?:asked|requested|required|instructed|expected|supposed|told)\s+to",
    oblige: r"\bit\s+(?:must|should|has\s+to|needs\s+to|is\s+to)\s+be\s+(?:mentioned|stated|said|added|written|made\s+clear|pointed\s+out|emphasi[sz]ed|highlighted|claimed|announced)\s+that\b|\b(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:the|every|each|all|your)\s+(?:ad|advert|copy|text|headline|description|output|answer|variant|tagline)s?\s+(?:says?|states?|mentions?|includes?|contains?|claims?|reads?|links?|ends?|starts?)\b|\bthe\s+(?:link|url|code|phone\s+number)\s+(?:\S+\s+)?(?:must|should|has\s+to|needs\s+to)\s+(?:appear|be|go|come)\s+(?:\w+\s+){0,3}?(?:first|last|opening|closing|every)\s+(?:sentence|line|paragraph|word|variant|ad|headline)",
    generated: r"(?:ai|auto|machine)-?generated|generated|machine-?written|auto-?written|written\s+by\s+(?:the\s+|an\s+)?(?:ai|model|generator|tool)",
    utter: r"say|state|mention|include|contain|claim|read|note|stress|emphasi[sz]e|highlight|point\s+out|tell|promise|advertise|feature|link\s+to|recommend|praise|describe|call|declare|assert|refer\s+to",
};

const DE: Lang = Lang {
    code: "de",
    ignore: r"ignoriere|ignorier|ignoriert|ignorieren(?:\s+sie)?|vergiss|vergesst|vergessen(?:\s+sie)?|missachte|missachten(?:\s+sie)?|ubergehe|ubergeh|ubergehen(?:\s+sie)?|uberschreibe|uberschreib|verwirf|verwerfe|verwerfen(?:\s+sie)?|umgehe|umgeh|beachte\s+(?:nicht|keine)|beachten\s+sie\s+(?:nicht|keine)|befolge\s+(?:nicht|keine)|folge\s+(?:nicht|keine)|losche|losch|streiche|setze\s+(?:\w+\s+){0,3}ausser\s+kraft",
    instructions: r"anweisung(?:en)?|instruktion(?:en)?|prompts?|systemprompt|system-?prompts?|systemanweisung(?:en)?|vorgaben|befehle|richtlinien|direktiven|programmierung|systemregeln|regeln\s+des\s+systems|markenrichtlinie\w*|markenregeln|styleguide|stilregeln|markenstimme|tonalitat|sicherheitsregeln|(?:bisherigen|vorherigen|obigen|vorangegangenen|vorigen|fruheren|ursprunglichen|alten)\s+(?:kontext|text|eingaben?|aufgaben?|auftrag|regeln|nachrichten|inhalte?)",
    before: r"bisherigen?|vorherigen?|obigen?|vorangegangenen?|vorangehenden?|vorigen?|fruheren?|ursprunglichen?|vorstehenden?|oben\s+genannten|zuvor\s+gegebenen",
    everything: r"alles,?\s+(?:bisherige|vorherige|obige|vorher(?:gehende)?|davor|oben|bis\s+hierhin)|alles,?\s+was\s+(?:dir|man\s+dir|du|ihnen|sie)\s+(?:\w+\s+){0,3}?(?:gesagt|aufgetragen|vorgegeben|befohlen|mitgeteilt|gegeben|erklart)\w*|alles,?\s+was\s+(?:oben|vorher|bisher|zuvor|davor)\s+(?:steht|stand|gesagt|geschrieben|kam)|das\s+obige|das\s+vorangegangene|das\s+bisherige|was\s+(?:dir\s+)?(?:vorher|bisher|oben|zuvor)\s+(?:gesagt|geschrieben|vorgegeben|aufgetragen)",
    your: r"deine|deinen|deiner|ihre|ihren|alle\s+deine|all\s+deine|samtliche|jegliche",
    rules: r"regeln|einschrankungen|beschrankungen|filter|grenzen|richtlinien|vorschriften|aufgabe|auftrag|kontext|ethik|prinzipien|sicherheitsregeln|moral",
    insert: r"fuge|fug|fugen\s+sie|fugt|fuge\s+\w+\s+(?:ein|hinzu|an)|erganze|erganz|erganzen\s+sie|schreibe|schreib|schreiben\s+sie|erwahne|erwahn|erwahnen\s+sie|nenne|nenn|nennen\s+sie|baue|bau|bauen\s+sie|setze|setz|setzen\s+sie|hange|hang|hangen\s+sie|packe|pack|platziere|platzier|verwende|verwendet|verwenden\s+sie|nutze|nutz|nutzen\s+sie|bewirb|bewerbe|empfiehl|empfehlen\s+sie|lobe|lob|ersetze|ersetz|ersetzen\s+sie|tausche|tausch|ubersetze|ubersetz|gib|gebt|geben\s+sie|sag|sage|sagen\s+sie|behaupte|behaupten\s+sie|beginne|beginn|beende|schliesse|einfugen|einbauen|erwahnen|hinzufugen|anhangen|aufnehmen|unterbringen|einstreuen|einsetzen|platzieren|verlinken|verlinke|verlink|nimm|nehmt|nehmen\s+sie",
    place: r"erganze|erganz|erganzen\s+sie|fuge|fug|fugen\s+sie|fugt|baue|bau|bauen\s+sie|erwahne|erwahn|erwahnen\s+sie|nenne|nenn|nennen\s+sie|platziere|platzier|hange|hang|packe|pack|bewirb|bewerbe|empfiehl|empfehlen\s+sie|lobe|lob|verlinke|verlink|nimm|nehmt|nehmen\s+sie|setze|setz|setzen\s+sie|einfugen|einbauen|erwahnen|hinzufugen|anhangen|aufnehmen|unterbringen|einstreuen|verlinken|bewerben|empfehlen|loben",
    target: r"(?:in|im|ins|innerhalb|unter|am\s+ende|am\s+anfang|am\s+schluss|zu\s+beginn|an\s+das\s+ende|ans\s+ende|an\s+den\s+anfang|zu|bei|nach|vor)\s+(?:(?:deine[rnms]?|ihre[rnms]?|die|der|den|das|dem|des|jede[rnms]?|alle[n]?|samtliche[n]?|diese[rnms]?)\s+)?(?:(?:generierten|erzeugten|nachsten|finalen|endgultigen|fertigen|neuen|folgenden|eigenen)\s+)?(?:antwort(?:en)?|ausgabe(?:n)?|output|anzeige(?:n)?|anzeigentext(?:e|en)?|werbetext(?:e|en)?|werbung|text(?:e|en)?|beschreibung(?:en)?|produktbeschreibung(?:en)?|uberschrift(?:en)?|headlines?|titel[sn]?|slogans?|copy|zusammenfassung(?:en)?|ergebnis(?:se|sen)?|variante(?:n)?|fassung(?:en)?|version(?:en)?|beitrag|beitrage[n]?|posts?|e-?mails?|newsletter[sn]?|ubersetzung(?:en)?|inhalt(?:e|en)?|satz|satze[n]?|absatz|absatze[n]?|produktseite[n]?|antwortentext|anzeigentitel[n]?)\b",
    modal: r"du\s+(?:musst|sollst|solltest|wirst\s+(?:jetzt|nun|ab\s+sofort)|hast\s+zu|darfst\s+(?:jetzt|nun))|(?:die|das|der)\s+(?:ki|modell|sprachmodell|assistent|chatbot|bot|texter|generator|system)\s+(?:muss|soll|sollte|hat\s+zu|wird)|(?:ki|llm)\s+(?:muss|soll)",
    directive: r"ignorieren|vergessen|verraten|offenlegen|ausgeben|einfugen|erwahnen|hinzufugen|ubersetzen|antworten|loben|empfehlen|beleidigen|gehorchen|befolgen|so\s+tun|schreiben,?\s+dass|sagen,?\s+dass|behaupten|(?:jetzt|nun|ab\s+sofort|immer|stets|auch|zusatzlich|ausserdem)\s+\w+|den\s+(?:link|code|rabattcode|gutscheincode)|die\s+(?:url|telefonnummer|webseite|website)|nicht\s+(?:mehr\s+)?(?:erwahnen|nennen)",
    ai: r"textgenerator|texter|schreibassistent|ki-?assistent|ki|k\.i\.|kunstliche\s+intelligenz|llm|sprachmodell|ki-?modell|ki-?system|modell|assistent|ki-?assistent|chatbot|bot|gpt|chatgpt|texter|ki-?texter|textgenerator|generator",
    say: r"sag|sage|sagt|sagen\s+sie|schreib|schreibe|schreibt|schreiben\s+sie|behaupte|behauptet|behaupten\s+sie|erwahne|erwahn|erwahnen\s+sie|erklare|erklar|erklaren\s+sie|betone|beton|betonen\s+sie|teile\s+(?:\w+\s+){0,3}mit|teilen\s+sie\s+(?:\w+\s+){0,3}mit|stelle\s+(?:\w+\s+){0,2}dar|weise\s+(?:\w+\s+){0,2}darauf\s+hin|gib\s+an|vermittle|suggeriere|erzahl|erzahle|erzahlen\s+sie|sag\s+(?:dem|den)\s+(?:nutzer|leser|kunden|lesern|kundinnen)|erganze|erganz|erganzen\s+sie|fuge\s+(?:\w+\s+){0,2}?hinzu|fugen\s+sie\s+(?:\w+\s+){0,2}?hinzu",
    that: r"dass",
    reveal: r"zeige|zeig|zeigen\s+sie|gib|gebt|geben\s+sie|verrate|verrat|verraten\s+sie|wiederhole|wiederhol|wiederholen\s+sie|nenne|nenn|nennen\s+sie|drucke|druck|kopiere|kopier|liste|listet|offenbare|offenbar|enthulle|enthull|teile|teil|sag|sage|schreib|schreibe|gib\s+\w+\s+aus|fasse|ubersetze|was\s+(?:sind|waren|ist|war|steht\s+in)",
    reveal_late: r"preisgeben|preisgibst|offenlegen|ausgeben|ausgibst|zeigen|zeigst|wiederholen|wiederholst|verraten|verratst|nennen|nennst|ausdrucken|kopieren|auflisten|weitergeben|mitteilen|aufschreiben|ubersetzen",
    secret: r"(?:deine[nrm]?|ihre[nrm]?|den|die|das)\s+(?:(?:vollstandige[nr]?|komplette[nr]?|genaue[nr]?|ganze[nr]?|ursprungliche[nr]?|anfangliche[nr]?|erste[nr]?|versteckte[nr]?|geheime[nr]?|interne[nr]?|vertrauliche[nr]?|vorherige[nr]?|obige[nr]?|echte[nr]?|eigentliche[nr]?)\s+){0,2}(?:system-?prompts?|systemanweisung(?:en)?|prompts?|anweisungen|instruktionen|regeln|vorgaben|richtlinien|konfiguration|systemnachricht|einstellungen|befehle)|(?:alles|den\s+text),?\s+(?:was\s+)?(?:oben|vorher|davor|bisher)|den\s+text\s+(?:uber|oberhalb|vor)\s+(?:dieser|der)\s+zeile|(?:die|deine|den|das)\s+(?:api-?schlussel|passworter|passwort|zugangsdaten)|(?:den|deinen|ihren)\s+(?:geheimen\s+)?(?:schlussel|token|api-?schlussel|zugangsschlussel)|(?:die|deine|ihre)\s+entwicklernachricht|(?:die|deine)\s+(?:kompletten\s+|vollstandigen\s+|ganzen\s+)?(?:markendokumente|konfiguration)",
    addressed: r"\b(?:dein|deine|deinen|deiner|ihr|ihre|ihren)\s+(?:system|ursprunglich|anfanglich|geheim|versteckt|intern|vertraulich)\w*\s*-?\s*(?:prompt|anweisungen|regeln|vorgaben|nachricht|konfiguration)\b|\b(?:wenn|sobald|bevor|wahrend)\s+(?:du|sie)\s+(?:den|die|das|deine|ihre|jede[nrs]?)\s+(?:\w+\s+)?(?:text|anzeige|anzeigen|beschreibung|uberschrift|antwort|variante|werbetext|copy)\w*\s+(?:\w+\s+)?(?:schreibst|schreiben|erstellst|erstellen|generierst|generieren|verfasst|verfassen|formulierst)\b|\bwenn\s+du\s+(?:eine?\s+)?(?:ki|sprachmodell|assistent|chatbot|bot|modell|maschine)\s+bist\b|\b(?:hinweis|nachricht|anweisung(?:en)?|notiz|info)\s+(?:an|fur)\s+(?:die\s+|das\s+|den\s+|alle\s+|jede\s+)?(?:ki|sprachmodell|assistenten?|chatbot|bot|gpt|modell|texter|generator|system)\b|\b(?:liebe|lieber|liebes|hallo|hey|achtung)\s+(?:ki|sprachmodell|assistent|chatbot|bot|gpt|chatgpt|modell|texter|textgenerator|schreibassistent)\b|(?:^|[.!?\n]\s*)als\s+(?:eine?\s+|die\s+|das\s+)?(?:ki|sprachmodell|assistent|modell|chatbot)\b(?:[^.!?\n]|\.\w){0,20},|\ban\s+(?:die|alle|jede)\s+(?:ki|kis|sprachmodelle?|bots?)\b",
    persona: r"\btu\s+so,?\s+als\b|\btue\s+so,?\s+als\b|\btun\s+sie\s+so,?\s+als\b|\bstell\s+dir\s+vor,?\s+du\s+(?:bist|warst)\s+(?:ein|eine|der|die)?\s*(?:\w+\s+){0,2}?(?:ki|assistent|modell|bot|hacker|mensch|konkurrent|mitarbeiter|bose)\b|\bdu\s+bist\s+(?:jetzt|nun|ab\s+sofort|ab\s+jetzt|nicht\s+mehr|kein)\b|\bab\s+(?:jetzt|sofort|nun)\s+bist\s+du\b|\bverhalte\s+dich\s+(?:wie|als)\b|\bverhalten\s+sie\s+sich\s+(?:wie|als)\b|\bspiel(?:e)?\s+(?:die\s+rolle|den|eine[nr]?)\s+(?:\w+\s+){0,2}?(?:rolle|ki|bot|hacker)\b|\bin\s+die\s+rolle\s+(?:eines|einer|des|der)\b|\bschlupfe\s+in\s+die\s+rolle\b|\bagiere\s+als\b|\bentwicklermodus\b|\b(?:ohne|keine)\s+(?:jegliche\s+)?(?:einschrankungen|filter|zensur|regeln|beschrankungen|richtlinien)\s+(?:mehr\s+)?(?:antworten|schreiben|arbeiten|modus|gelten|hast)\b|\b(?:aktiviere|wechsle\s+in\s+den|starte\s+den)\s+(?:\w+\s+)?modus\b",
    new_task: r"\bneue\s+(?:aufgabe|anweisung(?:en)?|instruktion(?:en)?|regeln|vorgabe(?:n)?|befehle|auftrag)\s*[:\-!]|\b(?:deine|die|ihre)\s+(?:echte|wahre|eigentliche|neue|tatsachliche|einzige)\s+(?:aufgabe|anweisung|anweisungen|auftrag|ziel|mission)\s+(?:ist|lautet|sind|lauten)\b|\b(?:das|der|die)\s+(?:obige|vorherige|bisherige|vorangegangene)\s+(?:\w+\s+)?(?:war|ist)\s+(?:nur\s+|bloss\s+|lediglich\s+)?(?:ein\s+|eine\s+)?(?:test|scherz|fake|beispiel|irrelevant|fehler|ungultig|veraltet)\b|\b(?:prioritat|notfall|dringend|admin|administrator|system|entwickler)\w*\s*[-:]?\s*(?:override|uberschreibung|anweisung|befehl|hinweis|nachricht|update)\s*[:!\-]|\b(?:sicherheit|wichtig)\w*\s*[-:]?\s*(?:override|uberschreibung|anweisung|befehl)\s*[:!\-]|\bab\s+(?:hier|jetzt|sofort|nun)\s+(?:gilt|gelten|schreibst|antwortest|bist|machst|sollst|musst|wirst)\b|\b(?:schreib|schreibe|antworte|schreibst|antwortest)\s+(?:du\s+)?(?:ab\s+(?:sofort|jetzt|nun)|von\s+nun\s+an|kunftig)\b|\bstattdessen\s+(?:\w+\s+){0,3}?(?:schreib|schreibe|sag|sage|gib|nenne|antworte|erzeuge|liste|fuge|erwahne|empfiehl|lobe|beleidige|ubersetze|wiederhole|verrate|schreibst|sagst|gibst)\b|\b(?:hor|hore|horen\s+sie)\s+auf,?\s+(?:\w+\s+){0,3}(?:zu\s+)?(?:schreiben|generieren|erzeugen)\b|\bende\s+(?:der|des)\s+(?:eingabe|produktdaten|daten|kontexts?|dokuments?|feeds?|prompts?|anweisungen|nutzereingabe)\b|\b(?:beginn|anfang|start)\s+(?:der\s+)?(?:neuen|echten|eigentlichen)\s+anweisungen\b|\bfolgende\s+anweisungen\s+(?:haben\s+vorrang|ersetzen|gelten)\b|\b(?:aufgabenwechsel|wechsel\s+der\s+aufgabe)\s*[:\-!]",
    payload: r"links?|urls?|webseiten?|websites?|internetadressen?|domains?|(?:rabatt|gutschein|aktions|promo|coupon|vorteils|geschenk)[\s-]?codes?|codes?\s+['\x22]?[a-z0-9]*[0-9][a-z0-9]*|telefonnummer(?:n)?|rufnummer(?:n)?|hotline|whatsapp|telegram|https?:|www\.|konkurren(?:t|ten|z|zmarke|zprodukt)\w*|wettbewerbe?r\w*|mitbewerber\w*|(?:eine[rn]?|andere[rn]?)\s+(?:marke|hersteller|shop|handler|anbieter|firma)n?",
    abuse: r"sei\s+(?:\w+\s+)?(?:unhoflich|vulgar|beleidigend|gemein|aggressiv|obszon|rassistisch|herablassend)|seien\s+sie\s+(?:\w+\s+)?(?:unhoflich|vulgar|beleidigend|gemein|aggressiv)|beleidige|beleidig|beleidigen\s+sie|beschimpfe|beschimpf|beschimpfen\s+sie|verspotte|verspott|verhohne|verhohn|mach\w*\s+dich\s+(?:\w+\s+){0,4}?uber\s+(?:\w+\s+){0,3}?lustig|mach\w*\s+(?:\w+\s+){0,3}lacherlich|mach\w*\s+(?:\w+\s+){0,3}schlecht|schlechtmachen|diffamiere|verunglimpfe|lastere|ziehe\s+(?:\w+\s+){0,3}in\s+den\s+dreck|kritisiere|rede\s+(?:\w+\s+){0,3}schlecht|fluche|fluch|fluchen\s+sie|mach\w*\s+witze\s+uber|reiss\w*\s+witze\s+uber",
    offensive: r"beleidigend\w*|beleidigungen|anstossig\w*|vulgar\w*|obszon\w*|rassistisch\w*|sexistisch\w*|hasserfullt\w*|hetze|hassrede|beschimpfungen|schimpfworter|kraftausdrucke|flüche|fluche|diskriminierend\w*|abwertend\w*|herabsetzend\w*|falsche\s+(?:behauptung|aussage|angabe)\w*|fake-?(?:bewertung|news)\w*|lugen",
    void: r"\blass\w*\s+(?:die|deine|ihre|alle|samtliche)\s+(?:\w+\s+)?(?:regeln|anweisungen|vorgaben|richtlinien|markenregeln|markenrichtlinie\w*|einschrankungen|filter|styleguide)\s+(?:weg|beiseite|fallen|ausser\s+acht)\b|\b(?:(?:deine|ihre|die|alle|samtliche)\s+)?(?:(?:bisherigen|vorherigen|fruheren|alten|ursprunglichen|obigen|aktuellen)\s+)?(?:anweisungen|instruktionen|regeln|vorgaben|befehle|richtlinien|auftrage|prompts?)\s+(?:sind|wurden|werden|gelten)\s+(?:hiermit\s+|ab\s+sofort\s+|jetzt\s+|nun\s+)?(?:aufgehoben|ungultig|nichtig|widerrufen|hinfallig|storniert|ausser\s+kraft|ersetzt|deaktiviert|abgeschafft|nicht\s+mehr\s+(?:gultig|aktiv|relevant)|annulliert|geloscht)\b",
    obey: r"\b(?:befolge|befolgt|befolgen\s+sie)\s+(?:die|deine|ihre|alle|samtliche)\s+(?:\w+\s+)?(?:anweisungen|regeln|vorgaben|richtlinien|systemregeln)\s+nicht\s+mehr\b|\b(?:gehorche|gehorcht|gehorchen\s+sie|befolge|befolgt|befolgen\s+sie|folge|folgt)\s+(?:ab\s+jetzt\s+|jetzt\s+|nur\s+(?:noch\s+)?|ausschliesslich\s+)*(?:dem\s+folgenden|den\s+folgenden|diesem\s+text|diesen\s+(?:neuen\s+)?anweisungen|mir|meinen\s+(?:anweisungen|befehlen))\b|\bmach\w*\s+(?:jetzt\s+|nun\s+)?das\s+gegenteil\b|\bwas\s+(?:immer|auch\s+immer)\s+(?:man\s+)?(?:dir|ihnen)\s+(?:vorher\s+|bisher\s+|zuvor\s+)?(?:gesagt|aufgetragen|vorgegeben)\b",
    ending: r"\b(?:beende|beendet|beenden\s+sie|schliesse|schliess|schliessen\s+sie|beginne|beginn|beginnen\s+sie|starte|lass|lasse)\s+(?:\w+\s+){0,2}?(?:deine|ihre|die|den|das|jede|jeden|jedes|alle)\s+(?:antwort|ausgabe|anzeige|text|beschreibung|uberschrift|variante|titel|satz|beitrag|werbetext|copy)\w*\s+(?:\w+\s+){0,2}?(?:mit|enden|beginnen)\b|\b(?:antwort|ausgabe|anzeige|text|beschreibung|uberschrift|variante|titel)\w*\s+(?:muss|soll|sollte)\s+(?:immer\s+|stets\s+)?mit\b(?:[^.!?\n]|\.\w){0,60}?\b(?:enden|beginnen|anfangen|schliessen)\b|\b(?:warne|warnt|warnen\s+sie|informiere|informieren\s+sie|erinnere|uberzeuge|versichere)\s+(?:\w+\s+){0,3}?(?:leser|kunden|nutzer|kaufer|leserinnen|kundinnen)\w*\s*,?\s+dass\b|\bsag\w*\s+(?:jedem|allen|den)\s+(?:lesern|kunden|nutzern|kaufern)\s*,?\s+(?:dass|sie\s+sollen)\b|\b(?:jede|die|deine|ihre|alle)\s+(?:anzeige|antwort|uberschrift|variante|beschreibung|text|ausgabe|headline)\w*\s+(?:muss|soll|sollte|mussen|sollen)\s+(?:\w+\s+){0,6}?(?:enthalten|erwahnen|nennen|beinhalten|verlinken|behaupten|loben|empfehlen)\b|\bgib\s+(?:nur|ausschliesslich|lediglich)\s+(?:den|diesen|folgenden|diesen\s+folgenden)\s+(?:\w+\s+)?(?:satz|text)\s+aus\b",
    respond: r"\b(?:antworte|antworten\s+sie|schreibe|schreib|schreiben\s+sie)\s+(?:ab\s+jetzt\s+|nur\s+(?:noch\s+)?|ausschliesslich\s+|immer\s+)?(?:auf|in|mit)\s+(?:englisch|deutsch|franzosisch|spanisch|italienisch|niederlandisch|chinesisch|russisch|grossbuchstaben|emojis?|json|html|base64|piratensprache|dem\s+wort|den\s+worten|['\x22])|\bubersetze\s+(?:das|dies|alles|den|die|deine)\b(?:[^.!?\n]|\.\w){0,40}?\b(?:ins|auf|in)\s+[a-z]+|\bersetze\s+(?:jede|alle|jedes)\s+(?:erwahnung|nennung|vorkommen)|\bersetze\s+(?:den\s+)?(?:marken|firmen|produkt)namen\s+durch\b|\b(?:beginne|beende|starte|schliesse)\s+(?:deine|jede|die)\s+(?:antwort|ausgabe|anzeige|beschreibung|uberschrift)\s+mit\b",
    lead: r"bitte|auch|dann|und|jetzt|nun|stattdessen|ausserdem|zusatzlich|zuerst|danach|wichtig|denk\s+daran|vergiss\s+nicht|achte\s+darauf",
    article: r"(?:der|die|das|jede[rs]?|ein|eine|unser|unsere|dein|deine)\s+",
    machine: r"ki|k\.i\.|llm|sprachmodell|ki-?modell|assistent|schreibassistent|ki-?assistent|textassistent|chatbot|bot|textbot|texter-?bot|ki-?texter|gpt|chatgpt|textgenerator|generator|schreibprogramm|schreibwerkzeug",
    rel: r"der|die|das|welche[rs]?",
    must: r"muss|mussen|soll|sollen|sollte|sollten|hat\s+zu|hat\s+(?:[^.!?\n]){0,80}?\b(?:\w+zu\w+en|zu\s+\w+en)\b|wird\s+gebeten|ist\s+angewiesen|ist\s+verpflichtet|darf\s+(?:nur|ausschliesslich)",
    oblige: r"\bes\s+(?:muss|soll|sollte|musste)\s+(?:\w+\s+)?(?:erwahnt|gesagt|geschrieben|betont|hinzugefugt|klargestellt|behauptet|angegeben|genannt)\s+werden,?\s+dass\b|\b(?:sorg\w*\s+(?:\w+\s+)?dafur|dafur\s+sorg\w*),?\s+dass\s+(?:in\s+)?(?:der|die|jede[rnm]?|deine[rnm]?|alle[n]?)\s+(?:anzeige|antwort|uberschrift|variante|beschreibung|text|ausgabe|headline)\w*|\b(?:der|die)\s+(?:link|url|code|telefonnummer)\s+(?:\S+\s+)?(?:muss|soll|sollte)\s+(?:\w+\s+){0,4}?(?:im|in\s+(?:jede[rnm]?|der))\s+(?:ersten|letzten)?\s*(?:satz|zeile|absatz|variante|anzeige|uberschrift)\b|\bwichtig\s+ist,?\s+dass\s+(?:der|die|das)\s+(?:link|url|code|rabattcode|telefonnummer)\b",
    generated: r"generierten?|generierte[rsn]?|erzeugten?|erzeugte[rsn]?|ki-generierten?|ki-generierte[rsn]?|automatisch\s+erstellten?|maschinell\s+erstellten?",
    utter: r"erwahnen|sagen|nennen|enthalten|behaupten|schreiben|betonen|hervorheben|versprechen|empfehlen|loben|verlinken|beinhalten|angeben|hinweisen|beschreiben|bezeichnen|erklaren|lauten",
};

const FR: Lang = Lang {
    code: "fr",
    ignore: r"ignore|ignorez|ignorer|ignores|oublie|oubliez|oublier|ne\s+tiens?\s+(?:pas|plus)\s+compte\s+(?:de|des|du)|ne\s+tenez\s+(?:pas|plus)\s+compte\s+(?:de|des|du)|fais\s+abstraction\s+(?:de|des|du)|faites\s+abstraction\s+(?:de|des|du)|ne\s+suis\s+(?:pas|plus)|ne\s+suivez\s+(?:pas|plus)|contourne|contournez|annule|annulez|efface|effacez|laisse\s+tomber|laissez\s+tomber|neglige|negligez|passe\s+outre|passez\s+outre|outrepasse|outrepassez|remplace|remplacez|abandonne|abandonnez",
    instructions: r"charte|instructions?|consignes?|prompts?|prompt\s+systeme|directives?|message\s+systeme|programmation|regles\s+du\s+systeme|charte\s+(?:de\s+(?:la\s+)?marque|graphique|editoriale)|ligne\s+editoriale|(?:voix|ton)\s+de\s+(?:la\s+)?marque|regles\s+de\s+(?:la\s+)?marque|consignes\s+de\s+(?:la\s+)?marque|regles\s+de\s+securite|(?:precedent(?:e|s|es)?|anterieur(?:e|s|es)?|initial(?:e|es|aux)?|originaux|originale?s?)\s+(?:contexte|texte|taches?|regles|ordres|commandes)|(?:contexte|texte|taches?|regles|ordres|commandes|demandes?)\s+(?:precedent(?:e|s|es)?|anterieur(?:e|s|es)?|ci-dessus|d'avant)",
    before: r"precedent(?:e|s|es)?|anterieur(?:e|s|es)?|ci-dessus|d'avant|initial(?:e|es|aux)?|originaux|originale?s?|precedemment",
    everything: r"(?:tout\s+)?ce\s+qui\s+(?:precede|est\s+(?:ecrit\s+)?ci-dessus|a\s+ete\s+dit|est\s+au-dessus)|tout\s+ce\s+(?:qu'on|que\s+l'on)\s+(?:t'a|vous\s+a)\s+dit|tout\s+ce\s+qui\s+a\s+ete\s+(?:dit|ecrit)|tout\s+le\s+reste|tout\s+ce\s+qui\s+est\s+au-dessus|tout\s+ce\s+qui\s+precede",
    your: r"tes|vos|toutes?\s+(?:tes|vos)|l'ensemble\s+de\s+(?:tes|vos)",
    rules: r"regles|restrictions|limites|filtres|contraintes|principes|directives|taches?|missions?|politiques?|garde-fous|ethique",
    insert: r"indique|indiquez|ajoute|ajoutez|ajouter|insere|inserez|inserer|inclus|incluez|inclure|integre|integrez|integrer|mentionne|mentionnez|mentionner|ecris|ecrivez|ecrire|mets|mettez|mettre|placez|placer|glisse|glissez|glisser|citer|recommande|recommandez|promeus|promouvez|fais\s+la\s+promotion|faites\s+la\s+promotion|remplace|remplacez|remplacer|traduis|traduisez|traduire|dis|dites|affirme|affirmez",
    place: r"ajoute|ajoutez|insere|inserez|inclus|incluez|integre|integrez|mentionne|mentionnez|mets|mettez|place|placez|glisse|glissez|cite|citez|recommande|recommandez|promeus|promouvez|fais\s+la\s+promotion\s+d[eu']|faites\s+la\s+promotion\s+d[eu']|fais\s+l'eloge\s+d[eu']|faites\s+l'eloge\s+d[eu']|vante|vantez|ajouter|inserer|inclure|mentionner|integrer",
    target: r"(?:dans|a\s+la\s+fin\s+d[eu]|au\s+debut\s+d[eu]|en\s+(?:fin|tete)\s+d[eu]|sous|apres|avant|a|au|aux|en)\s+(?:(?:ta|ton|tes|votre|vos|la|le|les|l'|chaque|tous\s+les|toutes\s+les|cette|ce|cet|ces|chacune?\s+des)\s*)?(?:(?:prochaine?s?|generee?s?|finale?s?|nouvelle?s?)\s+)?(?:reponses?|sorties?|annonces?|publicites?|pubs?|textes?|descriptions?|titres?|accroches?|slogans?|resultats?|contenus?|copies?|redactions?|resumes?|variantes?|versions?|posts?|publications?|e-?mails?|courriels?|newsletters?|traductions?|phrases?|paragraphes?|fiches?\s+produits?|texte\s+publicitaire|messages?\s+publicitaires?)\b",
    modal: r"(?:tu|vous)\s+(?:dois|devez|devras|devrez|devrais|devriez|vas|allez|es\s+oblige|etes\s+oblige)|il\s+(?:te|vous)\s+faut|(?:l'ia|le\s+modele|l'assistant|le\s+chatbot|le\s+bot|le\s+redacteur|le\s+generateur|l'intelligence\s+artificielle)\s+(?:doit|devra|devrait|va)",
    directive: r"ignorer|oublier|reveler|divulguer|afficher|inserer|ajouter|mentionner|inclure|traduire|repondre|louer|recommander|insulter|obeir|faire\s+semblant|ecrire\s+que|dire\s+que|affirmer\s+que|toujours\s+\w+|desormais\s+\w+|maintenant\s+\w+|ne\s+plus\s+(?:mentionner|parler)",
    ai: r"ia|i\.a\.|intelligence\s+artificielle|llm|modele(?:\s+de\s+langage)?|assistant(?:\s+ia)?|chatbot|bot|gpt|chatgpt|redacteur|generateur(?:\s+de\s+texte)?",
    say: r"dis|dites|ecris|ecrivez|affirme|affirmez|pretends|pretendez|mentionne|mentionnez|declare|declarez|indique|indiquez|precise|precisez|souligne|soulignez|explique|expliquez|suggere|suggerez|laisse\s+entendre|laissez\s+entendre|assure|assurez|raconte|racontez|dis\s+aux\s+(?:clients|lecteurs|utilisateurs)|dites\s+aux\s+(?:clients|lecteurs|utilisateurs)|ajoute|ajoutez|rajoute|rajoutez|merci\s+d'(?:ajouter|ecrire|indiquer|mentionner|preciser|dire|affirmer)",
    that: r"que|qu'",
    reveal: r"revele|revelez|reveler|montre|montrez|montrer|affiche|affichez|afficher|repete|repetez|repeter|donne|donnez|donner|imprime|imprimez|divulgue|divulguez|partage|partagez|copie|copiez|liste|listez|dis|dites|ecris|ecrivez|cite|citez|recite|recitez|traduis|traduisez|resume|resumez|quel(?:le)?s?\s+(?:sont|etaient|est|etait)",
    reveal_late: r"",
    secret: r"(?:tes|vos|les|ton|votre|le|la)\s+(?:(?:vraies?|veritables?|completes?|exacte?s?|entiere?s?|original(?:e|es|aux)?|initial(?:e|es|aux)?|premieres?|cachee?s?|secrete?s?|interne?s?|confidentiel(?:le|les|s)?|precedente?s?)\s+){0,2}(?:instructions|consignes|regles|directives|prompt(?:\s+systeme)?|message\s+systeme)|(?:tes|vos|ton|ta|votre)\s+(?:(?:vraies?|veritables?|completes?|exacte?s?|entiere?s?|original(?:e|es|aux)?|initial(?:e|es|aux)?|premieres?|cachee?s?|secrete?s?|interne?s?|confidentiel(?:le|les|s)?|precedente?s?)\s+){0,2}(?:configuration|parametres)|(?:les|le|la)\s+(?:(?:vraies?|veritables?|completes?|exacte?s?|entiere?s?|original(?:e|es|aux)?|initial(?:e|es|aux)?|premieres?|cachee?s?|secrete?s?|interne?s?|confidentiel(?:le|les|s)?|precedente?s?)\s+){1,2}(?:configuration|parametres)|(?:prompt|message|instructions?)\s+(?:systeme|initial(?:es)?|cachee?s?|secrete?s?|d'origine)|tout\s+ce\s+qui\s+(?:precede|est\s+ci-dessus)|le\s+texte\s+ci-dessus|(?:ton|votre|le|les|tes|vos)\s+(?:mots?\s+de\s+passe|cles?\s+api|identifiants)|(?:la|ta|votre)\s+cle\s+(?:secrete|api|d'api|d'acces)|(?:le|ton|votre)\s+(?:jeton|token)|le\s+message\s+du\s+developpeur|(?:les|tes|vos)\s+documents\s+(?:de\s+(?:la\s+)?marque\s+)?complets",
    addressed: r"\b(?:ton|votre)\s+prompt\b|\b(?:tes|vos)\s+(?:instructions|consignes|regles)\s+(?:cachees|secretes|initiales|internes|d'origine|systeme)\b|\b(?:quand|lorsque|lorsqu'|si)\s*(?:tu|vous)\s+(?:ecris|ecrivez|rediges|redigez|generes|generez|crees|creez)\s+(?:l'|la\s+|le\s+|les\s+|ton\s+|ta\s+|votre\s+|chaque\s+)?(?:annonce|texte|description|titre|reponse|variante|publicite|accroche)s?\b|\bsi\s+(?:tu\s+es|vous\s+etes)\s+(?:une?\s+)?(?:ia|intelligence\s+artificielle|modele|assistant|chatbot|bot|robot)\b|\b(?:note|message|instructions?|consigne|remarque)\s+(?:pour|a|aux?)\s+(?:l'|la\s+|le\s+|les\s+|toute\s+)?(?:ia|intelligence\s+artificielle|modele|assistant|chatbot|bot|redacteur|generateur)\b|\b(?:cher|chere|salut|bonjour|attention)\s+(?:ia|modele|assistant|chatbot|bot|chatgpt|redacteur)\b|(?:^|[.!?\n]\s*)en\s+tant\s+qu'?(?:une?\s+)?\s*(?:ia|intelligence\s+artificielle|assistant|modele|chatbot)\b(?:[^.!?\n]|\.\w){0,20},|\ba\s+l'attention\s+d[eu]\s+(?:l'|la\s+|le\s+)?(?:ia|modele|assistant|bot)\b",
    persona: r"\bfais\s+semblant\b|\bfaites\s+semblant\b|\bfais\s+comme\s+si\b|\bfaites\s+comme\s+si\b|\b(?:imagine|imaginez)\s+que\s+(?:tu\s+es|vous\s+etes)\s+(?:une?\s+)?(?:\w+\s+){0,2}?(?:ia|assistant|modele|bot|pirate|hacker|humain|concurrent|employe)\b|\b(?:agis|agissez|comporte-toi|comportez-vous|reponds|repondez)\s+(?:comme|en\s+tant\s+que)\s+(?:une?\s+|le\s+|la\s+)?(?:\w+\s+){0,2}?(?:ia|assistant|modele|bot|pirate|hacker|systeme|administrateur|developpeur|terminal|sans\s+(?:filtre|restriction))\b|\b(?:tu\s+es|vous\s+etes)\s+(?:desormais|maintenant|a\s+present|dorenavant)\b|\b(?:tu\s+n'es|vous\s+n'etes)\s+plus\b|\bjoue(?:z)?\s+le\s+role\b|\bendosse(?:z)?\s+le\s+role\b|\bmode\s+(?:developpeur|sans\s+(?:filtre|restriction)|debride|administrateur|dieu)\b|\bsans\s+(?:aucune\s+)?(?:restrictions?|filtres?|censure|limites)\b",
    new_task: r"\b(?:nouvelles?|nouvel|nouveaux?)\s+(?:taches?|instructions?|consignes?|regles|directives?|missions?|ordres?)\s*[:\-!]|\b(?:ta|votre|la)\s+(?:vraie|veritable|nouvelle|seule|unique|reelle)\s+(?:tache|mission|consigne|instruction|objectif)\s+(?:est|sera|consiste)\b|\b(?:tes|vos|les)\s+(?:vraies|veritables|nouvelles|seules|reelles)\s+(?:instructions|consignes|taches|missions)\s+sont\b|\b(?:ce\s+qui\s+precede|le\s+texte\s+(?:precedent|ci-dessus)|tout\s+cela|la\s+consigne\s+precedente)\s+(?:etait|n'etait|est)\s+(?:qu'?\s*)?(?:juste\s+|seulement\s+)?(?:un\s+|une\s+)?(?:test|blague|exemple|erreur|faux|leurre)\b|\b(?:priorite|urgence|urgent|admin|administrateur|systeme|securite|developpeur|important)\s*[-:]?\s*(?:override|remplacement|instruction|consigne|commande|message|mise\s+a\s+jour)\s*[:!\-]|\b(?:a\s+partir\s+de\s+(?:maintenant|ce\s+point|ici|dorenavant)|dorenavant|desormais|a\s+present),?\s+(?:tu|vous|ecris|ecrivez|reponds|repondez|dis|dites|ajoute|ajoutez|ignore|ignorez|n'ecris|ne\s+reponds)\b|\b(?:a\s+la\s+place|au\s+lieu\s+de\s+cela|plutot),?\s+(?:\w+\s+){0,2}?(?:ecris|ecrivez|dis|dites|reponds|repondez|genere|generez|liste|listez|ajoute|ajoutez|mentionne|mentionnez|recommande|recommandez|insulte|insultez|traduis|traduisez|revele|revelez|repete|repetez)\b|\b(?:ecris|ecrivez|reponds|repondez)\s+(?:desormais|dorenavant|a\s+partir\s+de\s+maintenant)\b|\b(?:arrete|arretez)\s+(?:ce\s+que\s+(?:tu\s+fais|vous\s+faites)|d'ecrire|de\s+generer|la\s+tache)\b|\bfin\s+(?:de\s+l'|des\s+|du\s+|de\s+la\s+)(?:entree|donnees(?:\s+produit)?|contexte|document|flux|prompt|instructions|saisie)\b|\bdebut\s+des\s+(?:nouvelles\s+|vraies\s+)instructions\b|\bchangement\s+de\s+taches?\s*[:\-!]",
    payload: r"liens?|urls?|sites?(?:\s+web)?|site\s+internet|adresses?\s+web|domaines?|codes?\s+(?:promo(?:tionnel)?|de\s+reduction|de\s+remise|reduction|avantage|cadeau|de\s+parrainage)|codes?\s+['\x22]?[a-z0-9]*[0-9][a-z0-9]*|numeros?\s+de\s+telephone|numeros?|hotline|whatsapp|telegram|https?:|www\.|concurrent(?:s|e|es)?|concurrence|(?:une?\s+)?autres?\s+(?:marques?|boutiques?|magasins?|entreprises?|fabricants?|vendeurs?)",
    abuse: r"(?:sois|soyez)\s+(?:\w+\s+)?(?:vulgaire|grossiere?|insultante?|mechante?|agressi(?:f|ve)|impolie?|raciste|sexiste|meprisante?)|insulte|insultez|insulter|injurie|injuriez|offense|offensez|moque-toi|moquez-vous|ridiculise|ridiculisez|humilie|humiliez|denigre|denigrez|denigrer|critiquez|rabaisse|rabaissez|diffame|diffamez|dis\s+du\s+mal|dites\s+du\s+mal|tourne\s+en\s+derision|tournez\s+en\s+derision|jure|jurez|fais\s+des\s+blagues\s+sur|faites\s+des\s+blagues\s+sur|dis\s+des\s+gros\s+mots|dites\s+des\s+gros\s+mots",
    offensive: r"offensant(?:e|s|es)?|insultant(?:e|s|es)?|injurieu(?:x|se|ses)|grossier(?:e|s|es)?|vulgaire(?:s)?|obscene(?:s)?|raciste(?:s)?|sexiste(?:s)?|haineu(?:x|se|ses)|insultes|injures|gros\s+mots|jurons|discriminatoire(?:s)?|diffamatoire(?:s)?|fausses?\s+(?:affirmations?|informations?|allegations?|declarations?)|faux\s+avis|mensonges",
    void: r"\b(?:(?:tes|vos|les|toutes\s+(?:les|tes|vos))\s+)?(?:instructions|consignes|regles|ordres|directives|prompts?)\s+(?:precedent(?:e|s|es)?|anterieur(?:e|s|es)?|initiales?|d'origine|actuelles?\s+)?\s*(?:(?:sont|ont\s+ete|seront)\s+(?:desormais\s+|maintenant\s+|donc\s+)?(?:annulee?s|caduque?s|nulle?s|invalide?s|revoquee?s|obsoletes?|levee?s|suspendue?s|remplacee?s|abrogee?s|desactivee?s|supprimee?s|plus\s+valables?)|n'ont\s+plus\s+(?:cours|lieu\s+d'etre)|ne\s+(?:valent|comptent|s'appliquent|tiennent)\s+plus)\b",
    obey: r"\b(?:obeis|obeissez|suis|suivez|execute|executez)\s+(?:desormais\s+|maintenant\s+|uniquement\s+|seulement\s+)*(?:a\s+)?(?:ce\s+qui\s+suit|les\s+instructions\s+suivantes|ce\s+texte|mes\s+(?:instructions|ordres))\b|\b(?:fais|faites)\s+(?:maintenant\s+)?(?:exactement\s+)?le\s+contraire\b|\bquoi\s+qu'on\s+(?:t'ait|vous\s+ait)\s+dit\b",
    ending: r"\b(?:termine|terminez|finis|finissez|conclus|concluez|commence|commencez|debute|debutez|ouvre|ouvrez|cloture|cloturez|signe|signez)\s+(?:\w+\s+){0,2}?(?:ta|votre|la|le|l'|chaque|les|tes|vos)\s*(?:reponse|annonce|texte|description|titre|variante|phrase|message|publication|accroche)s?\s+(?:\w+\s+){0,2}?(?:par|avec)\b|\b(?:fais|faites|veille|veillez)\s+(?:en\s+sorte\s+)?(?:que|a\s+ce\s+que)\s+(?:chaque|la|le|ta|ton|votre|tous\s+les|toutes\s+les|les)\s+(?:annonce|reponse|titre|description|variante|accroche|texte)s?\b|\b(?:chaque|la|ta|votre|toute)\s+(?:annonce|reponse|titre|description|variante|accroche)s?\s+(?:doit|doivent|devra)\s+(?:\w+\s+)?(?:contenir|mentionner|inclure|citer|dire|affirmer|recommander)\b|\b(?:previens|prevenez|avertis|avertissez|informe|informez|rappelle|rappelez|convaincs|convainquez)\s+(?:\w+\s+){0,3}?(?:lecteurs?|clients?|utilisateurs?|acheteurs?)\s*,?\s+qu",
    respond: r"\b(?:reponds|repondez|ecris|ecrivez)\s+(?:desormais\s+|uniquement\s+|seulement\s+|toujours\s+)?(?:en|avec|par)\s+(?:anglais|allemand|espagnol|italien|neerlandais|chinois|russe|majuscules|emojis?|json|html|base64|le\s+mot|la\s+phrase|['\x22])|\btraduis(?:ez)?\s+(?:ceci|cela|le|la|les|tout|ta|votre|ce)\b(?:[^.!?\n]|\.\w){0,40}?\ben\s+[a-z]+|\bremplace(?:z)?\s+(?:chaque|toutes?\s+les|tous\s+les)\s+(?:mentions?|occurrences?)\b|\bremplace(?:z)?\s+(?:le\s+)?nom\s+de\s+(?:la\s+)?(?:marque|l'entreprise|produit)\s+par\b|\b(?:commence|commencez|termine|terminez)\s+(?:ta|votre|chaque)\s+(?:reponse|annonce|description|phrase)\s+par\b",
    lead: r"s'il\s+(?:te|vous)\s+plait|svp|merci\s+de|aussi|puis|et|maintenant|ensuite|plutot|enfin|d'abord|important|n'oublie\s+pas\s+de|n'oubliez\s+pas\s+de|veille\s+a|veillez\s+a|assure-toi\s+de|assurez-vous\s+de",
    article: r"l'\s*|(?:le|la|les|tout|toute|chaque|un|une|notre|votre|ton|ta)\s+",
    machine: r"ia|i\.a\.|intelligence\s+artificielle|llm|chatbot|bot|gpt|chatgpt|assistant|generateur|robot",
    rel: r"qui|que|dont",
    must: r"doit|doivent|devra|devront|devrait|devraient|est\s+prie\s+de|est\s+tenu\s+de|a\s+pour\s+consigne\s+de",
    oblige: r"\bil\s+(?:faut|faudra|faudrait)\s+(?:absolument\s+)?(?:preciser|mentionner|dire|ecrire|ajouter|indiquer|souligner|affirmer|signaler)\s+qu|\bil\s+doit\s+etre\s+(?:mentionne|precise|indique|dit|ecrit|souligne)\s+qu|\b(?:fais|faites|pourrais-tu\s+faire|pourriez-vous\s+faire)\s+en\s+sorte\s+que\s+(?:l'|la\s+|le\s+|chaque\s+|ton\s+|ta\s+|votre\s+)(?:annonce|texte|titre|description|reponse|variante|accroche)|\bveille[sz]?\s+a\s+ce\s+que\s+(?:l'|la\s+|le\s+|chaque\s+)(?:annonce|texte|titre|description|reponse|variante|lien)",
    generated: r"generes?|generees?|produits?\s+automatiquement|produites?\s+automatiquement|rediges?\s+par\s+(?:l'ia|l'outil|le\s+modele)|redigees?\s+par\s+(?:l'ia|l'outil|le\s+modele)",
    utter: r"mentionner|dire|indiquer|affirmer|preciser|contenir|inclure|citer|signaler|souligner|promettre|recommander|vanter|presenter|decrire|declarer|comporter|annoncer",
};

const ES: Lang = Lang {
    code: "es",
    ignore: r"ignora|ignore|ignorad|ignoren|ignorar|olvidate\s+de|olvidese\s+de|abandona|abandone|olvida|olvide|olvidad|olviden|olvidar|omite|omita|omitid|omitir|haz\s+caso\s+omiso\s+(?:de|a)|haga\s+caso\s+omiso\s+(?:de|a)|no\s+(?:sigas|siga|sigan|hagas\s+caso\s+(?:de|a)|tengas\s+en\s+cuenta)|descarta|descarte|desecha|anula|anule|borra|borre|salta(?:te)?|elude|evita|sobrescribe|deja\s+de\s+(?:lado|seguir)",
    instructions: r"instrucciones|instruccion|indicaciones|directrices|directivas|consignas|prompts?|prompt\s+del\s+sistema|mensaje\s+del?\s+sistema|programacion|reglas\s+del\s+sistema|normas\s+de\s+(?:la\s+)?marca|guia\s+de\s+(?:estilo|marca)|manual\s+de\s+marca|(?:voz|tono)\s+de\s+(?:la\s+)?marca|pautas\s+de\s+(?:la\s+)?marca|reglas\s+de\s+(?:la\s+)?marca|normas\s+de\s+seguridad|(?:contexto|texto|tareas?|reglas|ordenes|comandos|peticion|solicitud)\s+(?:anterior(?:es)?|previ[oa]s?|original(?:es)?|inicial(?:es)?|de\s+arriba)",
    before: r"anterior(?:es)?|previ[oa]s?|precedentes?|original(?:es)?|inicial(?:es)?|de\s+arriba|mencionad[oa]s\s+arriba",
    everything: r"(?:todo\s+)?lo\s+(?:anterior|de\s+arriba|que\s+(?:te|le|se)\s+(?:dije|dijeron|ha\s+dicho|han\s+dicho|indico|indicaron))|todo\s+lo\s+(?:dicho|escrito)(?:\s+(?:antes|arriba|hasta\s+ahora))?|todo\s+lo\s+que\s+(?:precede|esta\s+arriba)",
    your: r"tus|sus|todas\s+(?:tus|sus)|todos\s+(?:tus|sus)",
    rules: r"reglas|restricciones|limitaciones|filtros|limites|principios|normas|politicas?|tareas?|mision|etica|directrices",
    insert: r"anade|anada|anadid|agrega|agregue|agregad|incluye|incluya|incluid|inserta|inserte|insertad|menciona|mencione|mencionad|escribe|escriba|escribid|pon|ponga|poned|coloca|coloque|mete|meta|integra|integre|recomienda|recomiende|promociona|promocione|promueve|publicita|reemplaza|reemplace|sustituye|sustituya|traduce|traduzca|utiliza|utilice|di|diga|afirma|afirme|enlaza|enlace|anadir|agregar|incluir|insertar|mencionar|escribir|poner",
    place: r"anade|anada|agrega|agregue|incluye|incluya|inserta|inserte|menciona|mencione|pon|ponga|coloca|coloque|mete|meta|integra|integre|cita|cite|recomienda|recomiende|promociona|promocione|promueve|publicita|elogia|elogie|enlaza|enlace|anadir|agregar|incluir|insertar|mencionar",
    target: r"(?:en|dentro\s+de|al\s+final\s+de|al\s+principio\s+de|al\s+inicio\s+de|bajo|debajo\s+de|despues\s+de|antes\s+de|a)\s+(?:(?:tu|tus|su|sus|la|el|los|las|cada|todos\s+los|todas\s+las|este|esta|estos|estas)\s+)?(?:(?:proxim[oa]s?|generad[oa]s?|final(?:es)?|nuev[oa]s?)\s+)?(?:respuestas?|salidas?|output|anuncios?|publicidad(?:es)?|textos?|descripcion(?:es)?|titulos?|titular(?:es)?|esloganes|eslogan|resultados?|contenidos?|copys?|redaccion(?:es)?|resumen(?:es)?|variantes?|versiones|version|posts?|publicaciones|publicacion|correos?|e-?mails?|boletin(?:es)?|traduccion(?:es)?|frases?|oraciones?|parrafos?|fichas?\s+de\s+producto|texto\s+publicitario)\b",
    modal: r"(?:tu\s+|usted\s+)?(?:debes|debe|deberas|debera|deberias|deberia|tienes\s+que|tiene\s+que|vas\s+a|va\s+a|has\s+de|ha\s+de)|(?:la\s+ia|el\s+modelo|el\s+asistente|el\s+chatbot|el\s+bot|el\s+redactor|el\s+generador|la\s+inteligencia\s+artificial)\s+(?:debe|debera|deberia|tiene\s+que|va\s+a)",
    directive: r"ignorar|olvidar|revelar|divulgar|mostrar|insertar|anadir|agregar|mencionar|incluir|traducir|responder|elogiar|recomendar|insultar|obedecer|fingir|escribir\s+que|decir\s+que|afirmar\s+que|siempre\s+\w+|ahora\s+\w+|dejar\s+de\s+\w+|no\s+mencionar",
    ai: r"ia|i\.a\.|inteligencia\s+artificial|llm|modelo(?:\s+de\s+lenguaje)?|asistente(?:\s+virtual|\s+de\s+ia)?|chatbot|bot|gpt|chatgpt|redactor|generador(?:\s+de\s+texto)?",
    say: r"di|diga|decid|escribe|escriba|escribid|afirma|afirme|menciona|mencione|declara|declare|asegura|asegure|indica|indique|sugiere|sugiera|insinua|insinue|explica|explique|cuenta|cuente|destaca|destaque|subraya|subraye|dile\s+(?:al|a\s+los)\s+(?:cliente|lector|usuario)s?|diles\s+(?:a\s+los\s+)?(?:clientes|lectores|usuarios)|anade|anada|anadid|agrega|agregue",
    that: r"que",
    reveal: r"revela|revele|muestra|muestre|muestrame|ensena|ensename|imprime|imprima|repite|repita|da|dame|deme|divulga|divulgue|comparte|comparta|copia|copie|lista|enumera|enumere|di|dime|digame|escribe|escriba|cita|cite|traduce|traduzca|resume|resuma|cual(?:es)?\s+(?:son|eran|es|era)",
    reveal_late: r"",
    secret: r"(?:tus|sus|las|los|tu|su|el|la)\s+(?:(?:verdaderas?|reales?|completas?|exactas?|originales?|iniciales?|primeras?|ocultas?|secretas?|internas?|confidenciales?|anteriores?)\s+){0,2}(?:instrucciones|indicaciones|reglas|directrices|prompt(?:\s+del\s+sistema)?|mensaje\s+del?\s+sistema|configuracion|consignas)|(?:prompt|mensaje|instrucciones)\s+(?:del?\s+sistema|inicial(?:es)?|ocult[oa]s?|secret[oa]s?|originales?)|todo\s+lo\s+(?:anterior|de\s+arriba)|el\s+texto\s+(?:anterior|de\s+arriba)|(?:tus|sus|las|la|tu|su)\s+(?:contrasenas?|claves?\s+(?:de\s+)?api|credenciales)|(?:la|tu|su)\s+clave\s+(?:secreta|de\s+api|api|de\s+acceso)|(?:el|tu|su)\s+token|(?:el|tu|su)\s+mensaje\s+del\s+desarrollador|los\s+documentos\s+de\s+marca",
    addressed: r"\b(?:tu|su)\s+prompt\b|\b(?:tus|sus)\s+(?:instrucciones|reglas|indicaciones)\s+(?:ocultas|secretas|iniciales|internas|originales|del\s+sistema)\b|\b(?:cuando|mientras|si)\s+(?:escribas|escribes|redactes|redactas|generes|generas|crees|creas)\s+(?:el|la|los|las|tu|cada)\s+(?:anuncio|texto|descripcion|titulo|titular|respuesta|variante)(?:es|s)?\b|\bsi\s+(?:eres|es\s+usted)\s+(?:una?\s+)?(?:ia|inteligencia\s+artificial|modelo|asistente|chatbot|bot|robot)\b|\b(?:nota|mensaje|instrucciones?|aviso)\s+(?:para|a)\s+(?:la\s+|el\s+|los\s+|las\s+|cualquier\s+)?(?:ia|inteligencia\s+artificial|modelo|asistente|chatbot|bot|redactor|generador)\b|\b(?:querid[oa]|hola|oye|atencion)\s+(?:ia|modelo|asistente|chatbot|bot|chatgpt|redactor)\b|(?:^|[.!?\n]\s*)como\s+(?:una?\s+)?(?:ia|inteligencia\s+artificial|asistente|modelo\s+de\s+lenguaje)\b(?:[^.!?\n]|\.\w){0,20},",
    persona: r"\bfinge\b|\bfinja\b|\bfingid\b|\bhaz\s+como\s+si\b|\bhaga\s+como\s+si\b|\bhaz\s+de\s+cuenta\b|\b(?:imagina|imagine)\s+que\s+(?:eres|es)\s+(?:una?\s+)?(?:\w+\s+){0,2}?(?:ia|asistente|modelo|bot|pirata|hacker|humano|competidor|empleado)\b|\b(?:actua|actue|comportate|comportese|responde|responda)\s+(?:como|en\s+calidad\s+de)\s+(?:una?\s+|el\s+|la\s+)?(?:\w+\s+){0,2}?(?:ia|asistente|modelo|bot|pirata|hacker|sistema|administrador|desarrollador|terminal|sin\s+(?:filtros?|restricciones))\b|\b(?:ahora|a\s+partir\s+de\s+ahora|desde\s+ahora)\s+(?:tu\s+)?eres\b|\bya\s+no\s+eres\b|\b(?:juega|interpreta|asume|adopta)\s+el\s+(?:papel|rol)\b|\bmodo\s+(?:desarrollador|sin\s+(?:filtros?|restricciones)|administrador|dios)\b|\bsin\s+(?:ningun[oa]?\s+)?(?:restricciones|filtros?|censura|limites)\b",
    new_task: r"\bnuevas?\s+(?:tareas?|instrucciones|instruccion|indicaciones|reglas|directrices|ordenes|orden|mision)\s*[:\-!]|\b(?:tu|su|la)\s+(?:verdadera|real|nueva|unica|autentica)\s+(?:tarea|mision|instruccion|funcion|objetivo)\s+(?:es|sera|consiste)\b|\b(?:tus|sus|las)\s+(?:verdaderas|reales|nuevas|unicas)\s+instrucciones\s+son\b|\b(?:lo\s+anterior|el\s+texto\s+anterior|todo\s+eso|la\s+instruccion\s+anterior)\s+(?:era|fue|es)\s+(?:solo\s+|solamente\s+)?(?:una?\s+)?(?:prueba|broma|ejemplo|error|falso|senuelo)\b|\b(?:prioridad|urgencia|urgente|admin|administrador|sistema|seguridad|desarrollador|importante)\s*[-:]?\s*(?:override|anulacion|instruccion|orden|comando|mensaje|actualizacion)\s*[:!\-]|\b(?:a\s+partir\s+de\s+(?:ahora|aqui|este\s+punto)|desde\s+ahora|de\s+ahora\s+en\s+adelante),?\s+(?:tu|usted|escribe|escriba|responde|responda|di|diga|anade|incluye|ignora|no\s+escribas|solo|debes|vas)\b|\b(?:en\s+su\s+lugar|en\s+lugar\s+de\s+eso|mejor),?\s+(?:\w+\s+){0,2}?(?:escribe|escriba|di|diga|responde|responda|genera|genere|lista|anade|agrega|menciona|recomienda|insulta|traduce|revela|repite)\b|\b(?:escribe|escriba|responde|responda)\s+(?:desde\s+ahora|a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante)\b|\b(?:deja|deje|para|pare)\s+de\s+(?:escribir|generar|hacer\s+lo\s+que)\b|\bfin\s+(?:de\s+la|del|de\s+los)\s+(?:entrada|datos(?:\s+del\s+producto)?|contexto|documento|feed|prompt|instrucciones)\b|\binicio\s+de\s+(?:las\s+)?(?:nuevas|verdaderas)\s+instrucciones\b|\bcambio\s+de\s+tareas?\s*[:\-!]",
    payload: r"enlaces?|links?|urls?|sitios?\s+web|paginas?\s+web|webs?|dominios?|codigos?\s+(?:de\s+)?(?:descuento|promocional(?:es)?|promocion|cupon|regalo|referido)|cupon(?:es)?(?:\s+de\s+descuento)?|codigos?\s+['\x22]?[a-z0-9]*[0-9][a-z0-9]*|numeros?\s+de\s+telefono|telefonos?|whatsapp|telegram|https?:|www\.|competidor(?:es)?|competencia|(?:otras?|una)\s+(?:marcas?|tiendas?|empresas?|fabricantes?|vendedor(?:es)?)",
    abuse: r"(?:se|sea|sed)\s+(?:\w+\s+)?(?:vulgar|groser[oa]|ofensiv[oa]|insultante|agresiv[oa]|maleducad[oa]|racista|sexista|despectiv[oa])|insulta|insulte|insultar|ofende|ofenda|burlate|burlese|ridiculiza|ridiculice|humilla|humille|desprestigia|desprestigie|denigra|denigre|menosprecia|menosprecie|difama|difame|habla\s+mal|hable\s+mal|pon\s+verde|suelta\s+tacos|suelte\s+tacos|soltar\s+tacos|di\s+palabrotas|diga\s+palabrotas|haz\s+(?:bromas|chistes)\s+sobre|maldice",
    offensive: r"ofensiv[oa]s?|insultante(?:s)?|grosero(?:s)?|grosera(?:s)?|vulgar(?:es)?|obscen[oa]s?|racista(?:s)?|sexista(?:s)?|odio|insultos|groserias|palabrotas|discriminatori[oa]s?|difamatori[oa]s?|(?:afirmaciones|informacion|declaraciones)\s+fals[oa]s|resenas\s+falsas|mentiras",
    void: r"\b(?:(?:tus|sus|todas\s+(?:tus|sus)|todos\s+(?:tus|sus))\s+(?:instrucciones|indicaciones|reglas|ordenes|directrices|consignas|comandos|prompts?)(?:\s+(?:anteriores|previas|originales|iniciales|del\s+sistema))?|(?:las\s+|los\s+)?(?:instrucciones|indicaciones|reglas|ordenes|directrices|consignas|comandos|prompts?)\s+(?:anteriores|previas|originales|iniciales|del\s+sistema))\s+(?:quedan|estan|son|han\s+sido|fueron|quedaron)\s+(?:ahora\s+|desde\s+ahora\s+)?(?:anulad[oa]s|cancelad[oa]s|invalidad[oa]s|revocad[oa]s|obsolet[oa]s|suspendid[oa]s|sustituid[oa]s|reemplazad[oa]s|derogad[oa]s|desactivad[oa]s|sin\s+efecto|nul[oa]s)\b",
    obey: r"\b(?:obedece|obedezca|obedeced|sigue|siga|ejecuta|ejecute)\s+(?:solo\s+|solamente\s+|unicamente\s+|ahora\s+)*(?:lo\s+que\s+sigue|las\s+siguientes\s+instrucciones|este\s+texto|mis\s+(?:instrucciones|ordenes))\b|\bhaz\s+(?:ahora\s+)?(?:justo\s+)?lo\s+contrario\b|\blo\s+que\s+(?:sea\s+)?que\s+te\s+(?:hayan|hubieran)\s+dicho\b",
    ending: r"\b(?:termina|termine|finaliza|finalice|acaba|acabe|concluye|concluya|empieza|empiece|comienza|comience|cierra|cierre|abre|abra|firma|firme)\s+(?:\w+\s+){0,2}?(?:tu|su|el|la|cada|los|las|tus|sus)\s+(?:respuesta|anuncio|texto|descripcion|titulo|titular|variante|frase|mensaje|publicacion)(?:es|s)?\s+(?:\w+\s+){0,2}?(?:con|por)\b|\b(?:asegurate|asegurese|procura|procure|haz\s+que)\s+(?:de\s+)?que\s+(?:cada|el|la|tu|su|todos\s+los|todas\s+las|los|las)\s+(?:anuncio|respuesta|titulo|titular|descripcion|variante|texto)(?:es|s)?\b|\b(?:cada|el|la|tu|su)\s+(?:anuncio|respuesta|titulo|titular|descripcion|variante)\s+(?:debe|deberan|debera|tiene\s+que)\s+(?:\w+\s+)?(?:contener|mencionar|incluir|citar|decir|afirmar|recomendar)\b|\b(?:advierte|advierta|avisa|avise|informa|informe|recuerda|recuerde|convence|convenza)\s+(?:\w+\s+){0,3}?(?:lectores|clientes|usuarios|compradores)\s*,?\s+(?:de\s+)?que\b",
    respond: r"\b(?:responde|responda|escribe|escriba)\s+(?:solo\s+|solamente\s+|unicamente\s+|siempre\s+|a\s+partir\s+de\s+ahora\s+)?(?:en|con)\s+(?:ingles|aleman|frances|italiano|neerlandes|chino|ruso|mayusculas|emojis?|json|html|base64|la\s+palabra|la\s+frase|['\x22])|\btraduce\s+(?:esto|eso|el|la|los|las|todo|tu|su)\b(?:[^.!?\n]|\.\w){0,40}?\bal?\s+[a-z]+|\b(?:reemplaza|sustituye)\s+(?:cada|todas\s+las|todos\s+los)\s+(?:mencion(?:es)?|aparicion(?:es)?)\b|\b(?:reemplaza|sustituye)\s+el\s+nombre\s+de\s+(?:la\s+)?(?:marca|empresa|producto)\s+por\b|\b(?:empieza|comienza|termina)\s+(?:tu|su|cada)\s+(?:respuesta|anuncio|descripcion|frase)\s+con\b",
    lead: r"por\s+favor|tambien|luego|despues|y|ahora|en\s+su\s+lugar|ademas|primero|importante|no\s+olvides|no\s+olvide|asegurate\s+de|asegurese\s+de",
    article: r"(?:el|la|los|las|todo|toda|cada|un|una|nuestro|nuestra|tu)\s+",
    machine: r"ia|i\.a\.|inteligencia\s+artificial|llm|chatbot|bot|gpt|chatgpt|asistente|generador|robot",
    rel: r"que|quien|el\s+cual|la\s+cual",
    must: r"debe|deben|debera|deberan|deberia|deberian|tiene\s+que|tienen\s+que|ha\s+de|han\s+de|esta\s+obligad[oa]\s+a",
    oblige: r"\bhay\s+que\s+(?:decir|mencionar|escribir|anadir|indicar|destacar|afirmar|aclarar|precisar)\s+que\b|\b(?:debe|tiene\s+que)\s+(?:mencionarse|decirse|indicarse|escribirse|anadirse|aclararse)\s+que\b|\b(?:asegurate|asegurese|asegurarte|asegurarse)\s+de\s+que\s+(?:el|la|cada|los|las|tu|tus)\s+(?:anuncio|texto|titular|titulo|descripcion|respuesta|variante)s?\b|\bes\s+importante\s+que\s+(?:el|la)\s+(?:enlace|link|url|codigo)\b",
    generated: r"generad[oa]s?|producid[oa]s?\s+automaticamente|escrit[oa]s?\s+por\s+(?:la\s+ia|el\s+modelo|la\s+herramienta)",
    utter: r"mencionar|decir|indicar|afirmar|precisar|contener|incluir|citar|senalar|subrayar|destacar|prometer|recomendar|elogiar|presentar|describir|declarar|anunciar",
};

const IT: Lang = Lang {
    code: "it",
    ignore: r"ignora|ignori|ignorate|ignorare|dimentica|dimentichi|dimenticate|dimenticare|trascura|trascuri|trascurate|non\s+(?:considerare|tenere\s+conto\s+(?:di|delle|dei|del)|seguire|seguite|segua|rispettare)|tralascia|tralasci|scarta|scarti|annulla|annulli|cancella|cancelli|salta|aggira|aggiri|sovrascrivi|lascia\s+perdere|lasci\s+perdere|abbandona|abbandoni|fai\s+finta\s+di\s+non\s+aver\s+letto",
    instructions: r"istruzion[ei]|indicazion[ei]|direttive|direttiva|consegne|prompts?|prompt\s+di\s+sistema|messaggio\s+di\s+sistema|programmazione|regole\s+di\s+sistema|linee\s+guida(?:\s+del\s+marchio)?|regole\s+del\s+marchio|guida\s+di\s+stile|tono\s+di\s+voce|(?:voce|tono)\s+del\s+marchio|regole\s+di\s+sicurezza|(?:contesto|testo|compiti?|regole|ordini|comandi|richiesta)\s+(?:precedent[ei]|original[ei]|iniziali|di\s+sopra|sopra)",
    before: r"precedent[ei]|original[ei]|iniziali|di\s+sopra|sopra\s+riportat[ei]|sopraccitat[ei]|anterior[ei]",
    everything: r"(?:tutto\s+)?(?:quanto|cio\s+che\s+e|quello\s+che\s+e)\s+(?:scritto\s+|detto\s+)?(?:sopra|prima|precede)|tutto\s+(?:quello|cio)\s+che\s+ti\s+(?:e\s+stato|hanno)\s+(?:detto|scritto)|tutto\s+il\s+resto|tutto\s+cio\s+che\s+precede",
    your: r"(?:le|i)\s+tue|(?:le|i)\s+tuoi|(?:le|i)\s+sue|(?:le|i)\s+suoi|tutte\s+le\s+(?:tue|sue)|tutti\s+i\s+(?:tuoi|suoi)|tue|tuoi",
    rules: r"regole|restrizioni|limitazioni|filtri|limiti|principi|norme|politiche|compiti?|etica|linee\s+guida",
    insert: r"aggiungi|aggiunga|aggiungete|inserisci|inserisca|inserite|includi|includa|includete|menziona|menzioni|menzionate|scrivi|scriva|scrivete|metti|metta|mettete|colloca|collochi|integra|integri|raccomanda|raccomandi|consiglia|consigli|promuovi|promuova|pubblicizza|sostituisci|sostituisca|rimpiazza|traduci|traduca|utilizza|utilizzi|di'|dici|dica|afferma|affermi|aggiungere|inserire|includere|menzionare|scrivere|mettere",
    place: r"aggiungi|aggiunga|inserisci|inserisca|includi|includa|menziona|menzioni|metti|metta|colloca|integra|integri|cita|citi|raccomanda|raccomandi|consiglia|consigli|promuovi|promuova|pubblicizza|elogia|loda|aggiungere|inserire|includere|menzionare",
    target: r"(?:in|nel|nella|nell'|nei|nelle|negli|dentro|alla\s+fine\s+d(?:el|ella|ell'|i)|all'inizio\s+d(?:el|ella|ell'|i)|sotto|dopo|prima\s+d(?:el|ella|ell'|i)|a|al|alla|ai|alle|agli|all')\s*(?:(?:tua|tuo|tue|tuoi|sua|suo|sue|suoi|la|il|lo|i|le|gli|l'|ogni|tutti\s+i|tutte\s+le|questa|questo|questi|queste|ciascun[oa]?)\s*)?(?:(?:prossim[oaie]|generat[oaie]|final[ei]|nuov[oaie])\s+)?(?:rispost[ae]|output|annunc(?:io|i)|pubblicita|test[oi]|descrizion[ei]|titol[oi]|slogan|risultat[oi]|contenut[oi]|cop(?:y|ia)|riassunt[oi]|variant[ei]|version[ei]|post|e-?mail|newsletter|traduzion[ei]|fras[ei]|paragraf[oi]|schede?\s+prodotto|testo\s+pubblicitario)\b",
    modal: r"(?:tu\s+|lei\s+)?(?:devi|deve|dovrai|dovra|dovresti|dovrebbe|hai\s+da)|(?:l'ia|il\s+modello|l'assistente|il\s+chatbot|il\s+bot|il\s+copywriter|il\s+generatore|l'intelligenza\s+artificiale)\s+(?:deve|dovra|dovrebbe)",
    directive: r"ignorare|dimenticare|rivelare|divulgare|mostrare|inserire|aggiungere|menzionare|includere|tradurre|rispondere|lodare|raccomandare|consigliare|insultare|obbedire|fingere|scrivere\s+che|dire\s+che|affermare\s+che|sempre\s+\w+|ora\s+\w+|adesso\s+\w+|smettere\s+di\s+\w+|non\s+menzionare\s+piu",
    ai: r"ia|i\.a\.|intelligenza\s+artificiale|llm|modello(?:\s+linguistico)?|assistente(?:\s+virtuale|\s+ia)?|chatbot|bot|gpt|chatgpt|copywriter|generatore(?:\s+di\s+testo)?",
    say: r"di'|dici|dica|scrivi|scriva|scrivete|afferma|affermi|menziona|menzioni|dichiara|dichiari|sostieni|sostenga|indica|indichi|suggerisci|suggerisca|lascia\s+intendere|spiega|spieghi|racconta|racconti|sottolinea|sottolinei|assicura|assicuri|di'\s+ai\s+(?:clienti|lettori|utenti)|dici\s+ai\s+(?:clienti|lettori|utenti)|aggiungi|aggiunga|aggiungete|specifica|specifichi|precisa|precisi",
    that: r"che",
    reveal: r"rivela|riveli|mostra|mostri|mostrami|stampa|stampi|ripeti|ripeta|dai|dammi|mi\s+dia|divulga|divulghi|condividi|condivida|copia|copi|elenca|elenchi|di'|dimmi|mi\s+dica|scrivi|scriva|cita|citi|traduci|traduca|riassumi|riassuma|qual[ei]\s+(?:sono|erano|e|era)",
    reveal_late: r"",
    secret: r"(?:le\s+tue|i\s+tuoi|le\s+sue|i\s+suoi|la\s+tua|il\s+tuo|le|il|la|i|tue|tuo)\s+(?:(?:vere?|reali|complete?|esatte?|original[ei]|iniziali|prime|nascost[ei]|segret[ei]|interne?|riservat[ei]|precedenti)\s+){0,2}(?:istruzioni|indicazioni|regole|direttive|prompt(?:\s+di\s+sistema)?|messaggio\s+di\s+sistema|configurazione|consegne)|(?:prompt|messaggio|istruzioni)\s+(?:di\s+sistema|iniziali|nascost[oei]|segret[oei]|original[ei])|tutto\s+(?:quanto|cio\s+che\s+e)\s+(?:scritto\s+)?sopra|il\s+testo\s+(?:precedente|sopra)|(?:la\s+tua|le\s+tue|la|le)\s+(?:password|chiavi?\s+api|credenziali)|(?:la|tua)\s+chiave\s+(?:segreta|api|di\s+accesso)|(?:il|tuo)\s+token|il\s+messaggio\s+dello\s+sviluppatore|i\s+documenti\s+(?:del\s+marchio\s+)?completi",
    addressed: r"\b(?:il\s+tuo|tuo|il\s+suo)\s+prompt\b|\b(?:le\s+tue|tue|le\s+sue)\s+(?:istruzioni|regole|indicazioni)\s+(?:nascoste|segrete|iniziali|interne|originali|di\s+sistema)\b|\b(?:quando|mentre|se)\s+(?:scrivi|scrivete|generi|crei|redigi)\s+(?:l'|il\s+|la\s+|lo\s+|i\s+|le\s+|ogni\s+)?(?:annuncio|annunci|testo|descrizione|titolo|risposta|variante)\b|\bse\s+(?:sei|e)\s+(?:un(?:a|')?\s*)?(?:ia|intelligenza\s+artificiale|modello|assistente|chatbot|bot|robot)\b|\b(?:nota|messaggio|istruzion[ei]|avviso)\s+(?:per|a|all'|al)\s*(?:l'|la\s+|il\s+|gli\s+|ogni\s+)?(?:ia|intelligenza\s+artificiale|modello|assistente|chatbot|bot|copywriter|generatore)\b|\b(?:cara|caro|ciao|ehi|attenzione)\s+(?:ia|modello|assistente|chatbot|bot|chatgpt|copywriter)\b|(?:^|[.!?\n]\s*)(?:in\s+quanto|come)\s+(?:un(?:a|')?\s*)?(?:ia|intelligenza\s+artificiale|assistente|modello\s+linguistico)\b(?:[^.!?\n]|\.\w){0,20},",
    persona: r"\bfingi\b|\bfinga\b|\bfingete\b|\bfai\s+finta\b|\bfaccia\s+finta\b|\b(?:immagina|immagini)\s+di\s+essere\s+(?:una?\s+)?(?:\w+\s+){0,2}?(?:ia|assistente|modello|bot|pirata|hacker|umano|concorrente|dipendente)\b|\b(?:comportati|si\s+comporti|agisci|agisca|rispondi|risponda)\s+(?:come|da)\s+(?:una?\s+|il\s+|la\s+)?(?:\w+\s+){0,2}?(?:ia|assistente|modello|bot|pirata|hacker|sistema|amministratore|sviluppatore|terminale|senza\s+(?:filtri|restrizioni))\b|\b(?:ora|adesso|da\s+ora\s+in\s+poi|d'ora\s+in\s+poi)\s+(?:tu\s+)?sei\b|\bnon\s+sei\s+piu\b|\b(?:interpreta|assumi|recita)\s+il\s+ruolo\b|\bmodalita\s+(?:sviluppatore|senza\s+(?:filtri|restrizioni)|amministratore|dio)\b|\bsenza\s+(?:alcun[ao]?\s+)?(?:restrizioni|filtri|censura|limiti)\b",
    new_task: r"\bnuov[oi]\s+(?:compit[oi]|ordini|incarichi?)\s*[:\-!]|\bnuove?\s+(?:istruzion[ei]|indicazion[ei]|regole|direttive|consegne)\s*[:\-!]|\b(?:il\s+tuo|il\s+suo|il)\s+(?:vero|reale|nuovo|unico)\s+(?:compito|incarico|obiettivo|scopo)\s+(?:e|sara|consiste)\b|\b(?:le\s+tue|le\s+sue|le)\s+(?:vere|reali|nuove|uniche)\s+istruzioni\s+sono\b|\b(?:quanto\s+sopra|il\s+testo\s+precedente|tutto\s+questo|l'istruzione\s+precedente)\s+(?:era|e\s+stato|e)\s+(?:solo\s+|soltanto\s+)?(?:una?\s+)?(?:test|prova|scherzo|esempio|errore|falso|esca)\b|\b(?:priorita|urgenza|urgente|admin|amministratore|sistema|sicurezza|sviluppatore|importante)\s*[-:]?\s*(?:override|istruzione|ordine|comando|messaggio|aggiornamento)\s*[:!\-]|\b(?:da\s+(?:ora|adesso|qui)\s+in\s+(?:poi|avanti)|d'ora\s+in\s+(?:poi|avanti)|a\s+partire\s+da\s+(?:ora|adesso|qui)),?\s+(?:tu|lei|scrivi|scriva|rispondi|risponda|di'|dici|aggiungi|includi|ignora|non\s+scrivere|solo|devi|sei)\b|\b(?:invece|al\s+suo\s+posto|piuttosto),?\s+(?:\w+\s+){0,2}?(?:scrivi|scriva|di'|dici|rispondi|risponda|genera|elenca|aggiungi|menziona|raccomanda|consiglia|insulta|traduci|rivela|ripeti)\b|\b(?:scrivi|scriva|rispondi|risponda)\s+(?:d'ora\s+in\s+(?:poi|avanti)|da\s+(?:ora|adesso)\s+in\s+(?:poi|avanti))\b|\b(?:smetti|smetta|interrompi)\s+di\s+(?:scrivere|generare|fare\s+quello)\b|\bfine\s+(?:dell'|dei\s+|del\s+|della\s+)(?:input|dati(?:\s+del\s+prodotto)?|contesto|documento|feed|prompt|istruzioni)\b|\binizio\s+(?:delle\s+)?(?:nuove|vere)\s+istruzioni\b|\bcambio\s+(?:di\s+)?compit[oi]\s*[:\-!]",
    payload: r"link|collegament[oi]|url|siti?\s+web|pagine?\s+web|domini?o?|codic[ei]\s+(?:di\s+)?(?:sconto|promozional[ei]|promo|coupon|regalo)|coupon|buon[oi]\s+sconto|codic[ei]\s+['\x22]?[a-z0-9]*[0-9][a-z0-9]*|numer[oi]\s+di\s+telefono|telefono|whatsapp|telegram|https?:|www\.|concorrent[ei]|concorrenza|(?:altr[oiae]|un'altra|un\s+altro)\s+(?:marc(?:a|he)|negoz(?:io|i)|aziend(?:a|e)|produttor[ei]|venditor[ei])",
    abuse: r"(?:sii|sia|siate)\s+(?:\w+\s+)?(?:volgare|offensiv[oa]|maleducat[oa]|aggressiv[oa]|scortese|razzista|sessista|sprezzante)|insulta|insulti|insultare|offendi|offenda|deridi|derida|prendi\s+in\s+giro|ridicolizza|umilia|umili|denigra|denigri|critichi|sminuisci|diffama|diffami|parla\s+male|parli\s+male|screditare|screditare|scredita|impreca|imprecate|bestemmia|di'\s+parolacce|dici\s+parolacce|fai\s+battute\s+su|fate\s+battute\s+su",
    offensive: r"offensiv[oiae]|insultant[ei]|volgar[ei]|oscen[oiae]|razzist[aie]|sessist[aie]|odio|insulti|parolacce|bestemmie|discriminator[io]|diffamator[io]|(?:affermazioni|informazioni|dichiarazioni)\s+false|recensioni\s+false|bugie",
    void: r"\b(?:(?:le\s+tue|i\s+tuoi|le\s+sue|i\s+suoi|tutte\s+le\s+tue|tutti\s+i\s+tuoi)\s+(?:istruzioni|indicazioni|regole|ordini|direttive|consegne|comandi|prompt)(?:\s+(?:precedenti|originali|iniziali|di\s+sistema))?|(?:le\s+|gli\s+|i\s+)?(?:istruzioni|indicazioni|regole|ordini|direttive|consegne|comandi|prompt)\s+(?:precedenti|originali|iniziali|di\s+sistema))\s+(?:sono|vengono|sono\s+stat[ei]|restano)\s+(?:ora\s+|adesso\s+|quindi\s+)?(?:annullat[ei]|cancellat[ei]|revocat[ei]|obsolet[ei]|sospes[ei]|sostituit[ei]|abrogat[ei]|disattivat[ei]|nulle|nulli|non\s+piu\s+valid[ei])\b",
    obey: r"\b(?:obbedisci|obbedisca|segui|segua|esegui|esegua)\s+(?:solo\s+|soltanto\s+|unicamente\s+|ora\s+)*(?:a\s+)?(?:cio\s+che\s+segue|quanto\s+segue|le\s+seguenti\s+istruzioni|questo\s+testo|(?:i\s+)?miei\s+ordini|le\s+mie\s+istruzioni)\b|\bobbedisci\s+a\s+questo\b|\bfai\s+(?:ora\s+)?(?:esattamente\s+)?il\s+contrario\b|\bqualunque\s+cosa\s+ti\s+(?:abbiano|sia\s+stato)\s+dett[oa]\b",
    ending: r"\b(?:termina|termini|concludi|concluda|finisci|finisca|inizia|inizi|comincia|cominci|chiudi|chiuda|apri|apra|firma|firmi)\s+(?:\w+\s+){0,2}?(?:la\s+tua|il\s+tuo|la|il|lo|ogni|i|le|gli|l')\s*(?:risposta|annuncio|testo|descrizione|titolo|variante|frase|messaggio|post)\w*\s+(?:\w+\s+){0,2}?(?:con|da)\b|\b(?:assicurati|si\s+assicuri|fai\s+in\s+modo|fate\s+in\s+modo)\s+(?:di\s+|che\s+)?(?:che\s+)?(?:ogni|la|il|tutti\s+gli|tutte\s+le|gli|i|le)\s*(?:annunc\w*|rispost\w*|titol\w*|descrizion\w*|variant\w*|test[oi])\b|\b(?:ogni|la|il|l')\s*(?:annuncio|risposta|titolo|descrizione|variante)\s+(?:deve|dovra|devono)\s+(?:\w+\s+)?(?:contenere|menzionare|includere|citare|dire|affermare|raccomandare)\b|\b(?:avverti|avverta|avvisa|avvisi|informa|informi|ricorda|ricordi|convinci|convinca)\s+(?:\w+\s+){0,3}?(?:lettori|clienti|utenti|acquirenti)\s*,?\s+che\b",
    respond: r"\b(?:rispondi|risponda|scrivi|scriva)\s+(?:solo\s+|soltanto\s+|unicamente\s+|sempre\s+|d'ora\s+in\s+poi\s+)?(?:in|con)\s+(?:inglese|tedesco|francese|spagnolo|olandese|cinese|russo|maiuscolo|emoji|json|html|base64|la\s+parola|la\s+frase|['\x22])|\btraduci\s+(?:questo|quello|il|la|i|le|tutto|la\s+tua)\b(?:[^.!?\n]|\.\w){0,40}?\bin\s+[a-z]+|\bsostituisci\s+(?:ogni|tutte\s+le)\s+(?:menzion[ei]|occorrenz[ae])\b|\bsostituisci\s+il\s+nome\s+del(?:la)?\s+(?:marca|marchio|azienda|prodotto)\s+con\b|\b(?:inizia|comincia|termina)\s+(?:la\s+tua|ogni)\s+(?:risposta|annuncio|descrizione|frase)\s+con\b",
    lead: r"per\s+favore|anche|poi|e|ora|adesso|invece|inoltre|prima|importante|non\s+dimenticare\s+di|ricordati\s+di|assicurati\s+di",
    article: r"l'\s*|un'\s*|(?:il|lo|la|i|gli|le|ogni|qualsiasi|un|una|uno)\s+",
    machine: r"ia|i\.a\.|intelligenza\s+artificiale|llm|chatbot|bot|gpt|chatgpt|assistente|generatore|robot",
    rel: r"che|il\s+quale|la\s+quale|cui",
    must: r"deve|devono|dovra|dovranno|dovrebbe|dovrebbero|ha\s+da|e\s+pregat[oa]\s+di|e\s+tenut[oa]\s+a",
    oblige: r"\b(?:bisogna|occorre)\s+(?:dire|scrivere|menzionare|aggiungere|precisare|specificare|indicare|sottolineare|affermare)\s+che\b|\bva\s+(?:detto|specificato|menzionato|precisato|scritto|aggiunto|sottolineato|indicato)\s+che\b|\b(?:fai|fate|potresti\s+fare|puoi\s+fare)\s+in\s+modo\s+che\s+(?:l'|il\s+|la\s+|ogni\s+|tutti\s+gli\s+)(?:annuncio|annunci|testo|titolo|descrizione|risposta|variante)|\bassicurati\s+che\s+(?:l'|il\s+|la\s+|ogni\s+)(?:annuncio|testo|titolo|descrizione|risposta|variante|link)",
    generated: r"generat[oaie]|prodott[oaie]\s+automaticamente|scritt[oaie]\s+(?:dall'ia|dal\s+modello|dallo\s+strumento)",
    utter: r"menzionare|dire|indicare|affermare|precisare|contenere|includere|citare|segnalare|sottolineare|evidenziare|promettere|raccomandare|lodare|presentare|descrivere|dichiarare|riportare|annunciare",
};

const NL: Lang = Lang {
    code: "nl",
    ignore: r"negeer|negeert|negeren|vergeet|vergeten|sla\s+(?:\w+\s+){0,3}over|overschrijf|omzeil|omzeilen|schrap|verwijder|wis|houd\s+geen\s+rekening\s+met|hou\s+geen\s+rekening\s+met|volg\s+(?:niet|geen)|volg\s+(?:\w+\s+){0,3}niet\s+(?:meer|langer)|laat\s+(?:\w+\s+){0,3}(?:varen|los)|trek\s+je\s+niets\s+aan\s+van|let\s+niet\s+op",
    instructions: r"instructies?|aanwijzingen|richtlijnen|opdrachten|prompts?|systeemprompt|systeem-?prompts?|systeembericht|programmering|systeemregels|regels\s+van\s+het\s+systeem|merkrichtlijnen|merkstem|merktoon|huisstijl(?:gids)?|stijlgids|merkregels|veiligheidsregels|(?:vorige|eerdere|bovenstaande|oorspronkelijke|originele|voorgaande)\s+(?:context|tekst|taken|taak|regels|opdracht|berichten|invoer)",
    before: r"vorige|eerdere|bovenstaande|voorgaande|oorspronkelijke|originele|hierboven|daarvoor|eerder\s+gegeven",
    everything: r"alles\s+(?:hierboven|daarvoor|tot\s+nu\s+toe|van\s+hierboven|ervoor)|alles\s+wat\s+(?:je|u|jou)\s+(?:\w+\s+){0,3}?(?:gezegd|opgedragen|verteld|gegeven)|alles\s+wat\s+(?:hierboven|eerder|hiervoor)\s+(?:staat|stond|gezegd|geschreven)|het\s+bovenstaande|al\s+het\s+bovenstaande",
    your: r"je|jouw|uw|al\s+je|al\s+jouw|al\s+uw",
    rules: r"regels|beperkingen|filters|grenzen|principes|richtlijnen|taak|opdracht|context|ethiek|voorschriften",
    insert: r"voeg|voegt|voeg\s+\w+\s+toe|vermeld|vermeldt|noem|noemt|schrijf|schrijft|zet|plaats|neem\s+(?:\w+\s+){0,4}op|verwerk|werk\s+(?:\w+\s+){0,4}in|beveel|promoot|prijs|vervang|vertaal|zeg|beweer|toevoegen|vermelden|noemen|opnemen|plaatsen|verwerken|schrijven|zetten",
    place: r"voeg|voegt|vermeld|vermeldt|noem|noemt|zet|plaats|neem\s+(?:\w+\s+){0,4}op|verwerk|werk\s+(?:\w+\s+){0,4}in|beveel|promoot|prijs|toevoegen|vermelden|noemen|opnemen|plaatsen|verwerken|aanbevelen|promoten",
    target: r"(?:in|binnen|aan\s+het\s+(?:einde|eind|begin)\s+van|onder|na|voor|bij|aan)\s+(?:(?:je|jouw|uw|de|het|elke|iedere|alle|deze|dit)\s+)?(?:(?:volgende|gegenereerde|definitieve|nieuwe|eigen)\s+)?(?:antwoord(?:en)?|uitvoer|output|advertentie(?:s)?|advertentietekst(?:en)?|reclametekst(?:en)?|tekst(?:en)?|beschrijving(?:en)?|productbeschrijving(?:en)?|titel[s]?|kop(?:pen)?|koptekst(?:en)?|headlines?|slogans?|resultaat|resultaten|inhoud|copy|samenvatting(?:en)?|variant(?:en)?|versie[s]?|posts?|berichten|bericht|e-?mails?|nieuwsbrie[fv](?:en)?|vertaling(?:en)?|zin(?:nen)?|alinea[s]?|productpagina[s]?)\b",
    modal: r"(?:je|jij|u)\s+(?:moet|moeten|zou\s+moeten|dient|zal\s+(?:nu|vanaf\s+nu)|gaat\s+nu)|(?:de|het)\s+(?:ai|ki|model|taalmodel|assistent|chatbot|bot|copywriter|generator|systeem)\s+(?:moet|dient|zal|zou\s+moeten)",
    directive: r"negeren|vergeten|onthullen|tonen|invoegen|toevoegen|vermelden|opnemen|noemen|vertalen|antwoorden|prijzen|aanbevelen|beledigen|gehoorzamen|doen\s+alsof|schrijven\s+dat|zeggen\s+dat|beweren\s+dat|altijd\s+\w+|nu\s+\w+|voortaan\s+\w+|niet\s+meer\s+(?:vermelden|noemen)",
    ai: r"ai|a\.i\.|ki|kunstmatige\s+intelligentie|llm|taalmodel|ai-?model|model|assistent|ai-?assistent|chatbot|bot|gpt|chatgpt|copywriter|tekstgenerator|generator",
    say: r"zeg|zegt|schrijf|schrijft|beweer|beweert|vermeld|vermeldt|verklaar|verklaart|meld|benadruk|suggereer|impliceer|vertel|vertelt|leg\s+uit|geef\s+aan|zeg\s+(?:tegen\s+)?de\s+(?:klant|lezer|gebruiker)s?|vertel\s+(?:de\s+)?(?:klanten|lezers|gebruikers)|voeg\s+(?:\w+\s+){0,2}?toe",
    that: r"dat",
    reveal: r"onthul|onthult|toon|toont|laat\s+(?:\w+\s+){0,4}zien|print|herhaal|herhaalt|geef|geeft|deel|deelt|kopieer|som\s+(?:\w+\s+){0,3}op|noem|zeg|schrijf|citeer|vertaal|vat\s+(?:\w+\s+){0,3}samen|wat\s+(?:zijn|waren|is|was)",
    reveal_late: r"zien|onthullen|tonen|laten\s+zien|herhalen|geven|delen|kopieren|opsommen|noemen|vertalen|prijsgeven|printen",
    secret: r"(?:je|jouw|uw|de|het)\s+(?:(?:echte|volledige|exacte|complete|originele|oorspronkelijke|eerste|verborgen|geheime|interne|vertrouwelijke|vorige|bovenstaande)\s+){0,2}(?:systeemprompt|systeem-?prompt|prompts?|instructies|aanwijzingen|regels|richtlijnen|configuratie|systeembericht|opdrachten)|(?:prompt|bericht|instructies)\s+(?:van\s+het\s+systeem|verborgen|geheim)|alles\s+(?:hierboven|daarvoor)|de\s+tekst\s+hierboven|(?:je|jouw|uw|de|het)\s+(?:wachtwoord(?:en)?|api-?sleutels?|inloggegevens)|(?:de|je|jouw|uw)\s+(?:geheime\s+)?(?:sleutel|token|api-?sleutel)|het\s+ontwikkelaarsbericht|de\s+(?:volledige\s+)?merkdocumenten",
    addressed: r"\b(?:je|jouw|uw)\s+(?:systeem)?prompt\b|\b(?:je|jouw|uw)\s+(?:verborgen|geheime|oorspronkelijke|interne|originele)\s+(?:instructies|regels|aanwijzingen)\b|\b(?:als|wanneer|terwijl)\s+(?:je|jij|u)\s+(?:de|het|je|elke|een)\s+(?:advertentie|tekst|beschrijving|titel|kop|antwoord|variant)\w*\s+(?:schrijft|maakt|genereert|opstelt)\b|\bals\s+(?:je|jij|u)\s+(?:een\s+)?(?:ai|ki|taalmodel|assistent|chatbot|bot|model|robot)\s+(?:bent|is)\b|\b(?:notitie|bericht|instructies?|opmerking)\s+(?:voor|aan)\s+(?:de\s+|het\s+|elke\s+|alle\s+)?(?:ai|ki|taalmodel|assistent|chatbot|bot|model|copywriter|generator)\b|\b(?:beste|hallo|hoi|hey|let\s+op)\s+(?:ai|ki|taalmodel|assistent|chatbot|bot|chatgpt|model|copywriter)\b|(?:^|[.!?\n]\s*)als\s+(?:een\s+|de\s+)?(?:ai|ki|taalmodel|assistent)\b(?:[^.!?\n]|\.\w){0,20},",
    persona: r"\bdoe\s+alsof\b|\bdoet\s+alsof\b|\bdoe\s+net\s+alsof\b|\b(?:stel\s+je\s+voor|beeld\s+je\s+in)\s+(?:dat\s+)?(?:je|jij|u)\s+(?:een\s+)?(?:\w+\s+){0,2}?(?:ai|assistent|model|bot|hacker|mens|concurrent|medewerker)\b|\b(?:gedraag\s+je|gedraagt\s+u\s+zich|handel|reageer|antwoord)\s+(?:als|zoals)\s+(?:een\s+|de\s+|het\s+)?(?:\w+\s+){0,2}?(?:ai|assistent|model|bot|hacker|systeem|beheerder|ontwikkelaar|terminal|zonder\s+(?:filters?|beperkingen))\b|\b(?:je\s+bent|jij\s+bent|u\s+bent)\s+(?:nu|vanaf\s+nu|voortaan|niet\s+langer|geen)\b|\bvanaf\s+nu\s+ben\s+je\b|\b(?:speel|neem)\s+de\s+rol\b|\bin\s+de\s+rol\s+van\b|\b(?:ontwikkelaars|beheerders|god)modus\b|\bzonder\s+(?:enige\s+)?(?:beperkingen|filters?|censuur|grenzen)\b",
    new_task: r"\bnieuwe\s+(?:taak|taken|instructies?|aanwijzingen|regels|opdracht(?:en)?|richtlijnen)\s*[:\-!]|\b(?:je|jouw|uw|de)\s+(?:echte|werkelijke|nieuwe|enige|eigenlijke)\s+(?:taak|opdracht|instructies?|doel|missie)\s+(?:is|zijn|wordt|luidt)\b|\b(?:het\s+bovenstaande|de\s+vorige\s+\w+|dit\s+alles|de\s+tekst\s+hierboven)\s+(?:was|is|waren)\s+(?:slechts\s+|alleen\s+|maar\s+)?(?:een\s+)?(?:test|grap|voorbeeld|fout|nep|afleiding)\b|\b(?:prioriteit|noodgeval|dringend|admin|beheerder|systeem|beveiliging|ontwikkelaar|belangrijk)\s*[-:]?\s*(?:override|instructie|opdracht|commando|bericht|update)\s*[:!\-]|\b(?:vanaf\s+(?:nu|hier)|voortaan|van\s+nu\s+af\s+aan),?\s+(?:je|jij|u|schrijf|antwoord|zeg|voeg|negeer|schrijf|alleen|moet|ben)\b|\b(?:in\s+plaats\s+daarvan|liever),?\s+(?:\w+\s+){0,2}?(?:schrijf|zeg|antwoord|genereer|noem|voeg|vermeld|beveel|beledig|vertaal|onthul|herhaal)\b|\b(?:schrijf|antwoord|zeg|reageer)\s+(?:vanaf\s+nu|voortaan|van\s+nu\s+af\s+aan)\b|\b(?:stop|stopt|hou\s+op|houd\s+op)\s+(?:met\s+)?(?:schrijven|genereren|wat\s+je\s+doet|de\s+taak)\b|\beinde\s+van\s+(?:de\s+|het\s+)?(?:invoer|productgegevens|gegevens|data|context|document|feed|prompt|instructies)\b|\bbegin\s+van\s+(?:de\s+)?(?:nieuwe|echte)\s+instructies\b|\b(?:taakwissel|taakwijziging|wissel\s+van\s+taak)\s*[:\-!]",
    payload: r"links?|koppelingen?|urls?|websites?|webpagina'?s?|domeinen?|domein|(?:kortings|promo|actie|waardebon|cadeau|coupon)[\s-]?codes?|kortingsbon(?:nen)?|codes?\s+['\x22]?[a-z0-9]*[0-9][a-z0-9]*|telefoonnummers?|nummers?|whatsapp|telegram|https?:|www\.|concurrent(?:en)?|concurrentie|(?:een\s+)?ander(?:e)?\s+(?:merk(?:en)?|winkels?|bedrij(?:f|ven)|fabrikant(?:en)?|verkoper(?:s)?)",
    abuse: r"wees\s+(?:\w+\s+)?(?:grof|vulgair|beledigend|onbeleefd|agressief|gemeen|racistisch|seksistisch|neerbuigend)|beledig|beledigt|beledigen|scheld|schelden|bespot|bespotten|maak\s+(?:\w+\s+){0,3}belachelijk|vernederen|verneder|kleineer|zwartmaken|maak\s+(?:\w+\s+){0,3}zwart|bekritiseer|spreek\s+(?:\w+\s+){0,3}slecht|praat\s+(?:\w+\s+){0,3}slecht|kraak\s+(?:\w+\s+){0,3}af|vloek|vloeken|maak\s+(?:\w+\s+){0,4}?grappen\s+over",
    offensive: r"beledigend(?:e)?|aanstootgevend(?:e)?|grof|grove|vulgair(?:e)?|obsceen|obscene|racistisch(?:e)?|seksistisch(?:e)?|hatelijk(?:e)?|haatzaaiend(?:e)?|scheldwoorden|vloeken|discriminerend(?:e)?|lasterlijk(?:e)?|valse\s+(?:beweringen|informatie|claims)|nepreviews|nepbeoordelingen|leugens",
    void: r"\b(?:(?:je|jouw|uw|de|alle)\s+)?(?:(?:vorige|eerdere|oorspronkelijke|oude|huidige)\s+)?(?:instructies|opdrachten|regels|richtlijnen|aanwijzingen|bevelen|prompts?)\s+(?:zijn|worden|werden)\s+(?:nu\s+|hierbij\s+|vanaf\s+nu\s+)?(?:vervallen|ongeldig|ingetrokken|geannuleerd|opgeheven|vervangen|nietig|gedeactiveerd|verlopen|niet\s+meer\s+geldig)\b",
    obey: r"\bvolg\s+(?:de|je|jouw|uw|alle)\s+(?:\w+\s+)?(?:instructies|richtlijnen|regels|aanwijzingen|systeemregels|opdrachten)\s+niet\s+(?:meer|langer)\b|\b(?:gehoorzaam|gehoorzaamt|volg|volgt|voer)\s+(?:vanaf\s+nu\s+|nu\s+|alleen\s+|uitsluitend\s+|enkel\s+)*(?:wat\s+volgt|het\s+volgende|de\s+volgende\s+instructies|deze\s+tekst|mijn\s+(?:instructies|bevelen))\b|\bgehoorzaam\s+je\s+deze\s+tekst\b|\bdoe\s+(?:nu\s+)?(?:precies\s+)?het\s+tegenovergestelde\b|\bwat\s+(?:je|u)\s+(?:ook\s+)?(?:eerder\s+)?(?:is\s+)?(?:gezegd|opgedragen)\b",
    ending: r"\b(?:eindig|eindigt|besluit|sluit|begin|start|open|onderteken)\s+(?:\w+\s+){0,2}?(?:je|jouw|uw|de|het|elke|iedere)\s+(?:antwoord|advertentie|tekst|beschrijving|titel|variant|zin|bericht)\w*\s+(?:\w+\s+){0,2}?(?:met|af\s+met)\b|\bzorg\s+(?:ervoor\s+)?dat\s+(?:elke|iedere|de|het|je|alle)\s+(?:advertentie|antwoord|titel|kop|beschrijving|variant|tekst)\w*\b|\b(?:elke|iedere|de|het|je)\s+(?:advertentie|antwoord|titel|kop|beschrijving|variant)\w*\s+(?:moet|moeten|dient)\s+(?:\w+\s+){0,6}?(?:bevatten|vermelden|noemen|bevat|aanbevelen|beweren)\b|\b(?:waarschuw|waarschuwt|informeer|herinner|overtuig)\s+(?:\w+\s+){0,3}?(?:lezers?|klanten|gebruikers|kopers)\s*,?\s+dat\b",
    respond: r"\b(?:antwoord|antwoordt|schrijf|schrijft)\s+(?:voortaan\s+|alleen\s+|uitsluitend\s+|altijd\s+)?(?:in\s+het|in|met)\s+(?:engels|duits|frans|spaans|italiaans|chinees|russisch|hoofdletters|emoji'?s?|json|html|base64|het\s+woord|de\s+zin|['\x22])|\bvertaal\s+(?:dit|dat|de|het|alles|je|jouw|uw)\b(?:[^.!?\n]|\.\w){0,40}?\bnaar\s+het\s+[a-z]+|\bvervang\s+(?:elke|iedere|alle)\s+(?:vermelding|verwijzing)(?:en)?\b|\bvervang\s+de\s+(?:merk|bedrijfs|product)naam\s+door\b|\b(?:begin|eindig|start)\s+(?:je|jouw|uw|elk|elke|iedere)\s+(?:antwoord|advertentie|beschrijving|zin)\s+met\b",
    lead: r"alsjeblieft|alstublieft|aub|ook|dan|daarna|en|nu|in\s+plaats\s+daarvan|bovendien|eerst|belangrijk|vergeet\s+niet|zorg\s+dat|zorg\s+ervoor\s+dat",
    article: r"(?:de|het|elke?|iedere?|een|onze|jouw|je)\s+",
    machine: r"ai|a\.i\.|ki|llm|taalmodel|chatbot|bot|tekstbot|schrijfbot|gpt|chatgpt|assistent|schrijfassistent|tekstgenerator|generator|robot",
    rel: r"die|dat|welke",
    must: r"moet|moeten|dient|dienen|zou\s+moeten|is\s+verplicht|wordt\s+verzocht|wordt\s+gevraagd",
    oblige: r"\ber\s+moet\s+(?:\w+\s+)?(?:worden\s+)?(?:vermeld|gezegd|geschreven|toegevoegd|benadrukt|gemeld|aangegeven)\s+(?:worden\s+)?dat\b|\bhet\s+moet\s+(?:worden\s+)?(?:vermeld|gezegd|gemeld)\s+(?:worden\s+)?dat\b|\bzorg\s+(?:er\s*voor\s+|ervoor\s+)?dat\s+(?:de|het|elke|iedere|je|jouw)\s+(?:advertentie|tekst|kop|titel|beschrijving|antwoord|variant)\w*|\bhet\s+is\s+belangrijk\s+dat\s+de\s+(?:link|url|code)\b",
    generated: r"gegenereerde|gegenereerd|automatisch\s+(?:gemaakte|geschreven)|door\s+(?:de\s+)?(?:ai|ki|het\s+model)\s+geschreven",
    utter: r"vermelden|zeggen|noemen|bevatten|beweren|melden|stellen|schrijven|benadrukken|beloven|aanbevelen|aanprijzen|prijzen|beschrijven|verklaren|aangeven",
};

/// One pattern: `(rule, regex over folded text, what it is)`.
pub type Pattern = (&'static str, String, &'static str);

/// The start of an imperative clause: text start, after sentence punctuation or a bullet, or
/// after a softener of the language ("please", "bitte").
fn clause(l: &Lang) -> String {
    format!(
        r#"(?:^|[.!?:;,\n•*>)\]}}"'(]\s*|-\s+|[\p{{So}}\p{{Sk}}]\s+|\b(?:{})\s+)"#,
        l.lead
    )
}

/// The patterns of one language.
pub fn patterns(l: &Lang) -> Vec<Pattern> {
    let imp = clause(l);
    let mut out: Vec<Pattern> = vec![
        (
            "injection.override",
            format!(
                r"\b(?:{})\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{})\b",
                l.ignore, l.instructions
            ),
            "an instruction override",
        ),
        (
            "injection.override",
            format!(
                r"\b(?:{})\b(?:\s+[\w'-]+){{0,2}}?\s+(?:{})\s*(?:[.,;:!\n]|$)",
                l.ignore, l.before
            ),
            "an instruction override",
        ),
        (
            "injection.override",
            format!(
                r"\b(?:{})\b(?:\s+[\w'-]+){{0,3}}?\s+(?:{})\s+(?:{})\b",
                l.ignore, l.rules, l.before
            ),
            "an instruction override",
        ),
        (
            "injection.override",
            format!(
                r"\b(?:{})\b(?:\s+[\w'-]+)?\s+(?:{})",
                l.ignore, l.everything
            ),
            "an instruction override",
        ),
        (
            "injection.override",
            format!(
                r"\b(?:{})\b\s+(?:{})\s+(?:[\w'-]+\s+){{0,2}}?(?:{})\b",
                l.ignore, l.your, l.rules
            ),
            "an instruction override",
        ),
        (
            "injection.override",
            l.new_task.to_string(),
            "a new task replacing the instructions",
        ),
        (
            "injection.addressed",
            format!(
                r"(?:^|[.!?\n]\s*)(?:{})\s*[,:]\s+(?:(?:{})\s+)?(?:{}|{})\b",
                l.ai, l.lead, l.directive, l.place
            ),
            "an order to the model",
        ),
        (
            "injection.role",
            l.persona.to_string(),
            "a new role for the model",
        ),
        (
            "injection.addressed",
            l.addressed.to_string(),
            "text addressed to the model",
        ),
        (
            "injection.addressed",
            format!(
                r"\b(?:{})\s+(?:[\w'-]+\s+){{0,2}}?(?:{})\b",
                l.modal, l.directive
            ),
            "an order to the model",
        ),
        (
            "injection.insert",
            format!(r"\b(?:{})\b[^.!?\n]{{0,80}}?\b(?:{})", l.insert, l.target),
            "a request to put something into the output",
        ),
        (
            "injection.insert",
            format!(r"\b(?:{})[^.!?\n]{{0,60}}?\b(?:{})\b", l.target, l.insert),
            "a request to put something into the output",
        ),
        (
            "injection.insert",
            format!(
                r"{imp}(?:{})\b\s*,?\s*(?:[\w'-]+,?\s+){{0,3}}?(?:{})",
                l.say, l.that
            ),
            "a request to state something",
        ),
        (
            "injection.abuse",
            format!(r"{imp}(?:(?:{})\s+)?(?:{})\b", l.modal, l.abuse),
            "a request for abusive text",
        ),
        (
            "injection.abuse",
            format!(
                r"\b(?:{}|{}|write|generate|produce|create|make|use)\b[^.!?\n]{{0,40}}?\b(?:{})",
                l.insert, l.place, l.offensive
            ),
            "a request for offensive or false text",
        ),
        (
            "injection.insert",
            l.respond.to_string(),
            "a change of the answer's form",
        ),
        (
            "injection.override",
            l.void.to_string(),
            "the instructions declared void",
        ),
        (
            "injection.override",
            l.obey.to_string(),
            "a demand to obey new text",
        ),
        (
            "injection.insert",
            l.ending.to_string(),
            "a request for how the output starts or ends",
        ),
        (
            "injection.exfiltration",
            format!(
                r"\b(?:{})\b(?:[\s-]+(?:me|us|mir|uns|moi|nous|nos|mi|ci|mij|ons))?\s+(?:[\w'-]+\s+){{0,4}}?(?:{})",
                l.reveal, l.secret
            ),
            "a request for the instructions",
        ),
    ];
    out.push((
        "injection.addressed",
        format!(
            r"{imp}(?:{})(?:[\w'-]+[\s-]+)?(?:{})(?:[\s-]+[\w'-]+)?(?:\s*,?\s+(?:{})\b(?:\s+[\w'-]+){{1,8}}?\s*,?)?\s+(?:{})\b",
            l.article, l.machine, l.rel, l.must
        ),
        "an order to the model",
    ));
    out.push((
        "injection.insert",
        format!(
            r"\b(?:{})\b(?:[\s-]+[\w'-]+){{0,5}}?\s+(?:{})\s+(?:[\w'-]+\s+){{0,3}}?(?:{})\b",
            l.generated, l.must, l.utter
        ),
        GENERATED_DEMAND,
    ));
    out.push((
        "injection.insert",
        l.oblige.to_string(),
        "a demand on what the copy says",
    ));
    if !l.reveal_late.is_empty() {
        out.push((
            "injection.exfiltration",
            format!(
                r"(?:{})\s+(?:[\w'-]+\s+){{0,3}}?(?:{})\b",
                l.secret, l.reveal_late
            ),
            "a request for the instructions",
        ));
    }
    out.push((
        "injection.payload",
        format!(
            r"(?:{imp}|\b(?:{})\s+)(?:{})\b[^.!?\n]{{0,50}}?\b(?:{})",
            l.modal, l.place, l.payload
        ),
        "a request to put a link, code, contact or competitor into the copy",
    ));
    out
}
