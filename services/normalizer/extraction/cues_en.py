"""English cue phrases: predicates, sides, modality, denial, speech, anaphora.

Kinds: pred (value = predicate), side (value = RU|UA, flag role=force|defender|own|enemy),
attempt, deny, cond (flag near = only just before the cue), future, hist, speech (flags recipient,
according, deny), anaphor, contrast.
"""

from __future__ import annotations

from .lexicon import Spec

_D = r"defen[cs]e"
SPECS: list[Spec] = [
    # "Ukraine will have to abandon X": a withdrawal forced later (future; "if …" makes it conditional)
    ("have(?<=will have) to (?:leave|abandon|withdraw from|pull out of|retreat from|give up)", "pred", "withdrew", ""),
    ("have(?<=would have) to (?:leave|abandon|withdraw from|pull out of|retreat from|give up)", "pred", "withdrew",
     ""),
    # captured
    ("captur*", "pred", "captured", ""),
    ("recaptur*", "pred", "captured", ""),
    ("seiz*", "pred", "captured", ""),
    ("took(?: full)? control(?: of| over)?", "pred", "captured", ""),
    # "took back control of Kupiansk", "have taken back control of Lyman": a recapture, not a hold
    ("(?:took|taken|take|takes|taking) back(?: full)? control(?: of| over)?", "pred", "captured", ""),
    ("took over", "pred", "captured", ""),
    # (but "a fire that took rescuers three hours to put out": a duration)
    # (nor "17 attacks took place near X": an idiom, the attacks' own cue tells what happened)
    ("took(?! (?:\\w+ )?(?:more than |about |nearly |almost |over |less than )?(?:\\d+|an?|one|two|three|four|five|"
     "six|several|many) (?:hours?|minutes?|days?|weeks?)| place\\b|"
     # (nor "forcibly took about 50 residents across the border": people taken away, no place)
     " (?:(?:about|around|some|nearly|almost|over|more than|up to|at least|dozens of|hundreds of) )?(?:\\d+ |the )?"
     "(?:\\w+ )?(?:residents|civilians|people|children|villagers|locals|hostages|prisoners|captives)\\b)",
     "pred", "captured", ""),
    ("taken(?: full)? control(?: of| over)?", "pred", "captured", ""),
    # "units had taken up positions on the village's southern edge": a foothold, not the place
    ("(?:took|taken|take|taking) up (?:new |defensive |firing )?positions", "pred", "advancing", ""),
    ("taken", "pred", "captured", ""),
    ("take(?: full)? control", "pred", "captured", ""),
    ("take", "pred", "captured", ""),
    ("takes", "pred", "captured", ""),
    ("taking(?: full)? control", "pred", "captured", ""),
    # "have advanced steadily westward, taking Pokrovsk and Myrnohrad": the participle with a name as its object
    ("taking(?<!before taking)(?<!after taking)(?= [A-Z][a-z])(?! (?:Ukraine|Russia|Kyiv|Moscow)\\b)", "pred",
     "captured", "cs"),
    # "…, taking the small border villages of X and Y": the participle with a settlement noun as its object
    ("taking(?= (?:the )?(?:[\\w-]+ ){0,3}?(?:villages?|towns?|settlements?|city|cities|hamlets?)\\b)", "pred",
     "captured", ""),
    # "its troops are “liberating” X", "are liberating X": a taking still under way, a fight
    ("(?:are|is|were|was|been) (?:still )?[\"“‘']?liberating[\"”’']?", "pred", "fighting", "attack"),
    ("liberat*", "pred", "captured", "liberate"),
    ("freed(?! (?:prisoners|civilians|hostages|captives|pows|soldiers|servicemen|from captivity))", "pred", "captured",
     "liberate"),
    # ("fell back from X": a withdrawal; not "debris fell on an industrial site", "shells fell near X": no town)
    ("fell(?! back| (?:on|onto|upon|over|short)\\b)", "pred", "captured", ""),
    ("fell back", "pred", "withdrew", ""),
    # "its forces were regrouping from Balakliia and Izium": Moscow's word for the September 2022 pull-back
    ("regroup(?:ing|ed|s)?(?=[\"”’']? (?:\\w+ ){0,3}?(?:from|out of)\\b)", "pred", "withdrew", ""),
    ("fall* back", "pred", "withdrew", ""),
    # "Siversk, further north, was lost in the winter": the place lost to the other side (not "contact was lost")
    ("(?:was|were|had been|has been) lost(?= (?:in|last|early|late|to|after|during|back)\\b|[,.;])", "pred", "captured",
     ""),
    # "'Siversk is not lost'", "X is lost.": a predicative "lost" closing a clause or a quote
    ("lost(?=[\"'’”]|[,.;!](?:\\s|$)|$)", "pred", "captured", "lose"),
    # "X, which Ukraine lost in December": the subject's side lost the place, the other side took it (the passive
    # "was lost in" has its own cue; not "lost in the fighting")
    ("lost(?<!was lost)(?<!were lost)(?<!been lost)(?= (?:in|last|early|late|back in|earlier)\\b(?! (?:the )?"
     "(?:fighting|battles?|war|combat|action|attacks?|shelling|strikes?|assaults?)\\b))", "pred", "captured", "lose"),
    ("fall(?: of| to)?(?! back)", "pred", "captured", ""),
    ("falls(?! back)", "pred", "captured", ""),
    ("fallen", "pred", "captured", ""),
    # "If X goes, Y is next", "the next target will be Y": the one to be taken after, a target (conditional)
    ("next(?<=(?:is|be) next)(?![\\w-])", "pred", "captured", "next"),
    ("next (?:target|objective|goal)(?: (?:is|will be|would be|could be))?(?: to be)?(?: —| -| –|:)?", "pred",
     "captured", "next goal"),
    ("falling(?! back)", "pred", "captured", ""),
    ("occupied", "pred", "captured", "occupied side=RU"),
    ("occupation of", "pred", "captured", "side=RU"),
    ("did occupy", "pred", "captured", ""),  # "Russian troops did occupy X at the start of the month": taken then
    # "Russian forces now occupy about 200 square kilometers of the region, including X": a hold, now
    ("occup(?:y|ies)(?! (?:an?|the|their|its|new|more)? ?(?:positions?|posts?|lines?|buildings?|houses?|"
     "basements?|cellars?|trenches|dugouts|role|seats?|place|office)\\b)", "pred", "holds", ""),
    # "X has been under Russian occupation since 2022": taken long ago
    # ("life under occupation in X": the state, no event)
    ("(?:has been|have been|had been|is|are|was|were|remains|remained) under(?: russian)? occupation", "pred",
     "captured", "side=RU hist"),
    ("overr(?:an|un)", "pred", "captured", ""),
    # "made 38 attempts to push Ukrainian units from their positions near X", "tried to dislodge our troops from
    # positions near X": an assault on the defenders there, nobody pushed out yet
    ("(?:attempts?|tried|trying|tries|try|sought|seeking) to (?:push|drive|dislodge|knock|force)(?: \\w+){1,3} "
     "(?:out of|from) (?:\\w+ )?positions", "pred", "fighting", "attack dislodge"),
    # "trying to dislodge Ukrainian marines from the village of X": an assault on the defenders there
    ("(?:tried|trying|tries|try|attempts?|sought|seeking|failing|failed|fail) to dislodge", "pred", "fighting",
     "attack dislodge"),
    # "pushed Russian troops out of positions near X": the side pushed out withdrew from near X
    ("(?:push|pushed|pushes|pushing|drove|driven|drive|drives|driving|forced|kicked|ousted|expelled)(?: \\w+){1,3} "
     "(?:out of|from) (?:\\w+ )?positions", "pred", "withdrew", "inner gain"),
    # "have managed to partially dislodge Ukrainian units from their positions near X" ("tried to dislodge" is the
    # attempt above)
    ("dislodged(?: \\w+){1,3} (?:out of|from) (?:\\w+ )?positions", "pred", "withdrew", "inner gain"),
    ("dislodge(?<!to dislodge)(?: \\w+){1,3} (?:out of|from) (?:\\w+ )?positions", "pred", "withdrew", "inner gain"),
    # "pushed Russian forces out of the village's western streets": out of a part of X only, the side lost ground there
    ("(?:push|pushed|pushes|pushing|drove|driven|drive|drives|driving|forced|kicked|ousted|expelled)(?: \\w+){1,3} "
     "(?:out of|from) (?:the |its )?(?:(?:village|town|city|settlement)['’]s )?(?:\\w+ )?(?:streets|districts|"
     "neighbou?rhoods|quarters|blocks|parts?)\\b", "pred", "withdrew", "inner gain"),
    # "pushed Ukrainians back from X", "threw the Russians back from X": the side pushed back withdrew
    ("(?:push|pushed|pushes|pushing|drove|driven|drive|drives|driving|forced|threw|thrown|beat|beaten)(?: \\w+){1,3} "
     "back from", "pred", "withdrew", "inner"),
    # "pushed/drove Russian troops out of X": the side named before "out of" lost X ("back from": only pushed back)
    ("(?:push|pushed|pushes|pushing|drove|driven|drive|drives|driving|forced|kicked|ousted|expelled)"
     # ("pushing towards X from the east": an advance from somewhere, nobody pushed out)
     "(?:(?! (?:back|towards?|into|on|closer|deeper|further)\\b) \\w+){1,3} (?:out of|from)", "pred", "captured",
     "expel"),
    # "cleared Russian troops out of X": like "drove ... out of", the side named before "out of" lost X
    ("(?:swept|sweep|sweeps|threw|thrown|chased|cleared|clearing)(?: \\w+){1,3} out of", "pred", "captured", "expel"),
    # "cleared Russian forces from the area", "clearing Ukrainian troops from X": the side cleared out lost it
    ("(?:cleared|clearing|clears)(?: \\w+){1,2} (?:forces|troops|units|soldiers|infantry) from", "pred", "captured",
     "expel"),
    # "pushing RU troops back near X", "threw the Russians back at X": the pushed side lost ground there, the pusher
    # gained it (an advance, no capture)
    ("(?:push|pushed|pushes|pushing|drove|driven|threw|thrown|beat|beaten)(?: \\w+){1,3} back(?= (?:near|around|at|"
     "in|outside|on|by)\\b)", "pred", "advancing", "expel"),
    # "pushed Russian forces back two kilometers toward X": the pusher gained ground toward X
    ("(?:push|pushed|pushes|pushing|drove|driven|threw|thrown|beat|beaten)(?: \\w+){1,3} back(?: [\\w.,-]+){1,3}"
     "(?= (?:toward|towards)\\b)", "pred", "advancing", "expel"),
    # "Russian units are dug in on its northern outskirts": a foothold
    ("dug in(?= on| at| near| around| along| outside| there| inside|[,.;])", "pred", "advancing", ""),
    # "Russian troops were still dug in around X": held, not gained
    ("still dug in", "pred", "holds", "still"),
    # "Russian forces remain dug in along the east bank, in towns including X": held, not gained
    ("remain(?:s|ed|ing)?(?: firmly)? dug in", "pred", "holds", "still"),
    # "cleared a Russian landing group from X island": an incursion mopped up, the clearer holds X, the group's side
    # attacked it
    ("(?:cleared|clearing|clears)(?: (?:a|an|the))?(?: [\\w-]+){0,2} (?:landing|sabotage|assault|infiltration|"
     "reconnaissance|raiding|amphibious|diversion)\\w*(?: and reconnaissance)? (?:group|party|team|force|unit)s? "
     "(?:from|off|on)", "pred", "holds", "repelled"),
    ("cleared", "pred", "captured", "clear"),  # "cleared X of the occupiers"
    # "Russian troops continued to \"destroy\" Ukrainian units near X": the bulletin's fight there, by the side not
    # destroyed (like «продолжается уничтожение подразделений ВСУ в X»)
    ("(?:continue|continues|continued|continuing) to [\"“']?destroy[\"”']?", "pred", "fighting", "attack victim"),
    ("(?:continue|continues|continued|continuing|kept) destroying", "pred", "fighting", "attack victim"),
    ("clearing", "pred", "captured", "clear"),
    # "clearing operations continue in X", "continued mop-up operations in X": clearing under way is a fight by the
    # clearing side, not yet a capture
    ("(?:clearing|mopping-up|mop-up|sweep) operations? (?:continu(?:e|es|ed|ing)|(?:are|is) (?:continuing|ongoing|"
     "under ?way|still under ?way)|remain(?:s)? under ?way|in progress)", "pred", "fighting", "attack"),
    ("(?:continue|continues|continued|continuing|ongoing) (?:clearing|mopping-up|mop-up) operations?", "pred",
     "fighting", "attack"),
    ("retook", "pred", "captured", ""),
    ("(?:won|win|wins|winning) back", "pred", "captured", ""),  # "a town Kyiv's forces had won back in 2022"
    ("retaken", "pred", "captured", ""),
    ("retak(?:e|es|ing)", "pred", "captured", ""),  # headline present: "Ukrainian forces retake village of X"
    ("regain*(?: full)? control", "pred", "captured", ""),
    ("regain*(?: \\w+)? (?:positions|ground)", "pred", "advancing", ""),
    # "Ukraine would regain Kherson city": a place regained (not "regain momentum", "regained consciousness")
    ("regain(?:s|ed|ing)?(?= (?:the (?:city|town|village|settlement) of )?[^\\W\\d]+(?: city)?"
     "(?:[.,;]| and | in | on |$))"
     "(?! (?:momentum|consciousness|strength|power|access|initiative|confidence|trust|support|territory|land|it|"
     "them)\\b)", "pred", "captured", ""),
    ("gain*(?: full)? control", "pred", "captured", ""),
    ("won control", "pred", "captured", ""),
    ("restor*(?: full)? control", "pred", "captured", ""),
    ("establish*(?: full)? control", "pred", "captured", ""),
    ("full control", "pred", "captured", ""),
    # "the ministry claimed control of X", "Russia claims control over X": a claim of the capture, not of a hold
    ("claim(?:s|ed|ing)? control (?:of|over)", "pred", "captured", ""),
    ("complete control", "pred", "captured", ""),
    ("rais*(?: a| the| their| its| our)(?: \\w+)? flag", "pred", "captured", "flag"),
    ("hoist*(?: a| the| their| its| our)(?: \\w+)? flag", "pred", "captured", "flag"),
    # ("raised their flag in X": the possessive of the side raising it)
    # "a Ukrainian flag was raised over X": the passive of the same act
    ("flag (?:was|has been|had been) (?:raised|hoisted|planted)", "pred", "captured", "flag"),
    # "🇺🇦 Flag up over X", "the Ukrainian flag now flies over X"
    ("flag (?:is |now |already )*(?:up|flies|flying) (?:over|in|above)", "pred", "captured", "flag"),
    ("complet*(?: the)? (?:capture|liberation|occupation|takeover)", "pred", "captured", ""),
    ("complet*(?: its| their)? (?:hold|control)", "pred", "captured", ""),
    ("under(?: full)?(?: [\\w'’]+)? control(?: of the defen[cs]e forces(?! of russia))?", "pred", "captured",
     "undercontrol"),
    ("control*", "pred", "holds", "ctrl"),
    ("since the (?:fall|capture|loss|occupation) of", "pred", "captured", "hist"),
    ("after the (?:fall|capture|loss|occupation) of", "pred", "captured", "hist"),
    ("since (?:capturing|seizing|taking)", "pred", "captured", "hist"),
    # "stepped up its push on X after taking Y in the summer of 2025": the gerund after "after" took Y (dated by its own
    # markers, not settled background by itself)
    ("after (?:capturing|seizing|taking)", "pred", "captured", "objafter"),
    # advancing
    ("advanc*(?! its| their)", "pred", "advancing", ""),
    ("push*(?: \\w+)? (?:toward|towards|into|on|deeper|further|closer)", "pred", "advancing", ""),
    # "crossed the state border near X": an advance ("an attempt to cross the border near X, repelled": the repelled
    # attempt's cue keeps X)
    ("crossed (?:the )?(?:state )?border", "pred", "advancing", ""),
    # "attempted to cross into Russia's Belgorod region near X", "tried to cross the border near X": a crossing
    # attempt (fighting, and the other side holds X)
    ("cross(?=(?: the| russia['’]s| ukraine['’]s)? (?:state )?border| into)", "pred", "advancing", ""),
    # "Russian troops have crossed into Dnipropetrovsk region near X": into a region, or over its line
    ("cross(?:ed|es|ing) into", "pred", "advancing", ""),
    ("pushed forward", "pred", "advancing", ""),
    # "Russian troops also moved forward in X and Y": the same gain
    ("mov(?:ed|ing|es|e) forward", "pred", "advancing", ""),
    # "geolocated footage shows Russian troops in western X", "videos showing Ukrainian armoured vehicles on the
    # western edge of X": troops seen in a place, a foothold there
    ("(?:shows?|showed|showing|puts?)(?= (?:[\\w'’-]+ ){0,4}?(?:troops|infantry|soldiers|servicem[ae]n|"
     "servicemembers|assault groups?|armou?r|armou?red vehicles|tanks) (?:(?:moving|operating|advancing) )?"
     "(?:in|at|on|inside|near)\\b)", "pred", "advancing", ""),
    ("press(?:ed|ing|es)? forward", "pred", "advancing", ""),  # "are pressing forward near X"
    # "pushed through the village of X", "pushed through a line of fortifications near X": ground gained
    ("push(?:ed|ing|es)? through", "pred", "advancing", ""),
    # "achieved unspecified successes near X", "are having success near X": the General Staff's word for a gain
    # (not "achieved no success")
    ("(?:achieved|achieves|achieving|have|has|had|having) (?:(?:some|partial|limited|unspecified|local|tactical) )?"
     "success(?:es)?(?= (?:near|in|around|at|south|north|east|west)\\b)", "pred", "advancing", ""),
    # "pushing north across open farmland towards X": a push with its route between the verb and the target
    ("push(?:es|ed|ing)?(?: (?:north|south|east|west)\\w*)? (?:across|through|over|along) (?:[\\w-]+ ){1,3}?"
     "(?:toward|towards)", "pred", "advancing", ""),
    # "Russians have widened their bridgehead over the river near X": a bridgehead widened is ground gained
    ("(?:widen|expand|enlarg)(?:s|ed|ing|e|es)?(?: their| its| the| a)? bridgehead", "pred", "advancing", ""),
    # "established a bridgehead on the right bank", "have landed on Bilohrudyi Island": a foothold gained (an attempt
    # to land is an assault)
    ("(?:establish|set up|gain)(?:s|ed|ing)?(?: [\\w-]+){0,4} (?:bridgehead|foothold)", "pred", "advancing", ""),
    # "have established positions on parts of X island": a foothold by another name
    ("(?:establish|set up)(?:s|ed|ing)? positions (?:on|in|inside)", "pred", "advancing", ""),
    ("land(?:ed|ing|s)? (?:on|at)(?=(?: [\\w'’-]+){1,6} islands?\\b)", "pred", "advancing", ""),
    ("moving (?:on|toward|towards|closer)", "pred", "advancing", ""),
    # "grinding forward towards X", "inching towards X", "edging closer to X", "clawing their way toward X"
    ("(?:grinding|grinds|inches|inched|inching|edges|edged|edging|clawed|clawing|crawled|crawling|creeps|creeping|"
     "crept)(?: (?:their|its) way)?(?: forward| closer| ahead)? (?:toward|towards|to)(?= [a-z])", "pred", "advancing",
     ""),
    ("(?:grinding|grinds|inches|inched|inching|edges|edged|edging|creeps|creeping|crept) forward",
     "pred", "advancing", ""),
    ("press*(?: on)?(?: (?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ward|wards)?)? "
     "(?:toward|towards|into)", "pred", "advancing", ""),
    # "our units are in Rodynske", "our troops remain in X": a side still there holds it
    ("(?:units|forces|troops|soldiers|defenders|men|marines|paratroopers) (?:are|remain|remained) (?:still )?"
     "(?:in|inside)(?= [A-Z])", "pred", "holds", "cs"),
    # "geolocated footage shows RU infantry in the eastern part of X", "troops at the northern edge of X": a presence
    # inside part of a place
    ("(?:infantry|troops|forces|units|soldiers|assault groups?|sabotage groups?) (?:are |were |is |was )?(?:now )?"
     "(?:in|at|on) the (?:far )?(?:north|south|east|west)(?:ern|-?(?:north|south|east|west)ern)? "
     "(?:part|edge|outskirts|fringes?|districts?|section|neighbou?rhoods?) of", "pred", "advancing", ""),
    # "Russian pressure on Stepnohirsk continues", "kept up pressure on the town of X": a push on it (not "pressure
    # on Kyiv", "on Moscow's budget": a government, no town fought for)
    ("pressure(?<!ease pressure)(?<!relieve pressure)(?<!relieving pressure)(?<!easing pressure) on(?= the "
     "(?:town|towns|village|villages|city) of\\b)", "pred", "advancing", "objafter"),
    ("pressure(?<!ease pressure)(?<!relieve pressure)(?<!relieving pressure)(?<!easing pressure) on(?= "
     "(?!Kyiv|Kiev|Moscow|Russia|Ukrain|Europe|Washington|Putin|Zelensk|Kremlin|Nato|NATO)[A-Z])",
     "pred", "advancing", "objafter cs"),
    # "have wedged themselves into X from the east": a foothold driven into it
    ("wedg(?:ed|ing|es|e)(?: themselves| itself)? into", "pred", "advancing", ""),
    # "Russian troops continue to press against X": an assault on it
    ("press(?:es|ed|ing)? against", "pred", "fighting", "attack"),
    # "Ukrainian troops are clinging to X", "still clinging on in X": holding on under assault
    ("cling(?:s|ing)?(?: on)? (?:to|in)", "pred", "holds", ""),
    ("clung(?: on)? (?:to|in)", "pred", "holds", ""),
    # "Russian troops are pressing on the village of X" (not "pressing on with the offensive")
    ("press(?:ing|es|ed)? on(?= the (?:village|town|city|settlement|hamlet) of\\b)", "pred", "advancing", ""),
    # "Russia is pressing on Chasiv Yar": the same push with the place right after it (a capitalised name)
    ("press(?:ing|es|ed)? on(?= [A-ZА-ЯІЇЄҐ])", "pred", "advancing", "cs"),
    ("got into", "pred", "advancing", ""),  # "small groups got into the Kanal district"
    # "Russian infantry continue to seep into its eastern neighbourhoods", "probing towards X": small groups moving in
    ("(?:seep|trickl|filter|creep)(?:s|ed|ing|e|es)? into", "pred", "advancing", ""),
    ("prob(?:e|es|ed|ing) (?:toward|towards|into)", "pred", "advancing", ""),
    # "Russian troops maintain a presence in X": still there
    ("maintain(?:s|ed|ing)? (?:a |their |its )?(?:small |limited )?presence", "pred", "holds", ""),
    ("mov* closer", "pred", "advancing", ""),
    ("(?:edg|inch)(?:e|es|ed|ing) closer", "pred", "advancing", ""),  # "edging closer to X" (not "the front creeping")
    ("clos* in", "pred", "advancing", ""),
    ("approach*", "pred", "advancing", ""),
    ("reach*(?: the)?(?: \\w+['’]s)?(?: \\w+)? (?:outskirts|centre|center|edge|limits|suburbs)", "pred",
     "advancing", ""),
    ("reach(?! of| an? | the (?:front|line|border))", "pred", "advancing", ""),  # "if they manage to reach X"
    ("outskirts", "pred", "advancing", ""),
    ("enter(?!prise)\\w*", "pred", "advancing", ""),
    # "X is now a grey zone": contested, held by nobody
    ("(?:grey|gray) zone", "pred", "fighting", "side=unknown grey"),
    # "meeting engagements near X": both sides attacking, no one side the attacker
    ("meeting engagements?", "pred", "fighting", "side=unknown"),
    # "Rusyn Yar remains contested", "Zvanivka — contested": fought over, held by nobody (predicative only)
    ("contested", "pred", "fighting", "side=unknown grey heldadj contested"),
    ("broke (?:into|through)", "pred", "advancing", ""),
    ("made (?:its|their|his) way into", "pred", "advancing", ""),
    ("break* (?:into|through)", "pred", "advancing", ""),
    ("broken (?:into|through)", "pred", "advancing", ""),
    ("breakthrough", "pred", "advancing", ""),
    ("foothold", "pred", "advancing", ""),
    # "Russian troops still hold a foothold on the southern edge of X": a foothold kept, no hold of X
    ("(?:hold|holds|held|holding|keep|keeps|kept|keeping|retain\\w*|maintain\\w*) (?:a |an |their |its |the )?"
     "(?:\\w+ )?foothold", "pred", "advancing", ""),
    ("still (?:hold|holds|held|holding|keep|keeps|kept|keeping|retain\\w*|maintain\\w*) (?:a |an |their |its |the )?"
     "(?:\\w+ )?foothold", "pred", "advancing", ""),
    # "Russian forces are now within 3 kilometers of X", "within 5 km of the town": closing in
    # (but "villages within 10km of the border": a zone along the frontier, no one closing in)
    ("within (?:about |roughly |some |around |less than )?\\d+(?:[.,]\\d+)? ?(?:km|kilomet(?:er|re)s?|miles?) of"
     "(?! the (?:state )?(?:border|frontier))", "pred", "advancing", ""),
    # "attacking toward X", "attacks towards X": a push, not a battle at X
    ("attack(?:ing|s|ed)? towards?", "pred", "advancing", ""),
    ("gains", "pred", "advancing", ""),
    ("gain* ground", "pred", "advancing", ""),  # "Russian forces appear to be gaining ground in X"
    # the MoD's "improved their positions along the front line near X" in English (as «улучшили положение по переднему
    # краю»): ground gained
    ("improved (?:their|its) positions? along the front(?: line)?", "pred", "advancing", ""),
    ("improved (?:their|its) tactical positions?", "pred", "advancing", ""),  # "… tactical position near X"
    # "X, where Moscow claimed victory on Monday": the claimant's side says it took X
    ("claim* (?:a |full |its |their )?victory", "pred", "captured", "claimwin"),
    ("made gains", "pred", "advancing", ""),
    ("threat*", "pred", "advancing", "threat"),
    ("encircl*", "pred", "advancing", "encircle"),
    # "tightening the ring around X": closing an encirclement
    ("tighten* the (?:ring|noose|encirclement|pincers?) (?:around|on)", "pred", "advancing", "encircle active"),
    ("burst into", "pred", "advancing", ""),
    ("semi(?:-| )encircl*", "pred", "advancing", "encircle"),
    ("envelop*", "pred", "advancing", ""),
    ("offensive (?:into|on|toward|towards|against|in)", "pred", "advancing", ""),
    ("incursion(?: into)?", "pred", "advancing", ""),
    ("infiltrat*", "pred", "advancing", ""),
    ("tighten*(?: the| their| its)? (?:grip|noose)", "pred", "advancing", ""),
    ("bear* down on", "pred", "advancing", ""),
    ("progress", "pred", "advancing", ""),
    # OSINT shorthand: "RU infantry on the E edge of #X" is a force at the edge, i.e. an advance into it
    *[(f"{c} (?:edge|outskirts|fringes?|flank) of", "pred", "advancing", "cs")
      for c in ("N", "S", "E", "W", "NE", "NW", "SE", "SW")],
    # fighting
    ("fight*(?! (?:on|for) (?:\\w+['’]s|the \\w+|their|its) side| alongside)", "pred", "fighting", ""),
    ("fought", "pred", "fighting", ""),
    ("battl(?!egroups?\\b|e ?groups?\\b|efield)\\w*", "pred", "fighting", ""),  # not "Battlegroup Center"
    ("clash*", "pred", "fighting", ""),
    ("combat", "pred", "fighting", ""),
    ("hostilities", "pred", "fighting", ""),
    # (not "firefighters", "firefighting": the fire services)
    ("firefights?", "pred", "fighting", ""),
    ("skirmish*", "pred", "fighting", ""),
    ("assault*", "pred", "fighting", "attack"),
    # "attempted to land near X", "a landing attempt": a river or sea landing tried is an assault there
    # ("had tried overnight to land small groups on X": a time adverb between)
    ("attempt*(?: overnight| again| twice| repeatedly)? to land", "pred", "fighting", "attack"),
    ("(?:tried|trying|tries)(?: overnight| again| twice| repeatedly| unsuccessfully)? to land", "pred", "fighting",
     "attack"),
    ("landing attempts?", "pred", "fighting", "attack"),
    ("attack*", "pred", "fighting", "attack"),
    ("storm*", "pred", "fighting", "attack"),
    ("counterattack*", "pred", "fighting", "attack counter"),
    ("counter-attack*", "pred", "fighting", "attack counter"),
    ("counteroffensive", "pred", "fighting", "attack counter"),
    ("offensive", "pred", "fighting", "attack"),
    # "RU DRG activity near #X": a sabotage-reconnaissance group at work is an incursion, i.e. fighting
    ("drg(?:s)?(?: activity| activities| raids?| incursions?)?", "pred", "fighting", "attack"),
    # holds
    # ("Kremlin holds to its demand", "holding to the ceasefire terms": sticks to a stance, no ground held; but
    # "holding to the south of X" is a position)
    ("hold*(?! talks| a | an | elections| meetings| the key| steady| stable| flat\\b|"
     " to (?!the (?:north|south|east|west)))", "pred", "holds", ""),
    # ("gas shipments held steady", "held talks": no ground held)
    ("held(?! (?:steady|stable|flat|unchanged|constant|talks|responsible|accountable|captive|hostage)\\b)",
     "pred", "holds", ""),
    ("long held", "pred", "holds", "hist"),
    ("had long held", "pred", "holds", "hist"),
    ("had held", "pred", "holds", "hist"),
    ("once held", "pred", "holds", "hist"),
    ("still (?:hold*|control*|ha[sd]|in control|in \\w+ hands|there)", "pred", "holds", "still"),
    # "they were still holding positions on the southern edge" ("hold*" above repeats only its "d")
    ("still (?:holding|holds|controlling|controls)", "pred", "holds", "still"),
    # ("remained in full control of the village": a hold, not a capture)
    ("remain*(?: firmly)? (?:in (?:full |complete |firm |total )?control|under(?: \\w+)? control|in \\w+ hands)",
     "pred", "holds", "still"),
    ("continu* to (?:hold|control|defend)", "pred", "holds", "still"),
    # '"X itself is firmly in our hands," the spokesman said': the speaker's side holds it
    ("(?:is|are|stays?)(?: still| firmly| fully| completely| securely)* in our hands", "pred", "holds", "ours"),
    # "the town is firmly in Ukrainian hands": the side the hands are named by
    ("(?:is|are|stays?)(?: still| firmly| fully| completely| securely)* in (?:ukrainian|russian) hands", "pred",
     "holds", "still"),
    # geolocation: "footage shows 🇺🇦 troops still operating in X", "it's still Ukrainian"
    ("still operat(?:ing|e|es) (?:in|from|inside|within)", "pred", "holds", "still"),
    # "footage shows Ukrainian troops still in the western part": troops still there hold it
    ("(?:troops|forces|units|soldiers|defenders)(?: are| were| remain| remained)? still (?:in|inside)"
     "(?! (?:their |its |our )?positions)", "pred", "holds", "still"),
    # "footage from yesterday still shows ZSU in the NW blocks": the side still seen there holds it
    ("still show(?:s|ed|ing)? (?:[\\w-]+ )?(?:zsu|afu|troops|forces|units|soldiers|defenders)(?: still)? (?:in|inside)"
     "(?! (?:their |its |our )?positions)", "pred", "holds", "still"),
    ("all but lost", "pred", "advancing", ""),  # "X is all but lost": nearly taken, the attacker closing in
    ("still ukrainian", "pred", "holds", "still side=UA"),
    ("still russian", "pred", "holds", "still side=RU"),
    # '"X is Ukrainian," the president said': the place right before, held by that side (as «X — українська»)
    ("(?:is|remains) ukrainian(?=[.!,\"”]|$)", "pred", "holds", "ours side=UA"),
    ("(?:is|remains) russian(?=[.!,\"”]|$)", "pred", "holds", "ours side=RU"),
    # ("repelled a Ukrainian cross-border raid": a raid or an incursion is an attack too)
    ("repel*(?: [\\w-]+){0,3} (?:counter-?)?(?:attacks?|assaults?|offensives?|attempts?|raids?|incursions?)",
     "pred", "holds", ""),
    # "repelled a Russian sabotage group near X": the group repelled attacked, the repellers held
    ("repel*(?: [\\w-]+){0,5} (?:groups?|units?|detachments?|drgs?|squads?|columns?)", "pred", "holds", ""),
    ("repel*", "pred", "holds", ""),
    ("(?:stopp*|halt*|thwart*|repuls*)(?: \\w+)?(?: \\w+)? (?:attacks?|assaults?|offensives?)", "pred", "holds", ""),
    ("avoid*(?: \\w+)? (?:encirclement|being encircled|capture)", "pred", "withdrew", "weak"),
    # "pulled out under the threat of encirclement", "for fear of encirclement": the reason, no encirclement
    ("(?:under|due to|because of|amid) (?:the |a )?threat of (?:encirclement|being encircled)", "pred", "withdrew",
     "weak objafter"),
    ("(?:for|fearing|in) fear of (?:encirclement|being encircled)", "pred", "withdrew", "weak objafter"),
    ("repuls*", "pred", "holds", ""),
    # "9 RU assaults repelled near X", "Russian attacks were beaten back": the side named before attacked
    ("(?:attacks?|assaults?|attempts?|offensives?|counterattacks?)(?: were| was| have been| had been)?(?: all)?"
     "(?: successfully)? (?:repelled|repulsed|beaten back|thrown back|stopped|thwarted|halted)", "pred", "holds",
     "passive repelled"),
    # "Russian troops tried to cross ... and were beaten back": the side before it attacked, the other held
    ("(?:were|was|been|being) beaten back", "pred", "holds", "passive repelled"),
    ("(?:were|was|been|being) thrown back(?! from)", "pred", "holds", "passive repelled"),
    # "had tried to cross the border near X and had been pushed back": the side before it attacked, the other held
    ("(?:were|was|been|being) pushed back(?! from| to| towards)", "pred", "holds", "passive repelled"),
    # machine-translated "відкинутий/отброшен": "the enemy tried to storm ..., was discarded with losses"
    ("(?:were|was|been|being) discarded", "pred", "holds", "passive repelled"),
    # "Russian attempts to break through to X have been stopped": the side before it attacked
    # ("The enemy has been stopped on the approaches to X": the approaches are where it stopped, no advance)
    ("(?:has|have|had) been (?:stopped|halted|thwarted)(?: (?:on|at) the (?:approaches|outskirts) (?:to|of))?", "pred",
     "holds", "passive repelled"),
    # "its troops had beaten back attacks near X": repelled attacks, as "repelled" (the attacker is the other side)
    ("beat(?:en|s|ing)? back(?: [\\w-]+){0,3} (?:counter-?)?(?:attacks?|assaults?|offensives?|attempts?|raids?)",
     "pred", "holds", ""),
    ("beat* back", "pred", "holds", ""),
    ("fend* off", "pred", "holds", ""),
    ("fought off", "pred", "holds", ""),
    ("beat(?:en)? off(?: \\w+)?(?: \\w+)? (?:counter-?)?(?:attacks?|assaults?|offensives?|attempts?)", "pred",
     "holds", ""),
    ("fought off(?: \\w+)?(?: \\w+)? (?:counter-?)?(?:attacks?|assaults?|offensives?|attempts?)", "pred", "holds", ""),
    ("beat(?:en)? off", "pred", "holds", ""),
    ("defend*", "pred", "holds", ""),
    # "X is firmly Russian-held", "the Ukrainian-held town of X": the side named in the adjective holds it
    # (predicative only: "the Ukrainian-held town of X" is background, checked against the words before it)
    ("russian-held", "pred", "holds", "side=RU heldadj"),
    ("ukrainian-held", "pred", "holds", "side=UA heldadj"),
    # "Lyman itself still UA-held", "RU-held since May": the sides' abbreviations in analysts' posts
    # (not "positions shown as RU-held last week": a map's earlier depiction)
    ("(?:ru|russia)-held(?! (?:last|earlier|previously|before|until|on the map))", "pred", "holds", "side=RU heldadj"),
    ("(?:ua|ukraine)-held(?! (?:last|earlier|previously|before|until|on the map))", "pred", "holds", "side=UA heldadj"),
    ("presence", "pred", "holds", ""),
    # "Russian assault groups were present in the eastern districts": a presence (a part: an advance)
    ("(?:were|was|are|is|remain|remained) present in", "pred", "holds", ""),
    # "our units are in their positions", "the troops remain in their positions": still holding the place
    ("(?:are|remain|remained|stay|stayed) (?:still )?in (?:their|our|its) positions", "pred", "holds", "here"),
    ("(?:hold|are holding|continue to hold) (?:their |our |its )?positions(?=[.,;!]|$)", "pred", "holds", "here"),
    ("maintain*(?: control| positions| their positions| its positions)", "pred", "holds", ""),
    # "our units are in the village", "our troops are still inside the town": the speaker's side is there, holding it
    ("our (?:units|troops|forces|soldiers|defenders|fighters|guys) (?:are|remain) (?:still )?(?:in|inside) (?:the )?"
     "(?:village|town|city|settlement)", "pred", "holds", ""),
    # "X is ours", "the village is still ours": the speaker's side holds the place named right before it
    ("ours", "pred", "holds", "ours"),
    # "Ukrainian officials say the southern part of that village is still theirs": the speakers' side holds it
    ("(?:is|are|remains?) still theirs", "pred", "holds", "ours"),  # (not "the whole town is theirs": a capture)
    # withdrew
    ("withdr*", "pred", "withdrew", ""),
    # "milbloggers deny the loss of X": the speakers' side did not lose X — the other side's capture, denied
    ("(?:deny|denies|denied|denying|reject|rejects|rejected) (?:the |any )?loss of", "pred", "captured",
     "lose denyloss"),
    # "have lost their positions in the village of X": pushed out of it
    ("lost (?:(?:their|its|our|all|the|some|several|the last|last|remaining) )*positions (?:in|at|inside)", "pred",
     "withdrew", ""),
    ("driven (?:out|back)", "pred", "withdrew", ""),
    ("(?:were|was|been|being) pushed out(?: of)?", "pred", "withdrew", ""),
    ("forced (?:out|back)", "pred", "withdrew", ""),
    ("push* back from", "pred", "withdrew", ""),
    ("pull* (?:out|back)", "pred", "withdrew", ""),
    ("pullout", "pred", "withdrew", ""),  # "the pullout of its forces from X"
    # "acknowledged pulling its troops out of X": the same move (the cue is the verb, the force named after it)
    ("pull*(?= (?:its|their|his|our) (?:troops|forces|units|soldiers|men) out\\b)", "pred", "withdrew", ""),
    # "moved to more advantageous positions", "manoeuvring to more favourable lines": a pull-back told politely
    ("moved to (?:more )?(?:advantageous|favou?rable) (?:positions|lines)", "pred", "withdrew", "polite"),
    # "Russian infiltration groups were pushed out of the X area": the subject of the passive left it
    ("(?:were|was|been|being|got) (?:\\w+ )?(?:pushed|driven|forced|knocked|thrown)(?: back)? out of", "pred",
     "withdrew", ""),
    # "left the village … and took up more favorable positions": the same pull-back, no foothold taken
    ("(?:took|taken|take|taking) up (?:more )?(?:advantageous|favou?rable) (?:positions|lines)", "pred", "withdrew",
     "polite"),
    # "The enemy was stopped on the approaches to X": the attack halted there, the other side holds X
    ("(?:was|were|being) (?:stopped|halted)(?: (?:on|at) the (?:approaches|outskirts) (?:to|of))?"
     "(?= (?:on|near|at|outside|before|in)\\b|(?<=to|of) )", "pred", "holds", "passive repelled"),
    ("manoeuvr* to (?:more )?(?:advantageous|favou?rable) (?:positions|lines)", "pred", "withdrew", "polite"),
    ("maneuver* to (?:more )?(?:advantageous|favou?rable) (?:positions|lines)", "pred", "withdrew", "polite"),
    ("retreat*", "pred", "withdrew", ""),
    # "abandoned their last positions on the northern outskirts of X": the outskirts given up, no foothold there
    ("(?:abandon\\w*|left|withdr[ae]w\\w* from|pulled back from|retreated from)(?: their| its| the)?"
     "(?: last| remaining)? positions (?:on|at|in) the (?:\\w+ )?(?:outskirts|edge|fringes?) of", "pred",
     "withdrew", "area"),
    # (not "has not abandoned attempts to push our units off the bridgehead": the attempts, no place left)
    ("abandon*(?! (?:\\w+ )?(?:attempts?|efforts?|plans?|hopes?|the idea|its goal|their goal|the goal)\\b)", "pred",
     "withdrew", ""),
    # ("a battle that left the city in ruins": what the fighting did to it, no one leaving)
    ("left the (?:town|city|village|settlement)(?! (?:in (?:ruins|rubble|tatters)|devastated|destroyed|"
     "uninhabitable|without))", "pred", "withdrew", ""),
    ("fled", "pred", "withdrew", ""),
    # "troops had been authorized to leave X", "were ordered to pull out of X": a withdrawal allowed and under way
    ("(?:been |were |was )?(?:authori[sz]ed|allowed|permitted|ordered|given permission) to (?:leave|withdraw from|"
     "pull out of|pull back from|retreat from)", "pred", "withdrew", ""),
    # "Ukrainian troops have left X": checked against the word before it ("left bank" is no withdrawal)
    ("left(?! (?:bank|flank|side|wing|behind|over|alone|unanswered|open)|(?: [\\w'’-]+){1,3} (?:in (?:ruins|rubble|"
     "tatters)|devastated|uninhabitable)\\b)", "pred", "withdrew", "left"),
    # sides
    # Russian volunteer units fighting for Ukraine: the Freedom of Russia Legion, the Russian Volunteer Corps
    ("freedom of russia legion", "side", "UA", "role=force"),
    ("legion\\W{1,3}freedom of russia", "side", "UA", "role=force"),
    ("russian volunteer corps", "side", "UA", "role=force"),
    # (the same units by their short names: "the Legion", "RDK fighters", "the Siberian Battalion")
    ("Legion", "side", "UA", "role=force cs"),
    ("rdk", "side", "UA", "role=force"),
    ("siberian battalion", "side", "UA", "role=force"),
    # "the 1st Azov Corps", "Azov's fighters": the National Guard's Azov units (not the Sea of Azov)
    ("azov (?:corps|brigade|regiment|battalion|units?|fighters|soldiers|troops|assault)", "side", "UA", "role=force"),
    ("azov['’]s", "side", "UA", "role=force"),
    # "elements of the 5th Guards Tank Brigade", "the 20th Guards Combined Arms Army": Guards units are Russia's
    ("guards (?:(?:tank|motori[sz]ed rifle|rifle|airborne|air assault|naval infantry|artillery|combined arms) )?"
     "(?:brigade|division|regiment|army|corps)", "side", "RU", "role=force"),
    # (but "the Russian border town of Sudzha", "Ukrainian rail hub of X": the country a place lies in)
    ("russian*(?! (?:border |frontier |rail(?:way)? |logistics? |industrial |transport )?(?:towns?|city|cities|"
     "villages?|settlements?|(?:rail(?:way)? )?(?:hubs?|junctions?)|strongholds?) of)", "side", "RU", "role=force"),
    ("russia", "side", "RU", "role=force"),
    ("russia['’]s", "side", "RU", "role=force"),
    ("moscow['’]s", "side", "RU", "role=force"),
    ("kremlin['’]s", "side", "RU", "role=force"),
    ("pro-russian", "side", "RU", "role=force"),
    ("russian-backed", "side", "RU", "role=force"),
    ("occupiers", "side", "RU", "role=force"),
    ("occupying forces", "side", "RU", "role=force"),
    ("invaders", "side", "RU", "role=force"),
    ("invading", "side", "RU", "role=force"),
    ("separatist*", "side", "RU", "role=force"),
    ("wagner", "side", "RU", "role=force"),
    ("chechen", "side", "RU", "role=force"),
    ("akhmat", "side", "RU", "role=force"),
    ("orcs", "side", "RU", "role=force"),
    # "the Zapad group's push on Lyman", "Russia's Yug group of forces": Russia's groups of forces by name
    ("(?:zapad|yug|tsentr|vostok|sever|dnepr)(?= (?:group|grouping|battlegroup)\\b)", "side", "RU", "role=force"),
    # "assault groups of the 'South' group", "the Southern Grouping of Forces": the same groups in English
    ("(?:south|north|east|west|centre|center)(?=['’\"”]? (?:group|grouping|battlegroup)\\b)", "side", "RU",
     "role=force"),
    ("(?:southern|northern|eastern|western|central) grouping of forces", "side", "RU", "role=force"),
    # "Dimitrov (Ukrainian name: Myrnohrad)": a name's language, not a force
    # "Ukrainian channels claim the attack was repelled": the media are a source, not a force
    # (and "the Ukrainian village of X": the country a place lies in)
    ("ukrainian*(?! (?:name|spelling|transliteration|channels?|media|outlets?|journalists?|press)|"
     " (?:border |frontier |rail(?:way)? |logistics? |industrial |transport )?(?:towns?|city|cities|villages?|"
     "settlements?|(?:rail(?:way)? )?(?:hubs?|junctions?)|strongholds?) of)", "side", "UA", "role=force"),
    ("ukraine", "side", "UA", "role=force"),
    ("ukraine['’]s", "side", "UA", "role=force"),
    ("kyiv['’]s", "side", "UA", "role=force"),
    # "as Kyiv retakes X", "Moscow recaptured the village": the capital's forces
    # ("Moscow is sending small infantry groups to infiltrate X", "Kyiv has moved reserves to X": its forces too)
    ("(?:kyiv|kiev)(?= (?:retakes?|retook|recaptur(?:es|ed)|regain(?:s|ed)?|liberat(?:es|ed)|pushe[sd]|launch(?:es|ed)|"
     "counterattack(?:s|ed)?|(?:is |are |has |have |keeps |continues )?(?:sending|sends?|sent|throwing|throws|threw|"
     "deploy(?:s|ed|ing)|mov(?:es|ed|ing)|mass(?:es|ed|ing)))\\b)", "side", "UA", "role=force"),
    ("moscow(?= (?:retakes?|retook|recaptur(?:es|ed)|regain(?:s|ed)?|pushe[sd]|launch(?:es|ed)|"
     "counterattack(?:s|ed)?|(?:is |are |has |have |keeps |continues )?(?:sending|sends?|sent|throwing|throws|threw|"
     "deploy(?:s|ed|ing)|mov(?:es|ed|ing)|mass(?:es|ed|ing)))\\b)", "side", "RU", "role=force"),
    ("kiev['’]s", "side", "UA", "role=force"),
    ("zsu", "side", "UA", "role=force"),
    ("afu", "side", "UA", "role=force"),
    ("vsu", "side", "UA", "role=force"),  # the Russian abbreviation of the Ukrainian army, transliterated
    # "under the control of the Defence Forces of Ukraine": the Ukrainian armed forces' official name
    ("defen[cs]e forces of ukraine", "side", "UA", "role=force"),
    ("Defence Forces", "side", "UA", "role=force cs"),  # "under the control of the Defence Forces" (Ukraine's term)
    ("Defense Forces", "side", "UA", "role=force cs"),  # (the same in US spelling: "the Southern Defense Forces")
    # "remains under the control of the defence forces" (a Ukrainian spokesman's term, lower case in print)
    ("control of the defen[cs]e forces(?! of russia)", "side", "UA", "role=force"),
    ("(?:kyiv|kiev) regime", "side", "UA", "role=force"),  # Moscow's name for Ukraine's government and forces
    ("ruaf", "side", "RU", "role=force"),  # "RuAF pushed into X": the Russian armed forces
    # ("UA spelling: Hrabovske", "RU name", "Tsukurino (UA: Tsukuryne)": a name's language, not a force)
    ("UA(?! (?:name|spelling|transliteration))(?!: [A-Z][^()]{0,40}\\))", "side", "UA", "role=force cs"),
    ("RU(?! (?:name|spelling|transliteration))(?!: [A-Z][^()]{0,40}\\))", "side", "RU", "role=force cs"),
    ("ukrainian(?: \\w+)? (?:defen[cs]es|defenders|defensive|lines|positions|garrison)", "side", "UA",
     "role=defender"),
    ("russian(?: \\w+)? (?:defen[cs]es|defenders|defensive|lines|positions|garrison)", "side", "RU",
     "role=defender"),
    ("(?:its|their|our|his|her)", "side", "", ""),  # placeholder, replaced below
    ("enemy", "side", "", "role=enemy"),
    ("adversary", "side", "", "role=enemy"),
    ("we", "side", "", "role=own"),
    # attempts: a capture verb after these means advancing
    ("try*", "attempt", "", ""),
    ("tried", "attempt", "", ""),
    ("attempt*", "attempt", "", ""),
    ("seek*", "attempt", "", ""),
    ("aim*", "attempt", "", ""),
    # "concentrating its efforts on capturing X": an effort, not a gain
    ("efforts? (?:on|to)(?= (?:capturing|taking|seizing|capture|take|seize|encircl)\\w*)", "attempt", "", ""),
    ("bid to", "attempt", "", ""),
    ("effort to", "attempt", "", ""),
    ("struggl*", "attempt", "", ""),
    # denial
    # "hold positions in X despite Kremlin claims of its capture": the claim the sentence contradicts
    ("(?:despite|in spite of) (?:the )?(?:\\w+ ){0,2}?(?:claims|assertions|statements)(?= (?:of|about|that)\\b)",
     "deny", "", ""),
    # (not "has neither confirmed nor denied the claim": no denial, the claim stays as reported)
    ("den(?:y|ied|ies|ying)(?<!nor deny)(?<!nor denied)(?<!nor denies)", "deny", "", ""),
    # "Ukrainian officials have disputed that, saying …": the claim before denied (not "disputed territory")
    ("disput(?:e|es|ed|ing)(?= (?:that|this|it|the (?:claim|report|assertion|account)s?|(?:russia|moscow|kyiv|"
     "ukraine)['’]s)\\b)", "deny", "", ""),
    ("dismiss*", "deny", "", ""),
    ("reject*", "deny", "", ""),
    ("refut*", "deny", "", ""),
    ("rebut*", "deny", "", ""),
    ("untrue", "deny", "", ""),
    # "Claims that X has fallen are premature": the claim is rejected ("it is premature to say" is a hedge); only
    # the cues inside it ("scoped": "advanced in X, although the claim that they seized it is premature")
    # "Reports of the liberation of X are premature", "talk of its capture is premature": the same rejection
    ("(?:claims?|reports?|talk) (?:that|of|about) [^.;:!?]{1,90}? (?:are|is|were|was) (?:\\w+ )?[\"“]?"
     "(?:premature|exaggerated|overstated|overblown)"
     "(?! to\\b)", "deny", "", "scoped"),
    ("not true", "deny", "", ""),
    # 'called the claim "a lie"', "an outright lie" (not the verb: "villages that lie west of X")
    ("a lie\\b", "deny", "", ""),
    ("an? (?:outright|blatant|complete|total|big|another) lie\\b", "deny", "", ""),
    ("no question of", "deny", "", ""),  # "there is no question of X falling this week"
    # 'The spokesman called the announcement "premature, to put it mildly"': the claim before is rejected
    ("(?:called|calls|described|describes) (?:the|this|that|its|their|these|those) (?:announcement|claims?|reports?|"
     "statements?)(?: as)? [\"“]?(?:premature|exaggerated|absurd)", "deny", "", ""),
    # 'said the Russian claim was "premature"': the claim made before is rejected
    ("(?:russia['’]s|moscow['’]s|kyiv['’]s|russian|ukrainian) (?:claims?|announcement|reports?|statements?) "
     "(?:is|was|are|were) (?:\\w+ )?[\"“]?(?:premature|exaggerated|overstated|untrue|false)", "deny", "", ""),
    ("isn['’]t true", "deny", "", ""),
    ("fake", "deny", "", ""),
    ("false", "deny", "", ""),
    ("propaganda", "deny", "", ""),
    ("disinformation", "deny", "", ""),
    ("misinformation", "deny", "", ""),
    ("nonsense", "deny", "", ""),
    ("fabricat*", "deny", "", ""),
    ("bogus", "deny", "", ""),
    ("provocation", "deny", "", ""),
    ("fiction", "deny", "", ""),
    ("fantas(?:y|ies)", "deny", "", ""),  # "called that claim \"a fantasy\""
    ("baseless", "deny", "", ""),
    ("groundless", "deny", "", ""),
    ("disput*", "deny", "", ""),
    # "lies" the noun, not "Toretsk now lies in ruins" / "lies 10 km north of"
    ("lies(?! (?:in|on|at|near|along|about|some|just|close|north|south|east|west|across|between|beyond|within|"
     "opposite|only|roughly|around|directly|almost|barely|up|down|\\d))", "deny", "", ""),
    ("(?:does|do|did) not correspond to (?:reality|the truth|the facts)", "deny", "", ""),
    # "We see no evidence for the claimed capture of X", "Our data does not support this": the claim rejected
    ("(?:see|saw|found|find|is|was|have|has) no (?:\\w+ )?evidence (?:for|of|to support)", "deny", "", ""),
    ("(?:data|footage|evidence|imagery|information) (?:does|do|did) not support (?:this|that|these|those|the|such|"
     "claims?|reports?)\\b", "deny", "", ""),
    # modality
    ("if", "cond", "", ""),
    ("unless", "cond", "", ""),
    ("would", "cond", "", "near"),
    ("could", "cond", "", "near"),
    ("should", "cond", "", "near"),  # "Should Russian forces seize X, they would ..."
    ("might", "cond", "", "near"),
    # "many predicted that X would fall within months": a forecast is no claim that it fell
    ("(?:predict|forecast)(?:ed|s|ing)?(?: that)?", "cond", "", "near"),
    # "were the village to fall", "were Russian troops to take X": an inverted conditional
    ("were (?:the|it|they|russia|ukraine|russian|ukrainian|kyiv|moscow)(?: \\w+){0,2} to", "cond", "", ""),
    ("were(?: [\\w'’-]+){1,3} to (?:fall|be (?:taken|captured|lost|encircled))", "cond", "", ""),
    # (not the month: "in May 2024", "which Russia says it captured in May, and ...": a modal takes no comma or "and")
    ("may(?! \\d|[,.;:)]| and\\b| or\\b| last\\b| this\\b)", "cond", "", "near"),
    # "the seizure of X would allow Russian forces to ...": the capture is the premise of a consequence
    # ("the capture of X by Russian forces would", "the fall of X to Russia could": the taker named in between)
    # (not the month: "claimed the capture of X on May 9")
    ("(?:seizure|capture|fall|loss|taking) of(?: the)?(?: [\\w'’-]+){1,6} (?:would|could|may(?! \\d)|might)", "cond",
     "", "premise"),
    # "Capturing X would allow Russia to ...", "Full control of X would give ...": a gerund or a control noun as the
    # premise (up to a relative clause: "Capturing X, which Russia has failed to take since 2022, would ...")
    ("(?:capturing|taking|seizing|recapturing|retaking|full control of|control of)(?: the)?(?: [\\w'’-]+){1,3}"
     "(?:,[^,.;:!?]{1,80},)? (?:would|could|may(?! \\d)|might)", "cond", "", "premise"),
    # "the fall of X is only a matter of weeks": a capture still to come
    ("(?:seizure|capture|fall|loss|taking) of(?: the)?(?: [\\w'’-]+){1,3} (?:is|was) (?:only |just )?a "
     "(?:matter|question) of (?:days|weeks|months|time)", "cond", "", "premise"),
    ("once", "future", "", "once"),
    # "when Russian forces take X, they will …": a taking in the present tense after "when" is still to come
    ("when(?= (?:[\\w'’-]+ ){0,3}(?:take|takes|capture|captures|seize|seizes|fall|falls)\\b"
     "(?! of\\b| was\\b| is\\b| has\\b| had\\b))", "future", "", "once"),
    # "Russian troops could be pushed out of X in the coming days": a time still to come
    ("(?:in the )?coming (?:days|weeks|months|hours)", "future", "", "near"),
    ("will", "future", "", "near"),
    ("(?:is|are) expected to", "future", "", "near"),
    # "Expect X to fall within 48h", "we expect Y to be taken by Friday": a forecast
    ("expect(?= (?:[\\w'’-]+ ){1,3}?to (?:fall|be (?:taken|captured|liberated|cleared)|change hands))", "future", "",
     "near"),
    # "the prospects of an offensive on X": an offensive weighed as a prospect
    ("prospects? (?:of|for)", "future", "", "near"),
    # "tasked with capturing X", "ordered to take X by February": an order, not a gain
    ("(?:tasked with|ordered to)(?= (?:re)?(?:captur|tak|seiz|storm|encircl)\\w*)", "future", "", "near"),
    ("(?:plans?|planning) to", "future", "", "near"),
    # "continuing preparations to withdraw from X", "preparing to leave X": a move still to come
    ("(?:preparations?|preparing|prepares?)(?= (?:to|for) )", "future", "", "near"),
    # "concentrating manpower near X for a renewed push toward Y": the push's aim, still to come
    ("for an?(?: renewed| new| possible| fresh| future| major| further)?(?= (?:push|offensive|assault|attack|thrust))",
     "future", "", "near aim"),
    # "Moscow has said it intends to take the whole region": an aim, not a capture
    ("(?:intends?|intended|intending) to", "future", "", "near"),
    # "Russian commanders appear determined to take X before winter": an aim, not a capture
    ("(?:determined|set|bent) (?:on|to)(?= (?:take|taking|capture|capturing|seize|seizing)\\b)", "future", "", "near"),
    # "Russian troops want to seize X", "Ukraine hopes to retake X", "aim to encircle X": an aim, not a gain
    ("(?:wants?|wanted|wanting|hopes?|hoped|hoping|aims?|aimed|aiming|wish|wishes) to", "future", "", "near"),
    ("would like to", "future", "", "near"),
    # "Russia ordered its troops to withdraw from X": an order, the move still to come
    # (not "he had ordered troops to withdraw", "troops were ordered to withdraw": an order carried out)
    ("order(?:ed|s)(?<!had ordered)(?<!been ordered)(?<!were ordered)(?<!was ordered)"
     "(?= (?:[\\w'’]+ ){0,3}?to (?:withdraw|pull|retreat|leave|abandon)\\b)", "future", "", "near"),
    ("(?:is|are|was|were) (?:preparing|getting ready|poised|determined|eager|going|about) to", "future", "", "near"),
    ("(?:is|are) set to", "future", "", "near"),
    ("(?:is|are) likely to", "future", "", "near"),
    # (not "soon after", nor "was soon undermined": a past participle after it tells a past event)
    ("soon(?! after| afterwards| (?!need\\b|proceed\\b)\\w+ed\\b)", "future", "", "near"),
    ("(?:promis|vow|pledg)(?:e|es|ed|s|ing)? to", "future", "", "near"),
    ("within (?:days|weeks|months)", "future", "", ""),
    ("(?:is|are) planned", "future", "", "after"),
    # "creates the conditions for a further advance toward X", "the next logical step is a push on X": a prospect
    ("(?:creat|pav|open)(?:e|es|ing|s)? (?:the )?(?:conditions|way) (?:for|to)", "future", "", "near"),
    ("next (?:logical )?step", "future", "", "near"),
    ("last (?:year|month|summer|winter|spring|autumn|fall)", "hist", "", ""),
    # "fell ... last November": a named month with "last" is a settled past
    ("last (?:january|february|march|april|may|june|july|august|september|october|november|december)",
     "hist", "", "near"),
    ("(?:years|months) ago", "hist", "", ""),
    # "launched the push into X earlier this year": a settled past, months before
    ("earlier this (?:year|spring|summer|autumn|fall|winter)", "hist", "", ""),
    ("one (?:year|month) ago", "hist", "", ""),  # "One year ago, Ukrainian troops smashed through the border"
    # "Three years after liberation, X rebuilds": the anniversary of a past event
    ("(?:years?|months?) (?:after|since)(?: its| the)? (?:liberation|capture|occupation|fall|recapture)", "hist", "",
     ""),
    ("a year ago", "hist", "", ""),
    # "recaptured X that October", "That autumn, Ukrainian troops retook X": a past month or season picked out
    ("that (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
     "autumn|fall|winter)(?! (?:is|was|will|would|has|had)\\b)", "hist", "", "near"),
    # "a year after Ukrainian forces were pushed out of X": the anniversary of a past event told as a clause
    ("(?:a|one|two|three|six|several) (?:years?|months?) after(?= (?:ukrainian|russian|russia|ukraine|kyiv|moscow)\\w*"
     "(?:['’]s)? (?:forces|troops|army|units) (?:were |had |was )?\\w+)", "hist", "", "near"),
    # (not the particle of a move: "troops pull back in parts of X", "fell back in the centre")
    ("back(?<!pull back)(?<!pulls back)(?<!pulled back)(?<!pulling back)(?<!fell back)(?<!fall back)"
     "(?<!falls back)(?<!falling back)(?<!moved back)(?<!pushed back)(?<!driven back) in", "hist", "", ""),
    ("in the (?:first|early|opening) (?:days|weeks|months|stage|phase) of the (?:full-scale |2022 )?(?:invasion|war)",
     "hist", "", ""),
    ("at the (?:start|beginning|outset) of the (?:full-scale |2022 )?(?:invasion|war)", "hist", "", ""),
    ("previously(?! prepared| designated| agreed| fortified| equipped)", "hist", "", "near"),  # (a position's)
    # "Half a year after X and Y fell", "six months after Ukrainian troops recaptured X": long settled
    ("half a year after", "hist", "", "near"),
    ("(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:months|years) after", "hist", "", "near"),
    # "Kyiv disputed that at the time, saying its forces still held X": a past exchange retold
    ("at (?:the|that) time(?! of)", "hist", "", "near"),
    # speech
    ("said", "speech", "", ""),
    ("says", "speech", "", ""),
    ("say", "speech", "", ""),
    ("saying", "speech", "", ""),
    ("read(?=[,.;:!]|$| in part\\b)", "speech", "", ""),  # '"…," the statement read.': a clause-final "read"
    ("told", "speech", "", "recipient"),
    ("tells", "speech", "", "recipient"),
    ("announc*", "speech", "", ""),
    # (not the adjective: "did not comment on the claimed capture of X" is no claim by the silent side)
    ("claim*(?<!\\bthe claimed)(?<!\\ba claimed)", "speech", "", ""),  # (not "Russia claimed"'s "a claimed")
    # "Russian MoD now claims X", "has claimed the village again": a place as the object of "claims" is claimed taken
    # (checked: the place or "the village" right after the verb, the clause ending after it)
    # ("Moscow claimed X in December", "claimed X last month": a date after the place closes the clause too)
    ("(?:claims|claimed|has claimed|have claimed)(?= (?:the (?:village|town|city|settlement)|#?[^\\W\\d]+"
     "(?:(?:,| and|, and) #?[^\\W\\d]+){0,3})"
     "(?: again| today| now)*(?: \\(|[.,;:]| in [^\\W\\d]+ (?:oblast|region)| on \\w+day|"
     " in (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|"
     "december)\\b| last (?:week|month|year|spring|summer|autumn|fall|winter)\\b))", "pred", "captured",
     "claimobj"),
    # "claimed another village in the area, X": the village named after the comma
    ("(?:claims|claimed|has claimed|have claimed)(?= (?:another|one more|a (?:second|third|fourth|fifth|further|new)) "
     "(?:village|settlement|town|hamlet)\\b)", "pred", "captured", "claimobj"),
    # "Moscow has claimed several more, including X", "claimed a string of villages, including X": the places included
    ("(?:claims|claimed|has claimed|have claimed)(?= (?:several|a (?:string|series|number|handful) of|\\d+|two|"
     "three|four|five|six|more|other|further|dozens of)\\b[^.;:]{0,60}?,? including\\b)", "pred", "captured",
     "claimobj"),
    # "X and Y are now claimed by Moscow": the passive's agent claims them taken
    ("claimed(?= by (?:moscow|russia|the kremlin|russian forces)\\b)", "pred", "captured", "side=RU"),
    ("claimed(?= by (?:kyiv|kiev|ukraine|ukrainian forces)\\b)", "pred", "captured", "side=UA"),
    # "rejected Moscow's claim to Nykanorivka": the possessor's capture claimed (the place right after "to")
    ("(?:claim|claims) to(?= (?:the (?:village|town|city|settlement) of )?[^\\W\\d]+(?:[.,;:]| in | on |$))",
     "pred", "captured", ""),
    # not "reportedly": the subject is no speaker; nor "the reported capture of X": an adjective
    ("report(?:s|ed|ing)?(?<!the reported)(?<!a reported)", "speech", "", ""),
    ("wrote", "speech", "", ""),
    ("warn(?:ed|s)(?= that\\b)", "speech", "", ""),  # "military bloggers warned that X could fall"
    ("writes", "speech", "", ""),
    ("posted", "speech", "", ""),
    ("stat(?:ed|es)", "speech", "", ""),
    ("statement", "speech", "", ""),
    ("add(?:ed|s)", "speech", "", ""),
    ("declar*", "speech", "", ""),
    ("insist*", "speech", "", ""),
    ("confirm*", "speech", "", ""),
    ("acknowledg*", "speech", "", ""),
    ("admit*", "speech", "", ""),
    ("show(?:ed|s|n)?", "speech", "", ""),
    ("indicat*", "speech", "", ""),
    ("not(?:ed|es)", "speech", "", ""),
    ("according to", "speech", "", "according"),
    ("cit(?:ed|ing)", "speech", "", "according"),
    ("quot(?:ed|ing)", "speech", "", "according"),
    ("via", "speech", "", "according"),
    ("per", "speech", "", "according"),
    ("continues", "speech", "", ""),
    ("assert*", "speech", "", ""),
    ("alleg*", "speech", "", ""),
    ("boast*", "speech", "", ""),
    ("reiterat*", "speech", "", ""),
    ("updat*", "speech", "", ""),
    ("publish*", "speech", "", ""),
    ("deni(?:ed|es)(?<!nor denied)(?<!nor denies)", "speech", "", "deny"),
    # "Kyiv continues to deny the loss of X": the one who denies the loss speaks (the loss cue itself negates)
    ("deny(?:ing)?(?= (?:the |any )?loss of)", "speech", "", ""),
    ("dismiss(?:ed|es)", "speech", "", "deny"),
    ("reject(?:ed|s)", "speech", "", "deny"),
    ("disput(?:ed|es)", "speech", "", "deny"),
    # anaphora and discourse
    ("the(?: \\w+)?(?: \\w+)? (?:town|city|village|settlement|locality|hamlet|island)(?!s)", "anaphor", "", ""),
    ("the(?: \\w+)? (?:edge|outskirts|centre|center)", "anaphor", "", ""),
    ("that (?:town|city|village|settlement)(?!s)", "anaphor", "", ""),  # "the southern part of that village"
    # "fighting for every street", "street by street": the streets of the place just named
    ("for every (?:street|house|building)", "anaphor", "", ""),
    ("(?:street by street|house by house)", "anaphor", "", ""),
    # "fighting continues for the northern districts": of the place just named
    ("the(?: \\w+)? (?:districts|neighbou?rhoods|quarters)(?! of)", "anaphor", "", ""),
    # "troops still in the western part": a part of the place named before
    ("the(?: \\w+)? part(?! of\\b)", "anaphor", "", ""),
    ("its ground", "anaphor", "", ""),
    ("(?:his|her|their|our) (?:unit|units|brigade|positions|troops)", "anaphor", "", ""),
    ("there", "anaphor", "", ""),
    # "If it falls, ...", "it was taken last week": "it" as the subject of a fall or a capture is the place named before
    ("it(?= (?:falls|fell|is taken|was taken|were to fall|would fall|could fall|is captured|was captured|is lost|"
     "was lost)\\b)", "anaphor", "", ""),
    ("it(?:'s|’s| is| remains)(?= still (?:ukrainian|russian))", "anaphor", "", ""),  # "it's still Ukrainian"
    ("however", "contrast", "", ""),
    ("but", "contrast", "", ""),
    ("although", "contrast", "", ""),
    ("though", "contrast", "", ""),
    ("whereas", "contrast", "", ""),
    ("while", "contrast", "", "weak"),
]
# Possessives pointing at the claimant's own forces ("its forces", "our units", "his fighters").
SPECS = [s for s in SPECS if s[0] != "(?:its|their|our|his|her)"]
for _p in ("its", "their", "our", "his", "her"):
    SPECS.append((f"{_p}(?: own)? (?:forces|troops|units|unit|fighters|soldiers|army|military|men|defenders|"
                  "paratroopers|brigade|brigades|marines|servicemen|assault groups)", "side", "", "role=own"))
    # "held their positions" is the claimant's side; "attacked our positions" names the defender
    SPECS.append((f"{_p} (?:positions|lines|defen[cs]es)", "side", "", "role=owndefender"))
del _D
