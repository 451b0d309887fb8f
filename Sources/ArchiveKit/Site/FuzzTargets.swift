/// Entry points for fuzzing: each runs one stage on arbitrary bytes and must never crash or hang.
///
/// Used by the `FuzzIngest` libFuzzer target (see `fuzz/README.md`) and by the tests that
/// replay the saved crash and corpus inputs.
public enum FuzzTargets {
    static let assembler: ArticleAssembler = {
        ArticleAssembler(gazetteer: (try? GazetteerLoader.builtIn()) ?? Gazetteer())
    }()

    /// Decodes `bytes`, reads them as a raw article and as a curated Markdown article, and
    /// renders the result; errors are expected, crashes are bugs.
    public static func ingest(_ bytes: [UInt8]) {
        for format in [RawArticle.Format.text, .markdown] {
            guard let raw = try? RawArticle(file: "fuzz.\(format == .text ? "txt" : "md")", format: format, bytes: bytes) else { return }
            guard let (article, _) = try? assembler.assemble(raw) else { continue }
            _ = CMark.html(from: article.body)
            _ = FrontMatter.markdownPage(for: article)
            _ = Slug(article.metadata.title)
        }
    }

    /// Parses `bytes` as a gazetteer; errors are expected, crashes are bugs.
    public static func gazetteer(_ bytes: [UInt8]) {
        _ = try? GazetteerLoader.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml")
    }
}
