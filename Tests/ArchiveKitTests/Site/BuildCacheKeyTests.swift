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
}
