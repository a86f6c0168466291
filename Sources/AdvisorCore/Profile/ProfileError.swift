public import LocatedJSON

/// A profile field that cannot be read: where it is and what is wrong with it.
public struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The field's path (`step1.score`), for finding its line.
  public var path: JSONPath
  /// What is wrong, naming the field, in lower case.
  public var message: String

  public init(_ path: JSONPath, _ message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { message }
}
