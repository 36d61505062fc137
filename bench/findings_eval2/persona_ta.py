"""Persona 'ta': Leanne Whitworth, teaching assistant (1:1 and HLTA cover) in the Hedgehogs class
of Brambleside Infant and Nursery School, Kettering.

Downloads: Facebook JSON (posts, check-ins, comments, friends, Messenger), Instagram JSON,
TikTok JSON, WhatsApp Android .txt chats (4) and WhatsApp iOS zips (3).
Written from the policy, FORMATS.md and the issues only.
"""

from __future__ import annotations

from pathlib import Path

import writers as W
from common import Persona, noise_chat, noise_posts, rand_ts, term_ts, ts

KEY = "ta"
ME = "Leanne Whitworth"
IG_USER = "leanne_whit88"
TT_USER = "leannew.x"
SCHOOL_LL = (52.4052, -0.7178)
HOME_LL = (52.3938, -0.6925)

PROFILE = """[school]
name = "Brambleside Infant and Nursery School"
aliases = ["Brambleside Infants"]
town = "Kettering"
postcode = "NN16 8LJ"
location = [52.4052, -0.7178]
official_channels = ["the school office", "Tapestry"]

[you]
name = "Leanne Whitworth"
other_names = ["Leanne", "Mrs W", "Mrs Whitworth", "leanne_whit88", "leannew.x"]
roles = ["Teaching Assistant", "HLTA"]
home_address = "27 Larch Close, Barton Seagrave, Kettering"
home_postcode = "NN15 5TR"
home_location = [52.3938, -0.6925]
children = ["Mason", "Lily-Mae"]

[pupils]
names_file = "pupils.txt"
"""

PUPILS = [
    "Alfie Brennan",
    "Amelia Kowalczyk",
    "Grace Okonkwo",
    "Harry Thistlewood",
    "Isla McAllister",
    "Mason Ridley",
    "Noah Bhatti",
    "Ruby Sandhu-Clarke",
    "Summer Hayes",
    "Hope Ellison",
    "Jack Ferris",
    "Poppy Adeyemi",
    "Zoë Marchetti",
    "Oscar Lindqvist",
    "Maisie O'Donnell",
    "Teddy Whitlock",
    "Ava-Rose Pennington",
    "Muhammad Iqbal",
    "Aisha Rahman",
    "Leo Nowak",
    "Freya Campbell-Moore",
    "Archie Doyle",
    "Ivy Chambers",
    "Reggie Marsh",
    "Esmé Laurent",
    "Sienna Kaur",
    "Theo Grant",
    "Willow Fenwick",
    "Jude Ashworth",
    "Daisy Turner",
    "Niamh O'Sullivan",
    "Kacper Wiśniewski",
    "Frank Hollis",
    "Stanley Brookes",
]

PLACES = [
    "Kettering",
    "Wicksteed Park",
    "Rushton",
    "Skegness",
    "Hunstanton",
    "Corby",
    "Northampton",
]
TEAMS = ["Cobblers", "Posh", "Kettering Town", "Leicester", "Spurs", "Villa", "Forest"]
FAMILY = ["Craig", "the kids", "Mum and Dad", "the girls", "my sister"]


