import ArgumentParser
import ArchiveKit
import Foundation

extension Archive {
    /// `archive inspect`: what ingest makes of single files, before they go into the archive.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what would be extracted from article files, without building.",
            discussion: "Prints title, date and how it was found, source, byline, actors, places, removed boilerplate and warnings for each file."
        )

        @Argument(help: ArgumentHelp("Article files to inspect.", valueName: "file"))
        var files: [String]

        @Option(name: .shortAndLong, help: ArgumentHelp("Folder whose gazetteer.yaml extends the built-in gazetteer.", valueName: "dir"))
        var input: String = "seeds"

        func run() throws {
            let console = Console(quiet: false)
            let gazetteer = try console.reportingErrors { try GazetteerLoader.forArchive(inputFolder: URL(fileURLWithPath: input)).gazetteer }
            let assembler = ArticleAssembler(gazetteer: gazetteer)
            var failed = false
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else {
                    Console.standardError("error: \(path): cannot be read")
                    failed = true
                    continue
                }
                let format: RawArticle.Format = ["md", "markdown"].contains((path as NSString).pathExtension.lowercased()) ? .markdown : .text
                do {
                    let raw = try RawArticle(file: path, format: format, bytes: [UInt8](data))
                    let (article, diagnostics) = try assembler.assemble(raw)
                    print(InspectReport.text(for: article, diagnostics: diagnostics))
                } catch let error as ArchiveError {
                    Console.standardError("error: \(error)")
                    failed = true
                } catch {
                    Console.standardError("error: \(path): binary content, not an article")
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}

/// The human-readable report of `archive inspect` for one article.
enum InspectReport {
    static func text(for article: Article, diagnostics: [Diagnostic]) -> String {
        let m = article.metadata
        var lines = ["== \(article.file)"]
        lines.append("title:    \(m.title)\(m.titleDerived ? "   (derived from the first sentence)" : "")")
        lines.append("date:     \(m.date?.iso ?? "none")\(m.dateSource.map { "   (\($0))" } ?? "")")
        lines.append("source:   \(m.source ?? "none")\(m.sourceEvidence.map { "   (\($0))" } ?? "")")
        lines.append("byline:   \(m.byline ?? "none")")
        if !m.keywords.isEmpty { lines.append("keywords: \(m.keywords.joined(separator: ", "))") }
        if let caption = m.caption { lines.append("caption:  \(caption)") }
        if let credit = m.credit { lines.append("credit:   \(credit)") }
        lines.append("actors:   \(article.actors.map { "\($0.entity.name) ×\($0.count)" }.joined(separator: ", "))")
        lines.append("places:   \(article.places.map { "\($0.entity.name) ×\($0.count)" }.joined(separator: ", "))")
        lines.append("slug:     \(article.slug)")
        lines.append("sha256:   \(article.sha256)")
        for note in article.cleaning { lines.append("cleaned:  \(note)") }
        for diagnostic in diagnostics { lines.append("warning:  \(diagnostic.message)\(diagnostic.hint.map { " (\($0))" } ?? "")") }
        return lines.joined(separator: "\n")
    }
}
