"""Persona B: Daniel Okafor, PE teacher and Head of Year 8 at Ashcombe Park Academy, Swindon.

Downloads: X archive, Facebook (HTML), LinkedIn (complete export), Instagram (JSON), WhatsApp
(iOS zips, four chats), TikTok, Reddit.
"""

from __future__ import annotations

from pathlib import Path

import writers as W
from common import Persona, noise_chat, noise_posts, rand_ts, term_ts, ts

KEY = "secondary"
ME = "Dan Okafor"
SCHOOL = ("Ashcombe Park Academy", 51.5652, -1.7395, "Ashcombe Road, Swindon SN3 4RT")
HOME = (51.6034, -1.7941)

PUPILS = """Kai Robinson
Alexandra Petrova
Jayden Cole
Faith Osei
Kieran Walsh
Chloe Barker
Harvey Lloyd
Amira Haddad
Callum Fraser
Brooke Evans
Liam O'Connor
Skye Morgan
Ethan Price
Ibrahim Khan
Olivia Nash
Dylan Hughes
Lucy Pearce
Rhys Jenkins
Sophie Turner
Mason Reid
Megan Rhodes
Kacper Nowicki
Jessica Lowe
Reece Bradley
Aaliyah Grant
Freya Doyle
Josh Whitmore
Tyler-Jay Simmons
Hunter Graves
Miles Carter
River Jones
Zainab Ahmed
Marcus Bell
Evie-Mae Collins
Tomasz Zieliński
Jack Hill
"""

PROFILE = f"""# Persona B of the findings evaluation set (fictional school, fictional person).
[school]
name = "Ashcombe Park Academy"
aliases = ["Ashcombe Park", "APA"]
town = "Swindon"
postcode = "SN3 4RT"
location = [{SCHOOL[1]}, {SCHOOL[2]}]

[you]
name = "Daniel Okafor"
other_names = ["{ME}", "Mr Okafor", "dan_okafor9", "dan.okafor.fit"]
roles = ["PE teacher", "Head of Year 8"]
home_address = "9 Larkspur Drive, Swindon"
home_postcode = "SN25 2GH"
home_location = [{HOME[0]}, {HOME[1]}]

[pupils]
names_file = "pupils.txt"
"""

ADULTS = [
    "Gary Hunt",
    "Steve Pocock",
    "Rob Tilley",
    "Kemi Adebayo",
    "Wayne Fitch",
    "Nicky Stroud",
    "Paul Hiscock",
    "Jo Merritt",
    "Andy Clack",
    "Tracy Neate",
    "Darren Kibblewhite",
    "Sean Mills",
    "Lee Brind",
    "Emma Titcombe",
    "Kwame Mensah",
    "Tola Bankole",
    "Claire Wheeler",
    "Mike Ody",
    "Sarah Legg",
    "Ade Okonjo",
    "Bev Cripps",
    "Jon Spackman",
    "Kerry Eatwell",
    "Nathan Deacon",
]
PLACES = [
    "Bristol",
    "Bath",
    "Cornwall",
    "Lagos",
    "the Cotswolds",
    "Oxford",
    "Tenby",
    "Lanzarote",
    "Cardiff",
    "Brighton",
]
TEAMS = ["Swindon Town", "Arsenal", "Bristol City", "Oxford United", "Reading", "Cheltenham"]
FAMILY = ["Funmi", "the kids", "Tunde", "Mum", "Sam and Ruby"]


