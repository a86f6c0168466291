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
    },
    // What citizenship gives an IMG is nothing a non-US IMG has, nor any use to a US graduate.
    "img-citizen-advantages": { profile in
      profile.applicant != .nonUSIMG && profile.applicant?.isIMG != false
    },
    // Written for IMGs: not offered to a US MD or DO applicant (tester Tomas, a DO asking about
    // COMLEX, was offered citizenship topics).
    "img-citizen-limits": { profile in profile.applicant?.isIMG != false },
    "img-identity-strength": { profile in profile.applicant?.isIMG != false },
    "img-visa-sponsorship": { profile in profile.applicant?.isIMG != false },
    "faq-img-emailing": { profile in profile.applicant?.isIMG != false },
    // A single low score passed on the first try: not the situation of anyone who failed.
    "snapshot-single-low-pass": { profile in !profile.hasFailedAttempt },
    "no-email-modest-first-pass": { profile in !profile.hasFailedAttempt },
    "flowchart-above-cutoffs": { profile in !profile.hasFailedAttempt },
    // Step 1 as pass/fail: not for a Step 1 with a number, which programs see.
    "faq-step1-pass-fail": { profile in profile.step1.score == nil },
    // Step 2 CK as the exam still to redeem the record: not once its result is in.
    "recovery-step2-redemption": { profile in
      profile.step2ck.outcome != .pass && profile.step2ck.outcome != .fail
    },
    // An advocate already reaching out: not for one whose connections are known to hold none
    // (before they are known, a question about a mentor calling may well be about one).
    "channel-advocate-own-email": { profile in
      profile.connections.map { $0.contains(.facultyAdvocate) } ?? true
    },
    // Contacts at a program who can signal interest: an advocate or the team of a rotation
    // there, not a relative in town (tester Kwame, with a cousin in Boston, was told to "ask
    // your mentor or faculty contact").
    "snapshot-existing-connections": { profile in
      profile.connections.map { !$0.isDisjoint(with: [.facultyAdvocate, .rotation]) } ?? true
    },
  ]

  /// The entry written for the other side of the same situation, given in place of one that
  /// does not fit ("does my Step 1 still matter?" from someone with a scored Step 1).
  static let counterparts: [String: String] = [
    "faq-step1-pass-fail": "step1-scored-number",
    "channel-advocate-own-email": "channel-five-options",
    "snapshot-existing-connections": "channel-five-options",
  ]

  /// Whether `entry` fits an applicant with this profile.
  static func suits(_ entry: KnowledgeEntry, _ profile: Profile) -> Bool {
    fits[entry.id]?(profile) ?? true
  }

  /// How close to the best score an entry that fits must come to be given in its place.
  static let nearlyAsGood = 0.85
}
