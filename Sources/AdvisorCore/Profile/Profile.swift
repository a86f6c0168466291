/// Everything the advisor knows about an applicant: the slots the conversation fills.
///
/// Every slot may be unknown (`nil`). For `connections`, `nil` means "not asked yet" and an empty
/// set means "asked, and there are none".
package struct Profile: Sendable, Hashable {
  package var step1: StepResult
  package var step2ck: StepResult
  package var specialty: Specialty?
  package var applicant: ApplicantType?
  /// Where the applicant wants to train, as they said it ("Boston", "Massachusetts").
  package var region: String?
  package var connections: Set<Connection>?
  /// A strong, program-specific reason to be considered despite the score.
  package var hook: Bool?
  /// A target program states a score cutoff that the applicant does not meet.
  package var cutoffUnmet: Bool?
  package var hardship: Hardship?
  /// Strong clinical evidence: honors or strong comments in core clerkships, or strong shelf
  /// results. It decides whether a middling Step 2 CK after a failure is a clear rebound.
  package var clinicalEvidence: Bool?
  /// Specialties the applicant keeps as a backup ("FM as a backup"), in the order named; not a
  /// slot of the contract, and never the main specialty.
  package var backupSpecialties: [Specialty] = []
  /// Where a connection is, as the applicant named it ("San Antonio" for a rotation there),
  /// each place once, in the order said (parents in Columbus, a cousin in Dayton): only for
  /// connections on record, only where a place was said, never an empty list; not a slot of
  /// the contract.
  package var connectionPlaces: [Connection: [String]] = [:]

  package init(
    step1: StepResult = StepResult(),
    step2ck: StepResult = StepResult(),
    specialty: Specialty? = nil,
    applicant: ApplicantType? = nil,
    region: String? = nil,
    connections: Set<Connection>? = nil,
    hook: Bool? = nil,
    cutoffUnmet: Bool? = nil,
    hardship: Hardship? = nil,
    clinicalEvidence: Bool? = nil
  ) {
    self.step1 = step1
    self.step2ck = step2ck
    self.specialty = specialty
    self.applicant = applicant
    self.region = region
    self.connections = connections
    self.hook = hook
    self.cutoffUnmet = cutoffUnmet
    self.hardship = hardship
    self.clinicalEvidence = clinicalEvidence
  }

  /// The result of one exam.
  package subscript(exam: Exam) -> StepResult {
    get { exam == .step1 ? step1 : step2ck }
    set {
      switch exam {
      case .step1: step1 = newValue
      case .step2ck: step2ck = newValue
      }
    }
  }

  /// A stated cutoff missed, once there is something to miss it with: a score (Step 2 CK, or a
  /// scored Step 1), or a failure (a cap on attempts). With a first-try Step 1 pass and Step 2
  /// CK still to come, no stated minimum can be missed.
  package var missesStatedCutoff: Bool {
    cutoffUnmet == true && (step2ck.score != nil || step1.score != nil || hasFailedAttempt)
  }

  /// A sitting of either exam is known to have ended in a failure.
  package var hasFailedAttempt: Bool {
    step1.hasFailure == true || step2ck.hasFailure == true
  }

  /// The sittings known to have ended in a failure, across both exams.
  package var failedSittings: Int { step1.failedAttempts + step2ck.failedAttempts }

  /// Whether anything is known for `slot`.
  package func isKnown(_ slot: Slot) -> Bool {
    switch slot {
    case .step1: !step1.isEmpty
    case .step2ck: !step2ck.isEmpty
    case .specialty: specialty != nil
    case .applicant: applicant != nil
    case .region: region != nil
    case .connections: connections != nil
    case .hook: hook != nil
    case .cutoffUnmet: cutoffUnmet != nil
    case .hardship: hardship != nil
    case .clinicalEvidence: clinicalEvidence != nil
    }
  }

  /// The profile with `slot` forgotten.
  package func clearing(_ slot: Slot) -> Profile {
    var copy = self
    switch slot {
    case .step1: copy.step1 = StepResult()
    case .step2ck: copy.step2ck = StepResult()
    case .specialty: copy.specialty = nil
    case .applicant: copy.applicant = nil
    case .region: copy.region = nil
    case .connections:
      copy.connections = nil
      copy.connectionPlaces = [:]
    case .hook: copy.hook = nil
    case .cutoffUnmet: copy.cutoffUnmet = nil
    case .hardship: copy.hardship = nil
    case .clinicalEvidence: copy.clinicalEvidence = nil
    }
    return copy
  }

  /// The slots that hold something, in contract order.
  package var knownSlots: [Slot] { Slot.allCases.filter(isKnown) }

  /// Whether `connections` holds `connection`; nil while connections were not asked.
  package func has(_ connection: Connection) -> Bool? {
    connections.map { $0.contains(connection) }
  }

  /// The connections on record in words, each with its place when one was said, in their
  /// order of strength.
  package var connectionNames: [String] {
    (connections ?? []).sorted().map { $0.displayName(in: connectionPlaces[$0]) }
  }

  /// The profile with the known slots of `other` written over this one's.
  package func overriding(with other: Profile) -> Profile {
    var merged = self
    for exam in Exam.allCases {
      let newer = other[exam]
      if let outcome = newer.outcome { merged[exam].outcome = outcome }
      if let score = newer.score { merged[exam].score = score }
      if let attempts = newer.attempts { merged[exam].attempts = attempts }
    }
    merged.specialty = other.specialty ?? specialty
    merged.applicant = other.applicant ?? applicant
    merged.region = other.region ?? region
    merged.connections = other.connections ?? connections
    merged.connectionPlaces = connectionPlaces.merging(other.connectionPlaces) { $1 }
      .filter { merged.has($0.key) == true }
    merged.hook = other.hook ?? hook
    merged.cutoffUnmet = other.cutoffUnmet ?? cutoffUnmet
    merged.hardship = other.hardship ?? hardship
    merged.clinicalEvidence = other.clinicalEvidence ?? clinicalEvidence
    if !other.backupSpecialties.isEmpty { merged.backupSpecialties = other.backupSpecialties }
    return merged
  }
}
