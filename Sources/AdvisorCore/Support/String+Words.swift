extension String {
  /// The text's words, lower-cased: the runs of letters and digits, as `lowercased()` split on
  /// what is neither a letter nor a number gives them. ASCII, the usual case, is split on bytes,
  /// which is what the Character properties give for it.
  package var lowercasedWords: [String] {
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
      return lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
    var words: [String] = []
    var word: [UInt8] = []
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        word.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        word.append(byte + 0x20)
      default:
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }
}
