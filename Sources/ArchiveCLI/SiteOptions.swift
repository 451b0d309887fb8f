import ArgumentParser
import Foundation

/// Where a command reads articles and templates and writes the site; shared by every command.
struct SiteOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Folder of articles (.txt and .md), plus optional archive.yaml and gazetteer.yaml.", valueName: "dir"))
    var input: String = "seeds"

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder the site is written to. Created if missing; only a folder made by archive build is ever cleaned.", valueName: "dir"))
    var output: String = "site"

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder of Mustache templates, with assets/ (CSS) copied to the site.", valueName: "dir"))
    var templates: String = "Templates"

    var inputURL: URL { URL(fileURLWithPath: input) }
    var outputURL: URL { URL(fileURLWithPath: output) }
    var templatesURL: URL { URL(fileURLWithPath: templates) }
}
