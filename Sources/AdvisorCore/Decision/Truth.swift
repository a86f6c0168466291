/// The value of a condition under partial knowledge.
enum Truth: Sendable, Hashable {
  case yes
  case no
  /// Depends on slots not known yet. `assume` is the branch to take meanwhile for slots that
  /// default to "none" (connections, hook, cutoff, hardship); nil for slots the decision cannot
  /// be made without (the exams and the specialty).
  case unknown(slots: SlotSet, assume: Bool?)

  init(_ value: Bool) {
    self = value ? .yes : .no
  }

  /// A circumstantial slot: unknown means "probably not", but the answer could still matter.
  static func circumstantial(_ value: Bool?, _ slot: Slot) -> Truth {
    value.map(Truth.init) ?? .unknown(slots: SlotSet(slot), assume: false)
  }

  /// Essential slots: the decision waits for them.
  static func essential(_ slots: SlotSet) -> Truth {
    .unknown(slots: slots, assume: nil)
  }

  /// An essential slot: the decision waits for it.
  static func essential(_ slot: Slot) -> Truth {
    essential(SlotSet(slot))
  }
}
