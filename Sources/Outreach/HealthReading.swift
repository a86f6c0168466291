/// Health and family-crisis words in a draft, judged in context.
///
/// A term inside a clinical-training phrase ("my ICU rotation", "honors in Surgery", "the
/// cancer center's clinic", "patients with depression") is about the applicant's training, not
/// their health, and is not a finding. One neutral clause about an event that is now resolved
/// ("an acute event that is now fully resolved") is what the article allows; it becomes a
/// warning when it grows past that clause or names the condition. Detail about diagnoses,
/// medication, therapy and symptoms stays an error.
struct HealthReading: Sendable {
  /// What a health or crisis term says.
  enum Kind: Sendable {
    /// Diagnoses, mental health, medication, therapy, symptoms: always too much.
    case detail
    /// A named condition or a death: too much unless resolved, and even then a warning.
    case condition
    /// A neutral word for the event ("a family emergency", "an illness").
    case event
    /// A family member: a finding only beside another term ("my father is a physician" is
    /// no crisis), and then like a condition.
    case person
  }

  /// Mentions that must go.
  private(set) var errors: [(line: Int, words: String)] = []
  /// Mentions allowed by the article only as one neutral, resolved clause, and past that.
  private(set) var warnings: [(line: Int, words: String)] = []

  /// The terms `found` in one sentence's words that are not about training
  /// (``inTrainingContext``); each sentence is searched as it is read
  /// (``DraftText/Sentence/healthTerms``, ``SentenceLists``).
  static func terms(_ found: [PhraseMatch], in words: [DraftWord], text: String) -> [PhraseMatch] {
    found.filter { !inTrainingContext($0, words, text) }
  }

  /// Every health, crisis and family term, for the merged search (``SentenceLists``).
  static var termPhrases: [String] { details + conditions + events + persons }

  /// Reads `sentences`, each with its ``terms(_:in:text:)``: the body's and the other lines of
  /// one draft.
  init(_ sentences: [DraftText.Sentence]) {
    var mentions: [(sentence: Int, matches: [PhraseMatch])] = []
    for (index, sentence) in sentences.enumerated() {
      let matches = sentence.healthTerms
      if matches.contains(where: { Self.kind($0) != .person }) {
        mentions.append((index, matches))
      }
    }
    for (index, matches) in mentions {
      let words = sentences[index].words
      let text = sentences[index].text
      // Once per sentence: a long paste may hold many mentions in one sentence.
      let resolution = Self.resolved.matches(in: words).first
      for match in matches {
        let line = words[match.range.lowerBound].line
        let quoted = match.quoted(from: words, in: text)
        switch Self.kind(match) {
        case .detail:
          errors.append((line, quoted))
        case .condition, .person:
          if let resolution {
            warnings.append(
              (line, "\(quoted) \u{2026} \(resolution.quoted(from: words, in: text))"))
          } else {
            errors.append((line, quoted))
          }
        case .event:
          let clause = words[match.range.upperBound - 1].clause
          let distance = resolution.map { words[$0.range.lowerBound].clause - clause } ?? -1
          if !(0...1).contains(distance) || mentions.count > 1 {
            warnings.append((line, quoted))
          }
        }
      }
    }
  }

  // MARK: - Context