def build(out: Path) -> Persona:
    p = Persona(KEY, seed=2202)
    rng = p.rng
    (out / "profile").mkdir(parents=True, exist_ok=True)
    (out / "profile" / "school.toml").write_text(PROFILE, encoding="utf-8")
    (out / "profile" / "pupils.txt").write_text(PUPILS, encoding="utf-8")
    exp = out / "exports"
    school_place = SCHOOL

    # ------------------------------------------------------------------ X
    E, PL = "twitter-2026-11-01-8f3c2a71d9e4b605.zip", "x"
    bio = p.P(
        "[[PE teacher & Head of Year 8 @AshcombePark]] ⚽ | Swindon | views my own",
        PL,
        E,
        "bio",
        "job_title",
        ["6.17"],
        "role and school handle in the bio",
    )
    tweets = [{"ts": rand_ts(rng), "text": t} for t in noise_posts(rng, 300, PLACES, TEAMS, FAMILY)]
    tw = [
        dict(
            text=p.P(
                "Massive well done to Kai R and the U14s, [[county cup semi-final here we come]]!",
                PL,
                E,
                "tweet",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, first name + initial, school team",
            )
        ),
        dict(
            text=p.P(
                "[[#APAproud of our Year 8s at the careers fair]] today",
                PL,
                E,
                "tweet",
                "school_name",
                ["5.1"],
                "initialism inside a hashtag",
            )
        ),
        dict(
            text=p.P(
                "[[Ashcombe Park Academy sports awards night]], so proud of this lot 🏆",
                PL,
                E,
                "tweet",
                "school_name",
                ["5.1"],
                "school's full name",
            )
        ),
        dict(
            text=p.P(
                "@sarah_lloyd77 Harvey [[was brilliant on Saturday, he'll be in the A team next week]]",
                PL,
                E,
                "reply",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "pupil's first name in a public reply to his parent",
            ),
            reply_to=("sarah_lloyd77", "88120001"),
        ),
        dict(
            text=p.P(
                "[[Our SLT couldn't run a bath]]. Another pointless INSET day at work 🙄",
                PL,
                E,
                "tweet",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about the school's leadership",
            )
        ),
        dict(
            text=p.P(
                "Tough day. [[Two exclusions in Year 8 and a safeguarding referral before 9am]]. #teacherlife",
                PL,
                E,
                "tweet",
                "confidential_topic",
                ["6.20", "6.21"],
                "exclusions and safeguarding in the user's year group",
            )
        ),
        dict(
            text=p.P(
                "[[Pitch is a swamp again]] 🌧️ still training though",
                PL,
                E,
                "tweet",
                "location",
                ["5.1"],
                "geotag at the school",
            ),
            coords=(51.56531, -1.73962),
        ),
        dict(
            text=p.P(
                "[[#WellDoneSasha]] first girl in the school to make the county squad 🏃‍♀️",
                PL,
                E,
                "tweet",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "nickname of Alexandra Petrova in a hashtag, with school context",
            )
        ),
        dict(
            text=p.P(
                "[[dylan hughes with the goal of the season]] ⚽ #U14s",
                PL,
                E,
                "tweet",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil, lower-case full name",
            )
        ),
        dict(
            text=p.L(
                "[[Lost property in any school is a black hole]]. Every PE teacher knows",
                PL,
                E,
                "tweet",
                "teaching_chat",
                "general teaching chat",
            )
        ),
        dict(
            text=p.L(
                "[[Sophie Turner was brilliant in Game of Thrones]], rewatching it all",
                PL,
                E,
                "tweet",
                "pupil_name",
                "an actress with a listed pupil's name",
            )
        ),
        dict(
            text=p.L(
                "[[Reformatting my MA essay into APA style]] is my idea of hell",
                PL,
                E,
                "tweet",
                "school_name",
                "APA the citation style",
            )
        ),
        dict(
            text=p.L(
                "[[The Ashcombe School in Dorking]] beat my nephew's team 3-1, fair play",
                PL,
                E,
                "tweet",
                "school_name",
                "another school with a similar name",
            )
        ),
        dict(
            text=p.L(
                "[[Swindon Town 2-0 up at half time]] 🔴",
                PL,
                E,
                "tweet",
                "town",
                "the town's football club",
            )
        ),
        dict(
            text=p.L(
                "[[Referee today was an absolute clown]]",
                PL,
                E,
                "tweet",
                "negative_remark",
                "Sunday league referee, not the school community",
            )
        ),
        dict(
            text=p.L(
                "[[Cotswolds walk with the family]] 🌳",
                PL,
                E,
                "tweet",
                "location",
                "geotag 22 km away",
            ),
            coords=(51.7606, -1.8330),
        ),
        dict(
            text=p.L(
                "@swindonadvertiser [[Will the roadworks on Queens Drive ever end]]",
                PL,
                E,
                "reply",
                "pupil_name",
                "'Will' a word",
            ),
            reply_to=("swindonadvertiser", "20001234"),
        ),
        dict(
            text=p.L(
                "[[Miles and miles of traffic on the M4]]",
                PL,
                E,
                "tweet",
                "pupil_name",
                "'Miles' a word",
            )
        ),
        dict(
            text=p.L(
                "[[River Thames at Lechlade looking lovely]]",
                PL,
                E,
                "tweet",
                "pupil_name",
                "'River' a word",
            )
        ),
        dict(
            text=p.L(
                "[[Faith No More at Brixton was incredible]]",
                PL,
                E,
                "tweet",
                "pupil_name",
                "a band's name",
            )
        ),
        dict(
            text=p.L(
                "[[Proud of our Sunday league U10s, my Sam scored twice]]",
                PL,
                E,
                "tweet",
                "child_name",
                "own son",
            )
        ),
        dict(
            text=p.L(
                "[[Head chef tonight]], paella for 8 🥘",
                PL,
                E,
                "tweet",
                "job_title",
                "'head' not a school role",
            )
        ),
    ]
    for d in tw:
        d["ts"] = term_ts(rng)
        tweets.append(d)
    rng.shuffle(tweets)
    for i, d in enumerate(tweets):
        d["id"] = str(1830000000000000000 + i * 7919)
    me_id, kai_id, dad_id, gary_id = (
        "301122334",
        "1690000000000000123",
        "1520000000000000456",
        "440055667",
    )
    t1, t2, t3 = term_ts(rng), term_ts(rng), rand_ts(rng)
    dms = [
        {
            "id": f"{kai_id}-{me_id}",
            "messages": [
                (
                    kai_id,
                    me_id,
                    t1,
                    p.P(
                        "[[sir its kai from 8R can i still come to training thursday]]",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_connection",
                        ["6.7", "6.8"],
                        "a pupil writes to the user by DM",
                    ),
                ),
                (kai_id, me_id, t1 + 50, "pls reply"),
            ],
        },
        {
            "id": f"{dad_id}-{me_id}",
            "messages": [
                (dad_id, me_id, t2, "Hi Mr Okafor, Jayden's dad here, is he in trouble?"),
                (
                    me_id,
                    dad_id,
                    t2 + 900,
                    p.P(
                        "Hi, [[he's been in isolation twice this week for fighting]], we need a meeting",
                        PL,
                        E,
                        "message_1to1",
                        "confidential_topic",
                        ["6.5", "6.20"],
                        "a pupil's behaviour sanctions discussed with a parent by DM",
                    ),
                ),
                (
                    me_id,
                    dad_id,
                    t2 + 960,
                    p.P(
                        "[[Drop me a text on 07700 900218]] and we'll sort a time",
                        PL,
                        E,
                        "message_1to1",
                        "phone",
                        ["6.1", "6.2"],
                        "personal mobile given to a parent",
                    ),
                ),
            ],
        },
        {
            "id": f"{me_id}-{gary_id}",
            "messages": [
                (gary_id, me_id, t3, "Did you see that substitution?"),
                (
                    me_id,
                    gary_id,
                    t3 + 100,
                    p.L(
                        "[[sir alex would never have played him there]]",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_connection",
                        "'sir' is Sir Alex Ferguson; an adult friend",
                    ),
                ),
            ],
        },
    ]
    for n in range(10):
        a = str(500000000 + n)
        tt = rand_ts(rng)
        dms.append(
            {
                "id": f"{a}-{me_id}",
                "messages": [
                    (rng.choice([a, me_id]), me_id, tt + i * 700, m)
                    for i, m in enumerate(noise_chat(rng, 8))
                ],
            }
        )
    p.seen(bio, *[d["text"] for d in tweets], *[m[3] for c in dms for m in c["messages"]])
    W.x_archive(
        exp / E,
        {
            "account": {
                "email": "dan.okafor@hotmail.co.uk",
                "username": "dan_okafor9",
                "accountId": me_id,
                "accountDisplayName": ME,
            },
            "profile": {"bio": bio, "website": "", "location": "Swindon"},
            "tweets": tweets,
            "dms": dms,
            "followers": [str(900000000 + i) for i in range(180)],
            "following": [str(910000000 + i) for i in range(140)],
        },
    )

    # ------------------------------------------------------------------ Facebook (HTML)
    E, PL = "facebook-danokafor-2026-11-01-Zp4Kq9.zip", "facebook"
    prof = [
        ("Name", "Daniel Okafor"),
        ("Current city", "Swindon, United Kingdom"),
        ("Hometown", "Peckham, London"),
        (
            "Work",
            p.P(
                "[[Head of Year 8 at Ashcombe Park Academy]]",
                PL,
                E,
                "profile_field",
                "job_title",
                ["6.17"],
                "role and school in the profile",
            ),
        ),
        ("Relationship", "Married to Funmi Okafor"),
        ("Email", "dan.okafor@hotmail.co.uk"),
    ]
    posts = [{"ts": rand_ts(rng), "text": t} for t in noise_posts(rng, 240, PLACES, TEAMS, FAMILY)]
    fp = [
        dict(
            text=p.P(
                "Cracking result for our Year 9 girls, [[Brooke E scored a hat-trick]] ⚽",
                PL,
                E,
                "post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil + initial, school team",
            )
        ),
        dict(
            text=p.P(
                "Anyone know a good roofer near SN25 2GH? [[Storm took half the tiles]]",
                PL,
                E,
                "post",
                "postcode",
                ["5.1"],
                "home postcode",
            )
        ),
        dict(
            text=p.P(
                "Selling my old bike, [[collection from 9 Larkspur Drive]], cash only",
                PL,
                E,
                "post",
                "home_address",
                ["5.1"],
                "home address",
            )
        ),
        dict(
            text=p.P(
                "[[Open evening done, feet are ruined]] 😅",
                PL,
                E,
                "post",
                "location",
                ["5.1"],
                "place attachment: the school",
            ),
            place=school_place,
        ),
        dict(
            text=p.P(
                "[[Kids at work were feral today]], roll on half term",
                PL,
                E,
                "post",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about the school's pupils",
            )
        ),
        dict(
            text=p.P(
                "[[Shout out to Tariq in 8R]] who ran his first 5k today 👏",
                PL,
                E,
                "post",
                "child_name",
                ["3.3", "6.20", "6.21"],
                "unlisted child with his form",
            )
        ),
        dict(
            text=p.L(
                "[[Sam lost his first tooth]] tonight 🦷 tooth fairy owes him big",
                PL,
                E,
                "post",
                "child_name",
                "own son",
            )
        ),
        dict(
            text=p.L(
                "[[Ruby's first day at nursery]] 🎒",
                PL,
                E,
                "post",
                "child_name",
                "own daughter at nursery",
            )
        ),
        dict(
            text=p.L(
                "[[Ashcombe Tennis Club summer social]] this Saturday",
                PL,
                E,
                "post",
                "school_name",
                "a club with a similar name",
            )
        ),
        dict(
            text=p.L(
                "[[Faith restored in humanity]], someone handed my wallet in",
                PL,
                E,
                "post",
                "pupil_name",
                "'faith' a word",
            )
        ),
        dict(
            text=p.L(
                "[[Hunter wellies on, off to the farm]] 🐄",
                PL,
                E,
                "post",
                "pupil_name",
                "'Hunter' a brand",
            )
        ),
        dict(
            text=p.L(
                "[[Chloe from the gym has got engaged]]! 💍",
                PL,
                E,
                "post",
                "pupil_name",
                "an adult Chloe",
            )
        ),
        dict(
            text=p.L(
                "[[Call Swindon Roofing on 01632 960444]], sorted ours in a day",
                PL,
                E,
                "post",
                "phone",
                "a business's number",
            )
        ),
        dict(
            text=p.L(
                "[[Viewing a house at 14 Beech Grove]] tomorrow for my brother",
                PL,
                E,
                "post",
                "home_address",
                "an address that is not home",
            )
        ),
        dict(
            text=p.L(
                "[[Weather has been horrendous all week]]",
                PL,
                E,
                "post",
                "negative_remark",
                "weather",
            )
        ),
        dict(
            text=p.L(
                "[[Marking 90 books this weekend, send coffee]] ☕",
                PL,
                E,
                "post",
                "teaching_chat",
                "general teaching chat",
            )
        ),
        dict(
            text=p.L(
                "[[River Cottage recipe for Sunday]]",
                PL,
                E,
                "post",
                "pupil_name",
                "'River' in a title",
            )
        ),
        dict(
            text=p.L(
                "[[Congratulations Brooke and Jamie on your wedding]] 🥂",
                PL,
                E,
                "post",
                "pupil_name",
                "an adult Brooke",
            )
        ),
        dict(
            text=p.L(
                "[[Picnic at Lydiard Park]] 🧺",
                PL,
                E,
                "post",
                "location",
                "park 7 km from school, 6 km from home",
            ),
            place=("Lydiard Park", 51.5591, -1.8523, "Lydiard Tregoze, Swindon SN5 3PA"),
        ),
        dict(
            text=p.L(
                "[[Ta for the lift, Gary]]",
                PL,
                E,
                "post",
                "job_title",
                "'Ta' means thanks, not a TA",
            )
        ),
    ]
    for d in fp:
        d["ts"] = term_ts(rng)
        posts.append(d)
    rng.shuffle(posts)
    comments = [
        {
            "ts": rand_ts(rng),
            "on": rng.choice(ADULTS),
            "text": rng.choice(
                [
                    "Get in!",
                    "Happy birthday mate",
                    "Congrats!!",
                    "Class",
                    "Haha quality",
                    "Looks great",
                    "Well done bro",
                    "Gutted",
                ]
            )
            + rng.choice(["", "!", " 👏", " 🔥"]),
        }
        for _ in range(80)
    ]
    comments += [
        {
            "ts": term_ts(rng),
            "on": "Swindon Advertiser",
            "text": p.P(
                "[[Best school in Swindon, Ashcombe Park all the way]] 💙",
                PL,
                E,
                "comment",
                "school_name",
                ["5.1"],
                "school named in a comment on a news page",
            ),
        },
        {
            "ts": term_ts(rng),
            "on": "Swindon Harriers",
            "text": p.P(
                "Sasha P [[is going to be a star, told her mum she should try county trials]]",
                PL,
                E,
                "comment",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "nickname + initial of a listed pupil",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "Lucy Brind",
            "text": p.L(
                "[[Lucy, congrats on the new baby]] 💕",
                PL,
                E,
                "comment",
                "pupil_name",
                "an adult Lucy",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "Jessica Lowell",
            "text": p.L(
                "[[Happy retirement Jessica Lowell]]! Enjoy it",
                PL,
                E,
                "comment",
                "pupil_name",
                "adult whose name extends a listed pupil's (Jessica Lowe)",
            ),
        },
    ]
    friends = sorted((n, rand_ts(rng, (2010, 1, 1), (2026, 6, 1))) for n in ADULTS)
    friends += [
        (f"{f} {s}", rand_ts(rng, (2010, 1, 1), (2026, 6, 1)))
        for f, s in zip(
            [
                "Adam",
                "Becky",
                "Connor",
                "Danny",
                "Fran",
                "Gavin",
                "Hollie",
                "Joel",
                "Kris",
                "Leon",
                "Nadia",
                "Pete",
                "Sunil",
                "Toby",
            ]
            * 10,
            ["Cox", "Drew", "Ferris", "Gale", "Hook", "Judd", "Kemp", "Lane", "Moss", "Ross"] * 14,
            strict=False,
        )
    ]
    friends = sorted(set(friends))
    friends.append(
        (
            p.P(
                "[[Callum Fraser]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil is a Facebook friend",
            ),
            ts(2025, 10, 3),
        )
    )
    friends.append(
        (
            p.P(
                "[[Skye Morgan]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil is a Facebook friend",
            ),
            ts(2026, 1, 22),
        )
    )
    friends.append(
        (
            p.L(
                "[[Kai Robertson]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                "adult whose name is close to a listed pupil's",
            ),
            ts(2014, 5, 5),
        )
    )
    friends.append(
        (
            p.L(
                "[[Megan Rhoades]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                "adult, one letter from a listed pupil",
            ),
            ts(2016, 8, 8),
        )
    )
    t0, tg, tl, tt = term_ts(rng), term_ts(rng), term_ts(rng), rand_ts(rng)
    threads = [
        {
            "title": "Gary Hunt",
            "participants": [ME, "Gary Hunt"],
            "messages": [
                ("Gary Hunt", t0, "Liam's back from Dubai, pints Friday?"),
                (ME, t0 + 200, "Go on then"),
                ("Gary Hunt", t0 + 600, "How's the new job going?"),
                (
                    ME,
                    t0 + 1200,
                    p.P(
                        "Grand. Except Liam O'Connor in 8R, [[kid is an absolute nightmare]], might have a word with his mum",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        ["6.5", "6.13"],
                        "4th message names a pupil; first message (adult Liam) is a false lead",
                    ),
                ),
                ("Gary Hunt", t0 + 1500, "Ha, sounds like you at that age"),
            ],
        },
        {
            "title": "Year 8 residential volunteers",
            "participants": [ME, "Jo Merritt", "Kerry Eatwell", "Sean Mills", "Tracy Neate"],
            "messages": [
                (ME, tg, "Dan Okafor named the group Year 8 residential volunteers."),
                (
                    ME,
                    tg + 100,
                    p.P(
                        "[[Rooms for the Year 8 residential are sorted]], thanks all for volunteering",
                        PL,
                        E,
                        "message_group",
                        "school_group",
                        ["9.1", "6.6"],
                        "a school-trip group the user set up with parent volunteers",
                        group="Year 8 residential volunteers",
                    ),
                ),
                ("Jo Merritt", tg + 500, "Brilliant, thanks Dan"),
                (
                    ME,
                    tg + 900,
                    p.P(
                        "[[Ibrahim needs his inhaler on him at all times]], his mum says",
                        PL,
                        E,
                        "message_group",
                        "confidential_topic",
                        ["6.5", "6.20", "6.21"],
                        "a pupil's health information in a parents' group",
                    ),
                ),
            ],
        },
        {
            "title": "Lisa Rhodes",
            "participants": [ME, "Lisa Rhodes"],
            "messages": [
                ("Lisa Rhodes", tl, "Hi Mr Okafor it's Megan's mum, sorry to message you on here"),
                (
                    ME,
                    tl + 300,
                    p.P(
                        "[[Megan's doing really well in netball]], she should trial for the A team",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        ["6.5"],
                        "discussing a pupil with her parent",
                    ),
                ),
                (
                    ME,
                    tl + 400,
                    p.P(
                        "[[send the forms to dan.okafor.pe@gmail.com]], quicker than school email",
                        PL,
                        E,
                        "message_1to1",
                        "email",
                        ["6.1", "6.2"],
                        "personal email given to a parent",
                    ),
                ),
                ("Lisa Rhodes", tl + 800, "Will do, thanks!"),
            ],
        },
        {
            "title": "Tunde Okafor",
            "participants": [ME, "Tunde Okafor"],
            "messages": [
                (
                    "Tunde Okafor",
                    tt,
                    p.L(
                        "[[Harvey Nichols sale is on]], Funmi will love it",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        "a shop's name",
                    ),
                ),
                (
                    ME,
                    tt + 300,
                    p.L(
                        "[[Sophie's wedding is in June]], you going?",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_name",
                        "adult cousin Sophie",
                    ),
                ),
            ]
            + [
                (rng.choice([ME, "Tunde Okafor"]), tt + 1000 + i * 5000, m)
                for i, m in enumerate(noise_chat(rng, 50))
            ],
        },
    ]
    for n in ADULTS[1:10]:
        t = rand_ts(rng)
        threads.append(
            {
                "title": n,
                "participants": [ME, n],
                "messages": [
                    (rng.choice([ME, n]), t + i * 800, m)
                    for i, m in enumerate(noise_chat(rng, rng.randint(4, 20)))
                ],
            }
        )
    p.seen(
        *[v for _, v in prof],
        *[d["text"] for d in posts],
        *[c["text"] for c in comments],
        *[f for f, _ in friends],
    )
    for th in threads:
        p.seen(*[m[2] for m in th["messages"]])
    W.facebook_html(
        exp / E,
        {
            "owner": ME,
            "profile": prof,
            "posts": posts,
            "comments": comments,
            "friends": friends,
            "threads": threads,
        },
    )

    # ------------------------------------------------------------------ LinkedIn (complete)
    E, PL = "Complete_LinkedInDataExport_11-01-2026.zip", "linkedin"
    head = p.P(
        "[[PE Teacher and Head of Year 8 | Ashcombe Park Academy]]",
        PL,
        E,
        "profile_field",
        "job_title",
        ["6.17"],
        "role and school in the headline",
    )
    addr = p.P(
        "[[9 Larkspur Drive, Swindon]]",
        PL,
        E,
        "profile_field",
        "home_address",
        ["5.1"],
        "home address in the profile",
    )
    desc = p.P(
        "Leading a team of nine tutors; [[PE department since 2016]]",
        PL,
        E,
        "profile_field",
        "job_title",
        ["6.17"],
        "position description at the school",
    )
    shares = [
        [
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 1{rng.randint(0, 9)}:30:00",
            f"https://www.linkedin.com/feed/update/urn:li:activity:{7210000000000000000 + i}",
            rng.choice(
                [
                    "Great read on physical literacy",
                    "Sharing this on pastoral leadership",
                    "Good piece on attendance",
                    "Interesting research on sport and wellbeing",
                ]
            )
            + f" (#{i})",
            "",
            "",
            "PUBLIC",
        ]
        for i in range(30)
    ]
    shares += [
        [
            "2026-02-10 16:00:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001",
            p.P(
                "Proud of our Year 8 leadership team: Amira H and Rhys J [[ran the whole charity day]]",
                PL,
                E,
                "linkedin_post",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "two listed pupils + initials",
            ),
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-07-18 18:10:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002",
            p.P(
                "[[Huge thanks to everyone at Ashcombe Park for an unforgettable Year 8 residential]]",
                PL,
                E,
                "linkedin_post",
                "school_name",
                ["5.1"],
                "school by its alias",
            ),
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-03-03 07:45:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000003",
            p.L(
                "[[Reflections on a decade of teaching PE]]: resilience matters more than talent",
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
    lcom = [
        [
            "2026-04-01 12:00:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7411111111111111111",
            p.P(
                "[[Great to see Ashcombe Park Academy mentioned here]]!",
                PL,
                E,
                "comment",
                "school_name",
                ["5.1"],
                "school named in a comment",
            ),
        ],
        [
            "2026-05-01 12:00:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7411111111111111112",
            p.L(
                "[[Congrats Callum on the new role at Nationwide]]",
                PL,
                E,
                "comment",
                "pupil_name",
                "an adult Callum",
            ),
        ],
    ]
    lcom += [
        [
            f"2025-0{rng.randint(1, 9)}-2{rng.randint(0, 8)} 09:00:00",
            f"https://www.linkedin.com/feed/update/urn:li:activity:{7420000000000000000 + i}",
            rng.choice(
                ["Congratulations!", "Brilliant news", "Well deserved", "Thanks for sharing"]
            )
            + "!" * (i % 4),
        ]
        for i in range(20)
    ]
    msgs = [
        [
            "conv-aa11",
            "",
            "Nicky Stroud",
            "https://www.linkedin.com/in/nicky-stroud",
            ME,
            "https://www.linkedin.com/in/dan-okafor",
            "2026-03-02 09:14:00 UTC",
            "Tyler-Jay",
            "Hi Dan, any news on the paperwork?",
            "INBOX",
            "",
        ],
        [
            "conv-aa11",
            "",
            ME,
            "https://www.linkedin.com/in/dan-okafor",
            "Nicky Stroud",
            "https://www.linkedin.com/in/nicky-stroud",
            "2026-03-02 10:01:00 UTC",
            "Re: Tyler-Jay",
            p.P(
                "re Tyler-Jay, [[his EHCP paperwork is still with the LA]], chase before Friday",
                PL,
                E,
                "message_1to1",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's SEN process discussed by LinkedIn message",
            ),
            "INBOX",
            "",
        ],
        [
            "conv-bb22",
            "",
            "Hannah Price (Recruiter)",
            "https://www.linkedin.com/in/hannah-recruits",
            ME,
            "https://www.linkedin.com/in/dan-okafor",
            "2026-06-10 08:00:00 UTC",
            "Opportunity",
            p.L(
                "[[Exciting Head of Department role in Bristol]], would you be open to a chat?",
                PL,
                E,
                "message_1to1",
                "job_title",
                "a recruiter's message about another job",
            ),
            "INBOX",
            "",
        ],
    ]
    conns = [
        [
            a.split()[0],
            a.split()[1],
            f"https://www.linkedin.com/in/{a.replace(' ', '-').lower()}",
            "",
            "Swindon Borough Council",
            "Officer",
            f"{rng.randint(10, 28)} Mar 2023",
        ]
        for a in ADULTS
    ]
    conns.append(
        [
            p.L(
                "[[Ethan Pryce]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                "adult, near-spelling of a listed pupil",
            ),
            "",
            "https://www.linkedin.com/in/ethan-pryce",
            "",
            "Nationwide",
            "Analyst",
            "02 Feb 2021",
        ]
    )
    conns[-1] = ["Ethan", "Pryce", *conns[-1][2:]]
    p.seen(
        head,
        addr,
        desc,
        *[s[2] for s in shares],
        *[c[2] for c in lcom],
        *[m[8] for m in msgs],
        "Ethan Pryce",
    )
    W.linkedin(
        exp / E,
        {
            "profile": [
                "Daniel",
                "Okafor",
                "",
                addr,
                "Aug 2",
                head,
                "PE teacher and pastoral lead. Football, fitness and family.",
                "Education Management",
                "SN25 2GH",
                "Swindon, England, United Kingdom",
                "[dan_okafor9]",
                "",
                "",
            ],
            "positions": [
                [
                    "Ashcombe Park Academy",
                    "Head of Year 8",
                    desc,
                    "Swindon, England, United Kingdom",
                    "Sep 2016",
                    "",
                ]
            ],
            "education": [
                [
                    "University of Bath",
                    "2009",
                    "2012",
                    "",
                    "BSc Sport and Exercise Science",
                    "Football 1st XI",
                ],
                ["University of Bath", "2012", "2013", "", "PGCE Secondary Physical Education", ""],
            ],
            "connections": conns,
            "shares": shares,
            "comments": lcom,
            "messages": msgs,
            "skills": ["Physical Education", "Pastoral Care", "Coaching"],
            "email": "dan.okafor@hotmail.co.uk",
        },
    )

    # ------------------------------------------------------------------ Instagram (JSON)
    E, PL = "instagram-dan.okafor.fit-2026-11-01-Wq7Re2.zip", "instagram"
    igbio = p.L(
        "[[Dad to Sam & Ruby]] 👨‍👧‍👦 | football | Swindon",
        PL,
        E,
        "bio",
        "child_name",
        "own children named in the bio",
    )
    igposts = [
        {"ts": rand_ts(rng), "text": t} for t in noise_posts(rng, 150, PLACES, TEAMS, FAMILY)
    ]
    for d in [
        dict(
            text=p.P(
                "Match day with the U13s ⚽ [[proud of every one of them, esp. Ethan P]]",
                PL,
                E,
                "caption",
                "pupil_name",
                ["3.3", "6.16", "6.20"],
                "listed pupil + initial on a school team photo",
            )
        ),
        dict(
            text=p.P(
                "[[Ashcombe Park sixth form football tour]] 🇪🇸",
                PL,
                E,
                "caption",
                "school_name",
                ["5.1", "6.16"],
                "school alias in a caption",
            )
        ),
        dict(
            text=p.P(
                "[[New home gym in the garage]] 💪",
                PL,
                E,
                "caption",
                "location",
                ["5.1"],
                "photo EXIF GPS at home",
            ),
            exif=(51.60338, -1.79405),
        ),
        dict(
            text=p.P(
                "[[Welcome to our new Year 8 boy Jakub]], settling in brilliantly 👏",
                PL,
                E,
                "caption",
                "child_name",
                ["3.3", "6.20", "6.21"],
                "unlisted child with year group",
            )
        ),
        dict(
            text=p.L(
                "[[Sam and Ruby at Cotswold Wildlife Park]] 🦒",
                PL,
                E,
                "caption",
                "child_name",
                "own children",
            )
        ),
        dict(
            text=p.L(
                "[[Isle of Skye road trip]] 🏴", PL, E, "caption", "pupil_name", "'Skye' the island"
            )
        ),
    ]:
        d["ts"] = term_ts(rng)
        igposts.append(d)
    rng.shuffle(igposts)
    igc = [
        {
            "ts": rand_ts(rng),
            "on": rng.choice(["swindonharriers", "gary.hunt", "fitfam_uk", "tunde_ok"]),
            "text": rng.choice(["Beast 💪", "Class", "Get in", "🔥🔥", "Proper", "Nice one"]),
        }
        for _ in range(60)
    ]
    igc += [
        {
            "ts": term_ts(rng),
            "on": "ashcombeparkacademy",
            "text": p.P(
                "[[@apa_pe_dept brilliant sports day]] 🏅",
                PL,
                E,
                "comment",
                "school_name",
                ["5.1"],
                "school initialism inside a handle with school words",
            ),
        },
        {
            "ts": term_ts(rng),
            "on": "swindon_netball",
            "text": p.P(
                "[[Olivia N from my form won this]] 🎉",
                PL,
                E,
                "comment",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil + initial with form context",
            ),
        },
        {
            "ts": rand_ts(rng),
            "on": "marcus.runs",
            "text": p.L(
                "[[Marcus, great race mate]] 🏃", PL, E, "comment", "pupil_name", "an adult Marcus"
            ),
        },
    ]
    fol = [(f"{a.split()[0].lower()}_{a.split()[1].lower()}", rand_ts(rng)) for a in ADULTS]
    fol += [
        (
            p.P(
                "[[kai.robinson_08]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil follows the user",
            ),
            term_ts(rng),
        ),
        (
            p.P(
                "[[hunter.graves2011]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil (word-name) follows the user",
            ),
            term_ts(rng),
        ),
        (
            p.L("[[tunde_ok]]", PL, E, "connection", "pupil_connection", "the user's brother"),
            rand_ts(rng),
        ),
    ]
    t9 = term_ts(rng)
    igth = [
        {
            "title": "freya.doyle.x",
            "participants": ["freya.doyle.x", "Dan Okafor"],
            "messages": [
                (
                    "freya.doyle.x",
                    t9,
                    p.P(
                        "[[sir are u coming to the match saturday]]",
                        PL,
                        E,
                        "message_1to1",
                        "pupil_connection",
                        ["6.7", "6.8"],
                        "a listed pupil messages the user",
                    ),
                ),
                ("freya.doyle.x", t9 + 40, "👀"),
            ],
        }
    ]
    p.seen(
        igbio,
        *[d["text"] for d in igposts],
        *[c["text"] for c in igc],
        *[u for u, _ in fol],
        *[m[2] for m in igth[0]["messages"]],
    )
    W.instagram_json(
        exp / E,
        {
            "profile": {
                "username": "dan.okafor.fit",
                "name": ME,
                "bio": igbio,
                "email": "dan.okafor@hotmail.co.uk",
                "gender": "male",
            },
            "posts": igposts,
            "comments": igc,
            "followers": fol,
            "following": [
                (u, rand_ts(rng)) for u in ["swindontownfc", "premierleague", "gymshark"]
            ],
            "threads": igth,
        },
    )

    # ------------------------------------------------------------------ WhatsApp (iOS)
    PL = "whatsapp"
    E = "WhatsApp Chat - Year 8 Football Parents.zip"
    g = "Year 8 Football Parents"
    t = ts(2025, 9, 8, 18, 0)
    lines = [
        (
            t,
            None,
            "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
        ),
        (t + 1, None, f"You created group “{g}”"),
        (
            t + 60,
            ME,
            p.P(
                "[[Welcome to the Year 8 football parents group]], fixtures will go on here",
                PL,
                E,
                "message_group",
                "school_group",
                ["9.1", "6.6"],
                "a parents' group for a school team, created by the user",
                group=g,
            ),
        ),
    ]
    parents = [
        "Sarah Lloyd",
        "Mark Reid",
        "Dionne Walsh",
        "Kevin Pearce",
        "Agata Nowicka",
        "Lisa Rhodes",
    ]
    for _ in range(80):
        t += rng.randint(3600, 86400 * 2)
        lines.append(
            (
                t,
                rng.choice(parents),
                rng.choice(
                    [
                        "Thanks Dan",
                        "👍",
                        "What time is kick off?",
                        "Is it home or away?",
                        "Cheers",
                        "Great game lads!",
                        "Can someone give us a lift?",
                        "Thanks for organising",
                    ]
                ),
            )
        )
    b = ts(2025, 11, 20, 19, 0)
    lines += [
        (
            b,
            ME,
            p.P(
                "Mason R and Kieran W [[you'll need collecting from the front gate]]",
                PL,
                E,
                "message_group",
                "pupil_name",
                ["6.5"],
                "pupils named in the parents' group",
            ),
        ),
        (
            b + 60,
            ME,
            p.P(
                "[[Any problems ring my mobile 07700 900218]]",
                PL,
                E,
                "message_group",
                "phone",
                ["6.1", "6.2"],
                "personal mobile given to parents",
            ),
        ),
        (b + 86400 * 7, "Dionne Walsh", "Is Kieran in the squad Saturday?"),
        (
            b + 86400 * 7 + 400,
            ME,
            p.P(
                "Sorry Dionne, [[he's excluded till Monday sadly, can't play]]",
                PL,
                E,
                "message_group",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's exclusion disclosed in the group",
            ),
        ),
        (
            b + 86400 * 12,
            "Kevin Pearce",
            p.P(
                "[[Lucy won't be at training, she's got the dentist]]",
                PL,
                E,
                "message_group",
                "pupil_name",
                ["6.5"],
                "a parent names a pupil in the user's group",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_ios(exp / E, g, lines)

    E = "WhatsApp Chat - Tunde.zip"
    t = ts(2024, 1, 3, 20, 0)
    lines = [
        (t + i * rng.randint(3000, 70000), rng.choice([ME, "Tunde"]), m)
        for i, m in enumerate(noise_chat(rng, 160))
    ]
    b = ts(2026, 1, 25, 21, 0)
    lines += [
        (
            b,
            ME,
            p.P(
                "Kai Robinson's [[dad was shouting at me on the touchline]] again",
                PL,
                E,
                "message_1to1",
                "pupil_name",
                ["6.5"],
                "a pupil and his parent discussed with a relative",
            ),
        ),
        (
            b + 86400 * 20,
            ME,
            p.P(
                "[[The new head is a total clown]], sacked two TAs to pay for his office",
                PL,
                E,
                "message_1to1",
                "negative_remark",
                ["6.13", "6.20"],
                "derogatory remark about the head and a staffing matter",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_ios(exp / E, "Tunde", lines)

    E = "WhatsApp Chat - Jayden Cole.zip"
    t = term_ts(rng)
    lines = [
        (
            t,
            None,
            "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
        ),
        (
            t + 10,
            "Jayden Cole",
            p.P(
                "[[sir is it true we got a match on weds]]",
                PL,
                E,
                "message_1to1",
                "pupil_connection",
                ["6.7", "6.8"],
                "a listed pupil messages the user on WhatsApp",
            ),
        ),
        (t + 400, ME, "Ask me in school Jayden"),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_ios(exp / E, "Jayden Cole", lines)

    E = "WhatsApp Chat - Funmi ❤️.zip"
    t = ts(2023, 2, 1, 8, 0)
    lines = [
        (t + i * rng.randint(2000, 50000), rng.choice([ME, "Funmi"]), m)
        for i, m in enumerate(noise_chat(rng, 350))
    ]
    b = ts(2025, 5, 1, 12, 0)
    for i, (who, text) in enumerate(
        [
            (
                "Funmi",
                p.L(
                    "[[Sam's got a temperature, can you grab Calpol]]",
                    PL,
                    E,
                    "message_1to1",
                    "child_name",
                    "own son",
                ),
            ),
            (
                ME,
                p.L(
                    "[[Ruby wants the Frozen cake for her birthday]]",
                    PL,
                    E,
                    "message_1to1",
                    "child_name",
                    "own daughter",
                ),
            ),
            (
                "Funmi",
                p.L(
                    "[[Faith and Kwame are coming over Sunday]]",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "adult friend Faith",
                ),
            ),
            (
                "Funmi",
                p.L(
                    "[[Grandma's new number is 07700 900651]]",
                    PL,
                    E,
                    "message_1to1",
                    "phone",
                    "a relative's number, family chat",
                ),
            ),
            (
                ME,
                p.L(
                    "[[Josh the electrician is coming at 8]]",
                    PL,
                    E,
                    "message_1to1",
                    "pupil_name",
                    "an adult tradesman Josh",
                ),
            ),
            (
                "Funmi",
                p.L(
                    "[[Booked Sam's swimming at the Link Centre]]",
                    PL,
                    E,
                    "message_1to1",
                    "child_name",
                    "own son's activity",
                ),
            ),
        ]
    ):
        lines.append((b + i * 86400 * 13, who, text))
    p.seen(*[x[2] for x in lines])
    W.whatsapp_ios(exp / E, "Funmi ❤️", lines)

    E = "WhatsApp Chat - Sunday League Lads.zip"
    g = "Sunday League Lads"
    t = ts(2024, 8, 1, 18, 0)
    lads = ["Gary Hunt", "Reece Taylor", "Wayne Fitch", "Lee Brind", "Sean Mills"]
    lines = [
        (
            t,
            None,
            "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
        ),
        (t + 1, None, f"You created group “{g}”"),
        (
            t + 30,
            ME,
            p.L(
                "[[Welcome to Sunday League Lads]], subs are £5",
                PL,
                E,
                "message_group",
                "school_group",
                "an adult football group the user created",
                group=g,
            ),
        ),
    ]
    for _ in range(90):
        t += rng.randint(3600, 86400 * 3)
        lines.append(
            (
                t,
                rng.choice([*lads, ME]),
                rng.choice(
                    [
                        "In",
                        "Out this week",
                        "Who's got the bibs?",
                        "Pitch 3 again",
                        "Pints after?",
                        "What a finish 🔥",
                        "Unlucky lads",
                        "Kick off 10:30",
                    ]
                ),
            )
        )
    lines += [
        (
            t + 3600,
            "Gary Hunt",
            p.L(
                "[[Reece can't make it, hamstring]]",
                PL,
                E,
                "message_group",
                "pupil_name",
                "an adult Reece",
            ),
        ),
        (
            t + 7200,
            "Wayne Fitch",
            p.L(
                "[[ref was a joke today lads]]",
                PL,
                E,
                "message_group",
                "negative_remark",
                "a referee, not the school",
            ),
        ),
    ]
    p.seen(*[x[2] for x in lines])
    W.whatsapp_ios(exp / E, g, lines)

    # ------------------------------------------------------------------ TikTok
    E, PL = "TikTok_Data_1761991200.zip", "tiktok"
    vids = [{"ts": rand_ts(rng), "text": t} for t in noise_posts(rng, 90, PLACES, TEAMS, FAMILY)]
    vids += [
        {
            "ts": term_ts(rng),
            "text": p.P(
                "[[Year 8 vs staff netball, staff got destroyed]] 😂 #ashcombepark",
                PL,
                E,
                "tiktok_caption",
                "school_name",
                ["5.1"],
                "school name as a lower-case hashtag",
            ),
        },
        {
            "ts": rand_ts(rng),
            "text": p.L(
                "[[Teaching PE in the rain be like]] 🌧️",
                PL,
                E,
                "tiktok_caption",
                "teaching_chat",
                "general teaching chat",
            ),
        },
        {
            "ts": rand_ts(rng),
            "text": p.L(
                "[[Sam's first football trophy]] 🏆",
                PL,
                E,
                "tiktok_caption",
                "child_name",
                "own son",
            ),
        },
    ]
    rng.shuffle(vids)
    ttc = [
        {
            "ts": rand_ts(rng),
            "text": rng.choice(["😂😂", "facts", "bro 💀", "so real", "W", "need this"]),
        }
        for _ in range(50)
    ]
    ttc += [
        {
            "ts": term_ts(rng),
            "text": p.P(
                "Zainab A [[in my tutor group would smash this]] 😂",
                PL,
                E,
                "comment",
                "pupil_name",
                ["3.3", "6.20", "6.21"],
                "listed pupil + initial with tutor-group context",
            ),
        },
        {
            "ts": rand_ts(rng),
            "text": p.L(
                "[[Olivia Rodrigo at Glastonbury was class]]",
                PL,
                E,
                "comment",
                "pupil_name",
                "a singer's name",
            ),
        },
    ]
    ttf = [(f"user{rng.randint(10**6, 10**7)}", rand_ts(rng)) for _ in range(40)]
    ttf.append(
        (
            p.P(
                "[[tylerjay_simmons08]]",
                PL,
                E,
                "connection",
                "pupil_connection",
                ["6.7"],
                "a listed pupil (hyphen dropped) follows the user",
            ),
            term_ts(rng),
        )
    )
    p.seen(*[v["text"] for v in vids], *[c["text"] for c in ttc], *[u for u, _ in ttf])
    W.tiktok(
        exp / E,
        {
            "profile": {
                "bio": "football | fitness | family",
                "birth": "02-Aug-1990",
                "email": "dan.okafor@hotmail.co.uk",
                "userName": "dan_okafor9",
            },
            "watch": sorted(rand_ts(rng) for _ in range(250)),
            "searches": [(rand_ts(rng), s) for s in ["hiit workout", "arsenal goals", "jollof"]],
            "followers": ttf,
            "following": [(u, rand_ts(rng)) for u in ["premierleague", "gymshark"]],
            "comments": ttc,
            "dms": {},
            "videos": vids,
        },
    )

    # ------------------------------------------------------------------ Reddit
    E, PL = "export_throwaway_pe_sw_20261101.zip", "reddit"
    rposts = [
        {
            "ts": rand_ts(rng),
            "sub": rng.choice(["Swindon", "FantasyPL", "running", "Cooking"]),
            "title": rng.choice(
                [
                    "Best curry in town?",
                    "Wildcard now?",
                    "First half marathon tips",
                    "Jollof rice tips",
                ]
            )
            + f" {i}",
            "body": rng.choice(["Any advice welcome", "Thanks in advance", "Cheers all"]),
        }
        for i in range(30)
    ]
    rposts += [
        {
            "ts": term_ts(rng),
            "sub": "TeachingUK",
            "title": "HoY at a Swindon academy, need advice",
            "body": p.P(
                "[[Kid in my Year 8 form has been self-harming]] and the safeguarding team have done nothing",
                PL,
                E,
                "post",
                "confidential_topic",
                ["6.20", "6.21"],
                "a pupil's safeguarding matter, school identifiable",
            ),
        },
        {
            "ts": rand_ts(rng),
            "sub": "TeachingUK",
            "title": "Marking",
            "body": p.L(
                "[[How do you all handle marking load]] in the run-up to mocks?",
                PL,
                E,
                "post",
                "teaching_chat",
                "general teaching chat",
            ),
        },
        {
            "ts": rand_ts(rng),
            "sub": "TeachingUK",
            "title": "Ofsted",
            "body": p.L(
                "[[Unpopular opinion: the new Ofsted framework is pointless]]",
                PL,
                E,
                "post",
                "negative_remark",
                "frustration with a policy",
            ),
        },
    ]
    rcom = [
        {
            "ts": rand_ts(rng),
            "sub": rng.choice(["Swindon", "FantasyPL", "running"]),
            "body": rng.choice(
                ["This.", "Agreed", "Haaland captain", "Lovely spot", "Try the Brunel centre"]
            )
            + f" {i}",
        }
        for i in range(40)
    ]
    rcom += [
        {
            "ts": term_ts(rng),
            "sub": "TeachingUK",
            "body": p.P(
                "[[Our head is a clown who only cares about Ofsted]]",
                PL,
                E,
                "comment",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about the headteacher",
            ),
        },
        {
            "ts": term_ts(rng),
            "sub": "Swindon",
            "body": p.P(
                "I work at Ashcombe Park, [[the parents there are the worst in Swindon]]",
                PL,
                E,
                "comment",
                "negative_remark",
                ["6.13", "6.14", "5.1"],
                "derogatory remark about the school's parents, school named",
            ),
        },
        {
            "ts": rand_ts(rng),
            "sub": "TeachingUK",
            "body": p.L(
                "[[Behaviour policy in my school is too soft]] but the staff are lovely",
                PL,
                E,
                "comment",
                "negative_remark",
                "frustration with a policy, attacks no one",
            ),
        },
        {
            "ts": rand_ts(rng),
            "sub": "Swindon",
            "body": p.L(
                "[[Anyone know if Faith Bakery on Commercial Road]] is still open?",
                PL,
                E,
                "comment",
                "pupil_name",
                "a business called Faith",
            ),
        },
    ]
    p.seen(*[r["title"] + " " + r["body"] for r in rposts], *[c["body"] for c in rcom])
    W.reddit(
        exp / E,
        {
            "posts": rposts,
            "comments": rcom,
            "messages": [],
            "subs": ["TeachingUK", "Swindon", "FantasyPL", "running"],
            "username": "throwaway_pe_sw",
        },
    )
    return p
