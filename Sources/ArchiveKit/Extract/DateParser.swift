/// Reads one date expression as scrapers and outlets print them.
///
/// Accepted, with optional weekday, ordinal suffixes, time and zone:
/// `2018-01-10`, `2019-05-06T14:32:00+03:00`, `2018/01/10`, `21.05.2017`, `13-12-2014`,
/// `05 Apr 2017`, `7th July 2016`, `Apr 23 2017`, `January 27, 2020`, `Jan. 27, 2020`.
/// Numeric day–month orders are read day first (the international and Arab press convention),
/// except when only the other order is possible: `12/31/2019` is read month first because 31
/// cannot be a month. Times in any common print form are skipped: `14:32`, `2:30 p.m. EST`,
/// `16.22 BST`, `1241 GMT (2041 HKT)`. Returns `nil` when anything else is left over, so a
/// sentence that merely contains a date is never mistaken for a date line.
public enum DateParser {
    /// Parses `text` when it is a date expression and nothing else.
    public static func parse(_ text: String) -> PublicationDate? {
        interpret(significantTokens(text))
    }

    /// The date at the start of `text`, ignoring what follows it: for the value of a labelled
    /// line such as "Published time: 6 Feb, 2020 14:30 Edited time: 7 Feb, 2020 09:12".
    /// Only for text already known to hold a date (after a label); prose must use `parse`.
    public static func parseLeading(_ text: String) -> PublicationDate? {
        let words = text.split(whereSeparator: { $0 == " " })
        for count in stride(from: min(words.count, 12), through: 1, by: -1) {
            if let date = parse(words.prefix(count).joined(separator: " ")) { return date }
        }
        return nil
    }

    /// `true` for a time with nothing else: "12:41 GMT", "2:30 p.m.", "1241 GMT".
    public static func isTimeOnly(_ text: String) -> Bool {
        let raw = tokenize(text)
        let marked = markTimes(raw)
        guard marked.contains(.word("<time>")) else { return false }
        return marked.allSatisfy(isNoise)
    }

    /// `true` for a day and month without a year ("28 JAN, 14:05", "January 28"): a date that
    /// cannot be completed without inventing the year.
    public static func isDateWithoutYear(_ text: String) -> Bool {
        let tokens = significantTokens(text)
        guard tokens.count == 2 else { return false }
        switch (tokens[0], tokens[1]) {
        case let (.number(d, digits), .word(w)) where digits <= 2: return (1...31).contains(d) && months[w] != nil
        case let (.word(w), .number(d, digits)) where digits <= 2: return (1...31).contains(d) && months[w] != nil
        default: return false
        }
    }

    /// The tokens of `text` that carry the date: times, weekdays and fillers removed.
    static func significantTokens(_ text: String) -> [Token] {
        var tokens = markTimes(tokenize(text))
        tokens.removeAll(where: isNoise)
        return tokens
    }

    /// Turns a four-digit 24-hour time followed by a zone ("1241 GMT") into a time token, when
    /// another four-digit number (the year) is present, so "12 February 2020 GMT" keeps its year.
    static func markTimes(_ tokens: [Token]) -> [Token] {
        var result = tokens
        let fourDigitCount = tokens.filter { if case .number(_, 4) = $0 { return true } else { return false } }.count
        for i in result.indices.dropLast() {
            guard case .number(let n, 4) = result[i], n <= 2359, n % 100 < 60,
                  case .word(let w) = result[i + 1], zones.contains(w) else { continue }
            // The year is another four-digit number, or there is nothing else ("1241 GMT").
            if fourDigitCount >= 2 || tokens.count == 2 { result[i] = .word("<time>") }
        }
        return result
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
            else { tokens.append(.word(current.lowercasedFast())) }
            current = ""
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if (0x30...0x39).contains(s.value) {
                if !isDigits { flush(); isDigits = true }
                current.unicodeScalars.append(s)
            } else if WordTokenizer.isLetter(s) {
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
    /// Time zone abbreviations printed after a time.
    static let zones: Set<String> = [
        "gmt", "utc", "est", "edt", "cet", "cest", "bst", "eet", "eest", "pst", "pdt", "ast", "msk", "trt", "hkt", "ist", "jst",
        "aest", "aedt", "idt", "irst", "cst", "cdt", "mst", "mdt", "et", "pt", "ct", "wet", "west", "sast",
    ]
    static let fillers: Set<String> = ["at", "on", "the", "of", "th", "st", "nd", "rd", "am", "pm", "a", "m", "p", "<time>", "<zone>", "<sep>", "z",
                                       "hrs", "h", "local", "time"]

    static func isNoise(_ token: Token) -> Bool {
        if case .word(let w) = token { return weekdays.contains(w) || fillers.contains(w) || zones.contains(w) }
        return false
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, name) in PublicationDate.monthNames.enumerated() {
            table[name.lowercasedFast()] = i + 1
            table[String(name.lowercasedFast().prefix(3))] = i + 1
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
        // A time printed with a dot after a full date: "Mon 12 Jun 2017 16.22 BST".
        if tokens.count == 5, case .number(_, 4) = tokens[2], case .number(let hh, let dh) = tokens[3], case .number(let mm, 2) = tokens[4],
           dh <= 2, hh <= 23, mm <= 59 {
            tokens.removeLast(2)
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
