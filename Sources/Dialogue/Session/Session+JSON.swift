import AdvisorCore
package import LocatedJSON

extension Session {
  package var json: JSONValue {
    .object([
      "format": .string(Session.format),
      "version": .integer(Session.version),
      "profile": state.profile.json,
      "state": stateJSON,
      "turns": .array(
        turns.map {
          .object([
            "turn": .integer($0.turn), "input": .string($0.input), "reply": .string($0.reply),
          ])
        }),
    ])
  }

  private var stateJSON: JSONValue {
    .object([
      "pending": state.pending.map(\.json) ?? .null,
      "skipped": .array(
        state.skipped.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) }),
      "misses": .integer(state.misses),
      "turnCount": .integer(state.turnCount),
      "planGiven": .bool(state.planGiven),
      "lastScoreExam": .string(state.lastScoreExam?.rawValue),
      "ended": .bool(state.ended),
      "eventMentioned": .bool(state.eventMentioned),
      "advocateToAsk": .bool(state.advocateToAsk),
      // Sorted: the same state always writes the same file.
      "confirmationsAsked": .array(
        state.confirmationsAsked.map(\.json).sorted { $0.sortKey < $1.sortKey }),
      "history": .array(
        state.history.map { snapshot in
          .object([
            "profile": snapshot.profile.json,
            "skipped": .array(
              snapshot.skipped.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) }),
            "planGiven": .bool(snapshot.planGiven),
            "lastScoreExam": .string(snapshot.lastScoreExam?.rawValue),
          ])
        }),
    ])
  }

  /// Reads a session file's JSON, validating every field.
  package init(json: JSONValue) throws(SessionError) {
    let root = JSONPath()
    guard case .object = json else { throw SessionError(root, "a session must be a JSON object") }
    guard json["format"]?.stringValue == Session.format else {
      throw SessionError(
        root.appending(key: "format"),
        "not an advisor session (format \"\(Session.format)\" expected)")
    }
    guard json["version"]?.integerValue == Session.version else {
      throw SessionError(
        root.appending(key: "version"), "unsupported session version; expected \(Session.version)")
    }
    var state = ConversationState()
    state.profile = try Session.profile(json["profile"], at: root.appending(key: "profile"))
    let statePath = root.appending(key: "state")
    guard let stateJSON = json["state"], case .object = stateJSON else {
      throw SessionError(statePath, "state must be an object")
    }
    if let pending = stateJSON["pending"], pending != .null {
      state.pending = try PendingQuestion(json: pending, at: statePath.appending(key: "pending"))
    }
    state.skipped = try Session.slots(stateJSON["skipped"], at: statePath.appending(key: "skipped"))
    state.misses = try Session.integer(stateJSON["misses"], at: statePath.appending(key: "misses"))
    state.turnCount = try Session.integer(
      stateJSON["turnCount"], at: statePath.appending(key: "turnCount"))
    state.planGiven = stateJSON["planGiven"] == .bool(true)
    state.ended = stateJSON["ended"] == .bool(true)
    state.lastScoreExam = stateJSON["lastScoreExam"]?.stringValue.flatMap(Exam.init(rawValue:))
    state.eventMentioned = stateJSON["eventMentioned"] == .bool(true)
    state.advocateToAsk = stateJSON["advocateToAsk"] == .bool(true)
    // Absent in sessions saved before it was kept: none asked, as then.
    if let asked = stateJSON["confirmationsAsked"], asked != .null {
      let path = statePath.appending(key: "confirmationsAsked")
      guard case .array(let questions) = asked else {
        throw SessionError(path, "expected a list of questions")
      }
      for (index, question) in questions.enumerated() {
        state.confirmationsAsked.insert(
          try PendingQuestion(json: question, at: path.appending(.index(index))))
      }
    }
    if case .array(let snapshots)? = stateJSON["history"] {
      for (index, snapshot) in snapshots.enumerated() {
        let path = statePath.appending(key: "history").appending(.index(index))
        state.history.append(
          ConversationState.Snapshot(
            profile: try Session.profile(snapshot["profile"], at: path.appending(key: "profile")),
            skipped: try Session.slots(snapshot["skipped"], at: path.appending(key: "skipped")),
            planGiven: snapshot["planGiven"] == .bool(true),
            lastScoreExam: snapshot["lastScoreExam"]?.stringValue.flatMap(Exam.init(rawValue:))))
      }
    }
    var turns: [Entry] = []
    if case .array(let entries)? = json["turns"] {
      for (index, entry) in entries.enumerated() {
        let path = root.appending(key: "turns").appending(.index(index))
        guard let input = entry["input"]?.stringValue, let reply = entry["reply"]?.stringValue,
          let turn = entry["turn"]?.integerValue
        else { throw SessionError(path, "a turn needs turn, input and reply") }
        turns.append(Entry(turn: turn, input: input, reply: reply))
      }
    }
    self.init(state: state, turns: turns)
  }

  private static func profile(_ value: JSONValue?, at path: JSONPath) throws(SessionError)
    -> Profile
  {
    guard let value else { throw SessionError(path, "missing profile") }
    do {
      return try Profile(json: value, at: path)
    } catch {
      throw SessionError(error.path, error.message)
    }
  }

  private static func slots(_ value: JSONValue?, at path: JSONPath) throws(SessionError) -> Set<
    Slot
  > {
    guard let value, value != .null else { return [] }
    guard case .array(let elements) = value else {
      throw SessionError(path, "expected a list of slots")
    }
    var result: Set<Slot> = []
    for (index, element) in elements.enumerated() {
      guard let slot = element.stringValue.flatMap(Slot.init(rawValue:)) else {
        throw SessionError(path.appending(.index(index)), "unknown slot")
      }
      result.insert(slot)
    }
    return result
  }

  private static func integer(_ value: JSONValue?, at path: JSONPath) throws(SessionError) -> Int {
    guard let value, value != .null else { return 0 }
    guard let integer = value.integerValue, integer >= 0 else {
      throw SessionError(path, "expected a whole number")
    }
    return integer
  }
}

