import AdvisorCore

/// The words CircumstanceExtractor listens for: data, extended by adding lines.
extension CircumstanceExtractor {
  /// The hook named as a noun, for a denial that points back at it ("I don't have one") or a
  /// retraction ("remove the hook").
  static let hookNouns: Phrases = ["hook", "hooks"]
  /// Denials of "one" of something the line names.
  static let lacksOne: Phrases = [
    "do not have one", "not have one", "have none", "there is none", "i have no such",
  ]

  /// Jobs that are experience, not a prior career: "worked as a scribe" claims no hook.
  static let notCareers: Phrases = [
    "as a scribe", "as an ed scribe", "as a medical scribe", "as a tutor", "as a volunteer",
    "as a research assistant", "as a medical assistant", "as an observer", "as a student",
    "as a ta", "as a teaching assistant", "as a research coordinator",
  ]

  static let hookCues: Phrases =
    [
      "speak spanish", "fluent in", "fluent spanish", "bilingual", "trilingual", "native speaker",
      "speak portuguese", "speak mandarin", "speak arabic", "speak haitian creole", "speak creole",
      "speak vietnamese", "speak russian", "speak hindi", "prior career", "previous career",
      "former engineer", "former nurse", "former paramedic", "used to be a", "worked as a",
      "career as a", "phd", "love to have you", "have you back",
      "want you back", "strong hook", "a hook",
      "program specific reason", "former teacher",
      "military", "veteran", "served in the", "spanish speaker", "speaks spanish",
      "spanish speaking", "speaker of", "years as a", "was a nurse", "was an icu nurse",
      "was a paramedic", "was an engineer", "was a teacher", "was a pharmacist", "was a pa",
      "was an emt", "worked as", "before med school", "rank me", "ranked to match",
      "rank me to match",
      "would rank", "will rank", "said they would rank",
      // "told me i'd match there", not "told me i'd do well anywhere" (praise of no program).
      "told me i would match", "told me i d match", "told me i would be ranked",
      "told me i d be ranked",
      "love to have me", "want me back", "have me back", "invited me back",
    ]
    + languageCues

  /// A language named as spoken ("speak spanish", "portuguese speaking"): a hook when the user
  /// speaks it, and only asked about when the line says others do (``othersSpeaking``).
  static let languageCues = Phrases(
    Lexicon.languages.sorted().flatMap {
      ["speak \($0)", "speaks \($0)", "\($0) speaking", "\($0) speakers", "\($0) speaker"]
    })
  /// Those who speak a language in a line about a program's patients ("lots of patients in
  /// that area speak tagalog", "the program serves spanish speaking families").
  static let speakingPeople: Phrases = [
    "patients", "patient", "community", "communities", "population", "families", "people",
    "locals", "residents", "folks", "kids", "children", "parents", "everyone",
  ]
  /// What says the user speaks it, in the first person ("i speak", "im fluent"): a relative's
  /// language ("my husband is a native arabic speaker") is theirs otherwise.
  static let firstPersonSpeaking: Phrases =
    [
      "i speak", "i also speak", "i do speak", "i can speak", "i am fluent", "im fluent",
      "i am bilingual", "im bilingual", "i am trilingual", "i am a native", "im a native",
      "my native", "my first language", "i grew up speaking",
    ]
    + Phrases(
      Lexicon.languages.sorted().flatMap { ["i am a \($0) speaker", "im a \($0) speaker"] })
  /// What says the user speaks it ("i speak", "fluent", "native speaker").
  static let selfSpeaking: Phrases =
    [
      "i speak", "i also speak", "i do speak", "i can speak", "fluent", "bilingual",
      "trilingual", "native speaker", "my native", "my first language", "i am a native",
      "grew up speaking", "speaker of",
    ]
    + Phrases(Lexicon.languages.sorted().flatMap { ["\($0) speaker", "speak \($0) fluently"] })

  /// Praise or an invitation from someone unnamed as a program ("my attending told me to
  /// apply"): a hook only after a rotation there (email article, "Hooks that actually
  /// matter"), so without one named or on record, whether it was is asked.
  static let feedbackCues: Phrases = [
    // What the user did, praised ("an attending loved my presentation"); not "i loved my peds
    // rotation", the user's own liking.
    "loved my presentation", "liked my presentation", "loved my presentations",
    "liked my presentations", "loved my work", "liked my work", "loved my case",
    "liked my case", "loved my notes", "liked my notes",
    "loved me", "liked me", "told me to apply", "asked me to apply",
    "encouraged me to apply",
  ]

