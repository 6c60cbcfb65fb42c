#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the larger fixtures: a year of TikTok Studio download for one creator, with
a viral summer spike (organic: views rose with it) and a bought-looking jump in May
(followers without views), and a 200-row roster in Dutch. Deterministic: run it again
and the files come out the same.

    tests/data/make-year-fixtures.py tests/data
"""
import datetime
import os
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
EXPORT_DAY = datetime.date(2026, 9, 30)
FIRST_DAY = EXPORT_DAY - datetime.timedelta(days=364)
HANDLE = "sanne.fietst"
VIRAL_DAY = datetime.date(2026, 7, 14)
BOUGHT_DAY = datetime.date(2026, 5, 9)


def tiktok_day(day):
    return f"{MONTHS[day.month - 1]} {day.day}"


def quoted(*cells):
    return ",".join('"' + str(c).replace('"', '""') + '"' for c in cells) + "\r\n"


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufeff" + quoted(*header))
        for row in rows:
            out.write(quoted(*row))


def days():
    day = FIRST_DAY
    while day <= EXPORT_DAY:
        yield day
        day += datetime.timedelta(days=1)


def tiktok_year(folder, rng):
    os.makedirs(folder, exist_ok=True)
    followers = 8200
    history, overview, viewers = [], [], []
    for day in days():
        since_viral = (day - VIRAL_DAY).days
        gain = rng.randint(8, 30)
        views = rng.randint(2600, 4200)
        if 0 <= since_viral < 4:
            # The video took off: views first, followers with them.
            views *= (14, 8, 4, 2)[since_viral]
            gain = (2417, 1486, 693, 262)[since_viral]
        if day == BOUGHT_DAY:
            gain = 3000
        if day.weekday() == 6 and rng.random() < 0.3:
            gain = -rng.randint(3, 12)
        tracked = day >= FIRST_DAY + datetime.timedelta(days=3)
        if tracked:
            followers += gain
        history.append((tiktok_day(day), followers if tracked else "undefined",
                        gain if tracked and day > FIRST_DAY + datetime.timedelta(days=3)
                        else (0 if tracked else "undefined")))
        likes = views * rng.randint(70, 95) // 1000
        overview.append((tiktok_day(day), f"{views:,}", views // 18, likes,
                         likes // rng.randint(14, 22), likes // rng.randint(25, 40)))
        total = views * 6 // 10
        new = total * rng.randint(55, 70) // 100
        viewers.append((tiktok_day(day), total, new, total - new))
    write(f"{folder}/FollowerHistory.csv",
          ["Date", "Followers", "Difference in followers from previous day"], history)
    write(f"{folder}/Overview.csv",
          ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"], overview)
    write(f"{folder}/Viewers.csv",
          ["Date", "Total Viewers", "New Viewers", "Returning Viewers"], viewers)

    titles = ["Rondje IJsselmeer in de regen", "Zo plak je een band in 3 minuten",
              "Gravel door de Veluwe", "Mijn fiets-ontbijt", "Woon-werk met de bakfiets",
              "Ketting smeren: zo doe je het", "Eerste keer fietsen in Limburg",
              "Wat zit er in mijn stuurtas?", "Fietsen met kinderen achterop",
              "Nachtrit door Utrecht", "Beste regenjas? Getest", "Tour de Drenthe"]
    content = []
    day = FIRST_DAY + datetime.timedelta(days=2)
    video_id = 7420000000000000000
    while day <= EXPORT_DAY - datetime.timedelta(days=1):
        views = rng.randint(9000, 26000)
        if day == VIRAL_DAY:
            views = 486_000
        likes = views * rng.randint(60, 110) // 1000
        title = f"{rng.choice(titles)} #fietsen #nederland"
        video_id += rng.randint(10**12, 10**13)
        shown_views = f"{views / 1e6:.1f}m" if views >= 1_000_000 else f"{views:,}"
        content.append((EXPORT_DAY.isoformat(), title,
                        f"https://www.tiktok.com/@{HANDLE}/video/{video_id}",
                        tiktok_day(day), f"{likes:,}", likes // rng.randint(12, 25),
                        likes // rng.randint(20, 45), shown_views))
        day += datetime.timedelta(days=rng.choice((6, 8, 9, 10, 12)))
        if day > VIRAL_DAY - datetime.timedelta(days=7) and day < VIRAL_DAY:
            day = VIRAL_DAY
    write(f"{folder}/Content.csv",
          ["Time", "Video title", "Video link", "Post time", "Total likes", "Total comments",
           "Total shares", "Total views"], content)

    activity = []
    for back in range(7, 0, -1):
        day = EXPORT_DAY - datetime.timedelta(days=back)
        for hour in range(24):
            evening = 3.2 if 18 <= hour <= 22 else (1.6 if 7 <= hour <= 9 else 1.0)
            night = 0.15 if hour < 6 else 1.0
            activity.append((tiktok_day(day), hour,
                             int(rng.randint(380, 460) * evening * night)))
    write(f"{folder}/FollowerActivity.csv", ["Date", "Hour", "Active followers"], activity)
    write(f"{folder}/FollowerGender.csv", ["Gender", "Distribution"],
          [("Female", "0.46"), ("Male", "0.51"), ("Other", "0.03")])
    write(f"{folder}/FollowerTopTerritories.csv", ["Top territories", "Distribution"],
          [("NL", "0.71"), ("BE", "0.14"), ("DE", "0.06"), ("GB", "0.03"),
           ("Others", "0.06")])


def roster(path, rng):
    first = ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Jesse", "Noor", "Thijs", "Emma",
             "Milan", "Julia", "Lars", "Sophie", "Ruben", "Anouk", "Sem", "Isa", "Luuk",
             "Yara", "Niels", "Femke", "Koen", "Iris", "Stijn", "Maud", "Wouter"]
    last = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk",
            "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kok", "van den Berg",
            "van der Linden-Wijnbergen"]
    niches = ["Food", "Fietsen", "Mode", "Beauty", "Gaming", "Duurzaam wonen", "Reizen",
              "Ouderschap", "Fitness", "Tech", "Tuinieren", "Koffie"]
    countries = ["NL", "NL", "NL", "BE", "NL", "BE", "DE"]
    seen = set()
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Naam;Instagram;TikTok;Volgers;Gem. likes;Gem. reacties;Land;Niche;"
                  "E-mail\r\n")
        for i in range(200):
            name = f"{rng.choice(first)} {rng.choice(last)}"
            while name in seen:
                name = f"{rng.choice(first)} {rng.choice(last)}"
            seen.add(name)
            base = name.lower().replace(" ", ".").replace("-", "")[:22]
            handle = f"{base}{i}"
            followers = int(rng.lognormvariate(10.2, 1.3))
            er = rng.uniform(0.6, 7.5) / 100
            likes = followers * er * 0.93
            comments = followers * er * 0.07
            followers_text = (f"{followers / 1e6:.1f}m" if followers >= 1_000_000
                              else f"{followers / 1e3:.1f}k" if followers >= 10_000
                              else str(followers))
            instagram = handle if rng.random() < 0.8 else ""
            tiktok = handle.replace(".", "_") if rng.random() < 0.5 or not instagram else ""
            out.write(f"{name};{instagram};{tiktok};{followers_text};"
                      f"{likes:.0f};{comments:.0f};{rng.choice(countries)};"
                      f"{rng.choice(niches)};{handle}@example.nl\r\n")


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__)
    tiktok_year(os.path.join(data, "tiktok", "year"), random.Random(2026))
    roster(os.path.join(data, "roster", "roster-200.csv"), random.Random(200))


if __name__ == "__main__":
    main()
