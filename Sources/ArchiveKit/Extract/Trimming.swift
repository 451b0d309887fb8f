/// White-space trimming without bridging to `NSString`, which `trimmingCharacters(in:)` does on
/// Linux: called on every line of every article, the bridge cost about 4% of a clean build.
/// Same sets as Foundation's `.whitespaces` (tab and the space separators) and
/// `.whitespacesAndNewlines` (those plus U+000A–U+000D, U+0085, U+2028 and U+2029).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        trimming(where: Self.isSpace)
    }

    /// The text without leading and trailing white space and line breaks.
    func trimmingWhitespace() -> String {
        trimming { Self.isSpace($0) || Self.isNewline($0) }
    }

    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return String(self) }   // the usual case: nothing to trim
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        return text
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` (spaces, tabs and line breaks), with a fast path for ASCII.
    var isSpaceOrLineBreak: Bool {
        isASCII ? self == " " || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
