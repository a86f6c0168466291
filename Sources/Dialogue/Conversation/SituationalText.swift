import AdvisorCore
import KnowledgeBase

/// Entries written for one situation only, such as a failed exam not yet retaken: given as the
/// answer to an applicant whose record says otherwise, they would advise on a situation that
/// is not theirs ("retake first" to someone who passed on the second try).
///
/// Each row is an entry id and when it fits; an entry with no row fits everyone. A nearly as
/// good entry that fits is given instead, or none (``Conversation/knowledgeAnswer(_:entryID:)``).
enum SituationalText {
  static let fits: [String: @Sendable (Profile) -> Bool] = [
    // Once every failed exam is passed, there is no retake to come first (one still failed, or
    // retaken and awaiting its result, still has one).
    "recovery-pass-retake-first": { profile in
      !profile.hasFailedAttempt
        || Exam.allCases.contains { profile[$0].hasFailure == true && profile[$0].outcome != .pass }
    }
  ]

  /// Whether `entry` fits an applicant with this profile.
  static func suits(_ entry: KnowledgeEntry, _ profile: Profile) -> Bool {
    fits[entry.id]?(profile) ?? true
  }

  /// How close to the best score an entry that fits must come to be given in its place.
  static let nearlyAsGood = 0.85
}
