package import AdvisorCore

/// A program's place on the list.
package enum Tier: String, Sendable, Hashable, CaseIterable {
  case reach, target, safety
  /// Closed to the applicant (no IMGs, no visas): an application there is likely wasted.
  case unlikely

  /// The heading the tier's programs are listed under.
  package var heading: String {
    switch self {
    case .reach: "Reach"
    case .target: "Target"
    case .safety: "Safety"
    case .unlikely: "Likely wasted: consider dropping"
    }
  }
}

/// Who should reach out to a program, when outreach is warranted.
package enum OutreachChannel: String, Sendable, Hashable {
  case facultyContact = "faculty-contact"
  /// Someone from the team where the applicant rotated speaks for them there: an advocate on
  /// record elsewhere has no known standing at that program.
  case rotationTeam = "rotation-team"
  case targetedEmail = "targeted-email"
  case hookOnly = "hook-only"
}

/// One program, sorted.
package struct TriagedProgram: Sendable, Hashable {
  package var program: ListedProgram
  package var tier: Tier
  /// Why it sits in its tier, and anything else worth knowing.
  package var reasons: [String]
  /// Its stated minimum is above the applicant's Step 2 CK.
  package var cutoffMissed: Bool
  /// A reason the application is likely wasted (no IMGs, no visas), or nil.
  package var unlikely: String?
  /// Set when outreach is warranted here.
  package var outreach: OutreachChannel?
}

/// The whole triage: each program, the outreach list, and the totals against the advice.
package struct TriageResult: Sendable, Hashable {
  package var programs: [TriagedProgram]
  package var recommended: ApplicationRange?
  /// Notes on the list as a whole: size, balance, region, outreach.
  package var notes: [Reason]

  package func count(_ tier: Tier) -> Int { programs.filter { $0.tier == tier }.count }
  /// The programs where outreach is warranted, the faculty advocate's first.
  package var outreach: [TriagedProgram] {
    programs.filter { $0.outreach != nil }.enumerated().sorted {
      ($0.element.outreach == .facultyContact ? 0 : 1, $0.offset)
        < ($1.element.outreach == .facultyContact ? 0 : 1, $1.offset)
    }.map(\.element)
  }
  package var cutoffMissed: [TriagedProgram] { programs.filter(\.cutoffMissed) }
}

