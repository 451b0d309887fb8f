@testable import ArchiveKit
import Testing

/// Cache keys are hashed part by part; they must stay the digest of the parts joined by U+001F,
/// so caches written before the change stay valid and ("ab", "c") never equals ("a", "bc").
@Suite struct BuildCacheKeyTests {
    @Test func aKeyIsTheDigestOfThePartsJoinedByAUnitSeparator() {
        for parts in [[], [""], ["ab", "c"], ["a", "bc"], ["Maarat al-Numan", "معرة النعمان", "\u{1E}x"]] {
            #expect(BuildCache.key(parts) == ArticleAssembler.sha256(Array(parts.joined(separator: "\u{1F}").utf8)), "\(parts)")
        }
        #expect(BuildCache.key(["ab", "c"]) != BuildCache.key(["a", "bc"]))
    }

    /// The builder hashes its buffer 16 KB at a time; parts that cross that boundary, or are larger
    /// than it, must give the same key as the parts joined.
    @Test func partsAddedOneAtATimeAcrossTheBufferGiveTheSameKey() {
        let long = String(repeating: "Idlib ", count: 5_000)
        let parts = (0..<900).map { "part \($0) of the key" } + [long, "after", long, long, "end"]
        var builder = BuildCache.KeyBuilder()
        for part in parts { builder.add(part) }
        builder.add(42)
        #expect(builder.finish() == ArticleAssembler.sha256(Array((parts + ["42"]).joined(separator: "\u{1F}").utf8)))
    }
}
