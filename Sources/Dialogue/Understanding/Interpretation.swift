import AdvisorCore

/// The changes one line makes to the profile. Fields left nil are untouched.
struct ProfilePatch: Sendable, Hashable {
  var step1 = StepResult()
  var step2ck = StepResult()
  var specialty: Specialty?
  var applicant: ApplicantType?
  var region: String?
  var addConnections: Set<Connection> = []
  var removeConnections: Set<Connection> = []
  /// Where a connection named in the line is ("an away in san antonio"): added to the places
  /// on record, or in place of the latest for a connection in ``replacesPlaces``.
  var connectionPlaces: [Connection: [String]] = [:]
  /// Connections whose latest place on record the line's place replaces: a correction that
  /// denies none ("actually it was in boise"), or the place just given said again ("no, it
  /// was in san antonio").
  var replacesPlaces: Set<Connection> = []
  /// Places on record the line denies without naming another ("my uncle is not in houston
  /// anymore").
  var unplaced: [Connection: Set<String>] = [:]
  /// "No connections": the slot is answered with an empty set.
  var noConnections = false
  var hook: Bool?
  var cutoffUnmet: Bool?
  var hardship: Hardship?
  var clinicalEvidence: Bool?
  /// Exams whose score is withdrawn ("step 1 was pass/fail", "245 is not my score").
  var clearScores: Set<Exam> = []
  /// Specialties named as a backup ("maybe FM as a backup").
  var addBackups: [Specialty] = []
  /// Backups taken back ("remove IM, psych only").
  var removeBackups: [Specialty] = []
  /// Slots the user takes back ("I don't know if it's a hook", "remove it"): unknown again.
  var unset: Set<Slot> = []
  /// Exams whose outcome is open again ("214, not pending": which pass mark applied is asked).
  var clearOutcomes: Set<Exam> = []

  subscript(exam: Exam) -> StepResult {
    get { exam == .step1 ? step1 : step2ck }
    set {
      if exam == .step1 { step1 = newValue } else { step2ck = newValue }
    }
  }

  var isEmpty: Bool { self == ProfilePatch() }

  /// `other`'s values written over this patch where `other` has them.
  mutating func merge(_ other: ProfilePatch) {
    for exam in Exam.allCases where !other[exam].isEmpty { self[exam] = other[exam] }
    specialty = other.specialty ?? specialty
    applicant = other.applicant ?? applicant
    region = other.region ?? region
    addConnections.formUnion(other.addConnections)
    removeConnections.formUnion(other.removeConnections)
    connectionPlaces.merge(other.connectionPlaces) { _, new in new }
    replacesPlaces.formUnion(other.replacesPlaces)
    unplaced.merge(other.unplaced) { $0.union($1) }
    noConnections = noConnections || other.noConnections
    hook = other.hook ?? hook
    cutoffUnmet = other.cutoffUnmet ?? cutoffUnmet
    hardship = other.hardship ?? hardship
    clinicalEvidence = other.clinicalEvidence ?? clinicalEvidence
    clearScores.formUnion(other.clearScores)
    clearOutcomes.formUnion(other.clearOutcomes)
    unset.formUnion(other.unset)
    addBackups += other.addBackups.filter { !addBackups.contains($0) }
    removeBackups += other.removeBackups.filter { !removeBackups.contains($0) }
  }

  /// The slots this patch writes.
  var slots: [Slot] {
    var slots = Exam.allCases.filter { exam in
      !self[exam].isEmpty || clearScores.contains(exam) || clearOutcomes.contains(exam)
    }.map(\.slot)
    if specialty != nil { slots.append(.specialty) }
    if applicant != nil { slots.append(.applicant) }
    if region != nil { slots.append(.region) }
    if noConnections || !addConnections.isEmpty || !removeConnections.isEmpty
      || !connectionPlaces.isEmpty || !unplaced.isEmpty
    {
      slots.append(.connections)
    }
    slots += unset.filter { !slots.contains($0) }.sorted { $0.rawValue < $1.rawValue }
    if hook != nil { slots.append(.hook) }
    if cutoffUnmet != nil { slots.append(.cutoffUnmet) }
    if hardship != nil { slots.append(.hardship) }
    if clinicalEvidence != nil { slots.append(.clinicalEvidence) }
    return slots
  }

