import AdvisorCore

/// Word lists the extractors share.
enum Lexicon {
  static let negations: Set<String> = [
    "not", "no", "never", "none", "without", "nope", "nah", "neither", "nor",
  ]
  /// Words that put a place in the past ("used to live in dayton", "not there anymore").
  static let pastPlaceWords: Set<String> = ["anymore", "longer", "used", "left", "moved", "former"]
  /// Words of a wish, not a fact ("wish i had great feedback").
  static let wishes: Set<String> = ["wish", "wished", "hoped", "hoping"]
  /// Family members, one word each (a possessive's 's is dropped: "dad's" is "dad", but "dads"
  /// typed without it stays): whose failure or heart it was, when not the user's.
  static let relatives: Set<String> = [
    "dad", "father", "mom", "mother", "parent", "parents", "brother", "sister", "son", "daughter",
    "wife", "husband", "partner", "spouse", "grandma", "grandpa", "grandmother", "grandfather",
    "aunt", "uncle", "family", "fiance", "fiancee", "dads", "fathers", "moms", "mothers",
    "brothers", "sisters", "sons", "daughters", "wifes", "husbands", "partners", "grandmas",
    "grandpas", "aunts", "uncles",
  ]
  /// Words that may stand between a negation and the word it negates ("not ever failed").
  static let negatedVerbs: Set<String> = ["did", "have", "has", "ever"]

  static let yes: Set<String> = [
    "yes", "yeah", "yep", "yup", "y", "ya", "yea", "sure", "correct", "right", "absolutely",
    "affirmative", "definitely", "indeed", "true", "ok", "okay", "i do", "i have", "yes i do",
    "yes i have", "of course", "yes please", "yess", "yas",
    // Hedged, as the "no" answers beside them are ("probably not").
    "i think so", "i believe so", "i guess so", "think so", "probably yes", "prob yes",
    "i think yes", "yes i think so", "yeah i think so",
  ]

  static let no: Set<String> = [
    "i do not think so", "do not think so", "i do not believe so", "probably not",
    "prob not", "probs not", "likely not", "most likely not", "i doubt it", "doubt it",
    "no i do not think so", "nah i do not think so", "no i do not believe so",
    "no", "nope", "nah", "n", "not really", "i do not", "i have not", "negative", "none",
    "no i do not", "no i have not", "false", "nothing", "not at all", "nop", "no not really",
    "no none", "nobody", "no one", "not that i know of", "not that i am aware of",
    "none that i know of", "nothing comes to mind", "nothing stands out", "nothing in particular",
    "nothing that stands out", "not that comes to mind", "nothing else", "that is it",
    "that is all",
  ]

  /// How a longer "yes" or "no" answer starts ("yes, a few", "nope, never").
  static let yesLeads = ["yes ", "yeah ", "i think so ", "probably yes "]
  static let noLeads = [
    "no ", "nope ", "not really", "not that i know of ", "not that i am aware of ",
    "none that i know of ", "i do not think so ", "do not think so ", "probably not ",
    "prob not ",
  ]
  /// A "no" to whether anything is behind the score.
  static let nothingLikeThat: Phrases = ["nothing special", "nothing like that"]

  static let skip: Set<String> = [
    "i would rather not answer", "rather not answer", "let skip that", "let skip this",
    "let skip it", "skip this one", "skip that one", "i would rather skip",
    "skip", "skip it", "skip this", "skip that", "next", "rather not say", "i would rather not say",
    "prefer not to say", "i prefer not to say", "no comment", "later", "pass on that",
    "move on", "next question", "skip for now",
  ]

  /// How a declined answer may start ("pass on that one").
  static let skipLeads = ["i will pass on", "pass on"]

