/// An error that stops a build: the input or output cannot be trusted.
///
/// Problems with single articles are `Diagnostic`s instead; they are collected and reported together.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    case inputFolder(path: String, reason: String)
    case outputFolder(path: String, reason: String, hint: String)
    case templates(path: String, reason: String)
    case gazetteer(path: String, line: Int?, column: Int?, reason: String)
    case frontMatter(file: String, line: Int, column: Int, reason: String)
    case configuration(path: String, reason: String)
    case diagnostics([Diagnostic])
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case let .inputFolder(path, reason):
            return "\(path): input folder \(reason) (pass the folder of articles with --input)"
        case let .outputFolder(path, reason, hint):
            return "\(path): \(reason) (\(hint))"
        case let .templates(path, reason):
            return "\(path): \(reason)"
        case let .gazetteer(path, line, column, reason):
            return "\(path)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): gazetteer: \(reason)"
        case let .frontMatter(file, line, column, reason):
            return "\(file):\(line):\(column): invalid front matter: \(reason) (front matter is YAML between two '---' lines at the top of the file; check indentation and quotes)"
        case let .configuration(path, reason):
            return "\(path): \(reason)"
        case let .diagnostics(list):
            let errors = list.filter { $0.severity == .error }
            return "\(errors.count) error\(errors.count == 1 ? "" : "s") in the input:\n" + list.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        case let .write(path, reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
