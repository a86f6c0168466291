import Testing

@testable import KnowledgeBase

@Suite("The analyzer")
struct AnalyzerTests {
  private let analyzer = Analyzer()

  @Test(
    "Unicode is normalised and case-folded",
    arguments: [
      ("Café", ["cafe"]), ("CAFÉ", ["cafe"]), ("cafe\u{301}", ["cafe"]), ("ｃａｆｅ", ["cafe"]),
      ("Ｓｔｅｐ　２", ["step", "2"]), ("naïve résumé", ["naive", "resume"]), ("ﬁle", ["file"]),
      ("Straße", ["strasse"]), ("3,000+ applications", ["3000", "applications"]),
      ("93.5%", ["93.5"]), ("PD’s email", ["pd", "email"]), ("I'm", ["i"]),
      ("don't", ["don"]), ("60–120", ["60", "120"]),
    ])
  func normalisation(text: String, words: [String]) {
    #expect(TextNormalizer.words(text) == words)
  }

  @Test(
    "Exam names in every usual form become one term",
    arguments: [
      "Step 2 CK", "step 2", "Step2", "2CK", "CK", "step two", "Step II CK", "S2",
      "USMLE Step 2 CK",
    ])
  func stepTwo(form: String) {
    #expect(analyzer.terms(form) == ["step2ck"])
  }

  @Test(
    "Abbreviations and their long forms meet",
    arguments: [
      ("PD", "program director"), ("APD", "program directors"), ("PS", "personal statement"),
      ("MSPE", "dean's letter"), ("LoR", "letters of recommendation"),
      ("USCE", "US clinical experience"),
      ("IMG", "international medical graduate"), ("FMG", "foreign medical graduates"),
      ("sub-I", "acting internship"), ("ERAS", "eras"),
      ("NRMP", "National Resident Matching Program"),
      ("OB/GYN", "obstetrics and gynecology"), ("derm", "Dermatology"),
      ("gen surg", "general surgery"),
      ("peds", "pediatrics"), ("TY", "transitional year"), ("MPH", "master of public health"),
      ("Step 1", "S1"), ("MA", "Massachusetts"), ("MGH", "Boston"),
    ])
  func synonyms(short: String, long: String) {
    #expect(analyzer.terms(short) == analyzer.terms(long))
  }

  @Test("A US-citizen IMG is both a citizen and an IMG")
  func usIMG() {
    #expect(analyzer.terms("US-IMG") == ["citizen", "img"])
    #expect(analyzer.terms("American studying abroad") == ["citizen", "img"])
  }

  @Test("Stop words go; words that matter here stay")
  func stopWords() {
    #expect(analyzer.terms("should I do it") == [])
    #expect(analyzer.terms("after the interview") == ["after", "interview"])
    #expect(analyzer.terms("below the cutoff") == ["below", "cutoff"])
  }

  @Test("Words are stemmed with Porter2; numbers are kept")
  func stemming() {
    #expect(analyzer.terms("interviews interviewing") == ["interview", "interview"])
    #expect(analyzer.terms("238 programs") == ["238", "program"])
  }

  @Test("IM the specialty is not \"I'm\"")
  func internalMedicineIsNotIAm() {
    #expect(analyzer.terms("I'm applying IM") == ["appli", "internal-medicine"])
  }
}

@Suite("Typo tolerance")
struct TypoToleranceTests {
  private let knowledgeBase = BuiltIn.knowledgeBase

  @Test(
    "One-letter typos in longer words are corrected",
    arguments: [
      ("personal statment", "statment", "statement"), ("intervew advice", "intervew", "interview"),
      ("residncy programs", "residncy", "residency"),
      ("obervership", "obervership", "observership"),
    ])
  func corrected(query: String, typed: String, corrected: String) {
    let response = knowledgeBase.search(query)
    #expect(response.corrections.contains { $0.typed == typed && $0.corrected == corrected })
  }

  @Test("Short words and known words are left alone")
  func notCorrected() {
    #expect(knowledgeBase.search("cab fee").corrections.isEmpty)
    #expect(knowledgeBase.search("interview email").corrections.isEmpty)
  }
}
