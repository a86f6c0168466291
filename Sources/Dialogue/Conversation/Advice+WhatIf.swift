import AdvisorCore

extension Advice {
  /// The advice the core gives for this advice's profile changed by `change`: a hypothetical
  /// ("if you applied in Pediatrics", "with an advocate"), decided by the same core, never
  /// re-derived, and never stored.
  func whatIf(_ change: (inout Profile) -> Void) -> Advice {
    var profile = self.profile
    change(&profile)
    return Advisor.advise(profile)
  }
}
