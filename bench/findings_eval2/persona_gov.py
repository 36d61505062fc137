"""Persona 'gov': Tom Haworth, parent governor of St Aidan's Catholic High School, Preston (an
11-18 school with a sixth form), who also volunteers with its DofE expeditions and chess club.

Downloads: LinkedIn complete CSVs, X archive, Facebook HTML, WhatsApp iOS zips (4), WhatsApp
Android .txt chats (3), Reddit GDPR export, YouTube (Google Takeout).
Written from the policy, FORMATS.md and the issues only.
"""

from __future__ import annotations

from pathlib import Path

import writers as W
from common import Persona, noise_chat, noise_posts, rand_ts, term_ts, ts

KEY = "gov"
ME = "Tom Haworth"
X_ID = "1298765432"
X_USER = "tomhaworth_pne"
SCHOOL_LL = (53.7852, -2.7023)

PROFILE = """[school]
name = "St Aidan's Catholic High School"
aliases = ["St Aidan's High", "St Aidan's RC High", "SAHS"]
town = "Preston"
postcode = "PR2 8RH"
location = [53.7852, -2.7023]
official_channels = ["the school office", "ParentMail"]

[you]
name = "Tom Haworth"
other_names = ["Tom", "Tom H", "tomhaworth_pne", "ribble_tom"]
roles = ["parent governor", "DofE volunteer", "chess club volunteer"]
home_address = "41 Whinfield Avenue, Ashton-on-Ribble, Preston"
home_postcode = "PR2 1HP"
home_location = [53.7636, -2.7347]
children = ["Evie", "Josh"]

[pupils]
names_file = "pupils.txt"
"""

PUPILS = [
    "Connor Whittaker",
    "Caitlin Byrne",
    "Kai Fletcher",
    "Jessica Mullen",
    "Daniel Kowalski",
    "Paul Mensah",
    "Megan Tierney",
    "Aoife Gallagher",
    "Seán Doherty",
    "Bethany Rigby-Shaw",
    "Liam O'Hara",
    "Ellie Marsden",
    "Joseph Kariuki",
    "Holly Pickup",
    "Faith Okoro",
    "Ryan Singh-Bains",
    "Chloé Duval",
    "Mark Leighton",
    "Niamh Costello",
    "Zach Atherton",
    "Amber Hesketh",
    "Callum McGuinness",
    "Rosie Barrow",
    "Mateusz Zieliński",
    "Hannah Ibbotson",
    "Kieran D'Souza",
    "Scarlett Parr",
    "Oliver Sutcliffe",
    "Eve Rimmer",
    "Lewis Crompton",
    "Sophie Wren",
    "Mia Kaczmarek",
]

PLACES = ["Preston", "Lytham", "the Lakes", "Keswick", "Blackpool", "Ribchester", "Tenerife"]
TEAMS = ["PNE", "Blackburn", "Burnley", "Blackpool", "Bolton", "Wigan", "Leeds"]
FAMILY = ["Sarah", "the kids", "Mum", "the lads", "the in-laws"]
E2E = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."


