"""Held-out labelled documents (tests/data/extraction_heldout): other towns, outlets and phrasings than the shared gold,
labelled before the extractor was run on them. Keeps F1 at the reached level minus 0.05 (heldout.jsonl 0.938;
heldout2.jsonl: blind 0.655, 0.844 after general fixes, 0.856 after round 3, 0.865 after round 4, 0.881 after round 5;
heldout3.jsonl: blind 0.556, 0.795 after general fixes, 0.805 after round 4, 0.816 after round 5; heldout4.jsonl: blind
0.606, 0.925 after general fixes, 0.945 after round 5; heldout5.jsonl: blind 0.737, 0.913 after general fixes; round 6
moved heldout2/3/4/5 to 0.893/0.821/0.952/0.928; heldout6.jsonl: blind 0.552, 0.907 after general fixes; heldout7.jsonl:
blind 0.638, 0.804 after general fixes; round 8 moved heldout2/5/7 to 0.910/0.935/0.825; heldout8.jsonl: blind 0.509,
0.824 after general fixes; heldout9.jsonl (36 documents): blind 0.504, 0.769 after general fixes; round 9 moved
heldout3/7 to 0.828/0.828; heldout10.jsonl (45 documents): blind 0.595, 0.892 after general fixes; round 10 moved
heldout2/3/7/8/9 to 0.920/0.844/0.837/0.836/0.817; heldout11.jsonl (45 documents): blind 0.538, 0.667 after general
fixes; round 11 moved heldout5/9 to 0.949/0.840; heldout12.jsonl (45 documents): blind 0.727, 0.809 after general fixes;
heldout13.jsonl (40 documents): blind 0.656, 0.719 after general fixes; heldout14.jsonl (40 documents): blind 0.693,
0.800 after general fixes; heldout15.jsonl (40 documents): blind 0.726, 0.841 after general fixes; heldout16.jsonl (35
documents): blind 0.550, 0.641 after general fixes, 0.750 after a second pass; heldout17.jsonl (40 documents): blind
0.610, 0.832 after general fixes; round 17 moved heldout11/12/14/15 to 0.680/0.833/0.808/0.845; heldout18.jsonl (40
documents): blind 0.721, 0.929 after general fixes; round 18 moved heldout7/9/11/12/13/14/15/16 to
0.845/0.855/0.689/0.830/0.730/0.814/0.850/0.775; heldout19.jsonl (40 documents): blind 0.575, 0.817 after general fixes;
round 19 moved heldout11/14/16 to 0.697/0.819/0.794; heldout20.jsonl (40 documents): blind 0.722, 0.783 after general
fixes; round 20 moved heldout3 to 0.849; heldout21.jsonl (40 documents): blind 0.755, 0.911 after general fixes; round
21 moved heldout to 0.944 and heldout4/5/6/8/10/11/12/13/15/17/19/20 to
0.959/0.971/0.926/0.855/0.903/0.717/0.837/0.734/0.854/0.837/0.821/ 0.792); heldout22.jsonl (40 documents): blind 0.610,
0.668 after general fixes; no earlier set moved in round 22; heldout23.jsonl (40 documents): blind 0.537, 0.731 after
general fixes; round 23 moved heldout3/4/8/10/11/12/13/14/ 15/16/17/20/22 to
0.862/0.966/0.861/0.908/0.722/0.844/0.746/0.825/0.865/0.803/0.849/0.806/0.674; heldout24.jsonl (40 documents): blind
0.593, 0.627 after general fixes, 0.833 after a second pass; round 24's second pass moved heldout11/20/23 to
0.725/0.825/0.733; heldout25.jsonl (40 documents): blind 0.581, 0.735 after general fixes; no earlier set moved by more
than 0.02 in round 25; heldout26.jsonl (40 documents): blind 0.702, 0.956 after general fixes; round 26 moved
heldout11/12/15/17/19/23 to 0.730/0.860/0.865/0.857/0.826/0.742). Round 27: heldout27.jsonl (40 documents, translated
and cross-language reporting): blind 0.704, 0.823 after general fixes; no earlier set moved by more than 0.02 in round
27. Round 28: heldout28.jsonl (40 documents, round-ups, lists and structured text — weekly and monthly summaries,
per-axis bullets, live-blog digests, flattened tables, map-update lists, corrections appended to a list): blind 0.724,
0.823 after general fixes; no earlier set moved by more than 0.02 in round 28 (heldout23 0.759 → 0.765, heldout27 0.826
→ 0.838). Round 29: heldout29.jsonl (40 documents, three ordinary days of an analyst's feeds — wires, Russian state
media and MoD bulletins, Ukrainian outlets and General Staff reports, DeepState/ISW, X posts and Telegram channels):
blind 0.709, 0.899 after general fixes; no earlier set moved by more than 0.02 in round 29 (heldout13 0.750 → 0.766,
heldout22 0.701 → 0.716). Round 30: heldout30.jsonl (40 documents, status and change reports — control-map changelogs,
status lines and tables, "grey zone"/"contested", corrections and retractions appended to posts, headlines against
bodies, small villages missing from the gazetteer): blind 0.657, 0.889 after general fixes; no earlier set moved by more
than 0.02 in round 30 (heldout25 0.741 → 0.751, heldout26 0.957 → 0.975). Round 31: heldout31.jsonl (40 documents, the
northern and southern fronts in winter 2025–26 — border incursions and sabotage groups, governors and border guards,
river crossings and island landings, X and Telegram posts): blind 0.632, 0.861 after general fixes; no earlier set fell
(heldout27 0.865 → 0.892, heldout12 0.857 → 0.878, the others within 0.011). Round 32: heldout32.jsonl (40 documents,
four ordinary days of an analyst's feeds — wires, Russian state media and MoD bulletins, Ukrainian outlets, General
Staff reports, brigade spokesmen, DeepState/ISW, X and Telegram): blind 0.751, 0.878 after general fixes; no earlier set
moved by more than 0.02 in round 32 (heldout12 0.857 → 0.867). Round 33: heldout33.jsonl (40 documents, five ordinary
autumn days of an analyst's feeds — wires incl. ANSA/EFE/NYT/ Guardian, Russian state media and MoD bulletins, Ukrainian
outlets, brigade and corps spokesmen, DeepState/ISW/ Frontelligence, X and Telegram): blind 0.720, 0.851 after general
fixes; no earlier set moved by more than 0.02 in round 33 (heldout5 0.971 → 0.985, the others within 0.006). Round 34:
heldout34.jsonl (40 documents, a week of feeds in early spring 2026), written after every fix of the tenth session:
blind 0.691 on that session's first tree, 0.700 on its last, 0.882 after general fixes (precision 0.624 → 0.878); no
earlier set fell (heldout3 0.862 → 0.867, heldout8 0.880 → 0.885, heldout17 0.866 → 0.870, heldout33 0.851 → 0.855,
heldout22 0.731 → 0.733). Round 35: heldout35.jsonl (40 documents, an analyst's feeds over 1–10 December 2025): blind
0.730 (0.760 once an invalid timestamp in one document was fixed), 0.912 after general fixes; no set fixed before fell
(heldout22 0.731 → 0.743, heldout31 0.887 → 0.900, the others within 0.008). Round 36: heldout36.jsonl (40 documents, a
week of an analyst's feeds in June 2026 — live blogs, an ISW-style assessment, MoD bulletins, a General Staff report,
long features with buried claims, a correction notice, X and Telegram posts): blind 0.667, 0.862 after general fixes; no
earlier set fell (heldout9 0.872 → 0.891, heldout11 0.762 → 0.773, heldout24 0.853 → 0.864, the others within 0.009).
Round 38: heldout38.jsonl (40 documents, a plain sample of an analyst's feeds over four days in late January 2026 —
wires, live blogs, ISW, RU MoD and state media, voenkor posts, Ukrainian officials and media, DeepState, regional
administrations, X posts): blind 0.696, 0.852 after general fixes; no earlier set fell (heldout34 0.703 → 0.724,
heldout32 0.871 → 0.877, heldout29 0.900 → 0.903, the others unchanged). Round 37: heldout37.jsonl (40 documents, a
plain sample of an analyst's feeds over five days in mid-November 2026): blind 0.730, 0.960 after general fixes; no
earlier set fell by more than 0.002 in round 37 (heldout11 0.762 → 0.770, heldout16 0.837 → 0.844, heldout28 0.840 →
0.846, heldout32 0.871 → 0.877). Round 41: heldout41.jsonl (40 documents, a plain sample of an analyst's feeds over five
days in mid-August 2026 with many outlets, labelled blind): blind 0.670 on that session's first tree, 0.730 on its last,
0.911 after general fixes (claimant side 0.741 → 0.912); no earlier set fell (heldout14 +0.010, heldout19/31/38 +0.009,
the others within +0.006). Round 42: heldout42.jsonl (40 documents, a blind sample of an analyst's feeds over four days
in early April 2026, weighted to Russian- and Ukrainian-language Telegram channels, officials and bulletins): blind
0.699 on that session's first tree, 0.734 on the tree the round started from, 0.853 after general fixes (precision 0.674
→ 0.798); no earlier set fell (heldout22 +0.005, heldout27 +0.004, heldout38 +0.004, the others unchanged). Round 43:
heldout43.jsonl (40 documents, a plain sample of an analyst's feeds over five days in late October 2026): blind 0.784 on
the session's first tree, 0.825 before round 43, 0.936 after general fixes; no earlier set fell by more than 0.002
(heldout34 0.891 → 0.896, heldout19 0.836 → 0.840, heldout30 0.898 → 0.902). Round 44: heldout44.jsonl (40 documents, a
plain sample of an analyst's feeds over five days in mid-July 2025 — wires, ISW, AP, BBC, RU MoD, TASS/RIA/Izvestia,
voenkor and brigade posts, Ukrainian spokesmen and media, X and Telegram): blind 0.819 on that session's first tree,
0.845 on the tree it was fixed on, 0.950 after general fixes (precision 0.797 → 0.938); no earlier set fell by more than
0.004 (heldout17 +0.004, heldout18 +0.004, heldout32 +0.003, heldout25 +0.002, heldout27 −0.004). Round 46:
heldout46.jsonl (40 documents, an analyst's feeds over a week in early October 2026 weighted to hard formats — flashes,
headline-only items, live blogs, long analyses, map updates, MoD/General Staff lists, emoji brigade posts, reposts):
blind 0.715 on that session's first tree, 0.784 on the tree it was fixed on, 0.904 after general fixes (precision 0.761
→ 0.908); no earlier set fell by more than 0.005 (heldout3 +0.010, heldout12 +0.008, heldout19 +0.004, heldout29 +0.004,
heldout30 +0.004, heldout33 +0.004, heldout27 −0.005). Round 45: heldout45.jsonl (40 documents, a blind sample of an
analyst's feeds over 8–12 March 2025 — the Kursk salient collapsing, the Sumy border, Pokrovsk, Toretsk, Chasiv Yar and
Kupiansk): blind 0.624 on that session's first tree, 0.695 on the tree it was fixed on, 0.752 after general fixes
(precision 0.648 → 0.715); no earlier set fell (heldout22 +0.004, the others unchanged). Round 47: heldout47.jsonl (40
documents, a blind sample of an analyst's feeds over 22–26 November 2025 — Pokrovsk/Myrnohrad, the Huliaipole
breakthrough, Siversk, Kupiansk, Vovchansk, Kostiantynivka): blind 0.749 on that session's first tree, 0.781 on the tree
it was fixed on, 0.834 after general fixes (precision 0.761 → 0.830); no earlier set moved. Round 48: heldout48.jsonl
(40 documents, an analyst's feeds over 12–16 February 2026 with messy real-world text — inconsistent transliterations,
machine-translated English, all-caps flashes, mixed RU/UK posts, emoji and hashtags, reposts): blind 0.714 on that
session's first tree, 0.774 on the tree it was fixed on, 0.836 after general fixes (precision 0.748 → 0.825); no earlier
set fell (heldout38 +0.008, the others unchanged). Rounds 39 and 40: heldout39.jsonl and heldout40.jsonl (40 documents
each, plain weeks of an analyst's feeds in September and May 2026), written in the eleventh session before any of its
fixes and never fixed against: blind 0.747 and 0.729 on that session's first tree, 0.823 and 0.814 on its last (the
floors keep that level minus 0.05; the next rounds' blind sets). Round 50: heldout50.jsonl (40 documents, an analyst's
feeds over 27–31 July 2026 — short wire items, long bulletins, brigade and corps posts, DeepState, ISW, analyses, OSINT
X posts, labelled blind): blind 0.705 on that session's first tree, 0.795 on the tree it was fixed on, 0.816 after
general fixes; no other set moved. Round 49: heldout49.jsonl (40 documents, an analyst's feeds over
3–7 June 2025 — the Dnipropetrovsk border, the Sumy border offensive, Kostiantynivka/Toretsk, Chasiv Yar, Kupiansk,
Kamianske/Stepnohirsk): blind 0.792 on that session's first tree, 0.826 on the tree it was fixed on, 0.857 after
general fixes (precision 0.763 → 0.803); no earlier set moved. Rounds 39 and 40: heldout39.jsonl and heldout40.jsonl
(40 documents each, plain weeks of an analyst's feeds in September and May 2026), written in the eleventh session
before any of its fixes and never fixed against: blind 0.747 and 0.729 on that session's first tree, 0.823 and 0.814 on
its last (the floors keep that level minus 0.05; the next rounds' blind sets). Round 55: heldout55.jsonl (40 documents,
one analyst's feeds over 6–10 July 2026 on the Sumy/Kharkiv border and in Kursk/Belgorod — wires, ISW, the RU MoD and
state media, voenkor channels, the General Staff, spokesmen, DeepState and OSINT posts, labelled blind): blind 0.717
on the tree it was fixed on, 0.870 after general fixes (precision 0.734 → 0.870, recall 0.702 → 0.870); no other set
fell by more than 0.001 (heldout13 +0.016, heldout40 +0.016, heldout39 +0.013, fifteen more up by 0.003–0.009).
Round 54: heldout54.jsonl (40 documents, an analyst's Telegram/X-heavy feed over 9–13 March 2026 — Kostiantynivka, the
Druzhkivka approaches, Dobropillia): blind 0.760 on the tree it was fixed on, 0.904 after general fixes (precision 0.743
→ 0.888); no other set fell (heldout14 +0.022, heldout45 +0.009, heldout16 +0.007, heldout23 +0.005, heldout27/29/39
+0.004, heldout25 +0.002).
Round 51: heldout51.jsonl (40 documents, an analyst's feeds over 14–18 April 2025 — Toretsk/Krymske, Chasiv Yar, south
of Pokrovsk, the Kursk border remnants; labelled blind): blind 0.691 on the tree it was fixed on, 0.838 after general
fixes (precision 0.659 → 0.838); no other set fell (heldout17/33/43/46/49 +0.004 to +0.009).
Round 52: heldout52.jsonl (40 documents, an analyst's feeds over 1–5 September 2025 — Siversk, Kupiansk, Borova and
Lyman; wires, TASS, MoD and General Staff bulletins, brigade posts, Suspilne, ISW, X and Telegram, labelled blind):
blind 0.780, 0.931 after general fixes (precision 0.780 → 0.938); no earlier set fell (heldout3 +0.012, heldout23
+0.009, heldout22/29 +0.007).
Round 56: heldout56.jsonl (40 documents, one analyst's feeds over 16–20 November 2026 — Orikhiv/Stepnohirsk, the Dnipro
delta islands, the Sloviansk–Kramatorsk approaches; labelled blind): blind 0.751 on the session's first tree, 0.744 on
the tree it was fixed on, 0.857 after general fixes (precision 0.752 → 0.846, recall 0.737 → 0.868); no other set fell
by more than 0.004 (heldout36 −0.004; heldout26 +0.013, heldout31 +0.010, heldout34/55 +0.006).
Round 53: heldout53.jsonl (40 documents, five January 2026 days on the Huliaipole / Orikhiv / Stepnohirsk front and the
Dnipropetrovsk border; labelled blind): blind 0.822 on that session's first tree, 0.831 on the tree it was fixed on,
0.917 after general fixes (precision 0.780 → 0.879); no other set fell (heldout26 +0.013, heldout32 +0.011,
heldout23/25/27/29/34/46/50/54 +0.003 to +0.005).
Round 60: heldout60.jsonl (40 documents, one analyst's feeds over 8–12 December 2025 — Myrnohrad, Huliaipole, Siversk,
Kupiansk, Hrabovske; labelled blind): blind 0.684 on the session's first tree, 0.700 on the tree it was fixed on, 0.800
after general fixes (precision 0.675 → 0.792, recall 0.726 → 0.808); no other set fell by more than 0.003 (heldout54
−0.003; heldout51 +0.007, heldout31/47 +0.005).
Round 61: heldout61.jsonl (40 documents, one analyst's feeds over 2–6 March 2026 — Stepnohirsk, Mala Tokmachka, Orikhiv,
the Huliaipole and Pokrovske sectors, Kharkiv and Sumy; labelled blind): blind 0.768 on the session's first tree, 0.831
after general fixes (precision 0.778 → 0.848); no other set fell (heldout25 +0.002). Round 62: heldout62.jsonl (40
documents, an analyst's feeds over 10–14 April 2026 on the Donetsk front — Kostiantynivka, Druzhkivka, Lyman, Siversk,
Dobropillia; labelled blind): blind 0.756 on the session's first tree, 0.840 after general fixes (precision 0.734 →
0.830, recall 0.778 → 0.850); no other set fell (heldout39 +0.004, heldout58 +0.002). Rounds 57, 58 and 59:
heldout57.jsonl, heldout58.jsonl and heldout59.jsonl (40 documents each, plain weeks of an analyst's feeds in February
2025, October 2026 and June 2025), written in the twelfth session and never fixed against: blind 0.717, 0.746 and 0.722
on that session's first tree, 0.726, 0.754 and 0.757 on its last (the floors keep that level minus 0.05; the next
rounds' blind sets). Rounds 63, 64 and 65: heldout63/64/65.jsonl (40 documents each), written in the thirteenth
session and never fixed against: 0.746, 0.820 and 0.842 on its first trees, 0.757, 0.835 and 0.846 after the headline
rule (0.852 for heldout65 after the past-fight rule); floors at that level minus 0.05. heldout66/67.jsonl (40 documents
each), written after both rules were chosen and never fixed against: 0.830 and 0.809 on the tree before the rules,
0.833 and 0.812 after them. Fourteenth session: heldout68–71.jsonl (40 documents each: the Kursk incursion and the
Pokrovsk approach in August 2024, January 2025, Avdiivka's last week in February 2024, November 2026), written blind
on its first tree (0.691, 0.675, 0.689, 0.784); the session's four aggregate rules were chosen over them and the ten
earlier blind sets (0.691, 0.704, 0.699, 0.789 after). heldout72–75.jsonl (40 documents each, March 2026, July 2026,
October 2025, and a February 2026 feed of short posts and briefs) were written after the rules were chosen and scored
only to check them: 0.732, 0.787, 0.722, 0.876 before the rules, 0.736, 0.789, 0.730, 0.876 after.
heldout76–79.jsonl (40 documents each: Kharkiv and Sumy in June 2026 with two interview transcripts, weekly reviews
and map threads in March 2026, a week of contradictory claims and retractions in September 2026, machine-translated
English and German/Polish spellings in October 2026) were written after the rules: 0.793, 0.755, 0.819, 0.795 on the
session's first tree, 0.793, 0.757, 0.825, 0.799 on its last. Never fixed against; floors at the final figure minus
0.05."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas.models import Document
from services.normalizer.extraction import Gazetteer, extract_claims

from .scoring import score

DATA = Path(__file__).resolve().parents[2] / "data" / "extraction_heldout"
HELDOUT = DATA / "heldout.jsonl"
SETS = [pytest.param(DATA / "heldout.jsonl", 0.888, id="heldout"),
        pytest.param(DATA / "heldout2.jsonl", 0.843, id="heldout2"),
        pytest.param(DATA / "heldout3.jsonl", 0.771, id="heldout3"),
        pytest.param(DATA / "heldout4.jsonl", 0.902, id="heldout4"),
        pytest.param(DATA / "heldout5.jsonl", 0.878, id="heldout5"),
        pytest.param(DATA / "heldout6.jsonl", 0.857, id="heldout6"),
        pytest.param(DATA / "heldout7.jsonl", 0.754, id="heldout7"),
        pytest.param(DATA / "heldout8.jsonl", 0.774, id="heldout8"),
        pytest.param(DATA / "heldout9.jsonl", 0.719, id="heldout9"),
        pytest.param(DATA / "heldout10.jsonl", 0.842, id="heldout10"),
        pytest.param(DATA / "heldout11.jsonl", 0.616, id="heldout11"),
        pytest.param(DATA / "heldout12.jsonl", 0.759, id="heldout12"),
        pytest.param(DATA / "heldout13.jsonl", 0.669, id="heldout13"),
        pytest.param(DATA / "heldout14.jsonl", 0.750, id="heldout14"),
        pytest.param(DATA / "heldout15.jsonl", 0.791, id="heldout15"),
        pytest.param(DATA / "heldout16.jsonl", 0.700, id="heldout16"),
        pytest.param(DATA / "heldout17.jsonl", 0.781, id="heldout17"),
        pytest.param(DATA / "heldout18.jsonl", 0.879, id="heldout18"),
        pytest.param(DATA / "heldout19.jsonl", 0.766, id="heldout19"),
        pytest.param(DATA / "heldout20.jsonl", 0.733, id="heldout20"),
        pytest.param(DATA / "heldout21.jsonl", 0.861, id="heldout21"),
        pytest.param(DATA / "heldout22.jsonl", 0.618, id="heldout22"),
        pytest.param(DATA / "heldout23.jsonl", 0.681, id="heldout23"),
        pytest.param(DATA / "heldout24.jsonl", 0.783, id="heldout24"),
        pytest.param(DATA / "heldout25.jsonl", 0.685, id="heldout25"),
        pytest.param(DATA / "heldout26.jsonl", 0.900, id="heldout26"),
        pytest.param(DATA / "heldout27.jsonl", 0.773, id="heldout27"),
        pytest.param(DATA / "heldout28.jsonl", 0.773, id="heldout28"),
        pytest.param(DATA / "heldout29.jsonl", 0.849, id="heldout29"),
        pytest.param(DATA / "heldout30.jsonl", 0.839, id="heldout30"),
        pytest.param(DATA / "heldout31.jsonl", 0.811, id="heldout31"),
        pytest.param(DATA / "heldout32.jsonl", 0.828, id="heldout32"),
        pytest.param(DATA / "heldout33.jsonl", 0.801, id="heldout33"),
        pytest.param(DATA / "heldout34.jsonl", 0.832, id="heldout34"),
        pytest.param(DATA / "heldout35.jsonl", 0.862, id="heldout35"),
        pytest.param(DATA / "heldout36.jsonl", 0.812, id="heldout36"),
        pytest.param(DATA / "heldout37.jsonl", 0.910, id="heldout37"),
        pytest.param(DATA / "heldout38.jsonl", 0.802, id="heldout38"),
        pytest.param(DATA / "heldout39.jsonl", 0.773, id="heldout39"),
        pytest.param(DATA / "heldout40.jsonl", 0.764, id="heldout40"),
        pytest.param(DATA / "heldout41.jsonl", 0.861, id="heldout41"),
        pytest.param(DATA / "heldout42.jsonl", 0.803, id="heldout42"),
        pytest.param(DATA / "heldout43.jsonl", 0.886, id="heldout43"),
        pytest.param(DATA / "heldout44.jsonl", 0.900, id="heldout44"),
        pytest.param(DATA / "heldout45.jsonl", 0.702, id="heldout45"),
        pytest.param(DATA / "heldout46.jsonl", 0.854, id="heldout46"),
        pytest.param(DATA / "heldout47.jsonl", 0.784, id="heldout47"),
        pytest.param(DATA / "heldout48.jsonl", 0.786, id="heldout48"),
        pytest.param(DATA / "heldout49.jsonl", 0.807, id="heldout49"),
        pytest.param(DATA / "heldout50.jsonl", 0.766, id="heldout50"),
        pytest.param(DATA / "heldout51.jsonl", 0.788, id="heldout51"),
        pytest.param(DATA / "heldout52.jsonl", 0.881, id="heldout52"),
        pytest.param(DATA / "heldout53.jsonl", 0.866, id="heldout53"),
        pytest.param(DATA / "heldout54.jsonl", 0.853, id="heldout54"),
        pytest.param(DATA / "heldout55.jsonl", 0.820, id="heldout55"),
        pytest.param(DATA / "heldout56.jsonl", 0.807, id="heldout56"),
        pytest.param(DATA / "heldout57.jsonl", 0.719, id="heldout57"),
        pytest.param(DATA / "heldout58.jsonl", 0.704, id="heldout58"),
        pytest.param(DATA / "heldout59.jsonl", 0.707, id="heldout59"),
        pytest.param(DATA / "heldout60.jsonl", 0.750, id="heldout60"),
        pytest.param(DATA / "heldout61.jsonl", 0.781, id="heldout61"),
        pytest.param(DATA / "heldout62.jsonl", 0.790, id="heldout62"),
        pytest.param(DATA / "heldout63.jsonl", 0.707, id="heldout63"),
        pytest.param(DATA / "heldout64.jsonl", 0.785, id="heldout64"),
        pytest.param(DATA / "heldout65.jsonl", 0.802, id="heldout65"),
        pytest.param(DATA / "heldout66.jsonl", 0.783, id="heldout66"),
        pytest.param(DATA / "heldout67.jsonl", 0.762, id="heldout67"),
        pytest.param(DATA / "heldout68.jsonl", 0.686, id="heldout68"),
        pytest.param(DATA / "heldout69.jsonl", 0.654, id="heldout69"),
        pytest.param(DATA / "heldout70.jsonl", 0.649, id="heldout70"),
        pytest.param(DATA / "heldout71.jsonl", 0.739, id="heldout71"),
        pytest.param(DATA / "heldout72.jsonl", 0.686, id="heldout72"),
        pytest.param(DATA / "heldout73.jsonl", 0.739, id="heldout73"),
        pytest.param(DATA / "heldout74.jsonl", 0.680, id="heldout74"),
        pytest.param(DATA / "heldout75.jsonl", 0.826, id="heldout75"),
        pytest.param(DATA / "heldout76.jsonl", 0.743, id="heldout76"),
        pytest.param(DATA / "heldout77.jsonl", 0.707, id="heldout77"),
        pytest.param(DATA / "heldout78.jsonl", 0.775, id="heldout78"),
        pytest.param(DATA / "heldout79.jsonl", 0.749, id="heldout79"),
        pytest.param(DATA / "heldout80.jsonl", 0.615, id="heldout80"),
        pytest.param(DATA / "heldout81.jsonl", 0.602, id="heldout81"),
        pytest.param(DATA / "heldout82.jsonl", 0.769, id="heldout82"),
        pytest.param(DATA / "heldout83.jsonl", 0.750, id="heldout83"),
        pytest.param(DATA / "heldout84.jsonl", 0.522, id="heldout84"),
        pytest.param(DATA / "heldout85.jsonl", 0.667, id="heldout85"),
        pytest.param(DATA / "heldout86.jsonl", 0.542, id="heldout86"),
        pytest.param(DATA / "heldout87.jsonl", 0.637, id="heldout87"),
        # fitted (fifteenth session): Ukrainian offensives of 2022-23, written to study them, heldout84/86 stay blind
        pytest.param(DATA / "heldout88.jsonl", 0.663, id="heldout88"),
        pytest.param(DATA / "heldout89.jsonl", 0.614, id="heldout89"),
        pytest.param(DATA / "heldout90.jsonl", 0.718, id="heldout90"),
        # blind measurement sets (sixteenth session): a Russian-language feed and a Ukrainian one of Dec 2026, and
        # the Kursk incursion and the Pokrovsk advance of Aug 2024
        pytest.param(DATA / "heldout91.jsonl", 0.807, id="heldout91"),
        pytest.param(DATA / "heldout92.jsonl", 0.839, id="heldout92"),
        pytest.param(DATA / "heldout93.jsonl", 0.700, id="heldout93"),
        # fitted (sixteenth session): Avdiivka's last days in Feb 2024 on Telegram, English long-form analysis of
        # Jun 2025, regional and local outlets of May 2026
        pytest.param(DATA / "heldout94.jsonl", 0.725, id="heldout94"),
        pytest.param(DATA / "heldout95.jsonl", 0.777, id="heldout95"),
        pytest.param(DATA / "heldout96.jsonl", 0.734, id="heldout96"),
        # fitted (sixteenth session): the Kharkiv offensive of May 2024, the last week of Bakhmut in May 2023
        pytest.param(DATA / "heldout100.jsonl", 0.797, id="heldout100"),
        pytest.param(DATA / "heldout101.jsonl", 0.692, id="heldout101"),
        # blind measurement sets written and scored after the session's rules: a general feed of late Dec 2026,
        # Kurakhove and Kursk in Nov 2024, the fourth anniversary's retrospectives of Feb 2026
        pytest.param(DATA / "heldout97.jsonl", 0.770, id="heldout97"),
        pytest.param(DATA / "heldout98.jsonl", 0.621, id="heldout98"),
        pytest.param(DATA / "heldout99.jsonl", 0.699, id="heldout99"),
        # fitted (seventeenth session): Pokrovsk and Myrnohrad in Nov 2025, Siversk and Lyman in Jan 2026, analytic
        # assessments and bulletins of May 2026, the Dnipro left bank of 2023-24, Chasiv Yar and Toretsk in 2024, a
        # feed of short posts of Oct 2026, the Kursk incursion and its end, Huliaipole in Dec 2025, long-form analysis
        # of Mar 2026
        pytest.param(DATA / "heldout105.jsonl", 0.801, id="heldout105"),
        pytest.param(DATA / "heldout106.jsonl", 0.868, id="heldout106"),
        pytest.param(DATA / "heldout107.jsonl", 0.866, id="heldout107"),
        pytest.param(DATA / "heldout108.jsonl", 0.599, id="heldout108"),
        pytest.param(DATA / "heldout109.jsonl", 0.777, id="heldout109"),
        pytest.param(DATA / "heldout110.jsonl", 0.766, id="heldout110"),
        pytest.param(DATA / "heldout113.jsonl", 0.597, id="heldout113"),
        pytest.param(DATA / "heldout114.jsonl", 0.862, id="heldout114"),
        pytest.param(DATA / "heldout115.jsonl", 0.705, id="heldout115"),
        # blind measurement sets (seventeenth session), scored on the session's first tree and its last: the Sumy and
        # Kursk border of Jun 2025, the Zaporizhzhia front of Nov 2025, Kharkiv oblast in Mar 2026 (many posts),
        # Vuhledar and Kurakhove of 2024-25, live blogs and bulletins of Apr 2025
        pytest.param(DATA / "heldout102.jsonl", 0.748, id="heldout102"),
        pytest.param(DATA / "heldout103.jsonl", 0.823, id="heldout103"),
        pytest.param(DATA / "heldout104.jsonl", 0.771, id="heldout104"),
        pytest.param(DATA / "heldout111.jsonl", 0.751, id="heldout111"),
        pytest.param(DATA / "heldout112.jsonl", 0.666, id="heldout112"),
        # fitted (eighteenth session): Siversk and Lyman in Jun and Dec 2025, the Sumy border and Kursk's last villages
        # of Mar and Jun 2025, the Kharkiv counteroffensive and Kherson of 2022, Soledar and Bakhmut of 2023
        pytest.param(DATA / "heldout117.jsonl", 0.843, id="heldout117"),
        pytest.param(DATA / "heldout119.jsonl", 0.682, id="heldout119"),
        pytest.param(DATA / "heldout121.jsonl", 0.767, id="heldout121"),
        pytest.param(DATA / "heldout123.jsonl", 0.787, id="heldout123"),
        # blind measurement sets (eighteenth session), scored on the session's first tree and its last: Kupiansk and
        # the Oskil of Nov 2025 and Jan 2026, Pokrovsk and Myrnohrad encircled in Oct-Nov 2025, Kostiantynivka of Jul
        # 2025 and Feb 2026, a mixed feed of Nov 2026
        pytest.param(DATA / "heldout116.jsonl", 0.679, id="heldout116"),
        pytest.param(DATA / "heldout118.jsonl", 0.772, id="heldout118"),
        pytest.param(DATA / "heldout120.jsonl", 0.704, id="heldout120"),
        pytest.param(DATA / "heldout122.jsonl", 0.789, id="heldout122"),
        # blind measurement sets written late in the eighteenth session, scored on its first tree and its last:
        # Chasiv Yar and Toretsk in Feb and Jul 2025, the Zaporizhzhia counteroffensive of summer 2023, Avdiivka of
        # Oct 2023-Feb 2024, Velyka Novosilka and the Dnipropetrovsk border in 2025 (many posts)
        pytest.param(DATA / "heldout124.jsonl", 0.647, id="heldout124"),
        pytest.param(DATA / "heldout125.jsonl", 0.698, id="heldout125"),
        pytest.param(DATA / "heldout126.jsonl", 0.726, id="heldout126"),
        pytest.param(DATA / "heldout127.jsonl", 0.747, id="heldout127"),
        # fitted (nineteenth session): Selydove and the approach to Pokrovsk of Oct and Dec 2024, the battle of Kyiv and
        # its end in 2022, the volunteer corps' raids into Kursk and Belgorod oblasts of 2024 and 2025, the Dobropillia
        # axis of Sep 2025 and Apr 2026, the Ocheretyne breakthrough of 2024, Vovchansk of 2024-25, the push to the
        # Dnipropetrovsk border of 2025, the Siversk and Bilohorivka direction (mostly Russian text)
        pytest.param(DATA / "heldout129.jsonl", 0.874, id="heldout129"),
        pytest.param(DATA / "heldout131.jsonl", 0.706, id="heldout131"),
        pytest.param(DATA / "heldout133.jsonl", 0.706, id="heldout133"),
        pytest.param(DATA / "heldout135.jsonl", 0.811, id="heldout135"),
        pytest.param(DATA / "heldout140.jsonl", 0.781, id="heldout140"),
        pytest.param(DATA / "heldout141.jsonl", 0.756, id="heldout141"),
        pytest.param(DATA / "heldout142.jsonl", 0.761, id="heldout142"),
        pytest.param(DATA / "heldout143.jsonl", 0.743, id="heldout143"),
        # blind measurement sets (nineteenth session), scored on the session's first tree and its last: Kurakhove of
        # Nov-Dec 2024, Lyman and Kreminna of 2024-25, forty short posts of Nov 2026, Sievierodonetsk and Lysychansk of
        # 2022 (128-134, written at the start); Kupiansk and Svatove of 2024, Vuhledar and Pavlivka of 2023-24,
        # Zaporizhzhia in 2026 (mostly Cyrillic), Sloviansk and Kramatorsk approaches of autumn 2026 (136-139),
        # northern Kharkiv oblast, an English-only Kupiansk-Lyman-Siversk feed, a Russian-heavy feed across the front,
        # Pokrovsk and Myrnohrad of Dec 2025-Jan 2026 (144-147; 136-147 written while the rules changed)
        pytest.param(DATA / "heldout128.jsonl", 0.710, id="heldout128"),
        pytest.param(DATA / "heldout130.jsonl", 0.673, id="heldout130"),
        pytest.param(DATA / "heldout132.jsonl", 0.794, id="heldout132"),
        pytest.param(DATA / "heldout134.jsonl", 0.704, id="heldout134"),
        pytest.param(DATA / "heldout136.jsonl", 0.768, id="heldout136"),
        pytest.param(DATA / "heldout137.jsonl", 0.718, id="heldout137"),
        pytest.param(DATA / "heldout138.jsonl", 0.777, id="heldout138"),
        pytest.param(DATA / "heldout139.jsonl", 0.796, id="heldout139"),
        pytest.param(DATA / "heldout144.jsonl", 0.752, id="heldout144"),
        pytest.param(DATA / "heldout145.jsonl", 0.791, id="heldout145"),
        pytest.param(DATA / "heldout146.jsonl", 0.799, id="heldout146"),
        pytest.param(DATA / "heldout147.jsonl", 0.765, id="heldout147"),
        pytest.param(DATA / "heldout148.jsonl", 0.752, id="heldout148"),
        pytest.param(DATA / "heldout149.jsonl", 0.765, id="heldout149"),
        pytest.param(DATA / "heldout150.jsonl", 0.592, id="heldout150"),
        pytest.param(DATA / "heldout151.jsonl", 0.798, id="heldout151"),
        pytest.param(DATA / "heldout152.jsonl", 0.743, id="heldout152"),
        pytest.param(DATA / "heldout153.jsonl", 0.749, id="heldout153"),
        pytest.param(DATA / "heldout154.jsonl", 0.759, id="heldout154"),
        pytest.param(DATA / "heldout155.jsonl", 0.666, id="heldout155"),
        pytest.param(DATA / "heldout156.jsonl", 0.756, id="heldout156"),
        pytest.param(DATA / "heldout157.jsonl", 0.733, id="heldout157"),
        pytest.param(DATA / "heldout158.jsonl", 0.699, id="heldout158"),
        pytest.param(DATA / "heldout159.jsonl", 0.768, id="heldout159"),
        pytest.param(DATA / "heldout160.jsonl", 0.728, id="heldout160"),
        pytest.param(DATA / "heldout161.jsonl", 0.806, id="heldout161"),
        pytest.param(DATA / "heldout162.jsonl", 0.755, id="heldout162"),
        pytest.param(DATA / "heldout163.jsonl", 0.659, id="heldout163"),
        pytest.param(DATA / "heldout164.jsonl", 0.775, id="heldout164"),
        pytest.param(DATA / "heldout165.jsonl", 0.616, id="heldout165"),
        pytest.param(DATA / "heldout166.jsonl", 0.746, id="heldout166"),
        pytest.param(DATA / "heldout167.jsonl", 0.755, id="heldout167"),
        pytest.param(DATA / "heldout168.jsonl", 0.732, id="heldout168"),
        pytest.param(DATA / "heldout169.jsonl", 0.716, id="heldout169"),
        pytest.param(DATA / "heldout170.jsonl", 0.711, id="heldout170"),
        pytest.param(DATA / "heldout171.jsonl", 0.782, id="heldout171"),
        pytest.param(DATA / "heldout172.jsonl", 0.716, id="heldout172"),
        pytest.param(DATA / "heldout173.jsonl", 0.753, id="heldout173"),
        pytest.param(DATA / "heldout174.jsonl", 0.718, id="heldout174"),
        pytest.param(DATA / "heldout175.jsonl", 0.792, id="heldout175"),
        pytest.param(DATA / "heldout176.jsonl", 0.764, id="heldout176"),
        pytest.param(DATA / "heldout177.jsonl", 0.608, id="heldout177"),
        pytest.param(DATA / "heldout178.jsonl", 0.759, id="heldout178"),
        pytest.param(DATA / "heldout179.jsonl", 0.679, id="heldout179"),
        pytest.param(DATA / "heldout180.jsonl", 0.683, id="heldout180"),
        pytest.param(DATA / "heldout181.jsonl", 0.702, id="heldout181"),
        pytest.param(DATA / "heldout182.jsonl", 0.674, id="heldout182"),
        pytest.param(DATA / "heldout183.jsonl", 0.750, id="heldout183"),
        pytest.param(DATA / "heldout184.jsonl", 0.706, id="heldout184"),
        pytest.param(DATA / "heldout185.jsonl", 0.694, id="heldout185"),
        pytest.param(DATA / "heldout186.jsonl", 0.687, id="heldout186"),
        pytest.param(DATA / "heldout187.jsonl", 0.683, id="heldout187"),
        pytest.param(DATA / "heldout188.jsonl", 0.746, id="heldout188"),
        pytest.param(DATA / "heldout189.jsonl", 0.644, id="heldout189"),
        pytest.param(DATA / "heldout190.jsonl", 0.655, id="heldout190"),
        pytest.param(DATA / "heldout191.jsonl", 0.672, id="heldout191"),
        pytest.param(DATA / "heldout192.jsonl", 0.655, id="heldout192"),
        pytest.param(DATA / "heldout193.jsonl", 0.468, id="heldout193"),
        pytest.param(DATA / "heldout194.jsonl", 0.689, id="heldout194"),
        pytest.param(DATA / "heldout195.jsonl", 0.621, id="heldout195"),
        pytest.param(DATA / "heldout196.jsonl", 0.525, id="heldout196"),
        pytest.param(DATA / "heldout197.jsonl", 0.630, id="heldout197"),
        pytest.param(DATA / "heldout198.jsonl", 0.579, id="heldout198"),
        pytest.param(DATA / "heldout199.jsonl", 0.666, id="heldout199"),
        pytest.param(DATA / "heldout200.jsonl", 0.604, id="heldout200"),
        pytest.param(DATA / "heldout201.jsonl", 0.638, id="heldout201"),
        pytest.param(DATA / "heldout202.jsonl", 0.813, id="heldout202"),
        pytest.param(DATA / "heldout203.jsonl", 0.731, id="heldout203"),
        pytest.param(DATA / "heldout204.jsonl", 0.533, id="heldout204"),
        pytest.param(DATA / "heldout205.jsonl", 0.422, id="heldout205"),
        pytest.param(DATA / "heldout206.jsonl", 0.765, id="heldout206"),
        pytest.param(DATA / "heldout207.jsonl", 0.659, id="heldout207"),
        pytest.param(DATA / "heldout208.jsonl", 0.565, id="heldout208"),
        pytest.param(DATA / "heldout209.jsonl", 0.741, id="heldout209"),
        pytest.param(DATA / "heldout210.jsonl", 0.712, id="heldout210"),
        pytest.param(DATA / "heldout211.jsonl", 0.711, id="heldout211"),
        pytest.param(DATA / "heldout212.jsonl", 0.713, id="heldout212"),
        pytest.param(DATA / "heldout213.jsonl", 0.702, id="heldout213"),
        pytest.param(DATA / "heldout214.jsonl", 0.567, id="heldout214"),
        pytest.param(DATA / "heldout215.jsonl", 0.587, id="heldout215"),
        pytest.param(DATA / "heldout216.jsonl", 0.591, id="heldout216"),
        pytest.param(DATA / "heldout217.jsonl", 0.731, id="heldout217"),
        pytest.param(DATA / "heldout218.jsonl", 0.736, id="heldout218"),
        pytest.param(DATA / "heldout219.jsonl", 0.745, id="heldout219"),
        pytest.param(DATA / "heldout220.jsonl", 0.531, id="heldout220"),
        pytest.param(DATA / "heldout221.jsonl", 0.576, id="heldout221"),
        pytest.param(DATA / "heldout222.jsonl", 0.673, id="heldout222"),
        pytest.param(DATA / "heldout223.jsonl", 0.757, id="heldout223"),
        pytest.param(DATA / "heldout224.jsonl", 0.688, id="heldout224"),
        pytest.param(DATA / "heldout225.jsonl", 0.719, id="heldout225"),
        pytest.param(DATA / "heldout226.jsonl", 0.751, id="heldout226"),
        pytest.param(DATA / "heldout227.jsonl", 0.733, id="heldout227"),
        pytest.param(DATA / "heldout228.jsonl", 0.661, id="heldout228"),
        pytest.param(DATA / "heldout229.jsonl", 0.713, id="heldout229"),
        pytest.param(DATA / "heldout230.jsonl", 0.596, id="heldout230"),
        pytest.param(DATA / "heldout231.jsonl", 0.671, id="heldout231"),
        pytest.param(DATA / "heldout232.jsonl", 0.647, id="heldout232"),
        pytest.param(DATA / "heldout233.jsonl", 0.732, id="heldout233")]
# documents without any claim each set keeps (heldout21, 87, 123, 168, 179, 181, 184, 200, 202 and 230 have four,
# every other set five or more)
CLAIMLESS_MIN = {"heldout21.jsonl": 4, "heldout87.jsonl": 4, "heldout123.jsonl": 4, "heldout168.jsonl": 4,
                 "heldout179.jsonl": 4, "heldout181.jsonl": 4, "heldout184.jsonl": 4, "heldout200.jsonl": 4,
                 "heldout202.jsonl": 4, "heldout230.jsonl": 4}
# claimless documents that still yield a capture-type claim, per set (none left: round 34 fixed web:h34_04's
# "within 10km of the border, including X"); the rest stay pinned
UNFIXED_CLAIMLESS: dict[str, set[str]] = {
    # blind measurement set, never fixed against: a drone-strike report that still yields a capture-type claim
    "heldout58.jsonl": {"web:h58_22"},
    # blind measurement set too: a Ukrainian "у Харкові" + lower-case word, read as a plural adjective (and so no
    # place) until the seventeenth session, now a place that a capture-type cue in the document reaches
    "heldout63.jsonl": {"web:h63_08"},
    "heldout64.jsonl": {"web:h64_30"},  # blind measurement set too
    "heldout74.jsonl": {"web:h74_13"},  # blind measurement set too: a diplomacy story
    "heldout86.jsonl": {"web:h86_24"},  # blind measurement sets too (fifteenth session)
    "heldout87.jsonl": {"web:h87_40"},
    "heldout93.jsonl": {"web:h93_18"},  # blind measurement set too (sixteenth session)
    "heldout98.jsonl": {"web:h98_25"},  # blind measurement set too (sixteenth session)
    # fitted: "since Russia launched its cross-border offensive in Kharkiv Oblast on May 10" still reads as a
    # (region's) advance; a "since" clause after the main verb dates nothing yet
    "heldout100.jsonl": {"web:h100_14"},
    # fitted (seventeenth session): "In the Kursk region, where Ukraine launched a cross-border incursion on Aug. 6,
    # …" in a September text still reads as the region's advance (a dated advance is not yet settled background)
    "heldout109.jsonl": {"web:h109_26"},
    # blind measurement set (eighteenth session), never fixed against
    "heldout125.jsonl": {"web:h125_21"},
    # blind measurement sets (twentieth session), never fixed against
    "heldout150.jsonl": {"web:h150_34"},
    "heldout156.jsonl": {"web:h156_16"},
    # blind measurement sets (twenty-second session), never fixed against
    "heldout196.jsonl": {"web:h196_22"},
    "heldout198.jsonl": {"x:h198_30"},
    "heldout216.jsonl": {"web:h216_04"},
}


@pytest.mark.parametrize(("path", "min_f1"), SETS)
def test_heldout_set_is_large_and_has_claimless_documents(path: Path, min_f1: float) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 35  # heldout9 has 36 documents, heldout13 40, the others 41-51
    assert sum(1 for r in records if not r["expected"]) >= CLAIMLESS_MIN.get(path.name, 5)


@pytest.mark.parametrize(("path", "min_f1"), SETS)
def test_f1_on_heldout(gaz: Gazetteer, path: Path, min_f1: float) -> None:
    precision, recall, f1 = score(gaz, [path])
    assert f1 >= min_f1, f"{path.name} F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) < {min_f1}"


@pytest.mark.parametrize(("path", "min_f1"), SETS)
def test_claimless_documents_yield_no_capture_claims(gaz: Gazetteer, path: Path, min_f1: float) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["expected"] or record["optional"] or record["doc"]["doc_id"] in UNFIXED_CLAIMLESS.get(path.name, ()):
            continue
        claims = extract_claims(Document.model_validate(record["doc"]), gaz)
        assert [c for c in claims if c.predicate.value in ("captured", "advancing", "withdrew")] == [], \
            record["doc"]["doc_id"]
