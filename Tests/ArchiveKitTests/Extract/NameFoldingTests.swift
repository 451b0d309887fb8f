@testable import ArchiveKit
import Testing

@Suite struct NameFoldingTests {
    /// The key of a whole name: its words folded, articles dropped.
    func key(_ name: String) -> String {
        WordTokenizer.words(name).filter { !$0.isArticle }.map(\.key).joined(separator: " ")
    }

    @Test(arguments: [
        ("Maaret al Numan", "Maarat al-Numan"), ("Ma'arrat al-Nu'man", "Maarat al-Numan"), ("Maarat an-Numan", "Maarat al-Numan"),
        ("Hmeymim", "Khmeimim"), ("Hmeimim", "Khmeimim"), ("Idleb", "Idlib"), ("Raqqa", "Raqa"), ("Rakka", "Raqqa"),
        ("Hasakah", "Hasaka"), ("Hassakeh", "Hasakah"), ("Lattakia", "Latakia"), ("Daraa", "Deraa"), ("Dar'a", "Daraa"),
        ("Deir ez-Zor", "Deir Ezzor"), ("Erdoğan", "Erdogan"), ("Bashar al Assad", "Bashar al-Assad"), ("ASSAD", "Assad"),
        ("Deir el-Zour", "Deir ez-Zor"), ("Dayr al-Zor", "Deir al-Zour"), ("Tel Abyad", "Tal Abyad"), ("Tell Rifaat", "Tal Rifaat"),
        ("Kfar Nabudah", "Kafr Nabudah"), ("Ein Tarma", "Ain Tarma"), ("Ayn Issa", "Ain Issa"), ("Beit Jinn", "Bayt Jinn"),
        ("Salamiyeh", "Salamieh"), ("Hamouria", "Hamouriyeh"), ("Dayr al-Zawr", "Deir el-Zour"), ("Abou Kamal", "Abu Kamal"),
        ("Jaish al-Islam", "Jaysh al-Islam"), ("Kata'ib Hezbollah", "Kataib Hizbollah"), ("Qusair", "Qusayr"),
    ])
    func foldsSpellingsOfOneName(a: String, b: String) {
        #expect(key(a) == key(b))
    }

    @Test(arguments: [("Hama", "Home"), ("Homs", "Hama"), ("Iran", "Iraq"), ("Aleppo", "Afrin"), ("Daraa", "Daraya"), ("Rami", "Rome"),
                      ("Tal", "Tall Kalakh"), ("Qarya1", "Qarya11"), ("Dare", "Daraa"), ("Mere", "Marea"), ("Home", "Homs")])
    func keepsDifferentNamesApart(a: String, b: String) {
        #expect(key(a) != key(b))
    }

    @Test func dropsPossessivesAndWhatIsGluedAfterThem() {
        #expect(WordTokenizer.words("Assad's forces").map(\.key) == WordTokenizer.words("Assad forces").map(\.key))
        #expect(WordTokenizer.words("Baghdadi'sso-called").first?.key == WordTokenizer.words("Baghdadi").first?.key)
    }

    /// The ASCII shortcut of `EntityIndex.letters` gives what the word-by-word definition gives.
    @Test(arguments: [
        "Hay'at Tahrir al-Sham", "AL-BAB", "Ma`arrat  al-Nu'man", "Jisr al-Shughur\r\nDistrict", "F-16s, 2019!",
        "U.S.-backed S.D.F.", "   ", "", "Qamishli'", "a_b~c|d{e}",
        "Ma\u{2019}arrat al-Nu\u{2019}man", "Ra\u{2BF}s al-\u{2BF}Ayn", "Şanlıurfa", "Deir ez-Zôr",
    ])
    func lettersShortcutFollowsTheDefinition(name: String) {
        #expect(EntityIndex.letters(name[...]) == EntityIndex.lettersWordByWord(name[...]))
    }

    @Test func lettersKeepLettersAndDigitsOnly() {
        #expect(EntityIndex.letters("Hay'at Tahrir al-Sham"[...]) == "hayattahriralsham")
        #expect(EntityIndex.letters("F-16s"[...]) == "f16s")
        #expect(EntityIndex.letters("Deir ez-Zôr"[...]) == "deirezzor")
    }
}
