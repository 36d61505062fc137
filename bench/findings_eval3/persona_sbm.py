"""Persona *sbm*: Nicola ("Nic") Brennan, School Business Manager of Fernclough Junior School
(7–11), Romiley, Stockport. Downloads: Facebook JSON, Instagram JSON, WhatsApp Android (.txt),
LinkedIn, Reddit, YouTube. Fictional school, people and numbers (Ofcom drama ranges)."""

from __future__ import annotations

from pathlib import Path

import writers as W
from common import Persona, noise_chat, noise_posts, rand_ts, term_ts, ts
from kit import adults, chat_noise, strings

KEY = "sbm"
ME = "Nicola Brennan"
WA_ME = "Nic Brennan"
SCHOOL = (53.4050, -2.0890)
SCHOOL_PLACE = ("Fernclough Junior School", 53.4050, -2.0890, "Fernclough Lane, Romiley SK6 2RT")

PROFILE = """[school]
name = "Fernclough Junior School"
aliases = ["Fernclough Juniors", "FJS"]
town = "Stockport"
postcode = "SK6 2RT"
location = [53.4050, -2.0890]
official_channels = ["the school office", "ParentMail"]

[you]
name = "Nicola Brennan"
other_names = ["Nic Brennan", "Nic", "Mrs B", "nicb_bakes"]
roles = ["School Business Manager", "office manager"]
home_address = "27 Hollyhedge Close, Romiley"
home_postcode = "SK6 4LW"
home_location = [53.4141, -2.0902]
children = ["Ruby", "Jack"]

[pupils]
names_file = "pupils.txt"
"""

PUPILS = """Hope Marsden
Joy Adebayo
Autumn Clegg
Summer Leigh-Davies
Rowan O'Neill
Siobhán Gallagher
Zoë Kowalczyk
Chloé Dubois
Mason Fielding
Harvey Mistry-Shaw
Isla McCormack
Jayden Broadbent
Amelia-Rose Pickup
Oliver Tattersall
Freya Nuttall
Mohammed Iqbal
Aisha Begum
Kai Whitehead
Archie Lomax
Daisy Kershaw
Patience Mensah
Reggie Thistlethwaite
Maisie D'Souza
Bobby Quinlan
Noah Greenhalgh
Evie-May Crossley
Tomás Ferreira
Leo Birchall
Sophie Dawson
Brooke Haslam
Frankie Ogunleye
Matilda Shawcross
William Okonjo
"""

PLACES = [
    "Anglesey",
    "Lytham",
    "Buxton",
    "Llandudno",
    "Hebden Bridge",
    "Whitby",
    "Chester",
    "Keswick",
]
TEAMS = ["Stockport County", "Man City", "Man United", "Macclesfield", "Oldham", "Bolton", "Wigan"]
FAMILY = ["Steve", "the kids", "Mum and Dad", "my sister Claire", "the in-laws"]

PUPIL_CL = ["3.3", "6.20", "6.21", "6.16"]


def build(pdir: Path) -> Persona:
    p = Persona(KEY, 33017)
    r = p.rng
    (pdir / "profile").mkdir(parents=True)
    (pdir / "profile" / "school.toml").write_text(PROFILE, encoding="utf-8")
    (pdir / "profile" / "pupils.txt").write_text(PUPILS, encoding="utf-8")
    exp = pdir / "exports"
    exp.mkdir()
    _facebook(p, r, exp)
    _instagram(p, r, exp)
    _whatsapp(p, r, exp)
    _linkedin(p, r, exp)
    _reddit(p, r, exp)
    _youtube(p, r, exp)
    return p


# ------------------------------------------------------------------------------ Facebook JSON


