"""Failure classes found by the twenty-third held-out set (heldout23.jsonl: interviews and quoted speech — Q&A
transcripts, press conferences, spokespeople, speakers contradicting each other, denials of the interviewer's premise,
euphemistic withdrawals), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer
from services.normalizer.extraction.sentences import split_sentences

from .conftest import FACT, run, tuples

UA_OUTLET = "ukrinform.example"
RU_OUTLET = "ria-region.example"
WIRE = "wire.example"
PODCAST = "frontline-podcast.example"
NOV = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


def sided(claims: list[Claim]) -> set[tuple[str, str, str, str, str]]:
    """(place, predicate, actor, factuality, claimant side) for every claim."""
    return {(n, c.predicate.value, c.actor.value, FACT.get(c.modality.value, c.modality.value), c.claimant_side.value)
            for c in claims for n in {c.place_name, c.matched_alias, *c.place_aliases}}


# 1. "HOST: …?\n\nMAJ. PETRO: …": a labelled interview; the answers speak for the interviewee the title or the
#    introduction names, and a rank opening a paragraph ("MAJ.", "Capt.") does not end a sentence
def test_labelled_interview_answers_speak_for_the_interviewee(gaz: Gazetteer) -> None:
    text = ("Transcript, lightly edited.\n\n"
            "HOST: You command a company near Pokrovsk. How are things there?\n\n"
            "MAJ. PETRO (call sign Lis): Hard, but Rodynske is ours, Myrnohrad is ours.\n\n"
            "HOST: And the railway?\n\n"
            "LIS: They are pushing towards Rodynske from the south, from Krasnyi Lyman, that is true.")
    got = sided(run(text, gaz, source=PODCAST, published=NOV, title="A Ukrainian company commander on Pokrovsk"))
    assert ("Rodynske", "holds", "UA", "factual", "UA") in got
    assert ("Myrnohrad", "holds", "UA", "factual", "UA") in got
    assert ("Rodynske", "advancing", "RU", "factual", "UA") in got
    assert not any(t[0] == "Rodynske" and t[1] == "captured" for t in got)  # "pushing towards X from": no expulsion
    spans = split_sentences("Intro.\n\nMAJ. PETRO: We hold.")
    assert len(spans) == 2  # "MAJ." at a paragraph start is a rank, not a sentence
    # near miss: a paragraph that merely starts with a name and "said:" is no label
    got = sided(run("Zelensky said: Myrnohrad is ours.\nWhat next?\nNobody knows.", gaz, source=WIRE, published=NOV))
    assert not any(t[4] == "UA" and t[0] == "Myrnohrad" and t[1] == "advancing" for t in got)


# 2. '"They would threaten X," the commander said', "A: They attack every day": in a speaker's own words "they"
#    are the other side
def test_they_in_a_speakers_words_is_the_other_side(gaz: Gazetteer) -> None:
    got = sided(run('"If they cross the river, they would threaten Orikhiv from the east," a Ukrainian brigade '
                    'spokesman said.', gaz, source=WIRE, published=NOV))
    assert ("Orikhiv", "advancing", "RU", "conditional", "UA") in got
    got = sided(run('"Наши штурмовики закрепились у Часова Яра, а они пытаются контратаковать," — сказал '
                    'представитель Минобороны России.', gaz, source=RU_OUTLET, published=NOV))
    assert not any(t[0] == "Chasiv Yar" and t[2] == "UA" and t[1] == "advancing" for t in got)
    # near miss: "they" outside a quotation is whoever the sentence named
    got = tuples(run("Ukrainian officials said they had recaptured Andriivka.", gaz, source=WIRE, published=NOV))
    assert ("Andriivka", "captured", "UA", "factual") in got


# 3. '"…," the spokesman said. "Our units are fighting near X."' and 'He dismissed the claim: "… X is under our
#    control."': a whole quoted sentence after an attributed one, and the rest of an opened quotation, are the same
#    speaker's
def test_quoted_continuation_keeps_its_speaker(gaz: Gazetteer) -> None:
    got = sided(run('"We have stabilised the line," a spokesman for Ukraine\'s 47th Brigade told reporters. '
                    '"Our units are fighting near Ocheretyne, and the enemy keeps losing armour."', gaz, source=WIRE,
                    published=NOV))
    assert any(t[0] == "Ocheretyne" and t[1] == "fighting" and t[4] == "UA" for t in got)
    got = sided(run('Asked about the rumours, the Kharkiv regional governor said: "There are no such reports. These '
                    'are rumours, do not spread them."\n"Our defenders in Kupiansk continue to hold their positions," '
                    'he added.', gaz, source=UA_OUTLET, published=NOV))
    assert ("Kupiansk", "holds", "UA", "factual", "UA") in got
    got = sided(run('A Ukrainian brigade spokesman denied the Russian claim: "It is an information operation. '
                    'Toretsk is under the control of the Defence Forces."', gaz, source=WIRE, published=NOV))
    assert ("Toretsk", "holds", "UA", "factual", "UA") in got


# 4. "Asked whether Ukrainian troops had left X, the governor said …": the question is nobody's claim; a reply that
#    denies it, or a question relaying someone's claims, keeps it
def test_asked_whether_is_no_claim(gaz: Gazetteer) -> None:
    got = tuples(run("Asked whether Ukrainian troops had left Hoptivka, the governor said the situation there was "
                     "difficult.", gaz, source=WIRE, published=NOV))
    assert not any(t[0] == "Hoptivka" and t[1] == "withdrew" for t in got)
    got = tuples(run("Asked about rumours of a Russian offensive towards Zaporizhzhia, the mayor said he would not "
                     "speculate.", gaz, source=WIRE, published=NOV))
    assert not any(t[0] == "Zaporizhzhia" for t in got)
    # near misses: a relayed claim, and a reply that denies the premise
    got = tuples(run("Asked about Russian claims that Ukrainian troops had been driven out of Klishchiivka, the "
                     "commander replied: \"Come and see.\"", gaz, source=WIRE, published=NOV))
    assert any(t[0] == "Klishchiivka" and t[1] == "withdrew" for t in got)
    got = tuples(run("На вопрос о сообщениях, будто ВСУ закрепились в Тёткино, губернатор ответил: «Это фейк».", gaz,
                     source=RU_OUTLET, published=NOV))
    assert any(t[0] == "Tyotkino" and t[1] == "advancing" and t[3] == "denied" for t in got)


# 5. "если ВСУ дойдут до X", "якщо ворог дійде до X": reaching a place is an advance
def test_reaching_a_place_is_an_advance(gaz: Gazetteer) -> None:
    got = tuples(run("Если ВСУ дойдут до Рыльска, под ударом окажется трасса.", gaz, source=RU_OUTLET, published=NOV))
    assert ("Rylsk", "advancing", "UA", "conditional") in got
    got = tuples(run("Якщо ворог дійде до Покровська, логістика ускладниться.", gaz, source=UA_OUTLET,
                     published=NOV))
    assert ("Pokrovsk", "advancing", "RU", "conditional") in got


# 6. "after we left X": a first-person withdrawal from the place named right after "left"
def test_we_left_a_place(gaz: Gazetteer) -> None:
    got = sided(run('"When we left Marinka in 2023, the town was already rubble," the Ukrainian officer said.', gaz,
                    source=WIRE, published=NOV))
    assert ("Marinka", "withdrew", "UA", "historical", "UA") in got
    got = tuples(run('"We left with two bags," said a woman from Selydove.', gaz, source=WIRE, published=NOV))
    assert not any(t[1] == "withdrew" for t in got)  # near miss: civilians leaving, no place after "left"


# 7. "the Russians attack daily near X and Y, without success", "безуспешно": the places are held too
def test_attacks_without_success_hold_the_place(gaz: Gazetteer) -> None:
    got = tuples(run("A Ukrainian spokesman said the Russians attack daily near Orikhiv and Mala Tokmachka, without "
                     "success.", gaz, source=WIRE, published=NOV))
    assert ("Orikhiv", "fighting", "RU", "factual") in got
    assert ("Orikhiv", "holds", "UA", "factual") in got
    got = tuples(run("ВСУ атаковали позиции у Орехова, но безуспешно, сообщили в Минобороны России.", gaz,
                     source=RU_OUTLET, published=NOV))
    assert ("Orikhiv", "fighting", "UA", "factual") in got
    assert ("Orikhiv", "holds", "RU", "factual") in got
    got = tuples(run("The Russians attack daily near Orikhiv, a Ukrainian spokesman said.", gaz, source=WIRE,
                     published=NOV))
    assert not any(t[1] == "holds" for t in got)  # near miss: no outcome told, no hold


# 8. "withdrew from X and Y. Russia said it had "liberated" both villages": the two just named
def test_both_villages_take_the_two_just_named(gaz: Gazetteer) -> None:
    got = tuples(run('A Ukrainian spokesman confirmed that units had withdrawn from Novohrodivka and Selydove. '
                     'Russia\'s defence ministry said it had "liberated" both towns.', gaz, source=WIRE,
                     published=NOV))
    assert ("Novohrodivka", "captured", "RU", "factual") in got
    assert ("Selydove", "captured", "RU", "factual") in got


# 9. "HOST: How much of X do you control?\nCOMMANDER: The enemy holds the eastern part": an answer with no place is
#    about the place the question named, and the interviewee's side decides the partial hold
def test_answer_takes_the_questions_place(gaz: Gazetteer) -> None:
    text = ("Recorded with a company commander of a Ukrainian mechanised brigade.\n\n"
            "HOST: How much of Toretsk do you actually hold?\n\n"
            "COMMANDER: The western blocks. The enemy holds the eastern part and the mine.\n\n"
            "HOST: What about the flanks?\n\n"
            "COMMANDER: Quiet for now.")
    got = sided(run(text, gaz, source=PODCAST, published=NOV))
    assert ("Toretsk", "advancing", "RU", "factual", "UA") in got
    assert not any(t[0] == "Toretsk" and t[1] == "holds" and t[2] == "RU" for t in got)


# 10. "X is ours, Y is ours": "ours" claims the place before it, each its own
def test_ours_claims_the_place_before_it(gaz: Gazetteer) -> None:
    got = sided(run('"Kurakhove is ours, Dachne is ours," a Ukrainian commander said.', gaz, source=WIRE,
                    published=NOV))
    assert ("Kurakhove", "holds", "UA", "factual", "UA") in got
    assert ("Dachne", "holds", "UA", "factual", "UA") in got
    got = tuples(run("Представитель Минобороны России заявил: «Часов Яр уже полностью наш».", gaz, source=RU_OUTLET,
                     published=NOV))
    # ("полностью наш" is a capture completed since the third residual pass, as heldout13/19/23 label it)
    assert ("Chasiv Yar", "captured", "RU", "factual") in got


# 11. "Neither side really controls it", "жодна зі сторін не контролює": nobody holds the place
def test_neither_side_controls(gaz: Gazetteer) -> None:
    got = tuples(run("Around Kozacha Lopan there is a grey zone. Neither side really controls it, the Ukrainian "
                     "spokesman said.", gaz, source=WIRE, published=NOV))
    assert not any(t[1] == "holds" for t in got)
    got = tuples(run("Ukrainian troops still control Kozacha Lopan, the spokesman said.", gaz, source=WIRE,
                     published=NOV))
    assert ("Kozacha Lopan", "holds", "UA", "factual") in got  # near miss


# 12. '"The units have moved to more advantageous positions," the army said', "the pullout of its forces from X":
#     a pull-back told politely, by the side that pulled back
def test_polite_withdrawal_is_the_speakers_side(gaz: Gazetteer) -> None:
    got = sided(run("A spokesman for Ukraine's 110th Brigade said troops had \"moved to more advantageous positions\" "
                    "from the village of Prohres.", gaz, source=WIRE, published=NOV))
    assert ("Prohres", "withdrew", "UA", "factual", "UA") in got
    got = tuples(run("Russia's defence ministry described the pullout of its forces from Kupiansk as a regrouping.",
                     gaz, source=WIRE, published=NOV))
    assert ("Kupiansk", "withdrew", "RU", "factual") in got


# 13. "small groups got into the northern outskirts and we are clearing them out": the intruders are the other side,
#     and clearing them is no capture; "under the control of the Defence Forces" is Ukraine's
def test_we_are_clearing_them_out(gaz: Gazetteer) -> None:
    got = sided(run('"In Soledar small groups got into the northern outskirts and we are clearing them out," a '
                    'Ukrainian brigade spokesman said.', gaz, source=WIRE, published=NOV))
    assert ("Soledar", "advancing", "RU", "factual", "UA") in got
    assert not any(t[0] == "Soledar" and t[2] == "UA" and t[1] in ("advancing", "captured") for t in got)
    got = tuples(run("Ukrainian units cleared Soledar, the brigade said.", gaz, source=WIRE, published=NOV))
    assert ("Soledar", "captured", "UA", "factual") in got  # near miss: clearing a place is a capture
    got = tuples(run("The town of Lyman is under the control of the Defence Forces, the spokesman said.", gaz,
                     source=WIRE, published=NOV))
    assert ("Lyman", "holds", "UA", "factual") in got


# 14. 'which Kyiv called "a fiction"': the capital as the one who judges the claim is no place, and it is the denier
def test_capital_calling_a_claim_is_no_place(gaz: Gazetteer) -> None:
    got = tuples(run('Russia\'s defence ministry claimed the capture of Bohdanivka, which Kyiv called "a fiction".',
                     gaz, source=WIRE, published=NOV))
    assert not any(t[0] == "Kyiv" for t in got)
    got = sided(run('Russia\'s defence ministry claimed the capture of Torske last week, which Kyiv called '
                    '"a fiction".', gaz, source=WIRE, published=NOV))
    assert ("Torske", "captured", "RU", "factual", "RU") in got
    assert ("Torske", "captured", "RU", "denied", "UA") in got  # Kyiv denies it, Russia's gain


# 15. "Russian forces tried to break through near X, Y and Z. All the attacks were repelled": all three held
def test_all_the_attacks_were_repelled(gaz: Gazetteer) -> None:
    got = tuples(run("Russian forces tried 11 times to break through Ukrainian defences near Novohrodivka, Selydove "
                     "and Krasnohorivka, a Ukrainian spokesman told reporters. \"All the attacks were repelled,\" the "
                     "spokesman said.", gaz, source=WIRE, published=NOV))
    for place in ("Novohrodivka", "Selydove", "Krasnohorivka"):
        assert (place, "holds", "UA", "factual") in got
    got = tuples(run("Russian forces attacked near Novohrodivka and Selydove. The attack on the convoy was repelled, "
                     "a Ukrainian spokesman said.", gaz, source=WIRE, published=NOV))
    assert not any(t[1] == "holds" and t[0] == "Selydove" for t in got)  # near miss: not "all the attacks"


# 16. 'UA border guard spokesman Demchenko: "…"': a title and a name before the colon speak; "the situation is under
#     control" is the speaker's side holding the place talked about, whatever side the sentence names
def test_label_with_name_speaks_and_situation_under_control(gaz: Gazetteer) -> None:
    got = sided(run('UA border guard spokesman Petrenko: "Russian sabotage groups tried to enter Yunakivka, the '
                    'situation is under control."', gaz, source="x:@border_watch", published=NOV))
    assert ("Yunakivka", "fighting", "RU", "factual", "UA") in got
    assert not any(t[0] == "Yunakivka" and t[1] == "holds" and t[2] == "RU" for t in got)


# 17. "Голова ОВА Володимир Артюх": a given name that is also a town's name, before a surname, is a person
def test_given_name_before_surname_is_no_place(gaz: Gazetteer) -> None:
    got = tuples(run("Голова ОВА Володимир Коваль спростував чутки про те, що російські війська зайшли у Юнаківку.",
                     gaz, source=UA_OUTLET, published=NOV))
    assert not any(t[0].startswith(("Volodymyr", "Володимир")) for t in got)
    assert any(t[0] == "Yunakivka" for t in got)
    got = tuples(run("Министр обороны Сергей Иванов доложил об освобождении Часова Яра.", gaz, source=RU_OUTLET,
                     published=NOV))
    assert {t[0] for t in got if t[1] == "captured"} & {"Chasiv Yar"}
    assert not any(t[0] == "Сергей" for t in got) and len({t[0] for t in got} & {"Kadiyivka"}) == 0


# 25. "установлен контроль над Белой Горой", "Білою Горою": a two-word name with a generic noun in the instrumental
def test_two_word_name_in_the_instrumental(gaz: Gazetteer) -> None:
    got = tuples(run("Российские войска установили полный контроль над Красной Горой и Новодружеском.", gaz,
                     source=RU_OUTLET, published=NOV))
    assert ("Красная Гора", "captured", "RU", "factual") in got
    assert not any(t[0] in ("Гора", "Горой") for t in got)


# 18. "ДРГ намагалися зайти в район X, але були знищені", "пытались зайти в посёлок Новый Путь, но были уничтожены":
#     an attempt stopped is fighting by the attacker and a hold by the defender; "посёлок Новый Путь" is one name
def test_attempt_to_enter_destroyed(gaz: Gazetteer) -> None:
    got = tuples(run("За словами речника, ДРГ противника намагалися зайти в район Юнаківки, але були знищені.", gaz,
                     source=UA_OUTLET, published=NOV))
    assert ("Yunakivka", "fighting", "RU", "factual") in got
    assert ("Yunakivka", "holds", "UA", "factual") in got
    got = tuples(run("Украинские ДРГ пытались зайти в посёлок Ясный Путь, но были уничтожены.", gaz,
                     source=RU_OUTLET, published=NOV))
    assert any(t[0] == "Ясный Путь" and t[1] == "fighting" and t[2] == "UA" for t in got)


# 19. "… control part of X and reports of its fall were "premature"": "its" is the place named before, and the
#     quoted "premature" still rejects the claim
def test_its_fall_premature(gaz: Gazetteer) -> None:
    got = tuples(run('A Ukrainian spokesman said troops "control a large part of Myrnohrad" and that reports of its '
                     'fall were "premature".', gaz, source=WIRE, published=NOV))
    assert any(t[0] == "Myrnohrad" and t[1] == "captured" and t[3] == "denied" for t in got)


# 20. 'its units were "finishing off" the defenders around X': the defenders are the target, no hold
def test_finishing_off_the_defenders_is_no_hold(gaz: Gazetteer) -> None:
    got = tuples(run('Russia\'s defence ministry said its units were "finishing off" the defenders of Siversk.', gaz,
                     source=WIRE, published=NOV))
    assert not any(t[0] == "Siversk" and t[1] == "holds" for t in got)
    got = tuples(run("The defenders of Siversk still hold the town, a Ukrainian spokesman said.", gaz, source=WIRE,
                     published=NOV))
    assert any(t[0] == "Siversk" and t[1] == "holds" and t[2] == "UA" for t in got)  # near miss


# 21. "Слухи о том, что наши вышли к центру X, — враньё": reaching the centre, denied
def test_reached_the_centre_denied_as_lies(gaz: Gazetteer) -> None:
    got = tuples(run("Слухи о том, что наши вышли к центру Покровска, — враньё.", gaz, source="t.me/z_channel",
                     published=NOV))
    assert any(t[0] == "Pokrovsk" and t[1] == "advancing" and t[3] == "denied" for t in got)


# 22. '"There is no question of X falling this week," the governor said', 'The spokesman called the announcement
#     "premature"': the capture is denied
def test_no_question_of_falling_and_called_premature(gaz: Gazetteer) -> None:
    got = tuples(run('"There is no question of Orikhiv falling to Russian forces this week," the Ukrainian '
                     'governor said.', gaz, source=WIRE, published=NOV))
    assert ("Orikhiv", "captured", "RU", "denied") in got
    assert not any(t[0] == "Orikhiv" and t[1] == "captured" and t[3] == "factual" for t in got)
    got = tuples(run("Russia's defence ministry announced that its troops had \"liberated\" Rodynske. A Ukrainian "
                     "brigade spokesman called the announcement \"premature\".", gaz, source=WIRE, published=NOV))
    assert ("Rodynske", "captured", "RU", "factual") in got
    assert ("Rodynske", "captured", "RU", "denied") in got


# 23. "The enemy controls the southern part of X, … a brigade spokesman said": "the enemy" is the speaker's enemy, and
#     a part controlled is an advance; "repelled attacks on the outskirts of X" stays a hold
def test_enemy_controls_part_per_named_speaker(gaz: Gazetteer) -> None:
    got = sided(run("The enemy controls the southern part of Myrnohrad and our troops hold the north, a spokesman for "
                    "Ukraine's 38th Brigade said at a press conference.", gaz, source=WIRE, published=NOV))
    assert ("Myrnohrad", "advancing", "RU", "factual", "UA") in got
    assert not any(t[0] == "Myrnohrad" and t[1] == "holds" and t[2] == "RU" for t in got)
    got = tuples(run("The corps said its soldiers also repelled Russian attacks on the outskirts of Soledar.", gaz,
                     source=WIRE, published=NOV))
    assert ("Soledar", "holds", "UA", "factual") in got  # near miss


# 24. '"Proceed with the withdrawal of troops from X," the minister said': a side orders its own troops out
def test_withdrawal_of_troops_is_the_speakers_side(gaz: Gazetteer) -> None:
    got = sided(run("Russia's defence minister ordered the withdrawal of troops from Kupiansk, the ministry said.", gaz,
                    source=WIRE, published=NOV))
    assert ("Kupiansk", "withdrew", "RU", "factual", "RU") in got
    got = tuples(run("The withdrawal from Kupiansk was reported by residents.", gaz, source=WIRE, published=NOV))
    assert not any(t[1] == "withdrew" and t[2] in ("RU", "UA") for t in got)  # near miss: nobody's troops named


# 26. "an official of the Russian-backed Luhansk administration rejected reports of fighting in X …, saying Ukrainian
#     troops were far": the official speaks (a Russian official) and denies the battle; the force after "saying" is
#     what he says, never the speaker
def test_saying_takes_no_speaker_after_it(gaz: Gazetteer) -> None:
    got = sided(run("Ivan Petrov, an official of the Russian-backed Luhansk administration, rejected reports of "
                    "fighting in Svatove, saying Ukrainian troops were still far from the town.", gaz, source=WIRE,
                    published=NOV))
    assert got and all(t[4] == "RU" for t in got if t[0] == "Svatove")
    assert ("Svatove", "fighting", "UA", "denied", "RU") in got  # "rejected reports of fighting in X": denied
    got = tuples(run("Officials reported fighting in Svatove, a Russian official said.", gaz, source=WIRE,
                     published=NOV))
    assert not any(t[3] == "denied" for t in got)  # near miss