  /// Praise of the user's evaluations or feedback: a program's feedback (a hook) when said
  /// unasked, but the answer to the clinical-evidence question when that is what was asked ("yes, strong
  /// evaluations from my elective" is evidence, and claims no hook).
  static let evaluationHookCues: Phrases = [
    "strong evaluation", "strong evaluations", "great evaluation", "great evaluations", "glowing",
    "stellar", "strong feedback", "great feedback", "praised", "impressed", "the feedback",
    "feedback from", "did great work", "great work", "did a great job", "great job",
    "one of the best", "best student", "best sub i", "best students", "top student",
    "excellent work", "really good feedback", "very good feedback", "excellent feedback",
    "amazing feedback", "glowing feedback",
  ]

  /// "No hook", "I don't really have a hook".
  static let noHookCues: Phrases = [
    "no hook", "no hooks", "no strong hook", "do not have a hook", "dont have a hook",
    "no specific reason", "no strong reason", "not have a hook", "not really have a hook",
    "not have any hook", "not have a strong", "not really have any", "no real hook",
    "no program specific hook", "not have a program specific hook", "not have a specific hook",
    // Doubted, said beside what might be one ("i speak spanish but i dont think that is a hook").
    "not think that is a hook", "not think it is a hook", "not think that counts",
    "not think it counts", "not sure it counts", "not sure that counts", "not sure if it counts",
    "not sure it is a hook", "not sure that is a hook",
    // Denied outright, wherever it stands ("not really a hook. i speak bangla tho").
    "not really a hook", "not a hook", "not much of a hook", "no real hooks", "not any hook",
  ]

  static let cutoffWords: Phrases = [
    "cutoff", "cutoffs", "cut off", "minimum", "minimums", "min score", "threshold", "requires",
    "require", "required", "requirement", "screen at", "screens at", "filter at", "cap at",
    "caps at", "capped at", "attempt limit", "attempts limit", "attempts max", "max attempts",
    "maximum attempts", "no more than", "limit of",
  ]

  /// A hedged answer to the cutoff question ("probably not, ..."): the user's own answer, not
  /// hearsay about what programs want.
  static let hedgedAnswers: Phrases = [
    "probably not", "probably no", "probably yes", "i think not", "i think so", "i guess not",
    "i guess so", "i dont think so", "i do not think so", "prob not", "prob no", "prob yes",
    "likely not", "most likely not",
  ]
  /// What others say of cutoffs, or a guess ("some say 230 min i think"): no program's stated
  /// minimum.
  static let cutoffHearsay: Phrases = [
    "some say", "people say", "i heard", "heard that", "i think", "apparently",
    "rumor", "rumour", "supposedly", "reddit", "sdn", "friends say", "someone said", "i guess",
    "probably", "usually", "typically", "in general", "most programs",
  ]

  static let missesCutoff: Phrases = [
    "below their", "below the", "under their", "under the", "do not meet", "dont meet",
    "does not meet", "miss", "missed", "misses", "lower than", "short of", "not meet",
    "not make", "not reach", "too low for", "below", "under",
  ]

  /// A meeting denied ("i dont meet the cutoff"): a miss, whatever ``meetsCutoff`` finds in it.
  static let deniesMeeting: Phrases = [
    "do not meet", "dont meet", "does not meet", "did not meet", "not meet", "cannot meet",
    "can not meet", "will not meet", "wont meet", "not clear", "not above",
  ]

  static let meetsCutoff: Phrases = [
    "above every", "above any", "over every", "over all", "clear every", "clear all",
    "meet the minimum", "meet their minimum", "meet all", "above their", "above the", "no cutoff",
    "no cutoffs", "no minimum", "no minimums", "meet the cutoff", "meet their cutoff",
    "above all", "clear the", "clear their", "meet them", "meet every", "no missed cutoff",
    "no missed cutoffs", "no missed minimum", "no missed minimums", "not missed any",
    "never missed",
    "did not miss", "do not miss", "not miss any", "not think i miss", "not think i missed",
    "doubt i miss", "i meet", "i clear",
  ]

