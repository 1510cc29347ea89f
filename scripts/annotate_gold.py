#!/usr/bin/env python3
"""Hand annotations of the five seed articles -> Corpus/gold/samples.jsonl.

The annotations below were made by reading each article (see Corpus/ANNOTATION.md
for the conventions).  They are stored as snippets, never as raw offsets; this
script locates every snippet in the article text and asserts it is found where
intended, then writes the gold file.

Snippet forms
-------------
sentence     "text"  or  ("text", occ)
             occ = 0-based occurrence of the snippet in the whole article.
             Sentences are listed in reading order; the script asserts that the
             located spans are strictly increasing and cover every non-blank
             character of the article.
boilerplate  B("text", occ, kind)             occ in the whole article.
quote        Q("text", occ, type, speaker, canonical, cue)
             occ in the whole article.  speaker / cue are "snippet" or
             ("snippet", occ) and are looked up *inside the line (paragraph)
             holding the quote*, occ counted within that line; None for a
             continuation paragraph without a local mention.
entities     E("anchor", occ, [("text", label) | ("text", occ, label), ...])
             the anchor (occ in the whole article) selects a line; entity
             snippets are looked up inside that line, occ counted within it.

Matching is case-sensitive; a snippet that starts (ends) with a word character
only matches where the preceding (following) character is not a word character,
so "he" never matches inside "the", and "Dong" never inside "Dongs".

Usage
-----
  python3 scripts/annotate_gold.py            # (re)write Corpus/gold/samples.jsonl
  python3 scripts/annotate_gold.py --check    # rebuild in memory, validate, and
                                              # verify the file on disk is identical
  python3 scripts/annotate_gold.py --review   # print annotations for proof-reading
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # /work/main
SEEDS = ROOT.parent / "shared" / "seeds"               # ../shared/seeds
OUT = ROOT / "Corpus" / "gold" / "samples.jsonl"

BOILERPLATE_KINDS = {"navigation", "advertisement", "caption", "credit", "promo",
                     "teaser", "byline", "footer", "title"}
QUOTE_TYPES = {"direct", "indirect", "mixed"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC"}
TRIM = " \t\r\n\u00a0\u2009\u200b\ufeff"


def B(snippet, occ, kind):
    return ("B", snippet, occ, kind)


def Q(snippet, occ, qtype, speaker, canonical, cue):
    return ("Q", snippet, occ, qtype, speaker, canonical, cue)


def E(anchor, occ, ents):
    return ("E", anchor, occ, ents)


# ---------------------------------------------------------------------------
# 000_ea89e0b318c6d4cb  (CBC / The Canadian Press)
# ---------------------------------------------------------------------------
LEDE_000 = ("A senior government official says Intergovernmental Affairs Minister Dominic "
            "LeBlanc is leading a process to determine Independent MP Han Dong's possible "
            "return to the Liberal caucus.")
A000 = {
    "sentences": [
        "Politics",
        "Process to arrange Han Dong's possible return to Liberal caucus is underway, source says",
        (LEDE_000, 0),
        "Dong left the caucus after media story claimed he meddled in Canadians' detentions in China",
        "A man in a jacket, shirt and tie stands in a hallway.",
        "Liberal MP Han Dong speaks with reporters outside the House of Commons on March 21, 2023.",
        "(Chris Rands/CBC)",
        (LEDE_000, 1),
        "The Canadian Press is not naming the source because they were not authorized to speak publicly about the process.",
        "Han Dong, a Toronto-area MP, resigned from the government caucus in March saying he wanted to clear his name following allegations published in media reports.",
        "Global News reported, citing unnamed national security sources, that Dong told a Chinese diplomat in February 2021 that releasing Michael Kovrig and Michael Spavor would benefit the Conservatives.",
        'The claim was deemed "false" by Canada\'s foreign interference watchdog.',
        "Prime Minister Justin Trudeau has left the door open to Dong rejoining the Liberal caucus, and Dong has expressed that desire in recent media reports.",
        "Dong is suing Global News.",
        "The outlet said in a recent statement that it took painstaking efforts to verify its reporting.",
        '"We believe in the integrity of our journalism in all the reporting in this series, and the critical role it plays in seeking accountability and transparency on issues vital to the public interest."',
        "A first report from former governor general David Johnston, who was appointed as a special rapporteur to investigate foreign interference, said he was advised that there was just one piece of intelligence that spoke to the allegation against Dong.",
        'It led him to his conclusion: "The allegation is false."',
        'Johnston said that while Dong maintained "close relationships" with Chinese consular officials at least through the 2021 election, and did discuss the case of Kovrig and Spavor with the Chinese diplomat, "he did not suggest to the official that (China) extend their detention."',
        "Dong was first elected to Parliament as the Liberal MP for Don Valley North in 2019, and was re-elected in 2021.",
        "He resigned from the Liberal caucus March 22.",
        "The Toronto-area MP has previously told CBC he\u00a0wants to return to the Liberal caucus in light of Johnston's report.",
    ],
    "boilerplate": [
        B("Politics", 0, "navigation"),
        B("Process to arrange Han Dong's possible return to Liberal caucus is underway, source says", 0, "title"),
        # line 5 duplicates the first body paragraph (line 12); it is a summary, not a dek
        # (the dek is line 7), so it is left as body -- see ANNOTATION.md.
        B("Dong left the caucus after media story claimed he meddled in Canadians' detentions in China", 0, "title"),
        B("A man in a jacket, shirt and tie stands in a hallway.", 0, "caption"),
        B("Liberal MP Han Dong speaks with reporters outside the House of Commons on March 21, 2023.", 0, "caption"),
        B("(Chris Rands/CBC)", 0, "credit"),
    ],
    "quotes": [
        Q("Intergovernmental Affairs Minister Dominic LeBlanc is leading a process to determine Independent MP Han Dong's possible return to the Liberal caucus",
          0, "indirect", "A senior government official", "senior government official", "says"),
        Q("Intergovernmental Affairs Minister Dominic LeBlanc is leading a process to determine Independent MP Han Dong's possible return to the Liberal caucus",
          1, "indirect", "A senior government official", "senior government official", "says"),
        Q("he wanted to clear his name following allegations published in media reports",
          0, "indirect", "Han Dong", "Han Dong", "saying"),
        Q("Dong told a Chinese diplomat in February 2021 that releasing Michael Kovrig and Michael Spavor would benefit the Conservatives",
          0, "indirect", "Global News", "Global News", "reported"),
        Q('"false"', 0, "direct", "Canada's foreign interference watchdog", "David Johnston", "deemed"),
        Q("it took painstaking efforts to verify its reporting",
          0, "indirect", "The outlet", "Global News", "said"),
        Q('"We believe in the integrity of our journalism in all the reporting in this series, and the critical role it plays in seeking accountability and transparency on issues vital to the public interest."',
          0, "direct", None, "Global News", None),
        Q("he was advised that there was just one piece of intelligence that spoke to the allegation against Dong",
          0, "indirect", "A first report from former governor general David Johnston", "David Johnston", "said"),
        Q('"The allegation is false."', 0, "direct", "his", "David Johnston", ":"),
        Q('while Dong maintained "close relationships" with Chinese consular officials at least through the 2021 election, and did discuss the case of Kovrig and Spavor with the Chinese diplomat, "he did not suggest to the official that (China) extend their detention."',
          0, "mixed", "Johnston", "David Johnston", "said"),
        Q("he\u00a0wants to return to the Liberal caucus in light of Johnston's report",
          0, "indirect", "The Toronto-area MP", "Han Dong", "told"),
    ],
    "entities": [
        E("A senior government official says", 0, [("Dominic LeBlanc", "PERSON"), ("Han Dong", "PERSON"), ("Liberal caucus", "ORG")]),
        E("A senior government official says", 1, [("Dominic LeBlanc", "PERSON"), ("Han Dong", "PERSON"), ("Liberal caucus", "ORG")]),
        E("The Canadian Press is not naming", 0, [("The Canadian Press", "ORG")]),
        E("Han Dong, a Toronto-area MP", 0, [("Han Dong", "PERSON"), ("Toronto", "GPE")]),
        E("Global News reported, citing", 0, [("Global News", "ORG"), ("Dong", "PERSON"), ("Michael Kovrig", "PERSON"),
                                              ("Michael Spavor", "PERSON"), ("Conservatives", "ORG")]),
        E("The claim was deemed", 0, [("Canada", "GPE")]),
        E("Prime Minister Justin Trudeau has left", 0, [("Justin Trudeau", "PERSON"), ("Dong", 0, "PERSON"),
                                                        ("Liberal caucus", "ORG"), ("Dong", 1, "PERSON")]),
        E("Dong is suing Global News.", 0, [("Dong", "PERSON"), ("Global News", "ORG")]),
        E("A first report from former governor general", 0, [("David Johnston", "PERSON"), ("Dong", "PERSON")]),
        E("Johnston said that while Dong", 0, [("Johnston", "PERSON"), ("Dong", "PERSON"), ("Kovrig", "PERSON"),
                                               ("Spavor", "PERSON"), ("China", "GPE")]),
        E("Dong was first elected to Parliament", 0, [("Dong", "PERSON"), ("Parliament", "ORG"), ("Don Valley North", "GPE"),
                                                      ("Liberal caucus", "ORG")]),
        E("The Toronto-area MP has previously told", 0, [("Toronto", "GPE"), ("CBC", "ORG"), ("Liberal caucus", "ORG"),
                                                         ("Johnston", "PERSON")]),
    ],
}

# ---------------------------------------------------------------------------
# 001_12eb291d830f437c  (CTV News / The Canadian Press)
# ---------------------------------------------------------------------------
A001 = {
    "sentences": [
        "Skip to main content",
        "Trudeau leaves door open for Independent MP Han Dong to come back to Liberal caucus",
        "Independent MP Han Dong could rejoin the Liberal caucus if he wants to, Prime Minister Justin Trudeau said Wednesday.",
        "The Toronto MP resigned from the government caucus in March saying he wanted to clear his name following allegations published in media reports.",
        "Global News reported, citing unnamed national security sources, that Dong told a Chinese diplomat in February 2021 that releasing Michael Kovrig and Michael Spavor would benefit the Conservatives.",
        "Dong immediately denied the reports and said he only encouraged the Chinese government to release the two men, who were detained in December 2018 after Canada arrested Chinese telecom executive Meng Wanzhou at the request of the United States.",
        "He is suing Global over the report.",
        'David Johnston, whom Trudeau appointed to investigate the government\'s response to foreign interference, said that allegation was "false" and has had an adverse effect on Dong.',
        '"I look forward to conversations with Han about whether he wants to come back, and whether his fight to clear his name is ongoing, or his perspective on this," Trudeau said Wednesday in Winnipeg.',
        '"It\'s his choice but I look forward to that conversation."',
        "Dong said in a statement Tuesday that he felt vindicated by Johnston's report.",
        'He told CBC News on Wednesday that he wants to once again sit with the Liberals in the House of Commons: "I absolutely want to get back to caucus."',
        "He did not respond to a request for further comment on Wednesday.",
        'In a statement on Wednesday, a spokesperson for Global News said that as the media organization investigated and prepared stories about alleged Chinese interference in Canadian elections, it "spent months" reviewing dozens of documents, including from the Canadian Security Intelligence Service.',
        'It spoke with "highly qualified sources on multiple occasions" and "made painstaking efforts to verify the information prepared by senior intelligence officials, many of whom have spent decades investigating security threats to Canada," the spokesperson said.',
        '"Our sources risked their careers and livelihoods to warn Canadians about the extent to which the People\'s Republic of China was interfering in Canada\'s democratic processes and government institutions," the statement said.',
        '"We believe in the integrity of our journalism in all the reporting in this series, and the critical role it plays in seeking accountability and transparency on issues vital to the public interest."',
        'Johnston\'s report said ministers and Trudeau went out of their way to defend Dong when the allegations emerged because they believed he was "badly harmed by the reporting."',
        '"They did not believe the media reports when they came out, as they found Mr. Dong to be a loyal and helpful member of caucus.',
        'They received no recommendations about this allegation, as it is false."',
        "The Canadian Service Intelligence Service is responsible for gathering intelligence, analyzing it and then sending it to relevant government departments to act upon, typically by creating new policies.",
        'Johnston said he was advised that there was just one piece of intelligence that spoke to the allegation against Dong, which led him to his conclusion: "The allegation is false."',
        'Johnston said that while Dong maintained "close relationships" with Chinese consular officials at least through the 2021 election, and did discuss the case of Kovrig and Spavor with the Chinese diplomat, "he did not suggest to the official that (China) extend their detention."',
        "Dong was first elected to Parliament as the Liberal MP for Don Valley North in 2019, and was re-elected in 2021.",
        "He resigned from the Liberal caucus March 22 in a tearful speech in the House of Commons.",
        '"The allegations made against me are as false as the ones made against you," he said on March 22 while addressing the two Michaels.',
        '"To my family and in particular to my parents who brought us here to Canada ... the truth will protect us."',
        "This report by The Canadian Press was first published May 24, 2023.",
        "opinion Don Martin: How a beer break may have doomed the carbon tax hike",
        "When the Liberal government chopped a planned beer excise tax hike to two per cent from 4.5 per cent and froze future increases until after the next election, says political columnist Don Martin, it almost guaranteed a similar carbon tax move in the offing.",
        "Top Stories",
        "Ukraine will stop Putin, Biden tells NATO in forceful speech",
        "Joe Biden forcefully defended the foreign policy achievements of his presidency as he welcomed NATO member states to a Washington summit on Tuesday that is being closely watched by allies at home and abroad for proof the embattled U.S. president can still lead.",
        "Gypsy Rose Blanchard is pregnant",
        "Gypsy Rose Blanchard, who served eight and a half years for helping to kill her abusive mother, announced Tuesday that she is set to become a mother herself.",
        "Local Spotlight",
        "Stay Connected",
    ],
    "boilerplate": [
        B("Skip to main content", 0, "navigation"),
        B("Trudeau leaves door open for Independent MP Han Dong to come back to Liberal caucus", 0, "title"),
        B("This report by The Canadian Press was first published May 24, 2023.", 0, "credit"),
        B("opinion Don Martin: How a beer break may have doomed the carbon tax hike", 0, "teaser"),
        B("When the Liberal government chopped a planned beer excise tax hike to two per cent from 4.5 per cent and froze future increases until after the next election, says political columnist Don Martin, it almost guaranteed a similar carbon tax move in the offing.", 0, "teaser"),
        B("Top Stories", 0, "teaser"),
        B("Ukraine will stop Putin, Biden tells NATO in forceful speech", 0, "teaser"),
        B("Joe Biden forcefully defended the foreign policy achievements of his presidency as he welcomed NATO member states to a Washington summit on Tuesday that is being closely watched by allies at home and abroad for proof the embattled U.S. president can still lead.", 0, "teaser"),
        B("Gypsy Rose Blanchard is pregnant", 0, "teaser"),
        B("Gypsy Rose Blanchard, who served eight and a half years for helping to kill her abusive mother, announced Tuesday that she is set to become a mother herself.", 0, "teaser"),
        B("Local Spotlight", 0, "teaser"),
        B("Stay Connected", 0, "promo"),
    ],
    "quotes": [
        Q("Independent MP Han Dong could rejoin the Liberal caucus if he wants to",
          0, "indirect", "Justin Trudeau", "Justin Trudeau", "said"),
        Q("he wanted to clear his name following allegations published in media reports",
          0, "indirect", "The Toronto MP", "Han Dong", "saying"),
        Q("Dong told a Chinese diplomat in February 2021 that releasing Michael Kovrig and Michael Spavor would benefit the Conservatives",
          0, "indirect", "Global News", "Global News", "reported"),
        Q("he only encouraged the Chinese government to release the two men, who were detained in December 2018 after Canada arrested Chinese telecom executive Meng Wanzhou at the request of the United States",
          0, "indirect", "Dong", "Han Dong", "said"),
        Q('that allegation was "false" and has had an adverse effect on Dong',
          0, "mixed", "David Johnston", "David Johnston", "said"),
        Q('"I look forward to conversations with Han about whether he wants to come back, and whether his fight to clear his name is ongoing, or his perspective on this,"',
          0, "direct", "Trudeau", "Justin Trudeau", "said"),
        Q('"It\'s his choice but I look forward to that conversation."',
          0, "direct", None, "Justin Trudeau", None),
        Q("he felt vindicated by Johnston's report", 0, "indirect", "Dong", "Han Dong", "said"),
        Q("he wants to once again sit with the Liberals in the House of Commons",
          0, "indirect", "He", "Han Dong", "told"),
        Q('"I absolutely want to get back to caucus."', 0, "direct", "He", "Han Dong", ":"),
        Q('as the media organization investigated and prepared stories about alleged Chinese interference in Canadian elections, it "spent months" reviewing dozens of documents, including from the Canadian Security Intelligence Service',
          0, "mixed", "a spokesperson for Global News", "Global News", "said"),
        Q('It spoke with "highly qualified sources on multiple occasions" and "made painstaking efforts to verify the information prepared by senior intelligence officials, many of whom have spent decades investigating security threats to Canada,"',
          0, "mixed", "the spokesperson", "Global News", "said"),
        Q('"Our sources risked their careers and livelihoods to warn Canadians about the extent to which the People\'s Republic of China was interfering in Canada\'s democratic processes and government institutions,"',
          0, "direct", "the statement", "Global News", "said"),
        Q('"We believe in the integrity of our journalism in all the reporting in this series, and the critical role it plays in seeking accountability and transparency on issues vital to the public interest."',
          0, "direct", None, "Global News", None),
        Q('ministers and Trudeau went out of their way to defend Dong when the allegations emerged because they believed he was "badly harmed by the reporting."',
          0, "mixed", "Johnston's report", "David Johnston", "said"),
        Q('"They did not believe the media reports when they came out, as they found Mr. Dong to be a loyal and helpful member of caucus. They received no recommendations about this allegation, as it is false."',
          0, "direct", None, "David Johnston", None),
        Q('he was advised that there was just one piece of intelligence that spoke to the allegation against Dong, which led him to his conclusion: "The allegation is false."',
          0, "mixed", "Johnston", "David Johnston", "said"),
        Q('while Dong maintained "close relationships" with Chinese consular officials at least through the 2021 election, and did discuss the case of Kovrig and Spavor with the Chinese diplomat, "he did not suggest to the official that (China) extend their detention."',
          0, "mixed", "Johnston", "David Johnston", "said"),
        Q('"The allegations made against me are as false as the ones made against you,"',
          0, "direct", "he", "Han Dong", "said"),
        Q('"To my family and in particular to my parents who brought us here to Canada ... the truth will protect us."',
          0, "direct", None, "Han Dong", None),
    ],
    "entities": [
        E("Independent MP Han Dong could rejoin", 0, [("Han Dong", "PERSON"), ("Liberal caucus", "ORG"), ("Justin Trudeau", "PERSON")]),
        E("The Toronto MP resigned", 0, [("Toronto", "GPE")]),
        E("Global News reported, citing", 0, [("Global News", "ORG"), ("Dong", "PERSON"), ("Michael Kovrig", "PERSON"),
                                              ("Michael Spavor", "PERSON"), ("Conservatives", "ORG")]),
        E("Dong immediately denied", 0, [("Dong", "PERSON"), ("Canada", "GPE"), ("Meng Wanzhou", "PERSON"), ("United States", "GPE")]),
        E("He is suing Global", 0, [("Global", "ORG")]),
        E("David Johnston, whom Trudeau", 0, [("David Johnston", "PERSON"), ("Trudeau", "PERSON"), ("Dong", "PERSON")]),
        E('"I look forward to conversations', 0, [("Han", "PERSON"), ("Trudeau", "PERSON"), ("Winnipeg", "GPE")]),
        E("Dong said in a statement Tuesday", 0, [("Dong", "PERSON"), ("Johnston", "PERSON")]),
        E("He told CBC News on Wednesday", 0, [("CBC News", "ORG"), ("Liberals", "ORG"), ("House of Commons", "ORG")]),
        E("In a statement on Wednesday, a spokesperson", 0, [("Global News", "ORG"), ("Canadian Security Intelligence Service", "ORG")]),
        E("It spoke with", 0, [("Canada", "GPE")]),
        E('"Our sources risked', 0, [("People's Republic of China", "GPE"), ("Canada", "GPE")]),
        E("Johnston's report said", 0, [("Johnston", "PERSON"), ("Trudeau", "PERSON"), ("Dong", "PERSON")]),
        E('"They did not believe', 0, [("Dong", "PERSON")]),
        E("The Canadian Service Intelligence Service", 0, [("Canadian Service Intelligence Service", "ORG")]),
        E("Johnston said he was advised", 0, [("Johnston", "PERSON"), ("Dong", "PERSON")]),
        E("Johnston said that while Dong", 0, [("Johnston", "PERSON"), ("Dong", "PERSON"), ("Kovrig", "PERSON"),
                                               ("Spavor", "PERSON"), ("China", "GPE")]),
        E("Dong was first elected to Parliament", 0, [("Dong", "PERSON"), ("Parliament", "ORG"), ("Don Valley North", "GPE"),
                                                      ("Liberal caucus", "ORG"), ("House of Commons", "ORG")]),
        E('"To my family', 0, [("Canada", "GPE")]),
    ],
}

# ---------------------------------------------------------------------------
# 002_372cabd3b1d4f844  (CityNews / The Canadian Press)
# ---------------------------------------------------------------------------
A002 = {
    "sentences": [
        "Liberal MP Han Dong resigns from caucus amid foreign interference allegations",
        "By The Canadian Press and Charlie Carey",
        "Han Dong, the member of Parliament at the centre of allegations of Chinese meddling in Canadian affairs, says he is resigning from the Liberal caucus and will sit as an Independent.",
        "Dong tells the House of Commons Wednesday night that some media outlets have reported unverified and anonymous sources that have attacked his reputation and called into question his loyalty to Canada.",
        "Related articles:",
        "Global News, citing unnamed security sources, published a report alleging that Dong spoke about Michael Spavor and Michael Kovrig with a Chinese diplomat in Toronto in February 2021.",
        "At the time, the two Canadian men had been detained in China for just over two years in apparent retaliation for the December 2018 arrest of Huawei executive Meng Wanzhou in Vancouver on a U.S. extradition warrant.",
        "\u201cLet me assure you, as a parliamentarian, and as a person, I have never and would never, ever advocate or support the violation of the basic human rights of any Canadian,\u201d Dong said Wednesday.",
        "Dong, the MP for Don Valley North since 2019, told Global News that he did meet with the diplomat but disputed how the conversation about the men known as the \u201ctwo Michaels\u201d was characterized.",
        "He tells the House of Commons the reports are false, and that he will defend himself.",
        "\u201cMedia reports today quoted unverified, anonymous sources, that have attacked my reputation and called into question my loyalty to Canada,\u201d he said.",
        "\u201cBusiness of Government and indeed the business of parliament is now interrupted as I work to clear my name.",
        "And the truth is presented to Parliament and to Canadian people.\u201d",
        "Meanwhile, a political scientist at the University of The Fraser Valley says it\u2019s not good news for the Liberal government, however, he points out that reports suggest the Chinese government has been working to influence politics across the federal, provincial, and municipal levels for decades.",
        "\u201cThere has been a concerted effort by the government of China over the last 20 or 30 years to influence outcomes.",
        "Whether they\u2019ve succeeded in that or just attempted, is yet to be determined,\u201d UFV associate professor Hamish Telford told CityNews.",
        "\u201cWe don\u2019t know what the next shoe is to drop.",
        "Will there be further leaks that impugn the character and integrity of this individual?",
        "And that may be the case and it may become untenable for him to continue to hold his seat in Parliament.",
        "We will just have to see how the story evolves.\u201d",
        "The opposition parties are pushing for a public inquiry into foreign interference, however, Prime Minister Justin Trudeau has so far rejected the idea, but instead, has appointed a former governer-general to look into the best options moving forward.",
        "\u201cThese are extremely serious allegations.",
        "But of course, these are allegations that have been made anonymously, by presumably by security officials, rather than the police,\u201d Telford said.",
        "With files from Kurtis Doering and Dean Recksiedler",
        ("Top Stories", 0),
        ("Top Stories", 1),
        "Most Watched Today",
    ],
    "boilerplate": [
        B("Liberal MP Han Dong resigns from caucus amid foreign interference allegations", 0, "title"),
        B("By The Canadian Press and Charlie Carey", 0, "byline"),
        B("Related articles:", 0, "teaser"),
        B("With files from Kurtis Doering and Dean Recksiedler", 0, "credit"),
        B("Top Stories", 0, "teaser"),
        B("Top Stories", 1, "teaser"),
        B("Most Watched Today", 0, "teaser"),
    ],
    "quotes": [
        Q("he is resigning from the Liberal caucus and will sit as an Independent",
          0, "indirect", "Han Dong", "Han Dong", "says"),
        Q("some media outlets have reported unverified and anonymous sources that have attacked his reputation and called into question his loyalty to Canada",
          0, "indirect", "Dong", "Han Dong", "tells"),
        Q("Dong spoke about Michael Spavor and Michael Kovrig with a Chinese diplomat in Toronto in February 2021",
          0, "indirect", "a report", "Global News", "alleging"),
        Q("\u201cLet me assure you, as a parliamentarian, and as a person, I have never and would never, ever advocate or support the violation of the basic human rights of any Canadian,\u201d",
          0, "direct", "Dong", "Han Dong", "said"),
        Q("he did meet with the diplomat but disputed how the conversation about the men known as the \u201ctwo Michaels\u201d was characterized",
          0, "indirect", "Dong", "Han Dong", "told"),
        Q("the reports are false, and that he will defend himself", 0, "indirect", "He", "Han Dong", "tells"),
        Q("\u201cMedia reports today quoted unverified, anonymous sources, that have attacked my reputation and called into question my loyalty to Canada,\u201d",
          0, "direct", "he", "Han Dong", "said"),
        Q("\u201cBusiness of Government and indeed the business of parliament is now interrupted as I work to clear my name. And the truth is presented to Parliament and to Canadian people.\u201d",
          0, "direct", "he", "Han Dong", "said"),
        Q("it\u2019s not good news for the Liberal government",
          0, "indirect", "a political scientist at the University of The Fraser Valley", "Hamish Telford", "says"),
        Q("reports suggest the Chinese government has been working to influence politics across the federal, provincial, and municipal levels for decades",
          0, "indirect", "he", "Hamish Telford", "points out"),
        Q("\u201cThere has been a concerted effort by the government of China over the last 20 or 30 years to influence outcomes. Whether they\u2019ve succeeded in that or just attempted, is yet to be determined,\u201d",
          0, "direct", "Hamish Telford", "Hamish Telford", "told"),
        Q("\u201cWe don\u2019t know what the next shoe is to drop. Will there be further leaks that impugn the character and integrity of this individual? And that may be the case and it may become untenable for him to continue to hold his seat in Parliament. We will just have to see how the story evolves.\u201d",
          0, "direct", None, "Hamish Telford", None),
        Q("\u201cThese are extremely serious allegations. But of course, these are allegations that have been made anonymously, by presumably by security officials, rather than the police,\u201d",
          0, "direct", "Telford", "Hamish Telford", "said"),
    ],
    "entities": [
        E("Han Dong, the member of Parliament", 0, [("Han Dong", "PERSON"), ("Parliament", "ORG"), ("Liberal caucus", "ORG")]),
        E("Dong tells the House of Commons Wednesday", 0, [("Dong", "PERSON"), ("House of Commons", "ORG"), ("Canada", "GPE")]),
        E("Global News, citing unnamed security", 0, [("Global News", "ORG"), ("Dong", "PERSON"), ("Michael Spavor", "PERSON"),
                                                      ("Michael Kovrig", "PERSON"), ("Toronto", "GPE")]),
        E("At the time, the two Canadian men", 0, [("China", "GPE"), ("Huawei", "ORG"), ("Meng Wanzhou", "PERSON"),
                                                   ("Vancouver", "GPE"), ("U.S.", "GPE")]),
        E("\u201cLet me assure you", 0, [("Dong", "PERSON")]),
        E("Dong, the MP for Don Valley North", 0, [("Dong", 0, "PERSON"), ("Don Valley North", "GPE"), ("Global News", "ORG")]),
        E("He tells the House of Commons the reports", 0, [("House of Commons", "ORG")]),
        E("\u201cMedia reports today", 0, [("Canada", "GPE"), ("Parliament", "ORG")]),
        E("Meanwhile, a political scientist", 0, [("University of The Fraser Valley", "ORG")]),
        E("\u201cThere has been a concerted effort", 0, [("China", "GPE"), ("UFV", "ORG"), ("Hamish Telford", "PERSON"),
                                                         ("CityNews", "ORG")]),
        E("\u201cWe don\u2019t know", 0, [("Parliament", "ORG")]),
        E("The opposition parties are pushing", 0, [("Justin Trudeau", "PERSON")]),
        E("\u201cThese are extremely serious", 0, [("Telford", "PERSON")]),
    ],
}

# ---------------------------------------------------------------------------
# 003_7e1856d1ddac877d  (Global News; single newlines between paragraphs)
# ---------------------------------------------------------------------------
A003 = {
    "sentences": [
        "Former Liberal Han Dong \u2018disappointed\u2019 to sit out federal campaign",
        "Global News",
        "Former MP Han Dong stepped away from Liberal caucus after Global News\u2019 reports on his interactions with Toronto\u2019s Chinese consulate.",
        "Former Liberal MP Han Dong will not seek re-election after he says the party told him that they\u2019d be running another candidate.",
        "Dong, the independent member for Don Valley North, says he\u2019s \u201cdisappointed\u201d that he won\u2019t be running in the upcoming contest, but said he didn\u2019t want to split the vote in the safely Liberal riding to give the party its best shot at winning.",
        "Dong stepped away from the Liberal caucus on March 22, 2023, after Global News, citing unnamed national security sources, published alleged details about his interactions with the Chinese consulate in Toronto.",
        "Dong reportedly had discussions with his party about returning to caucus since June 2023.",
        "\u201cAs many of you know, I had no choice but to leave the Liberal caucus about two years ago to try and clear my name in response to false accusations Global News published about me,\u201d Dong said in a statement published on social media.",
        "Dong is now suing Global\u2019s parent company, Corus Entertainment, and has repeatedly denied any wrongdoing.",
        "Citing two national security sources, Global reported that Dong discussed the detention of Michael Spavor and Michael Kovrig with Han Tao, then China\u2019s consul general in Toronto, in February 2021, without notifying the government first.",
        "The report included allegations suggesting that over the course of the phone call, Dong privately advised the diplomat that releasing the Two Michaels, who had been detained on national security grounds by Beijing, at that time would benefit the opposition Conservatives.",
        "Dong has repeatedly said he had always advocated for the Two Michaels\u2019 release.",
        "A summary of the call, submitted by the Canadian Security Intelligence Service (CSIS) to the recent public inquiry on foreign interference, suggested Dong \u201cexpressed the view that even if the (People\u2019s Republic of China) released the \u2018Two Michaels\u2019 at that moment, opposition parties would view the PRC\u2019s action as an affirmation of the effectiveness of a hardline Canadian approach to the PRC.\u201d",
    ],
    "boilerplate": [
        B("Former Liberal Han Dong \u2018disappointed\u2019 to sit out federal campaign", 0, "title"),
        B("Global News", 0, "byline"),
        B("Former MP Han Dong stepped away from Liberal caucus after Global News\u2019 reports on his interactions with Toronto\u2019s Chinese consulate.", 0, "title"),
    ],
    "quotes": [
        Q("the party told him that they\u2019d be running another candidate", 0, "indirect", "he", "Han Dong", "says"),
        Q("he\u2019s \u201cdisappointed\u201d that he won\u2019t be running in the upcoming contest", 0, "mixed", "Dong", "Han Dong", "says"),
        Q("he didn\u2019t want to split the vote in the safely Liberal riding to give the party its best shot at winning",
          0, "indirect", "Dong", "Han Dong", "said"),
        Q("\u201cAs many of you know, I had no choice but to leave the Liberal caucus about two years ago to try and clear my name in response to false accusations Global News published about me,\u201d",
          0, "direct", "Dong", "Han Dong", "said"),
        Q("Dong discussed the detention of Michael Spavor and Michael Kovrig with Han Tao, then China\u2019s consul general in Toronto, in February 2021, without notifying the government first",
          0, "indirect", "Global", "Global News", "reported"),
        Q("over the course of the phone call, Dong privately advised the diplomat that releasing the Two Michaels, who had been detained on national security grounds by Beijing, at that time would benefit the opposition Conservatives",
          0, "indirect", "The report", "Global News", "suggesting"),
        Q("he had always advocated for the Two Michaels\u2019 release", 0, "indirect", "Dong", "Han Dong", "said"),
        Q("Dong \u201cexpressed the view that even if the (People\u2019s Republic of China) released the \u2018Two Michaels\u2019 at that moment, opposition parties would view the PRC\u2019s action as an affirmation of the effectiveness of a hardline Canadian approach to the PRC.\u201d",
          0, "mixed", "A summary of the call", "Canadian Security Intelligence Service", "suggested"),
    ],
    "entities": [
        E("Former Liberal MP Han Dong will not", 0, [("Han Dong", "PERSON")]),
        E("Dong, the independent member", 0, [("Dong", "PERSON"), ("Don Valley North", "GPE")]),
        E("Dong stepped away from the Liberal caucus", 0, [("Dong", 0, "PERSON"), ("Liberal caucus", "ORG"), ("Global News", "ORG"),
                                                           ("Toronto", "GPE"), ("Dong", 1, "PERSON")]),
        E("\u201cAs many of you know", 0, [("Liberal caucus", "ORG"), ("Global News", "ORG"), ("Dong", "PERSON")]),
        E("Dong is now suing", 0, [("Dong", "PERSON"), ("Global", "ORG"), ("Corus Entertainment", "ORG")]),
        E("Citing two national security sources", 0, [("Global", "ORG"), ("Dong", 0, "PERSON"), ("Michael Spavor", "PERSON"),
                                                      ("Michael Kovrig", "PERSON"), ("Han Tao", "PERSON"), ("China", "GPE"),
                                                      ("Toronto", "GPE"), ("Dong", 1, "PERSON"), ("Beijing", "GPE"),
                                                      ("Conservatives", "ORG")]),
        E("Dong has repeatedly said", 0, [("Dong", "PERSON")]),
        E("A summary of the call", 0, [("Canadian Security Intelligence Service", "ORG"), ("CSIS", "ORG"), ("Dong", "PERSON"),
                                       ("People\u2019s Republic of China", "GPE"), ("PRC", 0, "GPE"), ("PRC", 1, "GPE")]),
    ],
}

# ---------------------------------------------------------------------------
# 004_4172cc65013da9e6  (Western Standard)
# ---------------------------------------------------------------------------
HEAD_004 = "BREAKING: Liberal MP Han Dong resigns from Liberal caucus"
A004 = {
    "sentences": [
        (HEAD_004, 0),
        "Two verified security sources allege MP Han Dong told Han Tao, China's consul general in Toronto, that releasing the two Michaels in February 2021 would benefit the Conservatives in the polls.",
        (HEAD_004, 1),
        ("Remove Ads", 0),
        "After national security sources revealed allegations against Liberal MP Han Dong, who told the Chinese consulate to withhold the release of the two Michaels, he resigned from the Liberal caucus, effective immediately.",
        '"Han Dong is up in the House of Commons to resign from the Liberal caucus,"\u00a0tweeted\u00a0Conservative MP Michael Chong Tuesday evening.',
        "According to the sources, Dong, who is at the centre of Chinese influence allegations, privately advised a senior Chinese diplomat not to free Michael Kovrig and Michael Spavor in February 2021.",
        "Both sources\u00a0alleged\u00a0he told Han Tao, China's consul general in Toronto, that releasing the two Michaels would benefit the Conservatives in the polls.",
        "Dong claims these allegations are false and says he intends to fight against them as an Independent MP.",
        '"I have informed the prime minister and the leadership of the Liberal Party caucus that I will be sitting as an Independent upon concluding my remarks," he began.',
        'Dong said that "verified security sources" attacked his reputation and questioned his "loyalty to Canada."',
        '"Let me be clear; what has been reported is false, and I will defend myself against these absolutely untrue claims," he continued.',
        '"As a parliamentarian...I would never advocate or support the violation of the fundamental rights of any Canadian."',
        "According to the sources, the Liberal MP supposedly recommended Beijing show progress in the Kovrig and Spavor cases to aid the ruling Liberal Party, who faced public pushback over China's inhumane treatment of the two Michaels then.",
        "Dong confirmed he discussed the matter with Consul General Han but denied he advised Beijing to delay releasing Kovrig and Spavor from prison.",
        '"I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release," he wrote in an earlier statement.',
        '"At every opportunity before they returned home, I demanded their release to Canada without delay.',
        'Any suggestions otherwise are false and are attempts to mislead you and your readers and slander me."',
        "The Prime Minister's Office claims they only became aware of the two-year-old conversation following the inquiry by\u00a0Global News.",
        'PMO spokesperson Alison Murphy wrote that her office "only became aware that a conversation took place after Mr. Dong told us, following recent media questions."',
        "Murphy also suggested that the MP was not acting at the behest of his government.",
        'She claimed Dong never used a "back channel" to communicate with the Chinese consulate.',
        "During the conversation between Dong and the Chinese diplomat, Spavor and Kovrig did not have access to due legal process and lacked their fundamental rights, such as consular access.",
        "Dong\u00a0allegedly\u00a0received assistance from the Chinese consulate in 2019 when he successfully ran for the party's nomination in Don Valley North.",
        'When asked about the Toronto Liberal and potential foreign influence, Trudeau said: "One of the things we\'ve seen, unfortunately, over the past years is a rise in anti-Asian racism linked to the pandemic and concerns being raised or arisen around people\'s loyalties."',
        'Global News\u00a0named Dong a "witting affiliate in China\'s election interference networks" on February 24.',
        "They\u00a0said\u00a0CSIS surveilled Dong as early as June 2019, months before his election to Parliament, and named him in a CSIS memo distributed through the Prime Minister's Office.",
        "Media reports indicate that the Chinese consulate used seniors and Chinese international students to vote for Dong in the nomination contest other Liberal candidates fiercely contested.",
        "Don Valley North is a consistently Liberal riding with a significant Chinese diaspora population.",
        "Dong secured his seat in the 2019 and 2021 federal elections with over half the tallied vote.",
        "The prime minister faces intensifying pressure to explain whether the Canadian Security Intelligence Service (CSIS) warned his office about their concerns with Dong, who allegedly received support from the Chinese consulate in Toronto during his election bid.",
        "Trudeau denied that CSIS warned the government about Dong's candidacy, responding they do not dictate who can run in an election.",
        '"It is not up to unelected security officials to dictate to political parties who can or cannot run," he said.',
        ("Remove Ads", 1),
        ("Remove Ads", 2),
        "Don't Get Censored",
        "Big Tech is censoring us.",
        "Sign up so we can always stay in touch.",
        ("Remove Ads", 3),
    ],
    "boilerplate": [
        B(HEAD_004, 0, "title"),
        B("Two verified security sources allege MP Han Dong told Han Tao, China's consul general in Toronto, that releasing the two Michaels in February 2021 would benefit the Conservatives in the polls.", 0, "title"),
        B(HEAD_004, 1, "title"),
        B("Remove Ads", 0, "advertisement"),
        B("Remove Ads", 1, "advertisement"),
        B("Remove Ads", 2, "advertisement"),
        B("Don't Get Censored", 0, "promo"),
        B("Big Tech is censoring us. Sign up so we can always stay in touch.", 0, "promo"),
        B("Remove Ads", 3, "advertisement"),
    ],
    "quotes": [
        Q('"Han Dong is up in the House of Commons to resign from the Liberal caucus,"',
          0, "direct", "Michael Chong", "Michael Chong", "tweeted"),
        Q("Dong, who is at the centre of Chinese influence allegations, privately advised a senior Chinese diplomat not to free Michael Kovrig and Michael Spavor in February 2021",
          0, "indirect", "the sources", "national security sources", "According to"),
        Q("he told Han Tao, China's consul general in Toronto, that releasing the two Michaels would benefit the Conservatives in the polls",
          0, "indirect", "Both sources", "national security sources", "alleged"),
        Q("these allegations are false", 0, "indirect", "Dong", "Han Dong", "claims"),
        Q("he intends to fight against them as an Independent MP", 0, "indirect", "Dong", "Han Dong", "says"),
        Q('"I have informed the prime minister and the leadership of the Liberal Party caucus that I will be sitting as an Independent upon concluding my remarks,"',
          0, "direct", "he", "Han Dong", "began"),
        Q('"verified security sources" attacked his reputation and questioned his "loyalty to Canada."',
          0, "mixed", "Dong", "Han Dong", "said"),
        Q('"Let me be clear; what has been reported is false, and I will defend myself against these absolutely untrue claims,"',
          0, "direct", "he", "Han Dong", "continued"),
        Q('"As a parliamentarian...I would never advocate or support the violation of the fundamental rights of any Canadian."',
          0, "direct", None, "Han Dong", None),
        Q("the Liberal MP supposedly recommended Beijing show progress in the Kovrig and Spavor cases to aid the ruling Liberal Party, who faced public pushback over China's inhumane treatment of the two Michaels then",
          0, "indirect", "the sources", "national security sources", "According to"),
        Q("he discussed the matter with Consul General Han", 0, "indirect", "Dong", "Han Dong", "confirmed"),
        Q("he advised Beijing to delay releasing Kovrig and Spavor from prison", 0, "indirect", "Dong", "Han Dong", "denied"),
        Q('"I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,"',
          0, "direct", "he", "Han Dong", "wrote"),
        Q('"At every opportunity before they returned home, I demanded their release to Canada without delay. Any suggestions otherwise are false and are attempts to mislead you and your readers and slander me."',
          0, "direct", None, "Han Dong", None),
        Q("they only became aware of the two-year-old conversation following the inquiry by\u00a0Global News",
          0, "indirect", "The Prime Minister's Office", "Prime Minister's Office", "claims"),
        Q('her office "only became aware that a conversation took place after Mr. Dong told us, following recent media questions."',
          0, "mixed", "Alison Murphy", "Alison Murphy", "wrote"),
        Q("the MP was not acting at the behest of his government", 0, "indirect", "Murphy", "Alison Murphy", "suggested"),
        Q('Dong never used a "back channel" to communicate with the Chinese consulate',
          0, "mixed", "She", "Alison Murphy", "claimed"),
        Q('"One of the things we\'ve seen, unfortunately, over the past years is a rise in anti-Asian racism linked to the pandemic and concerns being raised or arisen around people\'s loyalties."',
          0, "direct", "Trudeau", "Trudeau", "said"),
        Q('"witting affiliate in China\'s election interference networks"', 0, "direct", "Global News", "Global News", "named"),
        Q("CSIS surveilled Dong as early as June 2019, months before his election to Parliament, and named him in a CSIS memo distributed through the Prime Minister's Office",
          0, "indirect", "They", "Global News", "said"),
        # "Media reports indicate that ..." is an evidential frame, not a quote (see ANNOTATION.md).
        Q("CSIS warned the government about Dong's candidacy", 0, "indirect", "Trudeau", "Trudeau", "denied"),
        Q("they do not dictate who can run in an election", 0, "indirect", "Trudeau", "Trudeau", "responding"),
        Q('"It is not up to unelected security officials to dictate to political parties who can or cannot run,"',
          0, "direct", "he", "Trudeau", "said"),
    ],
    "entities": [
        E("After national security sources revealed", 0, [("Han Dong", "PERSON"), ("Liberal caucus", "ORG")]),
        E('"Han Dong is up in the House', 0, [("Han Dong", "PERSON"), ("House of Commons", "ORG"), ("Liberal caucus", "ORG"),
                                             ("Michael Chong", "PERSON")]),
        E("According to the sources, Dong, who", 0, [("Dong", "PERSON"), ("Michael Kovrig", "PERSON"), ("Michael Spavor", "PERSON")]),
        E("Both sources", 0, [("Han Tao", "PERSON"), ("China", "GPE"), ("Toronto", "GPE"), ("Conservatives", "ORG")]),
        E("Dong claims these allegations", 0, [("Dong", "PERSON")]),
        E('"I have informed the prime minister', 0, [("Liberal Party", "ORG")]),
        E('Dong said that "verified', 0, [("Dong", "PERSON"), ("Canada", "GPE")]),
        E("According to the sources, the Liberal MP", 0, [("Beijing", "GPE"), ("Kovrig", "PERSON"), ("Spavor", "PERSON"),
                                                          ("Liberal Party", "ORG"), ("China", "GPE")]),
        E("Dong confirmed he discussed", 0, [("Dong", "PERSON"), ("Han", "PERSON"), ("Beijing", "GPE"), ("Kovrig", "PERSON"),
                                             ("Spavor", "PERSON")]),
        E('"I raised the status', 0, [("Michael Spavor", "PERSON"), ("Michael Kovrig", "PERSON")]),
        E('"At every opportunity', 0, [("Canada", "GPE")]),
        E("The Prime Minister's Office claims", 0, [("Prime Minister's Office", "ORG"), ("Global News", "ORG")]),
        E("PMO spokesperson Alison Murphy", 0, [("PMO", "ORG"), ("Alison Murphy", "PERSON"), ("Dong", "PERSON")]),
        E("Murphy also suggested", 0, [("Murphy", "PERSON"), ("Dong", "PERSON")]),
        E("During the conversation between Dong", 0, [("Dong", "PERSON"), ("Spavor", "PERSON"), ("Kovrig", "PERSON")]),
        E("Dong\u00a0allegedly\u00a0received", 0, [("Dong", "PERSON"), ("Don Valley North", "GPE")]),
        E("When asked about the Toronto Liberal", 0, [("Toronto", "GPE"), ("Trudeau", "PERSON")]),
        E("Global News\u00a0named Dong", 0, [("Global News", "ORG"), ("Dong", "PERSON"), ("China", "GPE")]),
        E("They\u00a0said\u00a0CSIS surveilled", 0, [("CSIS", 0, "ORG"), ("Dong", "PERSON"), ("Parliament", "ORG"), ("CSIS", 1, "ORG"),
                                                   ("Prime Minister's Office", "ORG")]),
        E("Media reports indicate", 0, [("Dong", "PERSON")]),
        E("Don Valley North is a consistently", 0, [("Don Valley North", "GPE")]),
        E("Dong secured his seat", 0, [("Dong", "PERSON")]),
        E("The prime minister faces", 0, [("Canadian Security Intelligence Service", "ORG"), ("CSIS", "ORG"), ("Dong", "PERSON"),
                                          ("Toronto", "GPE")]),
        E("Trudeau denied that CSIS", 0, [("Trudeau", "PERSON"), ("CSIS", "ORG"), ("Dong", "PERSON")]),
    ],
}

ARTICLES = [
    ("000_ea89e0b318c6d4cb", A000),
    ("001_12eb291d830f437c", A001),
    ("002_372cabd3b1d4f844", A002),
    ("003_7e1856d1ddac877d", A003),
    ("004_4172cc65013da9e6", A004),
]


# ---------------------------------------------------------------------------
# locating snippets
# ---------------------------------------------------------------------------
class AnnotationError(AssertionError):
    pass


def occurrences(text, snippet, lo=0, hi=None):
    """Start offsets of snippet in text[lo:hi], respecting word boundaries at
    word-character edges (see module docstring)."""
    if hi is None:
        hi = len(text)
    if not snippet:
        raise AnnotationError("empty snippet")
    out = []
    i = text.find(snippet, lo, hi)
    while i != -1:
        j = i + len(snippet)
        ok = True
        if re.match(r"\w", snippet[0]) and i > 0 and re.match(r"\w", text[i - 1]):
            ok = False
        if re.match(r"\w", snippet[-1]) and j < len(text) and re.match(r"\w", text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(snippet, i + 1, hi)
    return out


def locate(text, snippet, occ, lo=0, hi=None, what=""):
    hits = occurrences(text, snippet, lo, hi)
    if occ >= len(hits):
        raise AnnotationError(f"{what}: occurrence {occ} of {snippet!r} not found "
                              f"({len(hits)} found in [{lo}:{hi}])")
    s = hits[occ]
    return s, s + len(snippet)


def line_bounds(text, pos):
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, (len(text) if hi == -1 else hi)


def spec_occ(spec):
    """'snippet' -> ('snippet', 0); ('snippet', n) -> same."""
    if isinstance(spec, tuple):
        return spec
    return spec, 0


def build_article(aid, spec):
    path = SEEDS / f"{aid}.txt"
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    where = aid

    # sentences: listed in reading order, each must start after the previous one ends
    sentences = []
    prev_end = 0
    for s in spec["sentences"]:
        snip, occ = spec_occ(s)
        start, end = locate(text, snip, occ, what=f"{where} sentence")
        if start < prev_end:
            raise AnnotationError(f"{where}: sentence {snip[:50]!r} (occ {occ}) at {start} "
                                  f"is not after the previous sentence (ends {prev_end})")
        sentences.append({"start": start, "end": end})
        prev_end = end

    boilerplate = []
    for _, snip, occ, kind in spec["boilerplate"]:
        start, end = locate(text, snip, occ, what=f"{where} boilerplate")
        boilerplate.append({"start": start, "end": end, "kind": kind})

    quotes = []
    for _, snip, occ, qtype, speaker, canonical, cue in spec["quotes"]:
        start, end = locate(text, snip, occ, what=f"{where} quote")
        lo, hi = line_bounds(text, start)
        rec = {"start": start, "end": end, "text": text[start:end], "type": qtype}
        if speaker is None:
            rec.update(speaker=None, speaker_start=None, speaker_end=None)
        else:
            ss, so = spec_occ(speaker)
            a, b = locate(text, ss, so, lo, hi, what=f"{where} speaker of {snip[:40]!r}")
            rec.update(speaker=text[a:b], speaker_start=a, speaker_end=b)
        rec["speaker_canonical"] = canonical
        if cue is None:
            rec.update(cue=None, cue_start=None, cue_end=None)
        else:
            cs, co = spec_occ(cue)
            a, b = locate(text, cs, co, lo, hi, what=f"{where} cue of {snip[:40]!r}")
            rec.update(cue=text[a:b], cue_start=a, cue_end=b)
        quotes.append(rec)

    entities = []
    for _, anchor, aocc, ents in spec["entities"]:
        a0, _ = locate(text, anchor, aocc, what=f"{where} entity anchor")
        lo, hi = line_bounds(text, a0)
        for e in ents:
            if len(e) == 2:
                esnip, eocc, label = e[0], 0, e[1]
            else:
                esnip, eocc, label = e
            s, t = locate(text, esnip, eocc, lo, hi, what=f"{where} entity in line {anchor[:30]!r}")
            entities.append({"start": s, "end": t, "text": text[s:t], "label": label})

    # spec order must already be document order (a cheap guard against a wrong occ)
    for name, lst in (("boilerplate", boilerplate), ("quotes", quotes), ("entities", entities)):
        if [x["start"] for x in lst] != sorted(x["start"] for x in lst):
            raise AnnotationError(f"{where}: {name} are not listed in document order")

    return {
        "id": aid,
        "source": f"samples/{aid}.txt",
        "text": text,
        "sentences": sentences,
        "boilerplate": boilerplate,
        "quotes": quotes,
        "entities": entities,
    }


def build_all():
    return [build_article(aid, spec) for aid, spec in ARTICLES]


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def validate(records):
    """Return a list of problems (empty when everything is consistent)."""
    errs = []

    def err(rid, msg):
        errs.append(f"{rid}: {msg}")

    def in_bounds(rid, name, s, e, n):
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n):
            err(rid, f"{name} span [{s}:{e}] out of bounds (len {n})")
            return False
        return True

    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    if [r["id"] for r in records] != [aid for aid, _ in ARTICLES]:
        errs.append("record ids / order differ from the seed file order")
    for r in records:
        rid, text = r["id"], r["text"]
        n = len(text)
        with open(SEEDS / f"{rid}.txt", encoding="utf-8", newline="") as f:
            if f.read() != text:
                err(rid, "text is not byte-identical to the seed file")
        if r["source"] != f"samples/{rid}.txt":
            err(rid, "bad source field")

        # sentences
        prev = 0
        covered = [False] * n
        for s in r["sentences"]:
            a, b = s["start"], s["end"]
            if not in_bounds(rid, "sentence", a, b, n):
                continue
            seg = text[a:b]
            if a < prev:
                err(rid, f"sentence [{a}:{b}] overlaps or is out of order")
            prev = b
            if "\n" in seg:
                err(rid, f"sentence [{a}:{b}] crosses a newline")
            if seg != seg.strip(TRIM):
                err(rid, f"sentence [{a}:{b}] is not trimmed: {seg!r}")
            for i in range(a, b):
                covered[i] = True
        for i, ch in enumerate(text):
            if not covered[i] and ch not in TRIM:
                err(rid, f"character {i} {ch!r} is not covered by any sentence")
                break
        starts = {s["start"] for s in r["sentences"]}
        ends = {s["end"] for s in r["sentences"]}

        # boilerplate
        bp = []
        prev = 0
        for x in r["boilerplate"]:
            a, b = x["start"], x["end"]
            if not in_bounds(rid, "boilerplate", a, b, n):
                continue
            if x["kind"] not in BOILERPLATE_KINDS:
                err(rid, f"boilerplate kind {x['kind']!r}")
            if a < prev:
                err(rid, f"boilerplate [{a}:{b}] overlaps or is out of order")
            prev = b
            seg = text[a:b]
            if seg != seg.strip(TRIM):
                err(rid, f"boilerplate [{a}:{b}] not trimmed")
            if "\n" in seg:
                err(rid, f"boilerplate [{a}:{b}] crosses a newline")
            if a not in starts or b not in ends:
                err(rid, f"boilerplate [{a}:{b}] is not aligned to sentence boundaries")
            bp.append((a, b))

        # quotes
        prevq = None
        for q in r["quotes"]:
            a, b = q["start"], q["end"]
            if not in_bounds(rid, "quote", a, b, n):
                continue
            if text[a:b] != q["text"]:
                err(rid, f"quote text mismatch at [{a}:{b}]")
            if "\n" in q["text"]:
                err(rid, f"quote [{a}:{b}] crosses a newline")
            if q["text"] != q["text"].strip(TRIM):
                err(rid, f"quote [{a}:{b}] not trimmed")
            if q["type"] not in QUOTE_TYPES:
                err(rid, f"quote type {q['type']!r}")
            if q["type"] == "direct" and not (q["text"][0] in "\"\u201c\u2018" and q["text"][-1] in "\"\u201d\u2019"):
                err(rid, f"direct quote [{a}:{b}] does not start and end with quotation marks")
            if q["type"] == "mixed" and not re.search("[\"\u201c]", q["text"]):
                err(rid, f"mixed quote [{a}:{b}] has no quotation mark")
            if q["type"] == "indirect" and re.search("[.]$", q["text"]):
                err(rid, f"indirect quote [{a}:{b}] keeps its final full stop")
            if any(overlaps((a, b), y) for y in bp):
                err(rid, f"quote [{a}:{b}] lies in boilerplate")
            if prevq is not None and a < prevq:
                err(rid, f"quote [{a}:{b}] overlaps or is out of order")
            prevq = b
            if not q.get("speaker_canonical"):
                err(rid, f"quote [{a}:{b}] has no speaker_canonical")
            lo, hi = line_bounds(text, a)
            for fld in ("speaker", "cue"):
                v, s0, e0 = q[fld], q[fld + "_start"], q[fld + "_end"]
                if v is None:
                    if s0 is not None or e0 is not None:
                        err(rid, f"quote [{a}:{b}] {fld} null but offsets set")
                    continue
                if not in_bounds(rid, fld, s0, e0, n):
                    continue
                if text[s0:e0] != v:
                    err(rid, f"quote [{a}:{b}] {fld} text mismatch")
                if not (lo <= s0 and e0 <= hi):
                    err(rid, f"quote [{a}:{b}] {fld} outside the quote's paragraph")
                if overlaps((a, b), (s0, e0)):
                    err(rid, f"quote [{a}:{b}] {fld} overlaps the quote content")
            if (q["speaker"] is None) != (q["cue"] is None):
                err(rid, f"quote [{a}:{b}]: speaker and cue must both be set or both be null")

        # entities
        preve = None
        for x in r["entities"]:
            a, b = x["start"], x["end"]
            if not in_bounds(rid, "entity", a, b, n):
                continue
            if text[a:b] != x["text"]:
                err(rid, f"entity text mismatch at [{a}:{b}]")
            if x["label"] not in ENTITY_LABELS:
                err(rid, f"entity label {x['label']!r}")
            if any(overlaps((a, b), y) for y in bp):
                err(rid, f"entity {x['text']!r} [{a}:{b}] lies in boilerplate")
            if preve is not None and a < preve:
                err(rid, f"entity {x['text']!r} [{a}:{b}] overlaps or is out of order")
            preve = b
            if x["text"].endswith(("'s", "\u2019s")):
                err(rid, f"entity {x['text']!r} keeps a possessive")
            if x["text"].lower().startswith("the ") and x["text"] != "The Canadian Press":
                err(rid, f"entity {x['text']!r} starts with 'the'")
    return errs


def counts(r):
    return {
        "sentences": len(r["sentences"]),
        "boilerplate": len(r["boilerplate"]),
        "boilerplate_kinds": dict(sorted(Counter(x["kind"] for x in r["boilerplate"]).items())),
        "quotes": len(r["quotes"]),
        "quote_types": dict(sorted(Counter(q["type"] for q in r["quotes"]).items())),
        "entities": len(r["entities"]),
        "entity_labels": dict(sorted(Counter(e["label"] for e in r["entities"]).items())),
    }


def review(records):
    """Print everything for proof-reading, plus capitalised body words that are
    not inside an entity (a completeness aid, not a rule)."""
    for r in records:
        text = r["text"]
        print("=" * 100)
        print(r["id"], json.dumps(counts(r)))
        bp = [(x["start"], x["end"]) for x in r["boilerplate"]]
        for s in r["sentences"]:
            kind = next((x["kind"] for x in r["boilerplate"] if x["start"] <= s["start"] < x["end"]), "")
            print(f"  S {s['start']:5}-{s['end']:5} {kind:13} {text[s['start']:s['end']][:110]!r}")
        for q in r["quotes"]:
            print(f"  Q {q['type']:8} spk={q['speaker']!r} -> {q['speaker_canonical']!r} cue={q['cue']!r}")
            print(f"      {q['text']!r}")
        ents = [(e["start"], e["end"]) for e in r["entities"]]
        print("  E", "; ".join(f"{e['text']}/{e['label']}" for e in r["entities"]))
        missed = []
        for m in re.finditer(r"[A-Z][\w'\u2019.-]*", text):
            a = m.start()
            if any(x <= a < y for x, y in bp) or any(x <= a < y for x, y in ents):
                continue
            missed.append(m.group())
        print("  capitalised words outside entities/boilerplate:", " ".join(missed))


def main(argv):
    records = build_all()
    errs = validate(records)
    if "--review" in argv:
        review(records)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    data = serialise(records)
    if "--check" in argv:
        if not OUT.exists():
            print(f"{OUT} does not exist; run without --check first", file=sys.stderr)
            return 1
        on_disk = OUT.read_text(encoding="utf-8")
        if on_disk != data:
            print(f"{OUT} differs from what the annotations produce; re-run the script", file=sys.stderr)
            return 1
        disk_records = [json.loads(line) for line in on_disk.splitlines()]
        derrs = validate(disk_records)
        if derrs:
            print("\n".join(derrs), file=sys.stderr)
            return 1
        for r in disk_records:
            print(r["id"], json.dumps(counts(r)))
        print(f"OK: {OUT} ({len(disk_records)} articles) validates")
        return 0
    if "--review" not in argv:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="") as f:
            f.write(data)
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
