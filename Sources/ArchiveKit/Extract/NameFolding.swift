import Foundation

/// Folds the many spellings of an Arabic, Turkish or Russian name onto one key.
///
/// Rules, applied to one word at a time (see the README's "Spellings" section):
/// case and diacritics are ignored ("Erdoğan" = "Erdogan"); apostrophes and ʿayn/hamza marks
/// vanish ("Ma'arrat" = "Maarrat"); "kh" = "h" and "q" = "k" (Khmeimim = Hmeimim, Raqqa = Rakka);
/// doubled letters count once (Lattakia = Latakia); a final "ah"/"eh" is "a" (Hasakah = Hasaka);
/// an assimilated article is dropped ("Ezzor" = "Zor"); and in words of five letters or more any
/// run of vowels after the first letter is one vowel (Maaret = Maarat, Idleb = Idlib,
/// Hmeymim = Khmeimim), where "y" counts as a vowel unless a vowel follows it (Daraya ≠ Daraa). Short words keep their vowels so that "Hama" never equals "Home".
public enum NameFolding {
    /// The folded key of one word.
    public static func key(_ word: Substring) -> String {
        var letters = baseLetters(word)
        guard !letters.isEmpty else { return "" }
        // Assimilated article: e + doubled sun letter at the start ("ezzor" → "zor", "ennab" → "nab").
        if letters.count >= 5, letters[0] == "e", letters[1] == letters[2], "dnrstz".unicodeScalars.contains(letters[1]) {
            letters.removeFirst(2)
        }
        let originalLength = letters.count
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count)
        var i = 0
        while i < letters.count {
            var s = letters[i]
            if s == "k", i + 1 < letters.count, letters[i + 1] == "h" { s = "h"; i += 1 }
            if s == "q" { s = "k" }
            // Doubled letters count once; digits never fold (Qarya11 is not Qarya1).
            if out.last != s || s.properties.numericType != nil { out.append(s) }
            i += 1
        }
        if out.count >= 4, out.last == "h", let beforeLast = out.dropLast().last, beforeLast == "a" || beforeLast == "e" {
            out.removeLast(2)
            out.append("a")
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
        var key = ""
        key.unicodeScalars.append(contentsOf: out)
        return key
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