extension PendingQuestion {
  /// `{"slot", "kind"}` with kinds `standard`, `attempts:EXAM`, `score:EXAM`, `which-exam:SCORE`,
  /// `citizenship`, `prelim`, `connection-kind`, `event-status`, `tie:PLACE`, `pass-mark:SCORE`,
  /// `listed-cutoff:PROGRAMS`, `advocate`, `observed`, `later-attempt:EXAM`,
  /// `add-connection:CONNECTION`.
  package var json: JSONValue {
    let kind: String
    switch self.kind {
    case .standard: kind = "standard"
    case .attempts(let exam): kind = "attempts:\(exam.rawValue)"
    case .score(let exam): kind = "score:\(exam.rawValue)"
    case .whichExam(let score): kind = "which-exam:\(score)"
    case .citizenship: kind = "citizenship"
    case .prelim: kind = "prelim"
    case .connectionKind: kind = "connection-kind"
    case .eventStatus: kind = "event-status"
    case .tie(let place): kind = "tie:\(place)"
    case .advocate: kind = "advocate"
    case .observed: kind = "observed"
    case .passMark(let score): kind = "pass-mark:\(score)"
    case .passedUnderMark(let score): kind = "passed-under-mark:\(score)"
    case .listedCutoff(let programs): kind = "listed-cutoff:\(programs)"
    case .laterAttempt(let exam): kind = "later-attempt:\(exam.rawValue)"
    case .addConnection(let connection, let place):
      kind = "add-connection:\(connection.rawValue)" + (place.map { "@\($0)" } ?? "")
    case .strongEnough: kind = "strong-enough"
    case .offeredHelp: kind = "offered-help"
    case .hookAgain: kind = "hook-again"
    case .feedbackAsHook: kind = "feedback-as-hook"
    case .languageAsHook(let language): kind = "language-as-hook:\(language)"
    }
    return .object(["slot": .string(slot.rawValue), "kind": .string(kind)])
  }

  init(json: JSONValue, at path: JSONPath) throws(SessionError) {
    guard let slot = json["slot"]?.stringValue.flatMap(Slot.init(rawValue:)),
      let kindText = json["kind"]?.stringValue
    else { throw SessionError(path, "pending needs a slot and a kind") }
    let parts = kindText.split(separator: ":", maxSplits: 1).map(String.init)
    let argument = parts.count > 1 ? parts[1] : ""
    let kind: Kind
    switch parts.first ?? "" {
    case "standard": kind = .standard
    case "attempts": kind = .attempts(Exam(rawValue: argument) ?? .step1)
    case "score": kind = .score(Exam(rawValue: argument) ?? .step2ck)
    case "which-exam": kind = .whichExam(score: Int(argument) ?? 0)
    case "citizenship": kind = .citizenship
    case "prelim": kind = .prelim
    case "connection-kind": kind = .connectionKind
    case "event-status": kind = .eventStatus
    case "tie": kind = .tie(argument)
    case "advocate": kind = .advocate
    case "observed": kind = .observed
    case "strong-enough": kind = .strongEnough
    case "offered-help": kind = .offeredHelp
    case "hook-again": kind = .hookAgain
    case "feedback-as-hook": kind = .feedbackAsHook
    case "language-as-hook": kind = .languageAsHook(argument)
    case "pass-mark": kind = .passMark(Int(argument) ?? ScoreThresholds.step2FormerPassMark.value)
    case "listed-cutoff": kind = .listedCutoff(argument)
    case "passed-under-mark":
      guard let score = Int(argument) else {
        throw SessionError(path.appending(key: "kind"), "\"\(argument)\" is not a score")
      }
      kind = .passedUnderMark(score)
    case "later-attempt":
      guard let exam = Exam(rawValue: argument) else {
        throw SessionError(path.appending(key: "kind"), "unknown exam \"\(argument)\"")
      }
      kind = .laterAttempt(exam)
    case "add-connection":
      // "geographic-tie@Columbus": the connection, and the place its question named.
      let parts = argument.split(separator: "@", maxSplits: 1).map(String.init)
      guard let connection = parts.first.flatMap(Connection.init(rawValue:)) else {
        throw SessionError(path.appending(key: "kind"), "unknown connection \"\(argument)\"")
      }
      kind = .addConnection(connection, place: parts.count > 1 ? parts[1] : nil)
    default: throw SessionError(path.appending(key: "kind"), "unknown kind \"\(kindText)\"")
    }
    self.init(slot, kind)
  }
}

extension JSONValue {
  /// A pending question's slot and kind, to order a list of them.
  fileprivate var sortKey: String {
    (self["slot"]?.stringValue ?? "") + " " + (self["kind"]?.stringValue ?? "")
  }
}
