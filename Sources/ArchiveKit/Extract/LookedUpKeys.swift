/// The folded word keys (`Word.key`) an article's extraction looked up in the gazetteer, each
/// kept as a 32-bit hash, sorted.
///
/// Extraction reads the gazetteer's names only through `EntityIndex.matches(in:)` and
/// `SourceNames` (see `KeyRecorder`), and both see nothing but the words they are given. So a
/// gazetteer spelling can change an article's extraction only if every word of it was looked up;
/// `GazetteerChange` uses that to keep the extractions of articles a gazetteer edit cannot touch.
/// Two keys can share a hash (about one pair in 10 million for an article of 1,000 different
/// words): then an article is extracted again for nothing, never kept wrongly.
///
/// (A Bloom filter of 1 KB was tried first: an edit of a governorate, whose hundreds of places each
/// add a spelling to check, re-extracted nearly every article through its false positives.)
public struct LookedUpKeys: Sendable, Equatable {
    /// The hashes, sorted, without repeats, 4 little-endian bytes each: read from a cache entry
    /// as they are, without decoding (only a rebuild after a gazetteer edit looks at them).
    let bytes: ArraySlice<UInt8>

    /// No key.
    public init() {
        bytes = []
    }

    /// The hashes of these keys.
    init(hashes: some Sequence<UInt32>) {
        var sorted = Array(hashes)
        sorted.sort()
        var out: [UInt8] = []
        out.reserveCapacity(sorted.count * 4)
        var last: UInt32?
        for hash in sorted where hash != last {
            withUnsafeBytes(of: hash.littleEndian) { out.append(contentsOf: $0) }
            last = hash
        }
        bytes = out[...]
    }

    /// Hashes as `bytes` holds them, or `nil` when the count of bytes cannot be that.
    init?(bytes: ArraySlice<UInt8>) {
        guard bytes.count % 4 == 0 else { return nil }
        self.bytes = bytes
    }

    /// The number of hashes.
    var count: Int { bytes.count / 4 }

    /// The hash at `index`.
    func hash(at index: Int) -> UInt32 {
        let i = bytes.startIndex + index * 4
        return UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }

    /// A stable hash of a key: 64-bit FNV-1a folded to 32 bits, the same in every process
    /// (the cache outlives it), unlike `Hasher`.
    public static func hash(_ key: String) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// `true` when every one of the hashed keys may have been looked up; `false` when one surely
    /// was not. Hashes out of order (a damaged entry) may hold anything: `true`.
    public func mayContainAll(_ keys: [UInt32]) -> Bool {
        guard isInOrder else { return true }
        return keys.allSatisfy(contains)
    }

    private var isInOrder: Bool {
        count < 2 || (1..<count).allSatisfy { hash(at: $0 - 1) < hash(at: $0) }
    }

    private func contains(_ hash: UInt32) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self.hash(at: middle) < hash { low = middle + 1 } else { high = middle }
        }
        return low < count && self.hash(at: low) == hash
    }
}

/// Collects the keys an extraction looks up, for the extraction running on the current thread.
///
/// `EntityIndex.matches(in:)`, `SourceNames` and the headline's title-casing report every word
/// they are given; outside `recording(_:)` they report to nobody, at the cost of one task-local read.
public final class KeyRecorder: @unchecked Sendable {
    @TaskLocal static var current: KeyRecorder?

    private var hashes: [UInt32] = []

    /// Runs `work` (one article's extraction, on this thread) and returns what it looked up.
    static func recording<T>(_ work: () throws -> T) rethrows -> (T, LookedUpKeys) {
        let recorder = KeyRecorder()
        let result = try $current.withValue(recorder) { try work() }
        return (result, LookedUpKeys(hashes: recorder.hashes))
    }

    /// Reports the keys of words about to be looked up.
    static func record(_ words: [Word]) {
        guard let recorder = current else { return }
        for word in words { recorder.hashes.append(LookedUpKeys.hash(word.key)) }
    }

    /// Reports the words of a text about to be looked up.
    static func record(text: some StringProtocol) {
        guard current != nil else { return }
        record(WordTokenizer.words(String(text)))
    }
}
