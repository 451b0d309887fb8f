import ArgumentParser
import ArchiveKit

/// The `archive` command: turns collected news articles into a cross-linked static site.
@main
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Turn collected news articles into a browsable, citable, cross-linked static site.",
        discussion: """
        Articles are plain-text files (.txt) as they were collected, or curated Markdown files (.md)
        with YAML front matter. `archive build` reads them from --input, extracts title, date,
        source, actors and places, and writes a static site to --output that works from any
        folder of any host and from file://.
        """,
        version: ArchiveKitVersion.current,
        subcommands: [Build.self, Inspect.self, Check.self, Diff.self, Entities.self]
    )
}
