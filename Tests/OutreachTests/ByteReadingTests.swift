import Outreach
import Testing

/// A line of ASCII is read byte by byte, any other line character by character: the two
/// readings must agree. Each corpus draft is checked as it is (mostly ASCII) and with a
/// no-break space, white space outside ASCII, ending every line, which sends every line down
/// the character path without changing what the checks read.
@Suite("Byte and character readings of a draft agree")
struct ByteReadingTests {
  static let space = "\u{00A0}"

  /// The draft with a no-break space at the end of every line that is not empty.
  static func spaced(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? String($0) : $0 + space }.joined(separator: "\n")
  }

  /// A review without the added spaces, which a quoted slot or a line's text may carry.
  static func unspaced(_ review: DraftReview) -> DraftReview {
    var review = review
    for index in review.findings.indices {
      review.findings[index].words = review.findings[index].words.replacing(space, with: "")
    }
    for index in review.sentences.indices {
      review.sentences[index].text = review.sentences[index].text.replacing(space, with: "")
    }
    return review
  }

  @Test(
    "Each corpus draft gets the same findings and sentences read either way",
    arguments: CorpusDraft.all)
  func sameReview(_ draft: CorpusDraft) {
    let spaced = Self.spaced(draft.text)
    #expect(spaced != draft.text)
    #expect(Self.unspaced(DraftChecker.review(spaced)) == DraftChecker.review(draft.text))
  }

  /// Drafts with what the segmenter weighs at a period: questions, closing quotes and
  /// brackets, list items, abbreviations, initials, grades, decimals, sentences over lines.
  static let edgeDrafts = [
    """
    Subject: Application to Lakeside IM

    Dear Dr. Rivera,

    Why Lakeside? Its clinic (the one in Lowell.) serves refugees! I trained in the U.S. I saw
    its work, e.g. the "Open Door" program." Then I wrote to J. Rivera, who gave me an A. My GPA
    was 3.8, etc. and I failed Step 1 once?! Since then:
    1. I passed Step 2 CK with a 241.
    - I honored Surgery [Program], and [reason.
    2) My Ph.D. work led to a paper. Prof. Chen vouches for me... I am sorry.

    Thank you for your time,
    Sam Rivera
    """,
    "i promise.   I beg you!! (really.) 'Fine.' Dr. Lee? no. ok",
    "Hello,\n\nMy score was low. My evaluations were strong.\nSincerely,\nSam",
  ]

  @Test(
    "Drafts with every kind of period get the same review read either way",
    arguments: edgeDrafts)
  func sameReviewAtPeriods(_ text: String) {
    #expect(Self.unspaced(DraftChecker.review(Self.spaced(text))) == DraftChecker.review(text))
  }

  @Test("A line with a word outside ASCII finds the same phrases as the same line without")
  func phrasesAcrossReadings() {
    let ascii = DraftChecker.check("I am so sorry, Renee, I promise to do better!!")
    let mixed = DraftChecker.check("I am so sorry, Ren\u{E9}e, I promise to do better!!")
    #expect(ascii.count >= 3)
    #expect(ascii.map(\.check) == mixed.map(\.check))
    #expect(ascii.map(\.words) == mixed.map(\.words))
  }

  /// The newline scan and the sentence cutter pass over eight bytes at a time: a newline or a
  /// period at any place in such a block must still be seen.
  @Test(
    "Each kind of newline, and each period, is seen wherever it falls in a line",
    arguments: ["\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
  func newlinesAndPeriodsAnywhere(_ newline: String) {
    for lead in 0..<9 {
      let pad = String(repeating: "a", count: lead)
      let lines = [
        "Subject: \(pad) application", "", "Dear Dr. Rivera,", "",
        "\(pad) I am sorry my score was low. I honored Surgery. I will do better.",
        // Upper case, so that the line starts a sentence.
        "\(pad.uppercased())I rotated at your clinic.", "", "Thank you,", "Sam Rivera",
      ]
      let review = DraftChecker.review(lines.joined(separator: newline))
      #expect(review == DraftChecker.review(lines.joined(separator: "\n")))
      #expect(review.sentences.map(\.line) == [5, 5, 5, 6])
      #expect(review.findings.first { $0.check == "apology" }?.line == 5)
    }
  }
}