  static let unsure: Set<String> = [
    "have not decided", "have not decided yet", "not decided yet", "undecided", "still deciding",
    "not sure", "i am not sure", "unsure", "do not know", "i do not know", "dunno", "idk",
    "no idea", "maybe", "not certain", "i am not certain", "hard to say", "unclear",
    "no clue", "not sure yet", "kinda", "kind of", "sort of", "sorta", "somewhat", "more or less",
  ]

  static let greetings: Set<String> = [
    "heyy", "heyyy", "hii", "hiii", "helloo", "hey hey", "sup", "what is up",
    "hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon",
    "good evening", "howdy", "yo", "hiya", "hey there",
  ]

  static let thanks: Set<String> = [
    "appreciate it", "i appreciate it", "ty", "tysm", "thanks a ton", "many thanks",
    "thanks", "thank you", "thx", "thanks a lot", "thank you so much", "cheers",
    "much appreciated", "great thanks", "ok thanks", "okay thanks", "thanks so much",
  ]

  static let farewells: Set<String> = [
    "bye", "goodbye", "good bye", "quit", "exit", "q", "see you", "see ya", "bye bye",
    "that is all", "i am done", "done", "ciao", "later bye", "thanks bye", "ok bye",
    "quit please", "exit please", "that is it", "that is everything", "i am all set", "all set",
    "gotta go", "got to go", "have to go", "i have to go", "talk later", "talk to you later",
    "see you later", "i am good", "i am finished", "finished", "signing off", "good night",
    "goodnight", "later", "cya", "gotta run", "got to run", "signing off", "i am off",
    "that is all i needed", "that is all i need", "that is all i wanted", "that is what i needed",
    "i am done here", "im done", "im done here", "im finished", "im all set", "im good", "im off",
    // Thanks after a closing that is one on its own ("that's everything, thank you"); not
    // after "i am good", which answers a question as often as it signs off.
    "that is everything thank you", "that is all thank you", "that is it thank you",
    "that is all for now thank you",
  ]
  /// Courtesies in front of a sign-off ("ok thanks bye"): dropped before a farewell is looked up.
  /// Thinking it over, which ends the chat only before a sign-off ("k thanks gonna think about
  /// it, bye"); alone it answers nothing ("let me think about it" to a question asked).
  static let thinkingItOver: Set<String> = [
    "gonna think about it", "going to think about it", "i will think about it",
    "let me think about it", "i need to think about it", "will think it over",
  ]

  static let courtesies: Set<String> = [
    "ok", "okay", "k", "thanks", "thank", "you", "thx", "ty", "appreciate", "it", "great", "cool",
    "alright", "perfect", "ugh", "hmm", "um", "uh", "argh",
    "awesome", "so", "well", "then", "much", "very", "helpful", "for", "the", "help", "again",
    "gracias", "merci", "danke", "obrigado",
  ]
  /// Words that may stand around thanks ("that's really helpful, thank you").
  static let praise: Set<String> = [
    "that", "is", "really", "this", "was", "a", "lot", "super", "actually", "helps", "helped",
    "useful", "good", "nice", "ton", "tons", "bunch",
  ]
  /// Single words that sign off.
  static let farewellWords: Set<String> = ["bye", "goodbye", "cya", "ciao", "later", "night"]
  /// Words that thank.
  static let thanksWords: Set<String> = ["thank", "thanks", "thx", "ty", "appreciate", "tysm"]
  /// Courtesies after a sign-off ("bye, thanks again").
  static let trailingCourtesies: Set<String> = ["thanks", "again", "ok", "thx"]
  /// Endings a sign-off may carry ("that's all for now").
  static let closingTails = ["for now", "for today", "for tonight", "now"]

  static let whyAsk: [String] = [
    "why do you ask", "why are you asking", "why does that matter", "why does it matter",
    "why is that important", "why do you need", "why do you want to know", "why that",
    "what does that matter", "what for", "why would that matter", "how does that matter",
    "why ask", "why is this important", "why does this matter", "why",
  ]