  /// This patch without what it writes to `slot`, for the slots a yes or no can answer.
  mutating func forget(_ slot: Slot) {
    switch slot {
    case .hook: hook = nil
    case .cutoffUnmet: cutoffUnmet = nil
    case .hardship: hardship = nil
    case .clinicalEvidence: clinicalEvidence = nil
    default: break
    }
  }
}

/// What a line asks for beyond (or instead of) filling slots.
enum Intent: Sendable, Hashable {
  case command(Command)
  /// A question for the knowledge base, with the sentence that asks it.
  case question(String)
  /// "Why do you ask?" about the pending question.
  case whyAsk
  case skip
  case unsure
  case greeting
  case thanks
  case farewell
  case clarify(Clarification)
  /// A blank line.
  case empty
}

/// A command, typed with a slash or in words ("bye", "start over").
package enum Command: String, Sendable, Hashable, CaseIterable {
  case help, profile, advice, why, undo, reset, quit
  /// Draft what the email decision calls for; an argument names the program.
  case draft
  /// Check a pasted draft email.
  case check
  /// Triage a program list: the argument is the CSV file.
  case programs
  /// Save the plan as Markdown: the argument is the file.
  case export
  /// Issue 6's commands are added as they land; an unknown slash command is reported.
  case unknown
}

/// Something the advisor must ask back instead of guessing.
enum Clarification: Sendable, Hashable {
  /// A score without its exam while both exams are unknown.
  case exam(score: Int)
  /// "prelim" alone: medicine or surgery?
  case prelim
  /// "IMG" without citizenship: US citizen / permanent resident, or a visa needed?
  case citizenship
  /// "Yes" to connections without saying which kind.
  case connections
  /// An event behind the score, without whether it is over.
  case eventStatus
  /// A place named to the connections question without saying what ties the user to it.
  case tie(String)
  /// Only an observership named to the connections question: not a tie by itself.
  case observership
  /// A Step 2 CK from 214 to 217 without a pass or fail: which pass mark applied?
  case passMark(Int)
  /// A Step 2 CK said passed with a score under both pass marks ("passed ck with 210"): the
  /// pass or the number is wrong; was it a fail with that score?
  case passedUnderMark(Int)
  /// Failures counted without the sitting after them ("failed step 1 once"): passed since?
  case laterAttempt(Exam)
  /// A connection asked about ("does my aunt in Newark count as a tie?"): count it?
  case addConnection(Connection, place: String?)
  /// Clinical comments called good ("good comments, not honors"): strong enough to count?
  case strongEnough
  /// Faculty who "might" speak up ("he said he might email a program he knows"): will they?
  case offeredHelp
  /// A language or a past career said after "no hook" was answered: does it count as one?
  case hookAgain
  /// Praise or an invitation ("my attending told me to apply") with no rotation named or on
  /// record: was it a program the user is applying to, after working there?
  case feedbackAsHook
  /// A language the program's patients speak ("lots of patients speak arabic there"), not said
  /// to be the user's: do they speak it?
  case languageAsHook(String)
}

/// An assumption the advisor made, to be said aloud so the user can correct it.
enum Assumption: Sendable, Hashable {
  /// A pass stated without attempts counts as the first attempt.
  case firstAttempt(Exam)
  /// A bare Step 2 CK score under the pass mark reads as a fail.
  case failFromScore(Int)
  /// An offshore school without citizenship reads as a US-citizen IMG.
  case citizen
  /// Coming from another country, without citizenship said, reads as needing a visa.
  case visa
  /// "Path or psych": the first named is taken as the choice, the other as a backup.
  case firstNamedChosen(Specialty, backup: Specialty)
  /// Ties named before connections were asked, without a faculty advocate: the flowchart's
  /// advocate question would read as no, so it is asked where the connections question would be.
  case tiesNamedAreAll
  /// The score of a sitting before the latest one on record ("the first ck attempt was a
  /// 209"): not stored, since the profile keeps the latest result.
  case earlierSitting(Exam, score: Int)
  /// Someone not on a program's faculty (a relative, a friend, a resident) who will put in a
  /// word: not counted as a faculty advocate.
  case notFacultyAdvocate
  /// Faculty named with a doubt that they would speak up ("not sure she'd contact programs"):
  /// not counted as an advocate, and said so.
  case advocateDoubted

