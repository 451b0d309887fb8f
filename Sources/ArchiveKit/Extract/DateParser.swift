/// Reads one date expression as scrapers and outlets print them.
///
/// Accepted, with optional weekday, ordinal suffixes, time and zone:
/// `2018-01-10`, `2019-05-06T14:32:00+03:00`, `2018/01/10`, `21.05.2017`, `13-12-2014`,
/// `05 Apr 2017`, `7th July 2016`, `Apr 23 2017`, `January 27, 2020`, `Jan. 27, 2020`.
/// Numeric day–month orders are read day first (the international and Arab press convention),
/// except when only the other order is possible: `12/31/2019` is read month first because 31
/// cannot be a month. Returns `nil` when anything else is left over, so a sentence that merely
/// contains a date is never mistaken for a date line.
public enum DateParser {
    /// Parses `text` when it is a date expression and nothing else.
    public static func parse(_ text: String) -> PublicationDate? {
        var tokens = tokenize(text)
        tokens.removeAll(where: isNoise)
        return interpret(tokens)
    }

    // MARK: - Tokens

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var isDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if isDigits, let n = Int(current) { tokens.append(.number(n, digits: current.count)) }
            else { tokens.append(.word(current.lowercased())) }
            current = ""
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.numericType == .decimal && s.value < 128 {
                if !isDigits { flush(); isDigits = true }
                current.unicodeScalars.append(s)
            } else if s.properties.isAlphabetic {
                if isDigits {
                    // "7th", "2nd": keep the number, drop the suffix below.
                    flush(); isDigits = false
                }
                current.unicodeScalars.append(s)
            } else if s == ":" && isDigits {
                // A time such as 14:32 or 14:32:00: swallow it whole.
                current = ""
                isDigits = false
                var j = i + 1
                while j < scalars.count, (scalars[j].value >= 48 && scalars[j].value <= 57) || scalars[j] == ":" || scalars[j] == "." { j += 1 }
                tokens.append(.word("<time>"))
                i = j
                continue
            } else if (s == "+" || s == "-") && i + 1 < scalars.count && tokens.contains(.word("<time>")) {
                // A zone offset after a time: +03:00, -0500.
                flush(); isDigits = false
                var j = i + 1
                while j < scalars.count, (scalars[j].value >= 48 && scalars[j].value <= 57) || scalars[j] == ":" { j += 1 }
                tokens.append(.word("<zone>"))
                i = j
                continue
            } else {
                flush()
                isDigits = false
            }
            i += 1
        }
        flush()
        // "2019-05-06T14" reads as number, word "t", number: the ISO T separator.
        return tokens.map { $0 == .word("t") ? .word("<sep>") : $0 }
    }

    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]
    static let fillers: Set<String> = ["at", "on", "the", "of", "th", "st", "nd", "rd", "am", "pm", "a", "m", "p", "<time>", "<zone>", "<sep>", "z",
                                       "gmt", "utc", "est", "edt", "cet", "cest", "bst", "eet", "eest", "pst", "pdt", "ast", "msk", "trt", "hrs", "h", "local", "time"]

    static func isNoise(_ token: Token) -> Bool {
        if case .word(let w) = token { return weekdays.contains(w) || fillers.contains(w) }
        return false
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, name) in PublicationDate.monthNames.enumerated() {
            table[name.lowercased()] = i + 1
            table[String(name.lowercased().prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    // MARK: - Interpretation

    static func interpret(_ tokens: [Token]) -> PublicationDate? {
        // A trailing 4-digit number after a full date is a 24-hour time ("Fri 07 Apr 2017 at 0914").
        var tokens = tokens
        if tokens.count == 4, case .number(_, 4) = tokens[2], case .number(let hhmm, 4) = tokens[3], hhmm <= 2359 {
            tokens.removeLast()
        }
        guard tokens.count == 3 else { return nil }
        switch (tokens[0], tokens[1], tokens[2]) {
        case let (.number(y, 4), .number(m, _), .number(d, _)):
            return PublicationDate(year: y, month: m, day: d)
        case let (.number(a, da), .number(b, db), .number(y, 4)) where da <= 2 && db <= 2:
            if a > 12 { return PublicationDate(year: y, month: b, day: a) }
            if b > 12 { return PublicationDate(year: y, month: a, day: b) }
            return PublicationDate(year: y, month: b, day: a)
        case let (.number(d, dd), .word(w), .number(y, 4)) where dd <= 2:
            guard let m = months[w] else { return nil }
            return PublicationDate(year: y, month: m, day: d)
        case let (.word(w), .number(d, dd), .number(y, 4)) where dd <= 2:
            guard let m = months[w] else { return nil }
            return PublicationDate(year: y, month: m, day: d)
        default:
            return nil
        }
    }
}