def build(pdir: Path) -> Persona:
    p = Persona(KEY, seed=90211)
    rng = p.rng
    (pdir / "profile").mkdir(parents=True, exist_ok=True)
    (pdir / "profile" / "school.toml").write_text(PROFILE, encoding="utf-8")
    (pdir / "profile" / "pupils.txt").write_text("\n".join(PUPILS) + "\n", encoding="utf-8")
    ex = pdir / "exports"
    ex.mkdir(parents=True, exist_ok=True)

    LIZ = "Complete_LinkedInDataExport_11-01-2026.zip"
    XZ = "twitter-2026-11-01-8f3a2c91d7.zip"
    FBZ = "facebook-tomhaworth-2026-11-01-Hh2pLq.zip"
    RZ = "export_ribble_tom_20261101.zip"
    YTZ = "takeout-20261101T090000Z-001.zip"

    # ------------------------------------------------------------------ LinkedIn
    def lidate(t):
        return W._d(t).strftime("%Y-%m-%d %H:%M:%S")

    headline = p.P(
        "Senior Quantity Surveyor | [[Parent governor @ SAHS]] | DofE volunteer",
        "linkedin",
        LIZ,
        "profile_field",
        "job_title",
        ["6.17"],
        "headline gives his governor role and the school's initials",
    )
    summary = "Chartered QS with 15 years in commercial and public sector construction across the North West."
    p.seen(headline, summary)
    positions = [
        [
            p.L(
                "[[Fylde Build Consultants]]",
                "linkedin",
                LIZ,
                "profile_field",
                "job_title",
                "his paid job at a construction firm",
            ),
            "Senior Quantity Surveyor",
            "Cost planning and post-contract for education and healthcare schemes.",
            "Preston, England, United Kingdom",
            "Mar 2017",
            "",
        ],
        [
            p.P(
                "St Aidan's Catholic High School",
                "linkedin",
                LIZ,
                "profile_field",
                "school_name",
                ["6.17", "5.1"],
                "a position names the school and his governor role",
            ),
            "Parent Governor",
            "Member of the Resources and Pay committees.",
            "Preston",
            "Sep 2023",
            "",
        ],
        ["Harrison Cost Management", "Assistant QS", "", "Manchester", "2010", "Feb 2017"],
    ]
    for r in positions:
        p.seen(" ".join(r))
    education = [
        [
            p.L(
                "[[Cardinal Newman College]]",
                "linkedin",
                LIZ,
                "profile_field",
                "school_name",
                "the sixth-form college he went to, not his school",
            ),
            "2002",
            "2004",
            "",
            "A levels",
            "",
        ],
        ["University of Central Lancashire", "2004", "2008", "", "BSc Quantity Surveying", ""],
    ]
    for r in education:
        p.seen(" ".join(r))
    conns = [
        [
            f,
            l_,
            f"https://www.linkedin.com/in/{f.lower()}-{l_.lower()}-{i:04d}",
            "",
            c,
            pos,
            f"{rng.randint(1, 28)} {rng.choice(['Jan', 'Mar', 'May', 'Jul', 'Oct'])} {rng.randint(2014, 2026)}",
        ]
        for i, (f, l_, c, pos) in enumerate(
            [
                ("Gary", "Cardwell", "Cardwell Joinery", "Owner"),
                ("Priya", "Nair", "Arcadis", "Cost Manager"),
                ("Steve", "Barrow", "BAE Systems", "Engineer"),
                ("Ruth", "Tierney", "Lancashire Teaching Hospitals", "Nurse"),
                ("Andy", "Mercer", "Kier", "Commercial Manager"),
                ("Joanne", "Pye", "Eric Wright Group", "Project Manager"),
                ("Kate", "Holden", "Turner & Townsend", "Associate"),
                ("Imran", "Patel", "Preston City Council", "Estates Surveyor"),
                ("Lucy", "Greenhalgh", "RICS", "Regional Manager"),
                ("Mark", "Leighton", "Leighton Civils Ltd", "Director"),
            ]
        )
    ]
    for r in conns:
        p.seen(f"{r[0]} {r[1]} {r[4]} {r[5]}")
    p.L(
        "Mark Leighton",
        "linkedin",
        LIZ,
        "connection",
        "pupil_connection",
        "an adult company director who shares a pupil's name (namesake)",
    )
    shares = []
    for _ in range(25):
        t = rand_ts(rng)
        txt = (
            rng.choice(
                [
                    "Great to see the new health centre handed over on time and on budget. Proud of the team.",
                    "Interesting CPD on NEC4 compensation events this morning.",
                    "We're hiring! Assistant QS role in our Preston office, DM me.",
                    "Ten years at Fylde Build this month. Time flies.",
                    "Thoughts on the latest BCIS tender price index? Materials still creeping up.",
                ]
            )
            + f" #{rng.choice(['construction', 'QS', 'costmanagement', 'preston'])}{rng.randint(1, 99)}"
        )
        p.seen(txt)
        shares.append(
            [
                lidate(t),
                f"https://www.linkedin.com/feed/update/urn:li:activity:{7000000000000000000 + t}",
                txt,
                "",
                "",
                "MEMBERS",
            ]
        )
    t = ts(2026, 5, 14, 18, 20)
    txt = p.P(
        "Proud to have sat on [[the interview panel for our new deputy head]] at St Aidan's High today. Some brilliant candidates, decision made 👏",
        "linkedin",
        LIZ,
        "post",
        "confidential_topic",
        ["6.20", "6.21"],
        "staffing business of the school made public before announcement",
    )
    p.seen(txt)
    shares.append(
        [
            lidate(t),
            f"https://www.linkedin.com/feed/update/urn:li:activity:{7100000000000000000 + t}",
            txt,
            "",
            "",
            "PUBLIC",
        ]
    )
    t = rand_ts(rng)
    txt = p.L(
        "Rotary quiz for Derian House on the 14th, [[entries to quiz@prestonrotary.org.uk]] by friday",
        "linkedin",
        LIZ,
        "post",
        "email",
        "a club's email address, not his own",
    )
    p.seen(txt)
    shares.append(
        [
            lidate(t),
            f"https://www.linkedin.com/feed/update/urn:li:activity:{7200000000000000000 + t}",
            txt,
            "",
            "",
            "PUBLIC",
        ]
    )
    comments = []
    for _ in range(12):
        t = rand_ts(rng)
        txt = rng.choice(
            [
                "Congratulations!",
                "Well deserved.",
                "Great news, well done all.",
                "Spot on.",
                "Couldn't agree more.",
            ]
        )
        p.seen(txt)
        comments.append(
            [
                lidate(t),
                f"https://www.linkedin.com/feed/update/urn:li:activity:{7300000000000000000 + t}",
                txt,
            ]
        )
    t = ts(2026, 3, 20, 12, 10)
    txt = p.P(
        "Fantastic to see [[Connor W and the team win the regional chess final]] ♟️ well done all",
        "linkedin",
        LIZ,
        "comment",
        "pupil_name",
        ["3.3", "6.20", "6.21"],
        "names a pupil in a public comment on the school's post",
    )
    p.seen(txt)
    comments.append(
        [lidate(t), "https://www.linkedin.com/feed/update/urn:li:activity:7311000000000000000", txt]
    )

    def limsg(cid, title, frm, to, t, content):
        p.seen(content)
        return [
            cid,
            title,
            frm,
            f"https://www.linkedin.com/in/{frm.lower().replace(' ', '-')}",
            to,
            f"https://www.linkedin.com/in/{to.lower().replace(' ', '-')}",
            W._d(t).strftime("%Y-%m-%d %H:%M:%S UTC"),
            "",
            content,
            "INBOX",
            "",
        ]

    t0 = ts(2026, 2, 9, 21, 0)
    li_msgs = [
        limsg(
            "2-ABC1",
            "",
            "Ruth Tierney",
            ME,
            t0,
            "Hi Tom, sorry to message on here. As a governor could you look into how Megan is being treated by her form tutor? She comes home in tears.",
        ),
        limsg(
            "2-ABC1",
            "",
            ME,
            "Ruth Tierney",
            t0 + 3600,
            p.P(
                "Hi Ruth, I can't discuss individual cases but between us [[the tutor is already on a warning]], so it's in hand.",
                "linkedin",
                LIZ,
                "message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "discusses a pupil's case and a staff member's discipline with a parent",
            ),
        ),
        limsg(
            "2-XYZ9",
            "",
            "Hannah Greaves",
            ME,
            rand_ts(rng),
            p.L(
                "Hi Tom, are you open to [[a Head of Commercial role in Manchester]]? Happy to share details.",
                "linkedin",
                LIZ,
                "message",
                "job_title",
                "a recruiter's 'Head of' job, not a school head",
            ),
        ),
        limsg(
            "2-XYZ9",
            "",
            ME,
            "Hannah Greaves",
            rand_ts(rng),
            "Thanks Hannah, happy where I am for now.",
        ),
    ]
    W.linkedin(
        ex / LIZ,
        {
            "profile": [
                "Tom",
                "Haworth",
                "",
                "",
                "Aug 11",
                headline,
                summary,
                "Construction",
                "",
                "Preston, England, United Kingdom",
                "[tomhaworth_pne]",
                "",
                "",
            ],
            "positions": positions,
            "education": education,
            "connections": conns,
            "shares": shares,
            "comments": comments,
            "messages": li_msgs,
            "skills": [
                "Cost Planning",
                "NEC3/NEC4",
                "Contract Administration",
                "Value Engineering",
            ],
            "email": "tom.haworth@fyldebuild.co.uk",
        },
    )

    # ------------------------------------------------------------------ X
    tweets = []
    n = [1790000000000000000]

    def tweet(text, t=None, **kw):
        p.seen(text)
        n[0] += rng.randint(1000, 900000)
        tweets.append({"id": str(n[0]), "text": text, "ts": t or rand_ts(rng), **kw})

    bio = p.P(
        "PNE season ticket holder. QS by day. [[Governor at St Aidan's High, Preston]]. Dad of 2. Views my own.",
        "x",
        XZ,
        "bio",
        "job_title",
        ["6.17"],
        "bio names the school and his governor role",
    )
    p.seen(bio)
    for text in noise_posts(rng, 140, PLACES, TEAMS, FAMILY):
        tweet(text)
    tweet(
        p.P(
            "Full governors tonight. Budget is a horror show - [[looks like we'll be cutting 4 TA posts]] at #SAHS next year 😔",
            "x",
            XZ,
            "tweet",
            "confidential_topic",
            ["6.20", "6.21"],
            "the school's staffing plans before they are announced",
        ),
        term_ts(rng),
    )
    tweet(
        p.P(
            "Absolutely shocking that [[our head thinks a 3 line email counts as consulting parents]]. Zero leadership. #StAidans",
            "x",
            XZ,
            "tweet",
            "negative_remark",
            ["6.13", "6.14"],
            "public attack on the headteacher",
        ),
        term_ts(rng),
    )
    tweet(
        p.P(
            "@LancsPost the exclusion was the right call, [[the lad has been a nightmare since year 7]], I sat on the panel",
            "x",
            XZ,
            "reply",
            "confidential_topic",
            ["6.20", "6.21", "6.13"],
            "reply on a newspaper's post about a pupil's exclusion he heard as a governor",
        ),
        term_ts(rng),
        reply_to=("LancsPost", "14159265"),
    )
    tweet(
        p.P(
            "[[Parents' evening done. Coffee count: 5]] ☕☕☕☕☕",
            "x",
            XZ,
            "tweet",
            "location",
            ["5.1"],
            "geotagged at the school",
        ),
        ts(2026, 1, 29, 20, 45),
        coords=(53.78515, -2.70241),
    )
    tweet(
        p.P(
            "Chess club results: [[Seán and Zach both beat the visiting team captain]] 👏♟️ #proud",
            "x",
            XZ,
            "tweet",
            "pupil_name",
            ["3.3", "6.20", "6.21"],
            "names two listed pupils by first name with the chess club",
        ),
        term_ts(rng),
    )
    for text, why, concern in [
        (
            "[[Faith restored in humanity]]: a stranger paid for my coffee this morning ☕",
            "faith, the word",
            "pupil_name",
        ),
        ("[[Mark my words, PNE will finish top six]] 🤍", "'mark my words'", "pupil_name"),
        (
            "[[Amber warning for wind tomorrow]], bins might end up in Blackpool 🌬️",
            "an amber weather warning",
            "pupil_name",
        ),
        (
            "[[St Aidan's Church summer fete]] on saturday, I'm on the tombola 🎟️",
            "the parish church, not the school",
            "school_name",
        ),
        (
            "[[Josh's first driving lesson today]] 😬 pray for the instructor",
            "his own son",
            "child_name",
        ),
        (
            "[[Holly and ivy all over the house]], Sarah's gone full Christmas 🎄",
            "holly, the plant",
            "pupil_name",
        ),
        (
            "[[Our site manager's just found a family of hedgehogs]] under the cabin 🦔 work's stopped",
            "site manager on his building site",
            "job_title",
        ),
        (
            "Good read on [[the national funding formula]], every school in Lancashire is feeling it",
            "school funding in general, nothing confidential",
            "confidential_topic",
        ),
    ]:
        tweet(p.L(text, "x", XZ, "tweet", concern, why))
    tweet(
        p.L(
            "@PrestonCouncil [[the potholes on Tulketh Road are a disgrace]], 6 months now",
            "x",
            XZ,
            "reply",
            "negative_remark",
            "complaint to the council about roads",
        ),
        reply_to=("PrestonCouncil", "27182818"),
    )
    KAI, DAVE_M, DAVE_F = "1700000011", "1600000022", "1500000033"
    t0 = ts(2026, 4, 17, 21, 10)
    dms = [
        {
            "id": f"{KAI}-{X_ID}",
            "messages": [
                (
                    KAI,
                    X_ID,
                    t0,
                    p.P(
                        "hi mr haworth [[its kai from 10F]], is the dofe walk still on saturday coz of the rain",
                        "x",
                        XZ,
                        "message",
                        "pupil_connection",
                        ["6.7", "6.8"],
                        "a pupil writes to him by direct message",
                    ),
                ),
                (X_ID, KAI, t0 + 400, "yes still on mate, bring waterproofs"),
            ],
        },
        {
            "id": f"{DAVE_M}-{X_ID}",
            "messages": [
                (
                    DAVE_M,
                    X_ID,
                    t0 + 86400 * 20,
                    "Tom can you have a word with the head about Ellie's detention, it's the third one for nothing",
                ),
                (
                    X_ID,
                    DAVE_M,
                    t0 + 86400 * 20 + 900,
                    p.P(
                        "leave it with me, I'll mention it tomorrow. [[my number is 07700 900127]] if easier",
                        "x",
                        XZ,
                        "message",
                        "phone",
                        ["6.1", "6.2"],
                        "personal mobile given to a parent about his child",
                    ),
                ),
            ],
        },
        {
            "id": f"{DAVE_F}-{X_ID}",
            "messages": [
                (
                    DAVE_F,
                    X_ID,
                    rand_ts(rng),
                    p.L(
                        "[[Connor's coming tonight, we need a keeper]] though",
                        "x",
                        XZ,
                        "message",
                        "pupil_name",
                        "an adult Connor in a five-a-side chat",
                    ),
                ),
                (X_ID, DAVE_F, rand_ts(rng), "I'll go in goal, my knees are shot anyway"),
            ],
        },
    ]
    for c in dms:
        for m in c["messages"]:
            p.seen(m[3])
    W.x_archive(
        ex / XZ,
        {
            "account": {
                "accountId": X_ID,
                "username": X_USER,
                "accountDisplayName": ME,
                "email": "tomhaworth82@gmail.com",
            },
            "profile": {"bio": bio, "website": "", "location": "Preston, Lancashire"},
            "tweets": tweets,
            "dms": dms,
            "followers": [str(1000000 + i * 7919) for i in range(140)] + [KAI],
            "following": [str(2000000 + i * 104729) for i in range(90)],
        },
    )

    # ------------------------------------------------------------------ Facebook (HTML)
    fb_posts, fb_comments, threads = [], [], []

    def fbpost(text, t=None, **kw):
        p.seen(text)
        fb_posts.append({"ts": t or rand_ts(rng), "text": text, **kw})

    work = p.P(
        "[[Governor - St Aidan's RC High]]",
        "facebook",
        FBZ,
        "profile_field",
        "job_title",
        ["6.17"],
        "Facebook work entry names his governor role and the school",
    )
    prof = [
        ("Name", ME),
        ("Current city", "Preston, Lancashire"),
        ("Hometown", "Chorley, Lancashire"),
        ("Work", "QS at Fylde Build"),
        ("Work", work),
        ("Education", "UCLan"),
        ("Relationship", "Married to Sarah Haworth"),
        ("Birthday", "August 11, 1985"),
    ]
    for _k, v in prof:
        p.seen(v)
    for text in noise_posts(rng, 130, PLACES, TEAMS, FAMILY):
        fbpost(text)
    fbpost(
        p.P(
            "DofE Bronze expedition weekend done! 22 year 10s, zero blisters (ok, 3). Cracking bunch. [[#StAidansDofE]]",
            "facebook",
            FBZ,
            "post",
            "school_name",
            ["5.1", "3.3"],
            "the school named in a hashtag on a post about its pupils",
        ),
        ts(2026, 5, 17, 19, 0),
    )
    fbpost(
        p.P(
            "[[come and see us at the sixth form open evening]] tonight, 6-8pm 🎓",
            "facebook",
            FBZ,
            "checkin",
            "location",
            ["5.1"],
            "post placed at the school's sixth form",
        ),
        ts(2025, 10, 9, 17, 30),
        place=("St Aidan's Sixth Form Centre", 53.7853, -2.7020, "Lytham Road, Preston PR2 8RH"),
    )
    p.seen("St Aidan's Sixth Form Centre Lytham Road, Preston PR2 8RH")
    fbpost(
        p.P(
            "Anyone in [[PR2 1HP]] lost a ginger cat? been sat on our wall all morning 🐈",
            "facebook",
            FBZ,
            "post",
            "postcode",
            ["5.1"],
            "his home postcode in a public post",
        ),
    )
    fbpost(
        p.L(
            "[[Evie got her GCSE results today]], 9s in maths and chemistry!!! so proud 🥹",
            "facebook",
            FBZ,
            "post",
            "child_name",
            "his own daughter",
        ),
        ts(2026, 8, 20, 13, 0),
    )
    fbpost(
        p.L(
            "Quiz night at the Black Bull for Derian House, [[ring 0161 496 0382 to book a table]] 🍻",
            "facebook",
            FBZ,
            "post",
            "phone",
            "a pub's phone number",
        ),
    )
    fbpost(
        p.L(
            "[[Road closed on Whinfield Lane]]? anyone know why, been sat here 20 mins",
            "facebook",
            FBZ,
            "post",
            "home_address",
            "a road near home, not his address",
        ),
    )
    fbpost(
        p.L(
            "[[who designs these hospital car parks]]?? 40 mins to find a space at the RPH",
            "facebook",
            FBZ,
            "post",
            "negative_remark",
            "frustration with a car park, attacks no one at school",
        ),
    )
    fbpost(
        p.L(
            "[[Deepdale under the lights]] 🤍 come on PNE",
            "facebook",
            FBZ,
            "checkin",
            "location",
            "check-in at the football ground",
        ),
        place=("Deepdale Stadium", 53.7722, -2.6880, "Sir Tom Finney Way, Preston PR1 6RU"),
    )
    p.seen("Deepdale Stadium Sir Tom Finney Way, Preston PR1 6RU")
    for _ in range(50):
        txt = rng.choice(
            [
                "Get in!!",
                "Happy birthday mate 🍻",
                "Looks class",
                "Congrats both!",
                "haha brilliant",
                "Gutted for you mate",
            ]
        ) + rng.choice(["", " 👍", "!"])
        p.seen(txt)
        fb_comments.append(
            {
                "ts": rand_ts(rng),
                "text": txt,
                "on": rng.choice(
                    ["Gary Cardwell", "Andy Mercer", "Sarah Haworth", "Preston North End"]
                ),
            }
        )
    for text, on, args in [
        (
            "[[as a governor at St Aidan's I can tell you]] the new uniform supplier was the cheapest quote, nothing dodgy",
            "Preston Mums & Dads",
            (
                "school_name",
                ["5.1", "3.3"],
                "tells a public parents' page his school and role in a comment",
            ),
        ),
        (
            "[[Holly was brilliant at the chess tournament]], she's a natural ♟️",
            "Lisa Pickup",
            (
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "names a pupil in a comment on her mother's post",
            ),
        ),
    ]:
        concern, clauses, why = args
        txt = p.P(text, "facebook", FBZ, "comment", concern, clauses, why)
        p.seen(txt)
        fb_comments.append({"ts": term_ts(rng), "text": txt, "on": on})

    def thread(title, parts, msgs, typ="Regular"):
        for _s, _t, c in msgs:
            p.seen(c)
        threads.append({"title": title, "participants": parts, "messages": msgs, "type": typ})

    grp = "St Aidan's chess club parents"
    t0 = ts(2025, 9, 22, 19, 30)
    thread(
        grp,
        ["Lisa Pickup", "Steve Barrow", "Jo Rigby-Shaw", "Angela McGuinness", ME],
        [
            (ME, t0 - 60, f"{ME} named the group {grp}."),
            (
                ME,
                t0,
                p.P(
                    "Hi all, [[I've made this chat so I can let you know about fixtures]] quicker than the school newsletter",
                    "facebook",
                    FBZ,
                    "group_message",
                    "school_group",
                    ["9.1", "6.6"],
                    "he set up an unofficial Messenger group for pupils' parents",
                    group=grp,
                ),
            ),
            ("Lisa Pickup", t0 + 600, "great idea thanks Tom"),
            (
                ME,
                t0 + 86400 * 5,
                p.P(
                    "[[Bethany and Callum still need to hand in their consent forms]] for saturday please",
                    "facebook",
                    FBZ,
                    "group_message",
                    "pupil_name",
                    ["6.5", "6.6"],
                    "names pupils to parents in the group",
                ),
            ),
            ("Jo Rigby-Shaw", t0 + 86400 * 5 + 300, "sorry! will do tonight"),
        ],
        "RegularGroup",
    )
    t0 = rand_ts(rng)
    thread(
        "Gary Cardwell",
        ["Gary Cardwell", ME],
        [
            (
                "Gary Cardwell",
                t0,
                p.L(
                    "[[are you and Eve coming for a bbq saturday]]? sorry I mean you and Sarah 😂 Eve says hi",
                    "facebook",
                    FBZ,
                    "message",
                    "pupil_name",
                    "Gary's wife Eve, an adult",
                ),
            ),
            (ME, t0 + 300, "haha yes we'll be there, I'll bring beers"),
        ],
    )
    for who in ["Andy Mercer", "Sarah Haworth", "Steve Barrow"]:
        base = rand_ts(rng)
        thread(
            who,
            [who, ME],
            [(rng.choice([who, ME]), base + i * 500, m) for i, m in enumerate(noise_chat(rng, 18))],
        )
    friends = [
        (n_, rand_ts(rng, (2009, 1, 1), (2026, 6, 1)))
        for n_ in [
            "Sarah Haworth",
            "Gary Cardwell",
            "Andy Mercer",
            "Steve Barrow",
            "Lisa Pickup",
            "Jo Rigby-Shaw",
            "Angela McGuinness",
            "Dave Marsden",
            "Imran Patel",
            "Kate Holden",
            "Neil Ashcroft",
            "Claire Bamber",
            "Phil Seddon",
            "Donna Iddon",
            "Rob Catterall",
            "Mike Swarbrick",
            "Helen Hodgson",
            "Wayne Cowell",
        ]
    ]
    friends.append(
        (
            p.P(
                "Caitlin Byrne",
                "facebook",
                FBZ,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil (sixth former) is a Facebook friend",
            ),
            ts(2025, 7, 2),
        )
    )
    friends.append(
        (
            p.L(
                "Ryan Singh",
                "facebook",
                FBZ,
                "connection",
                "pupil_connection",
                "an adult friend whose name is close to a pupil's (Ryan Singh-Bains)",
            ),
            ts(2016, 4, 2),
        )
    )
    for n_, _t in friends:
        p.seen(n_)
    W.facebook_html(
        ex / FBZ,
        {
            "owner": ME,
            "profile": prof,
            "posts": fb_posts,
            "comments": fb_comments,
            "friends": friends,
            "threads": threads,
        },
    )

    # ------------------------------------------------------------------ WhatsApp
    def chat_noise(people, k, start):
        return [(start + i * 800, rng.choice(people), m) for i, m in enumerate(noise_chat(rng, k))]

    def ios(name, lines):
        for _t, s, txt in lines:
            if s:
                p.seen(txt)
        W.whatsapp_ios(ex / f"WhatsApp Chat - {name}.zip", name, lines)

    def android(name, lines):
        for _t, s, txt in lines:
            if s:
                p.seen(txt)
        W.whatsapp_android(ex / f"WhatsApp Chat with {name}.txt", lines)

    g = "Governors 2025-26"
    fz = f"WhatsApp Chat - {g}.zip"
    t0 = ts(2025, 9, 15, 20, 0)
    ios(
        g,
        [
            (t0 - 3600, None, E2E),
            (t0 - 3000, None, "Bernadette Walsh added you"),
            (t0, "Bernadette Walsh", "Welcome all, minutes from last week attached shortly"),
            *chat_noise(
                ["Bernadette Walsh", "Father Michael", "Tom Haworth", "Anita Shah"], 12, t0 + 3600
            ),
            (
                t0 + 86400 * 40,
                "Tom Haworth",
                p.P(
                    "between us, [[the Ofsted call came today, inspection thurs & fri]]. don't tell staff till the head does",
                    "whatsapp",
                    fz,
                    "group_message",
                    "confidential_topic",
                    ["6.20", "6.21"],
                    "confidential school business shared in an unofficial chat",
                ),
            ),
            (
                t0 + 86400 * 90,
                "Tom Haworth",
                p.P(
                    "honestly [[the head is out of her depth]]. we need to start thinking about capability",
                    "whatsapp",
                    fz,
                    "group_message",
                    "negative_remark",
                    ["6.13", "6.14", "6.20"],
                    "derogatory remark about the headteacher and a staffing matter",
                ),
            ),
            (
                t0 + 86400 * 120,
                "Tom Haworth",
                p.P(
                    "[[the Mullen girl's safeguarding referral came to the panel]], properly grim",
                    "whatsapp",
                    fz,
                    "group_message",
                    "confidential_topic",
                    ["6.5", "6.20", "6.21"],
                    "a pupil's safeguarding case identified by surname",
                ),
            ),
            (t0 + 86400 * 120 + 600, "Anita Shah", "Tom maybe not on here x"),
        ],
    )
    g = "DofE Bronze 26 🥾"
    fz = f"WhatsApp Chat - {g}.zip"
    t0 = ts(2026, 3, 1, 19, 0)
    ios(
        g,
        [
            (t0 - 120, None, E2E),
            (t0 - 60, None, f"You created group “{g}”"),
            (
                t0 - 50,
                None,
                "You added Jo Fletcher, Lisa Pickup, +44 7700 900345, Angela McGuinness",
            ),
            (
                t0,
                "Tom Haworth",
                p.P(
                    "Evening all, [[I've set this up for the Bronze expedition so I can send updates direct]] instead of going through school",
                    "whatsapp",
                    fz,
                    "group_message",
                    "school_group",
                    ["9.1", "6.6"],
                    "he created an unofficial group with pupils' parents",
                    group=g,
                ),
            ),
            *chat_noise(
                ["Jo Fletcher", "Lisa Pickup", "+44 7700 900345", "Tom Haworth"], 14, t0 + 3600
            ),
            (
                t0 + 86400 * 30,
                "Tom Haworth",
                p.P(
                    "[[Faith O is on antibiotics]] so please make sure she packs them for the walk",
                    "whatsapp",
                    fz,
                    "group_message",
                    "confidential_topic",
                    ["6.5", "6.20", "6.21"],
                    "a pupil's medical information shared with other parents",
                ),
            ),
            (
                t0 + 86400 * 40,
                "Tom Haworth",
                p.P(
                    "drop off is [[outside mine, 41 Whinfield Avenue]], 7am sharp",
                    "whatsapp",
                    fz,
                    "group_message",
                    "home_address",
                    ["5.1", "6.7"],
                    "home address given to parents and pupils",
                ),
            ),
            (
                t0 + 86400 * 41,
                "Tom Haworth",
                p.P(
                    "any forms [[can go to my email tom.haworth.qs@gmail.com]]",
                    "whatsapp",
                    fz,
                    "group_message",
                    "email",
                    ["6.1", "6.2"],
                    "personal email given to parents",
                ),
            ),
        ],
    )
    g = "Haworths 🏠"
    t0 = rand_ts(rng, (2025, 6, 1), (2026, 9, 1))
    ios(
        g,
        [
            (t0 - 86400 * 300, None, E2E),
            (t0 - 86400 * 299, None, f"You created group “{g}”"),
            *chat_noise(
                ["Tom Haworth", "Mum", "Holly Haworth", "Sarah Haworth"], 35, t0 - 86400 * 200
            ),
            (
                t0,
                "Mum",
                p.L(
                    "Nan's 80th! [[Holly's booked the restaurant for 7]] x",
                    "whatsapp",
                    f"WhatsApp Chat - {g}.zip",
                    "group_message",
                    "pupil_name",
                    "his sister Holly, an adult, in a family group",
                ),
            ),
        ],
    )
    g = "5-a-side Tuesdays"
    t0 = rand_ts(rng, (2025, 6, 1), (2026, 9, 1))
    ios(
        g,
        [
            (t0 - 86400 * 100, None, E2E),
            (t0 - 86400 * 99, None, "Dave Foster added you"),
            *chat_noise(
                ["Dave Foster", "Tom Haworth", "Kieran Walsh", "Lee Hartley"], 25, t0 - 86400 * 90
            ),
            (
                t0,
                "Dave Foster",
                p.L(
                    "[[Kieran can't make it, anyone got a sub]]?",
                    "whatsapp",
                    f"WhatsApp Chat - {g}.zip",
                    "group_message",
                    "pupil_name",
                    "an adult Kieran in a football chat",
                ),
            ),
        ],
    )
    t0 = ts(2026, 1, 13, 18, 20)
    android(
        "Kieran DofE",
        [
            (t0 - 60, None, E2E),
            (
                t0,
                "Kieran DofE",
                p.P(
                    "[[hi sir is it ok if i bring my cousin to chess club]]? 😅",
                    "whatsapp",
                    "WhatsApp Chat with Kieran DofE.txt",
                    "message",
                    "pupil_connection",
                    ["6.7", "6.8"],
                    "a pupil messages him on WhatsApp",
                ),
            ),
            (t0 + 400, "Tom Haworth", "course you can kieran, see you thursday"),
        ],
    )
    g = "Preston Chess Club"
    t0 = rand_ts(rng, (2025, 9, 1), (2026, 9, 1))
    android(
        g,
        [
            (t0 - 86400 * 400, None, E2E),
            (t0 - 86400 * 399, None, "Ken Aspinall added you"),
            *chat_noise(["Ken Aspinall", "Tom Haworth", "Bill Rawcliffe"], 20, t0 - 86400 * 300),
            (
                t0,
                "Ken Aspinall",
                p.L(
                    "Reminder: [[league match v Lytham on thursday]], board order on the website",
                    "whatsapp",
                    f"WhatsApp Chat with {g}.txt",
                    "group_message",
                    "school_group",
                    "an adult chess club's group, not the school's",
                    group=g,
                ),
            ),
        ],
    )
    t0 = ts(2026, 2, 24, 12, 5)
    android(
        "Sarah",
        [
            (t0 - 86400 * 300, None, E2E),
            *chat_noise(["Sarah", "Tom Haworth"], 50, t0 - 86400 * 200),
            (
                t0,
                "Sarah",
                p.L(
                    "[[Evie's parents evening is thursday 6:40]], can you do it? I'm on a late",
                    "whatsapp",
                    "WhatsApp Chat with Sarah.txt",
                    "message",
                    "child_name",
                    "his own daughter's parents' evening",
                ),
            ),
            (t0 + 200, "Tom Haworth", "yep I'll go"),
        ],
    )

    # ------------------------------------------------------------------ Reddit
    rposts, rcomments = [], []

    def rpost(sub, title, body, t=None):
        p.seen(title + " " + body)
        rposts.append({"ts": t or rand_ts(rng), "sub": sub, "title": title, "body": body})

    def rcomment(sub, body, t=None):
        p.seen(body)
        rcomments.append({"ts": t or rand_ts(rng), "sub": sub, "body": body})

    for i in range(10):
        rpost(
            rng.choice(["prestonnorthend", "chess", "DIYUK", "LakeDistrict"]),
            f"Question {i}: "
            + rng.choice(
                [
                    "best route up Skiddaw?",
                    "loft insulation worth it?",
                    "anyone got a spare ticket for saturday?",
                    "Caro-Kann or French?",
                ]
            ),
            rng.choice(["Cheers in advance.", "", "Thanks all"]),
        )
    for _ in range(45):
        rcomment(
            rng.choice(["prestonnorthend", "chess", "DIYUK", "LakeDistrict", "unitedkingdom"]),
            rng.choice(
                [
                    "This.",
                    "Great shout, thanks",
                    "Underrated comment",
                    "Had the same, fixed it with a new washer",
                    "Lovely photo",
                    "Get in 🤍",
                ]
            )
            + rng.choice(["", "!", " 👍"]),
        )
    rpost(
        "preston",
        "Governor at a Preston secondary, AMA about the budget",
        p.P(
            "I'm a parent governor at St Aidan's and [[we're £400k in deficit]], staff cuts coming. Ask me anything",
            "reddit",
            RZ,
            "post",
            "confidential_topic",
            ["6.20", "6.21"],
            "the school's finances and staffing plans made public",
        ),
    )
    rcomment(
        "unitedkingdom",
        p.P(
            "Speaking as a governor, [[the kids at our school are feral]]. Year 9 especially, absolute animals.",
            "reddit",
            RZ,
            "comment",
            "negative_remark",
            ["6.13", "6.14"],
            "derogatory remark about the school's pupils",
        ),
    )
    rpost(
        "CPAP",
        "First week on CPAP",
        p.L(
            "[[finally diagnosed with SAHS]] (sleep apnoea), any tips for the first week?",
            "reddit",
            RZ,
            "post",
            "school_name",
            "SAHS, sleep apnoea hypopnoea syndrome",
        ),
    )
    rcomment(
        "chess",
        p.L(
            "[[Daniel Naroditsky's speedrun videos]] were the best thing on chess youtube",
            "reddit",
            RZ,
            "comment",
            "pupil_name",
            "a chess player who shares a pupil's first name",
        ),
    )
    rcomment(
        "preston",
        p.L(
            "[[my niece goes to St Aidan's Primary in Blackpool]] and loves it",
            "reddit",
            RZ,
            "comment",
            "school_name",
            "another school with the same saint's name",
        ),
    )
    rcomment(
        "unitedkingdom",
        p.L(
            "[[the weather this summer has been an absolute disgrace]]",
            "reddit",
            RZ,
            "comment",
            "negative_remark",
            "complaint about the weather",
        ),
    )
    W.reddit(
        ex / RZ,
        {
            "username": "ribble_tom",
            "posts": rposts,
            "comments": rcomments,
            "messages": [
                (
                    rand_ts(rng),
                    "ribble_tom",
                    "chessfan77",
                    "re: ticket",
                    "still got that spare for saturday?",
                )
            ],
            "subs": [
                "preston",
                "prestonnorthend",
                "chess",
                "DIYUK",
                "LakeDistrict",
                "unitedkingdom",
                "CPAP",
            ],
        },
    )
    p.seen("still got that spare for saturday?")

    # ------------------------------------------------------------------ YouTube
    vids, ycomments = [], []
    for i in range(8):
        t = rand_ts(rng)
        title = (
            rng.choice(
                [
                    "Helvellyn via Striding Edge",
                    "Loft conversion timelapse",
                    "PNE away day vlog",
                    "Bowland Fells walk",
                ]
            )
            + f" {i + 1}"
        )
        desc = rng.choice(["Filmed on a GoPro.", "Cracking day out.", "Part of a series."])
        p.seen(title + " " + desc)
        vids.append({"id": f"v{t % 10**9:09d}", "title": title, "desc": desc, "ts": t})
    t = ts(2026, 3, 21, 10, 0)
    desc = p.P(
        "Our St Aidan's team in the final round. [[Huge well done to Mateusz and Hannah]]!",
        "youtube",
        YTZ,
        "video_caption",
        "pupil_name",
        ["3.3", "6.16", "6.20"],
        "video of pupils naming two of them",
    )
    p.seen("Lancashire schools chess final 2026 " + desc)
    vids.append(
        {"id": "vchessfinal", "title": "Lancashire schools chess final 2026", "desc": desc, "ts": t}
    )
    t = rand_ts(rng)
    desc = p.L(
        "[[Recorded at Preston Chess Club, adults' blitz night]], thanks all for playing",
        "youtube",
        YTZ,
        "video_caption",
        "pupil_photo",
        "a video of an adult chess club",
    )
    p.seen("Blitz night highlights " + desc)
    vids.append({"id": "vblitz01", "title": "Blitz night highlights", "desc": desc, "ts": t})
    for _ in range(20):
        txt = rng.choice(
            ["Great video!", "What a goal 🔥", "Love this route", "Subscribed", "Class"]
        ) + rng.choice(["", "!!", " 👍"])
        p.seen(txt)
        ycomments.append({"ts": rand_ts(rng), "text": txt, "video": "dQw4w9WgXcQ"})
    for text, why in [
        (
            "[[Scarlett Johansson was robbed]] for this one",
            "an actress who shares a pupil's first name",
        ),
        (
            "[[Liam Gallagher's voice on this]] 🔥",
            "a singer with a pupil's first name and another pupil's surname",
        ),
    ]:
        txt = p.L(text, "youtube", YTZ, "comment", "pupil_name", why)
        p.seen(txt)
        ycomments.append({"ts": rand_ts(rng), "text": txt, "video": "aBcDeF12345"})
    W.youtube(
        ex / YTZ,
        {
            "channel_id": "UCtomhaworth0000000000001",
            "channel_title": ME,
            "videos": vids,
            "comments": ycomments,
            "subs": ["GothamChess", "PNE TV", "Outdoor Boys", "Fred Dibnah"],
            "history": [(rand_ts(rng), f"Video {i}") for i in range(150)],
        },
    )
    return p
