@testable import ArchiveKit
import Foundation

/// A whole site built from an inline map of input files (Hugo's txtar idea): the input, the
/// build and the assertions fit on one screen.
struct TestSite: Sendable {
    let folder: TemporaryDirectory
    let input: URL
    let output: URL
    let report: BuildReport

    /// Builds `files` (name → text) with the repository's templates and the built-in gazetteer.
    init(_ files: [String: String], configure: (inout BuildOptions) -> Void = { _ in }) throws {
        folder = try TemporaryDirectory()
        input = try folder.write(files, in: "seeds")
        output = folder.url.appendingPathComponent("site")
        var options = BuildOptions(input: input, output: output, templates: TestPaths.templates)
        configure(&options)
        report = try SiteBuilder(options: options).build()
    }

    /// Builds a copy of an existing folder of articles.
    init(copying seeds: URL) throws {
        folder = try TemporaryDirectory()
        input = folder.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: seeds, to: input)
        output = folder.url.appendingPathComponent("site")
        report = try SiteBuilder(options: BuildOptions(input: input, output: output, templates: TestPaths.templates)).build()
    }

    /// The text of a generated file, or "" when it does not exist.
    func text(_ path: String) -> String {
        FileManager.default.contents(atPath: output.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// The decoded `data/*.json` file.
    func json(_ name: String) throws -> [[String: Any]] {
        let data = FileManager.default.contents(atPath: output.appendingPathComponent("data/\(name).json").path) ?? Data("[]".utf8)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }
}
