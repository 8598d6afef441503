"""Russian cue phrases (Russian MoD bulletins, Russian-language media); kinds as in cues_en."""

from __future__ import annotations

from .lexicon import Spec

SPECS: list[Spec] = [
    # captured
    ("освобо*", "pred", "captured", "voice=RU"),
    ("освобожд*", "pred", "captured", "voice=RU"),
    ("взят*", "pred", "captured", ""),
    ("взяли", "pred", "captured", ""),
    ("взял*", "pred", "captured", ""),
    ("возьм(?:ут|ет|ём|ем|ёт)", "pred", "captured", ""),  # "если ВС РФ возьмут этот посёлок"
    ("заня(?:л|ли|ла|ло|ты|т|та)", "pred", "captured", ""),
    ("улучш*(?: свое| своё)? тактическ\\w* положени\\w*", "pred", "fighting", "attack"),
    ("захват*", "pred", "captured", ""),
    ("захвач*", "pred", "captured", ""),
    ("перешел под(?: \\w+)? контроль", "pred", "captured", ""),
    ("перешёл под(?: \\w+)? контроль", "pred", "captured", ""),
    ("перешл[аио] под(?: \\w+)? контроль", "pred", "captured", ""),
    ("установ* (?:полный )?контроль", "pred", "captured", ""),
    ("восстанови* (?:полный )?контроль", "pred", "captured", ""),
    ("(?:водрузил|поднял)\\w*(?: \\w+)? флаг", "pred", "captured", "flag"),
    ("флаг(?: \\w+)? над", "pred", "captured", "flag"),  # "Флаг над X!": a flag over a place claims it
    # "над центром села поднят флаг": the passive of the same act
    ("(?:поднят|водружен|водружён)(?:ы)?(?: \\w+)? флаг\\w*", "pred", "captured", "flag"),
    ("флаг (?:уже )?(?:стоит|висит|развевается)", "pred", "captured", "flag"),  # "X — наша, флаг стоит"
    ("пал(?:а|о|и)?", "pred", "captured", ""),
    ("падени[еяю]", "pred", "captured", ""),
    ("оккупир*", "pred", "captured", "occupied side=RU"),
    ("(?:находится|находятся|находился|оста[её]тся) под(?: российской)? оккупацией", "pred", "captured",
     "side=RU hist"),
    ("зачищен*", "pred", "captured", ""),
    # "зачистили село": cleared it; "зачистили X от диверсантов": an incursion mopped up, no change of hands
    ("зачисти(?:ли|л|ла)(?!(?: [\\w-]+){1,2} от\\b)", "pred", "captured", ""),
    ("выби(?:ли|л|ла|ть|ты|то)(?: \\w+){0,2} из", "pred", "captured", ""),
    # "завершили зачистку X": the last step of taking it
    ("заверши(?:ли|л|ла|ло)(?: \\w+)? зачистк\\w*", "pred", "captured", ""),
    # advancing
    ("продвин*", "pred", "advancing", ""),
    ("продвиг*", "pred", "advancing", ""),
    ("продвижени*", "pred", "advancing", ""),
    ("вклини*", "pred", "advancing", ""),
    ("окраин*", "pred", "advancing", ""),
    ("вошли", "pred", "advancing", ""),
    ("ворва(?:лись|лся|лась|ться)", "pred", "advancing", ""),  # "штурмовые группы ворвались в X"
    ("сжима(?:ют|ет|ем|ть)(?: \\w+)? кольцо", "pred", "advancing", "encircle"),  # "сжимают кольцо вокруг X"
    ("просочи*", "pred", "advancing", ""),  # "просочиться в село": infiltrate
    ("просачива*", "pred", "advancing", ""),
    ("прони(?:кнуть|кли|к|кла|кать)", "pred", "advancing", ""),  # "ДРГ пыталась проникнуть в район X"
    ("закрепи(?:лись|лся|лась)", "pred", "advancing", ""),  # "закрепились на восточной окраине"
    ("высади(?:ть|ться|лись|лся|лась)", "pred", "advancing", ""),
    ("выш(?:ли|ел|ла) на подступы", "pred", "advancing", ""),
    ("заш(?:ли|[её]л|ла)(?! в тупик)", "pred", "advancing", ""),  # "противник зашёл в село"
    ("подош(?:ли|ел|ёл)", "pred", "advancing", ""),
    ("наступлени*", "pred", "advancing", ""),
    ("наступа*", "pred", "advancing", ""),
    ("окружени*", "pred", "advancing", "encircle"),
    ("полуокружени*", "pred", "advancing", "encircle"),
    ("окруж*", "pred", "advancing", "encircle"),
    ("угроз*", "pred", "advancing", "threat"),
    # fighting
    ("бо(?:и|ях|ев|ёв|й|ями)", "pred", "fighting", ""),
    ("сражени*", "pred", "fighting", ""),
    ("штурм*", "pred", "fighting", "attack"),
    ("вытеснить", "pred", "fighting", "attack dislodge"),  # "пытался вытеснить подразделения из X": an assault
    ("атак*", "pred", "fighting", "attack"),
    ("атаку*", "pred", "fighting", "attack"),
    ("столкновени*", "pred", "fighting", ""),
    ("боестолкновени*", "pred", "fighting", ""),
    ("контратак*", "pred", "fighting", "attack counter"),
    ("накат(?:ы|ов|ом)? на", "pred", "fighting", "attack"),  # "Накат на X продолжается": milblogger slang for assaults
    ("наступательных действий", "pred", "fighting", "attack"),
    # holds
    ("удерживал(?:и|а|о)?", "pred", "holds", "hist"),  # "удерживали север села с марта": held then, not now
    ("удерж(?!ивал)\\w*", "pred", "holds", ""),
    # "ВСУ пока держат окраину", "держим Гоголевку" ("держит в курсе", "держат связь" are no hold)
    ("держ(?:ат|им|ит|атся|имся)(?!(?: вас| их)? в курсе| связ| кулак| слово| паузу| в уме)", "pred", "holds", "here"),
    ("отраз*(?: \\w+)? атак\\w*", "pred", "holds", ""),
    ("отраз*(?: \\w+)? попытк\\w*", "pred", "holds", ""),  # "отразили попытку украинских военных прорваться"
    ("отраж*(?: \\w+)? атак\\w*", "pred", "holds", ""),
    ("останови(?:ли|л|ла)(?: \\S+)?(?: \\w+)? (?:штурм\\w*|атак\\w*|наступ\\w*|попытк\\w*)", "pred", "holds", ""),
    ("отраж(?:ена|ено|ены)", "pred", "holds", "passive"),  # "атака ВСУ ... была отражена": the side before attacked
    ("отраж*", "pred", "holds", ""),
    ("отраз*", "pred", "holds", ""),
    ("отби(?:ли|вают)", "pred", "holds", ""),
    # "отбросили противника от позиций" ("отбросили противника на 2 км": pushed back, a gain)
    ("отброси(?:ли|л|ла)(?: \\w+)? (?:противника|врага|всу|боевиков|их)(?! на)", "pred", "holds", ""),
    ("отби(?:ли|ла|л)(?: \\w+)? (?:част\\w*|половин\\w*|село|пос[её]лок|город)", "pred", "captured", ""),
    ("отби(?:то|ты|та)", "pred", "holds", "passive"),  # "атака ВСУ отбита": the side before it attacked
    ("оборону", "pred", "holds", ""),
    ("обороня*", "pred", "holds", ""),
    ("(?:оста[её]тся|остаются|остается) под(?: \\w+)? контролем", "pred", "holds", "still"),
    ("под(?: \\w+)? контролем", "pred", "holds", "undercontrol"),
    ("контролиру*", "pred", "holds", "ctrl"),
    ("присутстви*", "pred", "holds", ""),
    # withdrew
    ("отступ*", "pred", "withdrew", ""),
    ("отошли", "pred", "withdrew", ""),
    ("отош(?:ел|ёл|ли)", "pred", "withdrew", ""),
    ("отвед*", "pred", "withdrew", ""),
    ("отвел*", "pred", "withdrew", ""),
    ("покинул*", "pred", "withdrew", ""),
    ("остави(?:л|ли|ла)(?! без| позици)", "pred", "withdrew", ""),  # "противник оставил X"; "оставили без света" is not
    ("вышли из", "pred", "withdrew", ""),
    # "оставили позиции в районе X", "оставили позиции у X": gave up the ground there
    ("остави(?:ли|л|ла)(?: свои)? позиции (?:в районе|у|под|возле|близ|около)", "pred", "withdrew", "area"),
    ("бежал*", "pred", "withdrew", ""),
    ("откатил*", "pred", "withdrew", ""),
    # "начали отходить из X", "подразделения отходят": a withdrawal under way ("отходы" is waste)
    ("отход(?:ить|ят|ит|или|ил|ила|ящие|ящих)", "pred", "withdrew", ""),
    ("откатыва*", "pred", "withdrew", ""),
    ("перемести(?:лись|лся|лась)(?: \\w+)? на (?:\\w+ )?(?:рубеж|позици)\\w*", "pred", "withdrew", ""),
    ("выход(?:а)?(?: \\w+){0,3} из", "pred", "withdrew", "inner"),
    # "Гоголевка наша": the speaker's side holds the place named right before it
    ("наш(?:а|е)?", "pred", "holds", "ours"),
    ("(?:снова|вновь|опять) наш(?:и|а|е)?", "pred", "holds", "ours again"),  # "X снова наши": retaken
    # sides
    # "атаковать позиции ВСУ": the side named as the target of an attack is the defender
    ("позици(?:и|ю|ям|ях)(?: \\w+)? (?:всу|зсу|украинск\\w*)", "side", "UA", "role=defender"),
    ("позици(?:и|ю|ям|ях)(?: \\w+)? (?:российск\\w*|русск\\w*)", "side", "RU", "role=defender"),
    ("позици(?:и|ю|ям|ях) наш(?:их|им)(?: \\w+)?", "side", "", "role=owndefender"),
    # "вклинились в оборону противника", "атаковали позиции противника": the enemy defends, the speaker's side attacks
    ("позици(?:и|ю|ям|ях) (?:противника|врага)", "side", "", "role=enemydefender"),
    ("оборон(?:у|е|ы) (?:противника|врага)", "side", "", "role=enemydefender"),
    ("наш(?:и|их|им|ими) позици\\w*", "side", "", "role=owndefender"),
    # Russian volunteer units fighting for Ukraine: "Легион «Свобода России»", "Русский добровольческий корпус", РДК
    ("легион\\w*\\W{1,3}свобода росси\\w*", "side", "UA", "role=force"),
    ("легіон\\w*\\W{1,3}свобода росі\\w*", "side", "UA", "role=force"),
    ("русск(?:ий|ого|ому|им) добровольческ\\w* корпус\\w*", "side", "UA", "role=force"),
    ("російськ(?:ий|ого|ому|им) добровольч\\w* корпус\\w*", "side", "UA", "role=force"),
    ("рдк", "side", "UA", "role=force"),
    ("россиян*", "side", "RU", "role=force"),
    ("российск*", "side", "RU", "role=force"),
    ("россия", "side", "RU", "role=force"),
    ("россии", "side", "RU", "role=force"),
    ("рф", "side", "RU", "role=force"),
    ("русск*", "side", "RU", "role=force"),
    ("оккупант*", "side", "RU", "role=force"),
    ("вагнер*", "side", "RU", "role=force"),
    # "группировка войск «Центр»" is Russia's; "окружение группировки ВСУ" names the Ukrainian one
    ("группировк\\w*(?! (?:всу|зсу|противника|врага|украинск\\w*))", "side", "RU", "role=force"),
    ("подразделени*", "side", "", "role=own"),
    ("наши", "side", "", "role=own"),
    ("наших", "side", "", "role=own"),
    ("нашими", "side", "", "role=own"),
    ("мы", "side", "", "role=own"),
    ("всу", "side", "UA", "role=force"),
    ("зсу", "side", "UA", "role=force"),
    ("украинск*", "side", "UA", "role=force"),
    ("укронацист*", "side", "UA", "role=force"),
    ("боевик*", "side", "UA", "role=force"),
    ("противник*", "side", "", "role=enemy"),
    ("враг*", "side", "", "role=enemy"),
    # attempts
    ("пыта*", "attempt", "", ""),
    ("попыт*", "attempt", "", ""),
    ("стремя*", "attempt", "", ""),
    # denial
    ("опроверг*", "deny", "", ""),
    ("неправд*", "deny", "", ""),
    ("фейк*", "deny", "", ""),
    ("ложь", "deny", "", ""),
    ("ложн*", "deny", "", ""),
    ("не соответству* действительности", "deny", "", ""),
    # "Информация (пока) не подтверждается": the official formula for a claim that is not true
    ("не подтвержда(?:ется|ются)", "deny", "", "unconfirmed"),
    ("дезинформац*", "deny", "", ""),
    # "пропагандистские каналы пишут": who says it, not a denial of what they say
    ("пропаганд(?!истск|истськ)\\w*", "deny", "", ""),
    ("ипсо", "deny", "", ""),
    ("провокаци*", "deny", "", ""),
    # modality
    ("если", "cond", "", ""),
    ("в случае", "cond", "", ""),
    ("может", "cond", "", "near"),
    ("могут", "cond", "", "near"),
    ("может быть", "cond", "", "near"),
    ("будет", "future", "", "near"),
    ("будут", "future", "", "near"),
    ("обеща(?:ет|ют|л|ли|ла)", "future", "", "near"),
    ("как только", "future", "", "once"),
    # "планируют освободить X", "освободить X планируется в ближайшие дни": a plan, not a gain
    ("планиру(?:ется|ют|ет|ем)", "future", "", "near after"),
    ("намерен(?:ы|а)?", "future", "", "near"),
    ("после(?= (?:взяти|захват|падени|освобождени))", "future", "", "once"),  # "после взятия X войска двинутся"
    ("в прошлом году", "hist", "", ""),
    ("в прошлом месяце", "hist", "", ""),
    ("в прошлом (?:году|месяце)", "hist", "", ""),
    ("(?:год|месяц\\w*|лет) назад", "hist", "", ""),
    # speech
    ("добави(?:л|ла|ли)", "speech", "", ""),
    ("рассказа(?:л|ла|ли)", "speech", "", ""),  # "«...», — добавил командир"
    ("подчеркну(?:л|ла|ли)", "speech", "", ""),
    ("сообщ*", "speech", "", ""),
    ("заяв*", "speech", "", ""),
    ("сказал*", "speech", "", ""),
    ("объяв*", "speech", "", ""),
    ("доложил*", "speech", "", ""),
    ("пишет", "speech", "", ""),
    ("написал*", "speech", "", ""),
    ("утвержда*", "speech", "", ""),
    ("подтверд*", "speech", "", ""),
    ("передает", "speech", "", ""),
    ("передаёт", "speech", "", ""),
    ("по данным", "speech", "", "according"),
    ("по словам", "speech", "", "according"),
    ("по информации", "speech", "", "according"),
    ("как сообща*", "speech", "", "according"),
    ("опроверг*", "speech", "", "deny"),
    ("назвал*", "speech", "", ""),
    # anaphora, discourse
    ("город(?:а|е|ом|у)?", "anaphor", "", ""),
    ("населенн(?:ый|ого|ом) пункт\\w*", "anaphor", "", ""),
    ("населённ(?:ый|ого|ом) пункт\\w*", "anaphor", "", ""),
    ("посел(?:ок|ка|ке)", "anaphor", "", ""),
    ("посёл(?:ок|ка|ке)", "anaphor", "", ""),
    ("село", "anaphor", "", ""),
    ("там", "anaphor", "", ""),
    ("однако", "contrast", "", ""),
    ("но", "contrast", "", ""),
    ("тогда как", "contrast", "", ""),
    ("в то время как", "contrast", "", ""),
]
