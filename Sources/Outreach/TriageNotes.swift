import AdvisorCore

/// What the triage says about the list as a whole, each note with its source.
enum TriageNotes {

  static func notes(for result: TriageResult, advice: Advice, profile: Profile) -> [Reason] {
    var notes: [Reason] = []
    let total = result.programs.count
    if let range = advice.applications {
      if total < range.min {
        notes.append(
          Reason(
            rule: "triage.too-few",
            text: "Your list has \(total) programs; the usual range for your profile is "
              + "\(range.min)-\(range.max)+. Add \(range.min - total) or more, mostly targets and safeties.",
            source: .faqHowManyPrograms))
      } else {
        notes.append(
          Reason(
            rule: "triage.count-ok",
            text:
              "Your list has \(total) programs, within the usual \(range.min)-\(range.max)+ for your profile.",
            source: .faqHowManyPrograms))
      }
    } else {
      notes.append(
        Reason(
          rule: "triage.count-unsourced",
          text:
            "Your list has \(total) programs. The sources give no count for your profile: apply broadly.",
          source: .faqHowManyPrograms))
    }
    let reach = result.count(.reach)
    if total > 0, profile.step2ck.outcome == .fail {
      // Every program is a reach until the retake: targets and safeties come with its score.
      notes.append(
        Reason(
          rule: "triage.reach-until-retake",
          text: "With a failed Step 2 CK, every program is a reach until the retake's score is "
            + "in; sort the list again then, and put most of it in targets and safeties.",
          source: .tiers))
    } else if total > 0, reach * 3 > total {
      notes.append(
        Reason(
          rule: "triage.reach-heavy",
          text:
            "\(reach) of \(total) programs are reaches. Keep several, but put most of the list in "
            + "targets and safeties: matching somewhere comes first.",
          source: .tiers))
    }
    if !result.cutoffMissed.isEmpty {
      let names = result.cutoffMissed.map(\.program.name).joinedAsList()
      notes.append(
        Reason(
          rule: "triage.cutoffs",
          text: "Stated minimums above your score: \(names). An email will not get you past an "
            + "automatic screen; " + cutoffAdvice(advice.email.decision),
          source: .snapshot))
    }
    // "A big gap" on the card and "target" here measure different things: said, so the two do
    // not read as a contradiction.
    if let rule = advice.email.rule, DecisionRule.bigGapRules.contains(rule),
      result.count(.target) + result.count(.safety) > 0
    {
      notes.append(
        Reason(
          rule: "triage.gap-and-tiers",
          text: "Your plan reads your score as a big gap from the specialty's norms as a whole "
            + "(see /why); the tiers here set it against each program's own typical score, so a "
            + "program can be a target while the specialty stays a stretch. Keep the backup plan.",
          source: .snapshot))
    }
    if let otherNote = otherSpecialties(result, profile: profile) { notes.append(otherNote) }
    if let regionNote = massachusettsBalance(result, profile: profile) { notes.append(regionNote) }
    let listedTies = result.programs.filter { $0.program.connection != nil }
    if profile.connections?.isEmpty == true, !listedTies.isEmpty {
      // Said as the triage used them: only those given an outreach channel.
      let reached = listedTies.filter { $0.outreach != nil }.count
      let used =
        reached > 0
        ? "I've used \(reached == listedTies.count ? "them" : "\(reached) of them") for outreach. "
          + "Say so in the chat if they should count everywhere."
        : "Tell me in the chat if they are real ties: they can change the advice."
      notes.append(
        Reason(
          rule: "triage.ties-in-list",
          text: "You told me you have no connections, but the list names a tie at "
            + "\(listedTies.count) program\(listedTies.count == 1 ? "" : "s"). \(used)",
          source: .snapshot))
    }
    notes.append(outreachNote(result, advice: advice))
    return notes
  }

