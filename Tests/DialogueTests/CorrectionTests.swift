import AdvisorCore
import Testing

@testable import Dialogue

/// One way of correcting an answer, on one slot: what was said first, the correction, and the
/// value the slot must hold afterwards.
struct CorrectionCase: Sendable, CustomStringConvertible {
  var form: String
  var first: String
  var correction: String
  var check: @Sendable (Profile) -> Bool

  var description: String { "\(form): \"\(first)\" then \"\(correction)\"" }

  /// Every correction form on every slot it applies to.
  static let all: [CorrectionCase] = {
    let ck: @Sendable (Int) -> @Sendable (Profile) -> Bool = { score in
      { $0.step2ck.score == score }
    }
    let specialty: @Sendable (Specialty) -> @Sendable (Profile) -> Bool = { wanted in
      { $0.specialty == wanted }
    }
    let applicant: @Sendable (ApplicantType) -> @Sendable (Profile) -> Bool = { wanted in
      { $0.applicant == wanted }
    }
    return [
      // Step 2 CK score.
      CorrectionCase(
        form: "X, not Y", first: "CK 229", correction: "ck was 239, not 229", check: ck(239)),
      CorrectionCase(
        form: "X not Y", first: "CK 229", correction: "wait sorry, typo, ck was 239 not 229",
        check: ck(239)),
      CorrectionCase(
        form: "not Y but X", first: "CK 229", correction: "not 229 but 239", check: ck(239)),
      CorrectionCase(
        form: "instead of", first: "CK 229", correction: "239 instead of 229", check: ck(239)),
      CorrectionCase(
        form: "actually", first: "CK 229", correction: "actually it was 241", check: ck(241)),
      CorrectionCase(form: "I meant", first: "CK 229", correction: "I meant 231", check: ck(231)),
      CorrectionCase(form: "typo", first: "CK 229", correction: "typo, 232", check: ck(232)),
      CorrectionCase(form: "wait no", first: "CK 229", correction: "wait no, 233", check: ck(233)),
      CorrectionCase(
        form: "scratch that", first: "CK 229", correction: "scratch that, 234 on CK", check: ck(234)
      ),
      CorrectionCase(
        form: "my X was actually", first: "CK 231",
        correction: "sorry, my CK was actually 213, not 231", check: ck(213)),
      CorrectionCase(
        form: "in words", first: "CK 218",
        correction: "ck was actually two hundred twenty one not 218", check: ck(221)),
      // Specialty.
      CorrectionCase(
        form: "X, not Y", first: "applying IM", correction: "peds, not IM",
        check: specialty(.pediatrics)),
      CorrectionCase(
        form: "not Y but X", first: "applying IM", correction: "not IM but psych",
        check: specialty(.psychiatry)),
      CorrectionCase(
        form: "I meant", first: "applying IM", correction: "I meant family medicine",
        check: specialty(.familyMedicine)),
      CorrectionCase(
        form: "actually", first: "applying IM", correction: "actually neurology",
        check: specialty(.neurology)),
      CorrectionCase(
        form: "scratch that", first: "applying IM", correction: "scratch that, pediatrics",
        check: specialty(.pediatrics)),
      CorrectionCase(
        form: "switching", first: "applying IM", correction: "switching from IM to FM",
        check: specialty(.familyMedicine)),
      // Applicant type.
      CorrectionCase(
        form: "actually", first: "US MD", correction: "actually I'm a DO student",
        check: applicant(.usDO)),
      CorrectionCase(
        form: "X, not Y", first: "US MD", correction: "DO, not MD", check: applicant(.usDO)),
      // An event's status, after the question passed.
      CorrectionCase(
        form: "X, not Y", first: "yes, a family emergency, it's over now",
        correction: "the family thing is ongoing, not resolved", check: { $0.hardship == .ongoing }),
      CorrectionCase(
        form: "still", first: "my dad was sick during dedicated, he's better now",
        correction: "actually it's still going on", check: { $0.hardship == .ongoing }),
      // A Step 1 score taken back: by the grading, by name, or by its number.
      CorrectionCase(
        form: "pass/fail", first: "step 1 passed with 230",
        correction: "step 1 was pass/fail, no score", check: { $0.step1.score == nil }),
      CorrectionCase(
        form: "remove", first: "step 1 passed with 230",
        correction: "please remove the step 1 score", check: { $0.step1.score == nil }),
      CorrectionCase(
        form: "never said", first: "step 1 passed with 230",
        correction: "i never said 230 for step 1", check: { $0.step1.score == nil }),
      CorrectionCase(
        form: "remove one", first: "step 1 passed with 230, ck 231",
        correction: "remove the step 1 score, ck stays 231",
        check: { $0.step1.score == nil && $0.step2ck.score == 231 }),
    ]
  }()
}

