#!/usr/bin/env python3
"""Write the byte-sensitive ingest fixtures, deterministically.

Every fixture whose bytes matter (encodings, BOMs, line endings, NULs,
invisible whitespace, right-to-left text) is defined here as readable
Python text plus an explicit encoding step, so that reviewers can read the
source instead of a hex dump.  The plain UTF-8/LF fixtures in this folder
are ordinary files and are not touched by this script.

    python3 make_fixtures.py           # (re)write the byte-sensitive fixtures
    python3 make_fixtures.py --check   # verify the files on disk and expected.json

Test tooling only: nothing in the Swift build runs this.  Python 3.8+, stdlib.
"""

import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

NBSP = "\u00a0"
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16LE = b"\xff\xfe"
BOM_UTF16BE = b"\xfe\xff"


def text(*lines):
    """Join lines with LF and end with a final LF."""
    return "\n".join(lines) + "\n"


def utf8(s):
    return s.encode("utf-8")


def crlf(s):
    return s.replace("\n", "\r\n")


def bare_cr(s):
    return s.replace("\n", "\r")


def mojibake(s):
    """UTF-8 bytes misread as Windows-1252 and saved again as UTF-8.

    Bytes that Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) pass
    through as the C1 control of the same value, which is what real scrapes
    contain: "\u201d" becomes "\u00e2\u20ac\u009d".
    """
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def pseudo_random(seed, n):
    """Deterministic filler bytes (SHA-256 in counter mode)."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(seed + i.to_bytes(4, "big")).digest()
        i += 1
    return out[:n]


# --------------------------------------------------------------------------
# 02: one sentence per line, no blank lines, no headline, first line is a
# full sentence that starts with "By " (not a byline), trailing NBSPs,
# Blogger footer.
# --------------------------------------------------------------------------
F02 = text(
    "By the time the convoy reached the edge of Aleppo, the snow had turned to grey slush beneath thousands of feet.",
    "The buses had been waiting since dawn at the Ramouseh crossing, engines running, while negotiators argued over lists of names.",
    "Families who had survived months of siege in the eastern districts carried what they could in plastic bags and blankets." + NBSP + " ",
    "Some pushed elderly relatives in wheelchairs through the mud.",
    "Others carried nothing at all, having lost their homes to air strikes weeks before." + NBSP,
    '"We left everything: the house, the graves of my parents, my shop," said a man who gave his name as Abu Mohammad.',
    "The evacuation, brokered by Russia and Turkey, was supposed to take a single day.",
    "It stretched over a week as the deal collapsed and was revived more than once." + NBSP + " ",
    "Green buses became the symbol of the fall of the city's rebel-held half.",
    "Most of the evacuees were taken west to the countryside of Idlib province, which was already crowded with people displaced from other parts of Syria.",
    "Aid workers at the reception points handed out bread, water and blankets, but said they had nowhere near enough.",
    "For the government in Damascus, the recapture of all of Aleppo was the biggest victory of the war so far.",
    "For the people on the buses, it was the start of another long exile." + NBSP,
    "No comments:",
    "Post a Comment",
)[:-1]  # like the seeds: no newline after the last line

# --------------------------------------------------------------------------
# 04: leading blank and whitespace-only lines, [Title](url) link line,
# "Share this:" footer followed by share-button labels.
# --------------------------------------------------------------------------
F04 = "\n\n   \n\t\n" + text(
    "[Russian Jets Break Three-Month Lull Over Idlib](https://example.org/news/idlib-lull-broken)",
    "",
    "Russian warplanes struck villages in the Jabal al-Zawiya area of southern Idlib on Tuesday, ending a three-month pause in air raids over Syria's last opposition-held enclave, according to rescuers and monitoring groups.",
    "",
    "The raids were the first by Russian aircraft since a ceasefire agreed in Moscow by the Turkish and Russian presidents on March 5 took effect. That deal halted a government offensive that had driven nearly a million people from their homes over the winter.",
    "",
    "Civil defence volunteers said two civilians were killed in the strikes and several more were wounded near the town of Ariha. Residents of nearby villages said families who had returned to their homes during the lull began packing again within hours.",
    "",
    "Joint Turkish-Russian patrols along the M4 highway, another part of the March agreement, have been repeatedly cut short by protests and roadside attacks. Moscow has accused Ankara of failing to rein in hardline groups along the road.",
    "",
    "Share this:",
    "Twitter",
    "Facebook",
)

# --------------------------------------------------------------------------
# 07: Reuters dateline, "Fri 07 Apr 2017 at 0914", credit line, CRLF.
# --------------------------------------------------------------------------
F07 = text(
    "U.S. Strikes Syrian Air Base After Chemical Attack",
    "Fri 07 Apr 2017 at 0914",
    "DAMASCUS, Syria (Reuters) - The United States fired dozens of cruise missiles at a Syrian air base early on Friday in response to a poison gas attack that killed scores of civilians in rebel-held Idlib province earlier this week.",
    "",
    "The strike on Shayrat air base, southeast of Homs, was the first direct U.S. military action against the government of President Bashar al-Assad in six years of civil war.",
    "",
    "U.S. officials said 59 Tomahawk missiles were launched from two destroyers in the eastern Mediterranean, targeting aircraft, hardened shelters, fuel depots and air defences. Russian forces at the base had been warned in advance through a channel meant to avoid clashes between the two militaries, they said.",
    "",
    "Syrian state television called the attack an act of aggression and said several people had been killed. Russia, Assad's main ally, said the strike violated international law.",
    "",
    "Syrian opposition groups welcomed the strikes but said a single raid would do little to stop air attacks on civilians.",
    "",
    "Reporting by Reuters; Editing by Mark Hollis",
)

# --------------------------------------------------------------------------
# 15: UTF-8 with BOM in front of the headline; "Last updated at" date.
# --------------------------------------------------------------------------
F15 = text(
    "Four Towns Evacuation Resumes After Deadly Bus Bombing",
    "Last updated at Apr 23 2017",
    "",
    "The evacuation of thousands of people from four besieged Syrian towns resumed over the weekend, a week after a car bomb tore through a convoy of buses waiting at a transit point west of Aleppo, killing more than 120 people, many of them children.",
    "",
    "Under the deal, negotiated with the involvement of Qatar and Iran, residents of the government-held Shia towns of Foua and Kefraya in Idlib province are being moved to government areas, while fighters and civilians from the rebel-held towns of Madaya and Zabadani near Damascus are taken to Idlib.",
    "",
    "Both sets of towns had been under siege for years, and the exchange was carried out largely in parallel, bus for bus.",
    "",
    "The April 15 attack on the Rashidin transit point was one of the deadliest single bombings of the war. No group claimed responsibility.",
    "",
    "Critics, including some residents, say the agreement amounts to forced population transfer along sectarian lines. The United Nations, which was not a party to the deal, has said that any evacuation must be voluntary.",
    "",
    "Source: Al Jazeera",
)

# --------------------------------------------------------------------------
# 16: UTF-16 LE with BOM and CRLF (what Windows Notepad calls "Unicode").
# --------------------------------------------------------------------------
F16 = text(
    "Government Forces Take Khan Sheikhoun, Encircle Turkish Post at Morek",
    "Published: 21 August 2019",
    "",
    "Syrian government forces have taken full control of Khan Sheikhoun, the largest town in southern Idlib, after a four-month offensive backed by Russian air power \u2013 the biggest prize of the campaign so far.",
    "",
    "The advance has left a Turkish military observation post at Morek, in northern Hama, surrounded by government troops. Ankara says the post will not be withdrawn.",
    "",
    "On Monday a Turkish convoy heading south on the M5 highway was hit by an air raid near Maar Hattat, killing three civilians travelling with it, according to Turkey\u2019s defence ministry.",
    "",
    "Opposition fighters withdrew from the town and from a pocket of villages in northern Hama on Tuesday, saying they were redeploying to avoid being encircled.",
    "",
    "Residents of Khan Sheikhoun, scene of the April 2017 sarin attack, had mostly fled months earlier. \u201cThere is nobody left to take,\u201d said a volunteer with the local council.",
    "",
    "Source: Enab Baladi",
)

# --------------------------------------------------------------------------
# 17: UTF-16 BE with BOM, LF.
# --------------------------------------------------------------------------
F17 = text(
    "Turkish Ground Troops Cross Into Afrin on Second Day of Offensive",
    "Sun 21 Jan 2018",
    "",
    "Turkish troops and allied Syrian rebel fighters crossed into the Kurdish-held Afrin region of northwest Syria on Sunday, a day after Turkish jets began striking targets there in what Ankara calls Operation Olive Branch.",
    "",
    "Turkey says the Kurdish People\u2019s Protection Units, or YPG, which control Afrin, are an extension of the outlawed Kurdistan Workers\u2019 Party, or PKK. The YPG has been the main partner of the U.S.-led coalition against the Islamic State group in eastern Syria.",
    "",
    "Kurdish officials in Afrin said civilians had been killed in the air strikes and that thousands of people were sheltering in basements in the city and surrounding villages.",
    "",
    "Russia, which had military police stationed in Afrin, moved its personnel out of the area before the operation began. Washington urged Ankara to exercise restraint and keep the operation limited in scope and duration.",
    "",
    "Source: Kurdistan 24",
)

# --------------------------------------------------------------------------
# 18: Windows-1252: 0x92 apostrophe, 0x93/0x94 quotes, 0x96 en dash,
# 0x97 em dash.  Not valid UTF-8.
# --------------------------------------------------------------------------
F18 = text(
    "Douma\u2019s Doctors Describe Final Days Before Evacuation",
    "Date of publication 12 April 2018",
    "",
    "Doctors who worked in underground hospitals in Douma say the final weeks before the town\u2019s surrender were the worst of a five-year siege \u2013 worse, several said, than anything they had seen in Eastern Ghouta before.",
    "",
    "\u201cWe were operating by torchlight on people brought in from collapsed basements,\u201d said one surgeon, who asked not to be named because relatives remain in government-held areas. \u201cBy the end we had no anaesthetic at all.\u201d",
    "",
    "Medical staff have described treating patients with symptoms of exposure to a toxic gas after an attack on the town on April 7 \u2014 an account the Syrian government and Russia reject. Inspectors from the Organisation for the Prohibition of Chemical Weapons are expected to travel to the site.",
    "",
    "Under an agreement with Russia, fighters of the Jaish al-Islam group and thousands of civilians have been taken by bus to Jarablus and other areas held by Turkey-backed rebels in the north.",
    "",
    "Source: The Guardian",
)

# --------------------------------------------------------------------------
# 19: ISO-8859-1 (Latin-1) with e-acute and u-umlaut in names; no bytes in
# 0x80-0x9F, straight quotes only.
# --------------------------------------------------------------------------
F19 = text(
    "Aid Workers Describe Chaos as First Convoys Leave Eastern Aleppo",
    "15.12.2016",
    "",
    "The first convoys of ambulances and green buses left the besieged eastern districts of Aleppo on Thursday, carrying wounded people and civilians out under an agreement brokered by Russia and Turkey.",
    "",
    '"People have been waiting in the cold since before dawn, many of them with small children," said J\u00fcrgen Weber, a German logistics coordinator working with a relief organisation on the western side of the city. "Nobody knows how long the corridor will stay open."',
    "",
    "H\u00e9l\u00e8ne Moreau, a French nurse at a reception centre in the western countryside, said many of the evacuees were suffering from untreated wounds and malnutrition after months without regular deliveries of food or medicine.",
    "",
    "The International Committee of the Red Cross said it was helping to supervise the operation. Thousands more people are expected to leave in the coming days, most of them heading for Idlib province.",
    "",
    "Source: Deutsche Welle",
)

# --------------------------------------------------------------------------
# 20: UTF-8 mojibake.  Everything down to the third paragraph went through
# a UTF-8 -> Windows-1252 -> UTF-8 round trip; the last paragraph is clean
# UTF-8, so a whole-file re-decode is wrong and repair must go sequence by
# sequence.  The file itself is valid UTF-8.
# --------------------------------------------------------------------------
F20_GARBLED = text(
    "Turkey Vows Response After 33 Soldiers Killed in Idlib Air Strike",
    "Published: 28 February 2020",
    "",
    "Turkey\u2019s government said on Friday it would respond \u201cin kind\u201d after at least 33 Turkish soldiers were killed in an air strike on their positions in Idlib province, the deadliest single attack on the Turkish military in Syria.",
    "",
    "Ankara blamed Syrian government forces for the strike near the village of Balyun, south of the Jabal al-Zawiya hills. Russia said the soldiers had been among \u201cterrorist fighters\u201d and that Turkey had not told it where its troops were.",
    "",
    "Turkish artillery and drones struck government positions overnight. Officials also said Turkey would no longer stop refugees trying to reach Europe, and by Friday morning hundreds of people were gathering at the Greek border \u2013 a move Ren\u00e9 Duval, a researcher at a Paris-based think tank, called \u201ca clear message to Brussels\u201d.",
    "",
)
F20_CLEAN = text(
    "NATO ambassadors were due to hold emergency consultations at Turkey\u2019s request.",
    "",
    "Source: France 24",
)

# --------------------------------------------------------------------------
# 21: bare CR line endings (classic Mac).
# --------------------------------------------------------------------------
F21 = text(
    "Russia Launches First Air Strikes in Syria",
    "Posted on October 1, 2015",
    "",
    "Russian warplanes carried out their first air strikes in Syria on Wednesday, hours after the upper house of parliament in Moscow approved the use of military force abroad.",
    "",
    "The Russian defence ministry said its aircraft had hit Islamic State positions. But U.S. officials and Syrian opposition groups said the strikes targeted areas in Homs and Hama provinces where the Islamic State group has little or no presence, including towns held by rebels backed by Washington and its allies.",
    "",
    "Activists in the town of Talbiseh, north of Homs, said civilians including children were among the dead.",
    "",
    "The campaign marks Russia\u2019s most significant military intervention outside the former Soviet Union since the end of the Cold War. President Vladimir Putin has said Russian forces will provide air support only and that there are no plans for ground operations.",
    "",
    "Source: Al-Monitor",
)

# --------------------------------------------------------------------------
# 22: transliteration with diacritics (U+2018 for the ayn, macrons) and
# Arabic script inline, including an Arabic quotation in guillemets.
# --------------------------------------------------------------------------
MAARAT = "Ma\u2018arrat al-Nu\u2018m\u0101n"  # Ma'arrat al-Nu'man, left single quote + a-macron
MAARAT_AR = "\u0645\u0639\u0631\u0629 \u0627\u0644\u0646\u0639\u0645\u0627\u0646"  # Arabic: Maarat al-Numan
WE_WILL_RETURN_AR = "\u0633\u0646\u0639\u0648\u062f \u064a\u0648\u0645\u0627\u064b"  # Arabic: "we will return one day"
F22 = text(
    MAARAT + " Falls to Government Forces After Weeks of Bombardment",
    "January 29, 2020",
    "",
    "Government troops entered " + MAARAT + " (" + MAARAT_AR + ") on Tuesday, taking control of the second-largest town in Idlib province after weeks of Russian and Syrian air strikes emptied it of almost all of its residents.",
    "",
    "The town lies on the M5 highway between Damascus and Aleppo, and its capture leaves the government within reach of Saraqib to the north. State media showed soldiers raising the flag in the central square.",
    "",
    "For many who fled, the loss is personal. \u201cI was born in the old quarter near the Great Mosque,\u201d said Ab\u016b Y\u016bsuf, a teacher now living in a tent near Sarmad\u0101. Before he left he wrote a line on the wall of his classroom: \u00ab" + WE_WILL_RETURN_AR + "\u00bb \u2014 \u201cwe will return one day\u201d.",
    "",
    MAARAT + " was among the first towns in the province to rise up against President Bashar al-Assad in 2011 and had been held by opposition groups since 2012.",
    "",
    "Source: Syria Direct",
)

# --------------------------------------------------------------------------
# 23/24: the same article twice; the copy differs only in whitespace and
# line endings (CRLF, trailing blanks, doubled blank lines, leading blank).
# --------------------------------------------------------------------------
F23_LINES = [
    "Russia and Turkey Agree Demilitarised Zone Around Idlib",
    "Mon 17 Sep 2018",
    "",
    "Russia and Turkey agreed on Monday to set up a demilitarised zone around Syria's Idlib province, a deal that appeared to head off a government offensive that aid agencies had warned could cause a humanitarian catastrophe.",
    "",
    "After talks in the Black Sea resort of Sochi, the two countries' presidents said the zone, 15 to 20 km deep, would separate government forces from rebel fighters and be patrolled by Turkish and Russian troops.",
    "",
    'Under the plan, heavy weapons are to be withdrawn from the zone by October 10, and "radical" groups, including Hayat Tahrir al-Sham, are to leave it by the middle of October.',
    "",
    "Around three million people live in the province, about half of them displaced from other parts of Syria. The United Nations had warned that a full assault could force hundreds of thousands more to flee towards the Turkish border.",
    "",
    "Source: Anadolu Agency",
]
F23 = text(*F23_LINES)


def _dup_copy(lines):
    out = [""]  # leading blank line
    for i, line in enumerate(lines):
        if line == "":
            out += ["  ", ""]  # doubled blank line, one with spaces
        else:
            out.append(line + (" \t" if i % 2 else "   "))  # trailing blanks
    return crlf("\n".join(out) + "\n\n\n")


F24 = _dup_copy(F23_LINES)

# --------------------------------------------------------------------------
# 36: indented headline after blank/whitespace lines; "at 1130" date.
# --------------------------------------------------------------------------
F36 = "\n\t \n   \t " + text(
    "Hundreds Killed in Eastern Ghouta as Bombardment Enters Sixth Day",
    "Fri 23 Feb 2018 at 1130",
    "",
    "More than 400 people have been killed in Eastern Ghouta since Sunday, according to a monitoring group, as Syrian government aircraft and artillery continued to pound the besieged enclave on the outskirts of Damascus.",
    "",
    "Around 400,000 people are believed to be trapped in the area, which has been under siege since 2013. Residents say families are living in basements and that food and medicine are running out.",
    "",
    "The UN Security Council has been discussing a draft resolution calling for a 30-day ceasefire to allow aid deliveries and medical evacuations. Russia, a close ally of President Bashar al-Assad, has proposed amendments and says rebels in Ghouta have been shelling residential areas of Damascus.",
    "",
    'Doctors in the enclave say several hospitals have been hit. "We are not able to keep up," one said in a voice message sent to journalists. "The wounded are lying on the floors."',
    "",
    "Source: BBC News",
)

# --------------------------------------------------------------------------
# Files the build must skip.
# --------------------------------------------------------------------------
F31 = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x01\x80\x08\x06\x00\x00\x00"
    + pseudo_random(b"31_binary_nul", 200)
    + b"\x00\x00Idlib\x00\x00Aleppo\x00\x00\x00\x00"
    + pseudo_random(b"31_binary_nul/tail", 120)
    + b"\x00\x00\x00\x00IEND\xaeB`\x82"
)

F32 = (
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"
    + pseudo_random(b"32_notes.docx", 64)
    + b"[Content_Types].xml"
    + pseudo_random(b"32_notes.docx/1", 96)
    + b"word/document.xml"
    + b"Notes on Idlib sources - do not publish"
    + pseudo_random(b"32_notes.docx/2", 80)
    + b"PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00"
)

FIXTURES = {
    "02_sentence_per_line_blog_footer.txt": utf8(F02),
    "04_link_title_leading_blanks_share.txt": utf8(F04),
    "07_reuters_dateline_crlf.txt": utf8(crlf(F07)),
    "15_utf8_bom.txt": BOM_UTF8 + utf8(F15),
    "16_utf16le_bom_crlf.txt": BOM_UTF16LE + crlf(F16).encode("utf-16-le"),
    "17_utf16be_bom.txt": BOM_UTF16BE + F17.encode("utf-16-be"),
    "18_windows1252_smart_quotes.txt": F18.encode("cp1252"),
    "19_latin1_accented_names.txt": F19.encode("latin-1"),
    "20_utf8_mojibake.txt": utf8(mojibake(F20_GARBLED) + F20_CLEAN),
    "21_bare_cr_line_endings.txt": utf8(bare_cr(F21)),
    "22_arabic_diacritics_rtl.txt": utf8(F22),
    "23_duplicate_original.txt": utf8(F23),
    "24_duplicate_whitespace_crlf_copy.txt": utf8(F24),
    "29_empty.txt": b"",
    "30_whitespace_only.txt": b"  \t\r\n\n   \n" + utf8(NBSP) + b"\t \n\n",
    "31_binary_nul.txt": F31,
    "32_notes.docx": F32,
    "36_leading_whitespace_indented_headline.txt": utf8(F36),
}


def _self_test():
    """Guard the properties the fixtures exist to exercise."""
    f18 = FIXTURES["18_windows1252_smart_quotes.txt"]
    for b in (0x92, 0x93, 0x94, 0x96, 0x97):
        assert bytes([b]) in f18, hex(b)
    try:
        f18.decode("utf-8")
        raise AssertionError("18 must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    f19 = FIXTURES["19_latin1_accented_names.txt"]
    assert not any(0x80 <= b <= 0x9F for b in f19), "19 must be pure Latin-1"
    assert b"\xe9" in f19 and b"\xfc" in f19
    f20 = FIXTURES["20_utf8_mojibake.txt"].decode("utf-8")
    for seq in ("\u00e2\u20ac\u2122", "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d", "\u00c3\u00a9", "\u2019"):
        assert seq in f20, repr(seq)
    assert b"\r" not in FIXTURES["22_arabic_diacritics_rtl.txt"]
    assert b"\n" not in FIXTURES["21_bare_cr_line_endings.txt"]
    assert FIXTURES["07_reuters_dateline_crlf.txt"].count(b"\r\n") == FIXTURES["07_reuters_dateline_crlf.txt"].count(b"\n")
    assert b"\x00" in FIXTURES["31_binary_nul.txt"]
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    assert norm(F23) == norm(F24.replace("\r\n", "\n")) and F23 != F24


def write_all():
    _self_test()
    for name in sorted(FIXTURES):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(FIXTURES[name])
    print("wrote %d fixtures to %s" % (len(FIXTURES), HERE))


# --------------------------------------------------------------------------
# --check: consistency of expected.json with the files.  This is NOT a
# reference ingest; it only checks that each expectation is grounded in the
# fixture (strings that must be found are there, strings that must be
# excluded really occur in the raw file, keys and types are right).
# --------------------------------------------------------------------------
KEYS = ["file", "shapes", "skip", "title", "title_derived", "date", "source",
        "byline", "body_starts_with", "body_ends_with", "body_excludes",
        "paragraphs", "notes"]
SOURCES = {
    "Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera", "BBC News", "CNN",
    "The Guardian", "The New York Times", "The Washington Post", "TRT World", "Anadolu Agency",
    "Daily Sabah", "SANA", "TASS", "RT", "Sputnik", "Al-Monitor", "Middle East Eye",
    "Enab Baladi", "Syria Direct", "Syrian Observatory for Human Rights", "Xinhua",
    "Deutsche Welle", "France 24", "Newsweek", "The Independent", "Press TV", "Kurdistan 24",
    "Rudaw", "Hawar News Agency", "North Press Agency", "Voice of America",
}
MOJIBAKE = {
    "\u00e2\u20ac\u2122": "\u2019", "\u00e2\u20ac\u02dc": "\u2018", "\u00e2\u20ac\u0153": "\u201c",
    "\u00e2\u20ac\u009d": "\u201d", "\u00e2\u20ac\u201c": "\u2013", "\u00e2\u20ac\u201d": "\u2014",
    "\u00c3\u00a9": "\u00e9", "\u00c3\u00bc": "\u00fc",
}


def decode(raw):
    if raw.startswith(BOM_UTF8):
        t = raw[3:].decode("utf-8")
    elif raw.startswith(BOM_UTF16LE):
        t = raw[2:].decode("utf-16-le")
    elif raw.startswith(BOM_UTF16BE):
        t = raw[2:].decode("utf-16-be")
    else:
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            t = raw.decode("cp1252")
    for bad, good in MOJIBAKE.items():
        t = t.replace(bad, good)
    return t.replace("\r\n", "\n").replace("\r", "\n")


def naive_decodings(raw):
    """Ways a careless reader would see the bytes (for body_excludes)."""
    out = [raw.decode("latin-1"), raw.decode("utf-8", "replace"), decode(raw)]
    if raw.startswith(BOM_UTF8):
        out.append(raw.decode("utf-8"))
    if raw.startswith(BOM_UTF16LE):
        out.append(raw.decode("utf-16-le"))
    if raw.startswith(BOM_UTF16BE):
        out.append(raw.decode("utf-16-be"))
    return out


def check():
    problems = []
    for name, data in sorted(FIXTURES.items()):
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            problems.append("%s: missing (run make_fixtures.py)" % name)
        elif open(path, "rb").read() != data:
            problems.append("%s: differs from make_fixtures.py output" % name)
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    listed = [e.get("file") for e in expected]
    on_disk = sorted(n for n in os.listdir(HERE) if n not in ("expected.json", "make_fixtures.py", "__pycache__") and not n.startswith("."))
    if sorted(listed) != on_disk:
        problems.append("expected.json lists %s but folder has %s" % (
            sorted(set(listed) ^ set(on_disk)), "those differences"))
    if len(set(listed)) != len(listed):
        problems.append("expected.json lists a file twice")
    collapse = lambda s: re.sub(r"\s+", " ", s).strip()
    for e in expected:
        name = e.get("file")
        where = "expected.json[%s]" % name
        if list(e.keys()) != KEYS:
            problems.append("%s: keys %s, want %s" % (where, list(e.keys()), KEYS))
            continue
        if not re.match(r"^\d\d_[a-z0-9_]+\.(txt|md|docx)$", name):
            problems.append("%s: bad file name" % where)
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            problems.append("%s: file does not exist" % where)
            continue
        raw = open(path, "rb").read()
        if not isinstance(e["shapes"], list) or not e["shapes"]:
            problems.append("%s: shapes must be a non-empty list" % where)
        if e["skip"] is not None:
            for k in ("title", "date", "source", "byline", "body_starts_with", "body_ends_with", "paragraphs"):
                if e[k] is not None:
                    problems.append("%s: skipped file must have %s null" % (where, k))
            if e["title_derived"] is not False or e["body_excludes"] != []:
                problems.append("%s: skipped file must have title_derived false, body_excludes []" % where)
            continue
        t = decode(raw)
        flat = collapse(t)
        words = len(flat.split())
        if not 80 <= words <= 400:
            problems.append("%s: %d words, want 80-400" % (where, words))
        title = e["title"]
        if not isinstance(title, str) or title != collapse(title) or not title:
            problems.append("%s: title must be a non-empty collapsed string" % where)
        elif e["title_derived"]:
            if len(title) > 90:
                problems.append("%s: derived title longer than 90" % where)
            if title.rstrip("\u2026") not in flat:
                problems.append("%s: derived title not found in text" % where)
        elif title not in flat:
            problems.append("%s: title not found in text" % where)
        if e["date"] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", e["date"]):
            problems.append("%s: date must be YYYY-MM-DD or null" % where)
        if e["source"] is not None and e["source"] not in SOURCES:
            problems.append("%s: source %r is not a canonical name" % (where, e["source"]))
        if e["byline"] is not None and not isinstance(e["byline"], str):
            problems.append("%s: byline must be string or null" % where)
        for k in ("body_starts_with", "body_ends_with"):
            v = e[k]
            if not isinstance(v, str) or not v or collapse(v) != v:
                problems.append("%s: %s must be a non-empty collapsed string" % (where, k))
            elif v not in flat:
                problems.append("%s: %s %r not found in text" % (where, k, v))
        if not isinstance(e["paragraphs"], int) and e["paragraphs"] is not None:
            problems.append("%s: paragraphs must be int or null" % where)
        views = naive_decodings(raw)
        for x in e["body_excludes"]:
            if not any(x in v for v in views):
                problems.append("%s: body_excludes %r never occurs in the raw file" % (where, x))
            if x in (e["body_starts_with"] or "") or x in (e["body_ends_with"] or ""):
                problems.append("%s: body_excludes %r contradicts body_starts/ends_with" % (where, x))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok: %d fixtures, %d generated, expected.json consistent" % (len(expected), len(FIXTURES)))


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        _self_test()
        check()
    elif sys.argv[1:]:
        sys.exit(__doc__)
    else:
        write_all()
