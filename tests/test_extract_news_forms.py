"""How news states the four relations: one self-written sentence per construction (issue 14).

The constructions are those the issue lists as causes of misses on real news (references across
sentences, names cut wrong, triggers not covered, passive, nominal and relative-clause forms, false
positives) and the common phrasings of criticism, removal, endorsement, money and lawsuits in news
prose. Every name is invented. The registry is empty, as for a new article: actors are found as news
names them. Each case lists the facts `kg extract` must output (at its default threshold) and the
readings it must not.
"""

from __future__ import annotations

import pytest

OPP = {"opposed", "criticized", "soughtRemovalOf", "sued", "ruledAgainst", "reassignedCasesFrom"}
SUP = {"supported", "endorsed"}
FUN = {"funded", "supported"}
P = "Linda Park"

CASES = [
    (
        "The union that represents the county's assistant prosecutors sued District Attorney Linda Park on "
        "Tuesday. The Guild of Assistant Prosecutors said the new policy broke its contract.",
        [("Guild of Assistant Prosecutors", {"sued"}, "Linda Park")],
        [("prosecutors", OPP, "Linda Park")],
    ),
    (
        "Governor Tom Reyes removed State Attorney Linda Park from office in March. The suspended "
        "prosecutor is now suing the governor in federal court.",
        [("Tom Reyes", OPP, "Linda Park"), ("Linda Park", {"sued"}, "Tom Reyes")],
        [],
    ),
    (
        "Marcus Webb filed a lawsuit on Friday. The lawsuit names the city of Harbor Falls, the Harbor "
        "Falls Police Benevolent Association, its president Carl Dunn and special prosecutor Ellen Marsh.",
        [
            ("Marcus Webb", {"sued"}, "Harbor Falls Police Benevolent Association"),
            ("Marcus Webb", {"sued"}, "Carl Dunn"),
            ("Marcus Webb", {"sued"}, "Ellen Marsh"),
        ],
        [],
    ),
    (
        "State Attorney Linda Park went to federal court on Monday. Her suit was filed against Governor "
        "Tom Reyes in his official capacity.",
        [("Linda Park", {"sued"}, "Tom Reyes")],
        [],
    ),
    (
        "District Attorney Maria Lopez-Garcia was criticized by the Riverton Police Union.",
        [("Riverton Police Union", OPP, "Maria Lopez-Garcia")],
        [],
    ),
    (
        "Citizens Against Reckless Prosecutors sued District Attorney Linda Park.",
        [("Citizens Against Reckless Prosecutors", {"sued"}, "Linda Park")],
        [],
    ),
    (
        "Fraternal Order of Police Lodge 9 endorsed Marcus Webb for district attorney.",
        [("Fraternal Order of Police Lodge 9", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Voters for Safety & Justice PAC spent $200,000 to support Linda Park.",
        [("Voters for Safety & Justice PAC", FUN, "Linda Park")],
        [],
    ),
    (
        "Governor Tom Reyes suspended embattled progressive State Attorney Linda Park on Tuesday.",
        [("Tom Reyes", OPP, "Linda Park")],
        [("Tom Reyes", OPP, "embattled")],
    ),
    (
        "The Harbor County Sheriffs' Association came out against District Attorney Linda Park last week.",
        [("Harbor County Sheriffs' Association", OPP, "Linda Park")],
        [],
    ),
    (
        '"Linda Park is a danger to every family in this county," said Carl Dunn, '
        "president of the Riverton Police Union.",
        [("Carl Dunn", OPP, "Linda Park")],
        [],
    ),
    (
        "Rep. Dana Cole introduced articles of impeachment against District Attorney Linda Park.",
        [("Dana Cole", OPP, "Linda Park")],
        [],
    ),
    (
        "Linda Park's campaign got a $500,000 boost from the Justice Forward Fund.",
        [("Justice Forward Fund", FUN, "Linda Park")],
        [],
    ),
    (
        "The Justice Forward Fund spent $80,000 in support of Linda Park.",
        [("Justice Forward Fund", FUN, "Linda Park")],
        [],
    ),
    ("Harold Finch gave to Linda Park's campaign twice.", [("Harold Finch", FUN, "Linda Park")], []),
    (
        "Harold Finch funneled contributions into the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    ("Linda Park received Harold Finch's donation in May.", [("Harold Finch", FUN, "Linda Park")], []),
    (
        "The Riverton Police Union criticized Linda Park's efforts to end cash bail.",
        [("Riverton Police Union", OPP, "Linda Park")],
        [],
    ),
    (
        "Linda Park's policy was met with disdain by the Riverton Police Union.",
        [("Riverton Police Union", OPP, "Linda Park")],
        [],
    ),
    ("Governor Tom Reyes's suspension of Linda Park drew protests.", [("Tom Reyes", OPP, "Linda Park")], []),
    (
        "Linda Park's lawsuit alleges that Governor Tom Reyes overstepped his authority.",
        [("Linda Park", {"sued"}, "Tom Reyes")],
        [],
    ),
    (
        "Linda Park was helped by the Safer Streets Committee, which is funded by Harold Finch.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "The articles of impeachment introduced by Rep. Dana Cole accuse District Attorney Linda Park of "
        "neglect.",
        [("Dana Cole", OPP, "Linda Park")],
        [],
    ),
    ("Governor Tom Reyes can suspend an official like Linda Park.", [], [("Tom Reyes", OPP, "Linda Park")]),
    (
        "Governor Tom Reyes would consider asking the court to remove Linda Park.",
        [],
        [("Tom Reyes", OPP, "Linda Park")],
    ),
    (
        "Linda Park sued the county under the Civil Rights Act of 1871.",
        [],
        [("Linda Park", OPP, "Civil Rights Act")],
    ),
    (
        "Governor Tom Reyes thinks he has the authority to remove Linda Park.",
        [],
        [("Tom Reyes", OPP, "Linda Park")],
    ),
    (
        "The Riverton Police Union withdrew its endorsement of Marcus Webb on Friday.",
        [("Riverton Police Union", SUP, "Marcus Webb", True)],
        [("Riverton Police Union", SUP, "Marcus Webb", False)],
    ),
    (
        "Supervisor Ana Ortiz endorsed the recall of District Attorney Linda Park on Tuesday.",
        [("Ana Ortiz", OPP, "Linda Park")],
        [("Ana Ortiz", SUP, "Linda Park")],
    ),
    (
        "The county party voted to oppose the recall of District Attorney Linda Park.",
        [],
        [("Linda Park", OPP, "Linda Park")],
    ),
    (
        "The Harbor County Sheriffs Association came out in support of Governor Tom Reyes's decision to "
        "suspend Linda Park.",
        [("Harbor County Sheriffs Association", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Attorney General Dana Cole's bid to oust District Attorney Linda Park went to trial on Monday.",
        [("Dana Cole", OPP, "Linda Park")],
        [],
    ),
    (
        "Residents for a Safer Riverton launched a campaign to recall District Attorney Linda Park.",
        [("Residents for a Safer Riverton", OPP, "Linda Park")],
        [],
    ),
    ("Carl Dunn slammed Ana Ortiz's endorsement of the recall.", [("Carl Dunn", OPP, "Ana Ortiz")], []),
    (
        "The Riverton Police Union announced a vote of no confidence in District Attorney Linda Park.",
        [("Riverton Police Union", OPP, "Linda Park")],
        [],
    ),
    (
        "The city's police union, the Riverton Police Benevolent Association, announced a vote of no "
        "confidence in District Attorney Linda Park.",
        [("Riverton Police Benevolent Association", OPP, "Linda Park")],
        [],
    ),
    ("Mayor Ana Ortiz called for District Attorney Linda Park's resignation.", [("Ana Ortiz", OPP, P)], []),
    ("Mayor Ana Ortiz called on District Attorney Linda Park to resign.", [("Ana Ortiz", OPP, P)], []),
    (
        "The Riverton Police Union voted no confidence in District Attorney Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    ("Governor Tom Reyes took aim at District Attorney Linda Park on Monday.", [("Tom Reyes", OPP, P)], []),
    ("Governor Tom Reyes lashed out at District Attorney Linda Park.", [("Tom Reyes", OPP, P)], []),
    (
        "Governor Tom Reyes railed against District Attorney Linda Park in a speech.",
        [("Tom Reyes", OPP, P)],
        [],
    ),
    ("District Attorney Linda Park hit back at Governor Tom Reyes.", [(P, OPP, "Tom Reyes")], []),
    ("Governor Tom Reyes clashed with District Attorney Linda Park over bail.", [("Tom Reyes", OPP, P)], []),
    (
        "The Riverton Police Union campaigned against District Attorney Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "The Riverton Police Union ran ads attacking District Attorney Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "The Riverton Police Union urged voters to reject District Attorney Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    ("Governor Tom Reyes demanded Linda Park's resignation.", [("Tom Reyes", OPP, P)], []),
    (
        "District Attorney Linda Park drew sharp criticism from the Riverton Police Union.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    ("District Attorney Linda Park faced criticism from Governor Tom Reyes.", [("Tom Reyes", OPP, P)], []),
    ("Governor Tom Reyes said District Attorney Linda Park should resign.", [("Tom Reyes", OPP, P)], []),
    (
        "Carl Dunn, the union's president, accused Linda Park of ignoring victims.",
        [("Carl Dunn", OPP, P)],
        [],
    ),
    (
        "Marcus Webb asked the court to remove District Attorney Linda Park from office.",
        [("Marcus Webb", OPP, P)],
        [],
    ),
    (
        "Marcus Webb petitioned the court to remove District Attorney Linda Park.",
        [("Marcus Webb", OPP, P)],
        [],
    ),
    (
        "The Riverton Police Union spent $300,000 against District Attorney Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    ("Judge Ellen Marsh ruled against District Attorney Linda Park.", [("Ellen Marsh", OPP, P)], []),
    ("Judge Ellen Marsh blocked District Attorney Linda Park's policy.", [("Ellen Marsh", OPP, P)], []),
    (
        "Judge Ellen Marsh dismissed Linda Park's lawsuit against Governor Tom Reyes.",
        [("Ellen Marsh", OPP, P), (P, {"sued"}, "Tom Reyes")],
        [],
    ),
    ("Protesters rallied against District Attorney Linda Park outside the courthouse.", [], []),
    (
        "The Riverton Teachers Union threw its support behind Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "The Riverton Teachers Union announced its support for Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Marcus Webb won the endorsement of the Riverton Teachers Union.",
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
        [],
    ),
    ("Marcus Webb was endorsed by Senator Dana Cole.", [("Dana Cole", SUP, "Marcus Webb")], []),
    ("Senator Dana Cole campaigned for Marcus Webb in October.", [("Dana Cole", SUP, "Marcus Webb")], []),
    ("Marcus Webb has the backing of Senator Dana Cole.", [("Dana Cole", SUP, "Marcus Webb")], []),
    ("Senator Dana Cole is supporting Marcus Webb.", [("Dana Cole", SUP, "Marcus Webb")], []),
    (
        "Senator Dana Cole, who endorsed Marcus Webb, spoke at the rally.",
        [("Dana Cole", SUP, "Marcus Webb")],
        [],
    ),
    ("Marcus Webb, endorsed by Senator Dana Cole, won the primary.", [("Dana Cole", SUP, "Marcus Webb")], []),
    (
        "Senator Dana Cole and Mayor Ana Ortiz endorsed Marcus Webb.",
        [("Dana Cole", SUP, "Marcus Webb"), ("Ana Ortiz", SUP, "Marcus Webb")],
        [],
    ),
    (
        "The Riverton Teachers Union declined to endorse Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb", True)],
        [("Riverton Teachers Union", SUP, "Marcus Webb", False)],
    ),
    (
        "The Riverton Teachers Union did not endorse Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb", True)],
        [("Riverton Teachers Union", SUP, "Marcus Webb", False)],
    ),
    (
        "The Riverton Teachers Union rescinded its endorsement of Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb", True)],
        [("Riverton Teachers Union", SUP, "Marcus Webb", False)],
    ),
    (
        "The Riverton Teachers Union is expected to endorse Marcus Webb.",
        [],
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
    ),
    (
        "Harold Finch donated $250,000 to the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Harold Finch contributed $5,000 to Marcus Webb's campaign.",
        [("Harold Finch", FUN, "Marcus Webb")],
        [],
    ),
    (
        "Harold Finch poured $2 million into the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Harold Finch's $1 million donation to the Safer Streets Committee drew attention.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    ("Harold Finch gave Marcus Webb $10,000.", [("Harold Finch", FUN, "Marcus Webb")], []),
    (
        "Harold Finch bankrolled the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Harold Finch is the largest donor to the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "The Safer Streets Committee, funded largely by Harold Finch, spent heavily.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Harold Finch wrote a $50,000 check to the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "The Safer Streets Committee has spent $400,000 supporting Marcus Webb.",
        [("Safer Streets Committee", FUN, "Marcus Webb")],
        [],
    ),
    (
        "The Safer Streets Committee raised $900,000, including $500,000 from Harold Finch.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    ("Marcus Webb's biggest donor, Harold Finch, gave $20,000.", [("Harold Finch", FUN, "Marcus Webb")], []),
    ("Linda Park took Governor Tom Reyes to court.", [(P, {"sued"}, "Tom Reyes")], []),
    ("Governor Tom Reyes was sued by Linda Park on Monday.", [(P, {"sued"}, "Tom Reyes")], []),
    ("Linda Park brought a lawsuit against Governor Tom Reyes.", [(P, {"sued"}, "Tom Reyes")], []),
    (
        "A lawsuit filed by Linda Park against Governor Tom Reyes was dismissed.",
        [(P, {"sued"}, "Tom Reyes")],
        [],
    ),
    ("Linda Park's lawsuit against Governor Tom Reyes was dismissed.", [(P, {"sued"}, "Tom Reyes")], []),
    ("Linda Park challenged Governor Tom Reyes in federal court.", [(P, OPP, "Tom Reyes")], []),
    (
        "Linda Park and two deputies sued Governor Tom Reyes and the Riverton Police Union.",
        [(P, {"sued"}, "Tom Reyes"), (P, {"sued"}, "Riverton Police Union")],
        [],
    ),
    ("Linda Park threatened to sue Governor Tom Reyes.", [], [(P, {"sued"}, "Tom Reyes")]),
    ("Linda Park may sue Governor Tom Reyes.", [], [(P, {"sued"}, "Tom Reyes")]),
    (
        "Senator Dana Cole issued a statement condemning District Attorney Linda Park.",
        [("Dana Cole", OPP, P)],
        [],
    ),
    (
        "The Riverton Teachers Union released a letter supporting Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Governor Tom Reyes has been highly critical of District Attorney Linda Park.",
        [("Tom Reyes", OPP, P)],
        [],
    ),
    (
        "The Riverton Police Union is critical of Linda Park's policies.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "The Harbor County Sheriffs Association was supportive of the suspension of Linda Park.",
        [("Harbor County Sheriffs Association", OPP, P)],
        [],
    ),
    ("Mayor Ana Ortiz was supportive of Marcus Webb.", [("Ana Ortiz", SUP, "Marcus Webb")], []),
    (
        "Backed by billionaire Harold Finch, the Safer Streets Committee spent heavily in the race.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Funded by Harold Finch, the Safer Streets Committee ran ads.",
        [("Harold Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Residents of Riverton want to recall District Attorney Linda Park. The effort was launched by "
        "Carl Dunn in May.",
        [("Carl Dunn", OPP, P)],
        [],
    ),
    (
        "The Riverton Civil Liberties Union is against the recall of Linda Park.",
        [("Riverton Civil Liberties Union", SUP, P)],
        [("Riverton Civil Liberties Union", OPP, P)],
    ),
    (
        "The Riverton Police Union is against District Attorney Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "Linda Park's values came under fire from her challenger, Deputy District Attorney Ellen Marsh.",
        [("Ellen Marsh", OPP, P)],
        [],
    ),
    ("The union sent a letter to District Attorney Linda Park, accusing her of ignoring victims.", [], []),
    (
        "The Riverton Police Union sent a letter to District Attorney Linda Park on Monday, accusing her "
        "of ignoring victims.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "The Justice Forward Fund spent $1 million to oppose Ellen Marsh's candidacy and back Linda Park's "
        "reelection.",
        [("Justice Forward Fund", OPP, "Ellen Marsh"), ("Justice Forward Fund", FUN, P)],
        [("Justice Forward Fund", FUN, "Ellen Marsh")],
    ),
    ("Carl Dunn is the principal organizer of the recall of Linda Park.", [("Carl Dunn", OPP, P)], []),
    (
        "Harold Finch was a major contributor to the campaign to oust Linda Park.",
        [("Harold Finch", OPP, P)],
        [("Harold Finch", FUN, P)],
    ),
    (
        "The Riverton Police Union voted in favor of the recall of Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "Mayor Ana Ortiz voted to support the recall of Linda Park.",
        [("Ana Ortiz", OPP, P)],
        [("Ana Ortiz", SUP, P)],
    ),
    ("Senator Dana Cole praised Linda Park for her leadership.", [("Dana Cole", SUP, P)], []),
    (
        "Linda Park received the endorsement of the Riverton Teachers Union.",
        [("Riverton Teachers Union", SUP, P)],
        [],
    ),
    ("The editorial board of the Riverton Gazette endorsed Linda Park.", [("Riverton Gazette", SUP, P)], []),
    (
        "Governor Tom Reyes suspended Finch-backed State Attorney Linda Park on Tuesday.",
        [("Tom Reyes", OPP, P), ("Finch", FUN, P)],
        [("Tom Reyes", OPP, "Finch")],
    ),
    (
        "The Finch-funded Safer Streets Committee spent $2 million in the race.",
        [("Finch", FUN, "Safer Streets Committee")],
        [],
    ),
    ("Linda Park, a union-endorsed candidate, won the primary.", [], []),
    (
        "Linda Park filed a federal lawsuit challenging Governor Tom Reyes's decision.",
        [(P, {"sued"}, "Tom Reyes")],
        [],
    ),
    (
        "Linda Park filed a lawsuit challenging her suspension by Governor Tom Reyes.",
        [(P, {"sued"}, "Tom Reyes")],
        [],
    ),
    (
        "The Riverton Police Union took legal action against District Attorney Linda Park.",
        [("Riverton Police Union", {"sued"}, P)],
        [],
    ),
    ("Mayor Ana Ortiz urged District Attorney Linda Park to resign.", [("Ana Ortiz", OPP, P)], []),
    ("Mayor Ana Ortiz asked Linda Park to step down.", [("Ana Ortiz", OPP, P)], []),
    (
        "The Riverton Teachers Union gave its endorsement to Marcus Webb.",
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Marcus Webb picked up the endorsement of the Riverton Teachers Union.",
        [("Riverton Teachers Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Local Democrats rallied behind Marcus Webb, and Senator Dana Cole rallied behind him too.",
        [("Dana Cole", SUP, "Marcus Webb")],
        [],
    ),
    ("Senator Dana Cole called out District Attorney Linda Park on Twitter.", [("Dana Cole", OPP, P)], []),
    ("Governor Tom Reyes's decision to suspend Linda Park drew protests.", [("Tom Reyes", OPP, P)], []),
    (
        "Attorney General Dana Cole filed a motion to disqualify District Attorney Linda Park.",
        [("Dana Cole", OPP, P)],
        [],
    ),
    ("Harold Finch chipped in $25,000 for Marcus Webb.", [("Harold Finch", FUN, "Marcus Webb")], []),
    ("Governor Tom Reyes wants Linda Park removed from office.", [("Tom Reyes", OPP, P)], []),
    ("Governor Tom Reyes is seeking to remove Linda Park.", [("Tom Reyes", OPP, P)], []),
    ("The Riverton Police Union voted to impeach Linda Park.", [("Riverton Police Union", OPP, P)], []),
    (
        "The Riverton Police Union, which has long opposed Linda Park, endorsed Marcus Webb.",
        [("Riverton Police Union", OPP, P), ("Riverton Police Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Marcus Webb, backed by the Riverton Police Union, challenged Linda Park.",
        [("Riverton Police Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Linda Park won with the support of the Riverton Teachers Union.",
        [("Riverton Teachers Union", SUP, P)],
        [],
    ),
    (
        "Linda Park is supported by the Riverton Teachers Union and Senator Dana Cole.",
        [("Riverton Teachers Union", SUP, P), ("Dana Cole", SUP, P)],
        [],
    ),
    (
        "The Safer Streets Committee received $1 million from Harold Finch and $500,000 from Ellen Marsh.",
        [("Harold Finch", FUN, "Safer Streets Committee"), ("Ellen Marsh", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "Harold Finch and Ellen Marsh each gave $100,000 to the Safer Streets Committee.",
        [("Harold Finch", FUN, "Safer Streets Committee"), ("Ellen Marsh", FUN, "Safer Streets Committee")],
        [],
    ),
    (
        "The Riverton Police Union spent $500,000 on ads attacking Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [("Riverton Police Union", FUN, P)],
    ),
    (
        "The Riverton Police Union spent $500,000 on ads supporting Marcus Webb.",
        [("Riverton Police Union", FUN, "Marcus Webb")],
        [],
    ),
    ("Senator Dana Cole, a longtime critic of Linda Park, spoke first.", [("Dana Cole", OPP, P)], []),
    (
        "Linda Park blamed the Riverton Police Union for the violence.",
        [(P, OPP, "Riverton Police Union")],
        [],
    ),
    ("The judge sided with Linda Park against the Riverton Police Union.", [], []),
    ("Judge Ellen Marsh ruled in favor of Linda Park.", [], [("Ellen Marsh", OPP, P)]),
    # lists after a passive agent; money reported, brought in; roles said of a named donor
    (
        "Linda Park was backed by the Riverton Teachers Union, along with Mayor Ana Ortiz and Senator "
        "Dana Cole.",
        [("Riverton Teachers Union", SUP, P), ("Ana Ortiz", SUP, P), ("Dana Cole", SUP, P)],
        [],
    ),
    (
        "Linda Park reported $236,200 from Harold Finch in the last filing period.",
        [("Harold Finch", FUN, P)],
        [],
    ),
    (
        "Linda Park brought in four donations of $100,000 each from Harold Finch.",
        [("Harold Finch", FUN, P)],
        [],
    ),
    ("Linda Park's biggest contributor is Harold Finch.", [("Harold Finch", FUN, P)], []),
    ("Linda Park reported contributions of $548,000 from Feb. 23 to July 4.", [], [("Feb.", FUN, P)]),
    # a rival named in apposition is no relation the annotation records
    ("Linda Park defeated her Republican opponent Ellen Marsh.", [], [("Ellen Marsh", OPP, P)]),
    ("Senator Dana Cole emerged as one of Linda Park's biggest foes.", [("Dana Cole", OPP, P)], []),
    # a lawsuit in a relative clause without "that"; firing; doubting one's credentials; findings
    (
        "The court dismissed a civil lawsuit Marcus Webb had filed against Linda Park.",
        [("Marcus Webb", {"sued"}, P)],
        [],
    ),
    ("District Attorney Linda Park fired senior prosecutor Marcus Webb.", [(P, OPP, "Marcus Webb")], []),
    ("Rep. Michael Rodriguez questioned Linda Park's credentials.", [("Michael Rodriguez", OPP, P)], []),
    ("The Appeals Court found that Linda Park engaged in misconduct.", [("Appeals Court", OPP, P)], []),
    ("Linda Park fired back at Governor Tom Reyes.", [(P, OPP, "Tom Reyes")], [(P, SUP, "Tom Reyes")]),
    # a message's author acts; a county party is an organisation; a named plaintiff over "her"
    (
        "Miriam Krinsky released a statement supporting Andrew Warren, the suspended state attorney.",
        [("Miriam Krinsky", SUP, "Andrew Warren")],
        [],
    ),
    (
        "Linda Park's campaign was backed by the King County Democrats.",
        [("King County Democrats", SUP, P)],
        [],
    ),
    (
        "Christine Richters filed her second suit against Todd Spitzer on March 2.",
        [("Christine Richters", {"sued"}, "Todd Spitzer")],
        [],
    ),
    # leaving an organisation over what it does
    (
        "District Attorney Linda Park left the Harbor District Attorneys Association over its resistance "
        "to reform.",
        [(P, OPP, "Harbor District Attorneys Association")],
        [],
    ),
    ("Linda Park left the office in March.", [], [(P, OPP, "office")]),
    # negation, refusal, retraction, hedges: never output as current
    (
        "Mayor Ana Ortiz didn't support Linda Park in the primary.",
        [("Ana Ortiz", SUP, P, True)],
        [("Ana Ortiz", SUP, P, False)],
    ),
    (
        "Mayor Ana Ortiz did not back Linda Park.",
        [("Ana Ortiz", SUP, P, True)],
        [("Ana Ortiz", SUP, P, False)],
    ),
    (
        "Mayor Ana Ortiz never endorsed Linda Park.",
        [("Ana Ortiz", SUP, P, True)],
        [("Ana Ortiz", SUP, P, False)],
    ),
    ("Governor Tom Reyes won't act on a petition to remove Linda Park.", [], [("Tom Reyes", OPP, P, False)]),
    ("Governor Tom Reyes refused to remove Linda Park.", [], [("Tom Reyes", OPP, P, False)]),
    (
        "Governor Tom Reyes declined to suspend District Attorney Linda Park.",
        [],
        [("Tom Reyes", OPP, P, False)],
    ),
    ("Governor Tom Reyes has no plans to suspend Linda Park.", [], [("Tom Reyes", OPP, P, False)]),
    (
        "The Riverton Police Union rescinded its endorsement of Linda Park.",
        [],
        [("Riverton Police Union", SUP, P, False)],
    ),
    (
        "The Riverton Police Union dropped its support for Linda Park.",
        [],
        [("Riverton Police Union", SUP, P, False)],
    ),
    (
        "The Riverton Police Union is no longer endorsing Linda Park.",
        [],
        [("Riverton Police Union", SUP, P, False)],
    ),
    (
        "The Riverton Police Union said it would not endorse Linda Park.",
        [],
        [("Riverton Police Union", SUP, P, False)],
    ),
    (
        "Harold Finch denied funding the Safer Streets Committee.",
        [],
        [("Harold Finch", FUN, "Safer Streets Committee", False)],
    ),
    ("Harold Finch has not donated to Linda Park's campaign.", [], [("Harold Finch", FUN, P, False)]),
    ("Marcus Webb dropped his lawsuit against Linda Park.", [], [("Marcus Webb", {"sued"}, P, False)]),
    ("Marcus Webb withdrew the lawsuit against Linda Park.", [], [("Marcus Webb", {"sued"}, P, False)]),
    (
        "Neither Mayor Ana Ortiz nor Senator Dana Cole endorsed Linda Park.",
        [],
        [("Ana Ortiz", SUP, P, False), ("Dana Cole", SUP, P, False)],
    ),
    (
        "The Riverton Police Union stopped short of endorsing Linda Park.",
        [],
        [("Riverton Police Union", SUP, P, False)],
    ),
    (
        "Senator Dana Cole stopped short of calling for Linda Park's removal.",
        [],
        [("Dana Cole", OPP, P, False)],
    ),
    ("It is unclear whether Governor Tom Reyes will suspend Linda Park.", [], [("Tom Reyes", OPP, P, False)]),
    ("Governor Tom Reyes could suspend Linda Park.", [], [("Tom Reyes", OPP, P, False)]),
    # a role before a name is a title
    (
        "Fair and Just Prosecution Executive Director Miriam Krinsky released a statement supporting "
        "Andrew Warren.",
        [("Miriam Krinsky", SUP, "Andrew Warren")],
        [],
    ),
    # more phrasings of news: joined in, whom, faces a lawsuit from, threw its weight behind, took a
    # swipe at, the decision by X, spending trying to unseat X (no money for X), a noun 'campaign'
    (
        "Senator Dana Cole joined Mayor Ana Ortiz in criticizing District Attorney Linda Park.",
        [("Dana Cole", OPP, P), ("Ana Ortiz", OPP, P)],
        [],
    ),
    (
        "Senator Dana Cole and Mayor Ana Ortiz have both endorsed Linda Park.",
        [("Dana Cole", SUP, P), ("Ana Ortiz", SUP, P)],
        [],
    ),
    (
        "Marcus Webb, whom the Riverton Police Union endorsed, lost the race.",
        [("Riverton Police Union", SUP, "Marcus Webb")],
        [],
    ),
    (
        "Linda Park won endorsements from the Riverton Teachers Union and Senator Dana Cole.",
        [("Riverton Teachers Union", SUP, P), ("Dana Cole", SUP, P)],
        [],
    ),
    (
        "District Attorney Linda Park faces a lawsuit from the Riverton Police Union.",
        [("Riverton Police Union", {"sued"}, P)],
        [],
    ),
    ("Harold Finch gave Linda Park's campaign $5,000.", [("Harold Finch", FUN, P)], []),
    (
        "The Safer Streets Committee spent $1 million backing Linda Park.",
        [("Safer Streets Committee", FUN, P)],
        [],
    ),
    (
        "The Riverton Teachers Union threw its weight behind Linda Park.",
        [("Riverton Teachers Union", SUP, P)],
        [],
    ),
    (
        "The Riverton Teachers Union lent its support to Linda Park.",
        [("Riverton Teachers Union", SUP, P)],
        [],
    ),
    ("Senator Dana Cole spoke out against District Attorney Linda Park.", [("Dana Cole", OPP, P)], []),
    ("Senator Dana Cole took a swipe at District Attorney Linda Park.", [("Dana Cole", OPP, P)], []),
    (
        "The Riverton Police Union condemned the decision by District Attorney Linda Park to drop the "
        "charges.",
        [("Riverton Police Union", OPP, P)],
        [],
    ),
    (
        "Senator Dana Cole denounced Governor Tom Reyes's suspension of Linda Park.",
        [("Dana Cole", OPP, "Tom Reyes"), ("Tom Reyes", OPP, P)],
        [],
    ),
    (
        "Harold Finch donated to both Linda Park and Marcus Webb.",
        [("Harold Finch", FUN, P), ("Harold Finch", FUN, "Marcus Webb")],
        [],
    ),
    (
        "The Riverton Police Union has spent more than $2 million trying to unseat Linda Park.",
        [("Riverton Police Union", OPP, P)],
        [("Riverton Police Union", {"funded"}, P)],
    ),
    (
        "The Riverton Police Union's president, Carl Dunn, called Linda Park a disgrace.",
        [("Carl Dunn", OPP, P)],
        [],
    ),
    (
        "Linda Park has been sued three times by the Riverton Police Union.",
        [("Riverton Police Union", {"sued"}, P)],
        [],
    ),
    (
        "The Riverton Police Union is suing District Attorney Linda Park and Mayor Ana Ortiz over the "
        "policy.",
        [("Riverton Police Union", {"sued"}, P), ("Riverton Police Union", {"sued"}, "Ana Ortiz")],
        [],
    ),
    (
        "Linda Park was the target of a recall campaign by Residents for a Safer Riverton.",
        [],
        [(P, SUP, "Residents for a Safer Riverton")],
    ),
    (
        "Sheriff Tom Mack withdrew his support of District Attorney Linda Park.",
        [("Tom Mack", SUP, P, True)],
        [("Tom Mack", SUP, P, False)],
    ),
    # a pronoun's gender, where the text states an actor's ("Councilwoman", "Ms.")
    (
        "Councilwoman Ana Ortiz and Mayor Tom Reyes met on Monday. He criticized Linda Park.",
        [("Tom Reyes", OPP, P)],
        [("Ana Ortiz", OPP, P)],
    ),
    (
        "Ms. Ellen Marsh spoke after Marcus Webb. She endorsed Linda Park.",
        [("Ellen Marsh", SUP, P)],
        [("Marcus Webb", SUP, P)],
    ),
    # money for ads is for or against whom the ads are
    (
        "Harold Finch poured $200,000 into mailers attacking District Attorney Linda Park.",
        [("Harold Finch", OPP, P)],
        [("Harold Finch", {"funded"}, P)],
    ),
    (
        "The Safer Streets Committee spent $90,000 on television ads supporting Marcus Webb.",
        [("Safer Streets Committee", FUN, "Marcus Webb")],
        [],
    ),
    # the parse finds no subject of "to endorse the recall": the word-order subject stands, the
    # relation is the parse's
    (
        "Supervisor Ana Ortiz became the first official to endorse the recall of District Attorney "
        "Linda Park.",
        [("Ana Ortiz", OPP, P)],
        [("Ana Ortiz", SUP, P)],
    ),
    # a party is no backer; a committee's name that holds "Recall" is no recall of the text's
    (
        "The Republican-backed committee sued District Attorney Linda Park.",
        [],
        [("Republican", SUP, "committee")],
    ),
    (
        "The Riverton Civil Liberties Union is against the recall. Supporters of Recall Linda Park "
        "raised $5,000.",
        [],
        [("Riverton Civil Liberties Union", SUP, "Supporters of Recall Linda Park")],
    ),
    (
        "The Mesa Valley Police Officers Association filed suit against District Attorney "
        "Denise Okafor on Monday.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association is suing District Attorney Denise Okafor "
        "over her charging policy.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association filed a lawsuit Tuesday in state court "
        "against District Attorney Denise Okafor.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor was sued by the Mesa Valley Police Officers Association last year.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association took District Attorney Denise Okafor to "
        "court over the policy.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "A lawsuit filed by the Mesa Valley Police Officers Association against District "
        "Attorney Denise Okafor was dismissed.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association's lawsuit against District Attorney Denise "
        "Okafor goes to trial next week.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "In a lawsuit filed Monday, the Mesa Valley Police Officers Association accused "
        "District Attorney Denise Okafor of violating state law.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association brought suit against District Attorney "
        "Denise Okafor in federal court.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association has sued District Attorney Denise Okafor twice.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver and the Mesa Valley Police Officers Association sued District "
        "Attorney Denise Okafor.",
        [
            ("Ray Tolliver", {"sued"}, "Denise Okafor"),
            ("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor"),
        ],
        [],
    ),
    (
        "Sheriff Ray Tolliver joined a lawsuit against District Attorney Denise Okafor.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The lawsuit, filed by the Mesa Valley Police Officers Association, claims District "
        "Attorney Denise Okafor ignored the law.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor is named as a defendant in a lawsuit filed by the Mesa "
        "Valley Police Officers Association.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association named District Attorney Denise Okafor as a defendant.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association filed a federal lawsuit challenging "
        "District Attorney Denise Okafor's policy.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor sued Gov. Ellen Brandt after her suspension.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor filed a petition with the state Supreme Court against "
        "Gov. Ellen Brandt.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Gov. Ellen Brandt was sued Thursday by District Attorney Denise Okafor, who says her "
        "removal was illegal.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor's lawsuit against Gov. Ellen Brandt was thrown out by "
        "a federal judge.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Attorney General Paul Whitcomb sued District Attorney Denise Okafor to force her to "
        "prosecute drug cases.",
        [("Paul Whitcomb", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Attorney General Paul Whitcomb has filed a lawsuit seeking to remove District Attorney "
        "Denise Okafor from office.",
        [("Paul Whitcomb", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Attorney General Paul Whitcomb filed a petition to remove District Attorney Denise Okafor.",
        [("Paul Whitcomb", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver, who sued District Attorney Denise Okafor in 2021, is running against her.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor won a lawsuit brought against her by Sheriff Ray Tolliver.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The suit against District Attorney Denise Okafor was brought by Sheriff Ray Tolliver.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver filed a complaint in Superior Court against District Attorney Denise Okafor.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver declined to sue District Attorney Denise Okafor.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor", True)],
        [("Ray Tolliver", {"sued"}, "Denise Okafor", False)],
    ),
    (
        "Sheriff Ray Tolliver said he may sue District Attorney Denise Okafor.",
        [],
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
    ),
    (
        "Sheriff Ray Tolliver threatened to sue District Attorney Denise Okafor.",
        [],
        [("Ray Tolliver", {"sued"}, "Denise Okafor", False)],
    ),
    (
        "Two deputy prosecutors sued District Attorney Denise Okafor, alleging retaliation.",
        [],
        [("prosecutors", {"sued"}, "Denise Okafor")],
    ),
    (
        "The Mesa Valley Police Officers Association sued the county and District Attorney Denise Okafor.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association sued to block District Attorney Denise Okafor's policy.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor faces a lawsuit from the Mesa Valley Police Officers Association.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver went to court to stop District Attorney Denise Okafor's policy.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association asked a judge to block District Attorney "
        "Denise Okafor's policy.",
        [("Mesa Valley Police Officers Association", OPP, "Denise Okafor")],
        [],
    ),
    (
        "A judge sided with District Attorney Denise Okafor in the lawsuit brought by the Mesa "
        "Valley Police Officers Association.",
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
        [],
    ),
    (
        "Gov. Ellen Brandt, the defendant in District Attorney Denise Okafor's lawsuit, declined to comment.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association filed suit. The union says District "
        "Attorney Denise Okafor broke the law.",
        [],
        [],
    ),
    (
        "Gov. Ellen Brandt is one of the defendants in the lawsuit filed by District Attorney Denise Okafor.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor, a plaintiff in the suit against Gov. Ellen Brandt, "
        "spoke on Monday.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "The defendant, Marcus Cole, was convicted of robbery in a case brought by District "
        "Attorney Denise Okafor.",
        [],
        [("Denise Okafor", {"sued"}, "Marcus Cole")],
    ),
    (
        "Gov. Ellen Brandt was a defendant in a lawsuit last year.",
        [],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association filed a complaint with the state bar "
        "against District Attorney Denise Okafor.",
        [("Mesa Valley Police Officers Association", OPP, "Denise Okafor")],
        [("Mesa Valley Police Officers Association", {"sued"}, "Denise Okafor")],
    ),
    (
        "District Attorney Denise Okafor filed a motion in court against the Mesa Valley Police "
        "Officers Association.",
        [],
        [],
    ),
    (
        "Sheriff Ray Tolliver sued the county to block the new jail.",
        [],
        [("Ray Tolliver", {"sued"}, "jail")],
    ),
    (
        "District Attorney Denise Okafor asked the court to dismiss the charges against Marcus Cole.",
        [],
        [("Denise Okafor", OPP, "Marcus Cole")],
    ),
    (
        "District Attorney Denise Okafor's supporters, including Councilwoman Rita Vance, state "
        "Sen. Omar Fields and Mayor Lisa Tran, rallied on Monday.",
        [
            ("Rita Vance", SUP, "Denise Okafor"),
            ("Omar Fields", SUP, "Denise Okafor"),
            ("Lisa Tran", SUP, "Denise Okafor"),
        ],
        [],
    ),
    (
        "Okafor supporters, including Councilwoman Rita Vance and Mayor Lisa Tran, gathered "
        "outside. District Attorney Denise Okafor thanked them.",
        [("Rita Vance", SUP, "Denise Okafor"), ("Lisa Tran", SUP, "Denise Okafor")],
        [],
    ),
    (
        "Denise Okafor's endorsements include former Judge Rita Vance, retired investigator "
        "Omar Fields and the Mesa Valley Police Officers Association.",
        [
            ("Rita Vance", SUP, "Denise Okafor"),
            ("Omar Fields", SUP, "Denise Okafor"),
            ("Mesa Valley Police Officers Association", SUP, "Denise Okafor"),
        ],
        [],
    ),
    (
        "Denise Okafor received the backing of the Teamsters and the Mesa Valley Police "
        "Officers Association.",
        [
            ("Teamsters", SUP, "Denise Okafor"),
            ("Mesa Valley Police Officers Association", SUP, "Denise Okafor"),
        ],
        [],
    ),
    (
        "MESA VALLEY, Ariz. (KMVT) — Sheriff Ray Tolliver sued District Attorney Denise Okafor on Monday.",
        [("Ray Tolliver", {"sued"}, "Denise Okafor")],
        [("MESA VALLEY", OPP, "Denise Okafor")],
    ),
    (
        "Denise Okafor raised $120,000. Sheriff Ray Tolliver spent about $51,000 on his campaign.",
        [],
        [("Ray Tolliver", FUN, "Denise Okafor")],
    ),
    (
        "Omar Fields is funding $300,000 worth of flyers attacking Denise Okafor's record.",
        [("Omar Fields", OPP, "Denise Okafor")],
        [("Omar Fields", FUN, "Denise Okafor")],
    ),
    (
        "The group spent $380,000 on advertisements opposing Denise Okafor and supporting Rita Vance.",
        [],
        [("Denise Okafor", SUP, "Rita Vance"), ("Denise Okafor", FUN, "Rita Vance")],
    ),
    (
        "Councilman Omar Fields took aim at Denise Okafor's handling of the case.",
        [("Omar Fields", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Her only opponent, Rita Vance, dropped out of the race and endorsed District Attorney "
        "Denise Okafor.",
        [("Rita Vance", SUP, "Denise Okafor")],
        [],
    ),
    (
        "Developer Omar Fields gave Denise Okafor $50,000 through a holding company.",
        [("Omar Fields", FUN, "Denise Okafor")],
        [],
    ),
    (
        "Denise Okafor's lawsuit against fellow Democrat Gov. Ellen Brandt and the Legislature failed.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "The Mesa County Republican Party Executive Committee has censured District Attorney Denise Okafor.",
        [("Mesa County Republican Party Executive Committee", OPP, "Denise Okafor")],
        [],
    ),
    (
        "County Clerk Rita Vance endorsed District Attorney Denise Okafor.",
        [("Rita Vance", SUP, "Denise Okafor")],
        [],
    ),
    (
        "“I am proud to endorse District Attorney Denise Okafor for re-election,” said Rita Vance.",
        [("Rita Vance", SUP, "Denise Okafor")],
        [],
    ),
    (
        "Rita Vance said Okafor was “trying to buy this seat, plain and simple.” District "
        "Attorney Denise Okafor declined to comment.",
        [],
        [],
    ),
    (
        "Sheriff Ray Tolliver blasted District Attorney Denise Okafor on Monday.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver accused District Attorney Denise Okafor of ignoring victims.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver called District Attorney Denise Okafor's decision reckless.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver has been a vocal critic of District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver, a longtime critic of District Attorney Denise Okafor, spoke first.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver lashed out at District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver called for District Attorney Denise Okafor's resignation.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver called on District Attorney Denise Okafor to resign.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association voted no confidence in District Attorney Denise Okafor.",
        [("Mesa Valley Police Officers Association", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver urged voters to reject District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver campaigned against District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver blamed District Attorney Denise Okafor for rising crime.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver denounced District Attorney Denise Okafor's policies.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver questioned District Attorney Denise Okafor's judgment.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver ripped District Attorney Denise Okafor in a Facebook post.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Gov. Ellen Brandt removed District Attorney Denise Okafor from the case.",
        [("Ellen Brandt", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Gov. Ellen Brandt stripped District Attorney Denise Okafor of the case.",
        [("Ellen Brandt", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver called District Attorney Denise Okafor a rogue prosecutor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver criticized District Attorney Denise Okafor for dropping the charges.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver is among District Attorney Denise Okafor's fiercest critics.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor's critics, including Sheriff Ray Tolliver, say crime is up.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver is leading the effort to recall District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver signed the petition to recall District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver has pushed to oust District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Attorney General Paul Whitcomb took over the case from District Attorney Denise Okafor.",
        [("Paul Whitcomb", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver faulted District Attorney Denise Okafor's handling of the shooting.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver and the Mesa Valley Police Officers Association have clashed with "
        "District Attorney Denise Okafor.",
        [
            ("Ray Tolliver", OPP, "Denise Okafor"),
            ("Mesa Valley Police Officers Association", OPP, "Denise Okafor"),
        ],
        [],
    ),
    (
        "District Attorney Denise Okafor faces a recall effort led by Sheriff Ray Tolliver.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor drew criticism from Sheriff Ray Tolliver.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor came under fire from Sheriff Ray Tolliver.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "District Attorney Denise Okafor has been criticized by Sheriff Ray Tolliver and Gov. Ellen Brandt.",
        [("Ray Tolliver", OPP, "Denise Okafor"), ("Ellen Brandt", OPP, "Denise Okafor")],
        [],
    ),
    (
        "“She has failed this county,” Sheriff Ray Tolliver said of District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver said District Attorney Denise Okafor had failed the county.",
        [("Ray Tolliver", OPP, "Denise Okafor")],
        [],
    ),
    (
        "A judge ruled against District Attorney Denise Okafor on Tuesday.",
        [],
        [],
    ),
    (
        "Judge Harriet Lowe ruled against District Attorney Denise Okafor on Tuesday.",
        [("Harriet Lowe", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Judge Harriet Lowe blocked District Attorney Denise Okafor's policy.",
        [("Harriet Lowe", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Judge Harriet Lowe disqualified District Attorney Denise Okafor from the case.",
        [("Harriet Lowe", OPP, "Denise Okafor")],
        [],
    ),
    (
        "Sheriff Ray Tolliver did not criticize District Attorney Denise Okafor.",
        [("Ray Tolliver", OPP, "Denise Okafor", True)],
        [("Ray Tolliver", OPP, "Denise Okafor", False)],
    ),
    (
        "Sheriff Ray Tolliver defended District Attorney Denise Okafor.",
        [],
        [("Ray Tolliver", OPP, "Denise Okafor")],
    ),
    (
        "Sheriff Ray Tolliver praised District Attorney Denise Okafor.",
        [],
        [("Ray Tolliver", OPP, "Denise Okafor")],
    ),
    (
        "The Mesa Valley Police Officers Association threw its support behind Ray Tolliver.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association is backing Ray Tolliver in the primary.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver won the endorsement of the Mesa Valley Police Officers Association.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver was endorsed by the Mesa Valley Police Officers Association on Friday.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association's endorsement of Ray Tolliver surprised no one.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver, who is endorsed by the Mesa Valley Police Officers Association, leads the race.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver picked up endorsements from the Mesa Valley Police Officers Association "
        "and Mayor Lisa Tran.",
        [
            ("Mesa Valley Police Officers Association", SUP, "Ray Tolliver"),
            ("Lisa Tran", SUP, "Ray Tolliver"),
        ],
        [],
    ),
    (
        "The Mesa Valley Police Officers Association announced its support for Ray Tolliver.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Mayor Lisa Tran campaigned for Ray Tolliver in October.",
        [("Lisa Tran", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Mayor Lisa Tran is supporting Ray Tolliver's bid for district attorney.",
        [("Lisa Tran", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Mayor Lisa Tran endorsed Ray Tolliver, calling him a fighter for victims.",
        [("Lisa Tran", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver has the backing of Mayor Lisa Tran.",
        [("Lisa Tran", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver is the union's choice: the Mesa Valley Police Officers Association "
        "endorsed him in May.",
        [("Mesa Valley Police Officers Association", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Mayor Lisa Tran declined to endorse Ray Tolliver.",
        [("Lisa Tran", SUP, "Ray Tolliver", True)],
        [("Lisa Tran", SUP, "Ray Tolliver", False)],
    ),
    (
        "Mayor Lisa Tran rescinded her endorsement of Ray Tolliver.",
        [("Lisa Tran", SUP, "Ray Tolliver", True)],
        [("Lisa Tran", SUP, "Ray Tolliver", False)],
    ),
    (
        "Mayor Lisa Tran, who endorsed Ray Tolliver in 2020, now backs Denise Okafor.",
        [("Lisa Tran", SUP, "Ray Tolliver"), ("Lisa Tran", SUP, "Denise Okafor")],
        [],
    ),
    (
        "Omar Fields donated $1 million to the Safe Mesa PAC.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "Omar Fields contributed $25,000 to Ray Tolliver's campaign.",
        [("Omar Fields", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "The Safe Mesa PAC is bankrolled by Omar Fields.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "The Safe Mesa PAC, funded largely by Omar Fields, spent $2 million.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "Omar Fields poured $500,000 into the race to support Ray Tolliver.",
        [("Omar Fields", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver's biggest donor is Omar Fields.",
        [("Omar Fields", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "Omar Fields wrote a $1 million check to the Safe Mesa PAC.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "Omar Fields financed Ray Tolliver's campaign.",
        [("Omar Fields", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "The Omar Fields-funded Safe Mesa PAC spent heavily.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "The Safe Mesa PAC received $750,000 from Omar Fields.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "The Safe Mesa PAC has raised $3 million, most of it from Omar Fields.",
        [("Omar Fields", FUN, "Safe Mesa PAC")],
        [],
    ),
    (
        "The Safe Mesa PAC spent $400,000 backing Ray Tolliver.",
        [("Safe Mesa PAC", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "The Safe Mesa PAC spent $400,000 against Denise Okafor.",
        [("Safe Mesa PAC", OPP, "Denise Okafor")],
        [("Safe Mesa PAC", FUN, "Denise Okafor")],
    ),
    (
        "Omar Fields gave $5,000 each to Ray Tolliver and Denise Okafor.",
        [("Omar Fields", FUN, "Ray Tolliver"), ("Omar Fields", FUN, "Denise Okafor")],
        [],
    ),
    (
        "Campaign finance records show Omar Fields gave $10,000 to Ray Tolliver.",
        [("Omar Fields", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver raised $200,000, including $50,000 from Omar Fields.",
        [("Omar Fields", FUN, "Ray Tolliver")],
        [],
    ),
    (
        "Ray Tolliver returned a $10,000 donation from Omar Fields.",
        [],
        [("Omar Fields", FUN, "Ray Tolliver", False)],
    ),
    (
        "The Safe Mesa PAC spent more than $380,000 on advertisements opposing Ray Tolliver and "
        "supporting Denise Okafor.",
        [],
        [("Ray Tolliver", SUP, "Denise Okafor")],
    ),
    (
        "Enter the Safe Mesa Political Action Committee, an out-of-state group that spent more "
        "than $380,000 on advertisements opposing Tolliver and supporting Okafor.",
        [],
        [("Tolliver", SUP, "Okafor")],
    ),
    (
        "The Safe Mesa PAC's ads attacking Ray Tolliver ran all fall.",
        [],
        [],
    ),
    (
        "RIVERTON, Ill. (KRVT) — State’s attorneys from Mesa, Boone, and Clark counties all "
        "announced new lawsuits against Gov. Ellen Brandt, calling the act unconstitutional.",
        [],
        [("RIVERTON", OPP, "Ellen Brandt")],
    ),
    (
        "Three sheriffs announced new lawsuits against Gov. Ellen Brandt on Monday. Clark "
        "County Sheriff Ray Tolliver became the latest to announce a lawsuit, filed on behalf "
        "of Clark County Sheriff Omar Fields.",
        [("Ray Tolliver", {"sued"}, "Ellen Brandt"), ("Omar Fields", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Sheriff Ray Tolliver sued Gov. Ellen Brandt on Monday. Sheriff Omar Fields filed a "
        "similar suit on Tuesday.",
        [("Omar Fields", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Sheriff Ray Tolliver sued Gov. Ellen Brandt on Monday. Sheriff Omar Fields filed suit as well.",
        [("Omar Fields", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Sheriff Ray Tolliver sued Gov. Ellen Brandt on Monday. Sheriff Omar Fields filed a "
        "lawsuit over a land deal.",
        [],
        [("Omar Fields", {"sued"}, "Ellen Brandt")],
    ),
    (
        "Mayor Lisa Tran was the first to endorse Ray Tolliver.",
        [("Lisa Tran", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Sheriff Ray Tolliver sued Gov. Ellen Brandt in March. “The law is unconstitutional,” "
        "he said. “We will win.” Voters agree. Polls show it. The law takes effect soon. "
        "Sheriff Omar Fields also filed a lawsuit on Friday.",
        [("Omar Fields", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Mesa County Sheriff Ray Tolliver filed a lawsuit in Mesa County and Clark County "
        "Sheriff Omar Fields filed a second lawsuit in Clark County. The Mesa County suit lists "
        "Gov. Ellen Brandt, Attorney General Paul Whitcomb and Speaker Rita Vance as "
        "defendants.",
        [
            ("Ray Tolliver", {"sued"}, "Ellen Brandt"),
            ("Ray Tolliver", {"sued"}, "Paul Whitcomb"),
            ("Ray Tolliver", {"sued"}, "Rita Vance"),
        ],
        [("Omar Fields", {"sued"}, "Paul Whitcomb")],
    ),
    (
        "Sheriff Ray Tolliver filed a lawsuit on Monday. The suit lists Gov. Ellen Brandt and "
        "Attorney General Paul Whitcomb as defendants.",
        [("Ray Tolliver", {"sued"}, "Ellen Brandt"), ("Ray Tolliver", {"sued"}, "Paul Whitcomb")],
        [],
    ),
    (
        "Sheriff Ray Tolliver filed a lawsuit on Monday. The suit lists Gov. Ellen Brandt, "
        "Speaker of the House Omar Fields and Senate President Rita Vance as defendants.",
        [("Ray Tolliver", {"sued"}, "Ellen Brandt"), ("Ray Tolliver", {"sued"}, "Rita Vance")],
        [("Ray Tolliver", {"sued"}, "Speaker"), ("Ray Tolliver", {"sued"}, "House")],
    ),
    (
        "Will County Sheriff Ray Tolliver filed a lawsuit against Gov. Ellen Brandt in Will "
        "County Circuit Court.",
        [("Ray Tolliver", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Ray Tolliver had the endorsements of current Mayor Lisa Tran and former mayors Omar "
        "Fields and Rita Vance.",
        [
            ("Lisa Tran", SUP, "Ray Tolliver"),
            ("Omar Fields", SUP, "Ray Tolliver"),
            ("Rita Vance", SUP, "Ray Tolliver"),
        ],
        [],
    ),
    (
        "Former mayors Omar Fields and Rita Vance endorsed Ray Tolliver.",
        [("Omar Fields", SUP, "Ray Tolliver"), ("Rita Vance", SUP, "Ray Tolliver")],
        [],
    ),
    (
        "Two Mesa state’s attorney’s filed a lawsuit Friday against Gov. Ellen Brandt and other officials.",
        [],
        [("Two Mesa", {"sued"}, "Ellen Brandt")],
    ),
    (
        "Three Rivers Coalition sued Gov. Ellen Brandt.",
        [("Three Rivers Coalition", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "State's Attorney Kimberly Okafor spoke first. Sheriff Ray Tolliver criticized Kim Okafor on Monday.",
        [("Ray Tolliver", OPP, "Kimberly Okafor")],
        [("Ray Tolliver", OPP, "Kim Okafor")],
    ),
    (
        "District Attorney Denise Okafor's lawyers filed suit against Gov. Ellen Brandt on Friday.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor, through her attorneys, sued Gov. Ellen Brandt.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "Gov. Ellen Brandt was named in a lawsuit filed by District Attorney Denise Okafor.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor filed a federal civil rights lawsuit against Gov. Ellen Brandt.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor and the Mesa Valley Police Officers Association filed "
        "a joint lawsuit against Gov. Ellen Brandt.",
        [
            ("Denise Okafor", {"sued"}, "Ellen Brandt"),
            ("Mesa Valley Police Officers Association", {"sued"}, "Ellen Brandt"),
        ],
        [],
    ),
    (
        "In her lawsuit against Gov. Ellen Brandt, District Attorney Denise Okafor argues that "
        "the suspension was illegal.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor took legal action against Gov. Ellen Brandt.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor challenged Gov. Ellen Brandt's order in federal court.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "The suit, brought by District Attorney Denise Okafor, accuses Gov. Ellen Brandt of overreach.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor is suing Gov. Ellen Brandt and the state over her suspension.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor has filed a lawsuit against Gov. Ellen Brandt, "
        "claiming the suspension violated her rights.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "District Attorney Denise Okafor filed a petition asking the state Supreme Court to "
        "reinstate her, naming Gov. Ellen Brandt as the respondent.",
        [("Denise Okafor", {"sued"}, "Ellen Brandt")],
        [],
    ),
    (
        "County Executive Dana Ruiz endorsed District Attorney Anthony Marchetti on Monday. “I "
        "am proud to endorse Tony Marchetti,” Ruiz said.",
        [("Dana Ruiz", SUP, "Anthony Marchetti")],
        [("Dana Ruiz", SUP, "Tony Marchetti")],
    ),
    (
        "“I am proud to endorse my friend Bill Hanley for re-election,” said Mayor Rosa Kim. "
        "District Attorney William Hanley thanked her.",
        [("Rosa Kim", SUP, "William Hanley")],
        [("Rosa Kim", SUP, "Bill Hanley")],
    ),
    (
        "Broker Paul Jensen gave $20,000 to Linda Park. Investor Sarah Cole, a former clerk to "
        "Judge Mary Ellis, gave $10,000 to Park. He also gave $5,000 to Tom Reyes.",
        [("Paul Jensen", FUN, "Tom Reyes")],
        [("Mary Ellis", FUN, "Tom Reyes"), ("Sarah Cole", FUN, "Tom Reyes")],
    ),
    (
        "Deputy Mark Diaz thanked Sheriff Ellen Ross. She later endorsed Commissioner Ann Webb.",
        [("Ellen Ross", SUP, "Ann Webb")],
        [("Mark Diaz", SUP, "Ann Webb")],
    ),
    (
        "State Attorney Ryan Blake said she would not seek the death penalty. Gov. Tom Reyes "
        "then reassigned her cases to another prosecutor.",
        [("Tom Reyes", OPP, "Ryan Blake")],
        [],
    ),
    (
        "State Attorney Linda Park sued Gov. Tom Reyes in September, weeks after his executive "
        "order that suspended her and accused her of neglecting her duty.",
        [("Linda Park", {"sued"}, "Tom Reyes"), ("Tom Reyes", OPP, "Linda Park")],
        [("Linda Park", {"criticized"}, "Tom Reyes")],
    ),
    (
        "Councilman Carl Reyes is running for mayor. The Harbor Falls police union's PAC spent "
        "$40,000 on an anti-Reyes television ad.",
        [],
        [("Harbor Falls police union", FUN, "Carl Reyes"), ("Harbor Falls", FUN, "Carl Reyes")],
    ),
    (
        "Denise Okafor is running for district attorney. The Riverside Police Officers "
        "Association spent $40,000 on anti-Okafor mailers.",
        [("Riverside Police Officers Association", OPP, "Denise Okafor")],
        [("Riverside Police Officers Association", FUN, "Denise Okafor")],
    ),
    (
        "HARBOR CITY — District Attorney Linda Park on Monday asked a judge to block Gov. Tom "
        "Reyes from granting parole.",
        [],
        [("HARBOR CITY", OPP, "Tom Reyes")],
    ),
    (
        "Senator Ann Webb holds off on calling for District Attorney Linda Park's resignation.",
        [],
        [("Ann Webb", OPP, "Linda Park", False)],
    ),
    (
        "Mayor Tom Reyes held off on endorsing District Attorney Linda Park.",
        [],
        [("Tom Reyes", SUP, "Linda Park", False)],
    ),
    (
        "Attorney Mark Diaz petitioned a district court on Monday to remove District Attorney "
        "Linda Park for misconduct.",
        [("Mark Diaz", {"sued"}, "Linda Park")],
        [],
    ),
    (
        "Mark Diaz filed a petition in district court seeking the removal of District Attorney Linda Park.",
        [("Mark Diaz", {"sued"}, "Linda Park")],
        [],
    ),
    (
        "The Harbor Falls Police Union filed an ethics complaint against District Attorney Linda Park.",
        [("Harbor Falls Police Union", OPP, "Linda Park")],
        [("Harbor Falls Police Union", {"sued"}, "Linda Park")],
    ),
    (
        "Sheriff Tom Reyes criticized District Attorney Linda Park's new policy. That sentiment "
        "was echoed by Police Chief Mark Diaz.",
        [("Tom Reyes", OPP, "Linda Park"), ("Mark Diaz", OPP, "Linda Park")],
        [],
    ),
    (
        "District Attorney Linda Park faces a tough primary. State Sen. Mark Diaz has spoken "
        "out on her behalf.",
        [("Mark Diaz", SUP, "Linda Park")],
        [],
    ),
    (
        "Councilwoman Ann Webb spoke out in support of District Attorney Linda Park.",
        [("Ann Webb", SUP, "Linda Park")],
        [],
    ),
    (
        "Also supporting Linda Park are former mayors Ann Webb and Mark Diaz.",
        [("Ann Webb", SUP, "Linda Park"), ("Mark Diaz", SUP, "Linda Park")],
        [],
    ),
    (
        "Among those backing Linda Park are Sheriff Tom Reyes and the Harbor Falls Police Union.",
        [("Tom Reyes", SUP, "Linda Park"), ("Harbor Falls Police Union", SUP, "Linda Park")],
        [],
    ),
    (
        "Mark Diaz sued District Attorney Linda Park on Monday. Park called the lawsuit a political stunt.",
        [("Mark Diaz", {"sued"}, "Linda Park"), ("Linda Park", OPP, "Mark Diaz")],
        [],
    ),
    (
        "Gov. Ann Webb referred District Attorney Linda Park to the state Commission on "
        "Prosecutorial Conduct.",
        [("Ann Webb", OPP, "Linda Park")],
        [],
    ),
    (
        "A $500,000 donation made by the Webb Family Foundation to the Safer Harbor PAC drew scrutiny.",
        [("Webb Family Foundation", FUN, "Safer Harbor PAC")],
        [],
    ),
    (
        "The lawsuit against District Attorney Linda Park, brought by a former assistant "
        "prosecutor, Mark Diaz, seeks damages.",
        [("Mark Diaz", {"sued"}, "Linda Park")],
        [],
    ),
    (
        "U.S. District Judge Ann Webb ruled District Attorney Linda Park in default in the case.",
        [("Ann Webb", OPP, "Linda Park")],
        [],
    ),
    (
        "The Harbor Falls Teachers Union and Councilwoman Ann Webb have both said they support "
        "Linda Park's campaign for district attorney.",
        [("Harbor Falls Teachers Union", SUP, "Linda Park"), ("Ann Webb", SUP, "Linda Park")],
        [],
    ),
    (
        "The Riverside Democratic Party broke a tradition of staying out of local races with "
        "its support for Linda Park.",
        [("Riverside Democratic Party", SUP, "Linda Park")],
        [],
    ),
    (
        "Linda Park defended the $3,500 her campaign received from developer Mark Diaz.",
        [("Mark Diaz", FUN, "Linda Park")],
        [],
    ),
    (
        "Linda Park touted the support she had received from officials like Mayor Tom Reyes and "
        "Sheriff Ann Webb.",
        [("Tom Reyes", SUP, "Linda Park"), ("Ann Webb", SUP, "Linda Park")],
        [],
    ),
    (
        "The Harbor County Democratic Committee approved a resolution calling for District "
        "Attorney Linda Park to drop her reelection bid.",
        [("Harbor County Democratic Committee", OPP, "Linda Park")],
        [],
    ),
    (
        "Linda Park received endorsements from several local leaders, including Mayor Tom "
        "Reyes, Councilwoman Ann Webb, and former state Sen. Mark Diaz.",
        [("Tom Reyes", SUP, "Linda Park"), ("Ann Webb", SUP, "Linda Park"), ("Mark Diaz", SUP, "Linda Park")],
        [],
    ),
    (
        "Linda Park won the primary after being endorsed by progressive icon Sen. Mark Diaz.",
        [("Mark Diaz", SUP, "Linda Park")],
        [],
    ),
    (
        "Justice Forward PAC, the political action committee of the state's largest civil "
        "rights group, recently endorsed Linda Park.",
        [("Justice Forward PAC", SUP, "Linda Park")],
        [],
    ),
    (
        "The Harbor Falls Police Union sued Gov. Tom Reyes on Monday. Mayor Ann Webb and "
        "Sheriff Mark Diaz are also plaintiffs in the suit.",
        [
            ("Harbor Falls Police Union", {"sued"}, "Tom Reyes"),
            ("Ann Webb", {"sued"}, "Tom Reyes"),
            ("Mark Diaz", {"sued"}, "Tom Reyes"),
        ],
        [],
    ),
    (
        "District Attorney Linda Park accused the board's chairman, Tom Reyes, and another "
        "board member, Ann Webb, of a conflict of interest.",
        [("Linda Park", OPP, "Tom Reyes"), ("Linda Park", OPP, "Ann Webb")],
        [],
    ),
    (
        "The Safer Streets PAC, which is funded by the Webb Family Foundation and the Harbor "
        "Justice Fund, ran ads for Linda Park.",
        [
            ("Webb Family Foundation", FUN, "Safer Streets PAC"),
            ("Harbor Justice Fund", FUN, "Safer Streets PAC"),
        ],
        [
            ("Safer Streets PAC", FUN, "Harbor Justice Fund"),
            ("Safer Streets PAC", FUN, "Webb Family Foundation"),
        ],
    ),
    (
        "District Attorney Linda Park issued a new bail policy. Calling the policy “garbage,” "
        "Sheriff Tom Reyes says Park has lost her way.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "The Harbor County Democratic Committee approved a resolution calling for District "
        "Attorney Linda Park to drop her reelection bid.",
        [("Harbor County Democratic Committee", OPP, "Linda Park")],
        [],
    ),
    (
        "Mayor Tom Reyes urged Linda Park to drop out of the race.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "Linda Park kept the $3,500 she received from developer Mark Diaz.",
        [("Mark Diaz", FUN, "Linda Park")],
        [],
    ),
    (
        "Linda Park returned the $3,500 she received from developer Mark Diaz.",
        [],
        [("Mark Diaz", FUN, "Linda Park", False)],
    ),
    (
        "Union files ethics complaint against DA Park. The Harbor Falls Police Union has filed "
        "an ethics complaint against Harbor County District Attorney Linda Park.",
        [("Harbor Falls Police Union", OPP, "Linda Park")],
        [("Harbor Falls Police Union", OPP, "DA Park")],
    ),
    (
        "HARBOR CITY — District Attorney Linda Park on Thursday asked a judge to block Gov. Tom "
        "Reyes from granting any pardon.",
        [("Linda Park", {"sued"}, "Tom Reyes")],
        [("HARBOR CITY", OPP, "Tom Reyes")],
    ),
    (
        "Mayor Tom Reyes asked the council to block District Attorney Linda Park from hiring staff.",
        [("Tom Reyes", OPP, "Linda Park")],
        [("Tom Reyes", {"sued"}, "Linda Park")],
    ),
    (
        "Voices Of Justice PAC, the political arm of a national civil rights group, recently "
        "endorsed Linda Park.",
        [("Voices Of Justice PAC", SUP, "Linda Park")],
        [("Justice PAC", SUP, "Linda Park")],
    ),
    (
        "District Attorney Linda Park and Sheriff Tom Reyes have sparred for months over the jail.",
        [("Linda Park", OPP, "Tom Reyes"), ("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "District Attorney Linda Park clashed with Sheriff Tom Reyes over the bail policy.",
        [("Linda Park", OPP, "Tom Reyes"), ("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "Sheriff Tom Reyes described District Attorney Linda Park as dangerous.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "The Harbor Falls Police Union filed a lawsuit on Monday. The suit names District "
        "Attorney Linda Park as a defendant.",
        [("Harbor Falls Police Union", {"sued"}, "Linda Park")],
        [],
    ),
    (
        "District Attorney Linda Park and Sheriff Tom Reyes met on Monday to discuss the jail.",
        [],
        [("Linda Park", OPP, "Tom Reyes"), ("Tom Reyes", OPP, "Linda Park")],
    ),
    (
        "Linda Park's largest donors were the Webb Law Firm and developer Mark Diaz.",
        [("Webb Law Firm", FUN, "Linda Park"), ("Mark Diaz", FUN, "Linda Park")],
        [],
    ),
    (
        "Linda Park's largest individual donors – investor Ann Webb, developer Mark Diaz and "
        "builder Tom Reyes – each gave $2,800.",
        [("Ann Webb", FUN, "Linda Park"), ("Mark Diaz", FUN, "Linda Park"), ("Tom Reyes", FUN, "Linda Park")],
        [],
    ),
    (
        "Among Linda Park's donors were Ann Webb and Mark Diaz.",
        [("Ann Webb", FUN, "Linda Park"), ("Mark Diaz", FUN, "Linda Park")],
        [],
    ),
    (
        "Assemblyman Tom Reyes was one of the first lawmakers to call for District Attorney "
        "Linda Park to resign.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "Mayor Tom Reyes urged District Attorney Linda Park to step down.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "The Harbor Falls Deputy Prosecutors' Association has also contributed tens of "
        "thousands of dollars to Linda Park's campaign.",
        [("Harbor Falls Deputy Prosecutors' Association", FUN, "Linda Park")],
        [],
    ),
    (
        "Sheriff Tom Reyes and Councilwoman Ann Webb filed suit last year against the Harbor "
        "County Board of Supervisors. The supervisors countersued.",
        [
            ("Tom Reyes", {"sued"}, "Harbor County Board of Supervisors"),
            ("Ann Webb", {"sued"}, "Harbor County Board of Supervisors"),
        ],
        [],
    ),
    (
        "“I'm disappointed in District Attorney Linda Park,” said Mayor Tom Reyes.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "Mayor Tom Reyes said he was disappointed with District Attorney Linda Park.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "The Harbor County Board of Supervisors voted 4-1 to declare that it has no confidence "
        "in District Attorney Linda Park.",
        [("Harbor County Board of Supervisors", OPP, "Linda Park")],
        [],
    ),
    (
        "District Attorney Linda Park sued the Harbor County Board of Supervisors in April. The "
        "supervisors countersued in May.",
        [
            ("Linda Park", {"sued"}, "Harbor County Board of Supervisors"),
            ("Harbor County Board of Supervisors", {"sued"}, "Linda Park"),
        ],
        [],
    ),
    (
        "The Harbor County Board of Supervisors cut the budget. In April, District Attorney "
        "Linda Park sued the board.",
        [("Linda Park", {"sued"}, "Harbor County Board of Supervisors")],
        [],
    ),
    (
        "Two members of the commission, including former prosecutor Tom Reyes, were critical of "
        "District Attorney Linda Park.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "District Attorney Linda Park fired senior prosecutor Mark Diaz in March.",
        [("Linda Park", OPP, "Mark Diaz")],
        [],
    ),
    (
        "Mark Diaz was fired by his predecessor, Linda Park, over alleged misconduct.",
        [("Linda Park", OPP, "Mark Diaz")],
        [],
    ),
    (
        "Prosecutor Ann Webb was forced to retire due to harassment from District Attorney "
        "Linda Park and her top assistant, Mark Diaz.",
        [("Linda Park", OPP, "Ann Webb"), ("Mark Diaz", OPP, "Ann Webb")],
        [],
    ),
    (
        "The judge dismissed a civil lawsuit Pastor Mark Diaz had filed against District "
        "Attorney Linda Park and Harbor Holdings LLC.",
        [("Mark Diaz", {"sued"}, "Linda Park"), ("Mark Diaz", {"sued"}, "Harbor Holdings LLC")],
        [],
    ),
    (
        "Sheriff Tom Reyes criticized District Attorney Linda Park's record. It was a critique "
        "that was loudly echoed by The Harbor Times.",
        [("Harbor Times", OPP, "Linda Park")],
        [],
    ),
    (
        "State's Attorney Tom Haine sued Gov. J.B. Reyes. In the past two weeks, Haine and the "
        "governor have sparred over the law in open letters.",
        [
            ("Tom Haine", {"sued"}, "J.B. Reyes"),
            ("Tom Haine", OPP, "J.B. Reyes"),
            ("J.B. Reyes", OPP, "Tom Haine"),
        ],
        [],
    ),
    (
        "Virginians for Safer Streets (VSS) is aiming to remove District Attorney Linda Park.",
        [("Virginians for Safer Streets", OPP, "Linda Park")],
        [("Virginians", OPP, "Linda Park")],
    ),
    (
        "Critics of Mayor Tom Reyes said the plan was a disaster.",
        [],
        [("Critics of Mayor Tom Reyes", OPP, "Tom Reyes")],
    ),
    (
        "The prosecutors who filed the lawsuit against Gov. Tom Reyes are Ann Webb and Mark Diaz.",
        [("Ann Webb", {"sued"}, "Tom Reyes"), ("Mark Diaz", {"sued"}, "Tom Reyes")],
        [],
    ),
    (
        "The only two commissioners voting to support the recall of District Attorney Linda "
        "Park were Ann Webb and Mark Diaz.",
        [("Ann Webb", OPP, "Linda Park"), ("Mark Diaz", OPP, "Linda Park")],
        [],
    ),
    (
        "Last week, the Harbor Falls police union, the Fraternal Order of Police Lodge 9, "
        "announced a vote of no confidence in State's Attorney Linda Park.",
        [("Fraternal Order of Police Lodge 9", OPP, "Linda Park")],
        [("Harbor Falls police union", OPP, "Linda Park")],
    ),
    (
        "State's Attorney Tom Haine sued Gov. J.B. Reyes. In the past two weeks, he and the "
        "governor have sparred over the law in open letters.",
        [("J.B. Reyes", OPP, "Tom Haine"), ("Tom Haine", OPP, "J.B. Reyes")],
        [],
    ),
    (
        "Gov. Tom Reyes suspended State Attorney Linda Park in August. Sheriff Mark Diaz said "
        "on Monday that the governor acted lawfully.",
        [("Tom Reyes", OPP, "Linda Park")],
        [],
    ),
    (
        "Mary Jung launched another pro-recall committee San Franciscans for Safer Streets in "
        "March, seeking the recall of District Attorney Linda Park.",
        [("Mary Jung", OPP, "Linda Park")],
        [("San Franciscans", OPP, "Linda Park"), ("Mary Jung", OPP, "San Franciscans")],
    ),
    (
        "Mary Jung launched another committee, Harbor Voters for Public Safety, which is "
        "seeking the recall of District Attorney Linda Park.",
        [("Harbor Voters for Public Safety", OPP, "Linda Park")],
        [],
    ),
    (
        "Hart’s largest individual donors – investor Anne Cole, builder Mark Dunn and George "
        "Sill – were not attorneys.",
        [("Anne Cole", FUN, "Hart"), ("Mark Dunn", FUN, "Hart"), ("George Sill", FUN, "Hart")],
        [],
    ),
    (
        "Tom Reyes's lawsuit against Gov. Ed Hale did not succeed.",
        [("Tom Reyes", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "The Deputy Sheriffs Association's endorsement of Tom Reyes never came.",
        [("Deputy Sheriffs Association", SUP, "Tom Reyes", True)],
        [],
    ),
    (
        "Tom Reyes lost the endorsement of the Deputy Sheriffs Association.",
        [("Deputy Sheriffs Association", SUP, "Tom Reyes", True)],
        [("Deputy Sheriffs Association", SUP, "Tom Reyes", False)],
    ),
    (
        "Tom Reyes has the endorsement of the Deputy Sheriffs Association.",
        [("Deputy Sheriffs Association", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union voted no confidence in Tom Reyes.",
        [("Marlow Police Union", OPP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow County Board of Supervisors said it has no confidence in Tom Reyes.",
        [("Marlow County Board of Supervisors", OPP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow County Board of Supervisors voted to declare that it has no confidence in "
        "Tom Reyes's ability to lead.",
        [("Marlow County Board of Supervisors", OPP, "Tom Reyes")],
        [],
    ),
    (
        "The rally in Marlow City drew a crowd.",
        [],
        [("Marlow City", OPP, "")],
    ),
    (
        "Contributions to Tom Reyes came from the Marlow Police Officers Association.",
        [("Marlow Police Officers Association", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Most of Tom Reyes's funding came from the Marlow Police Officers Association.",
        [("Marlow Police Officers Association", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Most contributions to District Attorney Tom Reyes came from the Marlow Police Officers "
        "Association and the Deputy Sheriffs Association.",
        [
            ("Marlow Police Officers Association", FUN, "Tom Reyes"),
            ("Deputy Sheriffs Association", FUN, "Tom Reyes"),
        ],
        [],
    ),
    (
        "Criticism of Tom Reyes came from the Marlow Police Officers Association.",
        [("Marlow Police Officers Association", OPP, "Tom Reyes")],
        [("Marlow Police Officers Association", FUN, "Tom Reyes")],
    ),
    (
        "Support for Tom Reyes came from the Marlow Police Union.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Reyes's criticism came from his reading of the law.",
        [],
        [("Reyes", OPP, "")],
    ),
    (
        "The Deputy Sheriffs Association's endorsement of Tom Reyes did not help him.",
        [("Deputy Sheriffs Association", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes did not file a lawsuit against Gov. Ed Hale.",
        [("Tom Reyes", {"sued"}, "Ed Hale", True)],
        [("Tom Reyes", {"sued"}, "Ed Hale", False)],
    ),
    (
        "Pryor is competing on the Democratic side against Assistant State Attorney David Cannady.",
        [],
        [("Pryor", OPP, "")],
    ),
    (
        "The Marlow Police Union sided against District Attorney Tom Reyes.",
        [("Marlow Police Union", OPP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow County Board of Supervisors cut the budget. District Attorney Craig Stead "
        "went on to file a lawsuit against the supervisors in Superior Court.",
        [("Craig Stead", {"sued"}, "Marlow County Board of Supervisors")],
        [("Craig Stead", {"sued"}, "Superior Court")],
    ),
    (
        "The Marlow County Board of Commissioners cut the budget. District Attorney Craig Stead "
        "went on to file a lawsuit against the commissioners in Commonwealth Court.",
        [("Craig Stead", {"sued"}, "Marlow County Board of Commissioners")],
        [("Craig Stead", {"sued"}, "Commonwealth Court")],
    ),
    (
        "Former Marlow Chief of Police Kevin Burke, endorsed by the Democratic Party, is running.",
        [("Democratic Party", SUP, "Kevin Burke")],
        [("Democratic Party", SUP, "Chief")],
    ),
    (
        "Chief of Police Kevin Burke criticized District Attorney Tom Reyes.",
        [("Kevin Burke", OPP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union endorsed Dist. Atty. Gil Garcetti.",
        [("Marlow Police Union", SUP, "Gil Garcetti")],
        [],
    ),
    (
        "Several unions have endorsed Tom Reyes, including the Marlow Building Trades Council "
        "and the Deputy Sheriffs Association.",
        [
            ("Marlow Building Trades Council", SUP, "Tom Reyes"),
            ("Deputy Sheriffs Association", SUP, "Tom Reyes"),
        ],
        [],
    ),
    (
        "District Attorney Nancy Omar is running again. A number of labor unions have endorsed "
        "her campaign, including the Marlow Building Trades Council and the Deputy Sheriffs "
        "Association.",
        [
            ("Marlow Building Trades Council", SUP, "Nancy Omar"),
            ("Deputy Sheriffs Association", SUP, "Nancy Omar"),
        ],
        [("Nancy Omar", SUP, "Marlow Building Trades Council")],
    ),
    (
        "The Marlow Police Union has endorsed several candidates, including Tom Reyes and Ann Lee.",
        [("Marlow Police Union", SUP, "Tom Reyes"), ("Marlow Police Union", SUP, "Ann Lee")],
        [],
    ),
    (
        "The Vallejo and Benicia mayors, Robert McConnell and Steve Young, expressed their "
        "support of Tom Reyes.",
        [("Robert McConnell", SUP, "Tom Reyes"), ("Steve Young", SUP, "Tom Reyes")],
        [],
    ),
    (
        "District Attorney Danny Porter filed an ethics complaint about Patsy Austin-Gatson.",
        [("Danny Porter", OPP, "Patsy Austin-Gatson")],
        [("Danny Porter", {"sued"}, "Patsy Austin-Gatson")],
    ),
    (
        "Danny Porter filed a complaint about the noise.",
        [],
        [("Danny Porter", OPP, "")],
    ),
    (
        "Judge Paul Bryant rejected Rod Pacheco's request for summary judgment.",
        [("Paul Bryant", OPP, "Rod Pacheco")],
        [],
    ),
    (
        "District Attorney Ann Lee has failed the city, the Marlow Police Union said in a statement.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union called on District Attorney Ann Lee to resign.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union demanded District Attorney Ann Lee's resignation.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale lashed out at District Attorney Ann Lee on Monday.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale accused District Attorney Ann Lee of neglecting her duties.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow County Board of Supervisors voted to censure District Attorney Ann Lee.",
        [("Marlow County Board of Supervisors", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union threw its weight behind challenger Tom Reyes.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union is backing challenger Tom Reyes.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union announced its support for challenger Tom Reyes.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Challenger Tom Reyes was endorsed by the Marlow Police Union and the Deputy Sheriffs Association.",
        [("Marlow Police Union", SUP, "Tom Reyes"), ("Deputy Sheriffs Association", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Challenger Tom Reyes has won endorsements from the Marlow Police Union and Mayor Ellen Pratt.",
        [("Marlow Police Union", SUP, "Tom Reyes"), ("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Hal Winters, a major donor to District Attorney Ann Lee, gave $50,000 last year.",
        [("Hal Winters", FUN, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee's biggest donor, Hal Winters, gave $50,000.",
        [("Hal Winters", FUN, "Ann Lee")],
        [],
    ),
    (
        "Hal Winters contributed $5,000 to District Attorney Ann Lee's reelection campaign.",
        [("Hal Winters", FUN, "Ann Lee")],
        [],
    ),
    (
        "Hal Winters cut a $1 million check to the Safe Streets PAC.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Hal Winters bankrolled the Safe Streets PAC.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "The Safe Streets PAC, which is funded by Hal Winters, spent $2 million to defeat "
        "District Attorney Ann Lee.",
        [("Hal Winters", FUN, "Safe Streets PAC"), ("Safe Streets PAC", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Safe Streets PAC spent $2 million on ads attacking District Attorney Ann Lee.",
        [("Safe Streets PAC", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee took Gov. Ed Hale to court over her suspension.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "District Attorney Ann Lee brought a lawsuit against Gov. Ed Hale.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "District Attorney Ann Lee faces a lawsuit from the Marlow Police Union.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "A federal lawsuit filed by the Marlow Police Union accuses District Attorney Ann Lee "
        "of retaliation.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union sued District Attorney Ann Lee and the City of Marlow.",
        [("Marlow Police Union", {"sued"}, "Ann Lee"), ("Marlow Police Union", {"sued"}, "City of Marlow")],
        [],
    ),
    (
        "District Attorney Ann Lee was sued Tuesday by the Marlow Police Union.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union filed suit Tuesday. The union's lawsuit names District "
        "Attorney Ann Lee and the city.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The recall effort against District Attorney Ann Lee, led by Marlow Residents for "
        "Safety, gathered 90,000 signatures.",
        [("Marlow Residents for Safety", OPP, "Ann Lee")],
        [],
    ),
    (
        "Marlow Residents for Safety launched a recall campaign against District Attorney Ann Lee.",
        [("Marlow Residents for Safety", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale suspended District Attorney Ann Lee, citing neglect of duty.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee was suspended by Gov. Ed Hale in August.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Rep. Jane Ruiz filed articles of impeachment against District Attorney Ann Lee.",
        [("Jane Ruiz", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union took out full-page ads criticizing District Attorney Ann Lee.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "Mayor Ellen Pratt has repeatedly clashed with District Attorney Ann Lee over bail.",
        [("Ellen Pratt", OPP, "Ann Lee"), ("Ann Lee", OPP, "Ellen Pratt")],
        [],
    ),
    (
        "Mayor Ellen Pratt, a longtime critic of District Attorney Ann Lee, spoke first.",
        [("Ellen Pratt", OPP, "Ann Lee")],
        [],
    ),
    (
        "Mayor Ellen Pratt has been sharply critical of District Attorney Ann Lee.",
        [("Ellen Pratt", OPP, "Ann Lee")],
        [],
    ),
    (
        "Mayor Ellen Pratt did not endorse District Attorney Ann Lee this year.",
        [("Ellen Pratt", SUP, "Ann Lee", True)],
        [],
    ),
    (
        "The Marlow Police Union pulled its endorsement of District Attorney Ann Lee.",
        [("Marlow Police Union", SUP, "Ann Lee", True)],
        [],
    ),
    (
        "The Marlow Police Union, which endorsed Tom Reyes in 2020, is staying out of the race this year.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union may endorse Tom Reyes next month.",
        [],
        [("Marlow Police Union", SUP, "Tom Reyes", False)],
    ),
    (
        "If elected, Tom Reyes said he would sue Gov. Ed Hale.",
        [],
        [("Tom Reyes", {"sued"}, "Ed Hale", False)],
    ),
    (
        "The Marlow Police Union is considering a lawsuit against District Attorney Ann Lee.",
        [],
        [("Marlow Police Union", {"sued"}, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union sued District Attorney Ann Lee on Monday. The union says her "
        "policies endanger officers.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee was suspended on Friday. Gov. Ed Hale said the prosecutor "
        "had neglected her duty.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale suspended District Attorney Ann Lee on Friday. The suspended prosecutor "
        "is now suing the governor.",
        [("Ed Hale", OPP, "Ann Lee"), ("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "District Attorney Ann Lee has sued Gov. Ed Hale. In the suit, she argues that he "
        "overstepped his authority.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "The Safe Streets PAC received $500,000 from Hal Winters and $250,000 from the Marlow Police Union.",
        [("Hal Winters", FUN, "Safe Streets PAC"), ("Marlow Police Union", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Hal Winters, who has donated $1 million to the Safe Streets PAC, declined to comment.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Tom Reyes's campaign has been funded largely by the Marlow Police Union.",
        [("Marlow Police Union", FUN, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union has spent $400,000 to help elect Tom Reyes.",
        [("Marlow Police Union", FUN, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union spent $400,000 trying to defeat District Attorney Ann Lee.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union's PAC donated $20,000 to Tom Reyes.",
        [("Marlow Police Union", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes accepted $20,000 from the Marlow Police Union.",
        [("Marlow Police Union", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes returned a $20,000 donation from the Marlow Police Union.",
        [("Marlow Police Union", FUN, "Tom Reyes", True)],
        [],
    ),
    (
        "Tom Reyes refused to accept money from the Marlow Police Union.",
        [],
        [("Marlow Police Union", FUN, "Tom Reyes", False)],
    ),
    (
        "The Marlow Police Union and the Deputy Sheriffs Association endorsed Tom Reyes, while "
        "the Marlow Democratic Party backed District Attorney Ann Lee.",
        [
            ("Marlow Police Union", SUP, "Tom Reyes"),
            ("Deputy Sheriffs Association", SUP, "Tom Reyes"),
            ("Marlow Democratic Party", SUP, "Ann Lee"),
        ],
        [("Marlow Police Union", SUP, "Ann Lee")],
    ),
    (
        "Tom Reyes, who is backed by the Marlow Police Union, criticized District Attorney Ann Lee.",
        [("Marlow Police Union", SUP, "Tom Reyes"), ("Tom Reyes", OPP, "Ann Lee")],
        [],
    ),
    (
        "Endorsed by the Marlow Police Union, Tom Reyes campaigned on public safety.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt, who endorsed Ann Lee in 2019, is now supporting Tom Reyes.",
        [("Ellen Pratt", SUP, "Ann Lee"), ("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt switched her endorsement from District Attorney Ann Lee to Tom Reyes.",
        [("Ellen Pratt", SUP, "Ann Lee", True), ("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "District Attorney Ann Lee fired back at the Marlow Police Union, calling its claims false.",
        [("Ann Lee", OPP, "Marlow Police Union")],
        [],
    ),
    (
        "The Marlow Police Union has long opposed District Attorney Ann Lee's policies on bail.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union held a rally outside District Attorney Ann Lee's office to "
        "protest her policies.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union voted overwhelmingly to support the recall of District Attorney Ann Lee.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "Judge Maria Soto dismissed the lawsuit the Marlow Police Union filed against District "
        "Attorney Ann Lee.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "Judge Maria Soto ruled in favor of District Attorney Ann Lee.",
        [],
        [("Maria Soto", OPP, "Ann Lee")],
    ),
    (
        "Judge Maria Soto sided with Gov. Ed Hale and against District Attorney Ann Lee.",
        [("Maria Soto", OPP, "Ann Lee")],
        [],
    ),
    (
        "The state Supreme Court upheld Gov. Ed Hale's suspension of District Attorney Ann Lee.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Attorney General Ruth Kane asked the court to remove District Attorney Ann Lee from office.",
        [("Ruth Kane", OPP, "Ann Lee")],
        [],
    ),
    (
        "Attorney General Ruth Kane is seeking to oust District Attorney Ann Lee.",
        [("Ruth Kane", OPP, "Ann Lee")],
        [],
    ),
    (
        "Senator Tim Boyd wrote a letter blasting District Attorney Ann Lee.",
        [("Tim Boyd", OPP, "Ann Lee")],
        [],
    ),
    (
        "In a scathing op-ed, Senator Tim Boyd called District Attorney Ann Lee a danger to the public.",
        [("Tim Boyd", OPP, "Ann Lee")],
        [],
    ),
    (
        "Critics, including Senator Tim Boyd and the Marlow Police Union, say District Attorney "
        "Ann Lee is soft on crime.",
        [("Tim Boyd", OPP, "Ann Lee"), ("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The incumbent Nancy Omar is endorsed by Governor Jerry Brown and Senator Kamala "
        "Harris. Recently she has been criticized for accepting a $10,000 campaign donation "
        "from the Fremont Police Union.",
        [("Fremont Police Union", FUN, "Nancy Omar")],
        [("Fremont Police Union", FUN, "Kamala Harris")],
    ),
    (
        "Mayor Paul Brandt met District Attorney Nancy Omar on Monday. Later he criticized the "
        "Fremont Police Union.",
        [("Paul Brandt", OPP, "Fremont Police Union")],
        [],
    ),
    (
        "Sharon Henry is running. Earlier this year the Vallejo and Benicia mayors, Robert "
        "McConnell and Steve Young, expressed their support of Henry.",
        [("Robert McConnell", SUP, "Sharon Henry"), ("Steve Young", SUP, "Sharon Henry")],
        [("mayors", SUP, "")],
    ),
    (
        "The Marlow Police Union has not endorsed anyone in the race, but it criticized Tom Reyes.",
        [("Marlow Police Union", OPP, "Tom Reyes")],
        [("Marlow Police Union", SUP, "Tom Reyes", False)],
    ),
    (
        "The Marlow Police Union declined to endorse District Attorney Ann Lee this year.",
        [("Marlow Police Union", SUP, "Ann Lee", True)],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union, which backed District Attorney Ann Lee four years ago, is "
        "sitting out this race.",
        [("Marlow Police Union", SUP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union rescinded its support for District Attorney Ann Lee after the verdict.",
        [("Marlow Police Union", SUP, "Ann Lee", True)],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union no longer supports District Attorney Ann Lee.",
        [("Marlow Police Union", SUP, "Ann Lee", True)],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union withdrew its endorsement of District Attorney Ann Lee.",
        [("Marlow Police Union", SUP, "Ann Lee", True)],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union said it would not endorse District Attorney Ann Lee.",
        [],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union will not endorse District Attorney Ann Lee.",
        [],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union refused to back District Attorney Ann Lee.",
        [("Marlow Police Union", SUP, "Ann Lee", True)],
        [("Marlow Police Union", SUP, "Ann Lee", False)],
    ),
    (
        "Mayor Ellen Pratt stopped short of endorsing Tom Reyes.",
        [],
        [("Ellen Pratt", SUP, "Tom Reyes", False)],
    ),
    (
        "Mayor Ellen Pratt has yet to endorse Tom Reyes.",
        [],
        [("Ellen Pratt", SUP, "Tom Reyes", False)],
    ),
    (
        "Mayor Ellen Pratt denied that she had endorsed Tom Reyes.",
        [],
        [("Ellen Pratt", SUP, "Tom Reyes", False)],
    ),
    (
        "Mayor Ellen Pratt, contrary to reports, did not donate to Tom Reyes.",
        [],
        [("Ellen Pratt", FUN, "Tom Reyes", False)],
    ),
    (
        "Neither the Marlow Police Union nor Mayor Ellen Pratt has endorsed Tom Reyes.",
        [],
        [("Marlow Police Union", SUP, "Tom Reyes", False), ("Ellen Pratt", SUP, "Tom Reyes", False)],
    ),
    (
        "The Marlow Police Union dropped its lawsuit against District Attorney Ann Lee.",
        [("Marlow Police Union", {"sued"}, "Ann Lee", True)],
        [],
    ),
    (
        "The Marlow Police Union never sued District Attorney Ann Lee.",
        [],
        [("Marlow Police Union", {"sued"}, "Ann Lee", False)],
    ),
    (
        "Gov. Ed Hale could suspend District Attorney Ann Lee under the new law.",
        [],
        [("Ed Hale", OPP, "Ann Lee", False)],
    ),
    (
        "Gov. Ed Hale has the authority to remove District Attorney Ann Lee.",
        [],
        [("Ed Hale", OPP, "Ann Lee", False)],
    ),
    (
        "Gov. Ed Hale is expected to suspend District Attorney Ann Lee.",
        [],
        [("Ed Hale", OPP, "Ann Lee", False)],
    ),
    (
        "Gov. Ed Hale threatened to suspend District Attorney Ann Lee.",
        [],
        [("Ed Hale", {"soughtRemovalOf"}, "Ann Lee", False)],
    ),
    (
        "If Tom Reyes wins, the Marlow Police Union will back him.",
        [],
        [("Marlow Police Union", SUP, "Tom Reyes", False)],
    ),
    (
        "Will the Marlow Police Union endorse Tom Reyes?",
        [],
        [("Marlow Police Union", SUP, "Tom Reyes", False)],
    ),
    (
        "The Marlow Police Union is weighing whether to endorse Tom Reyes.",
        [],
        [("Marlow Police Union", SUP, "Tom Reyes", False)],
    ),
    (
        "Mayor Ellen Pratt said she was not criticizing District Attorney Ann Lee.",
        [],
        [("Ellen Pratt", OPP, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union hopes to unseat District Attorney Ann Lee.",
        [],
        [],
    ),
    (
        "A spokesperson for the Marlow Police Union said it had not yet decided whether to "
        "endorse Tom Reyes.",
        [],
        [("Marlow Police Union", SUP, "Tom Reyes", False)],
    ),
    (
        "The Marlow Democratic Club denied its endorsement to District Attorney Nancy Omar.",
        [("Marlow Democratic Club", SUP, "Nancy Omar", True)],
        [("Marlow Democratic Club", SUP, "Nancy Omar", False)],
    ),
    (
        "The Marlow Police Union pulled its support from District Attorney Nancy Omar.",
        [("Marlow Police Union", SUP, "Nancy Omar", True)],
        [("Nancy Omar", SUP, "")],
    ),
    (
        "District Attorney Joseph Early spoke. The Worcester Patrolmen's Union said it will "
        "never endorse him again.",
        [("Worcester Patrolmen's Union", SUP, "Joseph Early", True)],
        [],
    ),
    (
        "The Marlow Police Union won't sue District Attorney Ann Lee.",
        [("Marlow Police Union", {"sued"}, "Ann Lee", True)],
        [("Marlow Police Union", {"sued"}, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union will sue District Attorney Ann Lee.",
        [],
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
    ),
    (
        "Gov. Ed Hale suspended District Attorney Ann Lee in August. The suspended prosecutor "
        "is suing the governor.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "District Attorney Ann Lee sued on Tuesday. The suit was filed against Gov. Ed Hale in "
        "his official capacity.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "The Safe Streets PAC was formed in May. The committee is funded by Hal Winters.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "The Safe Streets PAC was formed in May. The group has spent $2 million attacking "
        "District Attorney Ann Lee.",
        [("Safe Streets PAC", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union held a press conference. The union said District Attorney Ann "
        "Lee had abandoned victims.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "Ann Lee was elected district attorney in 2020. Gov. Ed Hale removed her from office last week.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Ann Lee was elected district attorney in 2020. Since then, the Marlow Police Union has "
        "sued her twice.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "Hal Winters is a hedge fund manager. He gave $1 million to the Safe Streets PAC.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "The Marlow Police Union and its president, Dan Ortiz, have attacked District Attorney "
        "Ann Lee for months.",
        [("Marlow Police Union", OPP, "Ann Lee"), ("Dan Ortiz", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale signed the order on Friday. In it, the governor accused District Attorney "
        "Ann Lee of incompetence.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Attorney General Ruth Kane has clashed with District Attorney Ann Lee. Kane's office "
        "filed a petition to remove Lee from office.",
        [("Ruth Kane", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee spoke on Monday. Her critics include the Marlow Police Union "
        "and Senator Tim Boyd.",
        [("Marlow Police Union", OPP, "Ann Lee"), ("Tim Boyd", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee spoke on Monday. Her supporters include the Marlow "
        "Democratic Club and Mayor Ellen Pratt.",
        [("Marlow Democratic Club", SUP, "Ann Lee"), ("Ellen Pratt", SUP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee has been in office since 2021. The Marlow Police Union has "
        "called the district attorney a disaster.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Fraternal Order of Police Lodge 7 endorsed Tom Reyes. The FOP also gave his campaign $10,000.",
        [
            ("Fraternal Order of Police Lodge 7", SUP, "Tom Reyes"),
            ("Fraternal Order of Police Lodge 7", FUN, "Tom Reyes"),
        ],
        [],
    ),
    (
        "The Marlow Police Officers Association (MPOA) endorsed Tom Reyes. The MPOA also "
        "attacked District Attorney Ann Lee.",
        [("Marlow Police Officers Association", OPP, "Ann Lee")],
        [],
    ),
    (
        "Tom Reyes spoke. His supporters, including Mayor Ellen Pratt, cheered.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Gascon has been surprised by the lengths his opponents are willing to go to mislead "
        "and to target his policies.",
        [],
        [("Gascon", OPP, "")],
    ),
    (
        "District Attorney Ann Lee released 40 inmates. “She is a danger to public safety,” "
        "said Dan Ortiz, president of the Marlow Police Union.",
        [("Dan Ortiz", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee released 40 inmates. “Her policies are reckless,” the Marlow "
        "Police Union said in a statement.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "“Ann Lee has failed this county,” Gov. Ed Hale said Tuesday.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale called District Attorney Ann Lee's decision “reckless and dangerous.”",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale slammed District Attorney Ann Lee's “soft-on-crime” policies.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee's policies have drawn fire from Gov. Ed Hale.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee has come under fire from the Marlow Police Union.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee has faced criticism from the Marlow Police Union.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee has been criticized by the Marlow Police Union and Gov. Ed Hale.",
        [("Marlow Police Union", OPP, "Ann Lee"), ("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale, a frequent critic of District Attorney Ann Lee, announced the suspension.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee's handling of the case angered the Marlow Police Union.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union blamed District Attorney Ann Lee for the rise in crime.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union urged voters to reject District Attorney Ann Lee.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union ran ads against District Attorney Ann Lee.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union has been at odds with District Attorney Ann Lee since 2021.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale has been feuding with District Attorney Ann Lee for months.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale went after District Attorney Ann Lee in a speech.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale took District Attorney Ann Lee to task for her bail policy.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale questioned District Attorney Ann Lee's judgment.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale denounced District Attorney Ann Lee as a radical.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale has railed against District Attorney Ann Lee.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Gov. Ed Hale vowed to remove District Attorney Ann Lee.",
        [],
        [("Ed Hale", {"soughtRemovalOf"}, "Ann Lee", False)],
    ),
    (
        "The Marlow Police Union was infuriated by District Attorney Ann Lee's decision.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee angered the Marlow Police Union.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [("Ann Lee", OPP, "")],
    ),
    (
        "Tom Reyes ran against District Attorney Ann Lee.",
        [],
        [("Tom Reyes", OPP, "Ann Lee")],
    ),
    (
        "District Attorney Ann Lee released 40 inmates. “Ann Lee's policies are reckless,” the "
        "Marlow Police Union said in a statement.",
        [("Marlow Police Union", OPP, "Ann Lee")],
        [],
    ),
    (
        "Hal Winters has poured $3 million into the Safe Streets PAC.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "The Safe Streets PAC is bankrolled almost entirely by Hal Winters.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "The Safe Streets PAC's top donor is Hal Winters.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Hal Winters is the Safe Streets PAC's largest contributor.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Hal Winters wrote a $250,000 check to the Safe Streets PAC.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Hal Winters chipped in $50,000 to Tom Reyes's campaign.",
        [("Hal Winters", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes's campaign took in $50,000 from Hal Winters.",
        [("Hal Winters", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes raised $200,000, including $50,000 from Hal Winters.",
        [("Hal Winters", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Records show Hal Winters donated to Tom Reyes.",
        [("Hal Winters", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Hal Winters and his wife, Joan Winters, each gave $5,000 to Tom Reyes.",
        [("Hal Winters", FUN, "Tom Reyes"), ("Joan Winters", FUN, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Police Union's political action committee contributed $25,000 to Tom Reyes.",
        [("Marlow Police Union", FUN, "Tom Reyes")],
        [],
    ),
    (
        "The Safe Streets PAC, funded by Hal Winters and the Marlow Police Union, attacked "
        "District Attorney Ann Lee.",
        [
            ("Hal Winters", FUN, "Safe Streets PAC"),
            ("Marlow Police Union", FUN, "Safe Streets PAC"),
            ("Safe Streets PAC", OPP, "Ann Lee"),
        ],
        [],
    ),
    (
        "The Safe Streets PAC spent $900,000 supporting Tom Reyes.",
        [("Safe Streets PAC", FUN, "Tom Reyes")],
        [],
    ),
    (
        "The Safe Streets PAC spent $900,000 on behalf of Tom Reyes.",
        [("Safe Streets PAC", FUN, "Tom Reyes")],
        [],
    ),
    (
        "The Safe Streets PAC made independent expenditures of $900,000 for Tom Reyes.",
        [("Safe Streets PAC", FUN, "Tom Reyes")],
        [],
    ),
    (
        "Hal Winters, who gave $1 million to the Safe Streets PAC, also backed Tom Reyes.",
        [("Hal Winters", FUN, "Safe Streets PAC"), ("Hal Winters", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Hal Winters is among the donors to the Safe Streets PAC.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Donors to the Safe Streets PAC include Hal Winters and Joan Winters.",
        [("Hal Winters", FUN, "Safe Streets PAC"), ("Joan Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "The Safe Streets PAC received most of its money from Hal Winters.",
        [("Hal Winters", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "Hal Winters financed the recall campaign against District Attorney Ann Lee.",
        [("Hal Winters", OPP, "Ann Lee")],
        [],
    ),
    (
        "Hal Winters has funded efforts to recall District Attorney Ann Lee.",
        [("Hal Winters", OPP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union has filed a federal lawsuit challenging District Attorney Ann "
        "Lee's bail policy.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee is being sued by the Marlow Police Union.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee is the target of a lawsuit by the Marlow Police Union.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union and two officers sued District Attorney Ann Lee's office.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The lawsuit, brought by the Marlow Police Union, alleges that District Attorney Ann "
        "Lee violated state law.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "In a lawsuit filed Monday, the Marlow Police Union accused District Attorney Ann Lee "
        "of violating state law.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union's suit against District Attorney Ann Lee was dismissed in March.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "A judge tossed the Marlow Police Union's lawsuit against District Attorney Ann Lee.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "Judge Maria Soto dismissed the Marlow Police Union's lawsuit against District Attorney Ann Lee.",
        [("Marlow Police Union", {"sued"}, "Ann Lee"), ("Maria Soto", OPP, "Marlow Police Union")],
        [],
    ),
    (
        "Judge Maria Soto ruled that Gov. Ed Hale violated District Attorney Ann Lee's rights.",
        [("Maria Soto", OPP, "Ed Hale")],
        [],
    ),
    (
        "Judge Maria Soto blocked Gov. Ed Hale's order suspending District Attorney Ann Lee.",
        [("Maria Soto", OPP, "Ed Hale")],
        [],
    ),
    (
        "The state Supreme Court rejected District Attorney Ann Lee's bid to return to office.",
        [("Supreme Court", OPP, "Ann Lee")],
        [],
    ),
    (
        "Attorney General Ruth Kane sued District Attorney Ann Lee to force her to prosecute the case.",
        [("Ruth Kane", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "Attorney General Ruth Kane filed a writ of mandamus against District Attorney Ann Lee.",
        [("Ruth Kane", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Police Union joined the lawsuit against District Attorney Ann Lee.",
        [("Marlow Police Union", {"sued"}, "Ann Lee")],
        [],
    ),
    (
        "District Attorney Ann Lee countersued the Marlow Police Union.",
        [("Ann Lee", {"sued"}, "Marlow Police Union")],
        [],
    ),
    (
        "District Attorney Ann Lee won her lawsuit against Gov. Ed Hale.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "District Attorney Ann Lee lost her lawsuit against Gov. Ed Hale.",
        [("Ann Lee", {"sued"}, "Ed Hale")],
        [],
    ),
    (
        "Gov. Ed Hale said District Attorney Ann Lee violated her oath.",
        [("Ed Hale", OPP, "Ann Lee")],
        [],
    ),
    (
        "Tom Reyes picked up the endorsement of the Marlow Police Union on Monday.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes secured the backing of the Marlow Democratic Party.",
        [("Marlow Democratic Party", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Democratic Party's endorsement went to Tom Reyes.",
        [("Marlow Democratic Party", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The endorsement of the Marlow Police Union went to Tom Reyes.",
        [("Marlow Police Union", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Tom Reyes is endorsed by Mayor Ellen Pratt, Sheriff Tom Park and the Marlow Police Union.",
        [
            ("Ellen Pratt", SUP, "Tom Reyes"),
            ("Tom Park", SUP, "Tom Reyes"),
            ("Marlow Police Union", SUP, "Tom Reyes"),
        ],
        [],
    ),
    (
        "Mayor Ellen Pratt is supporting Tom Reyes for district attorney.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt campaigned for Tom Reyes in October.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt appeared at a rally with Tom Reyes.",
        [],
        [("Ellen Pratt", SUP, "Tom Reyes")],
    ),
    (
        "Mayor Ellen Pratt has lent her support to Tom Reyes.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt gave her blessing to Tom Reyes's candidacy.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt is one of Tom Reyes's most prominent backers.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt came out in support of Tom Reyes.",
        [("Ellen Pratt", SUP, "Tom Reyes")],
        [],
    ),
    (
        "Mayor Ellen Pratt has stood by District Attorney Ann Lee.",
        [("Ellen Pratt", SUP, "Ann Lee")],
        [],
    ),
    (
        "Mayor Ellen Pratt defended District Attorney Ann Lee against the recall.",
        [("Ellen Pratt", SUP, "Ann Lee")],
        [],
    ),
    (
        "The Marlow Democratic Party voted to endorse Tom Reyes.",
        [("Marlow Democratic Party", SUP, "Tom Reyes")],
        [],
    ),
    (
        "The Marlow Democratic Party voted not to endorse Tom Reyes.",
        [("Marlow Democratic Party", SUP, "Tom Reyes", True)],
        [("Marlow Democratic Party", SUP, "Tom Reyes", False)],
    ),
    (
        "The Marlow Democratic Party endorsed no one in the race.",
        [],
        [("Marlow Democratic Party", SUP, "")],
    ),
    (
        "The Marlow Democratic Party made a dual endorsement of Tom Reyes and Ann Lee.",
        [("Marlow Democratic Party", SUP, "Tom Reyes"), ("Marlow Democratic Party", SUP, "Ann Lee")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association, which endorsed Carl Dunn last year, now "
        "says it regrets the decision.",
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn")],
        [],
    ),
    (
        "Carl Dunn, who was endorsed by the Westbrook Police Benevolent Association, lost the primary.",
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn")],
        [],
    ),
    (
        "The committee, which is funded largely by the Safe Streets Fund, spent $400,000 "
        "against District Attorney Priya Shah.",
        [],
        [("Priya Shah", FUN, "")],
    ),
    (
        "District Attorney Priya Shah, whom the union sued in March, declined to comment.",
        [],
        [("Priya Shah", OPP, "")],
    ),
    (
        "Gov. Ray Holt, who suspended District Attorney Priya Shah in August, defended the move on Friday.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "The group that sued District Attorney Priya Shah is funded by the Safe Streets Fund.",
        [],
        [],
    ),
    (
        "District Attorney Priya Shah was sued on Tuesday in federal court by the Westbrook "
        "Police Benevolent Association.",
        [("Westbrook Police Benevolent Association", {"sued"}, "Priya Shah")],
        [],
    ),
    (
        "District Attorney Priya Shah has been sharply criticized by Gov. Ray Holt.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "District Attorney Priya Shah has come under fire from the Westbrook Police Benevolent Association.",
        [("Westbrook Police Benevolent Association", OPP, "Priya Shah")],
        [],
    ),
    (
        "District Attorney Priya Shah was removed from office by Gov. Ray Holt last week.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "Carl Dunn was backed in the race by the Westbrook Police Benevolent Association and "
        "the Safe Streets Fund.",
        [
            ("Westbrook Police Benevolent Association", SUP, "Carl Dunn"),
            ("Safe Streets Fund", SUP, "Carl Dunn"),
        ],
        [],
    ),
    (
        "Gov. Ray Holt's suspension of District Attorney Priya Shah drew protests.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association's lawsuit against District Attorney Priya "
        "Shah was dismissed.",
        [("Westbrook Police Benevolent Association", {"sued"}, "Priya Shah")],
        [],
    ),
    (
        "The Safe Streets Fund's $250,000 contribution to Carl Dunn was the largest of the race.",
        [("Safe Streets Fund", FUN, "Carl Dunn")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association's endorsement of Carl Dunn surprised no one.",
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn")],
        [],
    ),
    (
        "Gov. Ray Holt's criticism of District Attorney Priya Shah grew louder after the verdict.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "The lawsuit by the Westbrook Police Benevolent Association against District Attorney "
        "Priya Shah seeks damages.",
        [("Westbrook Police Benevolent Association", {"sued"}, "Priya Shah")],
        [],
    ),
    (
        "The Safe Streets Fund endorsed Carl Dunn and gave $50,000 to his campaign.",
        [("Safe Streets Fund", SUP, "Carl Dunn"), ("Safe Streets Fund", FUN, "Carl Dunn")],
        [],
    ),
    (
        "Gov. Ray Holt criticized District Attorney Priya Shah and later suspended her.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association sued District Attorney Priya Shah and "
        "called for her resignation.",
        [("Westbrook Police Benevolent Association", {"sued"}, "Priya Shah")],
        [],
    ),
    (
        "On Tuesday, in a letter to the county board, the Westbrook Police Benevolent "
        "Association called for the removal of District Attorney Priya Shah.",
        [("Westbrook Police Benevolent Association", OPP, "Priya Shah")],
        [],
    ),
    (
        "In a statement released Monday night, Gov. Ray Holt blasted District Attorney Priya Shah.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "Last month, after a string of dismissed cases, the Westbrook Police Benevolent "
        "Association voted no confidence in District Attorney Priya Shah.",
        [("Westbrook Police Benevolent Association", OPP, "Priya Shah")],
        [],
    ),
    (
        "According to campaign finance records, the Safe Streets Fund gave $100,000 to Carl Dunn.",
        [("Safe Streets Fund", FUN, "Carl Dunn")],
        [],
    ),
    (
        "According to the complaint, the Westbrook Police Benevolent Association sued District "
        "Attorney Priya Shah in state court.",
        [("Westbrook Police Benevolent Association", {"sued"}, "Priya Shah")],
        [],
    ),
    (
        "Police union sues Westbrook DA Priya Shah over charging policy",
        [],
        [("Priya Shah", OPP, "")],
    ),
    (
        "Gov. Ray Holt suspends District Attorney Priya Shah",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "Safe Streets Fund pours $1 million into Carl Dunn's campaign",
        [("Safe Streets Fund", FUN, "Carl Dunn")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association said it would not endorse Carl Dunn.",
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn", True)],
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn", False)],
    ),
    (
        "Gov. Ray Holt said he suspended District Attorney Priya Shah because she refused to prosecute.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "Carl Dunn said the Safe Streets Fund had given his campaign $20,000.",
        [("Safe Streets Fund", FUN, "Carl Dunn")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association is demanding District Attorney Priya "
        "Shah's resignation.",
        [("Westbrook Police Benevolent Association", OPP, "Priya Shah")],
        [],
    ),
    (
        "Gov. Ray Holt questioned District Attorney Priya Shah's fitness for office.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "Ray Holt, the governor, suspended District Attorney Priya Shah on Monday.",
        [("Ray Holt", OPP, "Priya Shah")],
        [],
    ),
    (
        "The state's largest police union, the Westbrook Police Benevolent Association, endorsed Carl Dunn.",
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn")],
        [],
    ),
    (
        "The Westbrook Police Benevolent Association has not yet decided whether to sue "
        "District Attorney Priya Shah.",
        [],
        [("Westbrook Police Benevolent Association", OPP, "Priya Shah", False)],
    ),
    (
        "Gov. Ray Holt could suspend District Attorney Priya Shah as early as next week.",
        [],
        [("Ray Holt", OPP, "Priya Shah", False)],
    ),
    (
        "The Safe Streets Fund is expected to spend heavily for Carl Dunn.",
        [],
        [("Safe Streets Fund", FUN, "Carl Dunn", False)],
    ),
    (
        "The Westbrook Police Benevolent Association denied it had funded Carl Dunn's campaign.",
        [],
        [("Westbrook Police Benevolent Association", FUN, "Carl Dunn", False)],
    ),
    (
        "If elected, Carl Dunn said, he would sue the Safe Streets Fund.",
        [],
        [("Carl Dunn", OPP, "Safe Streets Fund", False)],
    ),
    (
        "The Westbrook Police Benevolent Association said it would not endorse Carl Dunn if he ran.",
        [],
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn", False)],
    ),
    (
        "The Westbrook Police Benevolent Association said it would endorse Carl Dunn.",
        [],
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn", False)],
    ),
    (
        "The Westbrook Police Benevolent Association announced Friday that it would not endorse Carl Dunn.",
        [("Westbrook Police Benevolent Association", SUP, "Carl Dunn", True)],
        [],
    ),
    (
        "District Attorney Priya Shah was criticized in a report by the Westbrook Police "
        "Benevolent Association.",
        [("Westbrook Police Benevolent Association", OPP, "Priya Shah")],
        [],
    ),
    (
        "District Attorney Priya Shah was sued over her policy by the Westbrook Police "
        "Benevolent Association.",
        [("Westbrook Police Benevolent Association", {"sued"}, "Priya Shah")],
        [],
    ),
    (
        "District Attorney Priya Shah was sued in the court of Judge Ann Ross.",
        [],
        [("Ann Ross", OPP, "Priya Shah")],
    ),
    (
        "Carl Dunn was endorsed in a letter signed by Mayor Ellen Pratt.",
        [],
        [],
    ),
    (
        "Sheriff Dale Voss has been a vocal critic of District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss slammed District Attorney Nina Ortiz's decision to drop the charges.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss accused District Attorney Nina Ortiz of coddling criminals.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss blamed District Attorney Nina Ortiz for the rise in car thefts.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss took aim at District Attorney Nina Ortiz in his speech.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss lashed out at District Attorney Nina Ortiz on Thursday.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss urged voters to reject District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association launched a campaign to recall District Attorney Nina Ortiz.",
        [("Calder County Deputies Association", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association filed a motion to disqualify District Attorney "
        "Nina Ortiz from the case.",
        [("Calder County Deputies Association", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association spent $2 million attacking District Attorney Nina Ortiz.",
        [("Calder County Deputies Association", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association poured money into the race to unseat District "
        "Attorney Nina Ortiz.",
        [("Calder County Deputies Association", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz's campaign received $500,000 from the Fairness Forward PAC.",
        [("Fairness Forward PAC", FUN, "Nina Ortiz")],
        [],
    ),
    (
        "The Fairness Forward PAC is Nina Ortiz's biggest donor.",
        [("Fairness Forward PAC", FUN, "Nina Ortiz")],
        [],
    ),
    (
        "The Fairness Forward PAC bankrolled Nina Ortiz's first campaign.",
        [("Fairness Forward PAC", FUN, "Nina Ortiz")],
        [],
    ),
    (
        "The Fairness Forward PAC was the top contributor to Nina Ortiz.",
        [("Fairness Forward PAC", FUN, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz counts Mayor Rosa Bell among her supporters.",
        [("Rosa Bell", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Mayor Rosa Bell threw her support behind Nina Ortiz.",
        [("Rosa Bell", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz won the nod of the Calder County Democratic Party.",
        [("Calder County Democratic Party", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association joined the lawsuit against District Attorney Nina Ortiz.",
        [("Calder County Deputies Association", {"sued"}, "Nina Ortiz")],
        [],
    ),
    (
        "District Attorney Nina Ortiz is named as a defendant in a suit filed by the Calder "
        "County Deputies Association.",
        [("Calder County Deputies Association", {"sued"}, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association took District Attorney Nina Ortiz to court over the policy.",
        [("Calder County Deputies Association", {"sued"}, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder County Deputies Association asked a judge to remove District Attorney Nina "
        "Ortiz from office.",
        [("Calder County Deputies Association", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Attorney General Mark Kline stripped District Attorney Nina Ortiz of the case.",
        [("Mark Kline", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Judge Alan Pryce ruled against District Attorney Nina Ortiz on Friday.",
        [("Alan Pryce", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Judge Alan Pryce dismissed the lawsuit against District Attorney Nina Ortiz.",
        [],
        [("Alan Pryce", OPP, "Nina Ortiz")],
    ),
    (
        "The Calder Tribune's editorial board called on District Attorney Nina Ortiz to resign.",
        [("Calder Tribune", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder Tribune endorsed Nina Ortiz for a second term.",
        [("Calder Tribune", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Mayor Rosa Bell and Sheriff Dale Voss have endorsed Nina Ortiz and Tom Greer, respectively.",
        [("Rosa Bell", SUP, "Nina Ortiz"), ("Dale Voss", SUP, "Tom Greer")],
        [("Rosa Bell", SUP, "Tom Greer"), ("Dale Voss", SUP, "Nina Ortiz")],
    ),
    (
        "Sheriff Dale Voss endorsed Tom Greer, Ortiz's opponent.",
        [("Dale Voss", SUP, "Tom Greer")],
        [("Dale Voss", SUP, "Ortiz")],
    ),
    (
        "Sheriff Dale Voss, once an ally of District Attorney Nina Ortiz, now backs Tom Greer.",
        [("Dale Voss", SUP, "Tom Greer")],
        [],
    ),
    (
        "Ortiz has the support of the Fairness Forward PAC, which has spent $300,000 on her behalf.",
        [("Fairness Forward PAC", SUP, "Ortiz"), ("Fairness Forward PAC", FUN, "Ortiz")],
        [],
    ),
    (
        "Judge Alan Pryce threw out the lawsuit against District Attorney Nina Ortiz.",
        [],
        [("Alan Pryce", OPP, "Nina Ortiz")],
    ),
    (
        "The lawsuit against District Attorney Nina Ortiz was dismissed by Judge Alan Pryce.",
        [],
        [("Alan Pryce", {"sued"}, "Nina Ortiz")],
    ),
    (
        "Judge Alan Pryce dismissed the Calder County Deputies Association's lawsuit against "
        "District Attorney Nina Ortiz.",
        [("Calder County Deputies Association", {"sued"}, "Nina Ortiz")],
        [("Alan Pryce", {"sued"}, "Nina Ortiz")],
    ),
    (
        "The Calder County Deputies Association sued District Attorney Nina Ortiz in May. Judge "
        "Alan Pryce dismissed the lawsuit against Ortiz in July.",
        [("Calder County Deputies Association", {"sued"}, "Nina Ortiz")],
        [("Alan Pryce", {"sued"}, "Nina Ortiz")],
    ),
    (
        "Judge Alan Pryce will hear the lawsuit against District Attorney Nina Ortiz.",
        [],
        [("Alan Pryce", {"sued"}, "Nina Ortiz")],
    ),
    (
        "The Calder County Deputies Association won its lawsuit against District Attorney Nina Ortiz.",
        [("Calder County Deputies Association", {"sued"}, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz counts Mayor Rosa Bell and Sheriff Dale Voss among her critics.",
        [("Rosa Bell", OPP, "Nina Ortiz"), ("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The campaign lists the Calder County Democratic Party among its endorsers.",
        [],
        [],
    ),
    (
        "Nina Ortiz got the nod from the Calder County Democratic Party.",
        [("Calder County Democratic Party", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Mayor Rosa Bell gave a nod to the crowd.",
        [],
        [],
    ),
    (
        "Nina Ortiz is among Mayor Rosa Bell's supporters.",
        [("Nina Ortiz", SUP, "Rosa Bell")],
        [],
    ),
    (
        "Mayor Rosa Bell and Sheriff Dale Voss have endorsed Nina Ortiz and Tom Greer, respectively.",
        [("Rosa Bell", SUP, "Nina Ortiz"), ("Dale Voss", SUP, "Tom Greer")],
        [("Rosa Bell", SUP, "Tom Greer"), ("Dale Voss", SUP, "Nina Ortiz")],
    ),
    (
        "Mayor Rosa Bell and Sheriff Dale Voss have endorsed Nina Ortiz and Tom Greer.",
        [
            ("Rosa Bell", SUP, "Nina Ortiz"),
            ("Dale Voss", SUP, "Tom Greer"),
            ("Rosa Bell", SUP, "Tom Greer"),
            ("Dale Voss", SUP, "Nina Ortiz"),
        ],
        [],
    ),
    (
        "Nina Ortiz drew early support from Mayor Rosa Bell.",
        [("Rosa Bell", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz drew the endorsement of the Calder County Democratic Party.",
        [("Calder County Democratic Party", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz drew sharp criticism from Sheriff Dale Voss.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Nina Ortiz received a reprimand from the Calder State Bar.",
        [("Calder State Bar", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder State Bar issued a public censure of District Attorney Nina Ortiz.",
        [("Calder State Bar", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "District Attorney Nina Ortiz pushed back on Sheriff Dale Voss in a letter.",
        [("Nina Ortiz", OPP, "Dale Voss")],
        [("Nina Ortiz", SUP, "Dale Voss")],
    ),
    (
        "District Attorney Nina Ortiz pushed back against Sheriff Dale Voss.",
        [("Nina Ortiz", OPP, "Dale Voss")],
        [("Nina Ortiz", SUP, "Dale Voss")],
    ),
    (
        "Sheriff Dale Voss called for an investigation of District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss called for an ethics investigation into District Attorney Nina Ortiz's office.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss asked Attorney General Mark Kline to investigate District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [("Mark Kline", OPP, "Nina Ortiz")],
    ),
    (
        "Sheriff Dale Voss demanded a state investigation of District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss urged District Attorney Nina Ortiz to recuse herself from the case.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss called on District Attorney Nina Ortiz to recuse herself.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss said he was disappointed in District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The accusations by Sheriff Dale Voss against District Attorney Nina Ortiz were unfounded.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss made allegations against District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "The Calder State Bar rejected Nina Ortiz's claim.",
        [("Calder State Bar", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Judge Alan Pryce rejected District Attorney Nina Ortiz's argument.",
        [("Alan Pryce", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss called Nina Ortiz an excellent choice.",
        [],
        [("Dale Voss", OPP, "Nina Ortiz")],
    ),
    (
        'Sheriff Dale Voss called Nina Ortiz "an excellent choice."',
        [("Dale Voss", SUP, "Nina Ortiz")],
        [("Dale Voss", OPP, "Nina Ortiz")],
    ),
    (
        'Sheriff Dale Voss called Nina Ortiz the "best candidate" for the job.',
        [("Dale Voss", SUP, "Nina Ortiz")],
        [("Dale Voss", OPP, "Nina Ortiz")],
    ),
    (
        'Sheriff Dale Voss called Nina Ortiz "a disgrace."',
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss praised District Attorney Nina Ortiz.",
        [("Dale Voss", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss lauded Nina Ortiz's record.",
        [("Dale Voss", SUP, "Nina Ortiz")],
        [],
    ),
    (
        "District Attorney Nina Ortiz disagreed with Sheriff Dale Voss.",
        [("Nina Ortiz", OPP, "Dale Voss")],
        [],
    ),
    (
        "District Attorney Nina Ortiz sharply disagreed with Sheriff Dale Voss's assessment of the office.",
        [("Nina Ortiz", OPP, "Dale Voss")],
        [],
    ),
    (
        "District Attorney Nina Ortiz did not disagree with Sheriff Dale Voss.",
        [],
        [("Nina Ortiz", OPP, "Dale Voss", False)],
    ),
    (
        "Sheriff Dale Voss's attempt to remove District Attorney Nina Ortiz from the case failed.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss moved to disqualify District Attorney Nina Ortiz from the case.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss filed a motion to remove District Attorney Nina Ortiz from the case.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "District Attorney Nina Ortiz spoke out after Sheriff Dale Voss urged her to step aside.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [("Dale Voss", OPP, "Dale Voss")],
    ),
    (
        "Sheriff Dale Voss faulted District Attorney Nina Ortiz for the delays.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss chided District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Sheriff Dale Voss scolded District Attorney Nina Ortiz in public.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "Mayor Rosa Bell met Sheriff Dale Voss on Monday. He criticized her afterward.",
        [("Dale Voss", OPP, "Rosa Bell")],
        [("Rosa Bell", OPP, "Rosa Bell")],
    ),
    (
        "Sheriff Dale Voss told reporters he had no confidence in District Attorney Nina Ortiz.",
        [("Dale Voss", OPP, "Nina Ortiz")],
        [],
    ),
    (
        "District Attorney Nina Ortiz said she agreed with Sheriff Dale Voss.",
        [],
        [("Nina Ortiz", OPP, "Dale Voss")],
    ),
    (
        "The Charleston Bar Association criticized Ninth Circuit Solicitor Scarlett Vance.",
        [("Charleston Bar Association", OPP, "Scarlett Vance")],
        [("Charleston Bar Association", OPP, "Ninth Circuit Solicitor Scarlett")],
    ),
    (
        "Fresno Democrats called on Attorney General Rob Hale to investigate District Attorney "
        "Nina Ortiz and her use of her office's Public Integrity Unit.",
        [("Fresno Democrats", OPP, "Nina Ortiz")],
        [("Fresno Democrats", OPP, "Public Integrity Unit")],
    ),
    (
        "After endorsing Jane Roe, the Marlow Police Union spent $50,000 on ads.",
        [("Marlow Police Union", SUP, "Jane Roe")],
        [],
    ),
    (
        "By suing Jane Roe, the Marlow Police Union hoped to stop the policy.",
        [("Marlow Police Union", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "The mayor's comments after criticizing Jane Roe were brief.",
        [],
        [("mayor", OPP, "Jane Roe")],
    ),
    (
        "Tom Park was fined for criticizing Jane Roe in court.",
        [],
        [],
    ),
    (
        "Gov. Ray Holt removed State Attorney Jane Roe from office in August. Roe's lawsuit "
        "against the governor argues he overstepped.",
        [("Ray Holt", OPP, "Jane Roe"), ("Jane Roe", {"sued"}, "Ray Holt")],
        [],
    ),
    (
        "Gov. Ray Holt suspended State Attorney Jane Roe in August. Roe called the move "
        "illegal. Now the suspended prosecutor is suing the governor.",
        [("Jane Roe", {"sued"}, "Ray Holt")],
        [],
    ),
    (
        "State Attorney Jane Roe was suspended by Gov. Ray Holt in August. The suit was filed "
        "against the governor in his official capacity.",
        [("Jane Roe", {"sued"}, "Ray Holt")],
        [],
    ),
    (
        "District Attorney Democrat Jane Roe was sued by the Marlow Police Union.",
        [("Marlow Police Union", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "Gov. Ray Holt suspended Soros-backed State Attorney Jane Roe.",
        [("Ray Holt", OPP, "Jane Roe")],
        [],
    ),
    (
        "Mothers Against Violent Crime endorsed Jane Roe.",
        [("Mothers Against Violent Crime", SUP, "Jane Roe")],
        [],
    ),
    (
        "Fraternal Order of Police Lodge 5 voted no confidence in District Attorney Jane Roe.",
        [("Fraternal Order of Police Lodge 5", OPP, "Jane Roe")],
        [],
    ),
    (
        "District Attorney Mary Smith-Jones was criticized by the Marlow Police Union.",
        [("Marlow Police Union", OPP, "Mary Smith-Jones")],
        [],
    ),
    (
        "The Marlow Police Union came out against District Attorney Jane Roe.",
        [("Marlow Police Union", OPP, "Jane Roe")],
        [],
    ),
    (
        '"She is a danger to public safety," said Tom Park, the Marlow Police Union\'s president.',
        [],
        [],
    ),
    (
        "Rep. Tom Park introduced articles of impeachment against District Attorney Jane Roe.",
        [("Tom Park", OPP, "Jane Roe")],
        [],
    ),
    (
        "Jane Roe's campaign got a $1 million boost from the Justice Fund.",
        [("Justice Fund", FUN, "Jane Roe")],
        [],
    ),
    (
        "The Justice Fund spent $100,000 in support of Jane Roe.",
        [("Justice Fund", FUN, "Jane Roe")],
        [],
    ),
    (
        "Tom Park gave to Jane Roe's campaign.",
        [("Tom Park", FUN, "Jane Roe")],
        [],
    ),
    (
        "Tom Park funneled contributions into the Justice Fund.",
        [("Tom Park", FUN, "Justice Fund")],
        [],
    ),
    (
        "Jane Roe received Tom Park's donation in May.",
        [("Tom Park", FUN, "Jane Roe")],
        [],
    ),
    (
        "Tom Park criticized her efforts.",
        [],
        [],
    ),
    (
        "District Attorney Jane Roe was met with disdain by the Marlow Police Union.",
        [("Marlow Police Union", OPP, "Jane Roe")],
        [],
    ),
    (
        "Gov. Ray Holt's suspension of the prosecutor, Jane Roe, drew protests.",
        [("Ray Holt", OPP, "Jane Roe")],
        [],
    ),
    (
        "In suspending Jane Roe, Gov. Ray Holt cited her policies.",
        [("Ray Holt", OPP, "Jane Roe")],
        [],
    ),
    (
        "Jane Roe's lawsuit alleges that Gov. Ray Holt overstepped his authority.",
        [("Jane Roe", {"sued"}, "Ray Holt")],
        [],
    ),
    (
        "The Safe Streets Committee, which is funded by Tom Park, attacked Jane Roe.",
        [("Tom Park", FUN, "Safe Streets Committee"), ("Safe Streets Committee", OPP, "Jane Roe")],
        [],
    ),
    (
        "The Marlow Police Union sued District Attorney Jane Roe under the Ku Klux Klan Act.",
        [("Marlow Police Union", {"sued"}, "Jane Roe")],
        [("Marlow Police Union", {"sued"}, "Ku Klux Klan Act")],
    ),
    (
        "Gov. Ray Holt can suspend an official like her, the statute says.",
        [],
        [("Ray Holt", OPP, "")],
    ),
    (
        "Gov. Ray Holt would consider asking the court to remove District Attorney Jane Roe.",
        [],
        [("Ray Holt", OPP, "Jane Roe", False)],
    ),
    (
        "Gov. Ray Holt thinks he has the authority to remove District Attorney Jane Roe.",
        [],
        [("Ray Holt", OPP, "Jane Roe", False)],
    ),
    (
        "State Sen. Neil Park has joined County Executive Dan Wu and Mayor Kathy Lund in "
        "backing challenger Lee Kim.",
        [("Neil Park", SUP, "Lee Kim"), ("Dan Wu", SUP, "Lee Kim"), ("Kathy Lund", SUP, "Lee Kim")],
        [],
    ),
    (
        "The district attorney, Jane Roe, was sued by the Marlow Police Union.",
        [("Marlow Police Union", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "The incumbent, Jane Roe, had racked up an impressive list of endorsements, including "
        "Gov. Maura Hale and U.S. Sen. Eliza Warne.",
        [("Maura Hale", SUP, "Jane Roe"), ("Eliza Warne", SUP, "Jane Roe")],
        [],
    ),
    (
        "Karen Mead is racking up endorsements from Democratic legislators – including Attorney "
        "General Dana Ness, state Sen. Molly Marrow and Rep. Mari Mano.",
        [
            ("Dana Ness", SUP, "Karen Mead"),
            ("Molly Marrow", SUP, "Karen Mead"),
            ("Mari Mano", SUP, "Karen Mead"),
        ],
        [],
    ),
    (
        "Karen Mead has received endorsements from several unions, including the Marlow Police Union.",
        [("Marlow Police Union", SUP, "Karen Mead")],
        [],
    ),
    (
        "Sheriff Frank Rio received a vote of no confidence from the Lake County Board of Supervisors.",
        [("Lake County Board of Supervisors", OPP, "Frank Rio")],
        [],
    ),
    (
        "Judge William Lamb denied Sheriff Frank Rio's requests for materials in the case to be sealed.",
        [("William Lamb", OPP, "Frank Rio")],
        [],
    ),
    (
        "The Massachusetts chapter of the American Civil Liberties Union is suing Plymouth "
        "County District Attorney Tim Cruse.",
        [("American Civil Liberties Union", {"sued"}, "Tim Cruse")],
        [],
    ),
    (
        "The Marlow Police Union won an injunction against District Attorney Jane Roe.",
        [("Marlow Police Union", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "Attorney General Maura Hale filed suit seeking a declaratory judgment against District "
        "Attorney Jane Roe.",
        [("Maura Hale", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "The court entered a judgment against District Attorney Jane Roe.",
        [],
        [("court", {"sued"}, "Jane Roe")],
    ),
    (
        "Utah County Law Enforcement has no confidence in Utah County Attorney David Levitt's "
        "ability and fitness.",
        [("Utah County Law Enforcement", OPP, "David Levitt")],
        [],
    ),
    (
        'Chief deputy prosecutor Paul Walt called it "bullshit."',
        [],
        [("Paul Walt", OPP, "")],
    ),
    (
        "Group calls for resignation of Macomb County Prosecutor Peter Lucas",
        [],
        [("Group", OPP, "Peter Lucas")],
    ),
    (
        "The Justice Fund sent $46,000 to Crossroads Consulting Inc. and $6,500 to Grindstone Research LLP.",
        [],
        [
            ("Justice Fund", FUN, "Crossroads Consulting Inc."),
            ("Justice Fund", FUN, "Grindstone Research LLP"),
        ],
    ),
    (
        "Koch Industries Inc. gave $5,000 to the Safe Streets PAC.",
        [("Koch Industries Inc.", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        "George Soros spent $100,000 to support his pick in the race, Democrat Darius Pell.",
        [("George Soros", FUN, "Darius Pell")],
        [],
    ),
    (
        "Protect Marlow PAC has raised more than $1.8 million, almost all of it contributed by "
        "the Marlow Police Union.",
        [("Marlow Police Union", FUN, "Protect Marlow PAC")],
        [],
    ),
    (
        "Protect Marlow PAC has raised $1.8 million, most of it from the Marlow Police Union.",
        [("Marlow Police Union", FUN, "Protect Marlow PAC")],
        [],
    ),
    (
        "Jane Roe raised $400,000, including $50,000 from the Justice Fund.",
        [("Justice Fund", FUN, "Jane Roe")],
        [],
    ),
    (
        "The Justice Fund was Jane Roe's largest contributor, giving $50,000.",
        [("Justice Fund", FUN, "Jane Roe")],
        [],
    ),
    (
        "The Marlow Police Union contributed $25,000 to the recall committee, Safe Marlow.",
        [("Marlow Police Union", FUN, "Safe Marlow")],
        [],
    ),
    (
        "Safe Marlow received $25,000 from the Marlow Police Union and $10,000 from Tom Park.",
        [("Marlow Police Union", FUN, "Safe Marlow"), ("Tom Park", FUN, "Safe Marlow")],
        [],
    ),
    (
        "The largest donation to Safe Marlow, $25,000, came from the Marlow Police Union.",
        [("Marlow Police Union", FUN, "Safe Marlow")],
        [],
    ),
    (
        "Tom Park, a developer, wrote a $10,000 check to Jane Roe's campaign.",
        [("Tom Park", FUN, "Jane Roe")],
        [],
    ),
    (
        "Tom Park chipped in $10,000 for Jane Roe.",
        [("Tom Park", FUN, "Jane Roe")],
        [],
    ),
    (
        "Tom Park has donated to Jane Roe's campaign.",
        [("Tom Park", FUN, "Jane Roe")],
        [],
    ),
    (
        "Jane Roe's top donors include Tom Park and the Justice Fund.",
        [("Tom Park", FUN, "Jane Roe"), ("Justice Fund", FUN, "Jane Roe")],
        [],
    ),
    (
        "The Justice Fund, which is bankrolled by Tom Park, spent $2 million on the race.",
        [("Tom Park", FUN, "Justice Fund")],
        [],
    ),
    (
        "The Justice Fund poured $2 million into ads supporting Jane Roe.",
        [("Justice Fund", FUN, "Jane Roe")],
        [],
    ),
    (
        "The Justice Fund spent $2 million on ads attacking Jane Roe.",
        [("Justice Fund", OPP, "Jane Roe")],
        [("Justice Fund", FUN, "Jane Roe")],
    ),
    (
        "Tom Park maxed out to Jane Roe's campaign.",
        [("Tom Park", FUN, "Jane Roe")],
        [],
    ),
    (
        "The union endorsed his rival in the race, Tom Park said.",
        [],
        [("union", SUP, "Tom Park")],
    ),
    (
        "The Marlow Police Union endorsed the district attorney, Jane Roe.",
        [("Marlow Police Union", SUP, "Jane Roe")],
        [],
    ),
    (
        "Ray Tierney criticized the governor while calling out his opponent, Tim Sinn, for remaining silent.",
        [("Ray Tierney", OPP, "Tim Sinn")],
        [],
    ),
    (
        "He specifically questioned the PBA contributions to District Attorney Tim Sinn.",
        [("PBA", FUN, "Tim Sinn")],
        [("He", FUN, "Tim Sinn")],
    ),
    (
        'Eric Adamson described Todd Kaminski as a "skilled prosecutor who has never lost a case."',
        [("Eric Adamson", SUP, "Todd Kaminski")],
        [("Eric Adamson", OPP, "Todd Kaminski")],
    ),
    (
        'Sheriff Dale Voss called Nina Ortiz "not the best candidate."',
        [("Dale Voss", OPP, "Nina Ortiz")],
        [("Dale Voss", SUP, "Nina Ortiz")],
    ),
    (
        "By Jane Doe, Times Staff Writer. Kamala Harris beat an incumbent while denouncing him "
        "as incompetent.",
        [],
        [("Kamala Harris", OPP, "Times Staff Writer")],
    ),
    (
        "The Marlow Police Union called out District Attorney Jane Roe.",
        [("Marlow Police Union", OPP, "Jane Roe")],
        [],
    ),
    (
        "Michael Lang, state Conservative Party chairman, in an unusual move assailed the "
        "Marlow Police Union.",
        [("Michael Lang", OPP, "Marlow Police Union")],
        [("Conservative Party chairman", OPP, "Marlow Police Union")],
    ),
    (
        "Tom Park, the union's president, criticized District Attorney Jane Roe.",
        [("Tom Park", OPP, "Jane Roe")],
        [],
    ),
    (
        "The Republican State Leadership Committee has purchased more than $1 million in TV ads "
        "attacking Kamala Harris.",
        [("Republican State Leadership Committee", OPP, "Kamala Harris")],
        [],
    ),
    (
        "Anne Donley's campaign has run a barrage of ads that attack Todd Kaminski.",
        [("Anne Donley", OPP, "Todd Kaminski")],
        [],
    ),
    (
        "The Republican Attorneys General Association is running a new TV ad that accuses Josh "
        "Kaul of cutting deals.",
        [("Republican Attorneys General Association", OPP, "Josh Kaul")],
        [],
    ),
    (
        "The Justice Fund aired ads criticizing District Attorney Jane Roe.",
        [("Justice Fund", OPP, "Jane Roe")],
        [],
    ),
    (
        "The Justice Fund released a video that blasts District Attorney Jane Roe.",
        [("Justice Fund", OPP, "Jane Roe")],
        [],
    ),
    (
        "The Justice Fund's mailers, which attack District Attorney Jane Roe, went out Monday.",
        [("Justice Fund", OPP, "Jane Roe")],
        [],
    ),
    (
        "The Marlow Police Union is suing District Attorney Jane Roe. Lawyer Tom Park said in "
        "the lawsuit complaint that the Marlow Police Union had asked Roe for records.",
        [("Marlow Police Union", {"sued"}, "Jane Roe")],
        [("Tom Park", {"sued"}, "")],
    ),
    (
        "The American Civil Liberties Union is suing District Attorney Jane Roe. Lawyer Tom "
        "Park said in the lawsuit complaint that the ACLU had asked Roe for records.",
        [("American Civil Liberties Union", {"sued"}, "Jane Roe")],
        [("Tom Park", {"sued"}, "")],
    ),
    (
        "Karen Mead is racking up endorsements from legislators – including state Sen. Molly "
        "Marrow (Birmingham, Bloomfield Hills) and Rep. Mari Mano (Troy).",
        [("Molly Marrow", SUP, "Karen Mead"), ("Mari Mano", SUP, "Karen Mead")],
        [("Birmingham", SUP, "Karen Mead"), ("Troy", SUP, "Karen Mead")],
    ),
    (
        "Prosecutor Alan Smithers is running for district attorney. The endorsement came after "
        "the Riverton Police Chiefs Association chose to give its endorsement to the Republican "
        "Smithers, the current chief deputy.",
        [("Riverton Police Chiefs Association", SUP, "Alan Smithers")],
        [
            ("Riverton Police Chiefs Association", FUN, ""),
            ("Riverton Police Chiefs Association", SUP, "Republican Smithers"),
        ],
    ),
    (
        "The district attorneys for Mason County and Lake County filed a lawsuit against "
        "Attorney General Dana Whitlock.",
        [],
        [("Lake County", {"sued"}, "Dana Whitlock"), ("Mason County", {"sued"}, "Dana Whitlock")],
    ),
    (
        "Four Dade County agencies have filed suit against the County Commission.",
        [],
        [("Dade County", {"sued"}, "")],
    ),
    (
        "The Ohio Police Union is endorsing Maria Lopez for prosecutor in the 9th Judicial "
        "District in Harmon County.",
        [("Ohio Police Union", SUP, "Maria Lopez")],
        [("Ohio Police Union", SUP, "Judicial District")],
    ),
    (
        "It was the first time a Democrat running for sheriff has been backed by the Dover FOP.",
        [],
        [("Dover FOP", SUP, "Democrat")],
    ),
    (
        "Prosecutor Ana Rivera secured the endorsement of FOP Lodge 12 last week.",
        [("FOP Lodge 12", SUP, "Ana Rivera")],
        [],
    ),
    (
        "Most of Jordan Pike's money comes from the Ohio Safety PAC, nearly $200,000.",
        [("Ohio Safety PAC", FUN, "Jordan Pike")],
        [],
    ),
    (
        "Prosecutor Jane Roe has the support of the county's Republicans.",
        [],
        [("Prosecutor", SUP, "")],
    ),
    (
        "The money comes from the state budget, District Attorney Jane Roe said.",
        [],
        [("", FUN, "")],
    ),
    (
        "Members of the Springfield Police Union sued District Attorney Jane Roe.",
        [("Springfield Police Union", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "Two other parties -- the Conservatives and the Independence Party -- have endorsed "
        "District Attorney Jane Roe.",
        [("Independence Party", SUP, "Jane Roe")],
        [],
    ),
    (
        "In a statement, the Lehigh County Republican Committee strongly denounced District "
        "Attorney Jane Roe.",
        [("Lehigh County Republican Committee", OPP, "Jane Roe")],
        [("Lehigh County", OPP, "Jane Roe")],
    ),
    (
        "The Fairness PAC has spent large sums in support of Carla Ruiz and Ben Ode.",
        [("Fairness PAC", FUN, "Carla Ruiz"), ("Fairness PAC", FUN, "Ben Ode")],
        [],
    ),
    (
        "Ed Marsh has spent $250,000 through the Justice Forward PAC to promote Carla Ruiz.",
        [("Ed Marsh", FUN, "Justice Forward PAC"), ("Ed Marsh", FUN, "Carla Ruiz")],
        [],
    ),
    (
        "Prosecutor Dana Cole is seeking a second term. Her donors include well-known figures "
        "like developer Sam Ortiz and retired coach Bill Yates.",
        [("Sam Ortiz", FUN, "Dana Cole"), ("Bill Yates", FUN, "Dana Cole")],
        [],
    ),
    (
        "Prosecutor Dana Mills has received endorsements from state Rep. Ann Tate (D-Marion), "
        "former Councilmember Joe Blake and Lisa Ford.",
        [("Ann Tate", SUP, "Dana Mills"), ("Joe Blake", SUP, "Dana Mills"), ("Lisa Ford", SUP, "Dana Mills")],
        [],
    ),
    (
        "Prosecutor Ted Carter also has the support of three members of the city council: Ron "
        "Diaz, Amy Fox and Tim Gale.",
        [("Ron Diaz", SUP, "Ted Carter"), ("Amy Fox", SUP, "Ted Carter"), ("Tim Gale", SUP, "Ted Carter")],
        [],
    ),
    (
        "Prosecutor Dana Mills has racked up endorsements from most of the state's leading "
        "Republicans, including Gov. Pat Doyle and Sen. Ken Ames.",
        [("Pat Doyle", SUP, "Dana Mills"), ("Ken Ames", SUP, "Dana Mills")],
        [("the state's leading Republicans", SUP, ""), ("state's leading Republicans", SUP, "")],
    ),
    (
        "The announcement followed two other endorsements of Dana Mills by police groups, "
        "including the Dover Police Association and the State Troopers Association.",
        [("Dover Police Association", SUP, "Dana Mills"), ("State Troopers Association", SUP, "Dana Mills")],
        [],
    ),
    (
        "Prosecutor Dana Mills has captured several endorsements, including one from the Urban "
        "League and one from the Dover Fraternal Order of Police.",
        [("Urban League", SUP, "Dana Mills"), ("Dover Fraternal Order of Police", SUP, "Dana Mills")],
        [],
    ),
    (
        "Former deputy Kara Wills filed a lawsuit on Monday. The lawsuit names seven "
        "defendants, including Sheriff Joe Banks.",
        [("Kara Wills", {"sued"}, "Joe Banks")],
        [],
    ),
    (
        "Former deputy Kara Wills filed a lawsuit on Monday. The lawsuit names seven "
        "defendants, including Sheriff Joe Banks. The other defendants named are County "
        "Attorney Lee Park and Deputy Ron Hill.",
        [("Kara Wills", {"sued"}, "Lee Park"), ("Kara Wills", {"sued"}, "Ron Hill")],
        [],
    ),
    (
        "Auditor Kim Lowe sued the state on Friday. The complaint names as defendants "
        "Investigator Sam Cole, as well as Dan Moss, a former prosecutor.",
        [("Kim Lowe", {"sued"}, "Sam Cole"), ("Kim Lowe", {"sued"}, "Dan Moss")],
        [],
    ),
    (
        "Attorney General Ray Dunn and Sheriff Bo Platt sued the county board and individual "
        "members - Ann Lee, Bob Marsh and Carl Ott - claiming they lacked authority.",
        [
            ("Ray Dunn", {"sued"}, "Ann Lee"),
            ("Ray Dunn", {"sued"}, "Bob Marsh"),
            ("Bo Platt", {"sued"}, "Bob Marsh"),
        ],
        [],
    ),
    (
        "“The Board of Supervisors’ actions are not only unlawful, they are against the public "
        "interest,” said Barnett Lott.",
        [("Barnett Lott", OPP, "Board of Supervisors")],
        [],
    ),
    (
        "The Dover Republican Committee’s press release said District Attorney Jane Roe “has a "
        "record of far-left extremism.”",
        [("Dover Republican Committee", OPP, "Jane Roe")],
        [],
    ),
    (
        "Jay Jacobs said District Attorney Anne Donnelly was a “substandard” candidate.",
        [("Jay Jacobs", OPP, "Anne Donnelly")],
        [],
    ),
    (
        "“Jane Roe lied to the voters,” Tom Park said.",
        [("Tom Park", OPP, "Jane Roe")],
        [],
    ),
    (
        "Tom Park said District Attorney Jane Roe was not unfit for office.",
        [],
        [("Tom Park", OPP, "Jane Roe")],
    ),
    (
        "Tom Park said District Attorney Jane Roe is not qualified for the job.",
        [("Tom Park", OPP, "Jane Roe")],
        [],
    ),
    (
        "Tom Park said District Attorney Jane Roe is qualified for the job.",
        [],
        [("Tom Park", OPP, "Jane Roe")],
    ),
    (
        "Tom Park said District Attorney Jane Roe is not only qualified but excellent.",
        [],
        [("Tom Park", OPP, "Jane Roe")],
    ),
    (
        "“Sean Walter has taken some positions not in the best interests of the public,” Noel Dige said.",
        [("Noel Dige", OPP, "Sean Walter")],
        [],
    ),
    (
        "In Nassau, District Attorney Anne Dunn has logged some $950,000 in expenses, and "
        "raised approximately $984,000, including $720,000 from the Harbor County Republican "
        "Committee and nearly $50,000 from cosmetics magnate Ron Lauter.",
        [("Harbor County Republican Committee", FUN, "Anne Dunn"), ("Ron Lauter", FUN, "Anne Dunn")],
        [],
    ),
    (
        "District Attorney Max Wahl has received $473,000 in contributions, including $100,000 "
        "from a political action committee called Oregon Safety PAC, which is reportedly tied "
        "to a billionaire.",
        [("Oregon Safety PAC", FUN, "Max Wahl")],
        [],
    ),
    (
        "Prosecutor Dana Cole is seeking a second term. Some of her donors include big names "
        "like former coaches Sam Ortiz and Bill Yates, as well as lawyer Mark Nye.",
        [("Sam Ortiz", FUN, "Dana Cole"), ("Bill Yates", FUN, "Dana Cole"), ("Mark Nye", FUN, "Dana Cole")],
        [],
    ),
    (
        "District Attorney Max Wahl has received $473,000, including $100,000 that he lent himself.",
        [],
        [("", FUN, "Max Wahl")],
    ),
    (
        "Donor Ed Marsh spent more than $1.3 million in the closing weeks of the 2016 campaign "
        "to elect the current state attorney, Ana Ayala.",
        [("Ed Marsh", FUN, "Ana Ayala")],
        [],
    ),
    (
        "The Maine Safety PAC, which started out with $300,000 from national donor Ed Marsh, ran ads.",
        [("Ed Marsh", FUN, "Maine Safety PAC")],
        [],
    ),
    (
        "The Arkansas Justice PAC was established in April with $321,000 from Ed Marsh.",
        [("Ed Marsh", FUN, "Arkansas Justice PAC")],
        [],
    ),
    (
        "The Dover Police Union started the year with a lawsuit from Ed Marsh.",
        [],
        [("Ed Marsh", FUN, "")],
    ),
    (
        "Donor Ed Marsh spent $1 million in the campaign to defeat the current state attorney, Ana Ayala.",
        [("Ed Marsh", OPP, "Ana Ayala")],
        [("Ed Marsh", FUN, "Ana Ayala")],
    ),
    (
        "Former auditor Kathy McGuin is suing Attorney General Kathy Jennings and other "
        "officials for defamation.\n\nLast year, McGuin was convicted of three misdemeanors. The "
        "prosecution was led by Jennings.\n\nAfter the verdict, the judge tossed one of the "
        "convictions. The state Supreme Court is considering an appeal.\n\nThe lawsuit, filed "
        "Tuesday, names as defendants Chief Investigator Frank Robb, as well as prosecutors.",
        [("Kathy McGuin", {"sued"}, "Frank Robb")],
        [],
    ),
    (
        "Pastor Will Ridout sued Prosecutor Peter Lucas. Lawyer Azam Elder, who filed the "
        "federal lawsuit on Ridout’s behalf, did not respond.",
        [("Will Ridout", {"sued"}, "Peter Lucas")],
        [("Azam Elder", {"sued"}, "")],
    ),
    (
        "Willie J. Ridout Jr., a pastor, spoke on Monday. Ridout sued Prosecutor Peter Lucas in July.",
        [("Willie J. Ridout Jr.", {"sued"}, "Peter Lucas")],
        [],
    ),
    (
        "The Utah Police Union filed an ethics complaint against DA Gill on Monday. Salt Lake "
        "County District Attorney Sam Gill said he had not seen it.",
        [("Utah Police Union", OPP, "Sam Gill")],
        [("Utah Police Union", OPP, "DA Gill")],
    ),
    (
        "Prosecutor Steve Alm also received the important endorsement of the statewide police union, SHOPO.",
        [("SHOPO", SUP, "Steve Alm")],
        [("statewide police union", SUP, "")],
    ),
    (
        "The police union, SHOPO, endorsed Prosecutor Steve Alm.",
        [("SHOPO", SUP, "Steve Alm")],
        [],
    ),
    (
        "The police union, Jane said, endorsed Prosecutor Steve Alm.",
        [],
        [("Jane", SUP, "Steve Alm")],
    ),
    (
        "Prosecutor Jane Roe's opponents include lawyers Ann Lee and Bob Marsh.",
        [],
        [("Ann Lee", OPP, "Jane Roe"), ("Bob Marsh", OPP, "Jane Roe")],
    ),
    (
        "Ann Lee, the opponent of Prosecutor Jane Roe, spoke on Monday.",
        [],
        [("Ann Lee", OPP, "Jane Roe")],
    ),
    (
        "The Springfield Police Union has long been an opponent of Prosecutor Jane Roe.",
        [("Springfield Police Union", OPP, "Jane Roe")],
        [],
    ),
    (
        "Ann Lee, a vocal opponent of Prosecutor Jane Roe, spoke on Monday.",
        [("Ann Lee", OPP, "Jane Roe")],
        [],
    ),
    (
        # a role noun between an organisation and a name titles the person (ninth session)
        "\u201cDistrict Attorney Jane Roe is a danger to public safety,\u201d said Fraternal Order of "
        "Police president Carl Dunn.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [("Fraternal Order of Police president", OPP, "Jane Roe")],
    ),
    (
        "Fraternal Order of Police president Carl Dunn blasted District Attorney Jane Roe.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [("Fraternal Order of Police", OPP, "Jane Roe")],
    ),
    (
        # a party's letter in parentheses is no actor
        "District Attorney Jane Roe's endorsers included the Daily Star, Rep. Tom Hill (D), and Mayor "
        "Ann Lee.",
        [("Tom Hill", SUP, "Jane Roe"), ("Ann Lee", SUP, "Jane Roe")],
        [("D", SUP, "Jane Roe")],
    ),
    (
        # "a <place> resident" is a person from there, not the place
        "The lawsuit, filed by a Harbor County resident, accuses District Attorney Jane Roe of misconduct.",
        [],
        [("Harbor County", {"sued"}, "Jane Roe")],
    ),
    (
        # a name inside a relative clause on "a man" is not the giver
        "Ann Lee criticized her opponent, Tim Covello, for taking money from a man Lee once prosecuted.",
        [("Ann Lee", OPP, "Tim Covello")],
        [("Ann Lee", FUN, "Tim Covello")],
    ),
    (
        "Carl Dunn needs to be able to criticize District Attorney Jane Roe.",
        [],
        [("Carl Dunn", OPP, "Jane Roe")],
    ),
    (
        "Carl Dunn said District Attorney Jane Roe needs to resign.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [],
    ),
    (
        "Carl Dunn has thrown thousands of dollars to Republicans like Tom Hill, Ann Lee and Bob Fay.",
        [("Carl Dunn", FUN, "Tom Hill"), ("Carl Dunn", FUN, "Ann Lee"), ("Carl Dunn", FUN, "Bob Fay")],
        [],
    ),
    (
        "Carl Dunn has received support from numerous unions, as well as former District Attorney Jane Roe.",
        [("Jane Roe", SUP, "Carl Dunn")],
        [],
    ),
    (
        # a definite "the <organisation> <role>" is the person named before with that role
        "\u201cWe want change,\u201d said Harbor Falls FOP Lodge 9 chairman Carl Dunn. The FOP chairman "
        "criticized District Attorney Jane Roe for her record.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [("FOP chairman", OPP, "Jane Roe")],
    ),
    (
        # a bullet at a line's start is no subject
        "The race heated up.\n  \u2022 Carl Dunn said District Attorney Jane Roe has "
        '"a weak approach to crime."\n  \u2022 Tom Hill endorsed Jane Roe.',
        [("Carl Dunn", OPP, "Jane Roe"), ("Tom Hill", SUP, "Jane Roe")],
        [],
    ),
    (
        # a donor list's parenthesis: the amount and to whom
        "Oil executive Tom Hill ($7,500 to Jane Roe) has also given to Ann Lee.",
        [("Tom Hill", FUN, "Jane Roe")],
        [],
    ),
    (
        "County Attorney Ann Lee joined the lawsuit to remove District Attorney Jane Roe in February.",
        [("Ann Lee", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        "Carl Dunn filed a petition to recall District Attorney Jane Roe.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [("Carl Dunn", {"sued"}, "Jane Roe")],
    ),
    (
        # a quoted description that praises is support, not criticism
        "The Daily Star, which endorsed District Attorney Jane Roe, described her as a \u201cthoughtful "
        "pragmatist.\u201d",
        [("Daily Star", SUP, "Jane Roe")],
        [("Daily Star", OPP, "Jane Roe")],
    ),
    (
        # a candidate's standing at a sentence's start is no part of the name
        "Incumbent Jane Roe and Tom Hill are running. The Harbor Falls Police Union endorsed Roe.",
        [("Harbor Falls Police Union", SUP, "Jane Roe")],
        [],
    ),
    (
        # an organisation "of" a place is named in full, not as the place
        "The Black Political Caucus of Harbor-Falls endorsed District Attorney Jane Roe.",
        [("Black Political Caucus of Harbor-Falls", SUP, "Jane Roe")],
        [("Harbor-Falls", SUP, "Jane Roe")],
    ),
    (
        # the parser starts a sentence at "he" after a colon; its subject is the one before it
        "Carl Dunn has given Ann Lee thousands of dollars. Oil executive Joseph Garvey has a donation "
        "history that shows his mind changing: he gave $50,000 to District Attorney Jane Roe in 2019.",
        [("Joseph Garvey", FUN, "Jane Roe")],
        [("Carl Dunn", FUN, "Jane Roe")],
    ),
    (
        "Carl Dunn said District Attorney Jane Roe should be removed from office.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [],
    ),
    (
        "Carl Dunn said District Attorney Jane Roe should not be removed from office.",
        [],
        [("Carl Dunn", OPP, "Jane Roe", False)],
    ),
    (
        # a message's signers and filers say what it says
        "The letter, signed by judges Tom Hill and Ann Lee, said that District Attorney Jane Roe was a "
        "danger to the public.",
        [("Tom Hill", OPP, "Jane Roe"), ("Ann Lee", OPP, "Jane Roe")],
        [],
    ),
    (
        "The petition, filed by Carl Dunn, a county resident, contends District Attorney Jane Roe should be "
        "removed from office.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [],
    ),
    (
        # "came after" tells a time
        "The endorsement came after the Harbor Falls Police Union chose to give its endorsement to "
        "District Attorney Jane Roe.",
        [("Harbor Falls Police Union", SUP, "Jane Roe")],
        [("Harbor Falls Police Union", OPP, "Jane Roe")],
    ),
    (
        # a number after the object's preposition is no money: an endorsement given is no funding
        "The Harbor Falls Police Union gave its endorsement to Jane Roe, the county's number two prosecutor.",
        [("Harbor Falls Police Union", SUP, "Jane Roe")],
        [("Harbor Falls Police Union", {"funded"}, "Jane Roe")],
    ),
    (
        "Ann Lee's campaign raised questions about the thousands of dollars in donations to the Roe "
        "campaign from businessman Carl Dunn.",
        [],
        [("Carl Dunn", {"funded"}, "Ann Lee")],
    ),
    (
        # a place's donors are donors in it, not to it
        "Also interested is chicken magnate Carl Dunn, one of Arkansas' biggest political donors.",
        [],
        [("Carl Dunn", FUN, "Arkansas")],
    ),
    (
        "Harbor Safe's biggest contributors were the Harbor Bank PAC and the Harbor Falls Chamber of "
        "Commerce at $30,000 each.",
        [("Harbor Bank PAC", FUN, "Harbor Safe"), ("Harbor Falls Chamber of Commerce", FUN, "Harbor Safe")],
        [],
    ),
    (
        "Both contenders, Council Member Tom Hill and Council Member Ann Lee, stood behind District "
        "Attorney Jane Roe.",
        [("Tom Hill", SUP, "Jane Roe"), ("Ann Lee", SUP, "Jane Roe")],
        [],
    ),
    (
        "Jane Roe stood behind the podium as Carl Dunn spoke.",
        [],
        [("Jane Roe", SUP, "Carl Dunn")],
    ),
    (
        "Carl Dunn called for District Attorney Jane Roe to be suspended from office while her spending "
        "is investigated.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [],
    ),
    (
        "Carl Dunn is urging District Attorney Jane Roe not to run for a third term.",
        [("Carl Dunn", OPP, "Jane Roe")],
        [],
    ),
    (
        "Carl Dunn urged District Attorney Jane Roe to run again.",
        [],
        [("Carl Dunn", OPP, "Jane Roe")],
    ),
    (
        # as many names as the plural counts, though the parser hangs them on its "for"
        "The Harbor Falls Republican Club also is backing two nominees for county commissioner, Tom Hill "
        "and Ann Lee.",
        [("Harbor Falls Republican Club", SUP, "Tom Hill"), ("Harbor Falls Republican Club", SUP, "Ann Lee")],
        [],
    ),
    (
        "Ann Lee sued on Monday. The suit names the state of New Mexico along with District Attorney "
        "Jane Roe.",
        [("Ann Lee", {"sued"}, "Jane Roe")],
        [],
    ),
    (
        # a first name alone is the one person the text names in full with it
        "Joe Platania is running for prosecutor. \u201cI\u2019m going to support Joe,\u201d said Buddy "
        "Weber.",
        [("Buddy Weber", SUP, "Joe Platania")],
        [],
    ),
    (
        "Bill Roe is the district attorney. Carl Dunn opposed Senate Bill 5.",
        [],
        [("Carl Dunn", OPP, "Bill Roe")],
    ),
    (
        # the government of a place, named by the place
        "District Attorney Jane Roe is suing the Harbor County government.",
        [("Jane Roe", {"sued"}, "Harbor County")],
        [],
    ),
    (
        "The federal government sued District Attorney Jane Roe.",
        [],
        [("federal", {"sued"}, "Jane Roe")],
    ),
    (
        # defendants listed in the passive belong to the suit told before
        "District Attorney Jane Roe filed a lawsuit on Monday. Some of the attorneys \u2013 including "
        "Tom Hill, Ann Lee and Bob Fay \u2013 are listed as defendants.",
        [
            ("Jane Roe", {"sued"}, "Tom Hill"),
            ("Jane Roe", {"sued"}, "Ann Lee"),
            ("Jane Roe", {"sued"}, "Bob Fay"),
        ],
        [],
    ),
    (
        "Tom Hill and Ann Lee are listed as defendants.",
        [],
        [("Tom Hill", {"sued"}, "Ann Lee")],
    ),
    (
        # a curly apostrophe negates as a straight one does, also after a surname reference
        "Mitch Roth is running. Kelden Waltjen is running. Roth didn\u2019t endorse Waltjen.",
        [("Mitch Roth", SUP, "Kelden Waltjen", True)],
        [("Mitch Roth", SUP, "Kelden Waltjen", False)],
    ),
    (
        "Carl Dunn said he\u2019ll endorse District Attorney Jane Roe.",
        [],
        [("Carl Dunn", SUP, "Jane Roe")],
    ),
    (
        "Ann Lee referred to District Attorney Jane Roe as a failed prosecutor who avoids the public eye.",
        [("Ann Lee", OPP, "Jane Roe")],
        [],
    ),
    (
        "Ann Lee referred the case to District Attorney Jane Roe.",
        [],
        [("Ann Lee", OPP, "Jane Roe")],
    ),
    (
        'District Attorney Jane Roe is running. Tom Hill termed her allegations as "baseless".',
        [("Tom Hill", OPP, "Jane Roe")],
        [],
    ),
    (
        # asking others to back someone is backing
        "The Harbor Action Fund is urging county residents to support District Attorney Jane Roe.",
        [("Harbor Action Fund", SUP, "Jane Roe")],
        [],
    ),
    (
        "The Harbor Action Fund begged people to vote for District Attorney Jane Roe.",
        [("Harbor Action Fund", SUP, "Jane Roe")],
        [],
    ),
    (
        "Tom Hill urged the council to support the budget of District Attorney Jane Roe's office.",
        [],
        [("Tom Hill", SUP, "Jane Roe")],
    ),
    (
        # remarks that were critical: whoever made them
        "Tom Hill and Ann Lee both made remarks that were critical of District Attorney Jane Roe\u2019s "
        "administration.",
        [("Tom Hill", OPP, "Jane Roe"), ("Ann Lee", OPP, "Jane Roe")],
        [],
    ),
    (
        # straight quotation marks: "I" is the quotation's speaker, not the last speaker before it
        'Tom Hill spoke. "We won," he said. "I am endorsed by District Attorney Jane Roe," said Ann Lee.',
        [("Jane Roe", SUP, "Ann Lee")],
        [("Jane Roe", SUP, "Tom Hill")],
    ),
    (
        "Tom Hill spoke. \u201cWe won,\u201d he said. \u201cI am endorsed by District Attorney Jane Roe,"
        "\u201d said Ann Lee.",
        [("Jane Roe", SUP, "Ann Lee")],
        [("Jane Roe", SUP, "Tom Hill")],
    ),
    (
        # a telephone call and then a quote is no name-calling
        "Mary Roe is running. \u201cMary called me last night and said, \u2018Stop it,\u2019 \u201d "
        "Carl Dunn said Monday.",
        [],
        [("Mary Roe", OPP, "Carl Dunn")],
    ),
    # -- tenth session: names, lists, "with the backing of", contrasts -------------------------------
    (
        # a chapter's number after a name run the model cuts short, and after a registry-like acronym
        "Jane Roe secured the endorsement of FOP Lodge 31 and SEIU Local 1021.",
        [("FOP Lodge 31", SUP, "Jane Roe")],
        [("FOP Lodge", SUP, "Jane Roe")],
    ),
    (
        "SEIU Local 1021 endorsed Jane Roe for district attorney.",
        [("SEIU Local 1021", SUP, "Jane Roe")],
        [],
    ),
    (
        # an office run into the person's name by the model
        "Director of Victim Services Karen Holt criticized District Attorney Jane Roe.",
        [("Karen Holt", OPP, "Jane Roe")],
        [("Director of Victim Services Karen", OPP, "Jane Roe")],
    ),
    (
        # role words between an organisation's name and the person it titles
        "Safe Streets Alliance Executive Director Karen Holt criticized District Attorney Jane Roe.",
        [("Karen Holt", OPP, "Jane Roe")],
        [("Safe Streets Alliance Executive Director", OPP, "Jane Roe")],
    ),
    (
        # a committee named for the person it elects keeps its name
        "The Committee to Elect Karen Holt criticized District Attorney Jane Roe.",
        [],
        [("Karen Holt", OPP, "Jane Roe")],
    ),
    (
        # "with the backing of X": the one who has it is backed
        "Karen Holt is armed with the endorsements of Sheriff Tom Hill, former police chiefs Ann Lee and "
        "Carl Dunn, and Mary Stone.",
        [
            ("Tom Hill", SUP, "Karen Holt"),
            ("Ann Lee", SUP, "Karen Holt"),
            ("Carl Dunn", SUP, "Karen Holt"),
            ("Mary Stone", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        "Karen Holt, with the backing of the Harbor Falls Police Union, won the primary.",
        [("Harbor Falls Police Union", SUP, "Karen Holt")],
        [],
    ),
    (
        # "with" as the target of the verb says nothing of who has the backing
        "Tom Hill disagreed with the endorsement of Karen Holt.",
        [],
        [("Karen Holt", SUP, "Tom Hill")],
    ),
    (
        # a name under a preposition in the list's apposition is not listed
        "Karen Holt was endorsed by Sheriff Tom Hill, a former aide to Mayor Carl Dunn.",
        [("Tom Hill", SUP, "Karen Holt")],
        [("Carl Dunn", SUP, "Karen Holt")],
    ),
    (
        # a first name joined to a first name and surname shares the surname
        "Former legislators Kevin and Betty Marsh have endorsed Karen Holt.",
        [("Kevin Marsh", SUP, "Karen Holt"), ("Betty Marsh", SUP, "Karen Holt")],
        [("Kevin", SUP, "Karen Holt")],
    ),
    (
        # "some of them, including A, B and C"
        "Carl Dunn has made several attacks against some of them, including Senators Ann Lee, Tom Hill "
        "and Mary Stone.",
        [("Carl Dunn", OPP, "Ann Lee"), ("Carl Dunn", OPP, "Tom Hill"), ("Carl Dunn", OPP, "Mary Stone")],
        [],
    ),
    (
        # a plural possessive with a typographic apostrophe owns the noun after it
        "The ruling came after Gov. Tom Reyes\u2019 removal of State Attorney Karen Holt.",
        [("Tom Reyes", OPP, "Karen Holt")],
        [],
    ),
    (
        # ... but an organisation's name written so keeps its apostrophe and its words
        "The Harbor Falls Sheriffs\u2019 Association endorsed Karen Holt.",
        [("Harbor Falls Sheriffs\u2019 Association", SUP, "Karen Holt")],
        [],
    ),
    (
        # an office's own capitalised words before a titled name are no gap for the word order
        "Karen Holt is a former state representative. She is challenging longtime Register of Deeds "
        "Peter E. Hill.",
        [("Karen Holt", OPP, "Peter E. Hill")],
        [],
    ),
    (
        # "would" written "'d": a possibility, not a fact
        "\u201cI\u2019d probably support him, but not in this district,\u201d Senator Tom Hill said of "
        "Carl Dunn.",
        [],
        [("Tom Hill", SUP, "Carl Dunn", False)],
    ),
    (
        # a name, "and" and a lower-case collective are two actors, not one organisation's name
        "Karen Holt sued Hill and senior deputy district attorneys Ann Lee and Carl Dunn in federal court.",
        [
            ("Karen Holt", {"sued"}, "Hill"),
            ("Karen Holt", {"sued"}, "Ann Lee"),
            ("Karen Holt", {"sued"}, "Carl Dunn"),
        ],
        [],
    ),
    (
        # "A of Springfield and B of Shelbyville": the parser joins B to A's town
        "Karen Holt has received the backing of state Sen. Tom Hill of Springfield and state Rep. Ann Lee "
        "of Shelbyville.",
        [("Tom Hill", SUP, "Karen Holt"), ("Ann Lee", SUP, "Karen Holt")],
        [("Shelbyville", SUP, "Karen Holt")],
    ),
    (
        # "the county" as a party: the county named last before it, as written
        "Former Harbor County employee Karen Holt filed a lawsuit against the county last week.",
        [("Karen Holt", {"sued"}, "Harbor County")],
        [("Karen Holt", {"sued"}, "Former Harbor County")],
    ),
    (
        "Karen Holt worked for Contra Mesa County for years. She sued the county and District Attorney "
        "Tom Hill.",
        [("Karen Holt", {"sued"}, "Contra Mesa County"), ("Karen Holt", {"sued"}, "Tom Hill")],
        [],
    ),
    (
        # "the county council" is another actor
        "Harbor County employee Karen Holt sued the county council.",
        [],
        [("Karen Holt", {"sued"}, "Harbor County")],
    ),
    (
        # a passive verb conjoined to another verb is about that verb's subject
        "Karen Holt, 45, has two young daughters and is endorsed by District Attorney Tom Hill.",
        [("Tom Hill", SUP, "Karen Holt")],
        [],
    ),
    (
        # ... its subject, not its agent
        "Karen Holt was sued by the Harbor Falls Police Union and was criticized by Mayor Tom Hill.",
        [("Tom Hill", OPP, "Karen Holt")],
        [("Tom Hill", OPP, "Harbor Falls Police Union")],
    ),
    (
        # "'d" before a participle is "had": a fact
        "Oil executive Tom Hill contributed $40,000 to Karen Holt \u2013 before that, he\u2019d given "
        "thousands of dollars to other candidates.",
        [("Tom Hill", FUN, "Karen Holt")],
        [],
    ),
    (
        # "A, not B": B is denied
        "In 2019, the Harbor Falls Troopers Association endorsed Karen Holt, not Carl Dunn.",
        [
            ("Harbor Falls Troopers Association", SUP, "Karen Holt"),
            ("Harbor Falls Troopers Association", SUP, "Carl Dunn", True),
        ],
        [("Harbor Falls Troopers Association", SUP, "Carl Dunn", False)],
    ),
    (
        # "back" as an adverb is no backing
        "The Harbor County Commissioners Court put that question back on the agenda of Karen Holt.",
        [],
        [("Harbor County Commissioners Court", SUP, "Karen Holt")],
    ),
    # -- eleventh session ------------------------------------------------------------------------
    (
        # a letter signed at the end: "I" is its writer
        "To the editor:\nThe primary will decide our next district attorney.\nI am proud to endorse "
        "attorney Karen Holt because of her experience.\nPlease vote for her.\nMolly Dunbar,\nHarbor Falls\n",
        [("Molly Dunbar", SUP, "Karen Holt")],
        [],
    ),
    (
        # a byline at the top, a place after the name
        "By Devin Marsh, Harbor Falls\n\nI write to endorse Karen Holt for district attorney. As a retired "
        "judge, I saw her work for years.\n",
        [("Devin Marsh", SUP, "Karen Holt")],
        [],
    ),
    (
        # "I" inside a quotation is its speaker's, never the byline's writer
        "By Devin Marsh\n\nThe race tightened on Monday.\n\u201cI endorse Karen Holt,\u201d Mayor Tom Hill "
        "said at a rally.\n",
        [("Tom Hill", SUP, "Karen Holt")],
        [("Devin Marsh", SUP, "Karen Holt")],
    ),
    (
        # a byline and a signature naming two people: no single writer
        "By Devin Marsh\n\nI endorse Karen Holt for district attorney.\n\nMolly Dunbar, Harbor Falls\n",
        [],
        [("Devin Marsh", SUP, "Karen Holt"), ("Molly Dunbar", SUP, "Karen Holt")],
    ),
    (
        # a writer's name in a Title Case signature line is still a person's
        "I endorse Karen Holt for district attorney.\n\nSharon Wexley, Special to the Harbor Falls Gazette\n",
        [("Sharon Wexley", SUP, "Karen Holt")],
        [],
    ),
    (
        # "regret supporting X": the support is disowned; and so it is where the text told of it
        "Local opinion: I regret supporting Karen Holt in 2020; I endorse Carl Dunn\n\nI supported Karen "
        "Holt in 2020 for district attorney. I regret that mistake.\n\nSharon Wexley, Harbor Falls\n",
        [("Sharon Wexley", SUP, "Carl Dunn"), ("Sharon Wexley", SUP, "Karen Holt", True)],
        [("Sharon Wexley", SUP, "Karen Holt", False)],
    ),
    (
        # a retraction spreads over the text: the earlier endorsement no longer stands
        "The Harbor Falls Police Union rescinded its endorsement of Karen Holt on Friday. The Harbor "
        "Falls Police Union had endorsed Karen Holt in May.",
        [("Harbor Falls Police Union", SUP, "Karen Holt", True)],
        [("Harbor Falls Police Union", SUP, "Karen Holt", False)],
    ),
    (
        # ... a plain denial does not
        "Mayor Tom Hill did not endorse Karen Holt in the primary. Hill endorsed Karen Holt in the "
        "general election.",
        [("Tom Hill", SUP, "Karen Holt", True), ("Tom Hill", SUP, "Karen Holt", False)],
        [],
    ),
    (
        # "<group noun> such as A and B": the groups named
        "Karen Holt, who is supported by labor organizations such as the Harbor Falls Teachers Union "
        "and the Harbor Falls Nurses Association, won the vote.",
        [
            ("Harbor Falls Teachers Union", SUP, "Karen Holt"),
            ("Harbor Falls Nurses Association", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # a list of titled people, with "Senate President Pro Tem" and a middle initial
        "Governor Tom Hill, House Speaker Carl J. Dunn and Senate President Pro Tem Ellen Marsh are "
        "calling on Attorney General Karen Holt to resign.",
        [
            ("Tom Hill", OPP, "Karen Holt"),
            ("Carl J. Dunn", OPP, "Karen Holt"),
            ("Ellen Marsh", OPP, "Karen Holt"),
        ],
        [],
    ),
    (
        # a numbered chapter "of the" organisation is one name
        "District Attorney Karen Holt and Sheriff Carl Dunn garnered the endorsement of Harbor Valley "
        "Lodge #4 of the Fraternal Order of Police.",
        [
            ("Harbor Valley Lodge #4 of the Fraternal Order of Police", SUP, "Karen Holt"),
            ("Harbor Valley Lodge #4 of the Fraternal Order of Police", SUP, "Carl Dunn"),
        ],
        [],
    ),
    (
        # a typographic possessive on a common noun: "police\u2019s" owns the lodge after it
        "Karen Holt has been endorsed by the state police\u2019s Miller Memorial FOP Lodge #54.",
        [("Miller Memorial FOP Lodge #54", SUP, "Karen Holt")],
        [("state police", SUP, "Karen Holt")],
    ),
    (
        # ... and names keep the apostrophe as written
        "Judge Carl Dunn entered an order disqualifying the Harbor County Prosecuting "
        "Attorney\u2019s Office.",
        [("Carl Dunn", OPP, "Harbor County Prosecuting Attorney\u2019s Office")],
        [],
    ),
    (
        # an organisation of a place's possessive: its own head word after it
        "That group gave $175,000 to the Progressive Alliance of Nevada\u2019s Action Fund, which then gave "
        "$35,000 to the Safe Streets PAC.",
        [("Progressive Alliance of Nevada\u2019s Action Fund", FUN, "Safe Streets PAC")],
        [],
    ),
    (
        # a claim filed against someone is a suit ...
        "Carl Dunn is the fourth employee to file a whistleblower claim against Prosecutor Karen Holt.",
        [("Carl Dunn", {"sued"}, "Karen Holt")],
        [],
    ),
    (
        # ... claims made against someone are not
        "Carl Dunn repeated his claims against Prosecutor Karen Holt.",
        [],
        [("Carl Dunn", {"sued"}, "Karen Holt")],
    ),
    (
        # "endorsements, including from A, B and C"
        "Karen Holt has garnered an impressive list of endorsements so far, including from the Harbor "
        "Falls Teachers Union, Progressive Harbor and the Harbor Falls Nurses Association.",
        [
            ("Harbor Falls Teachers Union", SUP, "Karen Holt"),
            ("Progressive Harbor", SUP, "Karen Holt"),
            ("Harbor Falls Nurses Association", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # a challenge to a candidate's eligibility opposes the candidate
        "Carl Dunn, a former partner, challenged Karen Holt\u2019s eligibility for the ballot.",
        [("Carl Dunn", OPP, "Karen Holt")],
        [],
    ),
    (
        # a person announcing an organisation's endorsement is the one it backs
        "Karen Holt announced the endorsement of the Harbor Falls Police Association on Monday.",
        [("Harbor Falls Police Association", SUP, "Karen Holt")],
        [("Karen Holt", SUP, "Harbor Falls Police Association")],
    ),
    (
        # ... an organisation announcing one is the endorser
        "The Harbor Falls Police Association announced the endorsement of Karen Holt.",
        [("Harbor Falls Police Association", SUP, "Karen Holt")],
        [("Karen Holt", SUP, "Harbor Falls Police Association")],
    ),
    (
        # a plural noun the tagger calls a proper noun ("jabs" beside names) is still the noun
        "Audrey Cole threw jabs at Marty Lane.",
        [("Audrey Cole", OPP, "Marty Lane")],
        [],
    ),
    (
        # "big names like former coaches A and B": the names the plural holds
        "Karen Holt raised $2 million. Her donors include big names like former coaches Steve Clifford "
        "and Stan Vance.",
        [("Steve Clifford", FUN, "Karen Holt"), ("Stan Vance", FUN, "Karen Holt")],
        [],
    ),
    (
        # "slamming each other", "traded barbs": each side opposes the other
        "Carl Dunn and Karen Holt have been slamming each other with attack ads.",
        [("Carl Dunn", OPP, "Karen Holt"), ("Karen Holt", OPP, "Carl Dunn")],
        [],
    ),
    (
        "Mayor Tom Hill and Karen Holt traded barbs at the debate.",
        [("Tom Hill", OPP, "Karen Holt"), ("Karen Holt", OPP, "Tom Hill")],
        [],
    ),
    (
        # ... not praise, and not a trade of anything else
        "Mayor Tom Hill and Karen Holt praised each other, then traded places on the stage.",
        [],
        [("Tom Hill", OPP, "Karen Holt"), ("Karen Holt", OPP, "Tom Hill")],
    ),
    (
        # a person's possessive inside an organisation's name: one name, not a list of two
        "Karen Holt\u2019s PAC spent $50,000 against Carl Dunn.",
        [("Karen Holt\u2019s PAC", OPP, "Carl Dunn")],
        [("PAC", OPP, "Carl Dunn")],
    ),
    # --- twelfth session -----------------------------------------------------------------------
    (
        # a list in apposition to a group the endorsements come from, after a dash
        "Karen Holt picked up endorsements from a number of groups and officials \u2014 the Riverton "
        "Police Union, Citizens for Safe Streets and state Sen. Tom Hill.",
        [
            ("Riverton Police Union", SUP, "Karen Holt"),
            ("Citizens for Safe Streets", SUP, "Karen Holt"),
            ("Tom Hill", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # ... after a colon, the list in apposition to the endorsements themselves
        "Karen Holt listed endorsements from the county's legislators: Sen. Ana Ortiz and Reps. Omar "
        "Diaz and Carl Dunn.",
        [
            ("Ana Ortiz", SUP, "Karen Holt"),
            ("Omar Diaz", SUP, "Karen Holt"),
            ("Carl Dunn", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # "endorsements ranging from A to B"
        "Karen Holt boasts an array of endorsements ranging from Rep. Ana Ortiz to Mayor Tom Hill.",
        [("Ana Ortiz", SUP, "Karen Holt"), ("Tom Hill", SUP, "Karen Holt")],
        [],
    ),
    (
        # "announced endorsements from A": the one who announces them is endorsed; a title of
        # several words the lists do not hold stays out of the name
        "Karen Holt is running. She announced endorsements from Republican National Committeewoman Ruth "
        "Ambler and Sen. Omar Diaz.",
        [("Ruth Ambler", SUP, "Karen Holt"), ("Omar Diaz", SUP, "Karen Holt")],
        [("Republican National Committeewoman Ruth", SUP, "Karen Holt")],
    ),
    (
        # a person after "and" ends a list: no organisation "Hurley and Omar Diaz"
        "Karen Holt announced endorsements from Sen. Ana Ortiz of Harbor Falls and Rep. Omar Diaz of "
        "Riverton.",
        [("Ana Ortiz", SUP, "Karen Holt"), ("Omar Diaz", SUP, "Karen Holt")],
        [("Harbor Falls and Rep. Omar Diaz", SUP, "Karen Holt")],
    ),
    (
        # the hyphenated "Pro-Tempore" is a title like "pro tempore"
        "Senate President Pro-Tempore Ruth Ambler endorsed Karen Holt.",
        [("Ruth Ambler", SUP, "Karen Holt")],
        [("Pro-Tempore", SUP, "Karen Holt")],
    ),
    (
        # a state the recogniser names as a place is no person: "he" is not South Dakota
        "\u201cKaren Holt will move South Dakota forward,\u201d Tom Hill said. \u201cHe has been endorsed "
        "by the Harbor County Sheriffs Association.\u201d",
        [],
        [("Harbor County Sheriffs Association", SUP, "South Dakota")],
    ),
    (
        # "brought this action against X": a suit ("took action against" stays what it was)
        "Plaintiffs Ruth Ambler and Omar Diaz brought this action against Harbor County Sheriff Tom Hill "
        "and Harbor County.",
        [("Ruth Ambler", {"sued"}, "Tom Hill"), ("Omar Diaz", {"sued"}, "Tom Hill")],
        [],
    ),
    (
        # a name defined in quotes in parentheses after a name is that person, no second plaintiff
        "Plaintiff Margaret L. Ambler (\u201cPeggy Ambler\u201d) brought this action against Harbor "
        "County Sheriff Tom Hill.",
        [("Margaret L. Ambler", {"sued"}, "Tom Hill")],
        [("Peggy Ambler", {"sued"}, "Tom Hill")],
    ),
    (
        # the parser hangs "that named X as defendants" on the court: the court names no one
        "The Riverton Police Union filed a lawsuit in the Harbor County Circuit Court that named Mayor "
        "Ana Ortiz and Linda Park as defendants.",
        [("Riverton Police Union", {"sued"}, "Ana Ortiz"), ("Riverton Police Union", {"sued"}, P)],
        [("Harbor County Circuit Court", {"sued"}, P)],
    ),
    (
        # an organisation in apposition to the role's named holder, with more after it: one more
        # defendant
        "The Riverton Police Union sued the county's sheriff, Tom Hill, the Harbor County Commission, "
        "and its chairman.",
        [
            ("Riverton Police Union", {"sued"}, "Tom Hill"),
            ("Riverton Police Union", {"sued"}, "Harbor County Commission"),
        ],
        [],
    ),
    (
        # a county's name is no person's, though its first word is a given name: the byline's
        # writer is the one person the top lines name
        "By Ana Ortiz\n\nDouglas County, KS\n\nI endorse Marcus Webb for district attorney.",
        [("Ana Ortiz", SUP, "Marcus Webb")],
        [],
    ),
    (
        # a rebuttal opposes whoever made the claim: its possessor ...
        "Karen Holt attacked Carl Dunn at the forum. Dunn has labeled Holt\u2019s criticisms as false.",
        [("Carl Dunn", OPP, "Karen Holt")],
        [],
    ),
    (
        # ... or, for "the criticism" told before, the last who opposed the rebutter
        "Karen Holt criticized Mayor Tom Hill on Monday. Hill rejected the criticism.",
        [("Tom Hill", OPP, "Karen Holt")],
        [],
    ),
    (
        # an answer about someone opposes that someone
        "Karen Holt criticized Mayor Tom Hill. Hill countered that Holt engages in hyperbole.",
        [("Tom Hill", OPP, "Karen Holt")],
        [],
    ),
    (
        "Karen Holt shot back that Carl Dunn had never tried a case.",
        [("Karen Holt", OPP, "Carl Dunn")],
        [],
    ),
    (
        # ("fired the aide that Dunn hired" answers no one)
        "Karen Holt fired the aide that Carl Dunn hired.",
        [],
        [("Karen Holt", OPP, "Carl Dunn")],
    ),
    (
        # naming the claim with a predicate rebuts it; describing it names nothing
        "Prosecutor Ann Lee sued Governor Tom Hill. The governor called the lawsuit a political hit job.",
        [("Tom Hill", OPP, "Ann Lee")],
        [],
    ),
    (
        "Prosecutor Ann Lee sued Governor Tom Hill. Hill described the lawsuit in detail.",
        [],
        [("Tom Hill", OPP, "Ann Lee")],
    ),
    (
        # a group's members after a dash, and a second "by" joined to the first
        "Karen Holt has been endorsed by the Riverton delegation \u2014 state Reps. Omar Diaz and Carl "
        "Dunn and Sen. Ana Ortiz \u2014 and by Mayor Tom Hill.",
        [
            ("Omar Diaz", SUP, "Karen Holt"),
            ("Carl Dunn", SUP, "Karen Holt"),
            ("Ana Ortiz", SUP, "Karen Holt"),
            ("Tom Hill", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # a claim not denied is no rebuttal
        "Karen Holt praised Mayor Tom Hill on Monday. Hill did not dispute the claim.",
        [],
        [("Tom Hill", OPP, "Karen Holt")],
    ),
    (
        # initials the text never defines in parentheses: the one organisation named before with them
        "The Harbor Falls Deputy Sheriffs Association met on Monday. The HFDSA board endorsed Karen Holt.",
        [("Harbor Falls Deputy Sheriffs Association", SUP, "Karen Holt")],
        [("HFDSA", SUP, "Karen Holt")],
    ),
    (
        # ... every word's initials too ("Citizens for Safe Streets" as "CFSS")
        "Citizens for Safe Streets is new in the race. CFSS has spent $40,000 on ads for Karen Holt.",
        [("Citizens for Safe Streets", FUN, "Karen Holt")],
        [],
    ),
    # --- thirteenth session ---------------------------------------------------------------------
    (
        # a nickname quoted inside a name
        "Councilman Isaac \u201cYitzy\u201d Schleifer endorsed Karen Holt.",
        [("Isaac \u201cYitzy\u201d Schleifer", SUP, "Karen Holt")],
        [("Isaac", SUP, "Karen Holt")],
    ),
    (
        # ... after a plural title, and a generational suffix after it
        "Karen Holt was endorsed by former Govs. C.L. \u201cButch\u201d Otter and Phil Batt. "
        "Commonwealth\u2019s Attorney R.E. \u201cTrip\u201d Chalkley III endorsed her too.",
        [
            ("C.L. \u201cButch\u201d Otter", SUP, "Karen Holt"),
            ("Phil Batt", SUP, "Karen Holt"),
            ("R.E. \u201cTrip\u201d Chalkley III", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # an elliptical "as have": the same act by more subjects
        "Mayor Tom Hill has endorsed Karen Holt, as have Sen. Omar Diaz and Rep. Ana Ortiz.",
        [("Tom Hill", SUP, "Karen Holt"), ("Omar Diaz", SUP, "Karen Holt"), ("Ana Ortiz", SUP, "Karen Holt")],
        [],
    ),
    (
        "The Riverton Police Union criticized Karen Holt, as did Mayor Tom Hill.",
        [("Riverton Police Union", OPP, "Karen Holt"), ("Tom Hill", OPP, "Karen Holt")],
        [],
    ),
    (
        # ... "as he did" names no one new
        "Mayor Tom Hill endorsed Karen Holt, as he did in 2019.",
        [("Tom Hill", SUP, "Karen Holt")],
        [("Karen Holt", SUP, "Karen Holt")],
    ),
    (
        # an announcement stands for the one who made it
        "Holt\u2019s announcement drew support from Sen. Omar Diaz and Rep. Ana Ortiz.",
        [("Omar Diaz", SUP, "Holt"), ("Ana Ortiz", SUP, "Holt")],
        [],
    ),
    (
        # an editorial's recommendation
        "For attorney general, The Riverton Gazette recommends Karen Holt.",
        [("Riverton Gazette", SUP, "Karen Holt")],
        [],
    ),
    (
        # ... but a recommendation for an appointment, or for an endorsement, is none
        "Governor Tom Hill recommended Prosecutor Ann Lee, a Democrat, for a Superior Court judgeship. "
        "The Riverton Labor Council voted to recommend Karen Holt for an endorsement.",
        [],
        [("Tom Hill", SUP, "Ann Lee"), ("Riverton Labor Council", SUP, "Karen Holt")],
    ),
    (
        # two headlines run together on one line, a bullet between them
        "Riverton DA Kessler announces he won't seek re-election \u2022 Kessler endorses Ann Lee for "
        "district attorney",
        [("Kessler", SUP, "Ann Lee")],
        [],
    ),
    (
        # a surname named first with a title alone, then on its own
        "Riverton County DA Kessler announced his retirement. Kessler endorses Ann Lee for the post.",
        [("Kessler", SUP, "Ann Lee")],
        [],
    ),
    (
        # a subject pronoun is not its own verb's agent
        "Tom Hill served as counsel to Gov. Ann Lee for six years. He is endorsed by Gov. Lee and the "
        "Riverton Police Union.",
        [("Ann Lee", SUP, "Tom Hill"), ("Riverton Police Union", SUP, "Tom Hill")],
        [("Riverton Police Union", SUP, "Ann Lee")],
    ),
    (
        # support from a capitalised title with the name in apposition, "and of" a second one
        "Tom Hill is running for district attorney. He also has the support from the district\u2019s "
        "outgoing Representative, Omar Diaz, and of Rep. Carl Dunn.",
        [("Omar Diaz", SUP, "Tom Hill"), ("Carl Dunn", SUP, "Tom Hill")],
        [],
    ),
    (
        # who has a named group's endorsement is endorsed by it
        "Karen Holt has the Riverton Police Union\u2019s endorsement.",
        [("Riverton Police Union", SUP, "Karen Holt")],
        [],
    ),
    (
        # backing listed under the support someone enjoys
        "Karen Holt enjoys wide support across the county\u2019s leadership \u2014 including backing "
        "from Rep. Omar Diaz and Mayor Tom Hill.",
        [("Omar Diaz", SUP, "Karen Holt"), ("Tom Hill", SUP, "Karen Holt")],
        [],
    ),
    (
        # "those who" identified by a copula
        "Those who criticized Karen Holt were Omar Diaz and Carl Dunn.",
        [("Omar Diaz", OPP, "Karen Holt"), ("Carl Dunn", OPP, "Karen Holt")],
        [],
    ),
    (
        # money for ads: for the one they promote, against the one they attack
        "The Riverton Justice PAC poured $1.5 million into TV ads promoting Ann Lee and slamming Karen Holt.",
        [("Riverton Justice PAC", FUN, "Ann Lee"), ("Riverton Justice PAC", OPP, "Karen Holt")],
        [("Riverton Justice PAC", {"funded"}, "Karen Holt")],
    ),
    (
        # money spent to help someone get elected, or to help defeat someone
        "The Riverton Justice PAC has spent $750,000 to help Karen Holt get elected. The Safe Streets "
        "PAC spent $50,000 to help defeat Ann Lee.",
        [("Riverton Justice PAC", FUN, "Karen Holt"), ("Safe Streets PAC", OPP, "Ann Lee")],
        [("Safe Streets PAC", {"funded"}, "Ann Lee")],
    ),
    (
        # a possessed list of endorsements: the listed back their owner
        "Karen Holt is running. This adds to Holt\u2019s other key endorsements, including Councilmember "
        "Omar Diaz, and Assemblymember Ana Ortiz.",
        [("Omar Diaz", SUP, "Karen Holt"), ("Ana Ortiz", SUP, "Karen Holt")],
        [],
    ),
    (
        # a statement's author does what the statement does
        "Karen Holt is running. A second statement from Holt listed endorsements from the county\u2019s "
        "delegation: Sen. Omar Diaz and Reps. Ana Ortiz and Carl Dunn. A statement from Mayor Tom "
        "Hill blasted Ann Lee.",
        [
            ("Omar Diaz", SUP, "Karen Holt"),
            ("Ana Ortiz", SUP, "Karen Holt"),
            ("Carl Dunn", SUP, "Karen Holt"),
            ("Tom Hill", OPP, "Ann Lee"),
        ],
        [],
    ),
    (
        # "pushed out" an incumbent; a judgement of "extreme"; a law license suspended
        "Sheriff Tom Hill pushed out then incumbent Ann Lee. Omar Diaz said Karen Holt was too extreme "
        "for the post. The state Supreme Court suspended Carl Dunn\u2019s law license.",
        [
            ("Tom Hill", OPP, "Ann Lee"),
            ("Omar Diaz", OPP, "Karen Holt"),
            ("Supreme Court", OPP, "Carl Dunn"),
        ],
        [],
    ),
    (
        # members of a body are not the body; an election is no actor
        "Four members of the Riverton City Council have endorsed Karen Holt. The Riverton Labor "
        "Council announced its endorsements for Tuesday\u2019s Primary Election.",
        [],
        [("Riverton City Council", SUP, "Karen Holt"), ("Riverton Labor Council", SUP, "Primary Election")],
    ),
    (
        # contributions listed as amounts from their givers, for the one who raised them
        "Karen Holt has raised more than $35,000 since January. Key contributions include $2,500 from "
        "Omar Diaz, $1,500 from Ann Lee and $1,000 from Carl Dunn.",
        [("Omar Diaz", FUN, "Karen Holt"), ("Ann Lee", FUN, "Karen Holt"), ("Carl Dunn", FUN, "Karen Holt")],
        [],
    ),
    (
        # ... a line each, after a colon; "his" in the subject is the subject before
        "Tom Hill, who beat Jim Ross in 2014, received contributions from many law firms.\n\n"
        "In 2017, his top donors included:\n\n>> $10,000 from the Riverton Police Union.\n\n"
        ">> $5,000 from Omar Diaz, a lawyer.\n",
        [("Riverton Police Union", FUN, "Tom Hill"), ("Omar Diaz", FUN, "Tom Hill")],
        [("Riverton Police Union", FUN, "Jim Ross")],
    ),
    (
        # an undefined acronym of an organisation's first words; "the GOP" for the one Republican
        # organisation named
        "The Fraternal Order of Police of Ohio met on Monday. The FOP endorsed Karen Holt. The "
        "Riverton County Republican Committee met too. The GOP endorsed Tom Hill.",
        [
            ("Fraternal Order of Police of Ohio", SUP, "Karen Holt"),
            ("Riverton County Republican Committee", SUP, "Tom Hill"),
        ],
        [],
    ),
    (
        # ... not where two organisations have those initials
        "The Fraternal Order of Police of Ohio and the Fraternal Order of Police of Iowa met. The FOP "
        "endorsed Karen Holt.",
        [],
        [
            ("Fraternal Order of Police of Ohio", SUP, "Karen Holt"),
            ("Fraternal Order of Police of Iowa", SUP, "Karen Holt"),
        ],
    ),
    (
        # a party's role in a court's writing is no part of the name
        'DA Parks Miller sued Sheriff Tom Hill. "The wrongdoers refused to take any steps to '
        'ameliorate the extensive injury done to Plaintiff Parks Miller," the complaint reads.',
        [("Parks Miller", OPP, "Tom Hill")],
        [("Plaintiff Parks Miller", OPP, "Tom Hill")],
    ),
    (
        # a court a lawsuit cites is no defendant; whom it makes a claim against is
        "Ann Lee sued Sheriff Tom Hill. \u201cThe District Court found that Hill lied,\u201d the lawsuit "
        "said. The lawsuit alleges that Mayor Jim Ross hid the records.",
        [("Ann Lee", OPP, "Jim Ross")],
        [("Ann Lee", OPP, "District Court")],
    ),
    (
        # a capitalised "The" inside a sentence opens a name of one word ("The Columbian")
        # (the recogniser reads "Columbian" as a nationality, no organisation)
        "Karen Holt is running. That\u2019s why The Columbian endorses Holt.",
        [("Columbian", SUP, "Karen Holt")],
        [],
    ),
    (
        # "Clerk of Court" is a title
        "The Riverton Police Union sued Clerk of Court Hazel Parker.",
        [("Riverton Police Union", OPP, "Hazel Parker")],
        [("Riverton Police Union", OPP, "Clerk of Court")],
    ),
    # --- fourteenth session ---------------------------------------------------------------------
    (
        # a dateline in capitals is where the story was filed, with its state and station
        "HARBOR CITY/RIVERTON \u2014 Ten of the 11 members of the county delegation called for the "
        "resignation of District Attorney Karen Holt.",
        [],
        [("RIVERTON", OPP, "Karen Holt"), ("HARBOR CITY", OPP, "Karen Holt")],
    ),
    (
        # ... and a place that only modifies a plural noun is no actor
        "MAPLE FALLS, Ore. (KXYZ) - District Attorney Karen Holt has been endorsed by nearly 40 "
        "Oregon sheriffs.",
        [],
        [("Oregon", SUP, "Karen Holt"), ("KXYZ", SUP, "Karen Holt"), ("MAPLE FALLS", SUP, "Karen Holt")],
    ),
    (
        # a list of three after "representing" is all its object
        "Unions representing the Riverton Sheriff's Office, Maple Falls Police and Harbor City Police "
        "have voted to back Karen Holt.",
        [],
        [("Riverton Sheriff's Office", SUP, "Karen Holt"), ("Maple Falls Police", SUP, "Karen Holt")],
    ),
    (
        # a support withdrawn with no object of its own: the one told last before it
        "The Riverton Deputies Association endorsed Karen Holt in March. Last week, the deputies "
        "withdrew that support.",
        [("Riverton Deputies Association", SUP, "Karen Holt", True)],
        [("Riverton Deputies Association", SUP, "Karen Holt", False)],
    ),
    (
        # a challenge one faces comes from the challenger
        "Sheriff Tom Hill faces a primary challenge from Deputy Ana Ortiz.",
        [("Ana Ortiz", OPP, "Tom Hill")],
        [("Tom Hill", OPP, "Ana Ortiz")],
    ),
    (
        # ... in a headline that ends with the challenger's name (no full stop after it)
        "Sheriff Tom Hill facing challenge from former deputy Ana Ortiz",
        [("Ana Ortiz", OPP, "Tom Hill")],
        [("Tom Hill", OPP, "Ana Ortiz")],
    ),
    (
        # "banked" money, each amount from its giver
        "Holt banked a $1,000 check from Tom Hill and $500 from Peter Lane.",
        [("Tom Hill", FUN, "Holt"), ("Peter Lane", FUN, "Holt")],
        [],
    ),
    (
        # two first names share the surname; the list before "who" gives
        "The money came from Tom and Ana Ortiz, who have given the Safe Riverton PAC more than $50,000.",
        [("Tom Ortiz", FUN, "Safe Riverton PAC"), ("Ana Ortiz", FUN, "Safe Riverton PAC")],
        [],
    ),
    (
        # "and" inside one committee's name
        "Safety and Justice PAC, which is backing Holt, has raised $2 million.",
        [("Safety and Justice PAC", SUP, "Holt")],
        [("Justice PAC", SUP, "Holt")],
    ),
    (
        # two places sharing one organisation's name; a later acronym after the place
        "Karen Holt was endorsed Monday by the Oregon and Portland Fraternal Order of Police. "
        "The Portland FOP had endorsed Tom Hill in 2019.",
        [
            ("Oregon Fraternal Order of Police", SUP, "Karen Holt"),
            ("Portland Fraternal Order of Police", SUP, "Karen Holt"),
            ("Portland Fraternal Order of Police", SUP, "Tom Hill"),
        ],
        [("Portland FOP", SUP, "Tom Hill")],
    ),
    (
        # the candidate is the one named with the office
        "Republican candidate for Governor Tom Hill was endorsed by the Riverton Police Union.",
        [("Riverton Police Union", SUP, "Tom Hill")],
        [],
    ),
    (
        # the model's entity over a list is cut at the comma: the item the parse names
        "Diaz is seeking a declaratory judgment against Moss, Worcester County District Attorney Peter Lane "
        "and the county.",
        [("Diaz", OPP, "Moss"), ("Diaz", OPP, "Peter Lane")],
        [("Diaz", OPP, "Moss, Worcester County District")],
    ),
    (
        # a lodge's number after "No.", which ends no sentence
        "The Fraternal Order of Police Riverton Lodge No. 71 endorsed Karen Holt.",
        [("Fraternal Order of Police Riverton Lodge No. 71", SUP, "Karen Holt")],
        [],
    ),
    (
        # "Sen" and "Rep" without their full stop are titles
        "Democrat state Sen Ana Ortiz endorsed Karen Holt. Rep Tom Hill sued Karen Holt.",
        [("Ana Ortiz", SUP, "Karen Holt"), ("Tom Hill", OPP, "Karen Holt")],
        [("Sen Ana Ortiz", SUP, "Karen Holt"), ("Rep Tom Hill", OPP, "Karen Holt")],
    ),
    (
        # a weekday after a surname ends no name
        "Attorney General Tom Hill criticized Karen Holt. Hill Monday asked the state Supreme Court to "
        "remove Holt from the case.",
        [],
        [("Hill Monday", OPP, "Karen Holt")],
    ),
    (
        # ... but a surname that is a month stays ("May")
        "Karen Holt has the enthusiastic endorsement of District Attorney Dan May.",
        [("Dan May", SUP, "Karen Holt")],
        [("Dan", SUP, "Karen Holt")],
    ),
    (
        # "Secretary of State" is a title: the name after it acts, not "U.S. Secretary"
        "Former U.S. Secretary of State Tom Hill on Thursday came out in support of state Sen. Karen Holt.",
        [("Tom Hill", SUP, "Karen Holt")],
        [("U.S. Secretary", SUP, "Karen Holt")],
    ),
    (
        # a virtue denied in what is said condemns: "not a serious candidate"
        "Mayor Tom Hill says Karen Holt, who is under investigation, is not a serious candidate.",
        [("Tom Hill", OPP, "Karen Holt")],
        [],
    ),
    (
        # a participle the model hangs on the race is the entrant's
        "Ana Ortiz entered the race questioning Karen Holt's handling of a 2015 case.",
        [("Ana Ortiz", OPP, "Karen Holt")],
        [],
    ),
    (
        # a headline's "Democrat Holt" is Holt described, not a fuller name than "Karen Holt"
        "Democrat Holt endorsed by former GOP rival\n\nRiverton County Prosecutor Karen Holt \u2013 a "
        "Democrat \u2013 has won a prized endorsement from her former Republican opponent.\nToday, "
        "Republican Tom Hill endorsed Holt for reelection as prosecutor.\n",
        [("Tom Hill", SUP, "Karen Holt")],
        [("Tom Hill", SUP, "Democrat Holt")],
    ),
    (
        # a list the word order reads in part and the parse in full: both readings stand
        "Karen Holt has endorsements from former Rep. Tom Hill, Assemblymember Ana Ortiz and Riverton "
        "Mayor Peter Lane.",
        [
            ("Tom Hill", SUP, "Karen Holt"),
            ("Ana Ortiz", SUP, "Karen Holt"),
            ("Peter Lane", SUP, "Karen Holt"),
        ],
        [],
    ),
    (
        # a word that opens or ends no name ("Now") inside a committee's name its head closes
        "The Safe Streets Now PAC spent $50,000 in support of Karen Holt.",
        [("Safe Streets Now PAC", FUN, "Karen Holt")],
        [("Safe Streets Now", FUN, "Karen Holt")],
    ),
    (
        # the model hangs a donation's "to" and "from" on the verb; "the Holt campaign" is Holt's
        "Records show donations to Karen Holt from businessman Tom Hill. Lisa Grant is running for "
        "district attorney. Records show donations to the Grant campaign from lawyer Peter Lane.",
        [("Tom Hill", FUN, "Karen Holt"), ("Peter Lane", FUN, "Lisa Grant")],
        [],
    ),
    (
        # a state's postal code after a comma is where the party is, in a caption and a sentence
        "City of Riverton, TN v. Karen Holt. Later, the Town of Maple Falls, OR sued Karen Holt.",
        [("City of Riverton", OPP, "Karen Holt"), ("Town of Maple Falls", OPP, "Karen Holt")],
        [("TN", OPP, "Karen Holt"), ("OR", OPP, "Karen Holt")],
    ),
    (
        # lost confidence in X; a body's members ("its members") act as the body
        "The Riverton Police Union announced on Sunday that its members have lost faith and confidence in "
        "State's Attorney Karen Holt.",
        [("Riverton Police Union", OPP, "Karen Holt")],
        [],
    ),
    (
        # ... but "their members" after a list of chairs is not the party named before
        "Ahead of the county Republican Party vote, committee chairs in Granby and Albion said their members "
        "had voted to endorse Tom Hill.",
        [],
        [("Republican Party", SUP, "Tom Hill")],
    ),
    (
        # the model's entity that runs into a defined short name is cut at its parenthesis
        "The Riverton County Board of Supervisors (Board) refused to approve the budget. Karen Holt sued "
        "the Board.",
        [("Karen Holt", OPP, "Riverton County Board of Supervisors")],
        [("Karen Holt", OPP, "Riverton County Board of Supervisors (Board")],
    ),
    (
        # a vote against a person, with its tally
        "The Riverton City Council voted 5-4 against Karen Holt.",
        [("Riverton City Council", OPP, "Karen Holt")],
        [],
    ),
    (
        # a reprimand of X
        "The Riverton Bar Association issued a reprimand of District Attorney Karen Holt.",
        [("Riverton Bar Association", OPP, "Karen Holt")],
        [],
    ),
    (
        # the one asked to recuse, read by the model as the verb's "oprd"
        "The group Citizens for Fair Courts called on District Attorney Karen Holt to recuse herself "
        "from the case.",
        [("Citizens for Fair Courts", OPP, "Karen Holt")],
        [],
    ),
    (
        # a party added to a suit "as a defendant"; a judge's "treated X as a defendant" is no suit
        "Ana Ortiz later added Sheriff Carl Moss as a defendant. Judge Tom Hill treated Sheriff Peter "
        "Lane as a defendant.",
        [("Ana Ortiz", OPP, "Carl Moss")],
        [("Tom Hill", OPP, "Peter Lane")],
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES, ids=[c[0][:60] for c in CASES])
def test_news_construction(extractor, text: str, expected: list, forbidden: list) -> None:
    got = {
        (p.subject.name, p.relation, p.object.name, p.negated)
        for p in extractor.extract_text(text)
        if p.confidence >= 0.5
    }
    for subject, relations, obj, *neg in expected:
        negated = neg[0] if neg else False
        assert any(
            (s == subject or s.endswith(" " + subject)) and r in relations and o == obj and n == negated
            for s, r, o, n in got
        ), f"missing {subject} {sorted(relations)} {obj} (negated={negated}); got {sorted(got)}"
    for subject, relations, obj, *neg in forbidden:
        bad = [
            g
            for g in got
            if g[0] == subject and g[1] in relations and obj in g[2] and (not neg or g[3] == neg[0])
        ]
        assert not bad, f"must not read {bad}"


def test_a_quote_reaches_an_argument_on_a_later_line(extractor) -> None:
    # the evidence of a donor listed on its own line holds that line, not only the verb's
    text = (
        "Tom Hill raised $197,000 in 2017.\n\nIn 2017, his top donors included:\n\n"
        ">> $10,000 from the Riverton Police Union.\n"
    )
    found = [p for p in extractor.extract_text(text) if p.subject.name == "Riverton Police Union"]
    assert found, "no proposal"
    assert "from the Riverton Police Union" in found[0].quote
    assert text[found[0].start : found[0].end] == found[0].quote
