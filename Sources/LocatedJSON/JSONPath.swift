/// One step into a JSON document: an object key or an array index.
package enum JSONPathComponent: Sendable, Hashable, CustomStringConvertible {
  case key(String)
  case index(Int)

  package var description: String {
    switch self {
    case .key(let key): key
    case .index(let index): "[\(index)]"
    }
  }
}

/// A path into a JSON document, rendered as `step1.score` or `connections[1]`.
package struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  package var components: [JSONPathComponent]

  package init(_ components: [JSONPathComponent] = []) {
    self.components = components
  }

  /// The path one step further down.
  package func appending(_ component: JSONPathComponent) -> JSONPath {
    JSONPath(components + [component])
  }

  /// The path one key further down.
  package func appending(key: String) -> JSONPath {
    appending(.key(key))
  }

  /// The path without its last step, or nil at the root.
  package var parent: JSONPath? {
    components.isEmpty ? nil : JSONPath(components.dropLast())
  }

  package var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index: text += component.description
      }
    }
    return text.isEmpty ? "(top level)" : text
  }
}
