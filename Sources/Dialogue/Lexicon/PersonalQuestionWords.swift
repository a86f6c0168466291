/// The phrases that ask a question about the applicant's own plan.
extension PersonalQuestion {
  /// "does my cousin count", "my parents count?": a relative asked about as a tie.
  static let relativesCount = Phrases(
    ConnectionExtractor.familyMembers.texts.flatMap { ["my \($0) count", "my \($0) counts"] })
  /// Emails other than the one to programs about the score ("the email to my letter writer").
  static let otherEmails: Phrases = [
    "to my letter writer", "to my mentor", "to my advocate", "to my attending", "to my pd",
    "thank you", "thank you email", "thank you note", "to the coordinator", "letter of intent",
    "letter of interest",
  ]
  /// Words that point at a number the advisor said ("where does that number come from").
  static let numberPointers: Phrases = [
    "that number", "this number", "the number", "those numbers", "these numbers", "that figure",
    "the figure", "that estimate", "the estimate", "that score", "that cutoff",
  ]
  /// A retake asked about without a score is asked about as a fail only in these words.
  static let retakeFails: Phrases = ["fail", "fails", "failed", "again", "not pass"]
  /// A retake's result is asked about only as a supposition ("what if i get 230 on the
  /// retake"), not in "what should i do differently on the retake".
  static let retakeSuppositions: Phrases = [
    "what if", "if i", "if my", "if the", "what happens if", "suppose", "say i",
  ]

