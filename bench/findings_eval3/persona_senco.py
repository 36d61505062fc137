"""Persona *senco*: Owen Pritchard, SENCO of Kestrel Moor Academy (11–16), Barnsley, and a
volunteer coach of an under-14s junior football team. Downloads: X, Facebook HTML, TikTok,
WhatsApp iOS (zips), YouTube, Reddit. Fictional school, people and numbers (Ofcom drama ranges)."""

from __future__ import annotations

from pathlib import Path

import writers as W
from common import Persona, noise_chat, noise_posts, rand_ts, term_ts, ts
from kit import adults, chat_noise, strings

KEY = "senco"
ME = "Owen Pritchard"
SCHOOL_PLACE = ("Kestrel Moor Academy", 53.5390, -1.4870, "Carlton Road, Barnsley S70 4QN")

PROFILE = """[school]
name = "Kestrel Moor Academy"
aliases = ["Kestrel Moor", "KMA", "KestrelMoorAcad"]
town = "Barnsley"
postcode = "S70 4QN"
location = [53.5390, -1.4870]
official_channels = ["the school office", "Arbor"]

[you]
name = "Owen Pritchard"
other_names = ["Owen", "Mr P", "owenpritch", "coachowen"]
roles = ["SENCO", "Head of Learning Support"]
home_address = "9 Cherry Tree Walk, Worsbrough"
home_postcode = "S70 5LT"
home_location = [53.5268, -1.4705]
children = ["Elis", "Mabli"]

[pupils]
names_file = "pupils.txt"
"""

PUPILS = """Harrison Booth
Skye Armitage
Destiny Walker
Bailey Hirst
Tyler Scargill
Precious Nwosu
Liberty Fox
Reece Haigh
Ellie-Mae Staniforth
Kacper Nowak
Oskar Wiśniewski
Zain Hussain
Nathan O'Brien
Corey Ackroyd
Jade Townend
Storm Hepworth
Madison Clarke
Alexandra Dyson
Frederick Oldroyd
Ruby-Jo Marsh
Dylan Mellor
Lewis Bramall
Faith Olowe
Rhys Ibbotson
Sunny Patel
Noor Rahman
Callum Beevers
Amber Hinchliffe
Chanel Waddington
Ryan McAllister
Hope Senior
Brandon Wragg
Séamus Kearney
"""

PLACES = [
    "Tenby",
    "Barmouth",
    "Scarborough",
    "Filey",
    "the Peak District",
    "Conwy",
    "York",
    "Bridlington",
]
TEAMS = [
    "Barnsley",
    "Wrexham",
    "Sheffield Wednesday",
    "Leeds",
    "Rotherham",
    "Doncaster",
    "Huddersfield",
]
FAMILY = ["Bethan", "the kids", "Mam and Dad", "my brother Huw", "the Pritchards"]
PUPIL_CL = ["3.3", "6.20", "6.21", "6.16"]


def build(pdir: Path) -> Persona:
    p = Persona(KEY, 44029)
    r = p.rng
    (pdir / "profile").mkdir(parents=True)
    (pdir / "profile" / "school.toml").write_text(PROFILE, encoding="utf-8")
    (pdir / "profile" / "pupils.txt").write_text(PUPILS, encoding="utf-8")
    exp = pdir / "exports"
    exp.mkdir()
    _x(p, r, exp)
    _facebook(p, r, exp)
    _tiktok(p, r, exp)
    _whatsapp(p, r, exp)
    _youtube(p, r, exp)
    _reddit(p, r, exp)
    return p


# ------------------------------------------------------------------------------ X


