import Mustache

/// A view model that hands its fields to Mustache by name from a table of accessors.
///
/// Without it Mustache finds a field with `Mirror`, which demangles type names on every lookup and
/// took about a third of a clean build's CPU time. Each accessor returns its field as `Any?`, so an
/// optional field arrives unwrapped (nil lets Mustache look further up the context stack) without a
/// dynamic cast; key paths cost a generic metadata lookup and a cast on every read (4 % of a clean
/// build's CPU). The table must list every stored property under its own name;
/// `TemplateFieldsTests` compares each table with the type's reflection.
protocol TemplateFields: MustacheParent {
    /// An accessor for every stored property, by name.
    static var templateFields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateFields {
    /// The field called `name`, or nil when there is none or it is an empty optional.
    public func child(named name: String) -> Any? {
        guard let field = Self.templateFields[name] else { return nil }
        return field(self)
    }
}
