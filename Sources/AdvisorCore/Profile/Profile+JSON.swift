package import LocatedJSON

extension Profile {
  /// The contract's keys, in the contract's order.
  package static let jsonKeys = Slot.allCases.map(\.rawValue)

  /// The profile as the contract's JSON object: every key present, unknowns as `null`.
  package var json: JSONValue {
    guard case .object(var members) = contractJSON else { return contractJSON }
    if !backupSpecialties.isEmpty {
      members.append(
        .init(
          Self.backupSpecialtiesKey, .array(backupSpecialties.map { .string($0.rawValue) })))
    }
    if !connectionPlaces.isEmpty {
      members.append(
        .init(
          Self.connectionPlacesKey,
          .object(
            connectionPlaces.sorted { $0.key < $1.key }.map { connection, places in
              // One place as a string, as before several could be kept; several as a list.
              .init(
                connection.rawValue,
                places.count == 1 ? .string(places[0]) : .array(places.map(JSONValue.string)))
            })
        ))
    }
    return .object(members)
  }

  /// The key beyond the contract for ``backupSpecialties``, written after the contract's and
  /// only when some are known.
  package static let backupSpecialtiesKey = "backupSpecialties"
  /// The key beyond the contract for ``connectionPlaces``, written last and only when some are
  /// known.
  package static let connectionPlacesKey = "connectionPlaces"

  /// The contract's keys alone.
  private var contractJSON: JSONValue {
    .object([
      "step1": step1.json,
      "step2ck": step2ck.json,
      "specialty": .string(specialty?.rawValue),
      "applicant": .string(applicant?.rawValue),
      "region": .string(region),
      "connections": connections.map { .array($0.sorted().map { .string($0.rawValue) }) } ?? .null,
      "hook": .bool(hook),
      "cutoffUnmet": .bool(cutoffUnmet),
      "hardship": .string(hardship?.rawValue),
      "clinicalEvidence": .bool(clinicalEvidence),
    ])
  }

  /// Reads and validates a profile object. Missing keys are unknown; every present key is
  /// checked for its type and value.
  ///
  /// - Throws: ``ProfileError`` naming the first field that is wrong.
  package init(json: JSONValue, at root: JSONPath = JSONPath()) throws(ProfileError) {
    guard case .object(let members) = json else {
      throw ProfileError(root, "a profile must be a JSON object, not \(json.typeDescription)")
    }
    self.init()
    for member in members {
      let path = root.appending(key: member.key)
      if member.key == Self.backupSpecialtiesKey {
        try readBackups(member.value, at: path)
        continue
      }
      if member.key == Self.connectionPlacesKey {
        try readConnectionPlaces(member.value, at: path)
        continue
      }
      guard let slot = Slot(rawValue: member.key) else {
        throw ProfileError(
          path,
          "unknown key \"\(member.key)\"; a profile has \(Profile.jsonKeys.joined(separator: ", "))"
        )
      }
      try read(slot, from: member.value, at: path)
    }
    // A place is where a connection on record is: one without its connection says nothing.
    // (Checked once every key is read, as the two keys may come in either order.)
    if let stray = connectionPlaces.keys.sorted().first(where: { has($0) != true }) {
      throw ProfileError(
        root.appending(key: Self.connectionPlacesKey).appending(key: stray.rawValue),
        "a place for \(stray.rawValue), which connections does not hold")
    }
  }

  /// Rejects what a person may write in a profile file and the flags refuse: a Step 2 CK outcome
  /// that its score contradicts under both pass marks (a fail at 219). Not part of reading, so
  /// that a saved session is never refused for what the conversation itself recorded.
  package func checkStatedOutcomes(at root: JSONPath = JSONPath()) throws(ProfileError) {
    guard let score = step2ck.score, let outcome = step2ck.outcome,
      outcome == .pass || outcome == .fail,
      let implied = ScoreThresholds.step2Outcome(ofBareScore: score), implied != outcome
    else { return }
    throw ProfileError(
      root.appending(key: "step2ck").appending(key: "outcome"),
      "step2ck.outcome \"\(outcome.rawValue)\" contradicts its score \(score), which is a "
        + "\(implied.rawValue) under both pass marks (\(ScoreThresholds.step2FormerPassMark.value), "
        + "and \(ScoreThresholds.step2PassMark.value) since July 2025)")
  }

