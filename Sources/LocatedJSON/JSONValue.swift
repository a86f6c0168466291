/// A JSON value with object members kept in the order they were written.
///
/// The advisor reads profiles, sessions and transcripts into this type, validates them field by
/// field, and writes its own output from it, so key order and `null`s stay exactly as intended.
package enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([Member])

  /// One `"key": value` pair of an object.
  package struct Member: Sendable, Hashable {
    package var key: String
    package var value: JSONValue

    package init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// Builds an object from ordered pairs.
  package static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { Member($0.key, $0.value) })
  }

  /// The value of `key` when this is an object holding it.
  package subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A short name of the value's JSON type, for error messages ("a string", "an array").
  package var typeDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

extension JSONValue {
  /// `.string(value)`, or `.null` when `value` is nil.
  package static func string(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  /// `.number(value)`, or `.null` when `value` is nil.
  package static func integer(_ value: Int?) -> JSONValue {
    value.map { .number(Double($0)) } ?? .null
  }

  /// `.bool(value)`, or `.null` when `value` is nil.
  package static func bool(_ value: Bool?) -> JSONValue {
    value.map(JSONValue.bool) ?? .null
  }

  /// The number as an exact integer, when it is one.
  package var integerValue: Int? {
    guard case .number(let number) = self, number.rounded() == number,
      abs(number) < 9_007_199_254_740_992
    else { return nil }
    return Int(number)
  }

  /// The string, when this is one.
  package var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}
