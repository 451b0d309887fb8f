import Foundation

/// Folds the many spellings of an Arabic, Turkish or Russian name onto one key.
///
/// Rules, applied to one word at a time (see the README's "Spellings" section):
/// case and diacritics are ignored ("Erdoğan" = "Erdogan"); apostrophes and ʿayn/hamza marks
/// vanish ("Ma'arrat" = "Maarrat"); "kh" = "h" and "q" = "k" (Khmeimim = Hmeimim, Raqqa = Rakka);
/// doubled letters count once (Lattakia = Latakia); a final "ah"/"eh" is "a" (Hasakah = Hasaka);
/// an assimilated article is dropped ("Ezzor" = "Zor"); and in words of five letters or more any
/// run of vowels after the first letter is one vowel (Maaret = Maarat, Idleb = Idlib,
/// Hmeymim = Khmeimim), where "y" counts as a vowel unless a vowel follows it (Daraya ≠ Daraa); "ou" is "u" and a
/// "y" gliding between "i" and a vowel vanishes (Zour = Zur, Salamiyeh = Salamieh). Words of under five letters
/// keep their vowels so that "Hama" never equals "Home", except for a few spelled many ways (Tel = Tal, Zor = Zour,
/// Deir = Dayr, Ain = Ayn, Kfar = Kafr; see `shortWordSpellings`).
public enum NameFolding {
    /// The folded key of one word.
    public static func key(_ word: Substring) -> String {
        var letters = baseLetters(word)
        guard !letters.isEmpty else { return "" }
        // Assimilated article: e + doubled sun letter at the start ("ezzor" → "zor", "ennab" → "nab").
        if letters.count >= 5, letters[0] == "e", letters[1] == letters[2], "dnrstz".unicodeScalars.contains(letters[1]) {
            letters.removeFirst(2)
        }
        // "ou" is "u" (Zour = Zur, Douma = Duma); "y" between "i" and a vowel is a glide (Hamidiyah = Hamidiah).
        letters = foldGlides(letters)
        let originalLength = letters.count
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count)
        var i = 0
        while i < letters.count {
            var s = letters[i]
            if s == "k", i + 1 < letters.count, letters[i + 1] == "h" { s = "h"; i += 1 }
            if s == "q" { s = "k" }
            // Doubled letters count once; digits never fold (Qarya11 is not Qarya1).
            if out.last != s || (0x30...0x39).contains(s.value) { out.append(s) }   // letters here are ASCII
            i += 1
        }
        if out.count >= 4, out.last == "h", let beforeLast = out.dropLast().last, beforeLast == "a" || beforeLast == "e" {
            out.removeLast(2)
            out.append("a")
        }
        if originalLength < 5 {
            out = foldShortWord(out)
        }
        if originalLength >= 5 {
            var folded: [Unicode.Scalar] = [out[0]]
            for (i, s) in out.enumerated().dropFirst() {
                // "y" before a vowel is a consonant: Daraya stays apart from Daraa.
                let consonantY = s == "y" && i + 1 < out.count && isVowel(out[i + 1]) && out[i + 1] != "y"
                if isVowel(s) && !consonantY {
                    if !isVowel(folded.last!) || folded.count == 1 { folded.append("a") }
                } else {
                    folded.append(s)
                }
            }
            out = folded
        }
        return asciiString(out)
    }

    /// A string of scalars known to be ASCII, written as bytes (appending scalars one by one was a hot spot).
    static func asciiString(_ scalars: [Unicode.Scalar]) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (i, scalar) in scalars.enumerated() { buffer[i] = UInt8(truncatingIfNeeded: scalar.value) }
            return scalars.count
        }
    }

    /// Short words that transliteration spells several ways: Kfar = Kafr, Tel = Tal = Tell, Zor = Zour = Zawr,
    /// Deir = Dayr, Ain = Ayn = Ein, Beit = Bayt, Umm = Om. Other short words keep their letters, so that
    /// "Hama" never equals "Home", nor "Dare" "Daraa".
    static let shortWordSpellings: [String: String] = [
        "kfar": "kafr", "kafar": "kafr", "kfr": "kafr", "kefr": "kafr", "tel": "tal", "til": "tal", "zor": "zur", "zawr": "zur",
        "deir": "dayr", "dair": "dayr", "ein": "ayn", "ain": "ayn", "beit": "bayt", "bait": "bayt", "om": "um", "bir": "bir", "beer": "bir",
    ]

    /// A word shorter than five letters: only the spellings listed in `shortWordSpellings` fold.
    static func foldShortWord(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        shortWordScalars[letters] ?? letters
    }

    /// `shortWordSpellings` as scalars, so looking a word up needs no string.
    private static let shortWordScalars: [[Unicode.Scalar]: [Unicode.Scalar]] = Dictionary(
        uniqueKeysWithValues: shortWordSpellings.map { (Array($0.key.unicodeScalars), Array($0.value.unicodeScalars)) })

    /// "ou" → "u"; "iy" + vowel → "i" + vowel.
    static func foldGlides(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count)
        var i = 0
        while i < letters.count {
            let s = letters[i]
            if s == "o", i + 1 < letters.count, letters[i + 1] == "u" { out.append("u"); i += 2; continue }
            if s == "y", out.last == "i", i + 1 < letters.count, isVowel(letters[i + 1]), letters[i + 1] != "y" { i += 1; continue }
            out.append(s)
            i += 1
        }
        return out
    }

    static func isVowel(_ s: Unicode.Scalar) -> Bool {
        s == "a" || s == "e" || s == "i" || s == "o" || s == "u" || s == "y"
    }

    /// Lowercase ASCII letters and digits of a word, diacritics removed, marks dropped.
    static func baseLetters(_ word: Substring) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(word.unicodeScalars.count)
        var needsFolding = false
        for s in word.unicodeScalars {
            switch s.value {
            case 0x61...0x7A, 0x30...0x39: out.append(s)
            case 0x41...0x5A: out.append(Unicode.Scalar(s.value + 32)!)
            case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x02BC, 0x02BE, 0x02BF: continue
            default: needsFolding = true
            }
        }
        guard needsFolding else { return out }
        // Rare path: letters outside ASCII. Fold them through Foundation, then keep ASCII.
        let folded = String(word).applyingTransform(.toLatin, reverse: false)?
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil) ?? String(word)
        out.removeAll()
        for s in folded.unicodeScalars {
            switch s.value {
            case 0x61...0x7A, 0x30...0x39: out.append(s)
            case 0x41...0x5A: out.append(Unicode.Scalar(s.value + 32)!)
            case 0xDF: out.append("s"); out.append("s")
            case 0x131: out.append("i")
            case 0x142: out.append("l")
            case 0xF8: out.append("o")
            case 0xE6: out.append("a"); out.append("e")
            default: continue
            }
        }
        return out
    }
}
