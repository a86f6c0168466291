/// The Porter2 stemmer, also called the "English" Snowball stemmer.
///
/// This follows the algorithm published by the Snowball project at
/// <https://snowballstem.org/algorithms/english/stemmer.html> (Martin Porter's revision of his
/// 1980 algorithm), in its current form, `algorithms/english.sbl` of Snowball 3: the special R1
/// prefixes (`gener`, `commun`, `arsen`, `past`, `univers`, `later`, `emerg`, `organ`), Step 0
/// (apostrophe suffixes, folded into Step 1a there), Steps 1a to 5, the exceptional forms
/// (`skis`, `skies`, `idly`, `gently`, `ugly`, `early`, `only`, `singly`, `sky`, `news`, `howe`,
/// `atlas`, `cosmos`, `bias`, `andes`), `dying`/`lying`/`tying` → `die`/`lie`/`tie`, and the
/// words Step 1b leaves alone (`inning`, `outing`, `canning`, `herring`, `earring`, `evening`,
/// `proceed`, `exceed`, `succeed`). The tests check it against the Snowball project's published
/// English vocabulary and stems.
///
/// The stemmer works on lowercase ASCII bytes. It keeps no state, so one value can be shared.
package struct Porter2Stemmer: Sendable {
  /// Creates a stemmer.
  package init() {}

  /// Stems one lowercase word.
  ///
  /// Words with anything other than the lowercase ASCII letters `a`–`z` and the apostrophe are
  /// returned unchanged, and so are words of one or two letters (per the algorithm).
  package func stem(_ word: String) -> String {
    let bytes = Array(word.utf8)
    guard Self.isStemmable(bytes) else { return word }
    return String(decoding: stem(bytes: bytes), as: UTF8.self)
  }

  /// Stems one word given as UTF-8 bytes already lowercased, and returns the stem's bytes.
  ///
  /// This is the hot path used by the analyzer; it has the same rules as ``stem(_:)``.
  package func stem(bytes: [UInt8]) -> [UInt8] {
    guard Self.isStemmable(bytes) else { return bytes }
    if let exception = exceptionalForm(bytes) { return exception }
    if bytes.count < 3 { return bytes }
    var word = Word(bytes)
    word.step1a()
    word.step1b()
    word.step1c()
    word.step2()
    word.step3()
    word.step4()
    word.step5()
    return word.finished()
  }

  /// Whether every byte is a lowercase ASCII letter or an apostrophe.
  private static func isStemmable(_ bytes: [UInt8]) -> Bool {
    for byte in bytes where !(byte >= ASCII.a && byte <= ASCII.z) && byte != ASCII.apostrophe {
      return false
    }
    return true
  }
}

// MARK: - Exceptional forms

/// Whole words with a fixed stem, looked up before any step runs.
private let exceptionalForms: [(word: StaticString, stem: StaticString)] = [
  ("skis", "ski"), ("skies", "sky"),
  ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"),
  ("only", "onli"), ("singly", "singl"),
  ("sky", "sky"), ("news", "news"), ("howe", "howe"),
  ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
]

/// The fixed stem of `bytes` when it is one of the exceptional forms.
private func exceptionalForm(_ bytes: [UInt8]) -> [UInt8]? {
  guard bytes.count >= 3 && bytes.count <= 6 else { return nil }
  for form in exceptionalForms where equals(bytes, form.word) {
    return form.stem.withUTF8Buffer { Array($0) }
  }
  return nil
}

/// Whether `bytes` spells exactly `text`.
private func equals(_ bytes: [UInt8], _ text: StaticString) -> Bool {
  guard bytes.count == text.utf8CodeUnitCount else { return false }
  return text.withUTF8Buffer { buffer in
    for index in 0..<buffer.count where buffer[index] != bytes[index] { return false }
    return true
  }
}

// MARK: - Letters

/// The ASCII codes the algorithm names.
private enum ASCII {
  static let apostrophe = UInt8(ascii: "'")
  static let a = UInt8(ascii: "a")
  static let c = UInt8(ascii: "c")
  static let d = UInt8(ascii: "d")
  static let e = UInt8(ascii: "e")
  static let g = UInt8(ascii: "g")
  static let h = UInt8(ascii: "h")
  static let i = UInt8(ascii: "i")
  static let k = UInt8(ascii: "k")
  static let l = UInt8(ascii: "l")
  static let m = UInt8(ascii: "m")
  static let n = UInt8(ascii: "n")
  static let o = UInt8(ascii: "o")
  static let r = UInt8(ascii: "r")
  static let s = UInt8(ascii: "s")
  static let t = UInt8(ascii: "t")
  static let u = UInt8(ascii: "u")
  static let w = UInt8(ascii: "w")
  static let x = UInt8(ascii: "x")
  static let y = UInt8(ascii: "y")
  static let z = UInt8(ascii: "z")
  /// The marker for a consonant `y` (an initial `y`, or a `y` after a vowel).
  static let upperY = UInt8(ascii: "Y")
}