  /// `backupSpecialties`: an array of specialty ids, or `null`.
  private mutating func readBackups(_ value: JSONValue, at path: JSONPath) throws(ProfileError) {
    if value == .null { return }
    guard case .array(let elements) = value else {
      throw ProfileError(
        path, "backupSpecialties must be an array of specialty ids, not \(value.typeDescription)")
    }
    for (index, element) in elements.enumerated() {
      let text = try element.string(
        at: path.appending(.index(index)), expecting: "a specialty id such as \"family-medicine\"")
      guard case .specialty(let match) = Specialty.resolve(text) else {
        throw ProfileError(
          path.appending(.index(index)),
          "unknown specialty \"\(text)\"\(Specialty.suggestion(for: text))")
      }
      if !backupSpecialties.contains(match) { backupSpecialties.append(match) }
    }
  }

  /// `connectionPlaces`: an object from connection ids to a place name or a list of them, or
  /// `null`.
  private mutating func readConnectionPlaces(_ value: JSONValue, at path: JSONPath)
    throws(ProfileError)
  {
    if value == .null { return }
    guard case .object(let members) = value else {
      throw ProfileError(
        path,
        "connectionPlaces must be an object from connection ids to places, not "
          + value.typeDescription)
    }
    for member in members {
      let at = path.appending(key: member.key)
      guard let connection = Connection(rawValue: member.key) else {
        throw ProfileError(
          at,
          "unknown connection \"\(member.key)\"; one of "
            + Connection.allCases.map(\.rawValue).joined(separator: ", "))
      }
      let values: [(JSONValue, JSONPath)] =
        if case .array(let elements) = member.value {
          elements.enumerated().map { ($1, at.appending(.index($0))) }
        } else {
          [(member.value, at)]
        }
      guard !values.isEmpty else { throw ProfileError(at, "a list of places must not be empty") }
      for (value, at) in values {
        let place = try value.string(at: at, expecting: "a place such as \"San Antonio\"")
          .trimmingWhitespace
        guard !place.isEmpty else { throw ProfileError(at, "a place must not be empty") }
        if connectionPlaces[connection]?.contains(place) != true {
          connectionPlaces[connection, default: []].append(place)
        }
      }
    }
  }

  private mutating func read(_ slot: Slot, from value: JSONValue, at path: JSONPath)
    throws(ProfileError)
  {
    if value == .null { return }
    switch slot {
    case .step1: step1 = try StepResult(json: value, at: path)
    case .step2ck: step2ck = try StepResult(json: value, at: path)
    case .specialty:
      let text = try value.string(
        at: path, expecting: "a specialty id such as \"internal-medicine\"")
      switch Specialty.resolve(text) {
      case .specialty(let match): specialty = match
      case .ambiguous(let options):
        throw ProfileError(
          path,
          "specialty \"\(text)\" is ambiguous; use \(options.map(\.rawValue).joinedAsList(conjunction: "or"))"
        )
      case .unknown:
        throw ProfileError(path, "unknown specialty \"\(text)\"\(Specialty.suggestion(for: text))")
      }
    case .applicant:
      applicant = try value.enumValue(ApplicantType.self, at: path, name: "applicant")
    case .region:
      let text = try value.string(at: path, expecting: "a place such as \"Boston\"")
      region = text.trimmingWhitespace.isEmpty ? nil : text.trimmingWhitespace
    case .connections:
      guard case .array(let elements) = value else {
        throw ProfileError(
          path, "connections must be an array of ids, not \(value.typeDescription)")
      }
      var set: Set<Connection> = []
      for (index, element) in elements.enumerated() {
        set.insert(
          try element.enumValue(
            Connection.self, at: path.appending(.index(index)), name: "connection"))
      }
      connections = set
    case .hook: hook = try value.bool(at: path)
    case .cutoffUnmet: cutoffUnmet = try value.bool(at: path)
    case .hardship: hardship = try value.enumValue(Hardship.self, at: path, name: "hardship")
    case .clinicalEvidence: clinicalEvidence = try value.bool(at: path)
    }
  }
}

