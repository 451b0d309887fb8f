/// A problem found in the input, reported to the user as `path:line:column: severity: message`.
///
/// Stages collect diagnostics instead of stopping at the first one, so a curator sees every
/// problem of a batch in one run. Warnings never stop a build unless `--strict` is given.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// File name relative to the input folder (or a template or gazetteer path).
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// What the user can do about it, when there is something to do.
    public var hint: String?

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: warning: message (hint)`, the format compilers use, so editors can jump to it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line, line > 0, let column { location += ":\(column)" }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
