import AdvisorCore
import AdvisorText

/// How the advisor confirms what it understood: the values, corrections as old → new, and the
/// assumptions it made.
enum Acknowledgment {
  /// - Parameters:
  ///   - profile: the profile as the line leaves it.
  ///   - asked: the slot the advisor had asked about before the line, if any.
  static func document(
    changes: [SlotChange], interpretation: Interpretation, profile: Profile, asked: Slot?
  ) -> TextDocument {
    var document = TextDocument()
    // A value that only gains detail is news, not a correction.
    let new = changes.filter { $0.before == nil || $0.refines }.compactMap { change in
      change.after.map { labelled(change.slot, $0) }
    }
    let corrected = changes.filter { $0.before != nil && !$0.refines }
    let contradictions = contradictions(
      changes: changes, interpretation: interpretation, profile: profile)
    if !new.isEmpty {
      document.append(.paragraph("Got it: " + new.joined(separator: "; ") + "."))
    } else if changes.isEmpty, !interpretation.patch.isEmpty, contradictions.isEmpty,
      interpretation.patch.addBackups.isEmpty, interpretation.patch.removeBackups.isEmpty,
      // An earlier sitting's score is said to be left out, not "already had".
      !interpretation.assumptions.contains(where: {
        if case .earlierSitting = $0 { true } else { false }
      })
    {
      document.append(
        .paragraph(
          restated(
            interpretation.patch, in: profile, asked: asked,
            placeUnclear: interpretation.correction && interpretation.placeUnclear)))
    }
    // Only what the profile now holds is said to be noted: the main choice is never its own
    // backup, and a backup asked for that is the main choice is said to stay the main one.
    let added = interpretation.patch.addBackups.filter(profile.backupSpecialties.contains)
    let keptMain = interpretation.patch.addBackups.filter { $0 == profile.specialty }
    let backupNotes: [([Specialty], one: String, many: String)] = [
      (added, " noted as a backup.", " noted as backups."),
      (
        keptMain, " stays your main choice, not a backup; to switch, tell me your main one now.", ""
      ),
      (interpretation.patch.removeBackups, " is no longer a backup.", " are no longer backups."),
    ]
    for (specialties, one, many) in backupNotes where !specialties.isEmpty {
      document.append(
        .paragraph(
          specialties.map(\.displayName).joinedAsList() + (specialties.count == 1 ? one : many)))
    }
    for contradiction in contradictions { document.append(.paragraph(contradiction)) }
    for change in corrected {
      let label = ProfileSummary.label(of: change.slot)
      document.append(
        .paragraph(
          "Updated \(label): \(change.before ?? "unknown") → \(change.after ?? "unknown")."))
    }
    let firstAttempts = interpretation.assumptions.compactMap { assumption -> Exam? in
      if case .firstAttempt(let exam) = assumption { return exam }
      return nil
    }
    var notes = interpretation.assumptions.filter {
      if case .firstAttempt = $0 { return false }
      return true
    }.compactMap(note)
    if firstAttempts.count > 1 {
      notes.insert(
        "(I've taken both as first attempts; tell me if either took more.)", at: 0)
    } else if let exam = firstAttempts.first, let note = note(.firstAttempt(exam)) {
      notes.insert(note, at: 0)
    }
    // A line with personal details is kept as its category alone: its words are not quoted
    // back, where the reply would keep them.
    if !interpretation.repairs.isEmpty, !changes.isEmpty, !interpretation.sensitive {
      // A word typed twice the same way was repaired twice: said once.
      var said: Set<[String]> = []
      let read = interpretation.repairs.filter { said.insert([$0.typed, $0.meant]).inserted }
        .map { "“\($0.typed)” as “\($0.meant)”" }
      notes.append("(I read " + read.joinedAsList() + ".)")
    }
    if !notes.isEmpty { document.append(.note(notes.joined(separator: " "))) }
    return document
  }

  /// "ck was 239 not 229" when 239 was already held: nothing changes, and the denied number,
  /// which the advisor never had, is said out loud rather than passed over as a match.
  private static func contradictions(
    changes: [SlotChange], interpretation: Interpretation, profile: Profile
  ) -> [String] {
    Exam.allCases.compactMap { exam in
      guard let score = interpretation.patch[exam].score,
        !changes.contains(where: { $0.slot.rawValue == exam.rawValue })
      else { return nil }
      let denied = interpretation.deniedScores.filter { $0 != score }.map(String.init)
      guard !denied.isEmpty else { return nil }
      // Only the latest sitting is kept: after several, an earlier sitting's number may have
      // been said, but it is not on record.
      let those = denied.count == 1 ? "is not a score" : "are not scores"
      // (Not twice: an earlier sitting's number heard in the line says so on its own.)
      let saysEarlier = interpretation.assumptions.contains {
        if case .earlierSitting(exam, _) = $0 { true } else { false }
      }
      let latestOnly =
        (profile[exam].attempts ?? 1) > 1 && !saysEarlier
        ? " (I keep only the latest sitting's)" : ""
      return "I already had \(exam.displayName) \(score); \(denied.joinedAsList()) \(those) I "
        + "have on record\(latestOnly)."
    }
  }

  /// "Step 2 CK 238, first attempt"; other slots read alone ("Internal Medicine").
  static func labelled(_ slot: Slot, _ value: String) -> String {
    switch slot {
    case .step1: "Step 1 " + value
    case .step2ck: "Step 2 CK " + value
    default: value
    }
  }