/// Whether `byte` is one of the vowels `a e i o u y` (a marked `Y` is a consonant).
private func isVowel(_ byte: UInt8) -> Bool {
  switch byte {
  case ASCII.a, ASCII.e, ASCII.i, ASCII.o, ASCII.u, ASCII.y: return true
  default: return false
  }
}

/// Whether `byte` may end a short syllable: a consonant other than `w`, `x` and `Y`.
private func isShortSyllableEnd(_ byte: UInt8) -> Bool {
  !isVowel(byte) && byte != ASCII.w && byte != ASCII.x && byte != ASCII.upperY
}

/// Whether `byte` may precede a deleted `li` in Step 2: one of `c d e g h k m n r t`.
private func isValidLiEnding(_ byte: UInt8) -> Bool {
  switch byte {
  case ASCII.c, ASCII.d, ASCII.e, ASCII.g, ASCII.h, ASCII.k, ASCII.m, ASCII.n, ASCII.r, ASCII.t:
    return true
  default: return false
  }
}

/// Whether `byte` is one of the doubles Step 1b undoubles: `b d f g m n p r t`.
private func isUndoubled(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "b"), ASCII.d, UInt8(ascii: "f"), ASCII.g, ASCII.m, ASCII.n,
    UInt8(ascii: "p"), ASCII.r, ASCII.t:
    return true
  default: return false
  }
}

// MARK: - Suffix tables

/// What a step does with the longest suffix it found.
private enum Action: Sendable {
  /// Replace the suffix with this text (empty: delete it).
  case replace(StaticString)
  /// Delete the suffix only when it lies in R2.
  case deleteInR2
  /// Replace `ogi` with `og` only after an `l`.
  case ogiAfterL
  /// Delete `li` only after a valid `li` ending.
  case liAfterValidEnding
  /// Delete `ion` only after `s` or `t`.
  case ionAfterSOrT
}

/// One suffix of a step and what to do with it.
private struct Rule: Sendable {
  let suffix: StaticString
  let action: Action

  init(_ suffix: StaticString, _ action: Action) {
    self.suffix = suffix
    self.action = action
  }
}

/// A step's suffixes, grouped by last letter and longest first, so that a word is compared only
/// with the suffixes that can end it and the first match is the longest.
private struct SuffixTable: Sendable {
  /// The rules, ordered by last letter, then by decreasing length.
  private let rules: [Rule]
  /// For each byte value `b`, the rules ending in `b` are `rules[starts[b]..<starts[b + 1]]`.
  private let starts: [Int]

  init(_ rules: [Rule]) {
    func lastByte(_ rule: Rule) -> Int {
      rule.suffix.withUTF8Buffer { Int($0[$0.count - 1]) }
    }
    self.rules = rules.sorted { left, right in
      let (leftLast, rightLast) = (lastByte(left), lastByte(right))
      if leftLast != rightLast { return leftLast < rightLast }
      return left.suffix.utf8CodeUnitCount > right.suffix.utf8CodeUnitCount
    }
    var starts = [Int](repeating: 0, count: 257)
    for rule in rules { starts[lastByte(rule) + 1] += 1 }
    for byte in 1...256 { starts[byte] += starts[byte - 1] }
    self.starts = starts
  }

  /// The longest rule whose suffix ends `letters`, if any.
  func longestRule(endingWith letters: [UInt8]) -> Rule? {
    guard let last = letters.last else { return nil }
    for index in starts[Int(last)]..<starts[Int(last) + 1]
    where endsWith(letters, rules[index].suffix, at: letters.count) {
      return rules[index]
    }
    return nil
  }
}

/// Whether `letters[..<end]` ends with `suffix`.
@inline(__always)
private func endsWith(_ letters: [UInt8], _ suffix: StaticString, at end: Int) -> Bool {
  let length = suffix.utf8CodeUnitCount
  guard length <= end else { return false }
  return suffix.withUTF8Buffer { buffer in
    var index = length - 1
    while index >= 0 {
      if buffer[index] != letters[end - length + index] { return false }
      index -= 1
    }
    return true
  }
}