  /// Events behind a score. Only the category ends up stored.
  static let eventCues: Phrases =
    [
      "admitted", "hospice",
      "broke my", "broken", "fracture", "fractured", "car crash", "car accident",
      "died", "passed away", "death", "funeral", "lost my", "illness", "sick", "sickness", "ill",
      "hospitalized", "pneumonia",
      "in the hospital", "in hospital", "in the icu", "covid", "leukemia", "caregiver",
      "caring for", "disability", "stroke", "heart attack", "cancer", "diagnosed", "injury",
      "accident", "had surgery", "surgery on", "needed surgery", "emergency surgery",
      "depression", "depressed", "anxiety", "panic attack", "panic attacks", "burnout",
      "burned out",
      "mental health", "adhd", "divorce", "family emergency", "family crisis", "emergency at home",
      "pregnant", "pregnancy", "miscarriage", "baby",
    ] + testDayCues + [
      "assault", "grief", "grieving", "eviction",
      "breakup", "break up", "concussion", "migraine", "chemo", "therapy", "in treatment",
      "undergoing treatment", "getting treatment", "getting treated", "being treated",
      "heart failure", "kidney failure", "renal failure", "liver failure", "organ failure",
      "respiratory failure", "cabg", "bypass surgery", "heart surgery", "open heart", "dialysis",
      "transplant", "intubated", "seizure", "seizures", "overdose", "tumor", "tumour", "biopsy",
      // Illnesses only as the user's own ("my research was on hepatitis C" is no event).
      "had malaria", "got malaria", "had typhoid", "had dengue", "had the flu", "got the flu",
      "had a fever", "had an infection", "had appendicitis", "had hepatitis", "had tuberculosis",
    ]

  /// Conditions that, said in the present tense ("I have ADHD", "my son has leukemia"), are
  /// still going on.
  static let conditions = [
    "adhd", "depression", "anxiety", "cancer", "leukemia", "illness", "disability", "migraine",
    "migraines", "ptsd", "long covid", "diabetes", "lupus", "epilepsy", "crohn", "panic attacks",
  ]

  /// A condition said to be controlled: over, unless the line also says it goes on.
  static let controlledCues: Phrases = ["under control", "well controlled", "well managed"]

  /// Words that say an event is over. Past tense alone ("there was a family emergency") does
  /// not: whether it is behind the user is then asked, not assumed.
  static let resolvedCues: Phrases = [
    "healed", "all healed",
    "resolved", "fine now", "over now", "better now", "recovered", "back to normal", "behind me",
    "all good now", "ok now", "okay now", "it is over", "is over", "no longer", "healthy now",
    "doing well now", "handled", "remission", "finalized", "is fine", "are fine", "settled",
    "all better", "not an issue anymore", "not a problem anymore", "cleared up", "moved past",
    "over it", "past it", "moved on",
  ]

  /// Words that say an event goes on, checked before ``resolvedCues`` ("ongoing, not resolved").
  static let stillCues: Phrases = [
    "not resolved", "not over", "not behind me", "not better", "not fine", "not recovered",
    "still", "ongoing", "on going", "currently", "right now", "dealing with", "struggling with",
    "continues", "chronic", "going on", "keeps", "every day", "am her caregiver",
    "am his caregiver", "am their caregiver", "am a caregiver", "in treatment", "being treated",
    "on medication", "unresolved",
  ]

  /// "Still" said of a wish or a plan, not of an event ("i still want seattle"): taken out
  /// before the status is read.
  static let stillOfAPlan: Phrases = [
    "still want", "still wants", "still prefer", "still like", "still think", "still applying",
    "still apply", "still interested", "still hoping", "still hope", "still planning",
    "still my first", "still only want", "still considering", "still open to", "still deciding",
    "still going to apply",
  ]

  /// A still-cue denied ("resolved, not ongoing"): over, checked before ``stillCues``.
  static let notStillCues: Phrases = [
    "not ongoing", "not on going", "no longer ongoing", "not still going on", "not going on",
    "not anymore", "not any more",
  ]

  /// Test-day incidents: over by their nature, so "resolved" is what was said, not inferred.
  /// About the test centre, not the person, they are no personal details. Where the test was
  /// sat is no incident ("i sat for it in a prometric in cairo"): only what went wrong there.
  static let testDayCues: Phrases = [
    "power outage", "power failure", "power went out", "computer crashed", "proctor",
    "fire alarm",
    "test center issue", "test center issues", "test center problem", "test center problems",
    "testing center issue", "testing center issues", "testing center problem",
    "problem at the test center", "problems at the test center", "issue at the test center",
    "issues at the test center", "problem at the testing center", "issues at the testing center",
    "prometric issue", "prometric issues", "prometric problem", "prometric problems",
    "prometric messed up", "prometric glitch", "test center glitch", "test center closed",
    "prometric cancelled", "prometric canceled", "test center messed up", "noisy test center",
    "test center was loud", "test center was noisy",
  ]

  /// Words that point back at an event already mentioned ("the family thing is ongoing").
  static let eventReferences: Phrases = [
    "family thing", "family stuff", "family issue", "family issues", "family situation",
    "personal thing", "personal stuff", "personal issue", "personal issues", "the hardship",
    "the event", "that event", "health thing", "health issue", "health issues", "the situation",
    "his situation", "her situation", "dads situation", "moms situation", "his health",
    "her health", "his condition", "her condition", "dads health", "moms health", "recovering",
  ]