  /// Whether the term names a place or part of clinical training, or patients, rather than
  /// the applicant's own health.
  static func inTrainingContext(_ match: PhraseMatch, _ words: [DraftWord], _ text: String)
    -> Bool
  {
    let start = match.range.lowerBound
    let end = match.range.upperBound
    // "my depression clinic visits": a detail owned by the writer is theirs.
    if kind(match) == .detail, start > 0, words[start - 1].text == "my" { return false }
    // "my father's cancer clinic visits", "my sick mother": about the family, not a clinic.
    let near = words[max(0, start - 3)..<min(end + 2, words.count)]
    if near.contains(where: { family.contains($0.text) }) { return false }
    if start > 0, specialtyModifiers.contains(words[start - 1].text) { return true }
    // "Riverside Surgery", "Mercy ICU": a capitalised name, a program or a hospital; not
    // after a sentence's first word, capitalised anyway ("In ICU for a week").
    if start > 1, words[start].original(in: text).first?.isUppercase == true,
      words[start - 1].original(in: text).first?.isUppercase == true,
      !["i", "my"].contains(words[start - 1].text)
    {
      return true
    }
    // "completed an ICU rotation": a part of training right after the term wins over the verb.
    if end < words.count, words[end].clause == words[end - 1].clause,
      trainingHeads.contains(words[end].text)
    {
      return true
    }
    // "I had chemotherapy visits", "underwent surgery": the writer's own treatment.
    if words[max(0, start - 2)..<start].contains(where: { treatedVerbs.contains($0.text) }) {
      return false
    }
    // Forward: "ICU rotation", "cancer center's clinic", "surgery and medicine clerkships".
    for word in words[end..<min(end + 3, words.count)] {
      if word.clause != words[end - 1].clause || breakers.contains(word.text) { break }
      if heads.contains(word.text) { return true }
    }
    // Backward: "honors in Surgery", "clerkships, including Medicine and Surgery".
    var index = start - 1
    while index >= max(0, start - 5) {
      let word = words[index]
      let later = words[index + 1]
      if word.clause != later.clause
        && !(later.clauseOpener == "," && listOpeners.contains(later.text))
      {
        break
      }
      if heads.contains(word.text) { return true }
      // The "I" of "sub-I" is part of the rotation's name, not the writer.
      let subI = word.text == "i" && index > 0 && words[index - 1].text == "sub"
      if breakers.contains(word.text), !subI { break }
      index -= 1
    }
    return false
  }

  /// Verbs just before a term that make it the writer's own treatment, whatever follows.
  private static let treatedVerbs: Set<String> = [
    "had", "needed", "required", "underwent", "undergoing", "received", "receiving", "started",
    "began", "finished", "completed", "took", "taking",
  ]

  /// Parts of clinical training: after a term, they make it training whatever verb comes
  /// before ("completed an ICU sub-internship").
  private static let trainingHeads: Set<String> = [
    "clerkship", "clerkships", "rotation", "rotations", "internship", "internships", "sub",
    "elective", "electives", "residency", "fellowship", "shelf", "rotation", "block", "service",
    "curriculum", "track",
  ]

  /// Words that make a phrase about training, work or patients: "its ICU curriculum", "worked
  /// in the ICU", "patients through their first chemotherapy visits".
  private static let heads: Set<String> = [
    "clerkship", "clerkships", "rotation", "rotations", "internship", "internships", "sub",
    "elective", "electives", "service", "services", "department", "departments", "dept",
    "clinic", "clinics", "center", "centers", "centre", "centres", "unit", "units", "ward",
    "wards", "team", "teams", "floor", "floors", "residency", "residencies", "fellowship",
    "fellowships", "program", "programs", "programme", "shelf", "shelves", "honors", "honours",
    "honored", "honoring", "block", "course", "rounds", "institute", "lab", "track",
    "attending", "attendings", "residents", "resident", "interns", "intern", "faculty",
    "patients", "patient", "children", "kids", "infants", "newborns", "population",
    "populations", "survivors", "research", "specialty", "applying", "applicant",
    "career", "training", "nurses", "surgeons", "physicians", "outcomes", "screening",
    "prevention", "medicine", "pathway", "project", "group", "society", "club", "interest",
    "curriculum", "curricula", "nurse", "nursing", "visits",
    "appointments", "infusions", "infusion", "suite", "worked", "working", "rotated",
    "rotating", "trained", "served", "volunteered", "volunteering", "shadowed", "shadowing",
    "precepted", "taught", "teaching", "want", "wants", "pursue", "pursuing", "choose",
    "chose", "match", "matching", "cases", "case", "managed", "managing", "treating",
    "prescribed", "prescribing", "administered", "outbreak", "outbreaks", "vaccine", "vaccines",
    "vaccination", "workup", "workups",
  ]