def _facebook(p: Persona, r, exp: Path) -> None:
    X = "facebook-nicbrennan-2026.zip"
    PL = "facebook_json"
    posts, comments, threads = [], [], []
    employer = p.P(
        "[[Fernclough Junior School, Stockport]]",
        PL,
        X,
        "profile_field",
        "school_name",
        ["6.17", "5.1"],
        "the profile's workplace names the school",
    )
    profile = {
        "name": {
            "full_name": ME,
            "first_name": "Nicola",
            "middle_name": "",
            "last_name": "Brennan",
        },
        "emails": {
            "emails": ["nicbrennan73@gmail.com"],
            "previous_emails": [],
            "pending_emails": [],
            "ad_account_emails": [],
        },
        "birthday": {"year": 1973, "month": 5, "day": 14},
        "current_city": {"name": "Stockport, United Kingdom", "timestamp": ts(2019, 3, 1)},
        "hometown": {"name": "Hyde, United Kingdom", "timestamp": ts(2012, 1, 1)},
        "family_members": [
            {"name": "Ruby Brennan", "relation": "Daughter", "timestamp": ts(2020, 1, 1)},
            {"name": "Jack Brennan", "relation": "Son", "timestamp": ts(2020, 1, 1)},
        ],
        "work_experiences": [
            {
                "employer": employer,
                "title": "Office",
                "start_timestamp": ts(2016, 9, 1),
                "timestamp": ts(2016, 9, 1),
            }
        ],
        "education_experiences": [
            {
                "name": "Hyde Clarendon College",
                "school_type": "College",
                "timestamp": ts(2012, 1, 1),
            }
        ],
        "username": "nicola.brennan.73",
        "registration_timestamp": ts(2009, 2, 2),
    }

    def post(text, t=None, **kw):
        posts.append({"ts": t or rand_ts(r), "text": text, **kw})

    for t in noise_posts(r, 130, PLACES, TEAMS, FAMILY):
        post(t)
    post(
        p.P(
            "First day back at Fernclough Juniors tomorrow, [[office inbox already at 400 emails]] 😩 #SBMlife",
            PL,
            X,
            "post",
            "school_name",
            ["5.1"],
            "names her workplace in a public post",
        ),
        term_ts(r),
    )
    post(
        p.P(
            "[[Summer fair setup done ☀️ gazebos up, tombola sorted]], just the bouncy castle man to turn up",
            PL,
            X,
            "post",
            "location",
            ["5.1", "6.16"],
            "checked in at the school",
        ),
        ts(2026, 6, 26, 17),
        place=SCHOOL_PLACE,
    )
    post(
        p.P(
            "Huge well done to Reggie T for raising £212 for the hospice with his [[sponsored silence 😂 his teacher says it's a miracle]]",
            PL,
            X,
            "post",
            "pupil_name",
            PUPIL_CL,
            "names a pupil (first name + initial) in a public post",
        ),
        term_ts(r),
    )
    post(
        p.P(
            "[[Y6 leavers assembly this morning, not a dry eye in the office]] 🥹",
            PL,
            X,
            "post",
            "pupil_photo",
            ["6.16"],
            "photo of the leavers' assembly taken at the school",
        ),
        ts(2026, 7, 17, 11),
        photo=True,
        exif=(53.40507, -2.08893),
    )
    post(
        p.P(
            "Governors meeting ran till 9pm AGAIN because [[our chair of governors loves the sound of his own voice]]. give me strength",
            PL,
            X,
            "post",
            "negative_remark",
            ["6.13", "6.14"],
            "derogatory remark about the chair of governors",
        ),
        term_ts(r),
    )
    post(
        p.P(
            "Anyone lost a grey tabby? [[been sat on our doorstep at 27 Hollyhedge Close]] all morning, very friendly",
            PL,
            X,
            "post",
            "home_address",
            ["5.1"],
            "her home address in a public post",
        )
    )
    post(
        p.P(
            "Kids' bikes free to a good home, [[collection from SK6 4LW]] any evening",
            PL,
            X,
            "post",
            "postcode",
            ["5.1"],
            "her home postcode in a public post",
        )
    )
    post(
        p.P(
            "new starter Kacey [[joined 4H today and already knows where the biscuits are kept]] 😂 make her welcome",
            PL,
            X,
            "post",
            "child_name",
            PUPIL_CL,
            "an unlisted child named with her class",
        ),
        term_ts(r),
    )
    # look-alikes (one per post)
    post(
        p.L(
            "Ruby passed her driving test first time!! 🚗 [[so proud of my girl]]",
            PL,
            X,
            "post",
            "child_name",
            "her own daughter",
        )
    )
    post(
        p.L(
            "Jack's U12s won 3-1 this morning, [[his first goal of the season]] ⚽",
            PL,
            X,
            "post",
            "child_name",
            "her own son's football",
        )
    )
    post(
        p.L(
            "[[Hope the rain holds off for the Romiley 10k]] Sunday 🤞",
            PL,
            X,
            "post",
            "pupil_name",
            "'Hope' as a word",
        )
    )
    post(
        p.L(
            "[[Summer can't come soon enough]] ☀️ already planning Anglesey",
            PL,
            X,
            "post",
            "pupil_name",
            "'Summer' as a word",
        )
    )
    post(
        p.L(
            "[[Lovely christening for little Arlo this morning]] ⛪",
            PL,
            X,
            "post",
            "location",
            "a church that shares the school's name, 2 km away",
        ),
        place=("Fernclough Methodist Church", 53.4182, -2.1101, "Stockport Road, Bredbury SK6 2AA"),
    )
    post(
        p.L(
            "[[Fernclough Road closed again for the gas works]], took 40 mins to get to Tesco",
            PL,
            X,
            "post",
            "school_name",
            "a road sharing the school's name",
        )
    )
    post(
        p.L(
            "Our accountant is brilliant if anyone needs help with self assessment, [[Marple Tax Services 0161 496 0381]]",
            PL,
            X,
            "post",
            "phone",
            "a business's phone number",
        )
    )
    post(
        p.L(
            "[[Traffic on the A627 is an absolute joke]] this morning, 50 mins to do 4 miles",
            PL,
            X,
            "post",
            "negative_remark",
            "complaint about traffic",
        )
    )

    others = ["Claire Brennan", "Julie Hampson", "Gary Platt", "Tracy Sutcliffe", "Helen Rigby"]
    for c in noise_posts(r, 45, PLACES, TEAMS, FAMILY):
        comments.append({"ts": rand_ts(r), "text": c.split(",")[0] + " 😍", "on": r.choice(others)})
    comments.append(
        {
            "ts": term_ts(r),
            "on": "Lorraine McCormack",
            "text": p.P(
                "aww Isla looked so grown up in her leavers hoodie, [[we'll miss her in the office]]! 💙",
                PL,
                X,
                "comment",
                "pupil_name",
                PUPIL_CL,
                "names a leaver on her mum's post",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "on": "Brooke Ellison",
            "text": p.L(
                "Happy 40th Brooke!! [[Have a fab night, wine's on you]] x",
                PL,
                X,
                "comment",
                "pupil_name",
                "an adult friend who shares a pupil's first name",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "on": "Kerry Finch",
            "text": p.L(
                "[[Noah's Ark soft play in Hazel Grove]] is heaving on Saturdays, go early",
                PL,
                X,
                "comment",
                "pupil_name",
                "a business named Noah's Ark",
            ),
        }
    )

    # Messenger: a parent (problem thread: FSM + personal number); family; friends (look-alikes)
    t0 = ts(2025, 10, 7, 18)
    m = [
        (
            "Donna Kershaw",
            t0,
            "Hiya Nic sorry to message on here, did the free school meals form go through? 🙏",
        ),
        (
            ME,
            t0 + 600,
            p.P(
                "Hiya Donna, Daisy's FSM form came through fine, [[I've backdated it to September so the dinner money debt is cleared]] x",
                PL,
                X,
                "message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's free school meals and debt discussed with a parent on Messenger",
            ),
        ),
        ("Donna Kershaw", t0 + 900, "omg thank you so much, you're a lifesaver"),
        (
            ME,
            t0 + 1300,
            p.P(
                "no probs, [[text me on 07700 900417 if the portal plays up]], easier than ringing the office",
                PL,
                X,
                "message",
                "phone",
                ["6.1", "6.2"],
                "personal mobile given to a parent",
            ),
        ),
        ("Donna Kershaw", t0 + 1500, "will do x"),
    ]
    threads.append({"title": "Donna Kershaw", "participants": ["Donna Kershaw", ME], "messages": m})
    t0 = ts(2026, 2, 3, 20)
    g = [(ME, t0 + i * 700, x) for i, x in enumerate(noise_chat(r, 6))]
    g.append(
        (
            ME,
            t0 + 9000,
            p.P(
                "[[Aisha B's mum still owes £180 for the Robinwood trip]], can someone have a quiet word at pickup",
                PL,
                X,
                "group_message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a family's debt to the school in the PTA chat",
            ),
        )
    )
    g += [
        ("Julie Hampson", t0 + 9500, "I'll try and catch her Friday"),
        ("Tracy Sutcliffe", t0 + 9900, "👍"),
    ]
    threads.append(
        {
            "title": "Fernclough PTA committee 2025/26",
            "participants": [ME, "Julie Hampson", "Tracy Sutcliffe", "Kerry Finch"],
            "messages": g,
            "type": "RegularGroup",
        }
    )
    t0 = ts(2025, 11, 2, 19)
    m = [
        ("Tony Brennan", t0 + i * 900, x) if i % 2 else (ME, t0 + i * 900, x)
        for i, x in enumerate(noise_chat(r, 10))
    ]
    m.append(
        (
            "Tony Brennan",
            t0 + 20000,
            p.L(
                "did you see [[SBM Offshore dropped 8% today]], glad I sold",
                PL,
                X,
                "message",
                "job_title",
                "SBM, a company's name",
            ),
        )
    )
    threads.append({"title": "Tony Brennan", "participants": ["Tony Brennan", ME], "messages": m})
    t0 = ts(2026, 4, 9, 12)
    m = [
        ("Karen Lord", t0 + i * 800, x) if i % 2 else (ME, t0 + i * 800, x)
        for i, x in enumerate(noise_chat(r, 12))
    ]
    m.append(
        (
            "Karen Lord",
            t0 + 15000,
            p.L(
                "[[the Daisy Chain nursery in Bredbury has spaces]] if you know anyone",
                PL,
                X,
                "message",
                "pupil_name",
                "a nursery named Daisy Chain",
            ),
        )
    )
    threads.append({"title": "Karen Lord", "participants": ["Karen Lord", ME], "messages": m})
    for name in adults(r, 5, {"Karen Lord"}):
        t0 = rand_ts(r)
        m = [
            (name, t0 + i * 1200, x) if i % 2 else (ME, t0 + i * 1200, x)
            for i, x in enumerate(noise_chat(r, r.randint(8, 20)))
        ]
        threads.append({"title": name, "participants": [name, ME], "messages": m})
    friends = [(n, rand_ts(r)) for n in adults(r, 60)] + [("Brooke Ellison", ts(2015, 3, 3))]
    d = {
        "owner": ME,
        "profile": profile,
        "posts": posts,
        "checkins": [],
        "comments": comments,
        "friends": friends,
        "threads": threads,
    }
    p.seen(*strings(d))
    W.facebook_json(exp / X, d)


# ------------------------------------------------------------------------------ Instagram JSON


def _instagram(p: Persona, r, exp: Path) -> None:
    X = "instagram-nicb_bakes-2026.zip"
    PL = "instagram"
    bio = p.P(
        "[[SBM 📎 school office survival]] | mum of 2 | Romiley | bakes too much",
        PL,
        X,
        "bio",
        "job_title",
        ["6.17"],
        "bio gives her school role",
    )
    posts, comments, threads = [], [], []
    for i, t in enumerate(noise_posts(r, 70, PLACES, TEAMS, FAMILY)):
        posts.append({"ts": rand_ts(r), "text": t + (" 📸" if i % 3 == 0 else "")})
    posts.append(
        {
            "ts": ts(2025, 12, 12, 13),
            "text": p.P(
                "Office team Christmas jumper day 🎄 [[#FJSfamily #schoolbusinessmanager]]",
                PL,
                X,
                "caption",
                "school_name",
                ["5.1", "6.17"],
                "school initialism and role as hashtags",
            ),
        }
    )
    posts.append(
        {
            "ts": ts(2026, 7, 8, 15),
            "exif": (53.40498, -2.08912),
            "text": p.P(
                "[[sports day medals counted and bagged, all 240 of them]] 🏅",
                PL,
                X,
                "caption",
                "location",
                ["5.1", "6.16"],
                "photo taken at the school (GPS in the photo)",
            ),
        }
    )
    posts.append(
        {
            "ts": ts(2025, 10, 19, 11),
            "exif": (53.4174, -2.0641),
            "text": p.L(
                "[[Autumn leaves in Etherow Country Park]] 🍂",
                PL,
                X,
                "caption",
                "pupil_name",
                "'Autumn' as a word; photo 2 km from school",
            ),
        }
    )
    posts.append(
        {
            "ts": rand_ts(r),
            "text": p.L(
                "[[Mason jars of homemade jam for the WI stall]] 🍓",
                PL,
                X,
                "caption",
                "pupil_name",
                "'Mason' as a word",
            ),
        }
    )
    others = ["claire.b.home", "julesh", "gazplatt", "tracysut", "lou_bakes"]
    for c in noise_chat(r, 30):
        comments.append({"ts": rand_ts(r), "text": c, "on": r.choice(others)})
    comments.append(
        {
            "ts": term_ts(r),
            "on": "leanne.shawcross",
            "text": p.P(
                "Tilly S you superstar!! 🌟 [[best Year 5 Viking costume by a mile]]",
                PL,
                X,
                "comment",
                "pupil_name",
                PUPIL_CL,
                "a pupil by nickname and initial with her year group",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "on": "kai.r.weddings",
            "text": p.L(
                "Congrats Kai!! [[Best man speech was class]] 😂",
                PL,
                X,
                "comment",
                "pupil_name",
                "an adult sharing a pupil's first name",
            ),
        }
    )
    t0 = ts(2026, 3, 4, 19)
    m = [
        (
            "harvey.ms.2015",
            t0,
            p.P(
                "hi mrs brennan its harvey from 5M [[can u tell mr a i left my pe kit in the office]]",
                PL,
                X,
                "message",
                "pupil_connection",
                ["6.7", "6.8"],
                "a pupil messages her on Instagram",
            ),
        ),
        (
            ME,
            t0 + 1800,
            "Hi Harvey, it's safe in the office. Please ask your mum to ring school rather than messaging me on here.",
        ),
    ]
    threads.append(
        {"title": "harvey.ms.2015", "participants": ["harvey.ms.2015", ME], "messages": m}
    )
    t0 = ts(2026, 1, 21, 20)
    m = [
        ("Gemma Whitehead", t0, "hi hun any news on the review?"),
        (
            ME,
            t0 + 400,
            p.P(
                "his EHCP annual review got moved to the 14th, [[don't tell anyone I told you but the LA have cut his hours]]",
                PL,
                X,
                "message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's EHCP details shared with a parent by DM",
            ),
        ),
        ("Gemma Whitehead", t0 + 700, "you're joking. thanks for the heads up x"),
    ]
    threads.append(
        {"title": "Gemma Whitehead", "participants": ["Gemma Whitehead", ME], "messages": m}
    )
    t0 = ts(2025, 12, 18, 21)
    m = [
        (ME, t0 + i * 600, x) if i % 2 else ("lou_bakes", t0 + i * 600, x)
        for i, x in enumerate(noise_chat(r, 8))
    ]
    m.append(
        (
            "lou_bakes",
            t0 + 9000,
            p.L(
                "[[Joy to the world, it's finally the holidays]]. prosecco at mine Friday?",
                PL,
                X,
                "message",
                "pupil_name",
                "'Joy' as a word",
            ),
        )
    )
    threads.append({"title": "lou_bakes", "participants": ["lou_bakes", ME], "messages": m})
    followers = [
        (f"{a.split()[0].lower()}.{a.split()[1].lower()}{r.randint(1, 99)}", rand_ts(r))
        for a in adults(r, 50)
    ]
    followers.append(
        (
            p.P(
                "zoe.kowalczyk_2015",
                PL,
                X,
                "connection",
                "pupil_connection",
                ["6.7", "6.9"],
                "a pupil follows her (accent folded, birth year)",
            ),
            ts(2026, 2, 2),
        )
    )
    followers.append(
        (
            p.L(
                "patience_bakes_cakes",
                PL,
                X,
                "connection",
                "pupil_connection",
                "a cake business sharing a pupil's first name",
            ),
            ts(2025, 6, 6),
        )
    )
    following = [(u, t) for u, t in followers[:30]] + [
        ("bbcgoodfood", ts(2020, 1, 1)),
        ("stockportcounty", ts(2021, 1, 1)),
    ]
    d = {
        "profile": {
            "email": "nicbrennan73@gmail.com",
            "username": "nicb_bakes",
            "name": "Nic Brennan",
            "bio": bio,
        },
        "posts": posts,
        "comments": comments,
        "followers": followers,
        "following": following,
        "threads": threads,
    }
    p.seen(*strings(d))
    W.instagram_json(exp / X, d)


# ------------------------------------------------------------------------------ WhatsApp Android


def _whatsapp(p: Persona, r, exp: Path) -> None:
    PL = "whatsapp_android"

    def chat(name, lines):
        X = f"WhatsApp Chat with {name}.txt"
        p.seen(*[x[2] for x in lines])
        W.whatsapp_android(exp / X, lines)

    # work group (problems)
    X = "WhatsApp Chat with Fernclough Office Girls.txt"
    t0 = ts(2025, 9, 8, 16)
    lines = [
        (
            t0,
            None,
            "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
        )
    ]
    lines += chat_noise(r, WA_ME, ["Jo Hampson", "Bev Yates"], 40, t0)
    lines.append(
        (
            ts(2026, 3, 10, 17),
            WA_ME,
            p.P(
                "Staffing: [[Mrs Grimshaw's contract isn't being renewed]], she doesn't know yet so keep it zipped",
                PL,
                X,
                "group_message",
                "confidential_topic",
                ["6.20", "6.21"],
                "a colleague's employment, told before she knows",
            ),
        )
    )
    lines.append((ts(2026, 3, 10, 17, 5), "Bev Yates", "😬 my lips are sealed"))
    lines.append(
        (
            ts(2026, 4, 22, 16),
            WA_ME,
            p.P(
                "Mohammed I's dad came in shouting again about the attendance letter, [[I've logged it on CPOMS]]",
                PL,
                X,
                "group_message",
                "pupil_name",
                ["6.5", "6.20", "6.21"],
                "a pupil and a safeguarding log discussed in a group chat",
            ),
        )
    )
    chat("Fernclough Office Girls", lines)

    # a parents' group she created (9.1/6.6) with pupil names and her personal email
    X = "WhatsApp Chat with Year 6 Robinwood Parents.txt"
    grp = "Year 6 Robinwood Parents"
    t0 = ts(2025, 11, 3, 18)
    lines = [
        (
            t0 - 60,
            None,
            "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
        ),
        (t0, None, f'You created group "{grp}"'),
        (
            t0 + 60,
            WA_ME,
            p.P(
                "Hi all, [[I've set this group up so I can chase the Robinwood balances quicker than ParentMail]] 🙈",
                PL,
                X,
                "group_message",
                "school_group",
                ["9.1", "6.6"],
                "a parents' group she created outside the official channels",
                group=grp,
            ),
        ),
        (t0 + 400, "+44 7700 900211", "thanks Nic 👍"),
        (t0 + 900, "Sharon Nuttall", "Brill idea x"),
    ]
    lines += chat_noise(
        r,
        WA_ME,
        ["+44 7700 900211", "Sharon Nuttall", "Lorraine McCormack", "+44 7700 900388"],
        20,
        t0 + 1000,
    )
    lines.append(
        (
            ts(2026, 1, 12, 19),
            WA_ME,
            p.P(
                "Still waiting on balances for Leo B, Noah G and Kai W, [[please pay by Friday or I'll have to tell Mr Asante]]",
                PL,
                X,
                "group_message",
                "pupil_name",
                ["6.5", "6.20", "6.21"],
                "pupils named over their families' debts to parents",
            ),
        )
    )
    lines.append(
        (
            ts(2026, 1, 14, 18),
            WA_ME,
            p.P(
                "[[send the medical forms to nicbrennan73@gmail.com]] if the school email bounces them",
                PL,
                X,
                "group_message",
                "email",
                ["6.1", "6.2"],
                "personal email given to parents",
            ),
        )
    )
    chat(grp, lines)

    # a parent 1:1 (problem)
    X = "WhatsApp Chat with Sharon Nuttall.txt"
    t0 = ts(2026, 2, 25, 19)
    lines = [(t0, "Sharon Nuttall", "Hi Nic is it true the school are fining us for the holiday??")]
    lines.append(
        (
            t0 + 600,
            WA_ME,
            p.P(
                "between us, Freya's attendance is at 84% and [[the EWO is sending a letter next week]]",
                PL,
                X,
                "message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's attendance and the EWO told to a parent",
            ),
        )
    )
    lines.append((t0 + 900, "Sharon Nuttall", "ffs. ok thanks for telling me"))
    chat("Sharon Nuttall", lines)

    # look-alike chats, one each
    def la_chat(name, others, noise, ts_, sender, text, concern, why, pre=()):
        X = f"WhatsApp Chat with {name}.txt"
        t0 = rand_ts(r, (2025, 1, 1), (2026, 6, 1))
        lines = list(pre) + chat_noise(r, WA_ME, others, noise, t0)
        lines.append(
            (
                lines[-1][0] + 3600,
                sender,
                p.L(text, PL, X, "group_message" if len(others) > 1 else "message", concern, why),
            )
        )
        chat(name, lines)

    la_chat(
        "Brennan Clan",
        ["Claire Brennan", "Tony Brennan", "Mum"],
        50,
        0,
        "Claire Brennan",
        "[[little Rowan's christening is on the 8th at St Chad's]], dress code smart-ish",
        "pupil_name",
        "a baby cousin sharing a pupil's first name",
    )
    la_chat(
        "SBM Network Stockport",
        ["Angela Kay", "Phil Doyle", "Imran Kaur"],
        30,
        0,
        WA_ME,
        "[[Anyone got a good template for the asbestos register?]] ours is from 2011 😬",
        "teaching_chat",
        "work chat naming no child",
    )
    la_chat(
        "Lisa next door",
        ["Lisa Moss"],
        25,
        0,
        WA_ME,
        "[[got my new FJs for the golf day]] ⛳ Steve says they're hideous",
        "school_name",
        "FJs: golf shoes, not the school's initialism",
    )
    la_chat(
        "Romiley Running Club",
        ["Dean Ashton", "Andrea Walsh", "Rob Pearson"],
        35,
        0,
        "Dean Ashton",
        "[[Will anyone be at the track Tuesday?]] need a pacer",
        "pupil_name",
        "'Will' as a word",
    )
    la_chat(
        "Mum",
        ["Mum"],
        40,
        0,
        "Mum",
        "[[Jack's parents evening at Bredbury Green High]] is Thursday, can you have the dog",
        "child_name",
        "her own son at his own school",
    )
    la_chat(
        "Hollyhedge Heating",
        ["Dave Hollyhedge Heating"],
        4,
        0,
        "Dave Hollyhedge Heating",
        "Hi it's Dave, [[call 0161 496 0914 to book your boiler service]]",
        "phone",
        "a tradesman's business number",
    )
    la_chat(
        "Sam Fox",
        ["Sam Fox"],
        20,
        0,
        "Sam Fox",
        "[[email me the photos at samfoxphoto@outlook.com]] and I'll print them",
        "email",
        "a friend's own email",
    )
    grp = "Hazel Grove U12s parents"
    la_chat(
        grp,
        ["Darren Cooper", "Michelle Ormerod", "Neil Bennett"],
        30,
        0,
        WA_ME,
        "[[Subs are £20 this month, pay Darren]] by Sunday please",
        "school_group",
        "a group she created for her son's football team, not the school",
        pre=[(ts(2024, 9, 1, 10), None, f'You created group "{grp}"')],
    )
    for name in adults(r, 3, {"Lisa Moss", "Sam Fox", "Mum"}):
        t0 = rand_ts(r)
        chat(name, chat_noise(r, WA_ME, [name], r.randint(30, 60), t0))


# ------------------------------------------------------------------------------ LinkedIn


def _linkedin(p: Persona, r, exp: Path) -> None:
    X = "Basic_LinkedInDataExport_11-01-2026.zip"
    PL = "linkedin"
    headline = p.P(
        "[[School Business Manager (CSBM) | Finance, HR & Premises]] | ISBL Fellow",
        PL,
        X,
        "profile_field",
        "job_title",
        ["6.17"],
        "headline gives her school role",
    )
    summary = (
        "Twenty years in public sector finance. Happiest with a balanced budget and a cup of tea."
    )
    profile = [
        "Nicola",
        "Brennan",
        "",
        "",
        "May 14",
        headline,
        summary,
        "Education Administration Programs",
        "",
        "Stockport, England, United Kingdom",
        "",
        "",
        "",
    ]
    positions = [
        [
            p.P(
                "[[Fernclough Junior School (Stockport MBC)]]",
                PL,
                X,
                "profile_field",
                "school_name",
                ["6.17", "5.1"],
                "position names the school",
            ),
            "School Business Manager",
            "Finance, HR, premises and admissions for a 360-pupil junior school.",
            "Romiley, England",
            "Sep 2016",
            "",
        ],
        ["Stockport Council", "Finance Officer", "", "Stockport", "Mar 2004", "Aug 2016"],
    ]
    shares = []
    for i, t in enumerate(noise_posts(r, 12, PLACES, TEAMS, FAMILY)):
        shares.append(
            [
                f"2025-{(i % 12) + 1:02d}-1{i % 9} 08:1{i % 9}:00",
                f"https://www.linkedin.com/feed/update/urn:li:activity:71{i:05d}",
                t,
                "",
                "",
                "MEMBER_NETWORK",
            ]
        )
    shares.append(
        [
            "2026-05-07 16:41:18",
            "https://www.linkedin.com/feed/update/urn:li:activity:7190000001",
            p.P(
                "Proud that Fernclough Juniors has been [[shortlisted for Stockport School Business Team of the Year]] 🏆",
                PL,
                X,
                "linkedin_post",
                "school_name",
                ["5.1"],
                "names the school in a post",
            ),
            "",
            "",
            "MEMBER_NETWORK",
        ]
    )
    shares.append(
        [
            "2026-03-20 07:55:02",
            "https://www.linkedin.com/feed/update/urn:li:activity:7190000002",
            p.L(
                "[[Great session at the ISBL conference on academy finance]], lots to think about for anyone in school business management",
                PL,
                X,
                "linkedin_post",
                "teaching_chat",
                "professional post naming no school or pupil",
            ),
            "",
            "",
            "MEMBER_NETWORK",
        ]
    )
    conns = []
    for i, a in enumerate(adults(r, 70)):
        f, last = a.split()
        conns.append(
            [
                f,
                last,
                f"https://www.linkedin.com/in/{f.lower()}{last.lower()}{i}",
                "",
                r.choice(
                    ["Stockport Council", "Cheshire East", "ESPO", "Capita", "Trafford College"]
                ),
                r.choice(
                    ["Finance Officer", "HR Adviser", "Facilities Manager", "Account Manager"]
                ),
                f"{r.randint(1, 28)} Mar 20{r.randint(15, 25)}",
            ]
        )
    conns.append(
        [
            p.L(
                "Hope Marsden",
                PL,
                X,
                "connection",
                "pupil_connection",
                "an HR consultant who shares a pupil's full name",
            ),
            "",
            "https://www.linkedin.com/in/hopemarsdenhr",
            "",
            "Marsden HR Ltd",
            "Director",
            "4 Feb 2022",
        ]
    )
    conns[-1][0], conns[-1][1] = "Hope", "Marsden"
    p.seen("Hope Marsden")
    msgs = []
    cid = "2-OTM4ZWVjZjQtMzY5"
    msgs.append(
        [
            cid,
            "",
            "Alison Fenwick",
            "https://www.linkedin.com/in/alisonfenwick",
            ME,
            "https://www.linkedin.com/in/nicbrennan",
            "2026-02-10 19:02:00 UTC",
            "",
            "How are you finding the budget round this year?",
            "INBOX",
            "",
        ]
    )
    msgs.append(
        [
            cid,
            "",
            ME,
            "https://www.linkedin.com/in/nicbrennan",
            "Alison Fenwick",
            "https://www.linkedin.com/in/alisonfenwick",
            "2026-02-10 19:30:00 UTC",
            "",
            p.P(
                "Grim. Our deficit for 26/27 is £148k, [[we're going to have to restructure the TA team before Easter]], keep it under your hat",
                PL,
                X,
                "message",
                "confidential_topic",
                ["6.20", "6.21"],
                "the school's budget and staffing plans",
            ),
            "INBOX",
            "",
        ]
    )
    cid = "2-YjQ1NmM2ZGEtOGQ2"
    msgs.append(
        [
            cid,
            "",
            "Ryan Chadwick",
            "https://www.linkedin.com/in/ryanchadwick",
            ME,
            "https://www.linkedin.com/in/nicbrennan",
            "2026-06-02 09:14:00 UTC",
            "SBM opportunity",
            p.L(
                "Hi Nicola, we have an SBM role at a MAT in Cheshire, [[call me on 0161 496 0277]] if you'd like a chat",
                PL,
                X,
                "message",
                "phone",
                "a recruiter's business number",
            ),
            "INBOX",
            "",
        ]
    )
    d = {
        "profile": profile,
        "positions": positions,
        "education": [["University of Salford", "1991", "1994", "", "BA Business Studies", ""]],
        "connections": conns,
        "shares": shares,
        "comments": [
            [
                "2025-11-11 12:00:00",
                "https://www.linkedin.com/feed/update/urn:li:activity:7180000009",
                "Congratulations, well deserved!",
            ]
        ],
        "messages": msgs,
        "skills": ["Budgeting", "School Finance", "HR", "Premises Management"],
        "email": "nicbrennan73@gmail.com",
    }
    p.seen(*strings(d))
    W.linkedin(exp / X, d)


# ------------------------------------------------------------------------------ Reddit


def _reddit(p: Persona, r, exp: Path) -> None:
    X = "reddit_export_nb_stockport.zip"
    PL = "reddit"
    posts = [
        {
            "ts": rand_ts(r),
            "sub": r.choice(["Stockport", "Cooking", "Baking", "UKPersonalFinance"]),
            "title": t.split(",")[0][:60],
            "body": t,
        }
        for t in noise_posts(r, 12, PLACES, TEAMS, FAMILY)
    ]
    posts.append(
        {
            "ts": term_ts(r),
            "sub": "SchoolBusinessManagers",
            "title": "Head keeps overriding me on the budget",
            "body": p.P(
                "Our head at a junior school in Romiley [[is a walking disaster with money]] and I'm the one who'll carry the can at audit",
                PL,
                X,
                "post",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about her headteacher",
            ),
        }
    )
    comments = [
        {"ts": rand_ts(r), "sub": r.choice(["Stockport", "Baking", "AskUK"]), "body": t}
        for t in noise_posts(r, 25, PLACES, TEAMS, FAMILY)
    ]
    comments.append(
        {
            "ts": term_ts(r),
            "sub": "SchoolBusinessManagers",
            "body": p.P(
                "We had a disclosure from a Y4 girl last week and [[the social worker still hasn't rung back]], I'm at Fernclough so it's Stockport children's services",
                PL,
                X,
                "comment",
                "confidential_topic",
                ["6.20", "6.21", "5.1"],
                "a safeguarding disclosure with her school named",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "sub": "GardeningUK",
            "body": p.L(
                "[[Rowan trees are great for small gardens]], the berries bring the birds in",
                PL,
                X,
                "comment",
                "pupil_name",
                "'Rowan' the tree",
            ),
        }
    )
    comments.append(
        {
            "ts": ts(2026, 7, 6, 20),
            "sub": "UKParenting",
            "body": p.L(
                "KS2 SATs results came out today, [[genuinely no idea how they mark the reading paper]]",
                PL,
                X,
                "comment",
                "teaching_chat",
                "general talk about national tests, no school or pupil",
            ),
        }
    )
    d = {
        "posts": posts,
        "comments": comments,
        "messages": [],
        "subs": ["Stockport", "Baking", "SchoolBusinessManagers", "GardeningUK"],
        "username": "nb_stockport",
    }
    p.seen(*strings(d))
    W.reddit(exp / X, d)


# ------------------------------------------------------------------------------ YouTube


def _youtube(p: Persona, r, exp: Path) -> None:
    X = "takeout-20261101T090000Z-001.zip"
    PL = "youtube"
    videos = [
        {
            "id": "yt3Fj0001",
            "ts": ts(2024, 8, 10),
            "title": "Lemon drizzle in 20 minutes",
            "desc": "My mum's recipe, no mixer needed.",
        },
        {
            "id": "yt3Fj0002",
            "ts": ts(2025, 4, 2),
            "title": "Allotment tour April",
            "desc": "Broad beans are up!",
        },
    ]
    videos.append(
        {
            "id": "yt3Fj0003",
            "ts": ts(2026, 7, 4, 18),
            "title": p.P(
                "[[Fernclough Juniors Summer Fair 2026 highlights]]",
                PL,
                X,
                "video_title",
                "pupil_photo",
                ["6.16", "5.1"],
                "a video of the school's fair, school named",
            ),
            "desc": "Bouncy castle, the staff vs Y6 rounders and Mr Asante in the stocks!",
        }
    )
    comments = [
        {"ts": rand_ts(r), "text": t, "video": f"v{i:09d}"} for i, t in enumerate(noise_chat(r, 15))
    ]
    comments.append(
        {
            "ts": term_ts(r),
            "video": "vKx1fairx",
            "text": p.P(
                "[[Bobby Quinlan from our school in the crowd at 2:14]] 😂",
                PL,
                X,
                "comment",
                "pupil_name",
                PUPIL_CL,
                "a pupil named with her school",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "video": "vTrailer99",
            "text": p.L(
                "[[Isla Fisher was brilliant in this]] 😂",
                PL,
                X,
                "comment",
                "pupil_name",
                "an actress sharing a pupil's name",
            ),
        }
    )
    history = [
        (rand_ts(r), t)
        for t in [
            "Bake Off best bits",
            "How to fix a dripping tap",
            "Stockport County goals",
            "Yoga for beginners",
            "Easy Sunday roast",
        ]
        * 25
    ]
    d = {
        "channel_id": "UCnicbrennan0000000000001",
        "channel_title": "Nic Brennan",
        "videos": videos,
        "comments": comments,
        "subs": ["BBC Food", "Stockport County", "GardenersWorld"],
        "history": history,
    }
    p.seen(*strings(d))
    W.youtube(exp / X, d)