/// Sorts the user's list into reach, target and safety for their profile.
///
/// Tiers (Boston guide, tiered application strategy): the applicant's Step 2 CK against the
/// program's typical score, or its specialty's matched mean when the list gives none: 5 or more
/// above is a safety, down to 10 below a target, further below a reach; a failed Step 2 CK is
/// a reach everywhere until the retake's score is in. A stated minimum above
/// the score makes a program a reach; no IMGs for an IMG, or no visas for a non-US IMG, puts it
/// among the likely wasted. Programs in Boston itself are reaches unless the score is 10 or more
/// above their typical one: the guide treats Boston's academic centers as the reach tier. For an
/// IMG aiming at Massachusetts, the state's other programs are targets at best: the guide keeps
/// the safety tier for other, more IMG-friendly states.
package enum ProgramTriage {
  package static let maximumOutreach = 15

  /// Sorts `programs` under `advice`, the advice already given for the profile (so the triage
  /// reads the same decision as every other surface, and works it out no second time).
  package static func triage(_ programs: [ListedProgram], advice: Advice) -> TriageResult {
    let profile = advice.profile
    var triaged = programs.map { sort($0, profile: profile) }
    assignOutreach(&triaged, advice: advice, profile: profile)
    let result = TriageResult(programs: triaged, recommended: advice.applications, notes: [])
    return TriageResult(
      programs: triaged, recommended: advice.applications,
      notes: TriageNotes.notes(for: result, advice: advice, profile: profile))
  }

  /// Sorts `programs` for `profile`, working out its advice first: for a caller that has none.
  package static func triage(_ programs: [ListedProgram], profile: Profile) -> TriageResult {
    triage(programs, advice: Advisor.advise(profile))
  }

  static func sort(_ program: ListedProgram, profile: Profile) -> TriagedProgram {
    var reasons: [String] = []
    var unlikely: String?
    let score = profile.step2ck.score
    let specialty = program.specialty ?? profile.specialty
    let reference =
      program.typicalStep2
      ?? specialty.flatMap { ScoreThresholds.benchmarks(for: $0).matchedMean?.value }
      ?? ScoreThresholds.nationalMean.value
    let basis =
      program.typicalStep2 == nil
      ? "the specialty's matched average, about \(reference)" : "its typical \(reference)"

    var tier: Tier
    if profile.step2ck.outcome == .fail {
      // A failed score is no standing against a program's: the retake's will be (tester Dev).
      tier = .reach
      reasons.append(
        "your Step 2 CK\(score.map { " \($0)" } ?? "") was a fail: a reach until the retake's "
          + "score is in")
    } else if let score {
      let margin = score - reference
      tier =
        margin >= ScoreThresholds.safetyMargin.value
        ? .safety : margin >= -ScoreThresholds.reachMargin.value ? .target : .reach
      reasons.append("your Step 2 CK \(score) against \(basis): \(margin >= 0 ? "+" : "")\(margin)")
    } else {
      tier = .target
      reasons.append("no Step 2 CK score yet, so placed by default")
    }
    let location = RegionFocus(city: program.city, state: program.state)
    let inBoston = location == .boston
    if inBoston, let score, score - reference < ScoreThresholds.bostonReachMargin.value,
      tier != .reach
    {
      tier = .reach
      reasons.append("in the Boston area: the guide's reach tier")
    }
    let massachusettsIMG =
      profile.regionFocus?.isMassachusetts == true && profile.applicant?.isIMG == true
    if massachusettsIMG, !inBoston, tier == .safety, location.isMassachusetts {
      tier = .target
      reasons.append("in Massachusetts: the guide's target tier, with safeties in other states")
    }
    var cutoffMissed = false
    if let minimum = program.minimumStep2, let score, minimum > score {
      cutoffMissed = true
      tier = .reach
      reasons.append("states a minimum of \(minimum), above your \(score): likely screened out")
    }
    if profile.applicant?.isIMG == true, program.acceptsIMGs == false {
      unlikely = "does not accept IMGs"
      tier = .unlikely
    } else if profile.applicant == .nonUSIMG, program.sponsorsVisas == false {
      unlikely = "does not sponsor visas"
      tier = .unlikely
    }
    if profile.applicant?.isIMG == true, program.acceptsIMGs == true {
      reasons.append("accepts IMGs")
    }
    if profile.applicant == .nonUSIMG, program.sponsorsVisas == true {
      reasons.append("sponsors visas")
    }
    if let connection = program.connection {
      reasons.append("your tie: \(connection.displayName)")
    } else if !program.connectionMarkedNone {
      // A connection on record in the program's city may be with this program or another
      // there: said, for the user to mark in the list, never counted on a guess. (A blank
      // column only: "none" in the list is the user's word.)
      for connection in Connection.allCases
      where profile.connections?.contains(connection) == true {
        guard
          let place = profile.connectionPlaces[connection]?.first(where: {
            isPlace($0, of: program)
          })
        else { continue }
        reasons.append(
          connection == .geographicTie
            ? "in \(place), where you have a geographic tie on record: mark "
              + "\(connection.rawValue) in the list's connection column so it counts"
            : "you have \(connection.displayName(in: [place])) on record: if it is this program, "
              + "mark it in the list's connection column so it counts")
      }
    }
    return TriagedProgram(
      program: program, tier: tier, reasons: reasons, cutoffMissed: cutoffMissed,
      unlikely: unlikely, outreach: nil)
  }

  /// Outreach goes only where a tie makes it count, through the strongest channel, to 15 at most.
  static func assignOutreach(_ programs: inout [TriagedProgram], advice: Advice, profile: Profile) {
    guard let decision = advice.email.decision, decision != .staySilent else { return }
    let strength: [Connection: Int] = [
      .facultyAdvocate: 0, .rotation: 1, .geographicTie: 2, .alumni: 3,
    ]
    let candidates = programs.indices.filter { index in
      let program = programs[index]
      guard let connection = program.program.connection, program.unlikely == nil else {
        return false
      }
      // A mentor signals where someone there knows the applicant; family nearby is no one
      // at the program, so it helps through the application, not a call; nor are alumni,
      // whom the sources do not count, a sign the advocate has standing there.
      if decision == .facultyContact, connection == .geographicTie || connection == .alumni {
        return false
      }
      return !program.cutoffMissed || connection == .facultyAdvocate || profile.hook == true
    }.sorted {
      let left = programs[$0]
      let right = programs[$1]
      let leftRank = strength[left.program.connection ?? .alumni] ?? 3
      let rightRank = strength[right.program.connection ?? .alumni] ?? 3
      return (leftRank, left.program.line) < (rightRank, right.program.line)
    }
    for index in candidates.prefix(maximumOutreach) {
      let program = programs[index]
      if program.program.connection == .rotation, decision == .facultyContact {
        // The advocate on record is not known to have standing here; the team that saw the
        // applicant's work there has (the article's channel of someone at the program).
        programs[index].outreach = .rotationTeam
      } else if program.program.connection == .facultyAdvocate || decision == .facultyContact {
        // A tie at the program lets someone there signal for the applicant (the snapshot
        // table's row: ask a mentor to signal, not you to explain).
        programs[index].outreach = .facultyContact
      } else {
        programs[index].outreach =
          program.cutoffMissed || decision == .hookOnly ? .hookOnly : .targetedEmail
      }
    }
  }

  /// Whether a place on record is the program's city: by name, and by state too when the
  /// place names one ("Springfield, Illinois" is no Springfield, MA program).
  private static func isPlace(_ place: String, of program: ListedProgram) -> Bool {
    let parts = place.lowercased().split(separator: ",").map {
      String($0.drop { $0 == " " })
    }
    return parts.first == program.city.lowercased()
      && (parts.count == 1 || StateCodes.matches(program.state, name: parts[parts.count - 1]))
  }
}