  /// The phrases of each question, as the tokeniser writes them (contractions expanded); what
  /// the line itself says (the number, the specialty, whether it is plain) is read in
  /// ``recognise(_:)``. The first row that matches wins.
  static let table: [(PersonalQuestion, Phrases)] = [
    // First: "what if i fail the retake" is about the retake, not the result on record.
    (
      .retakeResult(nil, nil),
      [
        "retake", "retakes", "retaking", "next attempt", "next try", "fail again", "fail it again",
        // A result awaited, supposed ("what if ck comes back 232").
        "comes back", "come back",
      ]
    ),
    (
      .estimateMeaning,
      [
        "advisor estimate", "advisors estimate", "what does estimate mean",
        "what do you mean by estimate", "what do you mean by the estimate", "what is an estimate",
        "your own estimate", "is the estimate", "how do you estimate",
      ]
    ),
    (
      .letterAsAdvocate,
      [
        "letter count as an advocate", "letter count as a faculty advocate",
        "letter writer count as an advocate", "letter writer count as a faculty advocate",
        "letter counts as an advocate", "is a letter an advocate", "letter is that an advocate",
        "is a letter writer an advocate", "letter make her an advocate",
        "letter make him an advocate",
      ]
    ),
    (
      .emailContent,
      [
        "what should my email say", "what should the email say", "what do i write in the email",
        "what do i say in the email", "what should i write in the email",
        "what to write in the email",
        "what to put in the email", "what should i put in the email", "how do i write the email",
        "how should i write the email", "what goes in the email", "what should i say in my email",
        "what should my email say about my score",
      ]
    ),
    (
      .uncovered(.notMatching),
      [
        "if i do not match", "if i dont match", "i dont match anywhere", "if i go unmatched",
        "go unmatched", "end up unmatched", "if i am unmatched", "if i fail to match",
        "if i dont get in anywhere", "plan if i dont match", "dont match this year",
        "the soap", "scramble", "reapply next year", "reapply next cycle", "have to reapply",
      ]
    ),
    (
      .uncovered(.stepThree),
      ["step 3", "step three", "step iii", "usmle 3", "step3"]
    ),
    (
      .uncovered(.graduationYear),
      [
        "yog", "year of graduation", "graduation year", "years since graduation",
        "since i graduated", "graduated in", "old graduate", "older graduate", "gap since",
        "years out of med school", "years out of school", "time since graduation",
      ]
    ),
    (
      .countsAsHook,
      [
        "count as a hook", "counts as a hook", "considered a hook", "qualify as a hook",
        "qualifies as a hook", "is that a hook", "is it a hook", "is this a hook", "a hook or not",
        "do i have a hook", "is that my hook", "what is my hook",
        // "what hook do u have on record for me" (tester Dev).
        "what hook do you have", "which hook do you have", "what hook is on record",
        "hook on record", "what hook did you record", "what hook did you note",
      ]
    ),
    (
      .countsAsConnection(nil),
      [
        "count as a tie", "counts as a tie", "count as a geographic tie", "count as connection",
        "counts as connection", "count as tie", "counts as tie",
        "counts as a geographic tie", "count as a connection", "counts as a connection",
        "count as ties", "count as connections", "considered a tie", "considered a connection",
        "considered a geographic tie", "qualify as a tie", "qualifies as a tie", "is that a tie",
        "is that a connection", "is it a tie", "a tie or not", "count as a real tie",
        "help for", "help with", "help at", "help me get into", "help me get in at",
        "help my chances at", "help my chances with", "help my chances in", "does that matter",
        "does it matter", "does the away count", "does my away count", "does the rotation count",
        "does my rotation count", "does the sub i count", "does my sub i count",
        "does the elective count", "does my elective count", "count for", "counts for",
      ] + relativesCount
    ),
    (
      .emailCount(every: true),
      [
        "email every", "email all", "email each", "write to every", "write to all",
        "contact every", "contact all", "email them all", "message every", "message all",
        "reach out to every", "reach out to all", "send it to every", "send it to all",
      ]
    ),
    (
      .emailCount(every: false),
      [
        "how many programs should i email", "how many programs to email", "how many emails",
        "how many programs should i send", "how many programs do i email", "send the email to",
        "send emails to", "how many should i email", "how many programs should i write to",
        "how many programs should i contact", "how many programs to contact",
      ]
    ),
    (
      .applyCount(nil),
      [
        "how many programs should i apply", "how many programs shoud i apply",
        "how many programs to apply", "how many to apply", "how many should i apply",
        "how many programs do i apply", "how many programs should i be applying",
        "how many applications", "how many places should i apply", "number of programs to apply",
        "apply to how many", "how many programs for", "how many programs as", "how many programs",
        "how many program", "how many program i should apply", "how many should i apply to",
        // "how many EM programs should i apply to": a specialty between the words.
        "programs should i apply to", "programs do i apply to", "programs should i be applying to",
        "programs should i apply for",
      ]
    ),
    (
      .needVisa,
      [
        "do i need a visa", "will i need a visa", "i need a visa friendly", "need visa friendly",
        "do i need sponsorship", "do i need visa sponsorship", "will i need sponsorship",
        "need a visa friendly", "visa friendly programs for me", "do i need an h1b",
        "do i need a j1", "is my visa a problem", "does my visa matter", "visa be a problem",
        "visa a problem", "visa an issue", "visa be an issue", "visa hurt", "visa matter",
        // Before the outlook's "hurt my chances": "will needing j1 hurt my chances" (not "is
        // peds realistic ... and needing a visa", a specialty's outlook).
        "j1 hurt", "h1b hurt", "sponsorship hurt",
      ]
    ),
    (
      .outlook(nil),
      [
        "am i screwed", "am i doomed", "am i cooked", "is it hopeless", "is it over for me",
        "am i competitive", "am i even competitive", "how competitive am i", "competitive enough",
        "am i a competitive applicant",
        "a dealbreaker", "a deal breaker", "dealbreaker for me", "kill my chances",
        "safe for me", "a safe choice for me", "safe bet for me", "good idea for me",
        "bad idea for me", "good choice for me", "good fit for me", "smart for me", "wise for me",
        // "should i apply to derm at all" (read without the specialty named between).
        "should i apply to at all", "should i even apply to", "should i even apply",
        "ruin my chances", "ruined my chances",
        "what are my chances", "do i have a chance", "do i stand a chance", "do i even have a shot",
        "my realistic shot", "realistic shot at", "my shot at", "what are my odds", "my odds",
        "my chances at", "my chances for", "do i have a shot", "realistic for me",
        "chance of matching", "chances of matching", "odds of matching", "my chance",
        "my chances", "likely to match", "will i match", "can i match", "could i match",
        "is it realistic", "is that realistic", "even realistic",
        // "is FM realistic", read without the specialty named between.
        "is realistic", "safer than",
        "safer for me",
        "a safer bet", "a safer choice", "score do i need", "score i need", "score would i need",
        "need to be competitive", "to be competitive for", "score is competitive", "kill my",
        "will kill me", "i have chance", "have any chance", "i have a chance or not",
        "kills my", "ruin my", "ruins my", "hurt my chances", "hurts my chances", "tank my",
        "realistic with", "realistic given", "be realistic", "still realistic",
        "a realistic option", "a realistic choice", "easier for me", "easier to match",
        "harder for me", "will not match", "never match",
        // "should i switch to fm, its safer right": the specialty switched to, weighed.
        // ("is it safer to explain in my PS or by email" weighs a channel, not a specialty.)
        "should i switch to", "should i just switch to", "better to switch to",
      ] + weighingSpecialty
    ),
    (
      .didIPass(nil),
      [
        "did i fail", "did i pass", "is that a fail", "is that a pass", "so i failed",
        "even passing", "is that passing", "is it passing", "a passing score", "is that a passing",
        "did that pass", "pass or fail", "passing or failing", "is it a pass", "is it a fail",
        "count as a pass", "counts as a pass", "count as passing", "count as a fail",
      ]
    ),
    (
      .mentionFailure,
      [
        "mention the fail", "mention my fail", "mention the failure", "mention my failure",
        "mention the step 1 fail", "mention the ck fail", "tell them about the fail",
        "tell them about my fail", "tell them i failed", "tell programs i failed",
        "tell them about the failure", "bring up the fail", "bring up my fail",
        "bring up the failure", "disclose the fail", "disclose my fail", "hide the fail",
        "leave out the fail", "leave the fail out", "address the fail", "address my fail",
        "mention that i failed", "say that i failed", "mention the step 1 failure",
        "mention my step 1 fail", "mention my ck fail", "mention the failed attempt",
        "mention my failed attempt",
      ]
    ),
    (
      // "what do i say about my dad in interviews": what to say at an interview, read before
      // the event's own question (which is about emails and the personal statement).
      .interviewAnswer,
      Phrases(
        Lexicon.relatives.sorted().flatMap { relative in
          [
            "about my \(relative) in interviews", "about my \(relative) in an interview",
            "about my \(relative) at interviews", "about my \(relative) at my interview",
            "about my \(relative) during interviews", "about my \(relative) in the interview",
          ]
        })
    ),
    (
      .mentionEvent,
      // "should i mention my grandpa passing", "mention my moms passing": a relative's death.
      Phrases(Lexicon.relatives.sorted().map { "mention my \($0) passing" }) + [

        "mention my dad", "mention my mom", "mention my father", "mention my mother",
        "mention my family", "mention the family", "mention my parent", "mention the event",
        "mention what happened", "mention the emergency", "mention my illness",
        "mention my health", "mention the illness", "mention this illness", "mention my sickness",
        "mention the sickness", "mention being sick", "mention that i was sick",
        "tell programs about my illness", "tell programs about my sickness",
        "tell programs about the illness", "tell programs about my health",
        "tell programs about being sick", "tell programs that i was sick",
        "tell them about my illness", "tell them about being sick", "tell them about my dad",
        "tell them about my mom", "tell them about my family", "tell them what happened",
        "bring up my dad", "bring up my mom", "bring up my family", "bring up the event",
        "bring up what happened", "talk about my dad", "talk about my mom",
        "talk about my family", "explain what happened", "explain the event",
        "about my mom being", "about my dad being", "about my mom", "about my dad",
        "about my illness", "about my health", "about my family situation",
        "about the family situation", "about my mother being", "about my father being",
        "about my parent being", "about what happened", "mention my moms", "mention my dads",
        "mention my mothers", "mention my fathers", "mention my parents", "mention the surgery",
        "mention my surgery", "mention the hospitalization", "mention my diagnosis",
        "about my moms", "about my dads", "about the surgery", "about my surgery",
        "disclose my", "include my moms", "include my dads", "include the event",
        "about my father", "about my mother", "tell about my", "my father in ps",
        "my father in my ps", "my dad in my ps", "my mom in my ps", "my mother in my ps",
      ]
    ),
    (
      .interviewAnswer,
      [
        "interviewer asks", "interviewer brings up", "interviewers ask", "asked about it at",
        "asks about my score", "asks about the fail", "asks about my fail", "ask about my score",
        "ask about the fail", "brings up my score", "brings up the fail", "say at interview",
        "say in interviews", "say at my interview", "answer at interview", "answer in interviews",
        "how do i answer questions about my score", "how do i explain the fail in",
        "what do i say about my score", "what do i say about the fail",
      ]
    ),
    (.whyDecision, plainWhyAsks),
    (
      .whyDecision,
      [
        "not a rebound", "not count as a rebound", "why stay silent", "why should i stay silent",
        "why not email", "why should i not email", "why can i not email", "why silent",
        "why email", "why should i email", "why a faculty", "why the advocate",
        "why is that the decision", "why that decision", "why you think i should email",
        "why do you think i should email", "why u think i should email",
        "why do u think i should email", "why do you think i should stay silent",
        "why u think i should stay silent",
      ]
    ),
    (
      .advocateCall,
      [
        "should my mentor", "should my advocate", "should my attending", "should the attending",
        "should my pd", "should my faculty", "should he still call", "should she still call",
        "should they still call", "make the call", "have my mentor call", "have my mentor email",
        "ask my mentor to", "ask my attending to", "ask my advocate to", "can my mentor",
        "can my pd", "could my pd", "can my attending", "could my attending", "could my mentor",
        "can my program director",
        "should my mentor call", "my mentor still", "should i let my mentor",
        // "should i email the pd myself or have my cousin do it".
        "or have my", "or get my", "myself or have",
        // Who reaches out, asked before whether to email (this row comes first for it), or
        // someone else set against the user ("should he call them, or should i email?").
        "who should email", "who should reach out", "who should contact", "who should call",
        "who reaches out", "or should i email", "or should i contact", "or should i reach out",
        "or should i write to", "or should i do it myself", "or should i email myself",
        // The user set against someone else ("should i email programs now or should she").
        "or should she", "or should he", "or should my mentor",
        "or should my advocate", "or should my attending", "or should my pd", "or should dr",
        "or does she", "or does he", "or would it be better if she", "or would it be better if he",
        // Someone else asked to reach out for the user ("should my uncle call the programs").
        "call the programs for me", "call the program for me", "call the pd for me",
        "contact the programs for me", "reach out for me", "reach out on my behalf",
        "let dr", "let my mentor", "let my advisor", "let my advocate", "let my attending",
        "let my pd", "let her handle", "let him handle", "let them handle", "handle it for me",
        // "she said she'd call programs for me. should i let her".
        "should i let her", "should i let him", "let her call",
        "let him call", "let her do it", "let him do it",
      ]
    ),
    (
      .shouldEmail(plain: false),
      [
        "should i email", "should i write to", "should i contact", "should i reach out",
        "email or not", "email them or not", "email or stay silent",
        "do i email", "do i need to email", "is it worth emailing", "do i still email",
        "should i still email",
        "worth emailing", "should i tell programs", "should i tell the programs",
        "should i let programs know", "should i address my score", "email programs about my",
        "should i be emailing", "is emailing a good idea", "email or stay silent",
        "stay silent or email", "should i stay silent", "do i stay silent", "should i say nothing",
        "do i tell programs", "do i tell the programs", "tell programs about", "ok to email",
        "okay to email", "ok for me to email", "okay for me to email", "should i write email",
        "should i write an email", "should i write a email", "should i send email",
        "should i send an email", "should i at least email", "should i still email",
        "should i even email", "should i just email", "should i also email",
      ]
    ),
    (
      .applicationTiming,
      [
        "wait for my score before applying", "wait for my result before applying",
        "wait for my score to apply", "wait for the result to apply", "before applying",
        "submit now or wait", "apply now or wait", "when should i apply", "when should i submit",
        "when to submit eras", "should i wait to apply", "should i delay applying",
        "wait till ck comes back", "wait until ck comes back", "wait until my score comes back",
        // Sitting a cycle out (tester Camila).
        "worth applying this cycle", "apply this cycle", "applying this cycle",
        "just wait a year", "wait a year to apply", "wait a year before applying",
        "apply next year", "apply next cycle", "skip this cycle", "sit out this cycle",
        "take a year off before applying",
      ]
    ),
    (
      .needBackup,
      [
        "need a backup", "need backup", "need a back up", "need a backup specialty",
        "should i have a backup", "should i get a backup", "is a backup necessary",
        "backup necessary", "a backup do i need", "have to have a backup", "need a plan b",
        "need a fallback", "should i have a fallback",
      ]
    ),
    (
      .backup(nil),
      [
        "as a backup", "as backup", "as my backup", "for a backup", "as a fallback",
        "as a back up", "a good backup", "a realistic backup", "a safe backup", "backup option",
        "as a safety", "is my backup", "dual apply", "dual applying", "dual application",
        "apply to two specialties", "apply in two specialties",
      ]
    ),
    (
      .nextSteps,
      [
        "what do i do this week", "what should i do this week", "what do i do now",
        "what should i do now", "what should i do next", "what do i do next", "what now",
        "next steps", "next step", "where do i start", "where should i start",
        "what should i do first", "what do i do first", "what should i be doing",
        "what to do next", "what should i focus on", "what do i focus on", "what is my plan",
        "what is the plan", "what do i do from here", "what should i do from here",
        "what i should do first", "what i should do next", "what i should do now",
      ]
    ),
    (
      .isScoreLow(nil, nil),
      [
        "is my score low", "is that low", "considered low", "is it low", "too low",
        "is my score bad", "competitive for", "competitive enough",
        "is that bad", "low for", "is my score good", "good enough", "is my score ok",
        "is my score okay", "is my score competitive", "count as low", "counts as low",
        "is my ck low", "is my step 2 low", "is my step 2 ck low", "is that a low score",
        "a low score for", "even low", "really low", "ok for", "okay for", "enough for", "bad for",
        "even good", "good for",
        "high enough", "is that enough", "is it enough", "a good score", "good score",
        "a bad score", "bad score", "good or bad", "count as good", "counts as good",
      ]
    ),
    // Last: a question that names another topic is that topic's ("do you remember what the
    // article said about 220?" is not about the profile).
    (
      .sourceOf(""),
      [
        "come from", "comes from", "where did you get", "where do you get", "source for",
        "source of", "based on what", "what is that based on", "what is it based on",
        "where is that from", "where is it from",
      ]
    ),
    (
      .recall,
      [
        "what did i tell you", "what have i told you", "what did i say my",
        "what did i say about my",
        "remind me what i said", "what do you know about me", "what do you have on me",
        "do you remember my", "do you remember what i", "do you remember where my",
        "what did i give you", "what do you have on record", "what is on record for me",
        "what have you got on record",
      ]
    ),
  ]

