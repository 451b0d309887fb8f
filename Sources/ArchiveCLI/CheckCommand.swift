import ArgumentParser
import ArchiveKit
import Foundation

extension Archive {
    /// `archive check`: validate the input and the committed site, for CI.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the articles and the generated site without writing anything.",
            discussion: """
            Reports broken internal links, pages nothing links to, duplicate articles, articles without a
            date or source, files that were skipped, and whether the site in --output is stale (differs from
            what a build would write now). Each finding names its file. Exits 1 when any error is found;
            with --strict, warnings count as errors.
            """
        )

        @OptionGroup var site: SiteOptions

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        func run() throws {
            let console = Console(quiet: false)
            let findings = try console.reportingErrors { () throws -> [Diagnostic] in
                var timings = Timings()
                let builder = SiteBuilder(options: BuildOptions(input: site.inputURL, output: site.outputURL, templates: site.templatesURL))
                let loaded = try builder.load(timings: &timings)
                let files = try SiteBuilder.render(loaded.library, templates: TemplateSet(folder: site.templatesURL))
                return SiteCheck.findings(loaded: loaded, files: files, output: site.outputURL)
            }
            for (i, finding) in findings.enumerated() { print("\(i + 1). \(finding)") }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            print("check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
        }
    }
}