  /// Programs of a specialty the applicant did not name (neither the choice nor a backup): the
  /// advice behind the list is for the specialties named, so the user should say which it is.
  private static func otherSpecialties(_ result: TriageResult, profile: Profile) -> Reason? {
    guard let chosen = profile.specialty else { return nil }
    let named = [chosen] + profile.backupSpecialties
    let others = result.programs.compactMap(\.program.specialty).filter { !named.contains($0) }
    guard !others.isEmpty else { return nil }
    let specialties = Set(others).map(\.displayName).sorted().joinedAsList()
    let programs = others.count == 1 ? "1 program is" : "\(others.count) programs are"
    let them = others.count == 1 ? "it" : "them"
    return Reason(
      rule: "triage.other-specialty",
      text: "\(programs) in \(specialties), not a specialty you told me "
        + "(\(named.map(\.displayName).joinedAsList())). If you are applying there too, add it as "
        + "a backup (in the chat, or --backup); if not, take \(them) off the list.",
      source: .tiers)
  }

  /// The Massachusetts-first, Boston-later balance, when Boston or Massachusetts is the goal.
  private static func massachusettsBalance(_ result: TriageResult, profile: Profile) -> Reason? {
    guard profile.regionFocus?.isMassachusetts == true else { return nil }
    var boston = 0
    var restOfState = 0
    var elsewhere = 0
    for triaged in result.programs {
      let program = triaged.program
      switch RegionFocus(city: program.city, state: program.state) {
      case .boston: boston += 1
      case .massachusetts: restOfState += 1
      case .elsewhere, .anywhere: elsewhere += 1
      }
    }
    var advice: [String] = []
    if restOfState <= boston {
      advice.append(
        "add community and university-affiliated programs outside Boston (Worcester, Springfield, "
          + "Lowell, Brockton): Massachusetts first, Boston later")
    }
    if elsewhere == 0 {
      advice.append(
        "add programs in other states, so one competitive region does not carry all the risk")
    }
    let summary =
      "Boston \(boston), rest of Massachusetts \(restOfState), other states \(elsewhere)"
    return Reason(
      rule: "triage.massachusetts-first",
      text: advice.isEmpty
        // The guide's tiers, not a verdict: it gives no number for how many of each.
        ? "Massachusetts balance: \(summary): programs outside Boston and in other states, as "
          + "the guide's tiers ask; it gives no number for how many safeties."
        : "Massachusetts balance: \(summary). "
          + advice.joined(separator: "; ").capitalizedFirstLetter + ".",
      source: .massachusettsFirst)
  }

  private static func outreachNote(_ result: TriageResult, advice: Advice) -> Reason {
    guard let decision = advice.email.decision else {
      return Reason(
        rule: "triage.undecided",
        text: "Your email decision is not made yet"
          + (advice.email.needed.isEmpty
            ? ""
            : ": it waits on "
              + advice.email.needed.map { $0.displayName(in: advice.profile) }.joinedAsList())
          + "; until it is, no program is marked for outreach.",
        source: .flowchart)
    }
    guard decision != .staySilent else {
      let ties =
        advice.profile.connections?.isEmpty == false
        ? " Your ties still help through letters, interviews and where you apply." : ""
      // Tagged as the decision itself is, so the two never cite different sections.
      return Reason(
        rule: "triage.no-outreach",
        text: "Your decision is to stay silent about the score: no outreach.\(ties)",
        source: advice.email.headline.first?.source ?? .flowchart)
    }
    let count = result.outreach.count
    guard count > 0 else {
      return Reason(
        rule: "triage.no-ties",
        text: "No program on your list has a tie that would make outreach count; mark rotations, "
          + "advocates, family ties and alumni in the connection column.",
        source: .faqHowManyEmails)
    }
    return Reason(
      rule: "triage.outreach",
      text: "Outreach is warranted at \(count) program\(count == 1 ? "" : "s") (at most "
        + "\(ProgramTriage.maximumOutreach)), where a tie makes it count.",
      source: .faqHowManyEmails)
  }

  /// What a missed minimum leaves to do, as the plan's own decision says it: never a second
  /// decision (tester Dev: "write only where you have a strong hook" beside a plan of silence).
  private static func cutoffAdvice(_ decision: EmailDecision?) -> String {
    switch decision {
    case .staySilent?:
      "your plan is to stay silent about the score, so put the effort into realistic targets."
    case .facultyContact?:
      "only your faculty advocate's contact can speak past it, where they have standing."
    case .hookOnly?, .targetedEmail?, .emailSomeRefocusList?, nil:
      "write only where you have a strong hook."
    }
  }
}

extension String {
  var capitalizedFirstLetter: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }

}