  /// An observership named beside a tie: not a tie by itself, and said so.
  case observershipNotCounted
  /// Strong evaluations said of an observership alone: observing is not hands-on work, so they
  /// are not the clinical evidence asked about, and said so.
  case observershipNotEvidence

  /// Said even when the line changes nothing: why something named was not counted.
  var standsAlone: Bool {
    [.notFacultyAdvocate, .advocateDoubted, .observershipNotEvidence].contains(self)
  }
}

/// Everything understood from one line.
struct Interpretation: Sendable, Hashable {
  var patch = ProfilePatch()
  var intents: [Intent] = []
  var assumptions: [Assumption] = []
  /// The line holds personal health or crisis details: keep only the category.
  var sensitive = false
  /// The line reads as a correction ("actually", "I meant", "no,").
  var correction = false
  /// "Never failed": every exam passed so far took one attempt.
  var neverFailed = false
  /// Numbers the line says are wrong ("239, not 229"): what a correction replaces; or, with
  /// nothing else said, numbers said not to go where the line names ("dont put 231 on step 1").
  var deniedScores: [Int] = []
  /// The answer to a yes/no confirmation the advisor asked, if the line gave one.
  var confirmation: Bool?
  /// The line's yes or no, whatever it answers.
  var yesNo = YesNo()
  /// The line takes something back ("remove ohio from where i want to train").
  var retraction = false
  /// The pending slot filled only by the line's leading yes or no.
  var answeredByYesNo: Slot?
  /// The line names an event behind the score.
  var mentionsEvent = false
  /// The line gives COMLEX results, which are recorded as no Step's.
  var mentionsCOMLEX = false
  /// Specialties named as a long shot ("derm as the reach"): neither the choice nor a backup,
  /// and planned for by neither.
  var reaches: [Specialty] = []
  /// Requirements stated in the line, still to be compared with the user's Step 2 CK.
  var cutoffsToCompare: [Int] = []
  /// An answer to "where?" outside the gazetteer, taken only if the line says nothing else.
  var placeAnswer: String?
  /// A connection was named with places, none of which could be told to be its own ("the away
  /// was in dallas or austin").
  var placeUnclear = false
  /// Specialties the line rules out ("not surgery").
  var negatedSpecialties: [Specialty] = []
  /// The text after a slash command ("/programs list.csv" → "list.csv").
  var commandArgument: String?
  /// A request for a draft the applicant sends themselves ("an email i send myself").
  var ownDraft = false
  /// A request for a draft an advocate sends ("a draft for my mentor to send to the PD").
  var advocateDraft = false
  /// Typos mended before the line was read.
  var repairs: [TypoRepair.Repair] = []
  /// The line with its typos mended, as it was read ("genral surgery": "general surgery").
  var mendedLine: String?
  /// The line's clauses, in order, for their dialogue acts.
  var clauses: [Clause] = []

  init() {}

  /// A kept line whose words were withheld: the category alone.
  init(withheld hardship: Hardship?) {
    sensitive = true
    patch.hardship = hardship
  }

  /// What two readers of the same line found, together. Readers fill different slots, so
  /// nothing is overwritten; lists are joined in reader order.
  mutating func merge(_ other: Interpretation) {
    patch.merge(other.patch)
    intents += other.intents
    assumptions += other.assumptions
    sensitive = sensitive || other.sensitive
    neverFailed = neverFailed || other.neverFailed
    mentionsEvent = mentionsEvent || other.mentionsEvent
    mentionsCOMLEX = mentionsCOMLEX || other.mentionsCOMLEX
    reaches += other.reaches
    deniedScores += other.deniedScores
    negatedSpecialties += other.negatedSpecialties
    cutoffsToCompare += other.cutoffsToCompare
    placeAnswer = placeAnswer ?? other.placeAnswer
    placeUnclear = placeUnclear || other.placeUnclear
    answeredByYesNo = answeredByYesNo ?? other.answeredByYesNo
    retraction = retraction || other.retraction
  }

  /// Whether the line asks a question of its own.
  var asksQuestion: Bool {
    intents.contains { if case .question = $0 { true } else { false } }
  }

  /// Nothing understood at all.
  var isEmpty: Bool {
    patch.isEmpty && intents.isEmpty && !neverFailed && negatedSpecialties.isEmpty
      && confirmation == nil && !mentionsCOMLEX && reaches.isEmpty && deniedScores.isEmpty
      && !assumptions.contains(where: \.standsAlone)
  }
}
