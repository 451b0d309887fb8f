extension StringProtocol {
    /// The same text as `lowercased()`, built from bytes.
    ///
    /// The standard library appends the lowercase mapping of each scalar as a string of its own,
    /// which made lowercasing lines and words about 4 % of a clean build. Here ASCII letters are
    /// mapped in place and only other scalars look up their mapping (the one `lowercased()` uses).
    func lowercasedFast() -> String {
        let utf8 = self.utf8
        if !utf8.contains(where: { $0 >= 0x80 }) {
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (i, byte) in utf8.enumerated() { buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return utf8.count
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            } else if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