  /// A word in front of a number that says the number is wrong ("239, not 229").
  static let denyingWords: Set<String> = ["not", "nor"]
  /// What joins places in a list ("boston or cambridge", "NY, NJ"): a name listed right after a
  /// place is taken as a place.
  static let placeListJoiners: Set<String> = ["or", "and", ",", "/"]
  /// Other applicants a sentence may be about ("my friend scored 205"): nothing in it is the
  /// user's. Family is not here: where family lives is a tie.
  static let otherApplicants: Phrases =
    [
      "my friend", "a friend", "friend of mine", "my friends", "my classmate", "a classmate",
      "my classmates", "my colleague", "my roommate", "my buddy", "someone i know", "her score",
      "his score", "her step", "his step", "her ck", "his ck",
    ] + relativeApplicants

  /// A relative's own application ("my brother matched psych"): theirs, not the user's.
  static let relativeApplicants = Phrases(
    ["brother", "sister", "cousin", "wife", "husband", "partner", "friend"].flatMap { person in
      ["matched", "applied", "scored", "is applying", "applied to", "got into"]
        .map { "my \(person) \($0)" }
    })

  /// The people of ``otherApplicants``, without their pronouns: an adviser's "her score" is the
  /// student's, whose question the adviser asks.
  static let otherApplicantPeople: Phrases = [
    "my friend", "a friend", "friend of mine", "my friends", "my classmate", "a classmate",
    "my classmates", "my colleague", "my roommate", "my buddy", "someone i know",
  ]

  /// A word every ``otherApplicants`` phrase holds one of: a statement without any names no one.
  static let otherApplicantCues: Set<String> = [
    "friend", "friends", "classmate", "classmates", "colleague", "roommate", "buddy", "someone",
    "her", "his", "brother", "sister", "cousin", "wife", "husband", "partner",
  ]

  /// Words that may stand inside "or anywhere" ("or honestly anywhere").
  static let anywhereHedges: Set<String> = ["honestly", "really", "just", "literally", "maybe"]
  /// A change of mind inside one line ("texas. scratch that, north carolina", "ck was 213 no
  /// wait 231", "peds. actually no, family med"): what it names replaces what came before.
  static let changeOfMindPhrases: [[String]] = [
    "scratch that", "actually", "i mean", "i meant", "no wait", "on second thought",
    "changed my mind", "or rather", "correction", "make that",
  ].map { $0.split(separator: " ").map(String.init) }
  /// Of ``changeOfMindPhrases``, those that change the mind wherever they stand ("ck was 213 no
  /// wait 231"); the others ("actually", "i meant") only where a clause starts ("peds.
  /// actually no, family med"; not "IM. i actually really like peds too"). "I mean" is left
  /// out here: it opens asides ("IM, i mean family med would be fine too").
  static let changesOfMindAnywhere: [[String]] = [
    "scratch that", "no wait", "on second thought", "changed my mind", "or rather", "make that",
  ].map { $0.split(separator: " ").map(String.init) }
  static let changesOfMindAtClauseStart: [[String]] = [["actually"], ["i", "meant"]]

