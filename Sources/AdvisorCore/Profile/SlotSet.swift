/// A set of slots held in one word: what a condition still waits on, without an allocation.
///
/// A condition is answered many times per piece of advice (once for every answer probed), and
/// what it waits on is one or two slots; a bit per slot keeps ``Truth`` a plain value.
struct SlotSet: Sendable, Hashable {
  private var bits: UInt16 = 0

  /// The empty set.
  init() {}

  /// The set holding `slot` alone.
  init(_ slot: Slot) {
    insert(slot)
  }

  var isEmpty: Bool { bits == 0 }

  func contains(_ slot: Slot) -> Bool { bits & slot.bit != 0 }

  mutating func insert(_ slot: Slot) {
    bits |= slot.bit
  }

  /// The slots of the set in contract order, the order ``Slot/allCases`` lists them.
  var ordered: [Slot] { Slot.allCases.filter(contains) }
}

extension Slot {
  /// The slot's bit in a ``SlotSet``, by its place in the contract.
  fileprivate var bit: UInt16 {
    switch self {
    case .step1: 1 << 0
    case .step2ck: 1 << 1
    case .specialty: 1 << 2
    case .applicant: 1 << 3
    case .region: 1 << 4
    case .connections: 1 << 5
    case .hook: 1 << 6
    case .cutoffUnmet: 1 << 7
    case .hardship: 1 << 8
    case .clinicalEvidence: 1 << 9
    }
  }
}