def build(pdir: Path) -> Persona:
    p = Persona(KEY, seed=40417)
    rng = p.rng
    (pdir / "profile").mkdir(parents=True, exist_ok=True)
    (pdir / "profile" / "school.toml").write_text(PROFILE, encoding="utf-8")
    (pdir / "profile" / "pupils.txt").write_text("\n".join(PUPILS) + "\n", encoding="utf-8")
    ex = pdir / "exports"
    ex.mkdir(parents=True, exist_ok=True)

    FBZ = "facebook-leannewhitworth-2026-11-01-Qm7sKd.zip"
    IGZ = "instagram-leanne_whit88-2026-11-01-Tr4nWe.zip"
    TTZ = "TikTok_Data_1761987600.zip"

    # ------------------------------------------------------------------ Facebook (JSON)
    fb_posts, fb_checkins, fb_comments, threads = [], [], [], []

    def fbpost(text, t=None, **kw):
        p.seen(text)
        fb_posts.append({"ts": t or rand_ts(rng), "text": text, **kw})

    def fbcomment(text, on, t=None):
        p.seen(text)
        fb_comments.append({"ts": t or rand_ts(rng), "text": text, "on": on})

    work = "Brambleside Infant and Nursery School"
    p.P(
        work,
        "facebook",
        FBZ,
        "profile_field",
        "school_name",
        ["6.17", "5.1"],
        "Facebook work entry names the school and the role",
    )
    p.seen(f"{work} Teaching Assistant Kettering")
    profile = {
        "name": {
            "full_name": ME,
            "first_name": "Leanne",
            "middle_name": "",
            "last_name": "Whitworth",
        },
        "emails": {
            "emails": ["leanne.whitworth88@gmail.com"],
            "previous_emails": [],
            "pending_emails": [],
            "ad_account_emails": [],
        },
        "birthday": {"year": 1988, "month": 4, "day": 19},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": "Kettering, Northamptonshire", "timestamp": ts(2019, 5, 2)},
        "hometown": {"name": "Corby, Northamptonshire", "timestamp": ts(2012, 1, 9)},
        "relationship": {
            "status": "Married",
            "partner": "Craig Whitworth",
            "timestamp": ts(2015, 6, 20),
        },
        "family_members": [
            {"name": "Craig Whitworth", "relation": "Husband", "timestamp": ts(2015, 6, 20)},
            {"name": "Pat Gibbons", "relation": "Aunt", "timestamp": ts(2016, 2, 1)},
        ],
        "education_experiences": [
            {
                "name": "Tresham College",
                "start_timestamp": ts(2004, 9, 1),
                "end_timestamp": ts(2006, 7, 1),
                "graduated": True,
                "concentrations": ["Childcare"],
                "school_type": "College",
                "timestamp": ts(2012, 1, 9),
            }
        ],
        "work_experiences": [
            {
                "employer": work,
                "title": "Teaching Assistant",
                "location": "Kettering",
                "description": "",
                "start_timestamp": ts(2021, 9, 1),
                "timestamp": ts(2021, 9, 6),
            }
        ],
        "phone_numbers": [],
        "username": "leanne.whitworth.88",
        "registration_timestamp": ts(2009, 3, 14),
        "profile_uri": "https://www.facebook.com/leanne.whitworth.88",
    }

    for text in noise_posts(rng, 170, PLACES, TEAMS, FAMILY):
        fbpost(text)

    # problems in posts
    fbpost(
        p.P(
            "first full week as a 1:1 in reception DONE 🙌 shattered but [[loving it at Brambleside Infants]] 💛",
            "facebook",
            FBZ,
            "post",
            "school_name",
            ["5.1"],
            "names the school she works at in a public post",
        ),
        ts(2025, 9, 12, 19, 4),
    )
    fbpost(
        p.P(
            "Sports day 🏅🦔 so proud of every single one of [[my hedgehogs today, even the ones who ran the wrong way]] 😂",
            "facebook",
            FBZ,
            "photo",
            "pupil_photo",
            ["6.16"],
            "photo of her class at sports day, taken at the school",
        ),
        ts(2026, 6, 26, 16, 40),
        photo=True,
        exif=(52.40535, -0.71762),
    )
    fbpost(
        p.P(
            "Massive well done to [[Kacper W who read his first whole book to me today]] 📖 made my week",
            "facebook",
            FBZ,
            "post",
            "pupil_name",
            ["3.3", "6.20", "6.21"],
            "listed pupil named by first name and initial, with what he did in class",
        ),
        term_ts(rng),
    )
    fbpost(
        p.P(
            "new little girl started in Foxes today, [[Aaliyah, already best mates with everyone]] 🥰 #brambleside",
            "facebook",
            FBZ,
            "post",
            "child_name",
            ["3.3", "6.20", "6.21"],
            "unlisted child named as a new starter in a class of the school",
        ),
        term_ts(rng),
    )
    fbpost(
        p.P(
            "honestly some of the parents at pick up need to get a grip. [[screaming at the office ladies because their precious angel didn't get a sticker]] 🙄",
            "facebook",
            FBZ,
            "post",
            "negative_remark",
            ["6.13", "6.14"],
            "derogatory remark about the school's parents",
        ),
        term_ts(rng),
    )
    fbpost(
        p.P(
            "when the head 'forgets' to tell support staff about the training day AGAIN. [[running that place like a circus]] 🤡🤡",
            "facebook",
            FBZ,
            "post",
            "negative_remark",
            ["6.13", "6.14"],
            "attacks the headteacher's running of the school",
        ),
        term_ts(rng),
    )
    fbpost(
        p.P(
            "long day. [[one of mine is on a CP plan now and social services were in all afternoon]], my heart 💔",
            "facebook",
            FBZ,
            "post",
            "confidential_topic",
            ["6.20", "6.21"],
            "child-protection information about a pupil in her care",
        ),
        term_ts(rng),
    )
    fbpost(
        p.P(
            "Parcel people PLEASE stop leaving stuff at number 29, [[I'm 27 Larch Close]]!! 😤",
            "facebook",
            FBZ,
            "post",
            "home_address",
            ["5.1"],
            "home address in a public post",
        ),
        rand_ts(rng),
    )
    fb_checkins.append(
        {
            "ts": ts(2026, 1, 5, 8, 2),
            "text": p.P(
                "INSET day, back to it 😴☕",
                "facebook",
                FBZ,
                "checkin",
                "location",
                ["5.1"],
                "check-in at the school: her place of work",
            ),
            "place": (
                "Brambleside Infant & Nursery",
                52.4051,
                -0.7179,
                "Brambleside Road, Kettering NN16 8LJ",
            ),
        }
    )
    p.seen(
        "INSET day, back to it 😴☕ Brambleside Infant & Nursery Brambleside Road, Kettering NN16 8LJ"
    )

    # look-alikes in posts
    fbpost(
        p.L(
            "[[Mason scored a hat trick at under 8s]] today ⚽️⚽️⚽️ proud mummy moment",
            "facebook",
            FBZ,
            "post",
            "pupil_name",
            "her own son Mason (listed child), who shares a first name with a pupil",
        ),
    )
    fbpost(
        p.L(
            "[[Lily-Mae's first ballet show]] 🩰 she was the tiniest snowflake ❄️",
            "facebook",
            FBZ,
            "post",
            "child_name",
            "her own daughter, named in her profile",
        ),
    )
    fbpost(
        p.L(
            "Coffee morning at [[Brambleside Methodist Church]] this saturday, all welcome ☕ cakes galore",
            "facebook",
            FBZ,
            "post",
            "school_name",
            "a church with a name like the school's",
        ),
    )
    fbpost(
        p.L(
            "[[Grace and I did the couch to 5k graduation run]] this morning!! 🏃‍♀️ never thought I'd see the day",
            "facebook",
            FBZ,
            "post",
            "pupil_name",
            "adult friend Grace, no school context",
        ),
    )
    fbpost(
        p.L(
            "[[Hedgehog spotted in the garden again]] last night 🦔 the kids have named him Reggie",
            "facebook",
            FBZ,
            "post",
            "pupil_name",
            "a garden hedgehog named Reggie, not the pupil",
        ),
    )
    fbpost(
        p.L(
            "anyone need a boiler man? [[Kettering Heating Services 01632 960214]] sorted ours in an hour, highly recommend",
            "facebook",
            FBZ,
            "post",
            "phone",
            "a business's phone number",
        ),
    )
    fbpost(
        p.L(
            "[[laminating at 11pm on a sunday]] is the glamorous life nobody warns you about 😂",
            "facebook",
            FBZ,
            "post",
            "teaching_chat",
            "general work chat, no school or child",
        ),
    )
    fbpost(
        p.L(
            "[[Craig's new job as a site manager]] starts monday, so proud of him 💪 (Persimmon, not a school lol)",
            "facebook",
            FBZ,
            "post",
            "job_title",
            "her husband's job title at a building firm",
        ),
    )
    fbpost(
        p.L(
            "[[the new Costa on Northampton Road]] is open!! queue out the door already",
            "facebook",
            FBZ,
            "post",
            "home_address",
            "a street name that is not her address",
        ),
    )
    fbpost(
        p.L(
            "does anyone know if [[the NN16 roadworks by the station]] are finished yet? 🚧",
            "facebook",
            FBZ,
            "post",
            "postcode",
            "an outward code about roadworks, not her home",
        ),
    )
    fbpost(
        p.L(
            "[[send help, the kids have found the glitter]] 😩✨ half term day 2",
            "facebook",
            FBZ,
            "post",
            "confidential_topic",
            "'send' the verb, at home with her own children",
        ),
    )
    fb_checkins.append(
        {
            "ts": ts(2026, 5, 25, 11, 0),
            "text": p.L(
                "[[Day out with my two at the park]] 🎢🍦",
                "facebook",
                FBZ,
                "checkin",
                "location",
                "check-in at a theme park, not the school",
            ),
            "place": ("Wicksteed Park", 52.3833, -0.7087, "Barton Road, Kettering NN15 6NJ"),
        }
    )
    p.seen("Day out with my two at the park 🎢🍦 Wicksteed Park Barton Road, Kettering NN15 6NJ")
    for _ in range(6):
        t = rand_ts(rng)
        fb_checkins.append(
            {
                "ts": t,
                "text": rng.choice(["Date night 🍷", "Sunday lunch 😋", "Cinema!", "Brunch ☕"]),
                "place": (
                    "Rushton Triangular Lodge",
                    52.4218,
                    -0.7625,
                    "Rushton, Kettering NN14 1RP",
                ),
            }
        )

    # comments on other people's posts
    for _ in range(55):
        fbcomment(
            rng.choice(
                [
                    "aww gorgeous 😍",
                    "happy birthday lovely x",
                    "looks amazing!!",
                    "congratulations!! 🎉",
                    "sending love xx",
                    "haha brilliant",
                    "recipe please!",
                    "where is this?! need to go",
                ]
            )
            + rng.choice(["", " x", " 💕", "!"]),
            rng.choice(
                ["Danielle Hayes", "Sam Peters", "Jodie Kent", "Craig Whitworth", "Lauren Bird"]
            ),
        )
    fbcomment(
        p.P(
            "aww she was an absolute star today, [[Isla you smashed your phonics check]] 🌟",
            "facebook",
            FBZ,
            "comment",
            "pupil_name",
            ["3.3", "6.20", "6.21"],
            "comment on a parent's post names a pupil and her phonics check",
        ),
        "Nicola McAllister",
        term_ts(rng),
    )
    fbcomment(
        p.L(
            "[[happy birthday Jack!! have a good one mate]] 🍻",
            "facebook",
            FBZ,
            "comment",
            "pupil_name",
            "birthday wish to an adult friend called Jack",
        ),
        "Jack Dempsey",
    )

    # Messenger
    def thread(title, parts, msgs, typ="Regular"):
        for _s, _t, c in msgs:
            p.seen(c)
        threads.append({"title": title, "participants": parts, "messages": msgs, "type": typ})

    t0 = ts(2025, 11, 18, 17, 5)
    thread(
        "Kerry Whitlock",
        ["Kerry Whitlock", ME],
        [
            (
                "Kerry Whitlock",
                t0,
                "Hiya Leanne sorry to message on here, was he ok today after the wobble at drop off?",
            ),
            (ME, t0 + 300, "hiya! he was fine after snack honestly, came round lovely"),
            (
                ME,
                t0 + 360,
                p.P(
                    "[[teddy had a little accident after lunch]] but we sorted him out, spare trousers are in his bag x",
                    "facebook",
                    FBZ,
                    "message",
                    "pupil_name",
                    ["6.5", "6.6"],
                    "tells a parent about her child at school over Messenger",
                ),
            ),
            ("Kerry Whitlock", t0 + 900, "ahh bless him, thank you so much x"),
            (
                ME,
                t0 + 1000,
                p.P(
                    "no worries, [[text me on 07700 900814]] anytime if you're worried about him x",
                    "facebook",
                    FBZ,
                    "message",
                    "phone",
                    ["6.1", "6.2"],
                    "gives a parent her personal mobile number",
                ),
            ),
        ],
    )
    t0 = ts(2026, 2, 3, 20, 15)
    thread(
        "Gemma Rowlands",
        ["Gemma Rowlands", ME],
        [
            ("Gemma Rowlands", t0, "Harry from your zumba class says hi btw 😂 he's a laugh"),
            (ME, t0 + 120, "haha he's a nutter"),
            (
                ME,
                t0 + 400,
                p.P(
                    "omg did you hear [[Harry T's dad got arrested on saturday]] 😳 poor lamb was in bits on the carpet",
                    "facebook",
                    FBZ,
                    "message",
                    "confidential_topic",
                    ["6.5", "6.20", "6.21"],
                    "a pupil's family matter discussed with a colleague over Messenger",
                ),
            ),
            ("Gemma Rowlands", t0 + 700, "no way!! bless him"),
        ],
    )
    t0 = rand_ts(rng)
    thread(
        "Pat Gibbons",
        ["Pat Gibbons", ME],
        [
            (
                "Pat Gibbons",
                t0,
                p.L(
                    "[[Frank and Hope send their love]], see you all at christmas xx",
                    "facebook",
                    FBZ,
                    "message",
                    "pupil_name",
                    "her uncle Frank and cousin Hope (adults) in a family chat",
                ),
            ),
            (ME, t0 + 600, "aww love to them both x"),
        ],
    )
    for who in ["Danielle Hayes", "Sam Peters", "Jodie Kent", "Lauren Bird"]:
        base = rand_ts(rng)
        msgs = []
        for i, m in enumerate(noise_chat(rng, rng.randint(12, 25))):
            msgs.append((rng.choice([who, ME]), base + i * 400, m))
        thread(who, [who, ME], msgs)
    base = rand_ts(rng)
    thread(
        "Netball girls 🏐",
        ["Danielle Hayes", "Jodie Kent", "Lauren Bird", ME],
        [
            (rng.choice(["Danielle Hayes", "Jodie Kent", "Lauren Bird", ME]), base + i * 500, m)
            for i, m in enumerate(noise_chat(rng, 40))
        ],
        "RegularGroup",
    )
    friends = [
        (n, rand_ts(rng, (2010, 1, 1), (2026, 6, 1)))
        for n in [
            "Craig Whitworth",
            "Danielle Hayes",
            "Sam Peters",
            "Jodie Kent",
            "Lauren Bird",
            "Pat Gibbons",
            "Jack Dempsey",
            "Gemma Rowlands",
            "Nicola McAllister",
            "Kerry Whitlock",
            "Becky Lowe",
            "Sian Price",
            "Dean Foster",
            "Karen Mills",
            "Tasha Greene",
            "Rob Carter",
            "Lisa Hunt",
            "Amy Ward",
            "Chris Bell",
            "Emma Dale",
        ]
    ]
    for n, _t in friends:
        p.seen(n)
    W.facebook_json(
        ex / FBZ,
        {
            "owner": ME,
            "profile": profile,
            "posts": fb_posts,
            "checkins": fb_checkins,
            "comments": fb_comments,
            "friends": friends,
            "threads": threads,
        },
    )

    # ------------------------------------------------------------------ Instagram (JSON)
    ig_posts, ig_comments, ig_threads = [], [], []

    def igpost(text, t=None, exif=None):
        p.seen(text)
        ig_posts.append({"ts": t or rand_ts(rng), "text": text, "exif": exif})

    def igcomment(text, on, t=None):
        p.seen(text)
        ig_comments.append({"ts": t or rand_ts(rng), "text": text, "on": on})

    bio = p.P(
        "[[Teaching assistant @ Brambleside]] 🍎 | mummy to Mason & Lily-Mae 💕 | Kettering | cake & coffee",
        "instagram",
        IGZ,
        "bio",
        "job_title",
        ["6.17"],
        "bio names her role and the school",
    )
    p.seen(bio)
    for text in noise_posts(rng, 70, PLACES, TEAMS, FAMILY):
        igpost(text)
    igpost(
        p.P(
            "World Book Day crew 📚 the hedgehogs went ALL out this year [[#WorldBookDay #BramblesideFamily]]",
            "instagram",
            IGZ,
            "caption",
            "pupil_photo",
            ["6.16", "5.1"],
            "photo of her class in costumes with the school's hashtag",
        ),
        ts(2026, 3, 5, 16, 10),
    )
    igpost(
        p.P(
            "my little reading group 🥹📖 [[#ProudTA #WellDoneTheo]]",
            "instagram",
            IGZ,
            "caption",
            "pupil_name",
            ["3.3", "6.16", "6.20"],
            "a listed pupil's first name in a praise hashtag on a class photo",
        ),
        term_ts(rng),
    )
    igpost(
        p.P(
            "[[classroom all set up for september]] ✂️🖍️ new year new hedgehogs",
            "instagram",
            IGZ,
            "caption",
            "location",
            ["5.1", "6.16"],
            "photo taken at the school (EXIF location at the school)",
        ),
        ts(2025, 9, 2, 15, 30),
        exif=(52.40528, -0.71790),
    )
    igpost(
        p.P(
            "new front door reveal 🚪💚 [[NN15 5TR gang]] where you at",
            "instagram",
            IGZ,
            "caption",
            "postcode",
            ["5.1"],
            "her home postcode in a caption",
        ),
    )
    igpost(
        p.L(
            "[[Harry Styles tickets SECURED]] 😭😭 #loveontour",
            "instagram",
            IGZ,
            "caption",
            "pupil_name",
            "Harry Styles, a singer",
        ),
    )
    igpost(
        p.L(
            "[[Ivy is finally climbing the trellis]] 🌿 #gardening #cottagegarden",
            "instagram",
            IGZ,
            "caption",
            "pupil_name",
            "ivy, the plant",
        ),
    )
    igpost(
        p.L(
            "[[my two on the beach at Hunstanton]] 🌊 best day",
            "instagram",
            IGZ,
            "caption",
            "pupil_photo",
            "photo of her own children on holiday",
        ),
        ts(2026, 8, 3, 14, 0),
        exif=(52.9390, 0.4880),
    )
    igpost(
        p.L(
            "[[my hedgehogs are absolute legends]], best bunch I've ever had 🥹 end of year feels",
            "instagram",
            IGZ,
            "caption",
            "negative_remark",
            "praise with strong words, no one attacked",
        ),
    )
    for _ in range(35):
        igcomment(
            rng.choice(["stunning 😍", "obsessed!!", "yesss", "love this", "so cute", "need this"])
            + rng.choice(["", " 🔥", " x", " ❤️"]),
            rng.choice(
                ["sarahjbakes", "kettering_mumlife", "dani.hayes", "jodiekent_", "homewithlauren"]
            ),
        )
    igcomment(
        p.P(
            "[[miss reggie already]] 😭 so proud of our little ones at the summer fair",
            "instagram",
            IGZ,
            "comment",
            "pupil_name",
            ["3.3", "6.20"],
            "comment on the PTA's post names a pupil",
        ),
        "bramblesidepta",
        ts(2026, 7, 12, 18, 0),
    )
    igcomment(
        p.P(
            "[[we had the same at Brambleside]], 3 with nits in my class this week 🤢",
            "instagram",
            IGZ,
            "comment",
            "school_name",
            ["5.1", "6.20"],
            "names the school she works at in a comment on a local account",
        ),
        "kettering_mumlife",
    )
    igcomment(
        p.P(
            "[[Elsie in Owls made me a bracelet]] today and I've not taken it off 🥹",
            "instagram",
            IGZ,
            "comment",
            "child_name",
            ["3.3", "6.20"],
            "unlisted child named with her class",
        ),
        "dani.hayes",
    )
    igcomment(
        p.L(
            "[[Willow these are stunning]], ordering some for mum's birthday 💐",
            "instagram",
            IGZ,
            "comment",
            "pupil_name",
            "Willow, the florist who runs the account",
        ),
        "willowandbloom.florist",
    )
    t0 = ts(2026, 4, 22, 19, 30)
    ig_threads.append(
        {
            "title": "sienna.mum.kaur",
            "participants": ["sienna.mum.kaur", ME],
            "messages": [
                (
                    "sienna.mum.kaur",
                    t0,
                    p.P(
                        "hi miss! [[its Sienna's mum, is she allowed to bring birthday cakes in friday]]? x",
                        "instagram",
                        IGZ,
                        "message",
                        "pupil_name",
                        ["6.5", "6.6"],
                        "a parent asks about her child over Instagram DM",
                    ),
                ),
                (ME, t0 + 200, "yes hun bring them to the side door and I'll sort it 💕"),
                (
                    ME,
                    t0 + 260,
                    p.P(
                        "if you need anything else [[my personal email is leanne.w88@hotmail.co.uk]]",
                        "instagram",
                        IGZ,
                        "message",
                        "email",
                        ["6.1", "6.2"],
                        "gives a parent her personal email address",
                    ),
                ),
            ],
        }
    )
    t0 = rand_ts(rng)
    ig_threads.append(
        {
            "title": "sarahjbakes",
            "participants": ["sarahjbakes", ME],
            "messages": [
                (
                    ME,
                    t0,
                    p.L(
                        "can I order 2 dozen cupcakes for [[my niece poppy's 5th]]? unicorn theme 🦄",
                        "instagram",
                        IGZ,
                        "message",
                        "child_name",
                        "her niece Poppy, not a pupil",
                    ),
                ),
                ("sarahjbakes", t0 + 900, "course! I'll send you some designs x"),
            ],
        }
    )
    for who in ["dani.hayes", "jodiekent_"]:
        base = rand_ts(rng)
        ig_threads.append(
            {
                "title": who,
                "participants": [who, ME],
                "messages": [
                    (rng.choice([who, ME]), base + i * 300, m)
                    for i, m in enumerate(noise_chat(rng, 15))
                ],
            }
        )
    for th in ig_threads:
        for m in th["messages"]:
            p.seen(m[2])
    followers = [
        (u, rand_ts(rng))
        for u in [
            "sarahjbakes",
            "kettering_mumlife",
            "dani.hayes",
            "jodiekent_",
            "homewithlauren",
            "bramblesidepta",
            "sienna.mum.kaur",
            "craigw_82",
            "beckylowe",
            "sianprice_",
            "tasha.greene",
            "amyward.x",
            "kettering.eats",
            "northants_walks",
            "emmadale90",
        ]
    ]
    following = [
        (u, rand_ts(rng))
        for u in [
            "sarahjbakes",
            "dani.hayes",
            "jodiekent_",
            "mrshinchhome",
            "thebodycoach",
            "willowandbloom.florist",
            "kettering.eats",
            "craigw_82",
            "archiedoyle_pt",
        ]
    ]
    followers.append(
        (
            p.L(
                "teddy_the_cockapoo",
                "instagram",
                IGZ,
                "connection",
                "pupil_connection",
                "a dog's account with a pupil's first name",
            ),
            rand_ts(rng),
        )
    )
    p.L(
        "archiedoyle_pt",
        "instagram",
        IGZ,
        "connection",
        "pupil_connection",
        "an adult personal trainer who shares a pupil's name (namesake)",
    )
    for u, _t in followers + following:
        p.seen(u)
    W.instagram_json(
        ex / IGZ,
        {
            "profile": {
                "email": "leanne.whitworth88@gmail.com",
                "username": IG_USER,
                "name": ME,
                "bio": bio,
                "website": "",
            },
            "posts": ig_posts,
            "comments": ig_comments,
            "followers": followers,
            "following": following,
            "threads": ig_threads,
        },
    )

    # ------------------------------------------------------------------ TikTok
    videos, tt_comments, dms = [], [], {}

    def video(text, t=None, location="N/A"):
        p.seen(text)
        videos.append({"ts": t or rand_ts(rng), "text": text, "location": location})

    def ttcomment(text, t=None):
        p.seen(text)
        tt_comments.append({"ts": t or rand_ts(rng), "text": text})

    tt_bio = p.P(
        "[[just a TA surviving on coffee and glitter]] ☕✨ mum of 2",
        "tiktok",
        TTZ,
        "bio",
        "job_title",
        ["6.17"],
        "bio gives her school role",
    )
    p.seen(tt_bio)
    for i in range(30):
        video(
            rng.choice(
                [
                    "get ready with me for date night 💄",
                    "sunday reset 🧺🧽",
                    "trying the viral feta pasta",
                    "garden glow up part ",
                    "what I eat in a day (realistic)",
                    "car karaoke with the kids 🎤",
                    "baking with Lily-Mae 🧁",
                ]
            )
            + str(i)
        )
    video(
        p.P(
            "[[classroom tour 2025]] 🦔✨ #teachertok #classroomsetup",
            "tiktok",
            TTZ,
            "video_caption",
            "location",
            ["5.1", "6.17"],
            "video's location field is the school",
        ),
        ts(2025, 9, 1, 17, 0),
        "Brambleside Infant School, Kettering",
    )
    p.seen("Brambleside Infant School, Kettering")
    video(
        p.P(
            "[[the way Jude told me his mummy is having a baby]] before she's told anyone 💀 #TAlife",
            "tiktok",
            TTZ,
            "video_caption",
            "pupil_name",
            ["3.3", "6.20", "6.21"],
            "names a pupil and shares his family's private news",
        ),
    )
    video(
        p.L(
            "storytime: [[my son mason thinks the tooth fairy is on strike]] 🦷😂",
            "tiktok",
            TTZ,
            "video_caption",
            "pupil_name",
            "her own son Mason",
        ),
    )
    video(
        p.L(
            "[[Kettering market is back on sunday]] 🍓 come say hi",
            "tiktok",
            TTZ,
            "video_caption",
            "town",
            "her town, no school",
        ),
    )
    for _ in range(25):
        ttcomment(
            rng.choice(
                ["😂😂😂", "this is me", "STOP", "need the recipe", "obsessed", "my kids fr"]
            )
        )
    ttcomment(
        p.P(
            "[[this is literally Oscar L in my class]] 😂😂",
            "tiktok",
            TTZ,
            "comment",
            "pupil_name",
            ["3.3", "6.20"],
            "names a pupil by first name and initial with 'my class'",
        ),
    )
    ttcomment(
        p.L(
            "[[our teddy does the exact same when the hoover comes out]] 🐶",
            "tiktok",
            TTZ,
            "comment",
            "pupil_name",
            "Teddy, her family's dog",
        ),
    )
    ttcomment(
        p.L(
            "[[done my safeguarding refresher online]] and passed, certificate on the fridge ✅",
            "tiktok",
            TTZ,
            "comment",
            "confidential_topic",
            "her own training, no case",
        ),
    )
    t0 = ts(2026, 3, 10, 20, 0)
    dms["poppys.mum.22"] = [
        ("poppys.mum.22", t0, "hiya is this Mrs Whitworth from school? x"),
        (TT_USER, t0 + 500, "haha yes it is! x"),
        (
            TT_USER,
            t0 + 560,
            p.P(
                "[[poppy was a superstar in phonics today]] btw, tell her I said so 🌟",
                "tiktok",
                TTZ,
                "message",
                "pupil_name",
                ["6.5", "6.6"],
                "talks to a parent about her child over TikTok DM",
            ),
        ),
    ]
    t0 = rand_ts(rng)
    dms["lauren.bird_"] = [
        (rng.choice(["lauren.bird_", TT_USER]), t0 + i * 200, m)
        for i, m in enumerate(noise_chat(rng, 12))
    ]
    for msgs in dms.values():
        for m in msgs:
            p.seen(m[2])
    W.tiktok(
        ex / TTZ,
        {
            "profile": {
                "bio": tt_bio,
                "birth": "19-Apr-1988",
                "email": "leanne.whitworth88@gmail.com",
                "userName": TT_USER,
            },
            "watch": sorted(rand_ts(rng) for _ in range(320)),
            "searches": [
                (rand_ts(rng), s)
                for s in [
                    "feta pasta",
                    "sunday reset",
                    "half term ideas",
                    "cockapoo grooming",
                    "air fryer chips",
                    "skegness caravan",
                ]
            ],
            "followers": [
                (u, rand_ts(rng))
                for u in ["lauren.bird_", "dani.hayes", "poppys.mum.22", "craigw82"]
            ],
            "following": [(u, rand_ts(rng)) for u in ["mrshinch", "lauren.bird_", "dani.hayes"]],
            "comments": tt_comments,
            "dms": dms,
            "videos": videos,
        },
    )

    # ------------------------------------------------------------------ WhatsApp (Android)
    E2E = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."

    def chat_noise(people, n, start=None):
        base = start or rand_ts(rng, (2025, 1, 1), (2026, 10, 1))
        return [(base + i * 700, rng.choice(people), m) for i, m in enumerate(noise_chat(rng, n))]

    def android(name, lines):
        for _t, s, txt in lines:
            if s:
                p.seen(txt)
        W.whatsapp_android(ex / f"WhatsApp Chat with {name}.txt", lines)

    # the class parents' group she set up
    grp = "Hedgehogs parents"
    t0 = ts(2025, 9, 8, 19, 0)
    android(
        grp,
        [
            (t0 - 60, None, E2E),
            (t0 - 30, None, f'You created group "{grp}"'),
            (
                t0 - 20,
                None,
                "You added +44 7700 900461, +44 7700 900738, Kerry Whitlock, Nicola McAllister",
            ),
            (
                t0,
                "Leanne",
                p.P(
                    "Hi all! [[made this group so I can keep you updated on what the hedgehogs are up to]] 🦔 please don't share outside the group x",
                    "whatsapp",
                    f"WhatsApp Chat with {grp}.txt",
                    "group_message",
                    "school_group",
                    ["9.1", "6.6"],
                    "she created an unofficial class parents' group",
                    group=grp,
                ),
            ),
            (t0 + 600, "Nicola McAllister", "ooh lovely thank you!!"),
            (t0 + 900, "+44 7700 900461", "thanks Mrs W x"),
            *chat_noise(
                ["Nicola McAllister", "+44 7700 900461", "Kerry Whitlock", "Leanne"], 20, t0 + 3600
            ),
            (
                t0 + 86400 * 3,
                "Leanne",
                p.P(
                    "reminder its PE tomorrow, [[Maisie and Archie still need their kits in]]!!",
                    "whatsapp",
                    f"WhatsApp Chat with {grp}.txt",
                    "group_message",
                    "pupil_name",
                    ["6.5", "6.6"],
                    "names pupils to parents in the unofficial group",
                ),
            ),
            (
                t0 + 86400 * 9,
                "Leanne",
                p.P(
                    "if anyone can't get through to the office [[just ring me on 07700 900552]]",
                    "whatsapp",
                    f"WhatsApp Chat with {grp}.txt",
                    "group_message",
                    "phone",
                    ["6.1", "6.2"],
                    "personal mobile given to parents",
                ),
            ),
            (
                t0 + 86400 * 20,
                "Leanne",
                p.P(
                    "[[Ivy's mum please can you ring school about her inhaler]], the one we have is out of date",
                    "whatsapp",
                    f"WhatsApp Chat with {grp}.txt",
                    "group_message",
                    "confidential_topic",
                    ["6.5", "6.20", "6.21"],
                    "a pupil's medical information shared in a parents' group",
                ),
            ),
            (t0 + 86400 * 20 + 400, "+44 7700 900738", "will do, sorry!"),
        ],
    )
    # chat with her husband: one false lead, then a pupil's SEND matter
    t0 = ts(2026, 1, 21, 16, 30)
    android(
        "Craig",
        [
            (t0 - 86400 * 30, None, E2E),
            *chat_noise(["Craig", "Leanne"], 40, t0 - 86400 * 20),
            (t0, "Craig", "Frank's coming round at 6 to look at the boiler"),
            (t0 + 120, "Leanne", "ok x"),
            (
                t0 + 300,
                "Leanne",
                p.P(
                    "[[Freya C kicked off again, full meltdown, had to clear the room]]. SENCo STILL hasn't sorted her EHCP 🙄",
                    "whatsapp",
                    "WhatsApp Chat with Craig.txt",
                    "message",
                    "confidential_topic",
                    ["6.5", "6.20", "6.21"],
                    "a pupil's behaviour and SEND plan discussed with her husband",
                ),
            ),
            (t0 + 500, "Craig", "sounds rough, wine tonight?"),
            *chat_noise(["Craig", "Leanne"], 30, t0 + 86400 * 2),
        ],
    )
    # chat with a colleague
    t0 = ts(2026, 3, 4, 19, 40)
    android(
        "Steph TA",
        [
            (t0 - 86400 * 40, None, E2E),
            *chat_noise(["Steph TA", "Leanne"], 25, t0 - 86400 * 30),
            (
                t0,
                "Leanne",
                p.P(
                    "mrs p is [[an absolute joke of a head]], no wonder half the staff are off with stress",
                    "whatsapp",
                    "WhatsApp Chat with Steph TA.txt",
                    "message",
                    "negative_remark",
                    ["6.13", "6.14"],
                    "derogatory remark about the headteacher",
                ),
            ),
            (t0 + 200, "Steph TA", "preach 🙌"),
            (
                t0 + 86400 * 6,
                "Leanne",
                p.P(
                    "between us [[the Bhatti family are going through a nasty custody thing]], dad's not allowed to collect noah anymore",
                    "whatsapp",
                    "WhatsApp Chat with Steph TA.txt",
                    "message",
                    "confidential_topic",
                    ["6.5", "6.20", "6.21"],
                    "a pupil's family court matter shared by message",
                ),
            ),
            (t0 + 86400 * 6 + 300, "Steph TA", "oh god poor noah"),
        ],
    )
    # her son's football parents' group (not school)
    grp2 = "Lions U8s parents ⚽"
    t0 = ts(2025, 8, 28, 18, 0)
    android(
        grp2,
        [
            (t0 - 60, None, E2E),
            (t0 - 30, None, f'You created group "{grp2}"'),
            (
                t0,
                "Leanne",
                p.L(
                    "Hi all, [[made this so we can sort lifts to away games]] ⚽ Sunday kick offs 10am",
                    "whatsapp",
                    f"WhatsApp Chat with {grp2}.txt",
                    "group_message",
                    "school_group",
                    "a group she made for her son's football team, not the school",
                    group=grp2,
                ),
            ),
            *chat_noise(["Leanne", "Dean Foster", "+44 7700 900190", "Becky Lowe"], 30, t0 + 3600),
        ],
    )

    # ------------------------------------------------------------------ WhatsApp (iOS)
    def ios(name, lines):
        for _t, s, txt in lines:
            if s:
                p.seen(txt)
        W.whatsapp_ios(ex / f"WhatsApp Chat - {name}.zip", name, lines)

    t0 = rand_ts(rng, (2026, 1, 1), (2026, 9, 1))
    ios(
        "Mum",
        [
            (t0 - 86400 * 90, None, E2E),
            *chat_noise(["Mum", "Leanne Whitworth"], 45, t0 - 86400 * 60),
            (
                t0,
                "Leanne Whitworth",
                p.L(
                    "[[Lily-Mae wants to stay at yours friday]], is that ok? x",
                    "whatsapp",
                    "WhatsApp Chat - Mum.zip",
                    "message",
                    "child_name",
                    "her own daughter, in a chat with her mother",
                ),
            ),
            (t0 + 300, "Mum", "course she can x"),
        ],
    )
    grp3 = "Brambleside Methodist coffee morning"
    t0 = rand_ts(rng, (2025, 10, 1), (2026, 9, 1))
    ios(
        grp3,
        [
            (t0 - 86400 * 200, None, E2E),
            (t0 - 86400 * 199, None, "Rev Alison Shaw added you"),
            *chat_noise(
                ["Rev Alison Shaw", "Margaret Tyler", "Leanne Whitworth"], 15, t0 - 86400 * 100
            ),
            (
                t0,
                "Margaret Tyler",
                p.L(
                    "[[can anyone do the tea urn on saturday]]? we've got the christening after x",
                    "whatsapp",
                    f"WhatsApp Chat - {grp3}.zip",
                    "group_message",
                    "school_group",
                    "a church group whose name is like the school's, not made by her",
                    group=grp3,
                ),
            ),
            (t0 + 600, "Leanne Whitworth", "I can do it x"),
        ],
    )
    t0 = rand_ts(rng, (2025, 10, 1), (2026, 9, 1))
    ios(
        "Gym girls 💪",
        [
            (t0 - 86400 * 50, None, E2E),
            (t0 - 86400 * 49, None, "Tasha Greene added you"),
            *chat_noise(["Tasha Greene", "Amy Ward", "Leanne Whitworth"], 20, t0 - 86400 * 40),
            (
                t0,
                "Leanne Whitworth",
                p.L(
                    "[[grace are you doing spin tomorrow]]? I need dragging there 😂",
                    "whatsapp",
                    "WhatsApp Chat - Gym girls 💪.zip",
                    "group_message",
                    "pupil_name",
                    "an adult friend Grace in a gym chat",
                ),
            ),
            (t0 + 300, "Grace Lane", "yesss 6:15 x"),
        ],
    )
    return p
