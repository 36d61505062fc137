"""Persona A: Rachel Holloway, Year 3 teacher and maths lead at Marlow Brook Primary School, Rochdale.

Downloads: Facebook (JSON), Instagram (JSON), WhatsApp (Android .txt, four chats), TikTok,
YouTube (Takeout), LinkedIn (basic export).
"""

from __future__ import annotations

from pathlib import Path

import writers as W
from common import Persona, noise_chat, noise_posts, rand_ts, term_ts, ts

KEY = "primary"
ME = "Rachel Holloway"
SCHOOL = ("Marlow Brook Primary School", 53.6043, -2.1802, "Brook Lane, Rochdale OL11 3RW")
HOME = (53.6262, -2.1655)

PUPILS = """Theo Marsh
Nia Williams
Oliver Thompson
Madison Clarke
Frederick Hughes
Poppy Nowak
Grace Whitfield
Summer Ali
William Bennett
Zoë Wójcik
Muhammad Hussain
Aisha Begum
Harry Dawson
Amelia Kowalski
Jacob Ashworth
Ruby Chadwick
Leo Fitzgerald
Ava Butterworth
Isabella Greenwood
Noah Patel
Ellie Shaw
Mason Taylor
Hope Mensah
Lily-Rose Kaur
Alexander Duffy
Maryam Iqbal
Charlie Wood
Archie Holt
Sienna Brooks
Reggie Lord
Oscar Nwosu
Layla Hassan
"""

PROFILE = f"""# Persona A of the findings evaluation set (fictional school, fictional person).
[school]
name = "Marlow Brook Primary School"
aliases = ["Marlow Brook", "MBPS"]
town = "Rochdale"
postcode = "OL11 3RW"
location = [{SCHOOL[1]}, {SCHOOL[2]}]

[you]
name = "{ME}"
other_names = ["Rach Holloway", "Mrs Holloway", "rach.bakes.and.runs", "rachh_runs"]
roles = ["Year 3 teacher", "maths lead"]
home_address = "27 Thornbury Close, Rochdale"
home_postcode = "OL12 7HD"
home_location = [{HOME[0]}, {HOME[1]}]

[pupils]
names_file = "pupils.txt"
"""

ADULTS = [
    "Karen Whittaker",
    "Steve Ormerod",
    "Julie Crossley",
    "Andy Kershaw",
    "Lisa Greenhalgh",
    "Gary Stott",
    "Michelle Barlow",
    "Darren Haworth",
    "Nicola Brierley",
    "Craig Entwistle",
    "Joanne Schofield",
    "Lee Tattersall",
    "Donna Pilling",
    "Wayne Heywood",
    "Sarah Lomax",
    "Helen Cockcroft",
    "Ian Fielden",
    "Tracey Howarth",
    "Rob Duckworth",
    "Kelly Sutcliffe",
    "Neil Hartley",
    "Amanda Stansfield",
    "Jason Rigby",
    "Emma Clegg",
    "Carl Shepherd",
    "Leanne Crompton",
    "Dean Ingham",
    "Vicky Buckley",
    "Paul Wolstenholme",
    "Debbie Rushton",
]
PLACES = [
    "Anglesey",
    "the Lake District",
    "Blackpool",
    "Manchester",
    "Llandudno",
    "Whitby",
    "York",
    "Southport",
    "Tenerife",
    "Majorca",
]
TEAMS = ["Rochdale AFC", "Man City", "Man United", "Burnley", "Oldham", "Bury", "Stockport County"]
FAMILY = ["Mark", "the kids", "Mum", "Lauren", "Alfie and Evie"]