  /// Phrases that hold an event word without being about an event ("cancer biology").
  static let eventFalseFriends = [
    // "being treated unfairly at my school": no illness.
    "treated unfairly", "treated badly", "treated poorly", "treated differently",
    "ill do", "ill be", "ill try", "ill get", "ill have", "ill make", "ill work", "ill study",
    "ill pass", "ill apply", "ill send", "ill email", "ill write", "ill take", "ill need",
    "ill just", "ill ask", "ill look", "ill go", "ill keep", "ill let", "ill tell",
    "cancer biology", "cancer research", "cancer researcher", "cancer center", "cancer centre",
    "cancer institute", "cancer lab", "cancer genetics", "gene therapy", "therapy research",
    "anxiety research", "depression research", "stroke research", "stroke unit", "stroke team",
    "baby steps",
    // "my brother passing his boards": a relative passing an exam, not dying.
    "passing his", "passing her", "passing their", "passing the", "passing step", "passing ck",
    "passing boards", "passing it",
  ]

  /// "Nothing happened": no event behind the score, whatever the pending question.
  /// Phrases taken out before events are looked for.
  static let notEvents = Phrases(eventFalseFriends) + noEventCues

  static let noEventCues: Phrases = [
    "did not prepare well", "did not prepare", "did not study enough", "ran out of time",
    "just did not", "poorly prepared",
    "no hardship", "underprepared", "under prepared", "did not prepare enough", "just a bad day",
    "no excuse", "nothing happened", "my own fault", "no event", "was no event",
    "no particular reason", "no real reason", "just choked", "i choked", "i just choked",
    "did not study", "studied wrong", "did not study the right way", "bad study", "poor prep",
    "bad prep", "no life event", "nothing behind it", "nothing serious happened",
    "nothing personal", "nothing going on", "no personal issues", "no family issues",
    "no health issues", "no family issue", "no health issue", "nothing in my personal life",
  ]

  /// Hands-on clinical work: strong results said of it count, even beside an observership.
  static let handsOnWork: Phrases = [
    "clerkship", "clerkships", "rotation", "rotations", "sub-i", "sub i", "subi", "elective",
    "electives", "away", "aways", "shelf", "shelves", "externship", "core", "cores", "honors",
    "high pass",
  ]

  /// How clinical work was judged: said of an observership alone, no hands-on evidence.
  static let evaluationWords: Phrases =
    [
      "eval", "evals", "evaluation", "evaluations", "comments", "feedback", "grade", "grades",
    ] + strongEvidence
  /// Clinical evidence since a failure: what tips a middling Step 2 CK toward a clear rebound.
  static let strongEvidence: Phrases =
    [
      "honors", "honored", "high pass", "high passes", "strong comments", "great comments",
      "glowing comments", "strong evals", "strong evaluations", "great evals", "great evaluations",
      "excellent evaluations", "strong shelf", "strong shelves", "shelf scores were great",
      "shelf scores were strong", "shelf scores were high", "shelf scores were excellent",
      "aced my shelves", "aced the shelves", "top of my class", "top quartile", "aoa",
      "strong clerkships",
      "strong clerkship", "great clerkships", "great clerkship grades", "strong clerkship grades",
      "good clerkship grades", "great shelf", "great shelves", "high shelf", "high shelves",
      "strong rotations grades", "excellent clerkships",
    ] + strongCommentsSaidAfter
  static let noStrongEvidence: Phrases = [
    "no honors", "not any honors", "did not get honors", "no strong comments", "just passed my",
    "average evaluations", "average evals", "nothing special on", "no high pass", "only passes",
    "just passes", "mostly passes", "not strong evals", "not great evals",
    "not strong clerkships", "not strong clerkship", "no strong clerkships",
    "not great clerkships", "weak clerkships", "average clerkships", "not great shelves",
    "weak shelves", "average shelves", "not strong shelves", "shelf scores were average",
    "shelf scores were low", "shelf scores were mediocre", "shelves were average",
    "average shelf", "shelf scores were ok", "shelf scores were okay",
  ]

