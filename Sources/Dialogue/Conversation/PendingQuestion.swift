package import AdvisorCore

/// What the advisor has just asked: a slot, and which part of it.
package struct PendingQuestion: Sendable, Hashable {
  /// The kind of question about the slot.
  package enum Kind: Sendable, Hashable {
    /// The slot's main question.
    case standard
    /// How many sittings an exam took.
    case attempts(Exam)
    /// The score of an exam passed without one.
    case score(Exam)
    /// Which exam a number belongs to.
    case whichExam(score: Int)
    /// US citizen or permanent resident, or a visa needed?
    case citizenship
    /// Preliminary medicine or surgery?
    case prelim
    /// Which kind of connection?
    case connectionKind
    /// An event was named without saying whether it is over: is it behind the user now?
    case eventStatus
    /// A place was named to the connections question: family or training there?
    case tie(String)
    /// A Step 2 CK from 214 to 217: did it count as a pass when it was sat?
    case passMark(Int)
    /// A pass was said beside a score under both pass marks: was that score a fail?
    case passedUnderMark(Int)
    /// A program list states minimums above the score that the profile does not count: is one
    /// of those programs (named, as a list) a target?
    case listedCutoff(String)
    /// Ties were named before the connections question, none of them an advocate: would a
    /// faculty member speak for the user?
    case advocate
    /// Only an observership was named: it is not a tie by itself; any other connection?
    case observed
    /// Failures were counted without the sitting after them: was the exam passed since?
    case laterAttempt(Exam)
    /// A question asked whether something counts as a connection, and it does: count it?
    case addConnection(Connection, place: String?)
    /// Clinical comments were called good, not strong: are they strong?
    case strongEnough
    /// Faculty "might" speak up ("he said he might email a program"): will they?
    case offeredHelp
    /// A language or a past career said after "no hook" was answered: does it count as one?
    case hookAgain
    /// Praise or an invitation, with no rotation there named: was it a program applied to?
    case feedbackAsHook
    /// A language the patients speak, not said to be the user's: do they speak it?
    case languageAsHook(String)
  }

  package var slot: Slot
  package var kind: Kind

  /// A yes/no about something the advisor would otherwise have inferred.
  package var isConfirmation: Bool {
    switch kind {
    case .eventStatus, .tie, .listedCutoff, .advocate, .laterAttempt, .addConnection,
      .strongEnough, .offeredHelp, .hookAgain, .feedbackAsHook, .languageAsHook,
      .passedUnderMark:
      true
    default: false
    }
  }

  /// Whether it is asked at most once a session: every confirmation, and the observership's
  /// note and question, which would only say again what was said.
  package var isAskedOnce: Bool { isConfirmation || kind == .observed }

  /// The slot a line is read as answering. The advocate question's slot is already filled (by
  /// the ties named): a line read as answering it would turn a place into a tie, so the line
  /// is read as said unprompted, and only its yes or no answers the question.
  var answeredSlot: Slot? { kind == .advocate || kind == .offeredHelp ? nil : slot }

  /// What the question asks about, for "I'll leave … open", named as `profile` holds it ("your
  /// Step 2 CK score" once the result is on record): the advocate question is about one kind of
  /// connection, not the connections already on record.
  func topicName(in profile: Profile) -> String {
    kind == .advocate || kind == .offeredHelp
      ? "the question of a faculty advocate" : slot.displayName(in: profile)
  }

  /// Whether this follow-up about an exam is still open in `profile` after a line that
  /// changed something else ("sorry 226 not 262" while "have you passed Step 1 since?" is
  /// asked): then it is asked again rather than dropped for the next slot. False for every
  /// other question, which the next question replaces as before.
  func isOpenExamFollowUp(in profile: Profile) -> Bool {
    switch kind {
    case .laterAttempt(let exam): profile[exam].outcome == .fail
    case .attempts(let exam): profile[exam].outcome != nil && profile[exam].attempts == nil
    case .passMark(let score):
      profile.step2ck.outcome == nil && profile.step2ck.score == score
    case .passedUnderMark: profile.step2ck.outcome == .pass && profile.step2ck.score == nil
    default: false
    }
  }

  package init(_ slot: Slot, _ kind: Kind = .standard) {
    self.slot = slot
    self.kind = kind
  }
}

extension PendingQuestion.Kind {
  /// The connection a yes to this question counts, when it offers one by name.
  var offeredConnection: Connection? {
    if case .addConnection(let connection, _) = self { connection } else { nil }
  }
}