def build(out: Path) -> Persona:
    p = Persona(KEY, seed=1101)
    rng = p.rng
    (out / "profile").mkdir(parents=True, exist_ok=True)
    (out / "profile" / "school.toml").write_text(PROFILE, encoding="utf-8")
    (out / "profile" / "pupils.txt").write_text(PUPILS, encoding="utf-8")
    exp = out / "exports"
    school_place = (SCHOOL[0], SCHOOL[1], SCHOOL[2], SCHOOL[3])

    # ------------------------------------------------------------------ Facebook (JSON)
    E, PL = "facebook-rachholloway-2026-11-01-Qm3xT7.zip", "facebook"
    posts = [
        {"ts": rand_ts(rng), "text": t, "photo": rng.random() < 0.2}
        for t in noise_posts(rng, 260, PLACES, TEAMS, FAMILY)
    ]
    planted = [
        dict(
            text=p.P(
                "So proud of Theo M today, [[first in 3B to finish his times tables check]] 💯",
                PL,
                E,
                "post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, first name + initial, class context",
            )
        ),
        dict(
            text=p.P(
                "Nia was a [[star in assembly today]] #Year3 ⭐",
                PL,
                E,
                "post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, first name only with school context",
            )
        ),
        dict(
            text=p.P(
                "New starter Priya [[joined 3B today, make her welcome]] 💜",
                PL,
                E,
                "post",
                "child_name",
                ["3.3", "6.20", "6.21"],
                "unlisted child plainly in the user's class",
            )
        ),
        dict(
            text=p.P(
                "[[Proud to be part of the team at Marlow Brook]] 💜 what a first week back",
                PL,
                E,
                "post",
                "school_name",
                ["5.1", "6.17"],
                "school named by the profile's alias",
            )
        ),
        dict(
            text=p.P(
                "Parcel people, [[it's 27 Thornbury Close not 72]]! Third time this month 🙄",
                PL,
                E,
                "post",
                "home_address",
                ["5.1"],
                "home address in a public post",
            )
        ),
        dict(
            text=p.P(
                "[[Sports day sunshine, what a day]] ☀️",
                PL,
                E,
                "post",
                "location",
                ["5.1", "6.16"],
                "post's place attachment is the school (name + coordinate)",
            ),
            place=school_place,
        ),
        dict(
            text=p.P(
                "[[Classroom is finally ready for September]] ✂️📚",
                PL,
                E,
                "post",
                "location",
                ["5.1", "6.16"],
                "photo EXIF latitude/longitude at the school",
            ),
            exif=(53.60436, -2.18011),
        ),
        dict(
            text=p.P(
                "[[Some of the parents at my school need a parenting course]], honestly",
                PL,
                E,
                "post",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about the school's parents",
            )
        ),
        dict(
            text=p.P(
                "[[Our head couldn't organise a bake sale in a bakery]] 🙄",
                PL,
                E,
                "post",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about the headteacher, no word-list word",
            )
        ),
        dict(
            text=p.P(
                "Rough day. [[Third safeguarding referral for the same family this term]] and still nothing from social care. #teacherlife",
                PL,
                E,
                "post",
                "confidential_topic",
                ["6.20", "6.21"],
                "safeguarding matter about a school family",
            )
        ),
        dict(
            text=p.P(
                "well done [[william bennett for the reading award]] 📚 #proudteacher",
                PL,
                E,
                "post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, full name in lower case",
            )
        ),
        dict(
            text=p.P(
                "Ruby Chadwick's [[poem made the whole class cry today]] 🥹",
                PL,
                E,
                "post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, possessive full name",
            )
        ),
        # look-alikes, each in its own post
        dict(
            text=p.L(
                "[[Grace and I finally did the Three Peaks]] 🏔️ never again",
                PL,
                E,
                "post",
                "pupil_name",
                "Grace is an adult friend; no school context",
            )
        ),
        dict(
            text=p.L(
                "[[Summer holidays booked]]! Anglesey here we come 🏖️",
                PL,
                E,
                "post",
                "pupil_name",
                "'Summer' is a word here",
            )
        ),
        dict(
            text=p.L(
                "[[Poppy seed lemon cake]], recipe below 🍋",
                PL,
                E,
                "post",
                "pupil_name",
                "'Poppy' is a word here",
            )
        ),
        dict(
            text=p.L(
                "[[Alfie scored his first goal for the U9s]]! Proud mum 💙⚽",
                PL,
                E,
                "post",
                "child_name",
                "the user's own son (not on the pupil list)",
            )
        ),
        dict(
            text=p.L(
                "[[Evie's first ballet show]] tonight, she was a little snowflake ❄️",
                PL,
                E,
                "post",
                "child_name",
                "the user's own daughter",
            )
        ),
        dict(
            text=p.L(
                "[[Congratulations to Ella Shaw on opening her new salon]] on Drake Street! 💇",
                PL,
                E,
                "post",
                "pupil_name",
                "adult one letter away from a listed pupil (Ellie Shaw)",
            )
        ),
        dict(
            text=p.L(
                "[[Day trip to Marlow on the Thames]], gorgeous little town",
                PL,
                E,
                "post",
                "school_name",
                "Marlow the town, not the school",
            )
        ),
        dict(
            text=p.L(
                "[[Christmas fair at Marlow Bridge Methodist Church]] this Saturday 10-2",
                PL,
                E,
                "post",
                "school_name",
                "a church with a similar name",
            )
        ),
        dict(
            text=p.L(
                "[[Back home in Rochdale for Mum's birthday]] 🎂",
                PL,
                E,
                "post",
                "town",
                "hometown talk",
            )
        ),
        dict(
            text=p.L(
                "Hired a [[40 kVA generator for the village fete]], fingers crossed it works",
                PL,
                E,
                "post",
                "school_name",
                "unrelated acronym",
            )
        ),
        dict(
            text=p.L(
                "[[Report writing season]]. 30 reports down, 0 to go 🙌 #teacherlife",
                PL,
                E,
                "post",
                "teaching_chat",
                "general teaching chat, no child or school named",
            )
        ),
        dict(
            text=p.L(
                "[[Rochdale Tyres were brilliant, ring them on 0161 496 0732]]",
                PL,
                E,
                "post",
                "phone",
                "a business's phone number",
            )
        ),
        dict(
            text=p.L(
                "[[This rain is absolutely disgusting]] 🌧️",
                PL,
                E,
                "post",
                "negative_remark",
                "complaint about the weather",
            )
        ),
        dict(
            text=p.L(
                "[[The M62 is a total joke today]], two hours to do 15 miles",
                PL,
                E,
                "post",
                "negative_remark",
                "complaint about traffic",
            )
        ),
        dict(
            text=p.L(
                "[[I'm a useless cook, burnt the rice again]] 🙈",
                PL,
                E,
                "post",
                "negative_remark",
                "self-deprecation",
            )
        ),
        dict(
            text=p.L(
                "[[my class are absolute legends]], best Christmas card ever",
                PL,
                E,
                "post",
                "negative_remark",
                "praise with strong words, no one named",
            )
        ),
        dict(
            text=p.L(
                "[[Did my safeguarding refresher training today]], certificate done ✅",
                PL,
                E,
                "post",
                "confidential_topic",
                "training, no pupil or family",
            )
        ),
        dict(
            text=p.L(
                "[[Sunset at Rhossili Bay]] 🌅",
                PL,
                E,
                "post",
                "location",
                "place far from school and home",
            ),
            place=("Rhossili Bay", 51.5690, -4.2910, "Rhossili, Swansea SA3 1PR"),
        ),
        dict(
            text=p.L(
                "[[Walk round Hollingworth Lake with the dog]] 🐕",
                PL,
                E,
                "post",
                "location",
                "place 5 km from home, not the school",
            ),
            place=("Hollingworth Lake", 53.6386, -2.0985, "Rakewood Road, Littleborough OL15 0AQ"),
        ),
    ]
    for d in planted:
        d["ts"] = term_ts(rng)
        posts.append(d)
    rng.shuffle(posts)
    checkins = [
        {
            "ts": term_ts(rng),
            "text": p.P(
                "[[Parents' evening marathon done]] ✅",
                PL,
                E,
                "post",
                "location",
                ["5.1"],
                "check-in at the school (coordinates in a dict string)",
            ),
            "place": school_place,
        }
    ]
    for t in ["Tea at Nana's ☕", "Parkrun done 🏃", "Date night 🍝", "Soft play survival mode"]:
        checkins.append(
            {
                "ts": rand_ts(rng),
                "text": t,
                "place": (
                    "Rochdale Town Hall",
                    53.6157,
                    -2.1566,
                    "The Esplanade, Rochdale OL16 1AB",
                ),
            }
        )
    comments = [
        {"ts": rand_ts(rng), "text": t, "on": rng.choice(ADULTS)}
        for t in [
            rng.choice(
                [
                    "Gorgeous! 😍",
                    "Happy birthday lovely x",
                    "Haha brilliant",
                    "Congratulations!! 🎉",
                    "So jealous, enjoy!",
                    "Looks amazing",
                    "Aww bless",
                    "Ha ha love this",
                    "Get well soon x",
                    "Yes please!",
                ]
            )
            + rng.choice(["", " x", " 💕", "!!"])
            for _ in range(90)
        ]
    ]
    comments += [
        {
            "ts": term_ts(rng),
            "on": "Karen Whittaker",
            "text": p.P(
                "[[Miss you all at Marlow Brook Primary]]! Best staff room in Rochdale x",
                PL,
                E,
                "comment",
                "school_name",
                ["5.1"],
                "school named in a comment on someone else's post",
            ),
        },
        {
            "ts": term_ts(rng),
            "on": "Julie Crossley",
            "text": p.P(
                "Ollie T [[smashed it in the maths relay]] 🏅",
                PL,
                E,
                "comment",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "nickname of a listed pupil (Oliver Thompson) + initial",
            ),
        },
        {
            "ts": term_ts(rng),
            "on": "Rochdale Borough Council",
            "text": p.P(
                "We're in OL12 7HD and [[the bins haven't been collected for three weeks]] either",
                PL,
                E,
                "comment",
                "postcode",
                ["5.1"],
                "home postcode in a public comment",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "Lisa Greenhalgh",
            "text": p.L(
                "[[Grace looks so grown up]]! Happy 18th to her x",
                PL,
                E,
                "comment",
                "pupil_name",
                "a friend's adult daughter",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "Gary Stott",
            "text": p.L(
                "[[Will you be at the barbecue on Sunday]]?",
                PL,
                E,
                "comment",
                "pupil_name",
                "'Will' is a word",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "Rose Fenton",
            "text": p.L(
                "[[Rose, your garden is stunning]] 🌹",
                PL,
                E,
                "comment",
                "pupil_name",
                "an adult called Rose",
            ),
        },
    ]
    friends = [(n, rand_ts(rng, (2012, 1, 1), (2026, 6, 1))) for n in ADULTS]
    friends += [
        (f"{f} {s}", rand_ts(rng, (2012, 1, 1), (2026, 6, 1)))
        for f, s in zip(
            [
                "Amy",
                "Ben",
                "Chris",
                "Dan",
                "Fiona",
                "Hannah",
                "Jen",
                "Kate",
                "Laura",
                "Matt",
                "Nat",
                "Pete",
                "Sam",
                "Tom",
                "Zara",
            ]
            * 10,
            [
                "Ogden",
                "Firth",
                "Holden",
                "Mellor",
                "Ashton",
                "Royle",
                "Grime",
                "Booth",
                "Walsh",
                "Kay",
            ]
            * 15,
            strict=False,
        )
    ]
    friends = sorted(set(friends))
    friends.append(
        (
            p.L(
                "[[Grace Ogden]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                "adult friend sharing a first name with a pupil",
            ),
            ts(2015, 4, 2),
        )
    )
    friends.append(
        (
            p.L(
                "[[Theo Marshall]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                "adult whose name starts like a listed pupil's (Theo Marsh)",
            ),
            ts(2018, 9, 9),
        )
    )
    profile = {
        "name": {
            "full_name": ME,
            "first_name": "Rachel",
            "middle_name": "",
            "last_name": "Holloway",
        },
        "emails": {
            "emails": ["rach.holloway82@outlook.com"],
            "previous_emails": [],
            "pending_emails": [],
            "ad_account_emails": [],
        },
        "birthday": {"year": 1982, "month": 5, "day": 14},
        "current_city": {"name": "Rochdale, United Kingdom", "timestamp": ts(2016, 1, 1)},
        "hometown": {"name": "Heywood, United Kingdom", "timestamp": ts(2016, 1, 1)},
        "relationship": {
            "status": "Married",
            "partner": "Mark Holloway",
            "timestamp": ts(2010, 7, 3),
        },
        "family_members": [
            {
                "name": p.L(
                    "[[Alfie Holloway]]",
                    PL,
                    E,
                    "profile_field",
                    "child_name",
                    "the user's son in the family list",
                ),
                "relation": "Son",
                "timestamp": ts(2017, 2, 1),
            },
            {"name": "Sue Brennan", "relation": "Mother", "timestamp": ts(2014, 2, 1)},
        ],
        "education_experiences": [
            {
                "name": "Manchester Metropolitan University",
                "start_timestamp": ts(2000, 9, 1),
                "end_timestamp": ts(2004, 7, 1),
                "graduated": True,
                "concentrations": ["Primary Education"],
                "school_type": "University",
                "timestamp": ts(2014, 1, 1),
            }
        ],
        "work_experiences": [
            {
                "employer": "Marlow Brook Primary School",
                "title": p.P(
                    "[[Year 3 Class Teacher and Maths Lead]]",
                    PL,
                    E,
                    "profile_field",
                    "job_title",
                    ["6.17"],
                    "school and role in the profile's work field",
                ),
                "location": "Rochdale",
                "start_timestamp": ts(2019, 9, 1),
                "timestamp": ts(2019, 9, 2),
            }
        ],
        "phone_numbers": [],
        "username": "rachholloway",
        "registration_timestamp": ts(2008, 3, 3),
    }
    p.seen(profile["work_experiences"][0]["title"], "Alfie Holloway")

    def conv(title, parts, msgs, kind="Regular"):
        return {"title": title, "participants": parts, "type": kind, "messages": msgs}

    t0 = term_ts(rng)
    threads = [
        conv(
            "Claire Dunn",
            [ME, "Claire Dunn"],
            [
                ("Claire Dunn", t0, "Saw Nia at the gym, she said to say hi! 😊"),
                (ME, t0 + 300, "Aw bless her, tell her I'll text"),
                ("Claire Dunn", t0 + 900, "How's the new class?"),
                (
                    ME,
                    t0 + 1500,
                    p.P(
                        "Harry Dawson [[threw a chair in maths again today]], I'm at the end of my rope with him",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        ["6.5", "6.13"],
                        "4th message names a pupil; the first (adult Nia) is a false lead",
                    ),
                ),
                ("Claire Dunn", t0 + 1800, "Oh no, wine needed 🍷"),
            ],
        ),
    ]
    t1 = term_ts(rng)
    threads.append(
        conv(
            "Kerry Marsh",
            [ME, "Kerry Marsh"],
            [
                (
                    "Kerry Marsh",
                    t1,
                    "Hi Mrs Holloway, sorry to message on here, is Theo ok? he came home upset",
                ),
                (
                    ME,
                    t1 + 600,
                    p.P(
                        "Hi Kerry, [[he had a wobble at lunch with Jacob]] but he's fine now x",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        ["6.5"],
                        "discussing pupils with a parent",
                    ),
                ),
                (
                    ME,
                    t1 + 660,
                    p.P(
                        "[[text me on 07700 900482 if you need me]], easier than the office",
                        PL,
                        E,
                        "message_1to1",
                        "phone",
                        ["6.1", "6.2"],
                        "personal mobile given to a parent; school context in the other messages",
                    ),
                ),
                ("Kerry Marsh", t1 + 900, "Thank you so much x"),
            ],
        )
    )
    t2 = term_ts(rng)
    threads.append(
        conv(
            "Year 3 trip helpers",
            [ME, "Donna Pilling", "Wayne Heywood", "Kelly Sutcliffe"],
            [
                (ME, t2, "Rachel Holloway named the group Year 3 trip helpers."),
                (
                    ME,
                    t2 + 60,
                    p.P(
                        "[[Thanks for volunteering for the Chester Zoo trip]] everyone! Meet at the school gate 8:15",
                        PL,
                        E,
                        "message_group",
                        "school_group",
                        ["9.1", "6.6"],
                        "a parents' group thread the user set up for a school trip",
                        group="Year 3 trip helpers",
                    ),
                ),
                ("Donna Pilling", t2 + 600, "No problem, looking forward to it"),
                (
                    ME,
                    t2 + 900,
                    p.P(
                        "Can someone [[keep an eye on Reggie on the coach]], he gets travel sick",
                        PL,
                        E,
                        "message_group",
                        "pupil_name",
                        ["6.5"],
                        "pupil discussed in the parents' group",
                    ),
                ),
                ("Kelly Sutcliffe", t2 + 1200, "I'll sit with him 👍"),
            ],
            "RegularGroup",
        )
    )
    t3 = term_ts(rng)
    threads.append(
        conv(
            "Gemma Rhodes",
            [ME, "Gemma Rhodes"],
            [
                ("Gemma Rhodes", t3, "Are you ok? You seemed quiet at the weekend"),
                (
                    ME,
                    t3 + 400,
                    p.P(
                        "[[Maryam's mum told me they're moving because of the dad]], it's awful, keep it to yourself",
                        PL,
                        E,
                        "message_1to1",
                        "confidential_topic",
                        ["6.5", "6.20", "6.21"],
                        "confidential family matter of a pupil",
                    ),
                ),
            ],
        )
    )
    t4 = rand_ts(rng)
    threads.append(
        conv(
            "Lauren Pike",
            [ME, "Lauren Pike"],
            [
                (
                    "Lauren Pike",
                    t4,
                    p.L(
                        "[[Nia and Dave are coming for tea Saturday]], you coming?",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        "adult friend Nia in a family chat, no school context",
                    ),
                ),
                (
                    ME,
                    t4 + 200,
                    p.L(
                        "[[Can you have Alfie and Evie on Friday night]]? Mark's on nights",
                        PL,
                        E,
                        "message_1to1",
                        "child_name",
                        "the user's own children",
                    ),
                ),
                (
                    "Lauren Pike",
                    t4 + 700,
                    p.L(
                        "[[Oliver from Mark's work is having a leaving do]] at the Flying Horse",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        "adult called Oliver",
                    ),
                ),
            ]
            + [
                (rng.choice([ME, "Lauren Pike"]), t4 + 1000 + i * 3600, m)
                for i, m in enumerate(noise_chat(rng, 60))
            ],
        )
    )
    for n in ADULTS[:12]:
        tt = rand_ts(rng)
        threads.append(
            conv(
                n,
                [ME, n],
                [
                    (rng.choice([ME, n]), tt + i * 900, m)
                    for i, m in enumerate(noise_chat(rng, rng.randint(4, 25)))
                ],
            )
        )
    for d in posts:
        p.seen(d["text"])
    p.seen(*[c["text"] for c in checkins], *[c["text"] for c in comments], *[f for f, _ in friends])
    for th in threads:
        p.seen(*[m[2] for m in th["messages"]])
    W.facebook_json(
        exp / E,
        {
            "owner": ME,
            "profile": profile,
            "posts": posts,
            "checkins": checkins,
            "comments": comments,
            "friends": friends,
            "threads": threads,
        },
    )

    # ------------------------------------------------------------------ Instagram (JSON)
    E, PL = "instagram-rach.bakes.and.runs-2026-11-01-Hx81Lp.zip", "instagram"
    bio = p.P(
        "[[Y3 teacher @ MBPS]] 🍎 | runner | baker | Rochdale",
        PL,
        E,
        "bio",
        "job_title",
        ["6.17"],
        "role and school initialism in the bio",
    )
    p.seen(bio)
    igposts = [
        {"ts": rand_ts(rng), "text": t} for t in noise_posts(rng, 180, PLACES, TEAMS, FAMILY)
    ]
    for d in [
        dict(
            text=p.P(
                "Maddie C's [[fabulous volcano model]] 🌋 #Year3 #science",
                PL,
                E,
                "caption",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "nickname of Madison Clarke + initial",
            )
        ),
        dict(
            text=p.P(
                "[[#MBPSproud of our Year 3 choir]] today 🎶",
                PL,
                E,
                "caption",
                "school_name",
                ["5.1"],
                "school initialism inside a hashtag",
            )
        ),
        dict(
            text=p.P(
                "[[#StarOfTheWeekNia]] 🌟 you worked so hard",
                PL,
                E,
                "caption",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil inside a camel-case hashtag",
            )
        ),
        dict(
            text=p.P(
                "[[New garden bench finally built]] 🪚 two weekends of swearing",
                PL,
                E,
                "caption",
                "location",
                ["5.1"],
                "photo EXIF GPS at the user's home",
            ),
            exif=(53.62618, -2.16547),
        ),
        dict(
            text=p.P(
                "[[the staff room is full of snakes]] 🐍 some people at work need to grow up",
                PL,
                E,
                "caption",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about colleagues",
            )
        ),
        dict(
            text=p.P(
                "[[Happy birthday to Kacey in my class]] 🎂 8 today!",
                PL,
                E,
                "caption",
                "child_name",
                ["3.3", "6.20", "6.21"],
                "unlisted child in the user's class",
            )
        ),
        dict(
            text=p.P(
                "[[World Book Day costumes]] 📚🧙",
                PL,
                E,
                "caption",
                "location",
                ["5.1", "6.16"],
                "photo EXIF GPS at the school",
            ),
            exif=(53.60418, -2.18045),
        ),
        dict(
            text=p.L(
                "[[Sunday roast at Mum's]], Alfie ate three Yorkshires 😂",
                PL,
                E,
                "caption",
                "child_name",
                "the user's own son",
            )
        ),
        dict(
            text=p.L(
                "[[Grace Kelly vibes at the wedding]] 👗",
                PL,
                E,
                "caption",
                "pupil_name",
                "a film star's name",
            )
        ),
        dict(
            text=p.L(
                "[[Harry Potter studio tour]] with the kids ⚡",
                PL,
                E,
                "caption",
                "pupil_name",
                "a character's name",
            )
        ),
        dict(
            text=p.L(
                "[[Rose gold balloons for Evie's party]] 🎈",
                PL,
                E,
                "caption",
                "pupil_name",
                "'rose' is a colour; own daughter",
            )
        ),
        dict(
            text=p.L(
                "[[Lake District weekend]] ⛰️",
                PL,
                E,
                "caption",
                "location",
                "photo GPS far from school and home",
            ),
            exif=(54.4326, -2.9630),
        ),
        dict(
            text=p.L(
                "[[Charlie and the Chocolate Factory at the Palace Theatre]] 🍫",
                PL,
                E,
                "caption",
                "pupil_name",
                "a book title",
            )
        ),
    ]:
        d["ts"] = term_ts(rng)
        igposts.append(d)
    rng.shuffle(igposts)
    igcomments = [
        {
            "ts": rand_ts(rng),
            "text": rng.choice(
                [
                    "😍😍",
                    "Stunning!",
                    "Need this recipe",
                    "So cute",
                    "Yesss",
                    "Love it x",
                    "🔥🔥",
                    "Wow!",
                ]
            ),
            "on": rng.choice(
                ["mcr_bakes", "lauren.pike", "run_rochdale", "gemmarhodes_", "bakeoffbritain"]
            ),
        }
        for _ in range(70)
    ]
    igcomments += [
        {
            "ts": term_ts(rng),
            "on": "mrs_dunn_teaches",
            "text": p.P(
                "haha [[Freddie H did exactly the same in my class]]",
                PL,
                E,
                "comment",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "nickname of Frederick Hughes + initial, class context",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "karen.whittaker",
            "text": p.L(
                "[[Hope you're feeling better soon]] x",
                PL,
                E,
                "comment",
                "pupil_name",
                "'Hope' is a word",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "maddie.j.designs",
            "text": p.L(
                "[[Love this, Maddie]]! Congrats on the new job 🎉",
                PL,
                E,
                "comment",
                "pupil_name",
                "an adult friend called Maddie",
            ),
        },
    ]
    followers = [
        (f"{a.split()[0].lower()}.{a.split()[1].lower()}{rng.randint(1, 99)}", rand_ts(rng))
        for a in ADULTS
    ]
    followers += [
        (u, rand_ts(rng))
        for u in [
            "run_rochdale",
            "mcr_bakes",
            "lauren.pike",
            "gemmarhodes_",
            "claire.dunn.x",
            "marky_h79",
        ]
    ]
    followers.append(
        (
            p.P(
                "[[poppynowak_2016]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil follows the user",
            ),
            term_ts(rng),
        )
    )
    followers.append(
        (
            p.L(
                "[[zoe.woodcock_87]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                "adult with a name like a pupil's",
            ),
            rand_ts(rng),
        )
    )
    followers.append(
        (
            p.L("[[sue.brennan.59]]", PL, E, "connection", "pupil_connection", "the user's mother"),
            rand_ts(rng),
        )
    )
    following = [
        (u, rand_ts(rng))
        for u in [
            "bakeoffbritain",
            "parkrunuk",
            "run_rochdale",
            "mcr_bakes",
            "bbcgoodfood",
            "nigella",
        ]
    ]
    t5 = term_ts(rng)
    t6 = term_ts(rng)
    t7 = rand_ts(rng)
    igthreads = [
        {
            "title": "harryd_2016",
            "participants": ["harryd_2016", "Rach Holloway"],
            "messages": [
                (
                    "harryd_2016",
                    t5,
                    p.P(
                        "[[miss can u send the homework sheet i lost it]]",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_connection",
                        ["6.7", "6.8"],
                        "a pupil writes to the user by DM",
                    ),
                ),
                ("harryd_2016", t5 + 120, "pleeease"),
            ],
        },
        {
            "title": "Becky Greenwood",
            "participants": ["Becky Greenwood", "Rach Holloway"],
            "messages": [
                ("Becky Greenwood", t6, "Hi Mrs Holloway, hope you don't mind me messaging here"),
                (
                    "Rach Holloway",
                    t6 + 500,
                    p.P(
                        "[[Isabella's reading has really come on]], she's nearly ready for the next book band",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        ["6.5"],
                        "discussing a pupil with a parent",
                    ),
                ),
                (
                    "Rach Holloway",
                    t6 + 560,
                    p.P(
                        "[[my email is rach.holloway82@gmail.com]] if you want to send the form",
                        PL,
                        E,
                        "message_1to1",
                        "email",
                        ["6.1", "6.2"],
                        "personal email given to a parent",
                    ),
                ),
                ("Becky Greenwood", t6 + 900, "Thank you!! x"),
            ],
        },
        {
            "title": "lily.pike.x",
            "participants": ["lily.pike.x", "Rach Holloway"],
            "messages": [
                (
                    "lily.pike.x",
                    t7,
                    p.L(
                        "[[auntie rach can u send the pics from the party]]",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_connection",
                        "the user's niece, not a pupil",
                    ),
                ),
                ("Rach Holloway", t7 + 300, "course I can xx"),
            ],
        },
    ]
    p.seen(
        *[d["text"] for d in igposts], *[c["text"] for c in igcomments], *[u for u, _ in followers]
    )
    for th in igthreads:
        p.seen(*[m[2] for m in th["messages"]])
    W.instagram_json(
        exp / E,
        {
            "profile": {
                "username": "rach.bakes.and.runs",
                "name": "Rach Holloway",
                "bio": bio,
                "email": "rach.holloway82@outlook.com",
            },
            "posts": igposts,
            "comments": igcomments,
            "followers": followers,
            "following": following,
            "threads": igthreads,
        },
    )

    # ------------------------------------------------------------------ WhatsApp (Android)
    PL = "whatsapp"
    E = "WhatsApp Chat with 3B Parents 💜.txt"
    t = ts(2025, 9, 12, 19, 2)
    lines = [
        (t, None, 'You created group "3B Parents 💜"'),
        (t + 5, None, "You added Laura Ali, Samira Hussain, Jo Nowak, Kerry Marsh and 22 others"),
        (
            t + 60,
            ME,
            p.P(
                "[[Welcome to the 3B parents group]]! Just a place for quick reminders, PE is Tuesday and Thursday",
                PL,
                E,
                "message_group",
                "school_group",
                ["9.1", "6.6"],
                "a class parents' group the user created",
                group="3B Parents 💜",
            ),
        ),
    ]
    parents = [
        "Laura Ali",
        "Samira Hussain",
        "Jo Nowak",
        "Kerry Marsh",
        "Becky Greenwood",
        "Natalie Shaw",
        "Aneeta Kaur",
        "Claire Lord",
    ]
    pn = [
        "Thanks!",
        "Thank you 😊",
        "👍",
        "Brilliant thanks",
        "Is it non-uniform Friday?",
        "What time is pick up on Friday?",
        "Does anyone have a spare book bag?",
        "Lovely, thanks",
        "Thanks for setting this up!",
        "Has anyone seen a blue water bottle?",
    ]
    tt = t + 3600
    for _ in range(70):
        tt += rng.randint(3600, 86400 * 2)
        lines.append((tt, rng.choice(parents), rng.choice(pn)))
    base = ts(2025, 11, 4, 18, 30)
    lines += [
        (base, "Laura Ali", "Is Summer ok? She said someone was mean to her"),
        (
            base + 400,
            ME,
            p.P(
                "[[She had a falling out with Ava at break]], all sorted now 👍",
                PL,
                E,
                "message_group",
                "pupil_name",
                ["6.5"],
                "pupils discussed in the parents' group",
            ),
        ),
        (
            base + 460,
            ME,
            p.P(
                "[[If it's urgent ring me on 07700 900731]]",
                PL,
                E,
                "message_group",
                "phone",
                ["6.1", "6.2"],
                "personal mobile given to parents",
            ),
        ),
        (
            base + 520,
            ME,
            p.P(
                "[[or email me at rach.holloway82@outlook.com]], I check it more than the school one",
                PL,
                E,
                "message_group",
                "email",
                ["6.1", "6.2"],
                "personal email given to parents",
            ),
        ),
        (
            base + 86400 * 9,
            "Samira Hussain",
            p.P(
                "[[Muhammad will be off tomorrow, he has the dentist]]",
                PL,
                E,
                "message_group",
                "pupil_name",
                ["6.5"],
                "a parent names a pupil in the group the user runs",
            ),
        ),
        (base + 86400 * 9 + 300, ME, "Thanks, I'll let the office know 👍"),
        (
            base + 86400 * 20,
            ME,
            p.P(
                "[[Reminder that Noah's EHCP review is Thursday]], Mrs Patel",
                PL,
                E,
                "message_group",
                "confidential_topic",
                ["6.20", "6.21", "6.5"],
                "a pupil's SEN review announced to all parents",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    E = "WhatsApp Chat with Claire Dunn.txt"
    t = ts(2024, 1, 5, 20, 0)
    lines = [
        (t + i * rng.randint(3000, 90000), rng.choice([ME, "Claire Dunn"]), m)
        for i, m in enumerate(noise_chat(rng, 150))
    ]
    b = ts(2026, 3, 10, 19, 15)
    lines += [
        (
            b,
            ME,
            p.P(
                "Layla H's [[mum had a go at me in the playground again]]",
                PL,
                E,
                "message_1to1",
                "pupil_name",
                ["6.5"],
                "pupil and parent discussed with a friend",
            ),
        ),
        (b + 120, "Claire Dunn", "Noooo not again"),
        (
            b + 86400 * 30,
            ME,
            p.P(
                "honestly Alexander [[is the naughtiest child I've ever taught]]",
                PL,
                E,
                "message_1to1",
                "negative_remark",
                ["6.13", "6.5"],
                "derogatory remark about a pupil",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    E = "WhatsApp Chat with Marlow Brook staff 🍎.txt"
    t = ts(2025, 9, 1, 8, 0)
    staff = ["Donna Fielding", "Jas Sandhu", "Mike Royle", "Tina Ashworth-Bell"]
    lines = [
        (t - 86400 * 300, None, 'Donna Fielding created group "Marlow Brook staff 🍎"'),
        (t - 86400 * 300 + 10, None, "Donna Fielding added you"),
    ]
    sn = [
        "Who's on duty tomorrow?",
        "Cake in the staff room 🎂",
        "Photocopier jammed again",
        "Reminder: staff meeting 3:30",
        "Anyone got spare glue sticks?",
        "Happy Friday!",
        "Thanks all",
        "Can someone cover my gate duty Weds?",
    ]
    for _ in range(90):
        t += rng.randint(3600, 86400 * 3)
        lines.append((t, rng.choice([*staff, ME]), rng.choice(sn)))
    b = ts(2026, 2, 2, 17, 40)
    lines += [
        (
            b,
            "Jas Sandhu",
            p.P(
                "Amelia K's [[been referred to CAMHS, keep it quiet]]",
                PL,
                E,
                "message_group",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "confidential health matter of a pupil in a staff chat",
            ),
        ),
        (b + 600, ME, "Poor love, I'll keep an eye on her"),
        (
            b + 86400 * 5,
            ME,
            p.P(
                "Charlie W [[bit someone again at lunch]], his mum is in denial",
                PL,
                E,
                "message_group",
                "pupil_name",
                ["6.5", "6.13"],
                "pupil named with behaviour",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    E = "WhatsApp Chat with Jo Nowak.txt"
    b = ts(2025, 10, 8, 20, 5)
    lines = [
        (b, "Jo Nowak", "Hi Rachel, it's Jo, got your number from Laura. Hope that's ok!"),
        (
            b + 300,
            ME,
            p.P(
                "Hiya! Poppy's doing great, [[she just needs to practise her spellings]]",
                PL,
                E,
                "message_1to1",
                "pupil_name",
                ["6.5"],
                "pupil discussed with her parent in a private chat",
            ),
        ),
        (b + 500, "Jo Nowak", "Thanks so much x"),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    E = "WhatsApp Chat with Mum.txt"
    t = ts(2023, 3, 1, 9, 0)
    lines = [
        (t + i * rng.randint(2000, 60000), rng.choice([ME, "Sue Brennan"]), m)
        for i, m in enumerate(noise_chat(rng, 320))
    ]
    b = ts(2025, 6, 1, 10, 0)
    for i, (who, text) in enumerate(
        [
            (
                "Sue Brennan",
                p.L(
                    "[[Grace from church popped round with a lasagne]]",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "adult Grace, family chat",
                ),
            ),
            (
                ME,
                p.L(
                    "[[Will you pick Alfie up from football Wednesday]]?",
                    PL,
                    E,
                    "message_1to1",
                    "child_name",
                    "own son; 'Will' a word",
                ),
            ),
            (
                "Sue Brennan",
                p.L(
                    "[[Auntie Rose rang, she's had her hip done]]",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "adult Rose",
                ),
            ),
            (
                ME,
                p.L(
                    "[[Summer's nearly here]], time to dig the paddling pool out",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "'Summer' the season",
                ),
            ),
            (
                "Sue Brennan",
                p.L(
                    "[[Archie next door has passed his driving test]]!",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "an adult neighbour called Archie",
                ),
            ),
            (
                ME,
                p.L(
                    "[[The new Greggs on Yorkshire Street is open]]",
                    PL,
                    E,
                    "message_1to1",
                    "home_address",
                    "a street, not the home address",
                ),
            ),
            (
                "Sue Brennan",
                p.L(
                    "[[Party at Funky Monkeys, OL16 1AB]], 2pm Saturday for Evie's friend",
                    PL,
                    E,
                    "message_1to1",
                    "postcode",
                    "a venue's postcode, not home",
                ),
            ),
            (
                ME,
                p.L(
                    "[[Orders to hello@brookbakery.co.uk]] by Thursday for the cake",
                    PL,
                    E,
                    "message_1to1",
                    "email",
                    "a business email",
                ),
            ),
            (
                "Sue Brennan",
                p.L(
                    "[[Your dad's mobile is 07700 900115 now]], he lost his old phone",
                    PL,
                    E,
                    "message_1to1",
                    "phone",
                    "a relative's number in a family chat",
                ),
            ),
            (
                ME,
                p.L(
                    "[[Poppy the dog has eaten a sock again]] 🙄",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "a dog called Poppy",
                ),
            ),
        ]
    ):
        lines.append((b + i * 86400 * 11, who, text))
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    E = "WhatsApp Chat with Sunday Long Run 🏃‍♀️.txt"
    t = ts(2024, 4, 1, 7, 0)
    runners = ["Mason Kaye", "Dawn Lees", "Phil Grundy", "Asha Mistry"]
    lines = [
        (t, None, 'You created group "Sunday Long Run 🏃‍♀️"'),
        (
            t + 60,
            ME,
            p.L(
                "[[Welcome to the Sunday Long Run crew]]! Meet at the lake car park 8am",
                PL,
                E,
                "message_group",
                "school_group",
                "a running group the user created, nothing to do with school",
                group="Sunday Long Run 🏃‍♀️",
            ),
        ),
    ]
    for _ in range(80):
        t += rng.randint(3600, 86400 * 4)
        lines.append(
            (
                t,
                rng.choice([*runners, ME]),
                rng.choice(
                    [
                        "Who's in Sunday?",
                        "Me!",
                        "10 miles?",
                        "Count me in",
                        "Legs are dead 😂",
                        "Great run all",
                        "Coffee after?",
                        "Running late, start without me",
                    ]
                ),
            )
        )
    lines += [
        (
            t + 86400,
            "Dawn Lees",
            p.L(
                "[[Hope the weather holds for Sunday]]",
                PL,
                E,
                "message_group",
                "pupil_name",
                "'Hope' a word",
            ),
        ),
        (
            t + 86400 * 2,
            "Phil Grundy",
            p.L(
                "[[Mason says he'll bring the jelly babies]]",
                PL,
                E,
                "message_group",
                "pupil_name",
                "adult runner called Mason",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    E = "WhatsApp Chat with Gemma Rhodes.txt"
    t = ts(2024, 2, 1, 20, 0)
    lines = [
        (t + i * rng.randint(3000, 80000), rng.choice([ME, "Gemma Rhodes"]), m)
        for i, m in enumerate(noise_chat(rng, 120))
    ]
    b = ts(2026, 4, 20, 19, 0)
    lines += [
        (
            b,
            "Gemma Rhodes",
            p.L(
                "[[Sienna's christening is on the 14th]], can you make it?",
                PL,
                E,
                "message_1to1",
                "pupil_name",
                "a friend's baby niece",
            ),
        ),
        (
            b + 86400 * 3,
            ME,
            p.L(
                "[[Ofsted are due any day]], wish me luck 😬",
                PL,
                E,
                "message_1to1",
                "teaching_chat",
                "general teaching chat",
            ),
        ),
        (
            b + 86400 * 6,
            ME,
            p.L(
                "[[New marking policy is a lot of extra work]] but fine",
                PL,
                E,
                "message_1to1",
                "negative_remark",
                "frustration with a policy, attacks no one",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_android(exp / E, lines)

    # ------------------------------------------------------------------ TikTok
    E, PL = "TikTok_Data_1761987600.zip", "tiktok"
    ttbio = p.P(
        "[[Teaching Y3 at Marlow Brook]] 🍎 | Rochdale | mum of 2",
        PL,
        E,
        "bio",
        "job_title",
        ["6.17"],
        "school alias and role in the bio",
    )
    vids = [{"ts": rand_ts(rng), "text": t} for t in noise_posts(rng, 120, PLACES, TEAMS, FAMILY)]
    vids += [
        {
            "ts": term_ts(rng),
            "text": p.P(
                "[[POV: Year 3 on the last day before half term]] 😂 #teachersoftiktok #mbps",
                PL,
                E,
                "tiktok_caption",
                "school_name",
                ["5.1"],
                "school initialism as a lower-case hashtag",
            ),
        },
        {
            "ts": term_ts(rng),
            "text": p.P(
                "when Alexander D [[asks for the 40th time if it's home time]] 😩 #teacherlife",
                PL,
                E,
                "tiktok_caption",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, first name + initial",
            ),
        },
        {
            "ts": term_ts(rng),
            "text": p.P(
                "[[classroom tour 2025]] ✨ #classroomsetup",
                PL,
                E,
                "tiktok_caption",
                "location",
                ["5.1", "6.17"],
                "the post's Location field is the school",
            ),
            "location": "Marlow Brook Primary School",
        },
        {
            "ts": rand_ts(rng),
            "text": p.L(
                "[[Teacher outfit of the week]] 👗 #teachersoftiktok",
                PL,
                E,
                "tiktok_caption",
                "teaching_chat",
                "says she teaches; no school, role field or child",
            ),
        },
        {
            "ts": rand_ts(rng),
            "text": p.L(
                "[[Recreating the Bake Off showstopper]] with Evie 🎂",
                PL,
                E,
                "tiktok_caption",
                "child_name",
                "own daughter",
            ),
        },
    ]
    rng.shuffle(vids)
    ttcomments = [
        {
            "ts": rand_ts(rng),
            "text": rng.choice(
                ["😂😂😂", "this is me", "so true", "obsessed", "need this", "🔥", "haha same"]
            ),
        }
        for _ in range(60)
    ]
    ttcomments += [
        {
            "ts": term_ts(rng),
            "text": p.P(
                "[[this is so Year 3 at Marlow Brook]] 😂",
                PL,
                E,
                "comment",
                "school_name",
                ["5.1"],
                "school named in a comment on someone else's video",
            ),
        },
        {
            "ts": rand_ts(rng),
            "text": p.L(
                "[[my broadband is 8 Mbps on a good day]] 😭",
                PL,
                E,
                "comment",
                "school_name",
                "'Mbps' the unit, not the school initialism",
            ),
        },
    ]
    ttfollowers = [(f"user{rng.randint(10**6, 10**7)}", rand_ts(rng)) for _ in range(40)]
    ttfollowers.append(
        (
            p.P(
                "[[zoewojcik15]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "listed pupil (Zoë Wójcik) with accents folded + digits",
            ),
            term_ts(rng),
        )
    )
    ttfollowers.append(
        (
            p.P(
                "[[masontaylor.2016]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "listed pupil's username",
            ),
            term_ts(rng),
        )
    )
    ttfollowers.append(
        (
            p.L("[[grace_ogden_art]]", PL, E, "connection", "pupil_connection", "adult friend"),
            rand_ts(rng),
        )
    )
    t8 = term_ts(rng)
    dms = {
        "archie.holt11": [
            (
                "archie.holt11",
                t8,
                p.P(
                    "[[hiya miss its archie from 3B]]",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_connection",
                    ["6.7", "6.8"],
                    "a pupil messages the user",
                ),
            ),
            ("archie.holt11", t8 + 60, "r u doing a tiktok of our class"),
        ]
    }
    p.seen(
        ttbio,
        *[v["text"] for v in vids],
        *[c["text"] for c in ttcomments],
        *[u for u, _ in ttfollowers],
        *[m[2] for ms in dms.values() for m in ms],
    )
    W.tiktok(
        exp / E,
        {
            "profile": {
                "bio": ttbio,
                "birth": "14-May-1982",
                "email": "rach.holloway82@outlook.com",
                "userName": "rachh_runs",
            },
            "watch": sorted(rand_ts(rng) for _ in range(300)),
            "searches": [
                (rand_ts(rng), s)
                for s in ["sourdough", "running shoes", "anglesey cottages", "slime recipe"]
            ],
            "followers": ttfollowers,
            "following": [
                (u, rand_ts(rng)) for u in ["bbcgoodfood", "parkrunuk", "teachers.of.tiktok"]
            ],
            "comments": ttcomments,
            "dms": dms,
            "videos": vids,
        },
    )

    # ------------------------------------------------------------------ YouTube (Takeout)
    E, PL = "takeout-20261101T090000Z-001.zip", "youtube"
    ytv = [
        {
            "id": f"rH{i:09d}",
            "ts": rand_ts(rng),
            "title": f"{rng.choice(BAKE_T)} {i}",
            "desc": rng.choice(BAKE_D),
            "cat": "Howto & Style",
        }
        for i in range(40)
    ]
    ytv += [
        {
            "id": "rHnat000001",
            "ts": ts(2025, 12, 12, 19),
            "title": "Our nativity 2025",
            "privacy": "Unlisted",
            "desc": p.P(
                "Our nativity! [[Starring Lily-Rose as Mary]] 💙 Year 3 2025",
                PL,
                E,
                "youtube_caption",
                "pupil_name",
                ["3.3", "6.16", "6.20"],
                "listed pupil's first name in a school-event video description",
            ),
        },
        {
            "id": "rHsing00002",
            "ts": ts(2025, 12, 19, 20),
            "title": "Christmas singalong",
            "desc": p.P(
                "[[Marlow Brook Year 3 Christmas singalong]], for the parents who missed it",
                PL,
                E,
                "youtube_caption",
                "school_name",
                ["5.1", "6.16"],
                "school named in a video description",
            ),
        },
        {
            "id": "rHcake00003",
            "ts": rand_ts(rng),
            "title": "Rose and pistachio cake",
            "desc": p.L(
                "[[Rose and pistachio cake recipe]], ingredients below",
                PL,
                E,
                "youtube_caption",
                "pupil_name",
                "'Rose' the flavour",
            ),
        },
    ]
    ytc = [
        {
            "ts": rand_ts(rng),
            "video": f"v{rng.randint(10**8, 10**9)}",
            "text": rng.choice(
                [
                    "Great recipe!",
                    "Made this today, delicious",
                    "Thanks for the tips",
                    "Brilliant video",
                    "😂😂",
                ]
            ),
        }
        for _ in range(50)
    ]
    ytc += [
        {
            "ts": term_ts(rng),
            "video": "vSong123",
            "text": p.P(
                "[[Sienna B in my class loves this song]]!",
                PL,
                E,
                "comment",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil + initial, class context",
            ),
        },
        {
            "ts": term_ts(rng),
            "video": "vDance45",
            "text": p.P(
                "Showing this to my Year 3s tomorrow, [[we did this dance at Marlow Brook]] last year",
                PL,
                E,
                "comment",
                "school_name",
                ["5.1"],
                "school named in a comment",
            ),
        },
        {
            "ts": rand_ts(rng),
            "video": "vKane77",
            "text": p.L(
                "[[Harry Kane's free kick at 3:12 is unreal]]",
                PL,
                E,
                "comment",
                "pupil_name",
                "a footballer's name",
            ),
        },
        {
            "ts": rand_ts(rng),
            "video": "vTeach9",
            "text": p.L(
                "[[I teach Year 3 and this is so true]] 😂",
                PL,
                E,
                "comment",
                "teaching_chat",
                "general teaching chat",
            ),
        },
    ]
    p.seen(*[v["title"] + " " + v["desc"] for v in ytv], *[c["text"] for c in ytc])
    W.youtube(
        exp / E,
        {
            "channel_id": "UCrachholloway000000000",
            "channel_title": "Rach Holloway",
            "videos": ytv,
            "comments": ytc,
            "subs": ["BBC Good Food", "Jamie Oliver", "parkrun UK", "Twinkl"],
            "history": [(rand_ts(rng), f"Video {i}") for i in range(200)],
        },
    )

    # ------------------------------------------------------------------ LinkedIn (basic)
    E, PL = "Basic_LinkedInDataExport_11-01-2026.zip", "linkedin"
    head = p.P(
        "[[Primary Teacher at Marlow Brook Primary School]]",
        PL,
        E,
        "profile_field",
        "job_title",
        ["6.17"],
        "school and role in the headline",
    )
    shares = [
        [
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 1{rng.randint(0, 9)}:00:00",
            f"https://www.linkedin.com/feed/update/urn:li:activity:{7200000000000000000 + i}",
            rng.choice(
                [
                    "Lovely to see so many colleagues at the maths hub conference",
                    "Sharing this useful read on oracy",
                    "Great webinar on retrieval practice",
                    "Interesting article on teacher workload",
                ]
            )
            + f" ({i})",
            "",
            "",
            "PUBLIC",
        ]
        for i in range(25)
    ]
    shares += [
        [
            "2026-03-12 16:41:18",
            "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001",
            p.P(
                "[[Delighted to share that our Year 3 team at MBPS]] has been shortlisted for a maths hub award!",
                PL,
                E,
                "linkedin_post",
                "school_name",
                ["5.1"],
                "school initialism in a LinkedIn post",
            ),
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-05-20 17:02:11",
            "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000002",
            p.P(
                "So proud of Oscar N, [[who read his own story to the governors today]]",
                PL,
                E,
                "linkedin_post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil + initial",
            ),
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-01-15 18:00:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000003",
            p.L(
                "[[Great CPD session on early reading]] today, lots to take back to the classroom",
                PL,
                E,
                "linkedin_post",
                "teaching_chat",
                "general teaching chat",
            ),
            "",
            "",
            "PUBLIC",
        ],
    ]
    lcomments = [
        [
            "2026-06-01 12:00:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7311111111111111111",
            p.L(
                "[[Congrats Noah, well deserved promotion]]!",
                PL,
                E,
                "comment",
                "pupil_name",
                "an adult colleague elsewhere called Noah",
            ),
        ]
    ]
    lcomments += [
        [
            f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00:00",
            f"https://www.linkedin.com/feed/update/urn:li:activity:{7320000000000000000 + i}",
            rng.choice(["Congratulations!", "Great news", "Well deserved", "Thanks for sharing"])
            + f" {'!' * (i % 3)}",
        ]
        for i in range(15)
    ]
    p.seen(head, *[s[2] for s in shares], *[c[2] for c in lcomments])
    W.linkedin(
        exp / E,
        {
            "profile": [
                "Rachel",
                "Holloway",
                "Brennan",
                "",
                "May 14",
                head,
                "Primary teacher who loves maths and baking.",
                "Primary and Secondary Education",
                "",
                "Rochdale, England, United Kingdom",
                "",
                "",
                "",
            ],
            "positions": [
                [
                    "Marlow Brook Primary School",
                    "Class Teacher",
                    "",
                    "Rochdale, England, United Kingdom",
                    "Sep 2019",
                    "",
                ]
            ],
            "education": [
                [
                    "Manchester Metropolitan University",
                    "2000",
                    "2004",
                    "",
                    "BA (Hons) Primary Education with QTS",
                    "",
                ]
            ],
            "connections": [
                [
                    a.split()[0],
                    a.split()[1],
                    f"https://www.linkedin.com/in/{a.replace(' ', '-').lower()}",
                    "",
                    "Rochdale Borough Council",
                    "Officer",
                    "15 Mar 2024",
                ]
                for a in ADULTS[:20]
            ],
            "shares": shares,
            "comments": lcomments,
            "messages": [],
            "skills": ["Primary Education", "Mathematics", "Phonics"],
            "email": "rach.holloway82@outlook.com",
        },
    )
    return p


BAKE_T = [
    "Easy banana bread",
    "Lemon drizzle",
    "Sourdough for beginners",
    "Brownies three ways",
    "Weekday flapjacks",
    "Cinnamon buns",
]
BAKE_D = [
    "Simple bake, ingredients in the description",
    "My go-to recipe, takes 40 minutes",
    "Filmed in my kitchen, sorry about the noise",
    "A family favourite",
    "Gluten-free version in the comments",
]
