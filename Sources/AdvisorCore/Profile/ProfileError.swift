package import LocatedJSON

/// A profile field that cannot be read: where it is and what is wrong with it.
package struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The field's path (`step1.score`), for finding its line.
  package var path: JSONPath
  /// What is wrong, naming the field, in lower case.
  package var message: String

  package init(_ path: JSONPath, _ message: String) {
    self.path = path
    self.message = message
  }

  package var description: String { message }
}
