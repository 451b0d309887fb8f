/// Writes values for the build cache's byte forms: counts as LEB128 numbers, text as its UTF-8
/// length and bytes, a `Double` as its 8 IEEE bytes. Much faster to read back than JSON, and
/// with no field names: reader and writer list the fields in the same order.
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func count(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func strings(_ texts: [String]) {
        count(texts.count)
        for text in texts { string(text) }
    }

    mutating func optionalString(_ text: String?) {
        count(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    mutating func optionalCount(_ value: Int?) {
        count(value.map { $0 + 1 } ?? 0)
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Reads the values `CacheWriter` wrote, in the same order. Nothing read is trusted: bytes that
/// end early or hold invalid UTF-8 throw `Invalid`.
struct CacheReader {
    /// The bytes are not an entry of this layout.
    struct Invalid: Error {}

    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position == bytes.count }

    mutating func expect(_ prefix: [UInt8]) throws {
        guard bytes.count >= prefix.count, bytes[0..<prefix.count].elementsEqual(prefix) else { throw Invalid() }
        position = prefix.count
    }

    mutating func count() throws -> Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 63 else { throw Invalid() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw Invalid() }
        return Int(value)
    }

    mutating func string() throws -> String {
        let length = try count()
        guard length <= bytes.count - position,
              let text = String(validating: bytes[position..<(position + length)], as: UTF8.self) else { throw Invalid() }
        position += length
        return text
    }

    /// The next `length` bytes, unread.
    mutating func slice(_ length: Int) throws -> ArraySlice<UInt8> {
        guard length <= bytes.count - position else { throw Invalid() }
        defer { position += length }
        return bytes[position..<(position + length)]
    }

    /// A text of exactly `length` bytes, without its trailing spaces.
    mutating func fixed(_ length: Int) throws -> String {
        var bytes = try slice(length)
        while bytes.last == 0x20 { bytes.removeLast() }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Invalid() }
        return text
    }

    mutating func strings() throws -> [String] {
        let number = try count()
        guard number <= bytes.count - position else { throw Invalid() }   // each takes a byte at least
        var texts: [String] = []
        texts.reserveCapacity(number)
        for _ in 0..<number { texts.append(try string()) }
        return texts
    }

    mutating func optionalString() throws -> String? {
        try count() == 0 ? nil : try string()
    }

    mutating func optionalCount() throws -> Int? {
        let stored = try count()
        return stored == 0 ? nil : stored - 1
    }

    mutating func double() throws -> Double {
        guard bytes.count - position >= 8 else { throw Invalid() }
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += 8
        return Double(bitPattern: pattern)
    }
}
