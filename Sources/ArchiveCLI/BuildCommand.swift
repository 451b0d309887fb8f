import ArgumentParser
import ArchiveKit
import Foundation

extension Archive {
    /// `archive build`: the whole pipeline, from articles to site.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site from the articles.",
            discussion: """
            Reads every article, extracts its metadata and entities, and writes the site. Nothing is
            written unless the whole archive loads without errors, so a failed build leaves the
            previous site as it was. Files whose bytes did not change are not rewritten.
            Prints one summary line; warnings go to standard error.
            """
        )

        @OptionGroup var site: SiteOptions

        @Flag(help: "Treat warnings (an article without a date, a skipped file) as errors.")
        var strict = false

        @Flag(help: "Write into a non-empty output folder that archive build did not create.")
        var force = false

        @Option(help: ArgumentHelp("Absolute URL the site is published at; enables sitemap.xml and canonical links. Overrides base_url in archive.yaml.", valueName: "url"))
        var baseURL: String?

        @Option(help: ArgumentHelp("Title of the archive. Overrides title in archive.yaml.", valueName: "text"))
        var title: String?

        @Option(help: ArgumentHelp("Largest article file read, in bytes.", valueName: "bytes"))
        var maxFileSize: Int = SeedReader.defaultSizeLimit

        @Option(help: ArgumentHelp("Folder of the build cache: extracted articles and page keys, so unchanged work is skipped. Safe to delete.", valueName: "dir"))
        var cache: String = ".archive-cache"

        @Flag(help: "Build everything from scratch, without reading or writing the cache.")
        var noCache = false

        @Flag(help: "Print how long each stage took.")
        var timings = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes") }
        }

        func run() throws {
            var options = BuildOptions(input: site.inputURL, output: site.outputURL, templates: site.templatesURL)
            options.strict = strict
            options.force = force
            options.baseURL = baseURL
            options.title = title
            options.sizeLimit = maxFileSize
            options.cache = noCache ? nil : URL(fileURLWithPath: cache)
            options.exitsAfterBuild = true
            let console = Console(quiet: quiet)
            let report = try console.reportingErrors {
                try SiteBuilder(options: options).build(progress: console.progress)
            }
            console.warnings(report.diagnostics)
            if timings {
                console.timings(report.timings)
                print("extractions: \(report.extractions.description)")
            }
            console.summary(report.summary)
        }
    }
}
