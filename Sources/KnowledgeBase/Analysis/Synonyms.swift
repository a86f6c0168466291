import AdvisorCore

/// The domain's abbreviations and synonyms, as word sequences mapped to canonical terms.
///
/// Both the entries and the queries pass through the same table, so "Step 2 CK", "2CK", "CK" and
/// "step two" all become `step2ck`, and "personal statement" and "PS" both become `ps`. Canonical
/// terms are not stemmed.
enum Synonyms {
  /// A phrase and the terms that replace it.
  struct Rule: Sendable {
    let words: [String]
    let terms: [String]
  }

  /// Rules indexed by their first word, longest first, so the longest phrase wins.
  static let byFirstWord: [String: [Rule]] = {
    var table: [String: [Rule]] = [:]
    for rule in rules { table[rule.words[0], default: []].append(rule) }
    for key in table.keys { table[key]?.sort { $0.words.count > $1.words.count } }
    return table
  }()

  /// Every word that appears in a phrase: known to the typo corrector.
  static let vocabulary: Set<String> = Set(rules.flatMap(\.words))

  /// The longest rule matching `words` at `index`.
  static func match(_ words: [String], at index: Int) -> Rule? {
    guard let candidates = byFirstWord[words[index]] else { return nil }
    return candidates.first { rule in
      index + rule.words.count <= words.count
        && zip(rule.words, words[index...]).allSatisfy { $0 == $1 }
    }
  }

  static let rules: [Rule] = domainRules + specialtyRules

  private static func rule(_ phrases: [String], _ terms: String...) -> [Rule] {
    phrases.map { Rule(words: words(of: $0), terms: terms) }
  }

  /// A phrase's words: split on spaces, byte by byte (this runs for every phrase at start-up).
  private static func words(of phrase: String) -> [String] {
    phrase.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
  }

  private static let domainRules: [Rule] =
    Array(
      [
        rule(["step 1", "step one", "step i", "step1", "s1", "usmle step 1"], "step1"),
        rule(
          [
            "step 2 ck", "step 2", "step two", "step ii", "step ii ck", "step2", "step2ck",
            "step 2ck",
            "2ck", "ck", "s2", "s2ck", "usmle step 2", "usmle step 2 ck", "step two ck",
          ], "step2ck"),
        rule(["step 3", "step three", "step3"], "step3"),
        rule(
          ["usmle", "boards", "board exam", "board exams", "board score", "board scores"], "usmle"),
        rule(
          [
            "program director", "program directors", "pd", "pds", "apd", "apds",
            "assistant program director", "associate program director", "residency director",
          ], "pd"),
        rule(
          [
            "img", "imgs", "fmg", "fmgs", "international medical graduate",
            "international medical graduates", "foreign medical graduate",
            "foreign medical graduates",
            "international graduate", "foreign graduate", "offshore", "off shore",
          ], "img"),
        rule(
          [
            "us img", "us imgs", "usimg", "usimgs", "us citizen img", "us citizen imgs",
            "american img", "american imgs", "american studying abroad", "us fmg",
          ], "citizen", "img"),
        rule(["usce", "us clinical experience", "us clinical experiences"], "usce"),
        rule(
          [
            "lor", "lors", "letter of recommendation", "letters of recommendation",
            "rec letter", "rec letters", "recommendation letter", "recommendation letters",
            "reference letter", "reference letters",
          ], "letter"),
        rule(
          [
            "letter of interest", "letters of interest", "letter of intent", "letters of intent",
            "loi", "lois", "intent letter",
          ], "loi"),
        rule(["ps", "personal statement", "personal statements"], "ps"),
        rule(
          [
            "mspe", "dean letter", "deans letter", "dean s letter",
            "medical student performance evaluation",
          ], "mspe"),
        rule(["eras"], "eras"),
        rule(
          [
            "sub i", "sub is", "subi", "subis", "sub internship", "sub internships",
            "subinternship",
            "subinternships", "acting internship", "acting internships",
          ], "subi"),
        rule(["nrmp", "national resident matching program"], "nrmp"),
        rule(["qbank", "qbanks", "q bank", "q banks", "question bank", "question banks"], "qbank"),
        rule(["h1b", "h 1b", "h1 b"], "h1b"),
        rule(["j1", "j 1"], "j1"),
        rule(["e mail", "e mails", "emails", "emailing", "emailed"], "email"),
        rule(["pass fail", "p f"], "passfail"),
        rule(
          ["thank you", "thank you note", "thank you notes", "thankyou", "thank you email"], "thank"
        ),
        conceptRules,
      ].joined())