def _x(p: Persona, r, exp: Path) -> None:
    X = "twitter-2026-11-01-owenpritch.zip"
    PL = "x"
    bio = p.P(
        "[[SENCo @KestrelMoorAcad]] 🧩 | dad of 2 | Wrexham exile in Barnsley | views my own",
        PL,
        X,
        "bio",
        "job_title",
        ["6.17"],
        "bio names his role and the school's handle",
    )
    tweets = []
    n = [0]

    def tw(text, t=None, **kw):
        n[0] += 1
        tweets.append(
            {
                "id": str(1790000000000000000 + n[0] * 7919),
                "ts": t or rand_ts(r),
                "text": text,
                **kw,
            }
        )

    for t in noise_posts(r, 110, PLACES, TEAMS, FAMILY):
        tw(t[:270])
    tw(
        p.P(
            "Eight EHCP annual reviews this week at KMA and [[the LA have lost two sets of paperwork. Again.]] #SENCOlife",
            PL,
            X,
            "tweet",
            "school_name",
            ["5.1"],
            "names his school by its initialism",
        ),
        term_ts(r),
    )
    tw(
        p.P(
            "proud of H Booth today, [[walked into the hall for his first full assembly since Sept without the ear defenders]] 💪 #autismacceptance",
            PL,
            X,
            "tweet",
            "pupil_name",
            PUPIL_CL,
            "a pupil by initial and surname with his needs",
        ),
        term_ts(r),
    )
    tw(
        p.P(
            "@DebsArmitage sorry Debs, [[Skye's 1:1 funding is stuck with panel]], I'll chase it Monday",
            PL,
            X,
            "reply",
            "confidential_topic",
            ["6.5", "6.20", "6.21"],
            "a pupil's support funding discussed with her parent in public",
        ),
        term_ts(r),
        reply_to=("DebsArmitage", "4411223344"),
    )
    tw(
        p.P(
            "[[Our SLT wouldn't know inclusion if it bit them on the backside]]. another exclusion for a kid with no diagnosis because it's 'easier'",
            PL,
            X,
            "tweet",
            "negative_remark",
            ["6.13", "6.14"],
            "derogatory remark about the school's leaders",
        ),
        term_ts(r),
    )
    tw(
        p.L(
            "[[Kestrel hovering over the M1 verge at junction 37]] this morning, stunning 🦅 #birding",
            PL,
            X,
            "tweet",
            "school_name",
            "a kestrel, the bird",
        )
    )
    tw(
        p.L(
            "[[The KMA typhoon track has shifted east]], Okinawa trip might be off",
            PL,
            X,
            "tweet",
            "school_name",
            "KMA, the Korea Meteorological Administration",
        )
    )
    tw(
        p.L(
            "[[Storm Éowyn has flattened the fence]] 🌪️",
            PL,
            X,
            "tweet",
            "pupil_name",
            "a storm's name",
        )
    )
    tw(
        p.L(
            "@IndyFanUK [[Harrison Ford was the best Indy]], fight me",
            PL,
            X,
            "reply",
            "pupil_name",
            "an actor sharing a pupil's first name",
        ),
        reply_to=("IndyFanUK", "5566778899"),
    )
    tw(
        p.L(
            "[[Mabli's first swimming badge today]] 🏊‍♀️ proud dad",
            PL,
            X,
            "tweet",
            "child_name",
            "his own daughter",
        )
    )
    tw(
        p.L(
            "Reminder that a diagnosis isn't a label, it's a key. [[Good session on sensory processing at the nasen conference]]",
            PL,
            X,
            "tweet",
            "teaching_chat",
            "general SEN talk, no school or pupil",
        )
    )
    me_id, sen_id, pup_id, bro_id = "1200300400", "1300400500", "1400500600", "1500600700"
    dms = []
    t0 = ts(2026, 1, 27, 18)
    dms.append(
        {
            "id": f"{pup_id}-{me_id}",
            "messages": [
                (
                    pup_id,
                    me_id,
                    t0,
                    p.P(
                        "sir its tyler from 9K [[can u tell miss i wasnt wagging i was at the dentist]]",
                        PL,
                        X,
                        "message",
                        "pupil_connection",
                        ["6.7", "6.8"],
                        "a pupil messages him on X",
                    ),
                ),
            ],
        }
    )
    t0 = ts(2026, 2, 12, 20)
    dms.append(
        {
            "id": f"{sen_id}-{me_id}",
            "messages": [
                (sen_id, me_id, t0, "how's the new term treating you"),
                (
                    me_id,
                    sen_id,
                    t0 + 700,
                    p.P(
                        "we've got a Y10 on a part-time timetable after a CSE referral, [[what did your LA do about transport]]?",
                        PL,
                        X,
                        "message",
                        "confidential_topic",
                        ["6.20", "6.21"],
                        "a pupil's safeguarding details shared outside school",
                    ),
                ),
                (sen_id, me_id, t0 + 1500, "ours paid for a taxi in the end, took weeks"),
            ],
        }
    )
    t0 = ts(2025, 12, 1, 21)
    m = [
        (bro_id if i % 2 else me_id, me_id if i % 2 else bro_id, t0 + i * 900, x)
        for i, x in enumerate(noise_chat(r, 12))
    ]
    m.append(
        (
            bro_id,
            me_id,
            t0 + 15000,
            p.L(
                "[[Faith No More tickets for Manchester sorted]] 🤘",
                PL,
                X,
                "message",
                "pupil_name",
                "a band's name",
            ),
        )
    )
    dms.append({"id": f"{bro_id}-{me_id}", "messages": m})
    d = {
        "account": {
            "email": "owen.pritchard@btinternet.com",
            "username": "owenpritch",
            "accountId": me_id,
            "accountDisplayName": "Owen Pritchard",
        },
        "profile": {"bio": bio, "website": "", "location": "Barnsley"},
        "tweets": tweets,
        "dms": dms,
        "followers": [str(2000000000 + i * 37) for i in range(120)],
        "following": [str(3000000000 + i * 41) for i in range(90)],
    }
    p.seen(*strings(d))
    W.x_archive(exp / X, d)