@Suite("Corrections: every form on every slot")
struct CorrectionTests {
  @Test("The correction replaces the earlier answer", arguments: CorrectionCase.all)
  func corrects(_ testCase: CorrectionCase) {
    var script = Script()
    script.say(testCase.first)
    let turn = script.say(testCase.correction)
    #expect(testCase.check(script.profile), "profile: \(script.profile)")
    #expect(!turn.changes.isEmpty, "the correction is acknowledged as a change")
  }

  @Test("A question never changes the profile, whatever was said before")
  func questionsNeverChangeTheProfile() {
    let questions = [
      "does speaking Hindi count as a hook?", "does speaking hindi count as a hook",
      "can I still match IM with my 215?", "is 250 even considered low?",
      "should I email every program?", "what if I failed CK twice",
      "do programs care about step 1 now that it's pass/fail?",
      "if an interviewer brings up my step score what do i say",
      "tell me how to write the subject line", "would a letter from my chair help me",
      "is a rotation in Boston a connection?", "should I switch to psych?",
    ]
    let openers = ["", "failed step 1 once, passed", "CK 229", "IM", "Boston"]
    for opener in openers {
      for question in questions {
        var script = Script()
        if !opener.isEmpty { script.say(opener) }
        let before = script.profile
        script.say(question)
        #expect(script.profile == before, "\"\(question)\" after \"\(opener)\"")
      }
    }
  }
}

/// One slot's correction fixture: how it is first answered, and the new value in words.
struct SlotCorrection: Sendable {
  var slot: Slot
  var first: [String]
  var new: String
  /// The old value in words, for the "X, not Y" forms; nil where those forms are not how
  /// people correct this slot.
  var old: String?
  var check: @Sendable (Profile) -> Bool
  /// An answer to another question, said in between.
  var between = "no connections"

  static let all: [SlotCorrection] = [
    SlotCorrection(
      slot: .step2ck, first: ["CK 229"], new: "239", old: "229",
      check: { $0.step2ck.score == 239 }),
    SlotCorrection(
      slot: .step1, first: ["my step 1 from 2019 was 221"], new: "225", old: "221",
      check: { $0.step1.score == 225 }),
    SlotCorrection(
      slot: .specialty, first: ["applying IM"], new: "peds", old: "IM",
      check: { $0.specialty == .pediatrics }),
    SlotCorrection(
      slot: .applicant, first: ["US MD"], new: "DO", old: "MD", check: { $0.applicant == .usDO }),
    SlotCorrection(
      slot: .region, first: ["I want to train in Ohio"], new: "Texas", old: "Ohio",
      check: { $0.region == "Texas" }),
    SlotCorrection(
      slot: .connections, first: ["I did a rotation at one of them"], new: "no connections",
      old: nil, check: { $0.connections == [] }, between: "no hook"),
    SlotCorrection(
      slot: .hook, first: ["I speak fluent Spanish and their patients do too"], new: "no hook",
      old: nil, check: { $0.hook == false }),
    SlotCorrection(
      slot: .cutoffUnmet, first: ["one program requires 245 and I have 229"],
      new: "none of my programs has a cutoff I miss", old: nil,
      check: { $0.cutoffUnmet == false }),
    SlotCorrection(
      slot: .hardship, first: ["yes, a family emergency, it's over now"],
      new: "it's still going on", old: nil, check: { $0.hardship == .ongoing }),
  ]
}

/// The usual ways of correcting, as templates over the new and old values.
enum CorrectionForm: String, CaseIterable, Sendable {
  case actually = "actually {new}"
  case meant = "I meant {new}"
  case scratch = "scratch that, {new}"
  case sorry = "sorry, {new}"
  case waitNo = "wait no, {new}"
  case typo = "typo, {new}"
  case notOld = "{new}, not {old}"
  case notButNew = "not {old} but {new}"

  func line(new: String, old: String?) -> String? {
    guard rawValue.contains("{old}") == false || old != nil else { return nil }
    return rawValue.replacing("{new}", with: new).replacing("{old}", with: old ?? "")
  }
}

extension CorrectionTests {
  @Test(
    "Each correction form on each slot, said after the slot's question has passed",
    arguments: CorrectionForm.allCases)
  func formOnEverySlot(_ form: CorrectionForm) {
    for fixture in SlotCorrection.all {
      guard let line = form.line(new: fixture.new, old: fixture.old) else { continue }
      var script = Script()
      for answer in fixture.first { script.say(answer) }
      script.say(fixture.between)  // another answer in between: the question has passed
      script.say(line)
      #expect(fixture.check(script.profile), "\(fixture.slot): \"\(line)\" → \(script.profile)")
    }
  }
}