  /// Words users choose for the same idea the entries name differently.
  private static let conceptRules: [Rule] =
    Array(
      [
        // Negation is kept as one term: "no mentor", "didn't improve" and "no hook" are exactly
        // what separates neighbouring entries here.
        rule(
          [
            "no", "not", "never", "without", "nobody", "none", "zero", "don", "doesn", "didn",
            "isn",
            "aren", "wasn", "weren", "won", "wouldn", "shouldn", "couldn", "hasn", "haven", "hadn",
            "cannot", "cant", "dont", "didnt", "doesnt", "havent", "isnt", "wont", "no one",
          ], "not"),
        rule(
          [
            "sorry", "apology", "apologies", "apologize", "apologise", "apologizing", "apologising",
            "apologetic", "regret", "regrets", "regretting",
          ], "apolog"),
        rule(
          [
            "silent", "silence", "quiet", "quietly", "keep quiet", "say nothing",
            "keep my head down",
          ],
          "silent"),
        rule(
          [
            "desperate", "desperation", "beg", "begging", "plead", "pleading", "groveling",
            "grovelling",
          ],
          "desper"),
        rule(
          [
            "fail", "failed", "failing", "fails", "failure", "failures", "flunk", "flunked",
            "bombed", "tanked",
          ], "fail"),
        rule(
          [
            "mph", "masters in public health", "master of public health",
            "master s in public health",
            "public health degree",
          ], "mph"),
        rule(
          [
            "template", "templates", "templated", "copy paste", "copy pasted", "mass email",
            "mass emails", "mass emailing", "blast", "blasting", "blasted",
          ], "massemail"),
        rule(
          [
            "cutoff", "cutoffs", "cut off", "cut offs", "cut off score", "minimum score",
            "minimum scores", "minimum", "minimums", "threshold", "thresholds",
          ], "cutoff"),
        rule(
          [
            "mention", "mentions", "mentioning", "mentioned", "bring up", "bring it up",
            "bringing up", "bringing it up", "disclose", "disclosing", "volunteer it",
          ], "mention"),
        rule(
          ["vouch", "vouching", "speak on my behalf", "put in a word", "put in a good word"],
          "advoc"),
        rule(
          [
            "tie", "ties", "tied", "know someone", "know anyone", "know people", "know somebody",
            "know a few people", "know a couple of people", "know faculty", "knows me", "know me",
            "contacts", "contact at",
          ], "connect"),
        rule(
          [
            "filter", "filters", "filtered", "filtering", "screen", "screens", "screened",
            "screening", "screenings", "screen out", "filter out",
          ], "screen"),
        rule(["ma", "mass", "massachusetts", "massachusett"], "massachusett"),
        rule(
          [
            "mgh", "mass general", "massachusetts general", "bidmc", "beth israel", "bmc",
            "brigham", "bwh", "tufts", "harvard", "boston university", "longwood",
          ], "boston"),
        rule(["observership", "observerships", "shadowing", "shadow"], "observership"),
      ].joined())

  /// Single words too common in ordinary text to stand for a specialty.
  private static let genericSpecialtyWords: Set<String> = [
    "medicine", "surgery", "internal", "family", "emergency", "path", "ob", "ed", "er", "gas",
    "gs", "dr", "ir", "fp", "psy", "transitional", "preliminary", "ap cp", "child neurology",
    "adult neurology", "pediatric", "orthopedic", "orthopaedic",
  ]

  /// Specialty names and nicknames mapped to one term per specialty ("derm", "dermatology" →
  /// `dermatology`), taken from the core's alias table.
  private static let specialtyRules: [Rule] =
    Specialty.allCases.flatMap { specialty in
      let term = specialty.rawValue
      return specialty.aliases.filter { !genericSpecialtyWords.contains($0) }.map {
        Rule(words: words(of: $0), terms: [term])
      }
    } + rule(["prelim", "prelims"], "prelim")
}
