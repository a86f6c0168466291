import AdvisorCore
import Testing

/// Every reason and plan item the advice prints is held to its tag: a number in it is one the
/// tagged section states (an article section, or the public figures' section with its
/// publisher and year), or one whose own section the text names; the advisor's estimates are
/// tagged as estimates and say so, and nothing else calls itself one.
@Suite("Every tag printed beside a reason is true of the text it tags")
struct ReasonTagsTests {
  /// The figures each section of the public figures states (public-figures.md), years included.
  static let publicFigures: [Source: Set<String>] = [
    .matchRates: [
      "93.5", "92.3", "92.6", "67.0", "67.8", "58.5", "58.0", "80.2", "79.8", "2024", "2025",
      "9045", "3181", "5864", "43", "37", "32", "30",
    ],
    .matchedStep2: [
      "250", "2025", "2024", "257", "256", "255", "254", "253", "252", "249", "248", "247",
      "246", "244", "214", "218", "2023", "24", "15", "1", "3",
    ],
    .screening: ["2024", "2022", "7.3", "2025", "25"],
    .tools: ["13000"],
  ]

  /// The figures a section states, whichever kind of source it is.
  static func figures(of source: Source) -> Set<String> {
    publicFigures[source] ?? SourcedNumbersTests.sectionFigures[source] ?? []
  }

  /// The figures of every section the text names in quotes ("When not to email").
  static func namedInText(_ text: String) -> Set<String> {
    Source.builtIn.filter { text.contains("\"\($0.section)\"") }
      .reduce(into: Set<String>()) { $0.formUnion(figures(of: $1)) }
  }

  /// The profiles of ``SourcedNumbersTests``, and some with backup specialties.
  static let profiles: [Profile] =
    SourcedNumbersTests.profiles
    + SourcedNumbersTests.profiles.enumerated().filter { $0.offset % 7 == 0 }.map { _, profile in
      var withBackups = profile
      withBackups.backupSpecialties = [.familyMedicine, .generalSurgery, .dermatology]
      return withBackups
    }

  @Test("Each number in a reason comes from its tagged section or a section the text names")
  func numbersMatchTheirTags() {
    var checked: Set<String> = []
    var estimates = 0
    for profile in Self.profiles {
      let advice = Advisor.advise(profile)
      let own = Set(
        Exam.allCases.flatMap { [profile[$0].score, profile[$0].attempts] }.compactMap { $0 }
          .map(String.init))
      for reason in advice.email.reasons + advice.items.map(\.reason) {
        let key = reason.rule + reason.source.description + reason.text
        guard checked.insert(key).inserted else { continue }
        let callsItselfAnEstimate = reason.text.contains("advisor's estimate")
        if reason.source.isEstimate {
          #expect(reason.source.derivedFrom != nil, "\(reason.rule): \(reason.source)")
          #expect(callsItselfAnEstimate, "\(reason.rule) is tagged an estimate: \(reason.text)")
          estimates += 1
          continue
        }
        // An estimate inside a reason tagged to a section would borrow that section's word.
        #expect(
          !callsItselfAnEstimate,
          "\(reason.rule) [\(reason.source)] states an estimate: \(reason.text)")
        let stray = SourcedNumbersTests.figures(in: reason.text).subtracting(own)
          .subtracting(Self.figures(of: reason.source)).subtracting(Self.namedInText(reason.text))
        #expect(stray.isEmpty, "\(reason.rule) [\(reason.source)] states \(stray.sorted())")
      }
    }
    #expect(checked.count > 200)
    #expect(estimates > 10)
  }

  @Test("The pending rebound names where each of its two numbers comes from")
  func pendingRebound() throws {
    let profile = Profile(
      step1: StepResult(outcome: .pass, attempts: 2),
      step2ck: StepResult(outcome: .pass, score: 230, attempts: 1), specialty: .internalMedicine,
      applicant: .usMD, region: "anywhere", connections: [], hook: false, cutoffUnmet: false,
      hardship: Hardship.none)
    let advice = Advisor.advise(profile)
    let pending = try #require(advice.email.reasons.first { $0.rule == "email.undecided" })
    #expect(pending.source == .matchedStep2)
    #expect(pending.text.contains("\"When not to email\""))
  }
}

@Suite("An estimate is tagged with the section it is derived from")
struct EstimateTagsTests {
  @Test(
    "The estimated floor's tag and text follow its basis, and a specialty without figures is said to have none",
    arguments: Specialty.allCases)
  func estimatedFloor(_ specialty: Specialty) {
    let benchmarks = ScoreThresholds.benchmarks(for: specialty)
    guard benchmarks.screeningFloor.basis.kind == .estimate else { return }
    let profile = Profile(
      step1: StepResult(outcome: .pass, attempts: 1),
      step2ck: StepResult(outcome: .pass, score: 230, attempts: 1), specialty: specialty,
      applicant: .usMD, region: "anywhere", connections: [], hook: false, cutoffUnmet: false,
      hardship: Hardship.none)
    let advice = Advisor.advise(profile)
    let floor = benchmarks.screeningFloor
    for reason in advice.items.map(\.reason) + advice.email.reasons
    where reason.rule == "specialty.estimated-floor" || reason.rule == "check.above-cutoffs" {
      #expect(reason.source == .estimate(from: floor.basis.source), "\(reason.rule)")
    }
    let note = advice.items.first { $0.rule == "specialty.estimated-floor" }?.text ?? ""
    #expect(note.contains("is unknown") == (benchmarks.matchedMean == nil), "\(note)")
  }
}
