"""One writer per platform download, following shared/real-exports/FORMATS.md."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

from common import UTC, Zip, csv_text, meta_json, slug, tiny_jpeg


def _d(t: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(t, UTC)


# --------------------------------------------------------------------------- Facebook (JSON)


def facebook_json(path: Path, d: dict) -> None:
    """d: owner, profile (profile_v2 body), posts, checkins, comments, friends, threads."""
    z = Zip(path)
    z.write(
        "personal_information/profile_information/profile_information.json",
        meta_json({"profile_v2": d["profile"]}),
    )
    posts = []
    for i, p in enumerate(d["posts"]):
        post = {
            "timestamp": p["ts"],
            "data": [{"post": p["text"]}],
            "title": f"{d['owner']} updated their status.",
        }
        att = []
        if p.get("photo") or p.get("exif"):
            uri = f"your_facebook_activity/posts/media/Mobileuploads_{p['ts'] // 1000}/{p['ts']}_{i}_n.jpg"
            media = {
                "uri": uri,
                "creation_timestamp": p["ts"],
                "title": "Mobile uploads",
                "description": p["text"],
            }
            exif = [{"upload_ip": "81.97.12.40", "taken_timestamp": p["ts"] - 60}]
            if p.get("exif"):
                exif[0]["latitude"], exif[0]["longitude"] = p["exif"]
            media["media_metadata"] = {"photo_metadata": {"exif_data": exif}}
            att.append({"media": media})
            z.write(uri, tiny_jpeg())
            post["title"] = f"{d['owner']} added a new photo."
        if p.get("place"):
            name, lat, lon, addr = p["place"]
            att.append(
                {
                    "place": {
                        "name": name,
                        "coordinate": {"latitude": lat, "longitude": lon},
                        "address": addr,
                        "url": "https://www.facebook.com/pages/" + slug(name),
                    }
                }
            )
            post["title"] = f"{d['owner']} was at {name}."
        if att:
            post["attachments"] = [{"data": att}]
        if p.get("tags"):
            post["tags"] = [{"name": n} for n in p["tags"]]
        posts.append(post)
    z.write(
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        meta_json(posts),
    )
    checkins = []
    for i, c in enumerate(d.get("checkins", [])):
        name, lat, lon, addr = c["place"]
        checkins.append(
            {
                "timestamp": c["ts"],
                "media": [],
                "fbid": str(9100000000 + i),
                "label_values": [
                    {"label": "Message", "value": c["text"]},
                    {
                        "label": "Place",
                        "dict": [
                            {"label": "Name", "value": name},
                            {"label": "Coordinates", "value": f"({lat} , {lon})"},
                            {"label": "Address", "value": addr},
                        ],
                    },
                    {"label": "Creation timestamp", "timestamp_value": c["ts"]},
                ],
            }
        )
    z.write("your_facebook_activity/posts/check-ins.json", meta_json(checkins))
    comments = [
        {
            "timestamp": c["ts"],
            "data": [
                {"comment": {"timestamp": c["ts"], "comment": c["text"], "author": d["owner"]}}
            ],
            "title": f"{d['owner']} commented on {c['on']}'s post.",
        }
        for c in d["comments"]
    ]
    z.write(
        "your_facebook_activity/comments_and_reactions/comments.json",
        meta_json({"comments_v2": comments}),
    )
    z.write(
        "connections/friends/your_friends.json",
        meta_json({"friends_v2": [{"name": n, "timestamp": t} for n, t in d["friends"]]}),
    )
    for i, th in enumerate(d["threads"]):
        folder = f"your_facebook_activity/messages/inbox/{slug(th['title'])}_{10153382700 + i * 7}"
        msgs = [
            {
                "sender_name": s,
                "timestamp_ms": t * 1000,
                "content": c,
                "is_geoblocked_for_viewer": False,
                "type": "Generic",
            }
            for s, t, c in sorted(th["messages"], key=lambda m: -m[1])
        ]
        body = {
            "participants": [{"name": n} for n in th["participants"]],
            "messages": msgs,
            "title": th["title"],
            "is_still_participant": True,
            "thread_type": th.get("type", "Regular"),
            "thread_path": folder.split("messages/")[1],
            "magic_words": [],
        }
        z.write(folder + "/message_1.json", meta_json(body))
    z.close()


# --------------------------------------------------------------------------- Facebook (HTML)


def _fmt_html_date(t: int) -> str:
    d = _d(t)
    return d.strftime("%b %d, %Y, ") + d.strftime("%I:%M %p").lstrip("0")


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>'
        + html.escape(title)
        + '</title></head>\n<body>\n<div class="_a706">\n'
        + body
        + "</div>\n</body>\n</html>\n"
    )


def _block(head: str, text: str, t: int, extra: str = "") -> str:
    return (
        '<div class="_a6-g">\n<div class="_2ph_ _a6-h _a6-i">' + html.escape(head) + "</div>\n"
        '<div class="_2ph_ _a6-p"><div><div class="_2pin"><div>'
        + html.escape(text)
        + "</div></div>"
        + extra
        + "</div></div>\n"
        '<div class="_2ph_ _a6-o"><div class="_a72d">'
        + _fmt_html_date(t)
        + "</div></div>\n</div>\n"
    )


def facebook_html(path: Path, d: dict) -> None:
    z = Zip(path)
    prof = d["profile"]
    rows = "".join(
        f'<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">{html.escape(k)}</div>'
        f'<div class="_2ph_ _a6-p"><div>{html.escape(v)}</div></div></div>\n'
        for k, v in prof
    )
    z.write(
        "personal_information/profile_information/profile_information.html",
        _page("Profile information", rows),
    )
    blocks = ""
    for p in d["posts"]:
        extra = ""
        if p.get("place"):
            name, lat, lon, addr = p["place"]
            extra = (
                f'<div class="_2pin"><div>Place: {html.escape(name)}</div><div>Address: {html.escape(addr)}</div>'
                f"<div>Coordinates: ({lat} , {lon})</div></div>"
            )
        head = (
            f"{d['owner']} was at {p['place'][0]}."
            if p.get("place")
            else f"{d['owner']} updated his status."
        )
        blocks += _block(head, p["text"], p["ts"], extra)
    z.write(
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html",
        _page("Your posts", blocks),
    )
    blocks = "".join(
        _block(f"{d['owner']} commented on {c['on']}'s post.", c["text"], c["ts"])
        for c in d["comments"]
    )
    z.write(
        "your_facebook_activity/comments_and_reactions/comments.html", _page("Comments", blocks)
    )
    blocks = "".join(
        f'<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">{html.escape(n)}</div>'
        f'<div class="_2ph_ _a6-o"><div class="_a72d">{_fmt_html_date(t)}</div></div></div>\n'
        for n, t in d["friends"]
    )
    z.write("connections/friends/your_friends.html", _page("Your friends", blocks))
    for i, th in enumerate(d["threads"]):
        folder = f"your_facebook_activity/messages/inbox/{slug(th['title'])}_{20831150 + i * 13}"
        body = (
            '<div class="_a70e">\n<div class="_3b0d">Participants: '
            + html.escape(", ".join(th["participants"]))
            + '</div>\n</div>\n<div class="_a6-g">\n'
        )
        for s, t, c in sorted(th["messages"], key=lambda m: m[1]):
            body += (
                '<div class="_a6-p">\n<div class="_2ph_ _a6-h _a6-i"><div>'
                + html.escape(s)
                + "</div></div>\n"
                '<div class="_2ph_ _a6-p"><div><div>' + html.escape(c) + "</div></div></div>\n"
                '<div class="_a72d">' + _fmt_html_date(t) + "</div>\n</div>\n"
            )
        body += "</div>\n"
        z.write(folder + "/message_1.html", _page(th["title"], body))
    z.close()


# --------------------------------------------------------------------------- Instagram (JSON)


def instagram_json(path: Path, d: dict) -> None:
    z = Zip(path)
    pr = d["profile"]
    smd = {
        "Email": {"href": "", "value": pr["email"], "timestamp": 0},
        "Phone Confirmed": {"href": "", "value": "False", "timestamp": 0},
        "Username": {"href": "", "value": pr["username"], "timestamp": 0},
        "Name": {"href": "", "value": pr["name"], "timestamp": 0},
        "Bio": {"href": "", "value": pr["bio"], "timestamp": 0},
        "Gender": {"href": "", "value": pr.get("gender", "female"), "timestamp": 0},
        "Website": {"href": "", "value": pr.get("website", ""), "timestamp": 0},
        "Private Account": {"href": "", "value": "False", "timestamp": 0},
    }
    z.write(
        "personal_information/personal_information/personal_information.json",
        meta_json({"profile_user": [{"title": "", "media_map_data": {}, "string_map_data": smd}]}),
    )
    posts = []
    for i, p in enumerate(d["posts"]):
        month = _d(p["ts"]).strftime("%Y%m")
        uri = f"media/posts/{month}/{17900000000000000 + i}.jpg"
        if p.get("exif"):
            meta = {
                "photo_metadata": {
                    "exif_data": [
                        {
                            "latitude": p["exif"][0],
                            "longitude": p["exif"][1],
                            "date_time_original": _d(p["ts"]).strftime("%Y:%m:%d %H:%M:%S"),
                        }
                    ]
                }
            }
        else:
            meta = {"camera_metadata": {"has_camera_metadata": False}}
        media = {
            "uri": uri,
            "creation_timestamp": p["ts"],
            "title": p["text"],
            "media_metadata": meta,
            "cross_post_source": {"source_app": "FB"},
            "dubbing_info": [],
        }
        posts.append({"media": [media]})
        z.write(uri, tiny_jpeg())
    z.write("your_instagram_activity/media/posts_1.json", meta_json(posts))
    comments = [
        {
            "media_list_data": [],
            "string_map_data": {
                "Comment": {"value": c["text"]},
                "Media Owner": {"value": c["on"]},
                "Time": {"timestamp": c["ts"]},
            },
        }
        for c in d["comments"]
    ]
    z.write("your_instagram_activity/comments/post_comments_1.json", meta_json(comments))
    fol = [
        {
            "title": "",
            "media_list_data": [],
            "string_list_data": [
                {"href": f"https://www.instagram.com/{u}", "value": u, "timestamp": t}
            ],
        }
        for u, t in d["followers"]
    ]
    z.write("connections/followers_and_following/followers_1.json", meta_json(fol))
    fing = [
        {
            "title": u,
            "string_list_data": [{"href": f"https://www.instagram.com/_u/{u}", "timestamp": t}],
        }
        for u, t in d["following"]
    ]
    z.write(
        "connections/followers_and_following/following.json",
        meta_json({"relationships_following": fing}),
    )
    for i, th in enumerate(d["threads"]):
        folder = f"your_instagram_activity/messages/inbox/{slug(th['title'])}_{1709820000 + i * 31}"
        msgs = [
            {
                "sender_name": s,
                "timestamp_ms": t * 1000,
                "content": c,
                "is_geoblocked_for_viewer": False,
            }
            for s, t, c in sorted(th["messages"], key=lambda m: -m[1])
        ]
        body = {
            "participants": [{"name": n} for n in th["participants"]],
            "messages": msgs,
            "title": th["title"],
            "is_still_participant": True,
            "thread_path": folder.split("messages/")[1],
            "magic_words": [],
        }
        z.write(folder + "/message_1.json", meta_json(body))
    z.close()


# --------------------------------------------------------------------------- X


def _js(name: str, records: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(records, indent=2, ensure_ascii=False)


def _x_date(t: int) -> str:
    return _d(t).strftime("%a %b %d %H:%M:%S +0000 %Y")


def x_archive(path: Path, d: dict) -> None:
    z = Zip(path)
    acc = d["account"]
    z.write(
        "Your archive.html",
        "<!DOCTYPE html><html><head><title>Your X archive</title></head><body></body></html>",
    )
    z.write(
        "data/manifest.js",
        "window.__THAR_CONFIG = "
        + json.dumps(
            {
                "userInfo": {
                    "accountId": acc["accountId"],
                    "userName": acc["username"],
                    "displayName": acc["accountDisplayName"],
                },
                "archiveInfo": {
                    "generationDate": "2026-11-01T09:00:00.000Z",
                    "isPartialArchive": False,
                },
                "dataTypes": {
                    "tweets": {
                        "files": [
                            {
                                "fileName": "data/tweets.js",
                                "globalName": "YTD.tweets.part0",
                                "count": str(len(d["tweets"])),
                            }
                        ]
                    }
                },
            },
            indent=2,
        ),
    )
    z.write(
        "data/account.js",
        _js(
            "account",
            [{"account": {**acc, "createdVia": "web", "createdAt": "2014-03-02T19:21:08.000Z"}}],
        ),
    )
    z.write(
        "data/profile.js",
        _js(
            "profile",
            [
                {
                    "profile": {
                        "description": d["profile"],
                        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg",
                    }
                }
            ],
        ),
    )
    tweets = []
    for tw in d["tweets"]:
        rec = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [tw["id"]],
                    "editableUntil": "2026-01-01T00:00:00.000Z",
                    "editsRemaining": "5",
                    "isEditEligible": True,
                }
            },
            "retweeted": False,
            "source": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(tw["text"]))],
            "favorite_count": str(tw.get("likes", 0)),
            "id_str": tw["id"],
            "truncated": False,
            "retweet_count": "0",
            "id": tw["id"],
            "created_at": _x_date(tw["ts"]),
            "favorited": False,
            "full_text": tw["text"],
            "lang": "en",
        }
        if tw.get("reply_to"):
            sn, uid = tw["reply_to"]
            rec["in_reply_to_screen_name"] = sn
            rec["in_reply_to_user_id_str"] = uid
            rec["in_reply_to_status_id_str"] = str(int(tw["id"]) - 12345)
            rec["entities"]["user_mentions"] = [
                {
                    "name": sn,
                    "screen_name": sn,
                    "indices": ["0", str(len(sn) + 1)],
                    "id_str": uid,
                    "id": uid,
                }
            ]
        if tw.get("coords"):
            lat, lon = tw["coords"]
            rec["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
            rec["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
        tweets.append({"tweet": rec})
    z.write("data/tweets.js", _js("tweets", tweets))
    convs = []
    for c in d["dms"]:
        msgs = [
            {
                "messageCreate": {
                    "id": str(1700000000000000000 + i + int(c["id"].split("-")[0]) % 1000 * 100),
                    "senderId": s,
                    "recipientId": r,
                    "text": txt,
                    "createdAt": _d(t).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "mediaUrls": [],
                    "urls": [],
                    "reactions": [],
                }
            }
            for i, (s, r, t, txt) in enumerate(sorted(c["messages"], key=lambda m: -m[2]))
        ]
        convs.append({"dmConversation": {"conversationId": c["id"], "messages": msgs}})
    z.write("data/direct-messages.js", _js("direct_messages", convs))
    z.write("data/direct-messages-group.js", _js("direct_messages_group", []))
    z.write(
        "data/follower.js",
        _js(
            "follower",
            [
                {
                    "follower": {
                        "accountId": a,
                        "userLink": f"https://twitter.com/intent/user?user_id={a}",
                    }
                }
                for a in d["followers"]
            ],
        ),
    )
    z.write(
        "data/following.js",
        _js(
            "following",
            [
                {
                    "following": {
                        "accountId": a,
                        "userLink": f"https://twitter.com/intent/user?user_id={a}",
                    }
                }
                for a in d["following"]
            ],
        ),
    )
    z.close()


# --------------------------------------------------------------------------- TikTok


def _tt_date(t: int) -> str:
    return _d(t).strftime("%Y-%m-%d %H:%M:%S")


def tiktok(path: Path, d: dict) -> None:
    pr = d["profile"]
    data = {
        "Profile": {
            "Profile Info": {
                "ProfileMap": {
                    "PlatformInfo": [],
                    "bioDescription": pr["bio"],
                    "birthDate": pr["birth"],
                    "emailAddress": pr["email"],
                    "likesReceived": "1204",
                    "profilePhoto": "N/A",
                    "profileVideo": "N/A",
                    "telephoneNumber": "N/A",
                    "userName": pr["userName"],
                }
            },
            "Autofill": None,
        },
        "Your Activity": {
            "Watch History": {
                "VideoList": [
                    {
                        "Date": _tt_date(t),
                        "Link": f"https://www.tiktokv.com/share/video/{7300000000000000000 + t}/",
                    }
                    for t in d["watch"]
                ]
            },
            "Searches": {
                "SearchList": [{"Date": _tt_date(t), "SearchTerm": s} for t, s in d["searches"]]
            },
            "Like List": {
                "ItemFavoriteList": [
                    {
                        "date": _tt_date(t),
                        "link": f"https://www.tiktokv.com/share/video/{7310000000000000000 + t}/",
                    }
                    for t in d["watch"][:40]
                ]
            },
            "Follower": {
                "FansList": [{"Date": _tt_date(t), "UserName": u} for u, t in d["followers"]]
            },
            "Following": {
                "Following": [{"Date": _tt_date(t), "UserName": u} for u, t in d["following"]]
            },
        },
        "Comment": {
            "Comments": {
                "CommentsList": [
                    {
                        "Date": _tt_date(c["ts"]),
                        "Comment": c["text"],
                        "Photo": "N/A",
                        "Url": f"https://www.tiktokv.com/share/video/{7320000000000000000 + c['ts']}/",
                    }
                    for c in d["comments"]
                ]
            }
        },
        "Direct Message": {
            "Direct Messages": {
                "ChatHistory": {
                    f"Chat History with {u}:": [
                        {"Date": _tt_date(t), "From": f, "Content": c}
                        for f, t, c in sorted(msgs, key=lambda m: -m[1])
                    ]
                    for u, msgs in d["dms"].items()
                }
            }
        },
        "Post": {
            "Posts": {
                "VideoList": [
                    {
                        "Date": _tt_date(v["ts"]),
                        "Link": f"https://www.tiktokv.com/share/video/{7330000000000000000 + v['ts']}/",
                        "Likes": str(v.get("likes", 12)),
                        "WhoCanView": "Everyone",
                        "AllowComments": "Yes",
                        "AllowStitches": "Yes",
                        "AllowDuets": "Yes",
                        "Sound": v.get("sound", "original sound"),
                        "Location": v.get("location", "N/A"),
                        "Title": v["text"],
                        "AIGeneratedContent": "No",
                    }
                    for v in d["videos"]
                ]
            },
            "Recently Deleted Posts": {"PostList": None},
        },
        "App Settings": {
            "Settings": {"SettingsMap": {"Allow DownLoad": "On", "Private Account": "Off"}}
        },
    }
    z = Zip(path)
    z.write("user_data_tiktok.json", json.dumps(data, indent=2, ensure_ascii=False))
    z.close()


# --------------------------------------------------------------------------- WhatsApp

LRM = "\u200e"


def whatsapp_android(path: Path, lines: list[tuple]) -> None:
    """lines: (ts, sender | None, text); a system line when sender is None."""
    out = []
    for t, s, txt in sorted(lines, key=lambda x: x[0]):
        d = _d(t)
        stamp = d.strftime("%d/%m/%y, %H:%M")
        out.append(f"{stamp} - {txt}" if s is None else f"{stamp} - {s}: {txt}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def whatsapp_ios(path: Path, chat_name: str, lines: list[tuple]) -> None:
    out = []
    for t, s, txt in sorted(lines, key=lambda x: x[0]):
        d = _d(t)
        stamp = d.strftime("[%d/%m/%Y, %H:%M:%S]")
        if s is None:
            out.append(f"{stamp} {chat_name}: {LRM}{txt}")
        else:
            out.append(f"{stamp} {s}: {txt}")
    z = Zip(path)
    z.write("_chat.txt", "\r\n".join(out) + "\r\n")
    z.close()


# --------------------------------------------------------------------------- LinkedIn


def linkedin(path: Path, d: dict) -> None:
    z = Zip(path)
    z.write(
        "Profile.csv",
        csv_text(
            [
                "First Name",
                "Last Name",
                "Maiden Name",
                "Address",
                "Birth Date",
                "Headline",
                "Summary",
                "Industry",
                "Zip Code",
                "Geo Location",
                "Twitter Handles",
                "Websites",
                "Instant Messengers",
            ],
            [d["profile"]],
        ),
    )
    z.write("Profile Summary.csv", csv_text(["Profile Summary"], [[d["profile"][6]]]))
    z.write(
        "Positions.csv",
        csv_text(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            d["positions"],
        ),
    )
    z.write(
        "Education.csv",
        csv_text(
            ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
            d["education"],
        ),
    )
    pre = (
        'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
        'You will only see email addresses for connections who have allowed their connections to see or download their email address."\r\n\r\n'
    )
    z.write(
        "Connections.csv",
        pre
        + csv_text(
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ],
            d["connections"],
        ),
    )
    z.write(
        "Shares.csv",
        csv_text(
            ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
            d["shares"],
        ),
    )
    z.write("Comments.csv", csv_text(["Date", "Link", "Message"], d["comments"]))
    z.write(
        "messages.csv",
        csv_text(
            [
                "CONVERSATION ID",
                "CONVERSATION TITLE",
                "FROM",
                "SENDER PROFILE URL",
                "TO",
                "RECIPIENT PROFILE URLS",
                "DATE",
                "SUBJECT",
                "CONTENT",
                "FOLDER",
                "ATTACHMENTS",
            ],
            d["messages"],
        ),
    )
    z.write("Skills.csv", csv_text(["Name"], [[s] for s in d["skills"]]))
    z.write(
        "Email Addresses.csv",
        csv_text(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [[d["email"], "Yes", "Yes", "Not Available"]],
        ),
    )
    z.write("PhoneNumbers.csv", csv_text(["Extension", "Number", "Type"], []))
    z.close()


# --------------------------------------------------------------------------- YouTube (Google Takeout)


def _iso(t: int) -> str:
    return _d(t).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def youtube(path: Path, d: dict) -> None:
    base = "Takeout/YouTube and YouTube Music/"
    z = Zip(path)
    z.write(
        "Takeout/archive_browser.html",
        "<html><body><h1>Archive for your Google data</h1></body></html>",
    )
    z.write(
        base + "channels/channel.csv",
        csv_text(
            ["Channel ID", "Channel Title (Original)", "Channel Visibility"],
            [[d["channel_id"], d["channel_title"], "Public"]],
        ),
    )
    z.write(
        base + "video metadata/videos.csv",
        csv_text(
            [
                "Video ID",
                "Approx Duration (ms)",
                "Video Audio Language",
                "Video Category",
                "Video Description (Original)",
                "Channel ID",
                "Video Title (Original)",
                "Privacy",
                "Video State",
                "Video Create Timestamp",
                "Video Publish Timestamp",
            ],
            [
                [
                    v["id"],
                    str(60000 + i * 997),
                    "en",
                    v.get("cat", "People & Blogs"),
                    v["desc"],
                    d["channel_id"],
                    v["title"],
                    v.get("privacy", "Public"),
                    "Published",
                    _iso(v["ts"]),
                    _iso(v["ts"] + 600),
                ]
                for i, v in enumerate(d["videos"])
            ],
        ),
    )
    z.write(
        base + "comments/comments.csv",
        csv_text(
            [
                "Comment ID",
                "Channel ID",
                "Comment Create Timestamp",
                "Price",
                "Parent Comment ID",
                "Post ID",
                "Video ID",
                "Comment Text",
            ],
            [
                [
                    f"Ugx{abs(hash_s(c['text'])) % 10**12:012d}",
                    d["channel_id"],
                    _iso(c["ts"]),
                    "0",
                    "",
                    "",
                    c["video"],
                    json.dumps({"text": c["text"]}, ensure_ascii=False),
                ]
                for c in d["comments"]
            ],
        ),
    )
    z.write(
        base + "subscriptions/subscriptions.csv",
        csv_text(
            ["Channel Id", "Channel Url", "Channel Title"],
            [
                [f"UC{i:022d}", f"http://www.youtube.com/channel/UC{i:022d}", s]
                for i, s in enumerate(d["subs"])
            ],
        ),
    )
    hist = [
        {
            "header": "YouTube",
            "title": f"Watched {w}",
            "titleUrl": f"https://www.youtube.com/watch?v=v{i:09d}",
            "subtitles": [{"name": "Some Channel", "url": "https://www.youtube.com/channel/UC0"}],
            "time": _iso(t).replace("+00:00", ".000Z"),
            "products": ["YouTube"],
            "activityControls": ["YouTube watch history"],
        }
        for i, (t, w) in enumerate(d["history"])
    ]
    z.write(base + "history/watch-history.json", json.dumps(hist, indent=2, ensure_ascii=False))
    z.close()


def hash_s(s: str) -> int:
    import hashlib

    return int(hashlib.sha1(s.encode()).hexdigest()[:12], 16)


# --------------------------------------------------------------------------- Reddit (GDPR export)


def reddit(path: Path, d: dict) -> None:
    z = Zip(path)

    def rdate(t):
        return _d(t).strftime("%Y-%m-%d %H:%M:%S UTC")

    z.write(
        "posts.csv",
        csv_text(
            ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"],
            [
                [
                    f"1{p['ts'] % 10**6:06x}",
                    f"https://www.reddit.com/r/{p['sub']}/comments/{p['ts'] % 10**6:06x}/",
                    rdate(p["ts"]),
                    "",
                    p["sub"],
                    "0",
                    p["title"],
                    "",
                    p["body"],
                ]
                for p in d["posts"]
            ],
        ),
    )
    z.write(
        "comments.csv",
        csv_text(
            [
                "id",
                "permalink",
                "date",
                "ip",
                "subreddit",
                "gildings",
                "link",
                "parent",
                "body",
                "media",
            ],
            [
                [
                    f"k{c['ts'] % 10**7:07x}",
                    f"https://www.reddit.com/r/{c['sub']}/comments/abc/x/k{c['ts'] % 10**7:07x}/",
                    rdate(c["ts"]),
                    "",
                    c["sub"],
                    "0",
                    f"https://www.reddit.com/r/{c['sub']}/comments/abc/",
                    "",
                    c["body"],
                    "",
                ]
                for c in d["comments"]
            ],
        ),
    )
    z.write(
        "messages.csv",
        csv_text(
            ["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"],
            [
                [f"m{i}", "", f"t{i}", rdate(t), "", f_, to, subj, body]
                for i, (t, f_, to, subj, body) in enumerate(d["messages"])
            ],
        ),
    )
    z.write("subscribed_subreddits.csv", csv_text(["subreddit"], [[s] for s in d["subs"]]))
    z.write(
        "statistics.csv",
        csv_text(
            ["statistic", "value"],
            [["account name", d["username"]], ["export time", "2026-11-01 09:00:00 UTC"]],
        ),
    )
    z.close()