  /// Whether a change of mind starts at `index` (for a score or a specialty said again).
  static func changesMind(at index: Int, in tokens: [Utterance.Token]) -> Bool {
    if changesOfMindAnywhere.contains(where: { tokens.has($0, at: index) }) { return true }
    let opensClause =
      index == 0 || tokens[index - 1].kind == .punctuation
      || ["or", "no", "sorry", "oops"].contains(tokens[index - 1].text)
    return opensClause && changesOfMindAtClauseStart.contains { tokens.has($0, at: index) }
  }
  /// The word of a line that says what was meant instead ("but i meant ny", "i meant fm not
  /// em").
  static let meantWords: Set<String> = ["meant", "mean"]
  /// Languages a patient population may speak ("does speaking portuguese count as a hook").
  static let languages: Set<String> = [
    "spanish", "portuguese", "french", "creole", "arabic", "hindi", "urdu", "bengali", "punjabi",
    "tamil", "telugu", "gujarati", "marathi", "farsi", "persian", "tagalog", "mandarin",
    "cantonese", "chinese", "vietnamese", "korean", "japanese", "russian", "ukrainian", "polish",
    "italian", "german", "somali", "amharic", "swahili", "yoruba", "igbo", "hausa", "turkish",
    "hebrew", "greek", "armenian", "nepali", "haitian",
  ]
  /// Words before a place or a specialty that make it the only one ("so just ohio now", "just
  /// peds").
  static let exclusiveWords: Set<String> = ["just", "only", "solely", "exclusively"]
  /// Words after "only" that make a condition of it ("ohio only if i have to"): a fallback,
  /// not the one wish.
  static let conditionWords: Set<String> = ["if", "when", "as", "after", "once", "unless"]
  /// Verbs that edit what the advisor holds ("no keep pa", "no, remove that"): a yes or no
  /// heading a clause with one is about that edit, not the pending question.
  static let profileEdits: Set<String> = [
    "keep", "remove", "add", "change", "put", "drop", "delete", "undo", "fix", "leave",
  ]
  /// Two words in front of a number that say it is being replaced ("instead of 229").
  static let denyingPairs: Set<[String]> = [
    ["instead", "of"], ["rather", "than"],
    // "dont put 231 on step 1", "do not record 231": an instruction not to keep the number
    // (the verbs of ``ExamExtractor/refusedPlacements``, with the number as their object).
    ["dont", "put"], ["not", "put"], ["dont", "record"], ["not", "record"], ["dont", "add"],
    ["not", "add"], ["dont", "use"], ["not", "use"], ["dont", "list"], ["not", "list"],
    ["dont", "move"], ["not", "move"],
  ]

