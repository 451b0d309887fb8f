import Mustache

/// A view model that hands its fields to Mustache by name from a table of key paths.
///
/// Without it Mustache finds a field with `Mirror`, which demangles type names on every lookup and
/// took about a third of a clean build's CPU time. The table must list every stored property under
/// its own name; `TemplateFieldsTests` compares each table with the type's reflection.
protocol TemplateFields: MustacheParent {
    /// Every stored property, by name.
    static var templateFields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    /// The field called `name`, with an optional unwrapped as reflection would (nil lets Mustache
    /// look further up the context stack).
    public func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else { return nil }
        let value = self[keyPath: path]
        if let optional = value as? any OptionalField { return optional.wrappedField }
        return value
    }
}

/// Lets `child(named:)` unwrap an optional field whatever its wrapped type.
private protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrappedField: Any? { map { $0 as Any } }
}