  /// "General Surgery", "Plastic Surgery": a specialty's name; "your ICU", "its surgery
  /// program": the program's, not the writer's.
  private static let specialtyModifiers: Set<String> = [
    "your", "its",
    "general", "plastic", "orthopedic", "orthopaedic", "preliminary", "prelim", "pediatric",
    "cardiothoracic", "vascular", "trauma", "transplant", "colorectal", "thoracic", "cardiac",
    "oral", "neurological", "bariatric", "surgical", "medical", "neonatal", "pediatrics",
  ]

  /// After a comma, the words that continue a list of services ("clerkships, including ...").
  private static let listOpeners: Set<String> = [
    "including", "such", "especially", "notably", "in", "and", "on", "particularly",
  ]

  private static let family: Set<String> = [
    "mother", "father", "mom", "dad", "parent", "parents", "brother", "sister", "grandmother",
    "grandfather", "grandparent", "grandparents", "wife", "husband", "son", "daughter",
    "partner", "aunt", "uncle", "fiance", "fiancee",
  ]

  /// Words that end the phrase a term sits in: time, cause, verbs, persons.
  private static let breakers: Set<String> = family.union([
    "during", "after", "before", "while", "when", "because", "since", "due", "following",
    "until", "was", "were", "had", "has", "have", "is", "am", "are", "be", "been", "i", "me",
    "he", "she", "they", "him", "her", "his", "their", "them", "diagnosed", "treated",
    "underwent", "needed", "required", "suffered", "struggled", "but", "so", "which", "who",
    "that", "then",
  ])

  // MARK: - Terms

  private static func kind(_ match: PhraseMatch) -> Kind {
    kinds[match.phrase] ?? .detail
  }

  /// Whether any word of `text` is, whole, one of the health or crisis terms ("anxious",
  /// "sertraline"), for quoted words that must not be kept. Word by word: a multi-word term or
  /// a stem ("medication*") is left to the health check's own reading.
  static func namesTerm(_ text: String) -> Bool {
    text.lowercased().split { !$0.isLetter }.contains { kinds[String($0)] != nil }
  }

  private static let kinds: [String: Kind] = {
    var kinds: [String: Kind] = [:]
    for term in details { kinds[term.hasSuffix("*") ? String(term.dropLast()) : term] = .detail }
    for term in conditions { kinds[term] = .condition }
    for term in events { kinds[term] = .event }
    for term in persons { kinds[term] = .person }
    return kinds
  }()

  private static let details = [
    "depression", "depressed", "depressive", "anxiety", "panic", "panic attack*", "adhd",
    "diagnosed",
    "diagnosis", "therapy", "therapist", "counseling", "counselling", "medication*",
    "medicated", "antidepressant*", "symptom*", "insomnia", "mental health", "breakdown",
    "burnout", "burned out", "burnt out", "suicidal", "miscarriage", "pregnan*",
    "eating disorder", "chemotherapy", "chemo", "hospitalized", "hospitalised", "sick leave",
    "medical leave", "anxious", "ssri", "ssris", "sertraline", "zoloft", "escitalopram",
    "lexapro", "citalopram", "celexa", "fluoxetine", "prozac", "paroxetine", "paxil",
    "venlafaxine", "effexor", "duloxetine", "cymbalta", "bupropion", "wellbutrin", "adderall",
    "ritalin", "methylphenidate", "vyvanse", "xanax", "alprazolam", "ativan", "lorazepam",
    "klonopin", "clonazepam", "lithium", "seroquel", "quetiapine", "abilify", "aripiprazole",
    "antianxiety", "sleeping pills", "bipolar", "ptsd", "ocd", "meds", "antipsychotic*",
    "ibuprofen", "acetaminophen", "tylenol", "advil", "painkiller*",
    "prednisone", "artemether", "taking pills",
    // Clinical detail of the writer's own illness (tester Hana's pasted draft).
    "x-ray", "x ray", "xray", "chest x-ray", "ct scan", "mri", "oxygen", "consolidation",
    "iv antibiotics", "antibiotic*", "ceftriaxone", "azithromycin", "amoxicillin",
    "doxycycline", "levofloxacin", "vancomycin", "steroids", "inhaler", "nebulizer",
    "blood test*", "lab results", "biopsy", "admitted to the hospital", "discharged",
  ]

