import AdvisorCore
import AdvisorText

/// A line that only says again what the advisor already holds: what was heard, by value, and
/// whether the question asked before it is still open.
extension Acknowledgment {
  /// "Got it; I already had that: Pediatrics." For a line that restates held values without
  /// answering the question asked ("HP mostly, good comments in peds", asked about clerkships),
  /// the sentence also says the question is still open rather than claiming a match for it.
  ///
  /// - Parameters:
  ///   - slots: the slots the line wrote, none of which changed.
  ///   - profile: the profile, which already holds those values.
  ///   - asked: the slot the advisor had asked about before the line, if any.
  static func restated(_ slots: [Slot], in profile: Profile, asked: Slot?) -> String {
    let held = slots.filter(profile.isKnown).map { slot in
      labelled(slot, ProfileSummary.bareValue(of: slot, in: profile))
    }
    guard !held.isEmpty else { return "Got it; that matches what I have." }
    let restatement = "I already had that: " + held.joinedAsList() + "."
    guard let asked, !slots.contains(asked), !profile.isKnown(asked) else {
      return "Got it; " + restatement
    }
    return restatement + " It doesn't answer my question yet."
  }
}
