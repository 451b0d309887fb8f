import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What identifies the running executable in cache keys: a new build of the tool must never reuse
/// results an older one stored.
///
/// Linux linkers stamp an executable with a GNU build ID, a digest of its own contents, in an ELF
/// note near the start of the file. Reading it takes a few hundred bytes, where hashing the 30 MB
/// executable took about 0.06 s of CPU on every build. Without a build ID (another platform, or a
/// linker run with `--build-id=none`) the executable's bytes are hashed as before.
enum ToolIdentity {
    /// Lowercase hex of the build ID, or of the SHA-256 of the executable when it has none.
    static let digest: String = {
        if let id = runningBuildID(), !id.isEmpty { return "build-id:" + ArticleAssembler.hex(id) }
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? Array(ArchiveKitVersion.current.utf8)
        return ArticleAssembler.sha256(bytes)
    }()

    /// The GNU build ID of the running executable, read from the note segments its program headers
    /// list: a few hundred bytes from the start of the file.
    static func runningBuildID() -> [UInt8]? {
        #if os(Linux)
        let file = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        func read(_ count: Int, at offset: Int) -> [UInt8]? {
            guard count >= 0, count <= 1 << 20, offset >= 0 else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { pread(file, $0.baseAddress, count, off_t(offset)) }
            return got == count ? bytes : nil
        }
        // A 64-bit little-endian ELF file: magic, class 2, data 1.
        guard let header = read(64, at: 0), header[0..<6] == [0x7F, 0x45, 0x4C, 0x46, 2, 1] else { return nil }
        func integer(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let tableOffset = integer(header, 32, 8), entrySize = integer(header, 54, 2), entries = integer(header, 56, 2)
        guard entrySize >= 56, let table = read(entrySize * entries, at: tableOffset) else { return nil }
        let noteType = 4
        for entry in 0..<entries where integer(table, entry * entrySize, 4) == noteType {
            let base = entry * entrySize
            guard let notes = read(integer(table, base + 32, 8), at: integer(table, base + 8, 8)) else { continue }
            if let id = notes.withUnsafeBytes(buildID(inNotes:)) { return id }
        }
        return nil
        #else
        return nil
        #endif
    }

    /// The description of the first `NT_GNU_BUILD_ID` note owned by "GNU" in an ELF note segment.
    ///
    /// A note is three 32-bit words (name size, description size, type), then the name and the
    /// description, each padded to four bytes. A segment that ends inside a note yields `nil`.
    static func buildID(inNotes notes: UnsafeRawBufferPointer) -> [UInt8]? {
        let buildIDType: UInt32 = 3
        func word(_ offset: Int) -> Int { Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        func padded(_ size: Int) -> Int { (size + 3) & ~3 }
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = word(offset), descriptionSize = word(offset + 4), type = word(offset + 8)
            let name = offset + 12, description = name + padded(nameSize)
            guard description + descriptionSize <= notes.count else { return nil }
            if type == buildIDType, nameSize == 4, Array(notes[name..<name + 4]) == Array("GNU\0".utf8) {
                return Array(notes[description..<description + descriptionSize])
            }
            offset = description + padded(descriptionSize)
        }
        return nil
    }
}