  /// Outlook phrases that weigh a named specialty ("is it worth applying em", "is fm easier
  /// than em"); without one named they ask something else first ("is it worth applying this
  /// cycle", "is the ck retake harder than the first attempt"), and the outlook only if
  /// nothing else is asked ("is it worth applying with my score").
  static let weighingSpecialty: Phrases = [
    "is it worth applying to", "worth applying to", "is it worth applying", "worth applying",
    "easier than", "harder than",
  ]
  /// Words beside a weighing phrase that ask nothing else ("is it worth applying with my
  /// score").
  static let weighingFillers: Set<String> = ["with", "given", "me", "for"]

  /// How an adviser speaks of the applicant ("should she email programs?", "is my student's
  /// score low?"), read as the applicant's own words: the longest phrase first.
  /// Words by which a user says they speak for someone they advise: their "she" is the
  /// applicant even beside their own "i".
  static let advisees: Set<String> = ["student", "students", "applicant", "mentee", "advisee"]
  static let speakingFor: [(words: [String], reading: [String])] = [
    (["my", "student"], ["i"]), (["my", "applicant"], ["i"]), (["my", "mentee"], ["i"]),
    (["the", "student"], ["i"]), (["the", "applicant"], ["i"]),
    (["she"], ["i"]), (["he"], ["i"]), (["her"], ["my"]), (["his"], ["my"]),
    (["they"], ["i"]), (["their"], ["my"]),
  ]

