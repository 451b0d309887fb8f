import Foundation

/// A string compared and hashed by its UTF-8 bytes, for tables that let one copy of a text stand
/// for another.
///
/// `String` equality follows Unicode canonical equivalence: "é" as one scalar equals "e" followed
/// by a combining accent. A table keyed by `String` would merge the two, and a page would then show
/// bytes its article never had. Comparing bytes is also faster than normalising them.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        ExactText.sameBytes(lhs.text, rhs.text)
    }

    func hash(into hasher: inout Hasher) {
        ExactText.hash(text, into: &hasher)
    }

    static func sameBytes(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        guard first.utf8.count == second.utf8.count else { return false }
        return first.withUTF8 { one in
            second.withUTF8 { two in one.isEmpty || memcmp(one.baseAddress!, two.baseAddress!, one.count) == 0 }
        }
    }

    static func hash(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)   // never in UTF-8: ends the text, so ("ab", "c") and ("a", "bc") differ in a list
    }
}

/// A list of strings compared and hashed by their UTF-8 bytes (see `ExactText`).
struct ExactTextList: Hashable {
    let texts: [String]

    init(_ texts: [String]) {
        self.texts = texts
    }

    static func == (lhs: ExactTextList, rhs: ExactTextList) -> Bool {
        lhs.texts.count == rhs.texts.count && zip(lhs.texts, rhs.texts).allSatisfy { ExactText.sameBytes($0, $1) }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(texts.count)
        for text in texts { ExactText.hash(text, into: &hasher) }
    }
}
