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
  ///   - patch: what the line wrote, none of which changed the profile.
  ///   - profile: the profile, which already holds those values.
  ///   - asked: the slot the advisor had asked about before the line, if any.
  ///   - placeUnclear: the line corrects where a connection is, in places none of which could be
  ///     told to be its own ("sorry, the away was in dallas or austin").
  static func restated(
    _ patch: ProfilePatch, in profile: Profile, asked: Slot?, placeUnclear: Bool = false
  ) -> String {
    let slots = patch.slots
    // A tie denied that was never on record ("nobody would call the PD for me") is heard as
    // said, not as a restatement of the ties that are.
    let denied = patch.removeConnections.subtracting(profile.connections ?? [])
    if !denied.isEmpty, patch.addConnections.isEmpty {
      let denials = denied.sorted().map(\.denial).joinedAsList()
      // With no connections on record, the denial has nowhere to be kept: it is heard, and the
      // reply does not claim it was noted.
      let restatement =
        profile.connections == nil
        ? "Heard: \(denials) (your connections to programs are not on record yet)."
        : "Noted: \(denials)."
      guard let asked, asked != .connections, !profile.isKnown(asked) else { return restatement }
      return restatement + " It doesn't answer my question yet."
    }
    let held = slots.filter(profile.isKnown).map { slot in
      labelled(slot, ProfileSummary.bareValue(of: slot, in: profile))
    }
    // "I never said I had a hook" with none on record: nothing matched, nothing to take back.
    let notHeld = patch.unset.filter { !profile.isKnown($0) }.map(\.displayName)
    if held.isEmpty, !notHeld.isEmpty {
      return "Nothing to take back: \(notHeld.joinedAsList()) "
        + "\(notHeld.count == 1 ? "is" : "are") not on record."
    }
    guard !held.isEmpty else { return "Got it; that matches what I have." }
    // "sorry, the away was in dallas or austin": a rotation's place corrected that could not
    // be told is said to be unread, rather than let the place on record seem confirmed.
    let placeNotKept =
      placeUnclear
      ? " (I couldn't tell from that which place you meant; say it again with one place, as in "
        + "\"the rotation was in Dallas\".)" : ""
    let restatement =
      (placeNotKept.isEmpty ? "I already had that: " : "I still have ") + held.joinedAsList()
      + "." + placeNotKept
    guard let asked, !slots.contains(asked), !profile.isKnown(asked) else {
      return "Got it; " + restatement
    }
    return restatement + " It doesn't answer my question yet."
  }
}

extension Connection {
  /// The tie said not to exist: "no faculty advocate".
  fileprivate var denial: String {
    switch self {
    case .rotation: "no rotation at a program"
    case .facultyAdvocate: "no faculty advocate"
    case .geographicTie: "no family or home there"
    case .alumni: "no alumni there"
    }
  }
}