  private static let conditions = [
    "cancer", "surgery", "icu", "intensive care", "stroke", "heart attack", "covid",
    "pneumonia", "injury", "injured", "accident", "concussion", "tumor", "leukemia",
    "in the hospital", "in hospital", "sick", "died", "death", "passed away", "funeral",
    "grief", "grieving", "divorce", "malaria", "typhoid", "dengue", "tuberculosis", "flu",
    "influenza", "fever", "infection", "appendicitis", "hepatitis", "mono", "migraine*",
    "bypass", "dialysis", "kidney failure", "renal failure", "heart failure", "cardiac arrest",
    "coma", "intubated", "sepsis", "seizure", "seizures",
  ]

  private static let persons = [
    "grandmother", "grandfather", "my mother", "my father", "my mom", "my dad", "my brother",
    "my sister", "my wife", "my husband", "my parents", "my son", "my daughter",
  ]

  private static let events = [
    "acute event", "personal event", "family emergency", "medical emergency",
    "personal emergency", "health issue", "health issues", "health matter", "health problem",
    "medical issue", "medical matter", "medical problem", "personal crisis", "family crisis",
    "family death", "death in the family", "death in my family", "loss in the family",
    "loss in my family", "family loss", "bereavement", "illness", "family event",
    "acute family event", "personal matter", "family matter", "family situation",
    "personal situation", "health event", "medical event", "personal issue", "family issue",
    "family issues", "personal issues",
  ]

  /// The last word of every term (a wildcard term's stem apart): a text that has none of them
  /// holds no term, so most chat lines are ruled out without reading them as a draft.
  private static let lastWords: (whole: Set<String>, stems: [String]) = {
    var whole: Set<String> = []
    var stems: [String] = []
    for term in details + conditions + events + persons {
      guard let last = term.split(separator: " ").last else { continue }
      if last.hasSuffix("*") {
        stems.append(String(last.dropLast()))
      } else {
        whole.insert(String(last))
      }
    }
    return (whole, stems)
  }()

  /// False when `text` cannot hold a health, crisis or family term: no word of it ends one.
  /// Read on bytes; a text with any non-ASCII byte is left to the full reading.
  static func mayHoldTerms(_ text: String) -> Bool {
    var word: [UInt8] = []
    func ends() -> Bool {
      defer { word.removeAll(keepingCapacity: true) }
      guard !word.isEmpty else { return false }
      // Stems compared on bytes; a string is made only for a word short enough to be whole.
      if stemBytes[Int(word[0])].contains(where: { word.starts(with: $0) }) { return true }
      guard word.count <= longestWholeWord else { return false }
      return lastWords.whole.contains(String(decoding: word, as: UTF8.self))
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        word.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
      case 0x80...: return true
      default: if ends() { return true }
      }
    }
    return ends()
  }

  /// The longest whole last word of a term, in bytes: a longer word ends none but a stem's.
  private static let longestWholeWord = lastWords.whole.map(\.utf8.count).max() ?? 0
  /// The stems, as bytes, under their first byte: a word is compared with the few that start
  /// as it does (every stem per word cost a long line more than the rest of its privacy check).
  private static let stemBytes: [[[UInt8]]] = {
    var table = Array(repeating: [[UInt8]](), count: 256)
    for stem in lastWords.stems where !stem.isEmpty {
      let bytes = Array(stem.utf8)
      table[Int(bytes[0])].append(bytes)
    }
    return table
  }()

  /// Words that say the event is over.
  private static let resolved = PhraseList([
    "resolved", "behind me", "recovered", "no longer", "is over", "now over", "has passed",
    "has since", "in remission", "healed", "since ended", "not ongoing", "long past",
  ])
}
