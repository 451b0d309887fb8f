/// The text `archive entities --score` prints: the numbers, then what went wrong in each article.
public enum EntityScoreReport {
    /// The whole report; `verbose` adds the articles that had nothing wrong.
    public static func text(_ score: EntityScorer.Score, articles count: Int, verbose: Bool = false) -> String {
        var lines = ["Entity extraction on \(count) labelled article\(count == 1 ? "" : "s")", ""]
        lines.append(row("", "precision", "recall", "F1", "labelled", "found"))
        for (name, counts) in [("actors", score.actors), ("places", score.places), ("all", score.overall)] {
            lines.append(row(name, percent(counts.precision), percent(counts.recall), percent(counts.f1),
                             "\(counts.truePositives + counts.falseNegatives)", "\(counts.truePositives + counts.falsePositives)"))
        }
        lines.append("")
        lines.append("primary place in the right governorate:  \(percent(score.primaryAccuracy))  (\(score.primaryHits)/\(score.primaryTotal))")
        lines.append("governorate among the places:            \(percent(score.governorateCoverage))  (\(score.governorateHits)/\(score.governorateTotal))")
        lines.append("labelled actors found:                   \(percent(score.actors.recall))  (\(score.actors.truePositives)/\(score.actors.truePositives + score.actors.falseNegatives))")
        let imperfect = score.articles.filter { !$0.isPerfect }
        lines.append("")
        lines.append("\(score.articles.count - imperfect.count) of \(score.articles.count) articles without any error")
        for article in score.articles where verbose || !article.isPerfect {
            lines.append("")
            lines.append("== \(article.file)")
            if !article.primaryInRightGovernorate {
                lines.append("  primary:  \(article.extractedPrimary ?? "none") (labelled \(article.expectedPrimary))")
            }
            if !article.uncoveredGovernorates.isEmpty { lines.append("  no place in: \(article.uncoveredGovernorates.joined(separator: ", "))") }
            if !article.missingActors.isEmpty { lines.append("  missed actors:  \(article.missingActors.joined(separator: ", "))") }
            if !article.extraActors.isEmpty { lines.append("  extra actors:   \(article.extraActors.joined(separator: ", "))") }
            if !article.missingPlaces.isEmpty { lines.append("  missed places:  \(article.missingPlaces.joined(separator: ", "))") }
            if !article.extraPlaces.isEmpty { lines.append("  extra places:   \(article.extraPlaces.joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n")
    }

    /// "93.4%".
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private static func row(_ cells: String...) -> String {
        zip(cells, [8, 11, 9, 9, 10, 7]).map { cell, width in
            cell.count >= width ? cell + " " : String(repeating: " ", count: width - cell.count) + cell
        }.joined()
    }
}
