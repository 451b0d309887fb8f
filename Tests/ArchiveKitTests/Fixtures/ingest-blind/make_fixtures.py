#!/usr/bin/env python3
"""Write the byte-sensitive fixtures of the blind ingest corpus, deterministically.

The blind corpus (this folder) was written before the extractor was tuned
against it, in shapes the first corpus (../ingest) does not have.  Most files
are plain UTF-8 text and are edited by hand; the ones whose bytes matter
(mixed encodings, no-break spaces, tabs, CRLF, very long lines) are defined
here as readable Python text plus an explicit encoding step.

    python3 make_fixtures.py           # (re)write the byte-sensitive fixtures
    python3 make_fixtures.py --check   # verify the files on disk

Test tooling only: nothing in the Swift build runs this.  Python 3.8+, stdlib.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"


def text(*lines):
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# b28: an otherwise UTF-8 file (é, ü, Arabic-transliteration ‘ in UTF-8) into
# which an editor pasted a paragraph carrying Windows-1252 bytes: 0x93/0x94
# curly double quotes, 0x92 apostrophe, 0x96 en dash.  dd/mm/yyyy date.
# --------------------------------------------------------------------------
def b28():
    utf8_part_1 = text(
        "Aid Convoy Reaches Douma’s Besieged Residents After Weeks of Delays",
        "",
        "05/03/2018",
        "",
        "A convoy of 46 trucks carrying food and medical supplies entered Douma in Eastern Ghouta on Monday, the first aid to reach the besieged enclave since mid-February, the International Committee of the Red Cross said.",
        "",
        "Hélène Moreau, a spokeswoman for the ICRC in Damascus, said Syrian officials had removed surgical kits and insulin from the trucks before they were allowed to pass.",
        "",
    ).encode("utf-8")
    cp1252_part = text(
        "\u201cWe need to come back, and quickly,\u201d said Jürgen Weber of the World Food Programme \u2013 the convoy\u2019s supplies would last only a few days.",
        "",
    ).encode("cp1252")
    utf8_part_2 = text(
        "Shelling resumed in the area while the trucks were being unloaded, forcing the convoy to leave before all of them were emptied, aid workers said.",
        "",
        "Source: France 24",
    ).encode("utf-8")
    return utf8_part_1 + cp1252_part + utf8_part_2


# --------------------------------------------------------------------------
# b29: no-break spaces inside the headline, the date and the byline; paragraphs
# indented with tabs; a tab between label and value; trailing tabs; CRLF.
# --------------------------------------------------------------------------
def b29():
    s = text(
        "\tGovernment" + NBSP + "Forces Retake Khan" + NBSP + "Sheikhoun After Five-Year Rebel Hold" + NBSP,
        "",
        "Published:\t21" + NBSP + "August" + NBSP + "2019",
        "By" + NBSP + "Yasmin" + NBSP + "Darwish",
        "",
        "\tSyrian government forces took full control of Khan Sheikhoun on Wednesday, state media and a war monitor said, ending more than five years of rebel rule in the town.\t",
        "",
        "\tThe advance left a Turkish observation post at Morek, further south, surrounded by government troops." + NBSP + NBSP + "Turkey said it had no plans to withdraw it.",
        "",
        "\tKhan Sheikhoun was the site of a sarin attack in April 2017 that killed more than 80 people and led to US missile strikes on a Syrian air base.\t\t",
        "",
        "Source:" + NBSP + "Enab Baladi",
    )
    return s.replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# b30: a scraper that lost every line break inside the story: headline and
# date on their own lines, then the whole story as one 2,500-character line.
# --------------------------------------------------------------------------
B30_SENTENCES = [
    "Syrian and Russian warplanes carried out dozens of air strikes on towns in southern Idlib on Sunday, killing at least 19 civilians, rescue workers said, in one of the deadliest days since a ceasefire collapsed at the end of April.",
    "The strikes hit a market in Maarat al-Numan, a hospital on the outskirts of Kafr Nubl and several residential buildings in Khan Sheikhoun, according to the Syrian Civil Defence, whose volunteers worked through the night to pull survivors from the rubble.",
    "A nurse at the hospital said the building had been struck twice within ten minutes, a pattern that rescue workers say is meant to hit those who come to help the wounded.",
    "The United Nations said it had shared the coordinates of the hospital with the warring parties under its deconfliction system, and called for an investigation.",
    "Russia's defence ministry denied that its aircraft had carried out any strikes in the area, saying its forces only targeted militants who had attacked government positions.",
    "The offensive, now in its third month, has displaced more than 400,000 people, most of whom have fled north towards the Turkish border, where camps are already overcrowded.",
    "Aid agencies said many families were living in the open under olive trees, with no access to clean water or sanitation, as temperatures rose above 40 degrees Celsius.",
    "Turkey, which has twelve observation posts in the region under a 2018 agreement with Russia, said one of its posts near Morek had come under fire for the third time in a month.",
    "Diplomats said Ankara and Moscow were discussing a new truce, but residents said they had little hope that it would hold any longer than the last one.",
    "\"Every ceasefire is a pause for them to bring more planes,\" said Abu Mahmoud, a father of six who has moved his family four times since May.",
]


def b30():
    return text(
        "Air Strikes Kill 19 Civilians in Southern Idlib Despite Truce Talks",
        "Mon 22 Jul 2019",
        " ".join(B30_SENTENCES),
        "Source: Al Jazeera",
    ).encode("utf-8")


# --------------------------------------------------------------------------
# b31: paragraphs each on one very long line, separated by single newlines
# (no blank lines), with a dd.mm.yyyy date line and a trailing agency credit.
# --------------------------------------------------------------------------
B31_PARAGRAPHS = [
    "Thousands of people took to the streets of Idlib city and several towns near the Turkish border on Friday to protest against the ceasefire agreed by Russia and Turkey in Moscow, saying it rewarded the government for an offensive that has displaced nearly a million people. "
    "Protesters carried the flag of the Syrian revolution and banners reading \"No return without our villages\" and \"Sochi killed us, Moscow buries us\", according to local activists and videos shared online. "
    "Many of those who marched had fled towns such as Maarat al-Numan, Saraqeb and Kafr Nubl, which fell to government forces in the weeks before the deal.",
    "The agreement, reached on Thursday by Presidents Vladimir Putin and Recep Tayyip Erdogan, froze the front lines where they stood and set up a security corridor six kilometres deep on each side of the M4 highway, to be patrolled jointly by Russian and Turkish troops from March 15. "
    "It made no provision for the return of displaced people to the areas taken by the government, and did not mention the Turkish observation posts now surrounded by Syrian troops. "
    "Opposition figures said the deal left hundreds of thousands of people in tents and open fields with no prospect of going home.",
    "The ceasefire largely held on its first day, according to the Syrian Observatory for Human Rights, which reported no air strikes after midnight on Thursday, although artillery exchanges continued in the Jabal al-Zawiya area south of the highway. "
    "Aid agencies welcomed the pause but warned that the humanitarian situation remained catastrophic, with camps near the border overwhelmed and an outbreak of respiratory illness among children. "
    "\"A ceasefire that does not let people go home is only half a ceasefire,\" said a camp manager in Atmeh.",
]


def b31():
    return text(
        "Thousands Protest in Idlib Against Russian-Turkish Deal",
        "07.03.2020",
        *B31_PARAGRAPHS,
        "(AFP)",
    ).encode("utf-8")


# --------------------------------------------------------------------------
# b37: British broadsheet page saved with CRLF: " - The Telegraph" title
# suffix, "By Name, Role" byline, "12 February 2020 • 2:30pm" date with a
# bullet separator, "Follow the author" widget and "Read more" teaser.
# --------------------------------------------------------------------------
def b37():
    s = text(
        "Erdogan threatens to strike Syrian forces 'anywhere' as Idlib crisis deepens - The Telegraph",
        "",
        "By Rosa Whitfield, Middle East Correspondent",
        "12 February 2020 • 2:30pm",
        "Follow",
        "",
        "Recep Tayyip Erdogan has threatened to strike Syrian government forces anywhere in the country if another Turkish soldier is harmed, raising the prospect of open war between two of the region's largest armies.",
        "",
        "Read more: Why Idlib is the last battle of Syria's civil war",
        "",
        "The Turkish president's warning came a day after five soldiers were killed when Syrian artillery hit a Turkish position at Taftanaz air base.",
        "",
        "Russia, which provides air cover for the Syrian offensive, blamed Turkey for failing to rein in jihadist groups.",
    )
    return s.replace("\n", "\r\n").encode("utf-8")


FIXTURES = {
    "b28_cp1252_inside_utf8.txt": b28,
    "b29_nbsp_tabs_crlf.txt": b29,
    "b30_single_long_line_body.txt": b30,
    "b31_long_lines_single_newlines.txt": b31,
    "b37_telegraph_role_byline_crlf.txt": b37,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, make in FIXTURES.items():
        path = os.path.join(HERE, name)
        data = make()
        if check:
            with open(path, "rb") as f:
                if f.read() != data:
                    print(f"{name}: differs from make_fixtures.py", file=sys.stderr)
                    bad += 1
        else:
            with open(path, "wb") as f:
                f.write(data)
    if check:
        print(f"{len(FIXTURES) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
