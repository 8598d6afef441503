"""Ukrainian cue phrases (General Staff reports, monitoring posts, Ukrainian media); kinds as in cues_en."""

from __future__ import annotations

from .lexicon import Spec

SPECS: list[Spec] = [
    # captured
    ("захопи*", "pred", "captured", ""),
    ("захопл*", "pred", "captured", ""),
    ("звільни*", "pred", "captured", ""),
    ("звільн*", "pred", "captured", ""),
    ("окупува*", "pred", "captured", "side=RU"),
    ("окупов*", "pred", "captured", "occupied side=RU"),
    ("окупацію", "pred", "captured", "side=RU"),  # "Інформація про окупацію X — фейк": the rumoured capture
    ("зайня(?:ли|в|ла|ло|то|ті)", "pred", "captured", ""),
    ("взяли", "pred", "captured", ""),
    ("візьм(?:уть|е|емо)", "pred", "captured", ""),
    ("встанови* (?:повний )?контроль", "pred", "captured", ""),
    ("віднови* (?:повний )?контроль", "pred", "captured", ""),
    ("поверну(?:ли|ло|в|ла)(?: \\w+)? під(?: свій| повний)? контроль", "pred", "captured", ""),
    ("взя(?:ли|ло|в|ла)(?: \\w+)? під(?: свій| повний)? контроль", "pred", "captured", ""),
    ("перейш(?:ов|ла|ло|ли) під(?: \\w+)? контроль", "pred", "captured", ""),
    # "зачистили село", "завершили зачистку X": taken; "зачистили X від диверсантів": an incursion mopped up
    ("зачисти(?:ли|в|ла)(?!(?: [\\w'’-]+){1,2} (?:від|от)\\b)", "pred", "captured", ""),
    ("заверши(?:ли|в|ла|ло)(?: \\w+)? зачистк\\w*", "pred", "captured", ""),
    ("(?:підняли|підняв|встановили|вивісили)(?: \\w+)? (?:прапор|стяг)", "pred", "captured", "flag"),
    ("прапор(?: \\w+)? над", "pred", "captured", "flag"),
    ("(?:піднято|піднятий|встановлено|встановлений)(?: \\w+)? (?:прапор|стяг)", "pred", "captured", "flag"),
    ("впа(?:в|ла|ло|ли)", "pred", "captured", ""),
    # "якщо X впаде", "якщо X буде втрачено": a fall (conditional after "якщо")
    ("впад(?:е|уть)", "pred", "captured", ""),
    ("буде втрачен\\w*", "pred", "captured", "lose"),  # lost by the speaker's side: taken by the other
    # "захоплення X дозволить/відкриє ...": the capture is the premise of a consequence
    ("(?:взяття|захоплення|падіння|втрата)(?: [\\w'’-]+){1,3} (?:дозволить|дозволило б|відкриє|дасть|означатиме)",
     "cond", "", ""),
    ("падіння", "pred", "captured", ""),
    # advancing
    ("просуну*", "pred", "advancing", ""),
    ("прорва(?:тися|лися|вся|лась|ли|в)", "pred", "advancing", ""),  # "намагалися прорватися біля X": fighting
    ("просува*", "pred", "advancing", ""),
    ("просуван*", "pred", "advancing", ""),
    ("вклини*", "pred", "advancing", ""),
    ("околиц*", "pred", "advancing", ""),
    ("увійшли", "pred", "advancing", ""),
    ("(?:увірва|вдер)(?:лися|лись|вся|лася|лась|тися)", "pred", "advancing", ""),  # "ворог увірвався в X"
    ("стиска(?:ють|є|ємо|ти)(?: \\w+)? кільце", "pred", "advancing", "encircle"),
    ("закріпи(?:лися|лись|вся|лася)", "pred", "advancing", ""),
    ("закріпився", "pred", "advancing", ""),
    ("(?:перебуває|перебувають|перебувала|знаходиться|залишається) під(?: російською)? окупацією", "pred", "captured",
     "side=RU hist"),  # "X перебуває під окупацією з 2022 року"
    ("висади(?:ти|тися|лися|лись|вся|лася)", "pred", "advancing", ""),
    ("вийш(?:ли|ов|ла) на підступи", "pred", "advancing", ""),
    ("зайш(?:ли|ов|ла)(?! в глухий кут)", "pred", "advancing", ""),  # "ворог зайшов у село"
    ("зайд(?:уть|е|емо)(?! в глухий кут)", "pred", "advancing", ""),  # "якщо ворог зайде в X": a future entry
    # "ЗСУ заходять у село": voenkor slang for entering a place
    ("(?:заходять|заходить|заходимо|заходили|заходив|заходила)(?! в глухий кут)", "pred", "advancing", ""),
    # "X — сіра зона", "переведені в сіру зону": contested, held by nobody (no side named)
    ("(?:сіра|сірій|сіру|сірої) зон\\w*", "pred", "fighting", "side=unknown grey"),
    ("(?:зайти|увійти)(?! в глухий кут)", "pred", "advancing", ""),  # "намагалися зайти в район X": an attempt
    ("дійш(?:ли|ов|ла) до", "pred", "advancing", ""),  # "якщо ворог дійде до X": reaching a place
    ("дійд(?:уть|е|емо) до", "pred", "advancing", ""),
    ("дійти до", "pred", "advancing", ""),
    ("наступ*", "pred", "advancing", ""),
    ("оточенн*", "pred", "advancing", "encircle"),
    ("оточ*", "pred", "advancing", "encircle"),
    ("напівоточ*", "pred", "advancing", "encircle"),
    ("загроз*", "pred", "advancing", "threat"),
    ("інфільтр*", "pred", "advancing", ""),
    # fighting
    ("бо(?:ї|їв|ях|ями|й)", "pred", "fighting", ""),
    ("бойові дії", "pred", "fighting", ""),
    # "підрозділи зачищають X", "ведуть зачистку X": clearing under way is a fight by the clearing side
    ("зачищають", "pred", "fighting", "attack"),
    ("вед(?:уть|е|еться) зачистк\\w*", "pred", "fighting", "attack"),
    ("бойових дій", "pred", "fighting", ""),
    ("штурм*", "pred", "fighting", "attack"),
    ("атак*", "pred", "fighting", "attack"),
    # the General Staff's "намагався покращити тактичне положення в районах X": an assault there
    ("покращ*(?: своє)? тактичн\\w* положенн\\w*", "pred", "fighting", "attack"),
    ("атаку*", "pred", "fighting", "attack"),
    ("зіткнен*", "pred", "fighting", ""),
    ("боєзіткнен*", "pred", "fighting", ""),
    ("контратак*", "pred", "fighting", "attack counter"),
    ("наступальн* дії", "pred", "fighting", "attack"),
    # "намагався витіснити наші підрозділи з позицій в районах X": an assault to dislodge the defenders
    ("витісни(?:ти)", "pred", "fighting", "attack dislodge"),
    # holds
    # "окупанти утримували північну частину села з березня": the past imperfective tells what was held, not what is
    ("утримува(?:ли|ла|в|ло)", "pred", "holds", "hist"),
    # "Сили оборони утримують позиції." (and nothing after): holding the place just talked about
    ("утримують позиції(?=[.,;!]|$)", "pred", "holds", "here"),
    ("утриму(?!вал|вав)\\w*", "pred", "holds", ""),
    ("відби(?:ли|ває|вають|ла|в)", "pred", "holds", ""),
    # "відбила частину X", "відбили село": took it back (a part: an advance), not a repelled attack
    ("відби(?:ли|ла|в)(?: \\w+)? (?:частин\\w*|половин\\w*|село|селище|місто)", "pred", "captured", ""),
    ("відби(?:то|ті|та)", "pred", "holds", "passive"),  # "атаку окупантів відбито": the side before it attacked
    ("відби(?:ли|то|ті|ває|вають|ла|в)(?: \\w+)? атак\\w*", "pred", "holds", ""),
    # "відбито дев'ять штурмів", "відбили механізований штурм": a count or an adjective before the assault noun
    ("відби(?:ли|то|ті|ває|вають|ла|в)(?: [\\w'’]+){1,2} (?:атак\\w*|штурм\\w*)", "pred", "holds", ""),
    ("відби(?:ли|ла|в)(?: \\w+)? спроб\\w*", "pred", "holds", ""),
    # "зірвали спробу росіян висадитися біля X": a foiled attempt, like a repelled one
    ("зірва(?:ли|ла|в)(?: \\w+)? (?:спроб\\w*|атак\\w*|штурм\\w*|наступ\\w*|висадк\\w*)", "pred", "holds", ""),
    ("відбива*", "pred", "holds", ""),
    # "Сили оборони зупинили п'ять штурмових дій противника біля X": stopped assaults, the defender holds X
    ("зупини(?:ли|в|ла)(?: \\S+)?(?: \\w+)? (?:штурм\\w*|атак\\w*|наступ\\w*|спроб\\w*)", "pred", "holds", ""),
    # "ЗСУ були вибиті з X", "звідки були вибиті": the side knocked out withdrew
    ("(?:були|був|була|було) вибит(?:і|ий|а|о)(?:(?: \\w+){0,2} (?:з|із))?", "pred", "withdrew", ""),
    ("зупинен(?:о|і|а)", "pred", "holds", "passive"),  # "спроби прориву до X зупинено": the side before attacked
    # "окупанти розширюють плацдарм в районі X": a bridgehead widened is ground gained
    ("розшир(?:юють|ює|или|ив|ила|ити)(?: \\w+)? плацдарм\\w*", "pred", "advancing", ""),
    # "відкинули ворога від своїх позицій": repelled ("відкинули пропозицію" is a refusal)
    ("відкину(?:ли|в|ла)(?: \\w+)? (?:ворога|противника|окупантів|росіян|загарбників|їх)(?! на)", "pred", "holds", ""),
    ("тримають", "pred", "holds", ""),
    ("тримає", "pred", "holds", ""),
    # "Торське тримаємо", "позиції тримаємо": the speaker's side holds ("тримаємо в курсі" is no hold)
    # ("тримаємося" alone is morale, "we hang on", no place held)
    ("тримаємо(?!(?: вас| їх)? в курсі| зв'яз| звʼяз| кулак)", "pred", "holds", "here"),
    ("оборон(?:у|яють|яє|ялися)", "pred", "holds", ""),
    ("(?:залишається|залишаються|лишається) під(?: \\w+)? контролем", "pred", "holds", "still"),
    ("під(?: \\w+)? контролем", "pred", "holds", "undercontrol"),
    ("контролю*", "pred", "holds", "ctrl"),
    ("присутн*", "pred", "holds", ""),
    # withdrew
    ("відступи*", "pred", "withdrew", ""),
    ("втрат(?:ять|ить)(?! (?:свої |всі |останні )*позиці|(?:\\w+ )?(?:контакт|зв['’]язок|управлінн)|\\d| до | понад| "
     "близько| убитими| пораненими| людей| осіб| техніку| військовослужб)", "pred", "captured", "lose"),
    ("втрати(?:ли|в|ла)(?: свої| всі| останні)* позиції (?:в|у)\\b", "pred", "withdrew", ""),
    # "блогери заперечують втрату X": the speakers' side did not lose X — the other side's capture, denied
    ("(?:заперечу\\w*|заперечи\\w*|спростову\\w*|спростува\\w*) втрату", "pred", "captured", "lose denyloss"),
    ("(?:тікають|тікали|тікає|втекли|втік|втекла) з", "pred", "withdrew", ""),  # "окупанти тікають з X": they flee
    ("відійш*", "pred", "withdrew", ""),
    # "змушені відійти з X", "наказ вийти з X"; "плацдарм у X, звідки вийшли": the infinitive, a relative "whence"
    ("відійти", "pred", "withdrew", ""),
    ("вийти з", "pred", "withdrew", ""),
    ("звідки(?: \\w+)? вийшли", "pred", "withdrew", ""),
    ("відвед*", "pred", "withdrew", ""),
    ("відв(?:ів|ели|ела|одять|одить)", "pred", "withdrew", ""),  # "ворог відвів частину сил з X"
    ("поча(?:в|ли|ла|ло)(?: \\w+)? відводити", "pred", "withdrew", ""),
    # "були змушені залишити плацдарм у X": a forced withdrawal
    ("змушен\\w* залишити", "pred", "withdrew", ""),
    ("вийшли з", "pred", "withdrew", ""),
    ("залиши(?:ли|в|ла)(?: свої)? позиції (?:в районі|у районі|біля|поблизу|під)", "pred", "withdrew", "area"),
    ("залиши(?:ли|в|ла)", "pred", "withdrew", ""),
    ("покину*", "pred", "withdrew", ""),
    ("відкоти*", "pred", "withdrew", ""),
    ("відход(?:ити|ять|ить|или|ив|ила)", "pred", "withdrew", ""),  # "почали відходити з X"
    # "перемістилися на вигідніші рубежі північніше X", "вихід українських військ з X": a pull-back told politely
    ("перемісти(?:лися|вся|лась|лись)(?: \\w+)? на (?:\\w+ )?(?:рубеж|позиці)\\w*", "pred", "withdrew", ""),
    ("вих(?:ід|оду)(?: \\w+){0,3} (?:з|із)", "pred", "withdrew", "inner"),
    ("наш(?:а|е)?", "pred", "holds", "ours"),
    # "X — це Україна!": the place named right before it is held by that side (a region's slogan is no claim)
    ("це україна", "pred", "holds", "ours side=UA"),
    ("це росія", "pred", "holds", "ours side=RU"),
    ("(?:знову|знов) наш(?:і|а|е)?", "pred", "holds", "ours again"),  # "Х знову наші": retaken, and held
    # sides
    ("окупант*", "side", "RU", "role=force voice=UA"),
    ("рашист*", "side", "RU", "role=force voice=UA"),
    ("орк*", "side", "RU", "role=force voice=UA"),
    ("позиці(?:ї|ю|ям|ях)(?: \\w+)? (?:зсу|всу|українськ\\w*|сил оборони)", "side", "UA", "role=defender"),
    ("позиці(?:ї|ю|ям|ях)(?: \\w+)? (?:російськ\\w*|рф)", "side", "RU", "role=defender"),
    # "атакував позиції наших підрозділів", "спроба штурму наших позицій": our side is the one attacked
    ("позиці(?:ї|ю|ям|ях) наш(?:их|им)(?: \\w+)?", "side", "", "role=owndefender"),
    ("позиці(?:ї|ю|ям|ях) (?:противника|ворога)", "side", "", "role=enemydefender"),
    ("оборон(?:у|і|и) (?:противника|ворога)", "side", "", "role=enemydefender"),
    ("наш(?:і|их|им|ими) позиці\\w*", "side", "", "role=owndefender"),
    ("росіян*", "side", "RU", "role=force"),
    ("російськ*", "side", "RU", "role=force"),
    ("росія", "side", "RU", "role=force"),
    ("росії", "side", "RU", "role=force"),
    ("загарбник*", "side", "RU", "role=force voice=UA"),
    ("ворог*", "side", "RU", "role=force voice=UA"),
    ("ворож(?:а|е|і|ий|ого|ої|им|их|ими|у)", "side", "RU", "role=force voice=UA"),  # "ворожа група"
    ("зсу", "side", "UA", "role=force"),
    ("сил(?:и|ами)? оборони", "side", "UA", "role=force"),
    # "під контролем Збройних сил України": the armed forces by their full name (of Russia: the other side)
    ("збройн(?:і|их|ими|им) сил(?:и|ах|ам|ами)? україни", "side", "UA", "role=force"),
    ("збройн(?:і|их|ими|им) сил(?:и|ах|ам|ами)? (?:росії|рф)", "side", "RU", "role=force"),
    ("київськ(?:ий|ого|ому|им) режим\\w*", "side", "UA", "role=force"),
    # "Мирноград (українська назва; рос. — Димитров)": a name's language, not a force
    ("українськ*(?! назв)", "side", "UA", "role=force"),
    ("захисник*", "side", "UA", "role=force"),
    ("оборонц*", "side", "UA", "role=force"),
    ("наші", "side", "", "role=own"),
    ("наших", "side", "", "role=own"),
    ("нашим*", "side", "", "role=own"),
    ("ми", "side", "", "role=own"),
    ("підрозділ*", "side", "", "role=own"),
    ("противник*", "side", "", "role=enemy"),
    # attempts
    ("намага*", "attempt", "", ""),
    ("спроб*", "attempt", "", ""),
    ("прагн*", "attempt", "", ""),
    # denial
    ("спростува*", "deny", "", ""),
    ("спростову*", "deny", "", ""),
    ("неправд*", "deny", "", ""),
    # "Говорити про взяття X (поки що) зарано", "заяви про звільнення X передчасні": the claim is rejected
    ("(?:говорити|заявляти|стверджувати|повідомлення|заяви|розмови) про (?:повне )?"
     "(?:взяття|звільнення|захоплення|падіння|перехід)[^.;:!?]{0,60}? "
     "(?:поки що |ще )?(?:зарано|рано|передчасн\\w*)", "deny", "", "scoped"),
    ("брехн*", "deny", "", ""),
    ("не відповіда(?:є|ють) дійсності", "deny", "", ""),
    ("не підтверджу(?:ється|ються)", "deny", "", "unconfirmed"),
    ("дезінформац*", "deny", "", ""),
    ("іпсо", "deny", "", ""),
    # modality
    ("якщо", "cond", "", ""),
    ("дозвол(?:ить|ять|ило б|или б)", "cond", "", "near"),
    ("спробу(?:є|ють)", "cond", "", "near"),
    ("у разі", "cond", "", ""),
    ("в разі", "cond", "", ""),
    ("може", "cond", "", "near"),
    ("можуть", "cond", "", "near"),
    ("буде", "future", "", "near"),
    ("після(?= (?:взяття|захоплення|падіння))", "future", "", "once"),
    ("будуть", "future", "", "near"),
    ("обіця(?:є|ють|в|ли|ла)", "future", "", "near"),
    ("щойно", "future", "", "once"),
    ("плану(?:ється|ють|є|ємо)", "future", "", "near after"),
    ("(?:на той момент|на той час|у той час)", "hist", "", "near"),  # "на той момент ЗСУ ще утримували X"
    ("минулого (?:року|місяця)", "hist", "", ""),
    ("торік", "hist", "", ""),
    ("(?:рік|місяці|місяців|років) тому", "hist", "", ""),
    # speech
    ("повідом*", "speech", "", ""),
    ("заяви*", "speech", "", ""),
    ("заявля*", "speech", "", ""),
    ("сказа(?:в|ла|ли)", "speech", "", ""),
    ("дода(?:в|ла|ли)", "speech", "", ""),
    ("розпов(?:ів|іла|іли)", "speech", "", ""),  # "Про це Суспільному розповів речник"  # "«...», — додав речник"
    ("наголоси(?:в|ла|ли)", "speech", "", ""),
    ("оголоси*", "speech", "", ""),
    ("оголошу*", "speech", "", ""),
    ("пише", "speech", "", ""),
    ("написа(?:в|ла|ли)", "speech", "", ""),
    ("підтверди*", "speech", "", ""),
    ("показ*", "speech", "", ""),
    ("інформу*", "speech", "", ""),
    ("зазначи*", "speech", "", ""),
    ("за даними", "speech", "", "according"),
    ("за словами", "speech", "", "according"),
    ("за інформацією", "speech", "", "according"),
    ("як повідомля*", "speech", "", "according"),
    ("спростува*", "speech", "", "deny"),
    ("назва(?:в|ли|ла)", "speech", "", ""),
    # anaphora, discourse
    ("міст(?:о|а|і|ом)", "anaphor", "", ""),
    ("сел(?:о|а|і|ом)", "anaphor", "", ""),
    ("селищ(?:е|а|і)", "anaphor", "", ""),
    ("населен(?:ий|ого|ому) пункт\\w*", "anaphor", "", ""),
    ("там", "anaphor", "", ""),
    ("однак", "contrast", "", ""),
    ("але", "contrast", "", ""),
    ("проте", "contrast", "", ""),
    ("натомість", "contrast", "", ""),
]