  /// Words after a score that ask whether it passes ("is 216 passing", "is 250 a pass").
  static let passWordsAfterScore: [[String]] = [
    "passing", "a pass", "a passing", "a fail", "a failing", "failing", "enough to pass",
    "still passing", "still a pass", "even a pass", "even passing", "even a passing",
    "really a pass", "actually a pass", "actually passing", "passed", "a pass or a fail",
  ].map { $0.split(separator: " ").map(String.init) }

  /// "Should I mention that to programs?": the event just named, when one was.
  static let mentionItPhrases: Phrases = [
    "mention that", "mention this", "mention it", "bring that up", "bring this up",
    "bring it up", "tell programs about that", "tell programs about it", "tell them about that",
    "tell them about it", "tell programs that", "explain that", "explain it to programs",
    "say something about that", "address that", "disclose that", "disclose it",
    "what do i say about my", "how do i talk about my", "say about my",
  ]

  /// Words that add nothing to "what do I do now?" beyond when ("this week", "ok so what now").
  static let whenWords: Set<String> = [
    "this", "week", "weeks", "today", "tomorrow", "month", "months", "year", "so", "ok", "okay",
    "then", "exactly", "right", "well", "hmm", "now", "next", "first", "here", "from", "me",
    "honestly", "actually", "guys", "lol",
  ]