  /// Forms that deny a noun of ``evidenceNouns`` ("my school doesn't do honors", "i never said
  /// i had honors"), `%` standing for the noun.
  static let evidenceDenials = [
    "no %", "not %", "never %", "did not get %", "never got %", "never had %",
    "never said i had %", "did not say i had %", "have no %", "without %", "did not have %",
    "do not have %", "not any %", "do not really have %", "not really have %", "never really had %",
    "not really %",
  ]
  /// A school that grades without honors: the applicant's own results are still open.
  static let schoolWithoutHonors: Phrases = [
    "school does not do honors", "school has no honors", "school does not have honors",
    "school does not give honors", "school is pass fail", "no honors at my school",
    "school does not do high pass", "school only does pass fail", "school is p f",
    // "we dont really have honors in egypt": the school's grading, said of "we".
    "we do not have honors", "we do not really have honors", "we do not do honors",
    "we did not have honors", "we never had honors", "no honors system",
  ]
  /// Comments and evaluations, a mark of their own beside grades: honors denied leaves them
  /// standing ("strong comments, just not honors"). Mild ones ("good comments") are no claim
  /// of strong work, nor a denial of it.
  static let commentEvidence: Phrases =
    [
      "strong comments", "great comments", "glowing comments", "strong evals", "strong evaluations",
      "great evals", "great evaluations", "excellent evaluations", "good comments",
      "good evaluations", "good evals", "good feedback", "positive comments", "nice comments",
      "decent comments", "decent evals", "decent evaluations", "ok comments", "okay comments",
      "comments were decent", "comments were good", "comments were ok", "comments were okay",
      "evals were decent", "evals were good", "evaluations were decent", "evaluations were good",
    ] + strongCommentsSaidAfter
  /// Strong comments said the other way round ("the comments were strong"): a claim too.
  static let strongCommentsSaidAfter: Phrases = [
    "comments were strong", "comments were great", "comments were excellent",
    "evals were strong", "evals were great", "evaluations were strong",
    "evaluations were great", "comments are strong",
  ]
  /// Honors denied, and nothing else ("not honors tho").
  static let deniedHonorsOnly = Phrases(
    ["honors", "honours"].flatMap { evidenceDenials.filled(with: $0) })
  /// The marks of strong clinical work that ``evidenceDenials`` deny.
  static let evidenceNouns = ["honors", "honours", "high pass", "high passes", "strong comments"]

  /// A program's demand, which makes the line speak of cutoffs.
  static let programWants: Phrases = [
    "they want", "programs want", "program wants", "they require", "they need", "they ask for",
    "wants", "want a",
  ]

  /// "None of my programs lists one": no cutoff to miss.
  static let noCutoffListed: Phrases = [
    "none of the programs", "none of my programs", "none of them", "no program", "do not list",
    "not list a", "not list any", "not seen any that", "not found any that",
    "not aware of any", "none that i know", "none i know of",
    // Typed without the apostrophe, which the reader does not expand ("didnt list a minimum").
    "didnt list", "dont list", "doesnt list", "didnt have a minimum", "dont have a minimum",
    "no minimum", "no minimums", "didnt see a minimum", "didnt state a minimum",
  ]

  /// A condition (the `%`) the user has now: still going on.
  static let hasNow = ["i have %", "has %", "i am %"]
  /// Each condition in every ``hasNow`` form ("i have migraines"), filled in once.
  static let presentConditions = Phrases(conditions.flatMap { hasNow.filled(with: $0) })
  /// Strong clinical work denied: ``noStrongEvidence``, and each mark of it in every
  /// ``evidenceDenials`` form, filled in once.
  static let deniedEvidence =
    noStrongEvidence + Phrases(evidenceNouns.flatMap { evidenceDenials.filled(with: $0) })
  /// Details that are personal health or crisis information: never stored verbatim.
  static let sensitiveCues =
    Phrases(eventCues.filter { !testDayCues.texts.contains($0) }) + healthDetails

  /// Health details that are no event by themselves ("his ejection fraction was 20 percent"),
  /// but are never stored verbatim.
  static let healthDetails =
    Phrases(
      Lexicon.relatives.sorted().flatMap { relative in
        ["\(relative) heart"]
          // "my dads situation", "my mom's condition" (a possessive is read as the word).
          + ["situation", "health", "condition", "recovery"].map { "\(relative) \($0)" }
          // "my grandpa passing", "my moms passing": a death ("passing" alone is an exam's).
          + ["\(relative) passing"]
      }) + [
      "his passing", "her passing", "their passing", "the loss of my",
      "recovering", "still recovering", "his condition", "her condition", "his recovery",
      "her recovery",
      "ejection fraction", "his heart", "her heart", "emergency room", "ambulance", "psychiatrist",
      "therapist",
      "psychiatric", "medication", "medications", "meds", "diagnosis", "prognosis", "symptoms",
      "my health", "his health", "her health",
    ]

  /// Asked about an event behind the score: nothing was.
  static let nothingBehind: Phrases = ["nothing", "bad day"]
}
