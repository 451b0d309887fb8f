import ArgumentParser
import ArchiveKit
import Foundation

extension Archive {
    /// `archive diff`: what a rebuild would change for readers, without writing.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what rebuilding would change in the site, without writing anything.",
            discussion: """
            Builds the site in memory and compares it with the site in --output (default), another folder,
            or the site as committed at a git revision (--against HEAD, --against main~3). Lists pages
            added, removed and changed by kind, the metadata delta of every changed article, and the articles
            each actor and place page gains or loses. Exit status: 0 no change, 1 changes, 2 error (like diff).
            """
        )

        @OptionGroup var site: SiteOptions

        @Option(help: ArgumentHelp("A site folder, or a git revision whose committed --output folder is compared. Default: the --output folder.", valueName: "dir|rev"))
        var against: String?

        @Option(help: ArgumentHelp("text, or markdown for a pull request description.", valueName: "format"))
        var format: SiteDiff.Format = .text

        func run() throws {
            let diff: SiteDiff
            do {
                var timings = Timings()
                let builder = SiteBuilder(options: BuildOptions(input: site.inputURL, output: site.outputURL, templates: site.templatesURL))
                let loaded = try builder.load(timings: &timings)
                let files = try SiteBuilder.render(loaded.library, templates: TemplateSet(folder: site.templatesURL))
                diff = SiteDiff(old: try oldSite(), new: files)
            } catch let error as ArchiveError {
                Console.standardError("error: \(error)")
                throw ExitCode(2)
            }
            print(diff.report(format), terminator: "")
            if !diff.isEmpty { throw ExitCode(1) }
        }

        /// The site to compare with: a folder if `--against` names one, else a git revision.
        func oldSite() throws -> [String: [UInt8]] {
            guard let against else { return SiteSnapshot.read(folder: site.outputURL) }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: against, isDirectory: &isDirectory), isDirectory.boolValue {
                return SiteSnapshot.read(folder: URL(fileURLWithPath: against))
            }
            return try SiteSnapshot.read(folder: site.outputURL.standardizedFileURL, atRevision: against)
        }
    }
}

extension SiteDiff.Format: ExpressibleByArgument {}
