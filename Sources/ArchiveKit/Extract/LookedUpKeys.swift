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
    /// Sorted, without repeats.
    private(set) var hashes: [UInt32]

    /// No key.
    public init() {
        hashes = []
    }

    /// The hashes of these keys.
    init(hashes: some Sequence<UInt32>) {
        var sorted = Array(hashes)
        sorted.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(sorted.count)
        for hash in sorted where unique.last != hash { unique.append(hash) }
        self.hashes = unique
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

    /// `true` when every one of the hashed keys may have been looked up; `false` when one surely was not.
    public func mayContainAll(_ keys: [UInt32]) -> Bool {
        keys.allSatisfy(contains)
    }

    private func contains(_ hash: UInt32) -> Bool {
        var low = 0, high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == hash
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