/// The Step 2 suffixes, applied when the longest one found lies in R1.
private let step2Rules = SuffixTable([
  Rule("tional", .replace("tion")), Rule("enci", .replace("ence")),
  Rule("anci", .replace("ance")), Rule("abli", .replace("able")), Rule("entli", .replace("ent")),
  Rule("izer", .replace("ize")), Rule("ization", .replace("ize")),
  Rule("ational", .replace("ate")), Rule("ation", .replace("ate")), Rule("ator", .replace("ate")),
  Rule("alism", .replace("al")), Rule("aliti", .replace("al")), Rule("alli", .replace("al")),
  Rule("fulness", .replace("ful")),
  Rule("ousli", .replace("ous")), Rule("ousness", .replace("ous")),
  Rule("iveness", .replace("ive")), Rule("iviti", .replace("ive")),
  Rule("biliti", .replace("ble")), Rule("bli", .replace("ble")),
  Rule("ogist", .replace("og")), Rule("ogi", .ogiAfterL),
  Rule("fulli", .replace("ful")), Rule("lessli", .replace("less")),
  Rule("li", .liAfterValidEnding),
])

/// The Step 3 suffixes, applied when the longest one found lies in R1.
private let step3Rules = SuffixTable([
  Rule("tional", .replace("tion")), Rule("ational", .replace("ate")),
  Rule("alize", .replace("al")),
  Rule("icate", .replace("ic")), Rule("iciti", .replace("ic")), Rule("ical", .replace("ic")),
  Rule("ful", .replace("")), Rule("ness", .replace("")),
  Rule("ative", .deleteInR2),
])

/// The Step 4 suffixes, deleted when the longest one found lies in R2.
private let step4Rules = SuffixTable([
  Rule("al", .replace("")), Rule("ance", .replace("")), Rule("ence", .replace("")),
  Rule("er", .replace("")), Rule("ic", .replace("")), Rule("able", .replace("")),
  Rule("ible", .replace("")), Rule("ant", .replace("")), Rule("ement", .replace("")),
  Rule("ment", .replace("")), Rule("ent", .replace("")), Rule("ism", .replace("")),
  Rule("ate", .replace("")), Rule("iti", .replace("")), Rule("ous", .replace("")),
  Rule("ive", .replace("")), Rule("ize", .replace("")),
  Rule("ion", .ionAfterSOrT),
])

/// The word start whose end is taken as the start of R1 (as in "generous"), for a first letter:
/// `gener`, `commun`, `arsen`, `past`, `univers`, `later`, `emerg`, `organ`.
private func r1Prefix(startingWith first: UInt8) -> StaticString? {
  switch first {
  case ASCII.g: return "gener"
  case ASCII.c: return "commun"
  case ASCII.a: return "arsen"
  case UInt8(ascii: "p"): return "past"
  case ASCII.u: return "univers"
  case ASCII.l: return "later"
  case ASCII.e: return "emerg"
  case ASCII.o: return "organ"
  default: return nil
  }
}

/// The stems before `eed`/`eedly` that keep the suffix when they are the whole stem.
private let eedKeepers: [StaticString] = ["proc", "exc", "succ"]

/// The stems before `ing` that keep it when they are the whole stem ("inning", "evening").
private let ingKeepers: [StaticString] = ["inn", "out", "cann", "herr", "earr", "even"]

// MARK: - The word being stemmed

/// A word in the middle of stemming: its letters and the starts of its regions R1 and R2.
private struct Word {
  /// The letters; a consonant `y` is held as `Y` until ``finished()``.
  var letters: [UInt8]
  /// Where R1 starts (the word's length when R1 is empty).
  var r1 = 0
  /// Where R2 starts (the word's length when R2 is empty).
  var r2 = 0
  /// Whether some `y` was marked as `Y`.
  var hasMarkedY = false

  /// Takes the word through the prelude (apostrophe, `y` marking) and marks its regions.
  init(_ bytes: [UInt8]) {
    letters = bytes
    if letters.first == ASCII.apostrophe { letters.removeFirst() }
    markConsonantYs()
    markRegions()
  }

  /// The stem, with marked `Y`s back to `y`.
  mutating func finished() -> [UInt8] {
    if hasMarkedY {
      for index in letters.indices where letters[index] == ASCII.upperY {
        letters[index] = ASCII.y
      }
    }
    return letters
  }

  /// Sets an initial `y`, and every `y` after a vowel, to `Y`, from left to right.
  private mutating func markConsonantYs() {
    for index in letters.indices where letters[index] == ASCII.y {
      if index == 0 || isVowel(letters[index - 1]) {
        letters[index] = ASCII.upperY
        hasMarkedY = true
      }
    }
  }

