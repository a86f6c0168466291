/// The result of reading a specialty name the user typed.
package enum SpecialtyMatch: Sendable, Hashable {
  case specialty(Specialty)
  /// The name fits more than one specialty ("prelim").
  case ambiguous([Specialty])
  case unknown
}

extension Specialty {
  /// The names and abbreviations applicants use, lowercase, words separated by single spaces.
  package var aliases: [String] {
    switch self {
    case .dermatology: ["dermatology", "derm", "derma", "dermatologist"]
    case .plasticSurgery:
      ["plastic surgery", "plastics", "plastic", "prs", "plastic and reconstructive surgery"]
    case .orthopedicSurgery:
      [
        "orthopedic surgery", "orthopaedic surgery", "ortho", "orthopedics", "orthopaedics",
        "orthopedic", "orthopaedic", "orthos",
      ]
    case .otolaryngology:
      [
        "otolaryngology", "ent", "oto", "otolaryngology head and neck surgery", "ohns",
        "ear nose and throat", "head and neck surgery",
      ]
    case .neurosurgery:
      ["neurosurgery", "neurosurg", "nsgy", "neurological surgery", "neuro surgery"]
    case .radiology:
      [
        "radiology", "rads", "diagnostic radiology", "dr", "interventional radiology", "ir",
        "radiologist",
      ]
    case .anesthesiology:
      [
        "anesthesiology", "anesthesia", "anaesthesia", "anaesthesiology", "anesthesiologist",
        "gas", "anes",
      ]
    case .emergencyMedicine:
      ["emergency medicine", "em", "emergency", "er", "ed", "emergency room", "emergency med"]
    case .internalMedicine:
      [
        "internal medicine", "im", "medicine", "internal", "categorical medicine",
        "categorical im", "categorical internal medicine", "internal med", "int med", "imed",
      ]
    case .generalSurgery:
      [
        "general surgery", "gen surg", "gensurg", "gsurg", "g surg", "gs", "surgery",
        "categorical surgery",
        "general surg", "gen surgery",
      ]
    case .neurology: ["neurology", "neuro", "neurologist", "adult neurology", "child neurology"]
    case .familyMedicine:
      ["family medicine", "fm", "family practice", "fp", "family med", "fam med", "family doctor"]
    case .pediatrics:
      ["pediatrics", "peds", "paediatrics", "paeds", "pediatric", "pediatrician", "peds medicine"]
    case .psychiatry: ["psychiatry", "psych", "psy", "psychiatrist"]
    case .pathology: ["pathology", "path", "patho", "pathologist", "ap cp"]
    case .transitionalYear: ["transitional year", "ty", "transitional", "transitional internship"]
    case .preliminaryMedicine:
      [
        "preliminary medicine", "prelim medicine", "prelim im", "prelim med",
        "preliminary internal medicine", "prelim internal medicine", "preliminary im",
      ]
    case .preliminarySurgery:
      ["preliminary surgery", "prelim surgery", "prelim surg", "preliminary surg"]
    case .obstetricsGynecology:
      [
        "obstetrics and gynecology", "obgyn", "ob gyn", "obstetrics", "gynecology", "gyn",
        "obstetrics gynecology", "ob", "obs and gynae", "obgyne",
      ]
    }
  }

  /// Names that fit several specialties at once.
  static let ambiguousNames: [String: [Specialty]] = [
    "prelim": [.preliminaryMedicine, .preliminarySurgery],
    "preliminary": [.preliminaryMedicine, .preliminarySurgery],
    "prelim year": [.preliminaryMedicine, .preliminarySurgery],
    "preliminary year": [.preliminaryMedicine, .preliminarySurgery],
  ]

  /// Every alias (and contract id, spaced) mapped to its specialty.
  static let aliasTable: [String: Specialty] = {
    var table: [String: Specialty] = [:]
    for specialty in Specialty.allCases {
      table[normalizedName(specialty.rawValue)] = specialty
      for alias in specialty.aliases { table[alias] = specialty }
    }
    return table
  }()

  /// Reads a specialty from a name, abbreviation or contract id ("OB/GYN", "gen surg", "ENT").
  package static func resolve(_ text: String) -> SpecialtyMatch {
    resolve(normalized: normalizedName(text))
  }

  /// Reads a specialty from a name already in ``normalizedName(_:)`` form (lowercase words
  /// separated by single spaces): the lookup alone, for text the caller has tokenised.
  package static func resolve(normalized name: String) -> SpecialtyMatch {
    if let specialty = aliasTable[name] { return .specialty(specialty) }
    if let candidates = ambiguousNames[name] { return .ambiguous(candidates) }
    return .unknown
  }

  /// The first word of every name ``resolve(normalized:)`` knows: a word not among them starts
  /// no name.
  package static let nameFirstWords: Set<String> = Set(
    (Array(aliasTable.keys) + Array(ambiguousNames.keys)).compactMap {
      $0.split(separator: " ").first.map(String.init)
    })

  /// The most words a name ``resolve(normalized:)`` knows has.
  package static let longestNameWords: Int =
    (Array(aliasTable.keys) + Array(ambiguousNames.keys))
    .map { $0.split(separator: " ").count }.max() ?? 1

  /// Lowercase words separated by single spaces; "&" reads as "and", "/" and "-" as spaces,
  /// and trailing words such as "residency" are dropped.
  package static func normalizedName(_ text: String) -> String {
    // The replacement searches by string: only a name with an ampersand pays for it.
    var words = (text.contains("&") ? text.replacingAll("&", with: " and ") : text)
      .lowercasedWords
    while let last = words.last, ["residency", "program", "programs", "specialty"].contains(last) {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }
}

extension String {
  /// Every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