# ------------------------------------------------------------------------------ Facebook HTML


def _facebook(p: Persona, r, exp: Path) -> None:
    X = "facebook-owenpritchard-2026-html.zip"
    PL = "facebook_html"
    work = p.P(
        "[[SENCO at Kestrel Moor Academy, Barnsley]]",
        PL,
        X,
        "profile_field",
        "job_title",
        ["6.17", "5.1"],
        "profile's work field names role and school",
    )
    profile = [
        ("Name", ME),
        ("Work", work),
        ("Current city", "Barnsley"),
        ("Hometown", "Wrexham"),
        ("Family", "Bethan Pritchard (Wife)"),
    ]
    posts, comments, threads = [], [], []

    def post(text, t=None, **kw):
        posts.append({"ts": t or rand_ts(r), "text": text, **kw})

    for t in noise_posts(r, 120, PLACES, TEAMS, FAMILY):
        post(t)
    post(
        p.P(
            "Year 7 taster day at Kestrel Moor done and dusted. [[32 new faces, 11 of them on the SEN register already]] 😳",
            PL,
            X,
            "post",
            "school_name",
            ["5.1", "6.20"],
            "names his school and shares pupil numbers on the SEN register",
        ),
        ts(2026, 7, 2, 18),
    )
    post(
        p.P(
            "[[Parents' evening marathon, 4 hrs in and still smiling (just)]]",
            PL,
            X,
            "post",
            "location",
            ["5.1", "6.16"],
            "checked in at the school",
        ),
        ts(2026, 2, 26, 19),
        place=SCHOOL_PLACE,
    )
    post(
        p.P(
            "[[Some of the parents at my school need a crash course in reading an email]]. Three phone calls asking what 'non-uniform' means 🙄",
            PL,
            X,
            "post",
            "negative_remark",
            ["6.13", "6.14"],
            "derogatory remark about the school's parents",
        ),
        term_ts(r),
    )
    post(
        p.P(
            "Car boot at ours Saturday, [[9 Cherry Tree Walk, from 8am]], loads of kids' stuff",
            PL,
            X,
            "post",
            "home_address",
            ["5.1"],
            "his home address",
        )
    )
    post(
        p.L(
            "[[Elis scored his first try for the minis]] 🏉 made up for him",
            PL,
            X,
            "post",
            "child_name",
            "his own son",
        )
    )
    post(
        p.L(
            "[[18 holes and 6 lost balls]] 🏌️ never again",
            PL,
            X,
            "post",
            "location",
            "a golf club sharing the school's name, 90 miles away",
        ),
        place=("Kestrel Moor Golf Club", 55.1801, -1.9212, "Kestrel Moor, Rothbury NE65 7XX"),
    )
    post(
        p.L(
            "[[Selling my old Hope brakes]], £40 ono, collection Worsbrough",
            PL,
            X,
            "post",
            "pupil_name",
            "Hope, a bike-parts brand",
        )
    )
    post(
        p.L(
            "[[Worsbrough Tyres were great, 0114 496 0718]] ask for Gaz",
            PL,
            X,
            "post",
            "phone",
            "a business's phone number",
        )
    )
    post(
        p.L(
            "[[the learning support team are absolute legends]], couldn't do this job without them",
            PL,
            X,
            "post",
            "negative_remark",
            "praise with strong words",
        )
    )
    post(
        p.L(
            "[[Elis and Mabli at Barmouth beach]] 🏖️ freezing but happy",
            PL,
            X,
            "post",
            "pupil_photo",
            "photo of his own children on holiday",
        ),
        photo=True,
    )
    others = ["Bethan Pritchard", "Huw Pritchard", "Gaz Moss", "Lee Kay", "Dai Roberts"]
    for c in noise_chat(r, 40):
        comments.append({"ts": rand_ts(r), "text": c, "on": r.choice(others)})
    comments.append(
        {
            "ts": ts(2026, 3, 20, 21),
            "on": "Kelly Clarke",
            "text": p.P(
                "Maddie C absolutely [[smashed it in the Y8 show last night]] 👏",
                PL,
                X,
                "comment",
                "pupil_name",
                PUPIL_CL,
                "a pupil by nickname and initial on her mum's post",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "on": "Sunny Dhillon",
            "text": p.L(
                "Happy birthday Sunny! [[Have a good one mate]] 🍻",
                PL,
                X,
                "comment",
                "pupil_name",
                "an adult friend sharing a pupil's first name",
            ),
        }
    )
    t0 = ts(2026, 5, 14, 19)
    m = [
        ("Lisa Dyson", t0, "Hi Owen, sorry to bother you at home, any news?"),
        (
            ME,
            t0 + 500,
            p.P(
                "Sasha's ADHD assessment came back positive, [[I'll put it in her passport but please don't share it]] on the parents' group",
                PL,
                X,
                "message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's diagnosis discussed with a parent on Messenger",
            ),
        ),
        ("Lisa Dyson", t0 + 900, "Thank you. I knew it. x"),
        (
            ME,
            t0 + 1400,
            p.P(
                "[[ring me on 07700 900562 after 6]] if you want to talk it through",
                PL,
                X,
                "message",
                "phone",
                ["6.1", "6.2"],
                "personal mobile given to a parent",
            ),
        ),
    ]
    threads.append({"title": "Lisa Dyson", "participants": ["Lisa Dyson", ME], "messages": m})
    t0 = ts(2026, 4, 16, 20)
    g = [
        (r.choice(["Kev Oldroyd", "Jo Haigh", "Mick Hirst"]), t0 + i * 800, x)
        for i, x in enumerate(noise_chat(r, 10))
    ]
    g.append(
        (
            ME,
            t0 + 9000,
            p.P(
                "Freddie O won't be starting Saturday, [[he's on a behaviour report at school this week]]",
                PL,
                X,
                "group_message",
                "pupil_name",
                ["6.5", "6.20", "6.21"],
                "a pupil's school behaviour shared in a parents' group",
            ),
        )
    )
    threads.append(
        {
            "title": "U14s Parents (Dearne Valley)",
            "participants": [ME, "Kev Oldroyd", "Jo Haigh", "Mick Hirst"],
            "messages": g,
        }
    )
    t0 = ts(2026, 1, 8, 7)
    m = [
        ("Gaz Moss", t0 + i * 700, x) if i % 2 else (ME, t0 + i * 700, x)
        for i, x in enumerate(noise_chat(r, 10))
    ]
    m.append(
        (
            "Gaz Moss",
            t0 + 9000,
            p.L(
                "[[Amber warning for snow tomorrow]], might be a day off 🤞",
                PL,
                X,
                "message",
                "pupil_name",
                "'Amber' as a weather warning",
            ),
        )
    )
    threads.append({"title": "Gaz Moss", "participants": ["Gaz Moss", ME], "messages": m})
    t0 = ts(2025, 9, 19, 21)
    m = [
        ("Huw Pritchard", t0 + i * 700, x) if i % 2 else (ME, t0 + i * 700, x)
        for i, x in enumerate(noise_chat(r, 10))
    ]
    m.append(
        (
            "Huw Pritchard",
            t0 + 9000,
            p.L(
                "[[Dylan's stag is in Newcastle]], you in?",
                PL,
                X,
                "message",
                "pupil_name",
                "an adult friend sharing a pupil's first name",
            ),
        )
    )
    threads.append({"title": "Huw Pritchard", "participants": ["Huw Pritchard", ME], "messages": m})
    for name in adults(r, 4):
        t0 = rand_ts(r)
        m = [
            (name, t0 + i * 1000, x) if i % 2 else (ME, t0 + i * 1000, x)
            for i, x in enumerate(noise_chat(r, r.randint(8, 18)))
        ]
        threads.append({"title": name, "participants": [name, ME], "messages": m})
    friends = [(n, rand_ts(r)) for n in adults(r, 70)]
    friends.append(
        (
            p.P(
                "Corey Ackroyd",
                PL,
                X,
                "connection",
                "pupil_connection",
                ["6.7", "6.9"],
                "a pupil is his Facebook friend",
            ),
            ts(2026, 5, 30),
        )
    )
    friends.append(
        (
            p.L(
                "Jade Roberts",
                PL,
                X,
                "connection",
                "pupil_connection",
                "an adult friend sharing a pupil's first name",
            ),
            ts(2014, 6, 1),
        )
    )
    d = {
        "owner": ME,
        "profile": profile,
        "posts": posts,
        "comments": comments,
        "friends": friends,
        "threads": threads,
    }
    p.seen(*strings(d))
    W.facebook_html(exp / X, d)


# ------------------------------------------------------------------------------ TikTok


def _tiktok(p: Persona, r, exp: Path) -> None:
    X = "tiktok-coachowen-2026.zip"
    PL = "tiktok"
    bio = p.P(
        "[[SENCO 🧠 secondary | neurodiversity tips]] | coach @ DVJFC",
        PL,
        X,
        "bio",
        "job_title",
        ["6.17"],
        "bio gives his school role",
    )
    videos = [
        {"ts": rand_ts(r), "text": t[:150]} for t in noise_posts(r, 30, PLACES, TEAMS, FAMILY)
    ]
    videos.append(
        {
            "ts": term_ts(r),
            "text": p.P(
                "day in the life of a SENCO at a Barnsley academy 🧩 [[#senco #kestrelmoor]]",
                PL,
                X,
                "tiktok_caption",
                "school_name",
                ["5.1", "6.17"],
                "school and role as hashtags",
            ),
        }
    )
    videos.append(
        {
            "ts": ts(2026, 6, 19, 15),
            "location": "Kestrel Moor Academy",
            "text": p.P(
                "[[when the Y11s finish their last exam]] 🥲",
                PL,
                X,
                "tiktok_caption",
                "location",
                ["5.1", "6.16"],
                "video's location is the school",
            ),
        }
    )
    videos.append(
        {
            "ts": rand_ts(r),
            "text": p.L(
                "[[Chanel No.5 dupe from Aldi]] actually slaps 😂 (for the wife)",
                PL,
                X,
                "tiktok_caption",
                "pupil_name",
                "Chanel, a perfume brand",
            ),
        }
    )
    comments = [{"ts": rand_ts(r), "text": c} for c in noise_chat(r, 30)]
    comments.append(
        {
            "ts": term_ts(r),
            "text": p.P(
                "ellie-mae s [[you were unreal at the talent show]]!!",
                PL,
                X,
                "comment",
                "pupil_name",
                PUPIL_CL,
                "a pupil in lower case with initial",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "text": p.L(
                "[[Precious moments like these]] 🥹",
                PL,
                X,
                "comment",
                "pupil_name",
                "'Precious' as a word",
            ),
        }
    )
    followers = [
        (f"{a.split()[0].lower()}_{a.split()[1].lower()}{r.randint(1, 99)}", rand_ts(r))
        for a in adults(r, 45)
    ]
    followers.append(
        (
            p.P(
                "kacper.nowak_2011",
                PL,
                X,
                "connection",
                "pupil_connection",
                ["6.7", "6.9"],
                "a pupil follows him",
            ),
            ts(2026, 4, 4),
        )
    )
    followers.append(
        (
            p.L(
                "tyler_tiles_barnsley",
                PL,
                X,
                "connection",
                "pupil_connection",
                "a tiler's business sharing a pupil's first name",
            ),
            ts(2025, 8, 8),
        )
    )
    t0 = ts(2026, 5, 2, 19)
    dms = {
        "storm.hepworth09": [
            (
                "storm.hepworth09",
                t0,
                p.P(
                    "sir [[did u see my vid lol ur in the background]]",
                    PL,
                    X,
                    "message",
                    "pupil_connection",
                    ["6.7", "6.8"],
                    "a pupil messages him on TikTok",
                ),
            )
        ],
        "gaz_m": [("gaz_m", rand_ts(r), c) for c in noise_chat(r, 6)]
        + [
            (
                "gaz_m",
                ts(2026, 6, 1, 22),
                p.L(
                    "[[Brandon Flowers at Leeds was unreal]] mate",
                    PL,
                    X,
                    "message",
                    "pupil_name",
                    "a singer sharing a pupil's first name",
                ),
            )
        ],
    }
    d = {
        "profile": {
            "bio": bio,
            "birth": "1984-02-11",
            "email": "owen.pritchard@btinternet.com",
            "userName": "coachowen",
        },
        "watch": [rand_ts(r) for _ in range(150)],
        "searches": [
            (rand_ts(r), s) for s in ["sensory circuits", "wrexham goals", "air fryer chips"]
        ],
        "followers": followers,
        "following": followers[:20],
        "comments": comments,
        "dms": dms,
        "videos": videos,
    }
    p.seen(*strings(d))
    W.tiktok(exp / X, d)


# ------------------------------------------------------------------------------ WhatsApp iOS


def _whatsapp(p: Persona, r, exp: Path) -> None:
    PL = "whatsapp_ios"
    E2E = "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."

    def chat(name, lines):
        p.seen(*[x[2] for x in lines])
        W.whatsapp_ios(exp / f"WhatsApp Chat - {name}.zip", name, lines)

    name = "KMA Learning Support"
    X = f"WhatsApp Chat - {name}.zip"
    t0 = ts(2025, 9, 4, 16)
    lines = [
        (t0, None, E2E),
        *chat_noise(r, ME, ["Sue Chadwick", "Ameena Kaur", "Paula Yates"], 40, t0),
    ]
    lines.append(
        (
            ts(2026, 1, 15, 17),
            ME,
            p.P(
                "Heads up, Zain H's mum disclosed DV at the meeting, [[DSL is aware, keep an eye on him]]",
                PL,
                X,
                "group_message",
                "confidential_topic",
                ["6.5", "6.20", "6.21"],
                "a pupil's family safeguarding matter in a staff WhatsApp",
            ),
        )
    )
    lines.append((ts(2026, 1, 15, 17, 4), "Sue Chadwick", "will do ❤️"))
    lines.append(
        (
            ts(2026, 3, 3, 16),
            ME,
            p.P(
                "Noor R is being assessed for dyslexia, [[don't mention it to her yet]]",
                PL,
                X,
                "group_message",
                "pupil_name",
                ["6.5", "6.20", "6.21"],
                "a pupil's assessment discussed in a group chat",
            ),
        )
    )
    chat(name, lines)

    name = "U14s Dearne Valley Juniors"
    X = f"WhatsApp Chat - {name}.zip"
    t0 = ts(2025, 8, 20, 19)
    lines = [
        (t0 - 60, None, E2E),
        (t0, None, "You created group “U14s Dearne Valley Juniors”"),
        (
            t0 + 60,
            ME,
            p.P(
                "Welcome all 👋 this is the group for training + match info, [[I'll also use it for any school stuff since half of you are KMA parents]] anyway",
                PL,
                X,
                "group_message",
                "school_group",
                ["9.1", "6.6"],
                "a group he created that he also uses for school matters with parents",
                group=name,
            ),
        ),
    ]
    lines += chat_noise(
        r, ME, ["Kev Oldroyd", "Jo Haigh", "Mick Hirst", "+44 7700 900734"], 30, t0 + 100
    )
    lines.append(
        (
            ts(2025, 10, 2, 19),
            ME,
            p.P(
                "Can Reece and Bailey's parents make sure they bring their inhalers, [[Reece had a bad one in PE on Tuesday]]",
                PL,
                X,
                "group_message",
                "pupil_name",
                ["6.5", "6.20", "6.21"],
                "pupils' medical needs from school shared with parents",
            ),
        )
    )
    chat(name, lines)

    name = "Jade T"
    X = f"WhatsApp Chat - {name}.zip"
    t0 = ts(2026, 2, 9, 20)
    lines = [
        (t0 - 60, None, E2E),
        (
            t0,
            "Jade T",
            p.P(
                "hiya sir [[can i come to the hub at break im having a bad day]]",
                PL,
                X,
                "message",
                "pupil_connection",
                ["6.7", "6.8"],
                "a pupil messages him on WhatsApp",
            ),
        ),
        (t0 + 300, ME, "of course Jade, see you at break 👍"),
    ]
    chat(name, lines)

    def la_chat(name, others, noise, sender, text, concern, why, pre=()):
        X = f"WhatsApp Chat - {name}.zip"
        t0 = rand_ts(r, (2025, 1, 1), (2026, 6, 1))
        lines = [(t0 - 60, None, E2E), *pre, *chat_noise(r, ME, others, noise, t0)]
        lines.append(
            (
                lines[-1][0] + 3600,
                sender,
                p.L(text, PL, X, "group_message" if len(others) > 1 else "message", concern, why),
            )
        )
        chat(name, lines)

    la_chat(
        "Pritchard Family",
        ["Mam", "Huw Pritchard", "Bethan Pritchard"],
        50,
        "Mam",
        "[[Rhys is coming up from Cardiff for Sunday dinner]], bring a pudding",
        "pupil_name",
        "a relative sharing a pupil's first name",
    )
    la_chat(
        "Sam (SENCO network)",
        ["Sam Walsh"],
        20,
        "Sam Walsh",
        "Has anyone used the new EHCP portal? [[The upload keeps timing out]]",
        "teaching_chat",
        "work chat naming no child",
    )
    la_chat(
        "Barnsley Plumbing & Heating",
        ["Barnsley Plumbing & Heating"],
        3,
        "Barnsley Plumbing & Heating",
        "Booked in for Tues, [[any probs ring 0113 496 0233]]",
        "phone",
        "a business's number",
    )
    la_chat(
        "Five-a-side lads",
        ["Gaz Moss", "Lee Kay", "Dai Roberts"],
        40,
        "Lee Kay",
        "[[Callum's on goal this week]], he's been practising 😂",
        "pupil_name",
        "an adult friend sharing a pupil's first name",
    )
    la_chat(
        "Bethan",
        ["Bethan Pritchard"],
        60,
        "Bethan Pritchard",
        "[[Elis has parents' evening at Worsbrough Common on Thursday]], 5:40 with Mrs Jones",
        "child_name",
        "his own son at his own school",
    )
    la_chat(
        "Sunday walkers",
        ["Gaz Moss", "Bethan Pritchard", "Carl Finch"],
        25,
        ME,
        "[[Kit list for Sunday: boots, flask, waterproofs]]",
        "school_group",
        "a friends' group he created, not a school group",
        pre=[(ts(2024, 3, 1, 9), None, "You created group “Sunday walkers”")],
    )


# ------------------------------------------------------------------------------ YouTube


def _youtube(p: Persona, r, exp: Path) -> None:
    X = "takeout-20261101T101500Z-001.zip"
    PL = "youtube"
    videos = [
        {
            "id": "ytOw00001",
            "ts": ts(2025, 5, 5),
            "title": "Wrexham away day vlog",
            "desc": "Racecourse was bouncing.",
        },
        {
            "id": "ytOw00002",
            "ts": ts(2025, 10, 20),
            "title": p.L(
                "[[Hinchliffe's Farm Shop pumpkin picking]] 🎃",
                PL,
                X,
                "video_title",
                "pupil_name",
                "a farm shop sharing a pupil's surname",
            ),
            "desc": "The kids loved it.",
        },
    ]
    videos.append(
        {
            "id": "ytOw00003",
            "ts": ts(2026, 5, 22, 18),
            "title": p.P(
                "[[Kestrel Moor Academy Y7 sensory garden build]]",
                PL,
                X,
                "video_title",
                "pupil_photo",
                ["6.16", "5.1"],
                "a video of pupils at work, the school named",
            ),
            "desc": "The lads from 7P did most of the digging 💪",
        }
    )
    comments = [
        {"ts": rand_ts(r), "text": t, "video": f"v{i:09d}"} for i, t in enumerate(noise_chat(r, 15))
    ]
    comments.append(
        {
            "ts": rand_ts(r),
            "video": "vSkye0001",
            "text": p.L(
                "[[Skye is beautiful in spring]], the Fairy Pools were rammed though",
                PL,
                X,
                "comment",
                "pupil_name",
                "the Isle of Skye",
            ),
        }
    )
    history = [
        (rand_ts(r), t)
        for t in [
            "Wrexham highlights",
            "Sensory circuits ideas",
            "Bike maintenance basics",
            "Welsh rugby tries",
            "BBQ ribs",
        ]
        * 25
    ]
    d = {
        "channel_id": "UCowenpritch00000000000001",
        "channel_title": "Owen Pritchard",
        "videos": videos,
        "comments": comments,
        "subs": ["Wrexham AFC", "GCN", "nasen"],
        "history": history,
    }
    p.seen(*strings(d))
    W.youtube(exp / X, d)


# ------------------------------------------------------------------------------ Reddit


def _reddit(p: Persona, r, exp: Path) -> None:
    X = "reddit_export_dragonsenco.zip"
    PL = "reddit"
    posts = [
        {
            "ts": rand_ts(r),
            "sub": r.choice(["Barnsley", "Wrexham", "bikewrench"]),
            "title": t.split(",")[0][:60],
            "body": t,
        }
        for t in noise_posts(r, 10, PLACES, TEAMS, FAMILY)
    ]
    posts.append(
        {
            "ts": term_ts(r),
            "sub": "SENCO",
            "title": "Rant about our head",
            "body": p.P(
                "Our head at a Barnsley 11-16 [[is so obsessed with Ofsted he's quietly off-rolling SEN kids]] before the census",
                PL,
                X,
                "post",
                "negative_remark",
                ["6.13", "6.14"],
                "derogatory remark about his headteacher",
            ),
        }
    )
    posts.append(
        {
            "ts": rand_ts(r),
            "sub": "SEND",
            "title": "Explaining dyspraxia",
            "body": p.L(
                "[[How do I explain dyspraxia to a 7 year old?]] My daughter was just diagnosed",
                PL,
                X,
                "post",
                "confidential_topic",
                "a parent asking about his own child",
            ),
        }
    )
    comments = [
        {"ts": rand_ts(r), "sub": r.choice(["Barnsley", "Wrexham", "AskUK"]), "body": t}
        for t in noise_posts(r, 22, PLACES, TEAMS, FAMILY)
    ]
    comments.append(
        {
            "ts": term_ts(r),
            "sub": "SENCO",
            "body": p.P(
                "I'm SENCO at Kestrel Moor so I can tell you [[the Barnsley panel is a shambles right now]]",
                PL,
                X,
                "comment",
                "school_name",
                ["5.1"],
                "names his school in a public comment",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "sub": "Barnsley",
            "body": p.L(
                "[[Kestrel Close in Kendray keeps flooding]], council needs to sort the drains",
                PL,
                X,
                "comment",
                "school_name",
                "a street sharing the bird's name",
            ),
        }
    )
    comments.append(
        {
            "ts": rand_ts(r),
            "sub": "unitedkingdom",
            "body": p.L(
                "[[SEN budgets are being cut everywhere]], write to your MP",
                PL,
                X,
                "comment",
                "negative_remark",
                "frustration with a policy, attacking no one",
            ),
        }
    )
    d = {
        "posts": posts,
        "comments": comments,
        "messages": [],
        "subs": ["SENCO", "SEND", "Barnsley", "Wrexham"],
        "username": "dragonsenco",
    }
    p.seen(*strings(d))
    W.reddit(exp / X, d)
