import AdvisorCore
import BuiltInKnowledge
import KnowledgeBase
import Testing

/// Every number said in a claim tagged to one of the two articles must be one that the section it
/// cites states, as read from the article and recorded here: every knowledge-base entry and
/// every claim the advice rules make (over profiles reaching every rule) is held to it.
@Suite("Numbers tagged to an article come from that article")
struct SourcedNumbersTests {
  /// The figures each article section states, read once from the two articles (exam names,
  /// list markers, dates and the page's own furniture are not figures); a section missing here
  /// states none.
  static let sectionFigures: [Source: Set<String>] = [
    .snapshot: ["205", "214"],
    .whenNotToEmail: ["220", "3000"],
    .whenToEmail: ["238"],
    .channel: ["2", "3", "5", "40", "80", "95"],
    .goodEmail: ["238"],
    .addressing: ["3", "5", "239"],
    .mistakes: ["80"],
    .faqHowManyEmails: ["5", "15", "50"],
    .closingExercise: ["6", "8"],
    .bostonScreens: ["220", "230"],
    .tiers: ["60", "120"],
    .faqHowManyPrograms: ["60", "120"],
  ]

  private static let articles: Set<String> = [
    Article.emailOrSilence.rawValue, Article.bostonUSIMG.rawValue,
  ]

  /// The figures in a text: "5-15" gives 5 and 15, "3000+" 3000, "93.5%" 93.5, "13,000" 13000.
  /// "Step 1", "Step 2 CK", "J-1", "H-1B", "2CK", "1st" and list markers are not figures.
  static func figures(in text: String) -> Set<String> {
    var cleaned = text
    for name in ["Step 1", "Step 2", "Step 3", "step 1", "step 2", "step 3", "J-1", "H-1B"] {
      cleaned = cleaned.replacing(name, with: "Step")
    }
    let characters = Array(cleaned)
    var found: Set<String> = []
    var index = 0
    while index < characters.count {
      guard characters[index].isNumber else {
        index += 1
        continue
      }
      let start = index
      var digits = ""
      while index < characters.count {
        let character = characters[index]
        if character.isNumber {
          digits.append(character)
          index += 1
        } else if character == ",", isThousands(characters, after: index) {
          index += 1  // a thousands separator
        } else if character == ".", index + 1 < characters.count, characters[index + 1].isNumber {
          digits.append(".")
          index += 1
        } else {
          break
        }
      }
      let before = start > 0 ? characters[start - 1] : " "
      let after = index < characters.count ? characters[index] : " "
      let atLineStart = start == 0 || characters[..<start].last { $0 != " " } == "\n"
      let listMarker = atLineStart && (after == "." || after == ")")
      if !before.isLetter, !after.isLetter, !listMarker { found.insert(digits) }
    }
    return found
  }

  /// Three digits, and no fourth, follow the comma at `index`.
  private static func isThousands(_ characters: [Character], after index: Int) -> Bool {
    let rest = characters[(index + 1)...]
    return rest.prefix(3).count == 3 && rest.prefix(3).allSatisfy(\.isNumber)
      && rest.dropFirst(3).first?.isNumber != true
  }

  @Test("The figure reader reads what a claim says and skips exam names")
  func reader() {
    #expect(Self.figures(in: "Keep it to 5-15 programs, never 50.") == ["5", "15", "50"])
    #expect(
      Self.figures(in: "Step 2 CK 238 after Step 1; 3000+ and 93.5% of 13,000") == [
        "238", "3000", "93.5", "13000",
      ])
    #expect(Self.figures(in: "J-1 or H-1B, the 2CK, 1st try").isEmpty)
    #expect(Self.figures(in: "1. First\n2. Second").isEmpty)
  }

  @Test("Every entry tagged to an article section states only that section's figures")
  func entries() {
    for entry in BuiltIn.knowledgeBase.entries where Self.articles.contains(entry.source.article) {
      let allowed = Self.sectionFigures[entry.source] ?? []
      let stray = Self.figures(in: entry.text).subtracting(allowed)
      #expect(stray.isEmpty, "\(entry.id) (\(entry.source)) states \(stray.sorted())")
    }
  }

  /// A spread of profiles that reaches every rule: each specialty, each exam pattern, each
  /// applicant type, with and without ties, hooks, cutoffs, events and clinical evidence.
  static let profiles: [Profile] = {
    let step1s: [StepResult] = [
      StepResult(outcome: .pass, attempts: 1), StepResult(outcome: .pass, attempts: 2),
      StepResult(outcome: .fail, attempts: 1), StepResult(outcome: .pass, score: 205, attempts: 1),
    ]
    let step2s: [StepResult] =
      [205, 219, 225, 238, 255].map { StepResult(outcome: .pass, score: $0, attempts: 1) }
      + [StepResult(score: 216, attempts: 1), StepResult(outcome: .notTaken)]
    var profiles: [Profile] = []
    var index = 0
    for specialty in Specialty.allCases {
      for step1 in step1s {
        for step2ck in step2s {
          for applicant in ApplicantType.allCases {
            for region in ["Boston", "anywhere"] {
              for ties: Set<Connection> in [[], [.facultyAdvocate], [.rotation]] {
                index += 1
                let flags = index % 8
                profiles.append(
                  Profile(
                    step1: step1, step2ck: step2ck, specialty: specialty, applicant: applicant,
                    region: region, connections: ties, hook: flags & 1 == 1,
                    cutoffUnmet: flags & 2 == 2,
                    hardship: Hardship.allCases[index % Hardship.allCases.count],
                    clinicalEvidence: flags & 4 == 4 ? true : nil))
              }
            }
          }
        }
      }
    }
    return profiles
  }()

  @Test("Every number in an advice claim tagged to an article section is one that section states")
  func rules() {
    var checked: Set<String> = []
    for profile in Self.profiles {
      let advice = Advisor.advise(profile)
      let own = Set(
        Exam.allCases.flatMap { [profile[$0].score, profile[$0].attempts] }.compactMap { $0 }
          .map(String.init))
      let claims = advice.email.reasons + advice.items.map(\.reason)
      for claim in claims where Self.articles.contains(claim.source.article) {
        let key = claim.rule + claim.text
        guard !checked.contains(key) else { continue }
        checked.insert(key)
        let stray = Self.figures(in: claim.text).subtracting(own)
          .subtracting(Self.sectionFigures[claim.source] ?? [])
        #expect(stray.isEmpty, "\(claim.rule) [\(claim.source)] states \(stray.sorted())")
      }
    }
    #expect(checked.count > 100)
  }
}