  /// Finds R1 (after the first non-vowel following a vowel, or after a special prefix) and R2
  /// (the same rule applied again from R1).
  private mutating func markRegions() {
    let count = letters.count
    r1 = specialR1Start() ?? regionStart(from: 0)
    r2 = r1 < count ? regionStart(from: r1) : count
  }

  /// The position after the first non-vowel that follows a vowel, from `start` on; the word's
  /// length when there is none.
  private func regionStart(from start: Int) -> Int {
    var index = start
    while index < letters.count && !isVowel(letters[index]) { index += 1 }
    while index < letters.count && isVowel(letters[index]) { index += 1 }
    return index < letters.count ? index + 1 : letters.count
  }

  // MARK: Matching

  /// Whether the letters end with `suffix`.
  private func hasSuffix(_ suffix: StaticString) -> Bool {
    endsWith(letters, suffix, at: letters.count)
  }

  /// Whether the letters before `end` end with `suffix`.
  private func hasSuffix(_ suffix: StaticString, endingAt end: Int) -> Bool {
    endsWith(letters, suffix, at: end)
  }

  /// The end of the special R1 prefix the word starts with, if any.
  private func specialR1Start() -> Int? {
    guard let first = letters.first, let prefix = r1Prefix(startingWith: first) else {
      return nil
    }
    let length = prefix.utf8CodeUnitCount
    guard length <= letters.count else { return nil }
    return prefix.withUTF8Buffer { buffer in
      for index in 1..<length where buffer[index] != letters[index] { return nil }
      return length
    }
  }

  /// Whether the letters before `end` are exactly one of `stems`.
  private func isWholeStem(_ end: Int, among stems: [StaticString]) -> Bool {
    for stem in stems where stem.utf8CodeUnitCount == end && hasSuffix(stem, endingAt: end) {
      return true
    }
    return false
  }

  /// Whether the letters before `end` end in a short syllable: a non-vowel, a vowel and a
  /// non-vowel other than `w`, `x` or `Y`; or a vowel and a non-vowel at the word's start; or
  /// `past`.
  private func endsInShortSyllable(_ end: Int) -> Bool {
    if end >= 3 && isShortSyllableEnd(letters[end - 1]) && isVowel(letters[end - 2])
      && !isVowel(letters[end - 3])
    {
      return true
    }
    if end == 2 && !isVowel(letters[1]) && isVowel(letters[0]) { return true }
    return hasSuffix("past", endingAt: end)
  }

  /// Whether a vowel occurs before `end`.
  private func hasVowel(before end: Int) -> Bool {
    var index = 0
    while index < end {
      if isVowel(letters[index]) { return true }
      index += 1
    }
    return false
  }

  // MARK: Editing

  /// Replaces the last `length` letters with `text`.
  private mutating func replaceSuffix(_ length: Int, with text: StaticString) {
    letters.removeLast(length)
    text.withUTF8Buffer { letters.append(contentsOf: $0) }
  }

  /// Applies the longest-matching rule of `rules` when its suffix starts at or after `region`.
  private mutating func applyLongestRule(_ rules: SuffixTable, inRegionFrom region: Int) {
    guard let rule = rules.longestRule(endingWith: letters) else { return }
    let length = rule.suffix.utf8CodeUnitCount
    let start = letters.count - length
    guard start >= region else { return }
    switch rule.action {
    case .replace(let text):
      replaceSuffix(length, with: text)
    case .deleteInR2:
      if start >= r2 { letters.removeLast(length) }
    case .ogiAfterL:
      if start > 0 && letters[start - 1] == ASCII.l { replaceSuffix(length, with: "og") }
    case .liAfterValidEnding:
      if start > 0 && isValidLiEnding(letters[start - 1]) { letters.removeLast(length) }
    case .ionAfterSOrT:
      if start > 0 && (letters[start - 1] == ASCII.s || letters[start - 1] == ASCII.t) {
        letters.removeLast(length)
      }
    }
  }

  // MARK: Steps

  /// Step 0 and Step 1a: drops `'`, `'s`, `'s'`, then handles `sses`, `ied`, `ies`, `s`.
  mutating func step1a() {
    if letters.last == ASCII.apostrophe {
      letters.removeLast(hasSuffix("'s'") ? 3 : 1)
    } else if hasSuffix("'s") {
      letters.removeLast(2)
    }
    switch letters.last {
    case ASCII.s:
      if hasSuffix("sses") {
        letters.removeLast(2)
      } else if hasSuffix("ies") {
        replaceIedOrIes()
      } else if hasSuffix("us") || hasSuffix("ss") {
        return
      } else if letters.count >= 3 && hasVowel(before: letters.count - 2) {
        // Delete when a vowel occurs before the letter preceding the `s` ("gaps", not "gas").
        letters.removeLast()
      }
    case ASCII.d:
      if hasSuffix("ied") { replaceIedOrIes() }
    default:
      return
    }
  }

