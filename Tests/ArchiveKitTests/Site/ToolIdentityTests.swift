@testable import ArchiveKit
import Testing

/// The tool's identity in cache keys comes from the GNU build ID note when the executable has one.
@Suite struct ToolIdentityTests {
    /// One ELF note: three little-endian words, then the name and the description padded to four bytes.
    func note(name: String, type: UInt32, description: [UInt8]) -> [UInt8] {
        func word(_ value: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(value).littleEndian, Array.init) }
        func padded(_ bytes: [UInt8]) -> [UInt8] { bytes + [UInt8](repeating: 0, count: (4 - bytes.count % 4) % 4) }
        let nameBytes = Array(name.utf8) + [0]
        return word(nameBytes.count) + word(description.count) + word(Int(type)) + padded(nameBytes) + padded(description)
    }

    @Test func findsTheBuildIDAmongOtherNotes() {
        let id: [UInt8] = Array(1...20)
        let segment = note(name: "GNU", type: 1, description: [0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0])   // ABI tag
            + note(name: "Go", type: 3, description: [9, 9, 9])                                                   // another owner's type 3
            + note(name: "GNU", type: 3, description: id)
        #expect(segment.withUnsafeBytes(ToolIdentity.buildID(inNotes:)) == id)
    }

    @Test func aSegmentWithoutABuildIDOrCutShortHasNone() {
        let abiTag = note(name: "GNU", type: 1, description: [0, 0, 0, 0, 3, 0, 0, 0])
        #expect(abiTag.withUnsafeBytes(ToolIdentity.buildID(inNotes:)) == nil)
        let cut = Array(note(name: "GNU", type: 3, description: Array(1...20)).dropLast(4))
        #expect(cut.withUnsafeBytes(ToolIdentity.buildID(inNotes:)) == nil)
        #expect([UInt8]().withUnsafeBytes(ToolIdentity.buildID(inNotes:)) == nil)
    }

    #if os(Linux)
    /// Swift's linker on Linux stamps a build ID, so builds take the fast path, not a hash of the executable.
    @Test func theRunningExecutableHasABuildID() throws {
        let id = try #require(ToolIdentity.runningBuildID())
        #expect(id.count >= 16)
        #expect(ToolIdentity.digest == "build-id:" + ArticleAssembler.hex(id))
    }
    #endif
}