  /// What is said of an assumption; nil for one that is asked about instead.
  private static func note(_ assumption: Assumption) -> String? {
    switch assumption {
    case .firstAttempt(let exam):
      "(I've taken that as your first attempt at \(exam.displayName); tell me if it took more.)"
    case .failFromScore(let score):
      // The pass marks with their source, as every number is said.
      "(A Step 2 CK of \(score) is under the pass mark (\(ScoreThresholds.step2FormerPassMark.value) "
        + "before July 2025, \(ScoreThresholds.step2PassMark.value) since) "
        + "\(AdviceCard.tag(ScoreThresholds.step2PassMark.basis.source)), so I've noted it as a "
        + "fail; tell me if that's wrong.)"
    case .citizen:
      "(I've taken you to be a US citizen or permanent resident; tell me if you'll need a visa.)"
    case .visa:
      "(I've taken it that you'll need a visa; tell me if you are a US citizen or permanent "
        + "resident.)"
    case .firstNamedChosen(let first, let backup):
      "(I've taken \(first.displayName) as your first choice and \(backup.displayName) as a "
        + "backup; tell me if it's the other way round.)"
    case .tiesNamedAreAll: nil  // the advocate question comes where connections would
    case .notFacultyAdvocate:
      "(I haven't counted that as a faculty advocate: the sources mean an influential faculty "
        + "member who knows your work and will speak up for you; a relative, a friend or a "
        + "resident putting in a word is not that. \(AdviceCard.tag(.whenToEmail)))"
    case .advocateDoubted:
      "(I haven't counted a faculty advocate: I count one only when someone will speak up for "
        + "you to a program. If they promise to, tell me.)"
    case .observershipNotCounted: "(" + PersonalAnswer.observershipNote + ".)"
    case .observershipNotEvidence:
      "(An observership is not hands-on, so I don't count its evaluations as strong clinical "
        + "work, though it can lead to a letter \(AdviceCard.tag(.faqObservership)). Strong "
        + "results in clerkships, rotations or shelf exams would count.)"
    case .earlierSitting(let exam, let score):
      "(I keep only the latest sitting's \(exam.displayName) result, so \(score) from an earlier "
        + "one is not stored; it changes nothing here.)"
    }
  }

  /// A correction whose "not Y" is not what the advisor had: said aloud, so the user can check
  /// ("You said not 231; I had 239").
  static func contradiction(_ interpretation: Interpretation, before: Profile, after: Profile)
    -> String?
  {
    guard !interpretation.deniedScores.isEmpty else { return nil }
    for exam in Exam.allCases {
      guard let old = before[exam].score, let new = after[exam].score, old != new,
        !interpretation.deniedScores.contains(old)
      else { continue }
      let denied = interpretation.deniedScores.map(String.init).joinedAsList(conjunction: "or")
      return "(You said not \(denied), but I had \(old) for \(exam.displayName); I've noted "
        + "\(new). Tell me if that's wrong.)"
    }
    return nil
  }

  /// "dont put 231 on step 1", with 231 on record for Step 2 CK: a number said not to be kept
  /// changes nothing, and where it stands (if anywhere) is said.
  static func unchanged(denying scores: [Int], _ profile: Profile) -> String {
    let placed = scores.map { score in
      let holders = Exam.allCases.filter { profile[$0].score == score }.map(\.displayName)
      return holders.isEmpty
        ? "\(score) is not on record" : "\(score) stays with \(holders.joinedAsList())"
    }
    return "Nothing changes: " + placed.joinedAsList() + "."
  }

  /// The reminder after personal details: only the category is kept, and such details stay
  /// out of emails to programs.
  static func privacyReminder(_ hardship: Hardship?) -> String {
    let kept =
      switch hardship {
      case .ongoing?: "I've noted only that something is still going on; "
      case .resolved?: "I've noted only that there was a concrete event, now resolved; "
      default: ""
      }
    return kept + "I don't keep the details. Keep health and family details out of emails to "
      + "programs. \(AdviceCard.tag(.mistakes))"
  }

  /// The follow-up question for something the line left open.
  static func clarifyingQuestion(_ clarification: Clarification, current: PendingQuestion?)
    -> PendingQuestion
  {
    switch clarification {
    case .exam(let score): PendingQuestion(current?.slot ?? .step2ck, .whichExam(score: score))
    case .prelim: PendingQuestion(.specialty, .prelim)
    case .citizenship: PendingQuestion(.applicant, .citizenship)
    case .connections: PendingQuestion(.connections, .connectionKind)
    case .eventStatus: PendingQuestion(.hardship, .eventStatus)
    case .tie(let place): PendingQuestion(.connections, .tie(place))
    case .observership: PendingQuestion(.connections, .observed)
    case .passMark(let score): PendingQuestion(.step2ck, .passMark(score))
    case .passedUnderMark(let score): PendingQuestion(.step2ck, .passedUnderMark(score))
    case .laterAttempt(let exam): PendingQuestion(exam.slot, .laterAttempt(exam))
    case .addConnection(let connection, let place):
      PendingQuestion(.connections, .addConnection(connection, place: place))
    case .strongEnough: PendingQuestion(.clinicalEvidence, .strongEnough)
    case .hookAgain: PendingQuestion(.hook, .hookAgain)
    case .feedbackAsHook: PendingQuestion(.hook, .feedbackAsHook)
    case .languageAsHook(let language): PendingQuestion(.hook, .languageAsHook(language))
    case .offeredHelp: PendingQuestion(.connections, .offeredHelp)
    }
  }
}