  /// `ied` and `ies` become `i` after two or more letters ("cries" → "cri"), else `ie`
  /// ("ties" → "tie").
  private mutating func replaceIedOrIes() {
    replaceSuffix(3, with: letters.count > 4 ? "i" : "ie")
  }

  /// Step 1b: `eed`, `eedly`, `ed`, `edly`, `ing`, `ingly`, with the fixes that follow.
  mutating func step1b() {
    switch letters.last {
    case ASCII.d:
      if hasSuffix("eed") {
        step1bEed(suffixLength: 3)
      } else if hasSuffix("ed") {
        step1bDelete(suffixLength: 2)
      }
    case ASCII.y:
      if hasSuffix("eedly") {
        step1bEed(suffixLength: 5)
      } else if hasSuffix("ingly") {
        step1bDelete(suffixLength: 5)
      } else if hasSuffix("edly") {
        step1bDelete(suffixLength: 4)
      }
    case ASCII.g:
      if hasSuffix("ing") && !step1bKeepsIng() { step1bDelete(suffixLength: 3) }
    default:
      return
    }
  }

  /// `eed` and `eedly` become `ee` in R1, except in "proceed", "exceed" and "succeed".
  private mutating func step1bEed(suffixLength: Int) {
    let start = letters.count - suffixLength
    if isWholeStem(start, among: eedKeepers) { return }
    if start >= r1 { replaceSuffix(suffixLength, with: "ee") }
  }

  /// Handles the `ing` words kept as they are ("inning") or ending in `ie` ("dying" → "die");
  /// returns whether it did.
  private mutating func step1bKeepsIng() -> Bool {
    let start = letters.count - 3
    if start == 2 && letters[1] == ASCII.y && !isVowel(letters[0]) {
      replaceSuffix(4, with: "ie")
      return true
    }
    return isWholeStem(start, among: ingKeepers)
  }

  /// Deletes `ed`, `edly`, `ing` or `ingly` after a vowel, then adds an `e` ("hoped" → "hope",
  /// "luxuriated" → "luxuriate") or undoubles a final consonant ("hopped" → "hop").
  private mutating func step1bDelete(suffixLength: Int) {
    let start = letters.count - suffixLength
    guard hasVowel(before: start) else { return }
    letters.removeLast(suffixLength)
    let count = letters.count
    if hasSuffix("at") || hasSuffix("bl") || hasSuffix("iz") {
      letters.append(ASCII.e)
    } else if count >= 2 && letters[count - 1] == letters[count - 2]
      && isUndoubled(letters[count - 1])
    {
      // "added" keeps "add": no undoubling after a lone initial `a`, `e` or `o`.
      let isLoneInitialAeo =
        count == 3 && (letters[0] == ASCII.a || letters[0] == ASCII.e || letters[0] == ASCII.o)
      if !isLoneInitialAeo { letters.removeLast() }
    } else if count == r1 && endsInShortSyllable(count) {
      letters.append(ASCII.e)
    }
  }

  /// Step 1c: a final `y` or `Y` after a non-vowel that is not the first letter becomes `i`.
  mutating func step1c() {
    let count = letters.count
    guard count >= 3, let last = letters.last, last == ASCII.y || last == ASCII.upperY else {
      return
    }
    if !isVowel(letters[count - 2]) { letters[count - 1] = ASCII.i }
  }

  /// Step 2: the longest of `ational`, `tional`, `enci`, … in R1 gets its replacement.
  mutating func step2() {
    applyLongestRule(step2Rules, inRegionFrom: r1)
  }

  /// Step 3: the longest of `ational`, `tional`, `alize`, … in R1 gets its replacement.
  mutating func step3() {
    applyLongestRule(step3Rules, inRegionFrom: r1)
  }

  /// Step 4: the longest of `al`, `ance`, `ence`, … in R2 is deleted.
  mutating func step4() {
    applyLongestRule(step4Rules, inRegionFrom: r2)
  }

  /// Step 5: a final `e` goes in R2, or in R1 when not after a short syllable; a final `l`
  /// goes in R2 after another `l`.
  mutating func step5() {
    guard let last = letters.last else { return }
    let start = letters.count - 1
    if last == ASCII.e {
      if start >= r2 || (start >= r1 && !endsInShortSyllable(start)) { letters.removeLast() }
    } else if last == ASCII.l {
      if start >= r2 && start > 0 && letters[start - 1] == ASCII.l { letters.removeLast() }
    }
  }
}
