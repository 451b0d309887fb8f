import Foundation

/// Regular-expression helpers that compile each pattern once per process.
///
/// `String.range(of:options: .regularExpression)` compiles its pattern with ICU on every call, which
/// cost about 8% of a clean build when the line classifiers ran it on every line. These helpers
/// keep the same ICU semantics and cache the compiled `NSRegularExpression` by pattern.
extension StringProtocol {
    /// The range of the first match of `pattern` in this text (indices valid in `self`, also for a
    /// substring), or nil.
    func range(ofPattern pattern: String, caseInsensitive: Bool = false) -> Range<String.Index>? {
        let text = String(self)
        let regex = PatternCache.shared.regex(pattern, caseInsensitive: caseInsensitive)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let found = Range(match.range, in: text) else { return nil }
        let start = utf8.index(startIndex, offsetBy: text.utf8.distance(from: text.startIndex, to: found.lowerBound))
        return start..<utf8.index(start, offsetBy: text.utf8.distance(from: found.lowerBound, to: found.upperBound))
    }

    /// Whether `pattern` matches somewhere in the text.
    func matches(pattern: String, caseInsensitive: Bool = false) -> Bool {
        range(ofPattern: pattern, caseInsensitive: caseInsensitive) != nil
    }

    /// The text with every match of `pattern` replaced by `template` (`$1` refers to a group).
    func replacing(pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        let text = String(self)
        let regex = PatternCache.shared.regex(pattern, caseInsensitive: caseInsensitive)
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

/// Compiled patterns by source text, shared by all threads. Patterns are string literals in this
/// module, so a pattern that does not compile is a programming error.
private final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression {
        let key = caseInsensitive ? "i:" + pattern : "c:" + pattern
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[key] { return regex }
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid regular expression \(pattern): \(error)")
        }
        compiled[key] = regex
        return regex
    }
}