  /// Words that add nothing to "should I email programs about my score?".
  /// The "help" phrases among the connection-count ones: they ask whether a tie counts only
  /// when the question names one ("does my cousin in LA help").
  /// A score supposed ("what if i had 240"), answered as that number would be.
  static let hypotheticalScoreLeads: Phrases = [
    "what if i had", "what if i got", "what if i get", "if i had", "if i got", "what if my ck was",
    "what if my score was", "what if i scored", "if i scored", "say i had", "say i got",
  ]
  /// Words of a retake, whose result supposed has a question of its own.
  static let retakeWords: Phrases = [
    "retake", "retakes", "retaking", "next attempt", "next try", "again",
  ]

  /// "does that matter": a tie's question only in a line without an event.
  static let mattersPhrases: Phrases = ["does that matter", "does it matter"]
  static let helpPhrases: Phrases = [
    "help for", "help with", "help at", "does that matter", "does it matter", "count for",
    "counts for",
  ]
  /// A request for help, not a question whether a tie helps ("can you help me with my email").
  static let helpRequests: Phrases = ["you help", "u help", "help me"]

  /// "can you explain why", "how come": a why about the plan only as the whole line (not "can
  /// you explain why programs screen").
  static let plainWhyAsks: Phrases = [
    "explain why", "explain that", "why is that", "how come", "but why", "why though", "explain",
  ]

  static let fillers: Set<String> = [
    "programs", "program", "them", "about", "my", "score", "scores", "the", "a", "an", "it",
    "to", "step", "1", "2", "ck", "low", "fail", "failure", "this", "that", "or", "not", "stay",
    "silent", "keep", "quiet", "explain", "now", "at", "all", "do", "i", "should", "email",
    "emails", "on", "list", "am", "applying", "apply", "of", "just", "even", "really", "so",
    "each", "every", "single", "one", "residency", "is", "it", "worth", "write", "contact",
    "failed", "failing", "attempt", "retake", "result", "results", "usmle", "tell", "reach",
    "out", "idk", "honestly", "know", "sure", "ok", "okay", "well", "um", "hmm", "can", "could",
    "you", "please",
  ]
}