  /// Statement-form openers that ask for something ("tell me how to…"), as word sequences.
  static let requestOpeners: [[String]] = [
    ["tell", "me"], ["help", "me"], ["show", "me"], ["i", "want", "to", "know"],
    ["i", "would", "like", "to", "know"], ["i", "wonder"], ["i", "am", "wondering"],
    ["wondering"], ["i", "was", "wondering"], ["please", "tell", "me"], ["curious", "whether"],
    ["curious", "if"],
    ["any", "advice"], ["any", "tips"], ["give", "me"], ["walk", "me", "through"],
    // Asking for a case ("example of someone with 220 in family medicine").
    ["example", "of"], ["examples", "of"], ["an", "example", "of"], ["any", "examples"],
    // Not knowing what or how is asking it ("idk what i should do first").
    ["idk", "what"], ["idk", "how"], ["i", "do", "not", "know", "what"],
    ["i", "do", "not", "know", "how"], ["not", "sure", "what"], ["not", "sure", "how"],
  ]
  /// Question words that, followed by an auxiliary and a subject, ask even mid-clause.
  static let questionWords: Set<String> = ["what", "how", "when", "where", "which", "who", "why"]
  /// Nouns for groups of people or programs: an auxiliary two words before one opens a
  /// question ("do derm programs…", "are IMG applicants…").
  static let groupNouns: Set<String> = [
    "programs", "program", "applicants", "students", "residents", "graduates", "grads", "pds",
    "directors", "people", "schools", "hospitals", "imgs",
  ]
  /// Words that open a supposition ("if…", "suppose…"): with an auxiliary and a subject later
  /// in the sentence, the whole sentence asks.
  /// Asking whether something counts ("… fluently does that count as a hook"): a question
  /// wherever it stands in the sentence, unless it reports asking ("i asked if it counts").
  static let countsQuestions: [[String]] = [
    ["does", "that", "count"], ["does", "it", "count"], ["does", "this", "count"],
    ["do", "they", "count"], ["would", "that", "count"], ["would", "it", "count"],
    ["if", "that", "counts"], ["if", "it", "counts"], ["whether", "that", "counts"],
    ["whether", "it", "counts"], ["is", "that", "a", "hook"], ["is", "it", "a", "hook"],
    ["is", "that", "a", "connection"], ["is", "it", "a", "connection"],
    ["is", "this", "a", "hook"], ["is", "that", "a", "tie"],
    // "i speak korean, would that help at programs in LA".
    ["would", "that", "help"], ["would", "it", "help"], ["does", "that", "help"],
    ["does", "it", "help"], ["will", "that", "help"], ["will", "it", "help"],
  ]
  /// Taking back what was recorded: the slot named in the line is unknown again ("I don't know
  /// if it's a hook", "remove it", "I was asking", "I didn't say Spanish was a hook").
  static let retractionCues = Phrases(
    doubtCues.texts + [
      "did not say", "never said", "was asking", "asked if", "asked whether", "remove",
      "take it out",
      "take out", "take that out", "delete", "drop",
    ])
  /// Saying that something was never said ("i never said a program had a minimum"): what it
  /// names is taken back; not "drop" or "remove", which may be about something else ("i'll
  /// drop them from my list").
  static let neverSaid: Phrases = [
    "never said", "did not say", "i never mentioned", "never told you",
  ]
  /// Taking back what the line points at ("remove it", "drop that", "i was asking").
  static let takingBackIt: Phrases = [
    "remove it", "remove that", "delete it", "delete that", "drop it", "drop that",
    "take it out", "take that out", "was asking", "asked if", "asked whether", "never said",
    "did not say",
  ]
  /// A doubt about what comes after ("idk if he would call anyone"): to a yes/no question with
  /// nothing else understood, not sure.
  static let doubtCues: Phrases = [
    "do not know if", "do not actually know if",
    "do not know whether", "idk if", "not sure if",
    "not sure whether", "unsure if", "unsure whether",
  ]
  /// Words people put before a question ("ok so honestly is my score bad", "no i mean how
  /// many"): the question still starts its clause.
  static let questionFillers: Set<String> = [
    "ok", "okay", "so", "honestly", "well", "um", "uh", "hmm", "also", "alright", "hey", "no",
    "yeah", "yes", "wait", "sorry", "mean", "like", "just", "really", "seriously", "then",
    "basically", "anyway", "oh", "real", "talk", "quick", "question", "btw", "lol", "pues",
    "now", "and", "but",
  ]
  /// Openers that read like a question but state what a slot should hold ("where should be NY
  /// NJ PA, not just NJ").
  static let statementOpeners: [[String]] = [
    ["where", "should", "be"], ["where", "is", "supposed", "to", "be"], ["where", "should", "say"],
    // A relative clause: "..., which is where I went to college", "which is why I want IM".
    ["which", "is", "where"], ["which", "was", "where"], ["which", "is", "why"],
    ["which", "was", "why"], ["which", "is", "when"], ["which", "was", "when"],
    ["which", "is", "what"], ["which", "was", "what"], ["which", "is", "how"],
  ]
  /// How a statement that drops its "I" opens ("did my research year in chicago", "did my
  /// aways in ohio"): a statement unless the sentence ends on "?" ("did my away help?").
  static let droppedSubjectOpeners: [[String]] =
    ["research", "away", "aways", "sub", "subi", "electives", "rotations", "observership", "mph"]
    .map { ["did", "my", $0] }
  /// Verbs that make a dropped-subject opener a question after all ("did my aways in dallas
  /// hurt my chances", "did my electives matter at all").
  static let judgingVerbs: Set<String> = [
    "hurt", "hurts", "help", "helps", "count", "counts", "matter", "matters", "affect", "affects",
    "look", "looks", "make", "boost", "improve", "strengthen", "weaken", "mean", "change",
  ]
  /// Words that end the part a judging verb must sit in ("did my aways in ohio to make
  /// connections", "did my away in dallas and they said it would help": statements).
  static let judgedPartEnds: Set<String> = [
    "to", "and", "which", "it", "they", "so", "because", "but", "that", "where", "since",
  ]
  /// How a clause stating the user's own facts opens ("..., i failed step 1 once", "..., my ck
  /// was 226"): after a question and a comma, the facts are said, not asked.
  static let factOpeners: [[String]] = [
    ["i", "failed"], ["i", "passed"], ["i", "got"], ["i", "scored"], ["i", "took"],
    ["i", "retook"], ["i", "have", "a"], ["i", "am", "a"], ["im", "a"], ["my", "ck"],
    ["my", "step"], ["my", "score"], ["my", "scores"],
  ]
  /// Results a question names as the user's own ("should i email about my failed step 1"), and
  /// the statement each stands for; read by `advisor ask` only, which has no profile to ask.
  static let ownedResults: [(phrase: [String], statement: String)] = [
    (["my", "failed", "step", "1"], "i failed step 1"),
    (["my", "step", "1", "fail"], "i failed step 1"),
    (["my", "step", "1", "failure"], "i failed step 1"),
    (["my", "failed", "ck"], "i failed ck"), (["my", "failed", "step", "2"], "i failed ck"),
    (["my", "ck", "fail"], "i failed ck"), (["my", "ck", "failure"], "i failed ck"),
    (["my", "ck", "fails"], "i failed ck"), (["my", "ck", "failures"], "i failed ck"),
    (["my", "step", "1", "fails"], "i failed step 1"),
    (["my", "step", "1", "failures"], "i failed step 1"),
  ]
  /// What joins two questions in one sentence ("should i email, how many should i apply to,
  /// and is FM realistic"): each is asked on its own.
  static let questionJoiners: Set<String> = ["and", ","]
  /// How a supposition opens ("what if i know faculty there, who should reach out"): the comma
  /// after it leads to what it asks, not to a second question.
  static let suppositionOpeners: [[String]] = [
    ["what", "if"], ["if"], ["suppose"], ["say"], ["assuming"], ["in", "case"], ["when"],
    ["once"], ["after"], ["before"], ["since"],
  ]
  /// A word for the number the question named, right after a verb of scoring in such a clause
  /// ("..., i got it on my second attempt"; not "..., i took it in june", which names no score).
  static let numberPronouns: Set<String> = ["it", "that"]
  static let scoringVerbs: Set<String> = ["got", "scored", "received", "get"]
  /// A hedge that opens the question of a sentence ending in "?" wherever it stands ("ck 214 i
  /// think that's a pass?"): what comes before it is said, not asked.
  static let hedgeOpeners: [[String]] = [
    ["i", "think"], ["i", "guess"], ["i", "believe"], ["i", "assume"], ["i", "suppose"],
  ]
  /// A last word that turns a clause with "is"/"was" into a question ("so 214 is a fail for me
  /// then", "the pass mark is 218 now right").
  static let questionTags: Set<String> = ["then", "right", "correct", "innit"]
  /// Last words that make a clause a yes/no question ("i have chance or not").
  static let eitherWayTails: [[String]] = [["or", "not"], ["or", "no"], ["yes", "or", "no"]]
  static let copulas: Set<String> = ["is", "was", "are", "am", "were"]
  /// Verbs of duty or permission that a short tag after their clause turns into a question
  /// ("he should email the pd, not me right").
  static let taggedModals: Set<String> = ["should", "shouldnt", "must", "can", "cant", "need"]
  /// The tags that do so ("…, not me right"); not "then", which acknowledges ("…, ok then").
  static let modalTags: Set<String> = ["right", "correct"]
  /// Words that make a closing "then" a time ("back then", "since then"), not a question tag.
  static let timeBeforeThen: Set<String> = [
    "back", "since", "until", "till", "by", "even", "before",
  ]
  /// Months as people write them, for the date an exam was sat.
  static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
  ]
  /// The Step 2 CK pass mark in force since it was raised, and the one before, in words.
  static let newPassMark: Phrases = [
    "new pass mark", "new passing score", "new mark", "new cutoff",
  ]
  static let oldPassMark: Phrases = [
    "old pass mark", "old passing score", "old mark", "old cutoff",
  ]
  static let conditionalOpeners: Set<String> = [
    "if", "suppose", "supposing", "assuming", "say", "hypothetically", "imagine",
  ]
  /// Question words that open a question at the start of a sentence, whatever follows.
  static let openQuestionWords: Set<String> = ["what", "which", "how", "who"]
  /// Words by which a clause speaks of the user.
  static let firstPerson: Set<String> = ["i", "my", "me", "mine"]
  /// Words that make the word after them someone's ("my ma and pa" are people, not places).
  static let possessives: Set<String> = ["my", "your", "his", "her", "our", "their"]
  static let auxiliaries: Set<String> = [
    "do", "does", "did", "should", "can", "could", "would", "will", "is", "are", "am", "shall",
  ]
  /// Auxiliaries that ask about a specialty named right after them ("is fm safer than im",
  /// "would em be realistic"); "do IM" and "did FM" can be plans, not questions.
  static let specialtyQuestionAuxiliaries: Set<String> = [
    "is", "are", "was", "would", "will", "could", "can", "should", "shall",
  ]

  /// Words that judge a plan: an auxiliary opening a clause that holds one asks ("is Boston
  /// realistic for EM").
  static let evaluativeWords: Set<String> = [
    "realistic", "competitive", "possible", "doable", "feasible", "achievable", "worth", "safe",
    "safer", "smart", "wise", "reasonable", "viable", "likely", "unrealistic", "hopeless",
    "harder", "easier", "tougher", "riskier", "better", "worse", "hurt", "hurts", "harm", "affect",
    "matter", "idea", "enough",
  ]

  /// What a question run on after a statement asks a thing to be ("i graduated in 2024 is yog a
  /// problem for im programs").
  static let runOnJudgements: [[String]] = [
    ["a", "problem"], ["an", "issue"], ["a", "red", "flag"], ["a", "big", "deal"],
    ["a", "dealbreaker"], ["a", "concern"], ["bad"], ["ok"], ["okay"], ["fine"], ["matter"],
    ["hurt"],
  ]
  /// The auxiliaries that open a question run on after a statement ("i graduated 2023 does
  /// yog matter for im programs").
  static let runOnAuxiliaries = specialtyQuestionAuxiliaries.union(["does", "do"])
  /// Words right after the auxiliary that make it a statement's ("that is a problem", "my ck
  /// is pretty bad", "my dad is in treatment").
  static let runOnNonSubjects: Set<String> = [
    "a", "an", "the", "not", "just", "really", "very", "so", "too", "also", "still", "pretty",
    "kinda", "kind", "quite", "in", "at", "on", "now", "recovering", "doing", "getting",
    "being", "feeling",
  ]
  /// Words right before the auxiliary that are its subject, making a statement ("that is").
  static let runOnStatementSubjects: Set<String> = [
    "it", "that", "this", "which", "there", "what", "who", "he", "she", "they", "i", "score",
  ]

  /// What something may count as: an auxiliary opening a sentence that holds one asks whether it
  /// does ("is speaking Spanish a hook", "would my cousin be a tie"), though not after "which"
  /// ("..., which would be a hook" tells).
  static let countsAsNouns: Set<String> = [
    "hook", "hooks", "tie", "ties", "connection", "connections", "advocate", "flag",
  ]

  /// Words in front of an answer that are not part of it ("ok then no for now").
  static let answerLeads: Set<String> = [
    "ok", "okay", "then", "so", "well", "um", "uh", "hmm", "idk",
  ]
  /// A hedge whose next word heads the line as a yes or no would ("probably yes, she
  /// offered", "prob no, nothing like that").
  static let headHedges: Set<String> = ["probably", "likely", "prob"]
  /// Hedges in front of a longer answer ("probably yes, a lot say..."), passed over to read it.
  static let leadHedges = headHedges.union(["i", "think", "guess"])
  /// An answer said again, which settles a line that corrects ("no i said yes").
  static let restatedAnswers: [(words: [String], answer: Bool)] = [
    (["said", "yes"], true), (["meant", "yes"], true), (["said", "no"], false),
    (["meant", "no"], false), (["answer", "is", "yes"], true), (["answer", "is", "no"], false),
  ]
  /// Words after which a line states its conclusion ("i have 232 so probably no").
  static let conclusionLeads: Set<String> = ["so"]
  /// Hedges inside an answer or a conclusion ("probably no", "so i guess yes"), which leave its
  /// yes or no as it is.
  static let conclusionHedges: Set<String> = [
    "probably", "prob", "likely", "i", "guess", "think", "then",
  ]
  /// A "no" in front of anything ("nope, I meant peds"): the line's first word.
  static let noHeads: Set<String> = ["no", "nope", "nah"]
  /// How a bare "no" with fillers after it starts ("nothing, not really").
  static let bareNoHeads: Set<String> = ["no", "nope", "nah", "not", "nothing"]
  /// What may follow a bare "no" ("nope, nothing like that", "no, never rotated or anything").
  static let bareNoFiller: Set<String> = [
    "nothing", "like", "that", "none", "not", "really", "at", "all", "never", "or", "anything",
    "for", "now", "then",
    "rotated", "no", "sorry", "i", "do", "have",
  ]

  /// Words that drop what follows them ("forget anesthesia", "scratch the northeast").
  static let droppingWords: Set<String> = [
    "forget", "scratch", "drop", "dropping", "ditch", "remove", "removing", "delete",
  ]
  /// Two words that rule out the specialty after them ("no longer IM", "rather than derm").
  static let negatingPairs: Set<[String]> = [
    ["no", "longer"], ["not", "doing"], ["not", "into"], ["instead", "of"], ["rather", "than"],
  ]

  /// Words after a leading "no" that make it a correction ("no, I meant peds", "no it was
  /// 241"); "no connections" is an answer, not a correction.
  static let correctionAfterNo: Set<String> = [
    "i", "it", "my", "the", "that", "wait", "sorry", "actually", "its", "is", "was",
  ]
  /// The words that, right after a leading "no", say which slot the "no" answers ("no
  /// connections" answers the connections question, whatever was asked).
  static let topicAfterNo: [String: Slot] = [
    "connections": .connections, "connection": .connections, "ties": .connections,
    "tie": .connections, "contacts": .connections, "one": .connections, "hook": .hook,
    "hooks": .hook, "cutoff": .cutoffUnmet, "cutoffs": .cutoffUnmet, "minimum": .cutoffUnmet,
    "minimums": .cutoffUnmet, "hardship": .hardship, "event": .hardship, "family": .hardship,
    "personal": .hardship, "health": .hardship, "honors": .clinicalEvidence,
  ]

  /// The correction cues that say so on their own ("not" needs a number or a name after it).
  static let correctionPhrases = Phrases(correctionCues.filter { $0 != "not" })

  static let correctionCues: Phrases = [
    "forget", "after all", "changed my mind", "on second thought",
    "actually", "i meant", "i mean", "sorry", "correction", "wait", "oops", "my bad", "typo",
    "not", "instead", "scratch that", "rather", "change", "changed", "update", "no it was",
    "no its", "no it is", "that is wrong", "thats wrong", "is wrong", "that is not right",
    "you dropped", "you left out", "you missed", "ignore that", "disregard that",
    "never mind that", "nevermind that", "scratch", "was right", "was correct", "my mistake",
    "i was wrong", "misspoke", "mistyped",
  ]
}