extension StepResult {
  /// The result as `{"outcome", "score", "attempts"}`, or `null` when nothing is known.
  package var json: JSONValue {
    guard !isEmpty else { return .null }
    return .object([
      "outcome": .string(outcome?.rawValue), "score": .integer(score),
      "attempts": .integer(attempts),
    ])
  }

  /// Reads and validates an exam result object.
  package init(json: JSONValue, at path: JSONPath) throws(ProfileError) {
    guard case .object(let members) = json else {
      throw ProfileError(
        path,
        "\(path) must be an object with outcome, score and attempts, not \(json.typeDescription)")
    }
    self.init()
    for member in members {
      let field = path.appending(key: member.key)
      guard member.value != .null else { continue }
      switch member.key {
      case "outcome":
        outcome = try member.value.enumValue(StepOutcome.self, at: field, name: "outcome")
      case "score":
        score = try member.value.integer(
          at: field, in: StepResult.scoreRange, what: "a three-digit score")
      case "attempts":
        attempts = try member.value.integer(
          at: field, in: StepResult.attemptsRange, what: "a number of sittings")
      default:
        throw ProfileError(
          field, "unknown key \"\(member.key)\"; \(path) has outcome, score and attempts")
      }
    }
    try validate(at: path)
  }

  /// Rejects combinations that cannot happen (a score for an exam not taken).
  package func validate(at path: JSONPath) throws(ProfileError) {
    if outcome == .notTaken, score != nil {
      throw ProfileError(
        path.appending(key: "score"), "\(path) has a score but outcome \"not-taken\"")
    }
    if let attempts, attempts == 0, outcome == .pass || outcome == .fail || outcome == .pending {
      throw ProfileError(
        path.appending(key: "attempts"), "\(path).attempts is 0 but the outcome says it was taken")
    }
  }
}

extension JSONValue {
  fileprivate func string(at path: JSONPath, expecting what: String) throws(ProfileError) -> String
  {
    guard case .string(let text) = self else {
      throw ProfileError(path, "\(path) must be \(what), not \(typeDescription)")
    }
    return text
  }

  fileprivate func bool(at path: JSONPath) throws(ProfileError) -> Bool {
    guard case .bool(let value) = self else {
      throw ProfileError(path, "\(path) must be true, false or null, not \(typeDescription)")
    }
    return value
  }

  fileprivate func integer(at path: JSONPath, in range: ClosedRange<Int>, what: String)
    throws(ProfileError) -> Int
  {
    guard case .number(let number) = self else {
      throw ProfileError(
        path,
        "\(path) must be \(what) (a whole number from \(range.lowerBound) to \(range.upperBound)), "
          + "not \(typeDescription)")
    }
    guard let value = integerValue else {
      throw ProfileError(path, "\(path) must be a whole number, not \(number)")
    }
    guard range.contains(value) else {
      throw ProfileError(
        path, "\(path) is \(value), outside \(range.lowerBound)-\(range.upperBound)")
    }
    return value
  }

  fileprivate func enumValue<Value: RawRepresentable & CaseIterable>(
    _ type: Value.Type, at path: JSONPath, name: String
  ) throws(ProfileError) -> Value where Value.RawValue == String {
    let ids = Value.allCases.map(\.rawValue).joined(separator: ", ")
    guard case .string(let text) = self else {
      throw ProfileError(path, "\(path) must be one of \(ids), not \(typeDescription)")
    }
    guard let value = Value(rawValue: text) else {
      throw ProfileError(path, "unknown \(name) \"\(text)\" in \(path); expected one of \(ids)")
    }
    return value
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space and newlines.
  package var trimmingWhitespace: String {
    // ASCII at both ends, the usual case, is trimmed by its bytes (the same white space).
    var slice = Substring(self)
    let spaces: ClosedRange<UInt8> = 0x09...0x0D
    if let first = slice.utf8.first, let last = slice.utf8.last, first < 0x80, last < 0x80,
      first != 0x20, !spaces.contains(first), last != 0x20, !spaces.contains(last)
    {
      return String(slice)
    }
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
