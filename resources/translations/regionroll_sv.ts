<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/about.py" line="20"/>
        <source>About RegionRoll</source>
        <translation>Om RegionRoll</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/about.py" line="21"/>
        <source>&lt;h3&gt;RegionRoll Desktop {version}&lt;/h3&gt;&lt;p&gt;A workshop tool for the region&apos;s strategic role in regional development.&lt;/p&gt;&lt;p&gt;Built on: {deck}.&lt;/p&gt;&lt;p&gt;Reference data ({name}):&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Facts that no source gives – the political model and the capital-matrix position of the reference regions – are shown as not known.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RegionRoll Desktop {version}&lt;/h3&gt;&lt;p&gt;Ett workshopverktyg för regionens strategiska roll i det regionala utvecklingsarbetet.&lt;/p&gt;&lt;p&gt;Bygger på: {deck}.&lt;/p&gt;&lt;p&gt;Referensdata ({name}):&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Uppgifter som ingen källa anger – referensregionernas politiska modell och plats i kapitalmatrisen – visas som okända.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionReview</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="19"/>
        <source>not reviewed</source>
        <translation>inte granskad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="21"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="22"/>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="23"/>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="24"/>
        <source>struck</source>
        <translation>stryks</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="45"/>
        <source>The last workshop&apos;s {n} action: {parts}; carried over: {carried}.</source>
        <translation>Förra workshoppens {n} åtgärd: {parts}; förd över: {carried}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/review_words.py" line="48"/>
        <source>Of the last workshop&apos;s {n} actions: {parts}; carried over: {carried}.</source>
        <translation>Av förra workshoppens {n} åtgärder: {parts}; förda över: {carried}.</translation>
    </message>
</context>
<context>
    <name>ActionReviewBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="81"/>
        <source>In the last workshop: {status}</source>
        <translation>I förra workshoppen: {status}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="117"/>
        <source>Carried over ✓</source>
        <translation>Förd över ✓</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="117"/>
        <source>Carry over</source>
        <translation>För över</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="119"/>
        <source>Already one of this workshop&apos;s actions</source>
        <translation>Redan en av den här workshoppens åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="121"/>
        <source>Done or struck: nothing to carry over</source>
        <translation>Klar eller struken: inget att föra över</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="123"/>
        <source>Propose it again as one of this workshop&apos;s actions (one undo step)</source>
        <translation>Föreslå den igen som en av den här workshoppens åtgärder (ett ångrasteg)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="134"/>
        <source>Review an action of the last workshop</source>
        <translation>Granska en åtgärd från förra workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="140"/>
        <source>A note on an action of the last workshop</source>
        <translation>En anteckning om en åtgärd från förra workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="147"/>
        <source>Carry an action over</source>
        <translation>För över en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="151"/>
        <source>The last workshop&apos;s actions: what became of them?</source>
        <translation>Förra workshoppens åtgärder: vad blev det av dem?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="154"/>
        <source>Review them first: done, ongoing, not started or struck, with a note; an unfinished one can carry over as one of this workshop&apos;s actions.</source>
        <translation>Granska dem först: klar, pågår, inte påbörjad eller stryks, med en anteckning; en ofullbordad kan föras över som en av den här workshoppens åtgärder.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="160"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="161"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="162"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="163"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/action_review.py" line="164"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ActionsCsv</name>
    <message>
        <location filename="../../src/regionroll_desktop/export/writers.py" line="21"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/writers.py" line="22"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/writers.py" line="23"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/writers.py" line="24"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/writers.py" line="25"/>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/writers.py" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AnswersExport</name>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="55"/>
        <source>Matrix today</source>
        <translation>Matris i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="56"/>
        <source>Matrix ambition</source>
        <translation>Matris ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="57"/>
        <source>Roles today</source>
        <translation>Roller i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="58"/>
        <source>Roles ambition</source>
        <translation>Roller ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="59"/>
        <source>Keys</source>
        <translation>Nycklar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="60"/>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="79"/>
        <source>Capital per capita</source>
        <translation>Kapital per capita</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="80"/>
        <source>Character</source>
        <translation>Karaktär</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="97"/>
        <source>Dots on</source>
        <translation>Prickar på</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="61"/>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="102"/>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="105"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="106"/>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="112"/>
        <source>not known</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="130"/>
        <source>Phone</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="132"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="134"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="136"/>
        <source>Side</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="137"/>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="247"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="142"/>
        <source>Phone {n}</source>
        <translation>Mobil {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="179"/>
        <source>a proposed action</source>
        <translation>ett förslag till åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="180"/>
        <source>a parked question</source>
        <translation>en parkerad fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="193"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="194"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="195"/>
        <source>Upvotes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="196"/>
        <source>What became of it</source>
        <translation>Vad det blev</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="224"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="226"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="227"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="280"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/answers.py" line="281"/>
        <source>No phone has answered.</source>
        <translation>Ingen mobil har svarat.</translation>
    </message>
</context>
<context>
    <name>CanvasOutline</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/outline.py" line="75"/>
        <source>As a list</source>
        <translation>Som lista</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/outline.py" line="76"/>
        <source>{step}: the canvas as a list</source>
        <translation>{step}: arbetsytan som lista</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/outline.py" line="78"/>
        <source>What the canvas shows, in words: for a screen reader and the keyboard.</source>
        <translation>Det arbetsytan visar, i ord: för skärmläsare och tangentbord.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="38"/>
        <source>Notes on the canvas</source>
        <translation>Lappar på ytan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="47"/>
        <source>no branches</source>
        <translation>inga grenar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="59"/>
        <source>Political organisation</source>
        <translation>Politisk organisation</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="61"/>
        <source>Administrative organisation</source>
        <translation>Förvaltningsorganisation</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="73"/>
        <source>Not placed</source>
        <translation>Inte placerade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="80"/>
        <source>Outside the region&apos;s remit</source>
        <translation>Utanför regionens uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="89"/>
        <source>model not decided yet</source>
        <translation>modellen inte bestämd ännu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="90"/>
        <source>model {model}</source>
        <translation>modell {model}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="97"/>
        <source>Plan (VP/RP/ÖP)</source>
        <translation>Plan (VP/RP/ÖP)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="98"/>
        <source>Delområdesstrategi</source>
        <translation>Delområdesstrategi</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="101"/>
        <source>Handlingsplan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="112"/>
        <source>Level 1: RUS</source>
        <translation>Nivå 1: RUS</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="113"/>
        <source>Level 2: plans and field strategies</source>
        <translation>Nivå 2: planer och delområdesstrategier</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="114"/>
        <source>Level 3: action plans</source>
        <translation>Nivå 3: handlingsplaner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="127"/>
        <source>derives from: {docs}</source>
        <translation>utgår från: {docs}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="133"/>
        <source>derives from nothing</source>
        <translation>utgår inte från något</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/canvas_outline.py" line="139"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
</context>
<context>
    <name>CapitalWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="19"/>
        <source>{n} million kronor</source>
        <translation>{n} miljoner kronor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="26"/>
        <source>per inhabitant: not known</source>
        <translation>per invånare: okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="27"/>
        <source>{n} kronor per inhabitant</source>
        <translation>{n} kronor per invånare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="33"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="46"/>
        <source>Year: {year}</source>
        <translation>År: {year}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="51"/>
        <source>What the region controls (the 1:1-anslag and its own funds): not known – both are needed</source>
        <translation>Det regionen själv styr (1:1-anslaget och egna medel): okänt – båda behövs</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="59"/>
        <source>What the region controls (the 1:1-anslag and its own funds): {amount}, {each}</source>
        <translation>Det regionen själv styr (1:1-anslaget och egna medel): {amount}, {each}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="65"/>
        <source>{amount}, {each}</source>
        <translation>{amount}, {each}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="72"/>
        <source>EU&apos;s and other external funds: {what}</source>
        <translation>EU-medel och andra externa medel: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="78"/>
        <source>Handed out through utlysningar: {share} %; the rest invested strategically</source>
        <translation>Fördelas via utlysningar: {share} %; resten investeras strategiskt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="85"/>
        <source>Handed out through utlysningar: not known</source>
        <translation>Fördelas via utlysningar: okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="94"/>
        <source>Per inhabitant: the population of {year} ({n}{source})</source>
        <translation>Per invånare: folkmängden {year} ({n}{source})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="104"/>
        <source>Per inhabitant: not known – the reference regions give no population for this region</source>
        <translation>Per invånare: okänt – referensregionerna anger ingen folkmängd för den här regionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="112"/>
        <source>Source of the numbers: {source}</source>
        <translation>Siffrornas källa: {source}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="113"/>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="122"/>
        <source>not known (fewer than {least} other regions&apos; numbers are known)</source>
        <translation>okänd (färre än {least} andra regioners siffror är kända)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="126"/>
        <source>{value} (its rank among {n} other regions&apos; numbers)</source>
        <translation>{value} (dess rang bland {n} andra regioners siffror)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="134"/>
        <source>Suggested place today: capital per capita {capital}; character {character}.</source>
        <translation>Förslag till plats i dag: kapital per capita {capital}; karaktär {character}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/capital_words.py" line="141"/>
        <source>The app&apos;s rule: on the capital per capita axis, the region&apos;s rank among the other regions whose numbers are known (lowest −1, highest 1; at least {least} needed); on the character axis, what is handed out through utlysningar counts as reactive capital and the rest as proactive (all of it −1, none of it 1) – our reading of the deck&apos;s roles. A suggestion never moves a marker by itself.</source>
        <translation>Appens regel: på axeln kapital per capita regionens rang bland de andra regioner vars siffror är kända (lägst −1, högst 1; minst {least} behövs); på axeln karaktär räknas det som fördelas via utlysningar som reaktivt kapital och resten som proaktivt (allt −1, inget 1) – vår tolkning av underlagets roller. Ett förslag flyttar aldrig en markör av sig självt.</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="52"/>
        <source>no comparison</source>
        <translation>ingen jämförelse</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="55"/>
        <source>elected members and officials today: {a} → {b}</source>
        <translation>förtroendevalda och tjänstepersoner i dag: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="57"/>
        <source>elected members and officials as ambition: {a} → {b}</source>
        <translation>förtroendevalda och tjänstepersoner som ambition: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="73"/>
        <source>not placed</source>
        <translation>inte placerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="82"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="84"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="85"/>
        <source>not sorted</source>
        <translation>inte sorterad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="98"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="104"/>
        <source>none (a tie)</source>
        <translation>ingen (lika vikt)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="111"/>
        <source>Region: {a} → {b}</source>
        <translation>Region: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="114"/>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="144"/>
        <source>added {name}</source>
        <translation>lade till {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="117"/>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="147"/>
        <source>removed {name}</source>
        <translation>tog bort {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="120"/>
        <source>renamed {a} to {b}</source>
        <translation>bytte namn på {a} till {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="123"/>
        <source>{branch} moved from {a} to {b}</source>
        <translation>{branch} flyttades från {a} till {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="127"/>
        <source>{branch} is now outside the remit</source>
        <translation>{branch} är nu utanför uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="129"/>
        <source>{branch} is back within the remit</source>
        <translation>{branch} är tillbaka inom uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="132"/>
        <source>political model {a} → {b}</source>
        <translation>politisk modell {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="134"/>
        <source>administrative model {a} → {b}</source>
        <translation>förvaltningsmodell {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="136"/>
        <source>municipal involvement changed</source>
        <translation>kommunernas medverkan ändrades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="140"/>
        <source>today moved from {a} to {b}</source>
        <translation>i dag flyttades från {a} till {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="142"/>
        <source>the ambition moved from {a} to {b}</source>
        <translation>ambitionen flyttades från {a} till {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="150"/>
        <source>changed {name}</source>
        <translation>ändrade {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="153"/>
        <source>{a} now derives from {b}</source>
        <translation>{a} utgår nu från {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="156"/>
        <source>{a} no longer derives from {b}</source>
        <translation>{a} utgår inte längre från {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="159"/>
        <source>priority {name}: {a} → {b}</source>
        <translation>prioritering {name}: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="163"/>
        <source>main role today: {a} → {b}</source>
        <translation>huvudroll i dag: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="165"/>
        <source>main role as ambition: {a} → {b}</source>
        <translation>huvudroll som ambition: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="170"/>
        <source>the room&apos;s own role: {a} → {b}</source>
        <translation>deltagarnas egen roll: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="174"/>
        <source>{role} up from {a} % to {b} %</source>
        <translation>{role} upp från {a} % till {b} %</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="176"/>
        <source>{role} down from {a} % to {b} %</source>
        <translation>{role} ned från {a} % till {b} %</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="183"/>
        <source>{group}&apos;s marker (today): {a} → {b}</source>
        <translation>markören för {group} (i dag): {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="185"/>
        <source>{group}&apos;s marker (ambition): {a} → {b}</source>
        <translation>markören för {group} (ambition): {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="188"/>
        <source>{group}&apos;s main role (today): {a} → {b}</source>
        <translation>huvudrollen för {group} (i dag): {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="190"/>
        <source>{group}&apos;s main role (ambition): {a} → {b}</source>
        <translation>huvudrollen för {group} (ambition): {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="198"/>
        <source>key {key}: score {a} → {b}</source>
        <translation>nyckeln {key}: bedömning {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="205"/>
        <source>the note changed</source>
        <translation>anteckningen ändrades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="207"/>
        <source>the conclusion was marked as agreed</source>
        <translation>slutsatsen markerades som överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="209"/>
        <source>the conclusion changed</source>
        <translation>slutsatsen ändrades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="211"/>
        <source>dots on {what}: {a} → {b}</source>
        <translation>prickar på {what}: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="215"/>
        <source>question parked: {what}</source>
        <translation>fråga parkerad: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="217"/>
        <source>parked question removed: {what}</source>
        <translation>parkerad fråga borttagen: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="219"/>
        <source>parked question closed: {what}</source>
        <translation>parkerad fråga stängd: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="221"/>
        <source>parked question reopened: {what}</source>
        <translation>parkerad fråga öppnad igen: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="223"/>
        <source>new action: {what}</source>
        <translation>ny åtgärd: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="226"/>
        <source>action removed: {what}</source>
        <translation>åtgärden togs bort: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="232"/>
        <source>what the ambition means for us changed</source>
        <translation>vad ambitionen betyder för oss ändrades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="236"/>
        <source>the region&apos;s own numbers were given</source>
        <translation>regionens egna siffror angavs</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="238"/>
        <source>the region&apos;s own numbers were removed</source>
        <translation>regionens egna siffror togs bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="240"/>
        <source>the region&apos;s own numbers changed</source>
        <translation>regionens egna siffror ändrades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="242"/>
        <source>priority {what}: the deck&apos;s tests {a} → {b}</source>
        <translation>prioriteringen {what}: underlagets test {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="249"/>
        <source>action changed: {what} ({status})</source>
        <translation>åtgärden ändrades: {what} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="265"/>
        <source>the phones&apos; answers to “{question}”: {n} answer changed</source>
        <translation>mobilernas svar på ”{question}”: {n} svar ändrat</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="268"/>
        <source>the phones&apos; answers to “{question}”: {n} answers changed</source>
        <translation>mobilernas svar på ”{question}”: {n} svar ändrade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="275"/>
        <source>the phones&apos; answers to “{question}”: {a} → {b}, {n} answer changed</source>
        <translation>mobilernas svar på ”{question}”: {a} → {b}, {n} svar ändrat</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="279"/>
        <source>the phones&apos; answers to “{question}”: {a} → {b}, {n} answers changed</source>
        <translation>mobilernas svar på ”{question}”: {a} → {b}, {n} svar ändrade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="285"/>
        <source>the phones&apos; answers to “{question}”: {a} → {b}</source>
        <translation>mobilernas svar på ”{question}”: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="295"/>
        <source>something no longer there</source>
        <translation>något som inte längre finns</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="301"/>
        <source>the marker for today</source>
        <translation>markören för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="303"/>
        <source>the marker for the ambition</source>
        <translation>markören för ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="306"/>
        <source>{group}&apos;s marker for today</source>
        <translation>markören för {group} i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="308"/>
        <source>{group}&apos;s marker for the ambition</source>
        <translation>markören för {group}, ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="321"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="323"/>
        <source>note put up: “{text}”</source>
        <translation>lapp uppsatt: ”{text}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="325"/>
        <source>note taken down: “{text}”</source>
        <translation>lapp nedtagen: ”{text}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="330"/>
        <source>note “{old}” now reads “{text}”</source>
        <translation>lappen ”{old}” lyder nu ”{text}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="341"/>
        <source>note “{text}” pinned to {item}</source>
        <translation>lappen ”{text}” fästes vid {item}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="345"/>
        <source>note “{text}” unpinned</source>
        <translation>lappen ”{text}” lossades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="348"/>
        <source>note “{text}” now in {group}&apos;s colour</source>
        <translation>lappen ”{text}” har nu färgen för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="351"/>
        <source>note “{text}” now neutral</source>
        <translation>lappen ”{text}” är nu neutral</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="363"/>
        <source>pinned to {item}</source>
        <translation>fäst vid {item}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="372"/>
        <source>The app&apos;s rule: a role&apos;s weight that moves less than {points} percentage points is not counted as a change.</source>
        <translation>Appens regel: en rollvikt som flyttar mindre än {points} procentenheter räknas inte som en ändring.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="423"/>
        <source>Since the last workshop ({date}): nothing but the markers to compare; the last workshop&apos;s are drawn on the map beside today&apos;s.</source>
        <translation>Sedan förra workshoppen ({date}): inget annat än markörerna att jämföra; förra workshoppens syns på kartan bredvid dagens.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="428"/>
        <source>Since the last workshop ({date}): no change.</source>
        <translation>Sedan förra workshoppen ({date}): ingen ändring.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="431"/>
        <source>Since the last workshop ({date}): {changes}</source>
        <translation>Sedan förra workshoppen ({date}): {changes}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="436"/>
        <source>and {n} more (Compare)</source>
        <translation>och {n} till (Jämför)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="441"/>
        <source>The markers: the last workshop&apos;s are drawn on the map beside today&apos;s.</source>
        <translation>Markörerna: förra workshoppens syns på kartan bredvid dagens.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="452"/>
        <source>Last time: today</source>
        <translation>Förra: i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="453"/>
        <source>Last time: ambition</source>
        <translation>Förra: ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/change_words.py" line="458"/>
        <source>The workshop of {date}: {marker}</source>
        <translation>Workshoppen den {date}: {marker}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="224"/>
        <source>Take a snapshot</source>
        <translation>Ta en ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="225"/>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="245"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="226"/>
        <source>Snapshot {n}</source>
        <translation>Ögonblicksbild {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="232"/>
        <source>Take snapshot “{name}”</source>
        <translation>Ta ögonblicksbilden ”{name}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="245"/>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="248"/>
        <source>Rename snapshot</source>
        <translation>Byt namn på ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="254"/>
        <source>Delete snapshot</source>
        <translation>Ta bort ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="261"/>
        <source>Restore snapshot</source>
        <translation>Återställ ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="279"/>
        <source>Could not import {name}</source>
        <translation>Kunde inte importera {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="289"/>
        <source>Import “{name}” as a snapshot</source>
        <translation>Importera ”{name}” som ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="331"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="357"/>
        <source>Take a snapshot, then compare it with now or with another snapshot.</source>
        <translation>Ta en ögonblicksbild och jämför den sedan med nuläget eller med en annan ögonblicksbild.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="362"/>
        <source>Choose two different states above to see them side by side.</source>
        <translation>Välj två olika lägen ovan för att se dem sida vid sida.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="370"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="409"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="410"/>
        <source>Likeness</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="411"/>
        <source>Administrative model</source>
        <translation>Förvaltningsmodell</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="412"/>
        <source>Political model</source>
        <translation>Politisk modell</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="413"/>
        <source>Population 2019</source>
        <translation>Folkmängd 2019</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="414"/>
        <source>Matrix position</source>
        <translation>Plats i matrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="415"/>
        <source>Main role today</source>
        <translation>Huvudroll i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="421"/>
        <source>This workshop</source>
        <translation>Den här workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="436"/>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="437"/>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="438"/>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="443"/>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="490"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="469"/>
        <source>The app&apos;s rule for likeness: the mean over the attributes known on both sides, given only when at least two are and one of them is the matrix position or the roles today (the organisation and the population alone would classify regions by size and form) – same administrative model 1, else 0; same political model 1, else 0; matrix position 1 − distance / 2√2; roles today 1 − half the sum of the weights&apos; differences; population smaller / larger. Reference regions: {set}. Sources: Help ▸ About.</source>
        <translation>Appens regel för likhet: medelvärdet över de uppgifter som är kända för båda, och bara när minst två är det och en av dem är läget i matrisen eller rollerna i dag (organisationen och befolkningen ensamma skulle klassificera regioner efter storlek och form) – samma förvaltningsmodell 1, annars 0; samma politiska modell 1, annars 0; läge i matrisen 1 − avstånd / 2√2; roller i dag 1 − halva summan av viktskillnaderna; befolkning mindre / större. Referensregioner: {set}. Källor: Hjälp ▸ Om.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="484"/>
        <source>{n} of {total} known</source>
        <translation>{n} av {total} kända</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="486"/>
        <source>not known ({known})</source>
        <translation>okänd ({known})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="496"/>
        <source>Comparisons</source>
        <translation>Jämförelser</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="497"/>
        <source>The two states side by side</source>
        <translation>De två lägena sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="498"/>
        <source>Snapshots and comparison</source>
        <translation>Ögonblicksbilder och jämförelse</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="499"/>
        <source>Snapshots</source>
        <translation>Ögonblicksbilder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="500"/>
        <source>Take a snapshot…</source>
        <translation>Ta en ögonblicksbild…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="501"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="502"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="503"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="504"/>
        <source>Make the snapshot the current state (undoable)</source>
        <translation>Gör ögonblicksbilden till nuläget (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="505"/>
        <source>Import a workshop file…</source>
        <translation>Importera en workshopfil…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="506"/>
        <source>Bring in another group&apos;s file as a snapshot</source>
        <translation>Ta in en annan grupps fil som ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="507"/>
        <source>The region&apos;s journey across workshops…</source>
        <translation>Regionens resa över workshopparna…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="510"/>
        <source>One report from the region&apos;s workshop files (this one&apos;s among them): each as it was left, in the order they were held, step by step, side by side</source>
        <translation>En rapport från regionens workshopfiler (den här bland dem): var och en som den lämnades, i den ordning de hölls, steg för steg, sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="514"/>
        <source>Export the journey…</source>
        <translation>Exportera resan…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="516"/>
        <source>One report: every snapshot in time order and now, step by step, side by side</source>
        <translation>En rapport: varje ögonblicksbild i tidsordning och nuläget, steg för steg, sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="518"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="520"/>
        <source>The snapshot&apos;s report and pictures as it was when taken, not restoring it</source>
        <translation>Ögonblicksbildens rapport och bilder som den var när den togs, utan att återställa den</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="522"/>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="523"/>
        <source>The region beside the reference regions</source>
        <translation>Regionen jämförd med referensregionerna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="524"/>
        <source>Side by side</source>
        <translation>Sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="525"/>
        <source>Reference regions</source>
        <translation>Referensregioner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/compare_page.py" line="528"/>
        <source>Grey and hollow: the first state; coloured: the second; a dashed line from where a marker was to where it is</source>
        <translation>Grått och ihåligt: det första läget; i färg: det andra; en streckad linje från där en markör var till där den är</translation>
    </message>
</context>
<context>
    <name>ConsequenceWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="21"/>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="29"/>
        <source>Place the ambition on the role map: the deck&apos;s points on its main role show here.</source>
        <translation>Placera ambitionen på rollkartan: här visas då vad underlaget säger om dess huvudroll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="34"/>
        <source>The ambition&apos;s main role: {role}.</source>
        <translation>Ambitionens huvudroll: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="38"/>
        <source>The ambition has no main role: {roles} weigh the same.</source>
        <translation>Ambitionen har ingen huvudroll: {roles} väger lika.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="42"/>
        <source>Today: {roles}.</source>
        <translation>I dag: {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="53"/>
        <source>The deck on {role} (slide “{slide}”):</source>
        <translation>Underlaget om {role} (bilden ”{slide}”):</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="59"/>
        <source>What the region leaves, the deck on {role} (slide “{slide}”):</source>
        <translation>Det regionen lämnar – underlaget om {role} (bilden ”{slide}”):</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="75"/>
        <source>The app&apos;s rule: the deck&apos;s points are quoted for the role the ambition weighs most (for each on a tie), and for today&apos;s main role when the ambition leaves it; what it means for the region is the room&apos;s to write.</source>
        <translation>Appens regel: underlagets punkter citeras för den roll som väger mest i ambitionen (för var och en när flera väger lika) och för dagens huvudroll när ambitionen lämnar den; vad det betyder för regionen skriver deltagarna själva.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="85"/>
        <source>What does it mean for us: {step}?</source>
        <translation>{step}: vad betyder det för oss?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="103"/>
        <source>What the ambition means for us</source>
        <translation>Vad ambitionen betyder för oss</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/consequence_words.py" line="108"/>
        <source>The room has not written what the ambition means for it.</source>
        <translation>Deltagarna har inte skrivit vad ambitionen betyder för dem.</translation>
    </message>
</context>
<context>
    <name>ConsequencesBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="103"/>
        <source>Write what it means for us</source>
        <translation>Skriv vad det betyder för oss</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="122"/>
        <source>Put the cursor on a line first: it becomes the action.</source>
        <translation>Ställ markören på en rad först: den raden blir åtgärden.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="125"/>
        <source>“{line}” is an action already.</source>
        <translation>”{line}” är redan en åtgärd.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="128"/>
        <source>Make a line an action</source>
        <translation>Gör en rad till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="132"/>
        <source>“{line}” is an action now (Conclusions, the actions&apos; table).</source>
        <translation>”{line}” är nu en åtgärd (Slutsatser, tabellen med åtgärder).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="161"/>
        <source>What the ambition means for us</source>
        <translation>Vad ambitionen betyder för oss</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="167"/>
        <source>One thing per line: what it asks of us, what it costs, what changes</source>
        <translation>En sak per rad: vad den kräver av oss, vad den kostar, vad som ändras</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="169"/>
        <source>Make the line an action</source>
        <translation>Gör raden till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/consequences.py" line="172"/>
        <source>The line the cursor is on becomes an action for this step ({keys})</source>
        <translation>Raden där markören står blir en åtgärd för det här steget ({keys})</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/contrast.py" line="132"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/contrast.py" line="134"/>
        <source>Black on white throughout the window; follows the system&apos;s contrast setting until you choose here</source>
        <translation>Svart på vitt i hela fönstret; följer systemets kontrastinställning tills du väljer här</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/crash_guard.py" line="81"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/crash_guard.py" line="83"/>
        <source>An error occurred inside RegionRoll. Your workshop is safe: it was autosaved just now. You can go on working; save when you can.</source>
        <translation>Ett fel uppstod i RegionRoll. Din workshop är i säkerhet: den autosparades nyss. Du kan fortsätta arbeta; spara när du kan.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/crash_guard.py" line="89"/>
        <source>An error occurred inside RegionRoll, and the workshop could not be autosaved. Save it now, under a new name if you like.</source>
        <translation>Ett fel uppstod i RegionRoll, och workshoppen kunde inte autosparas. Spara den nu, gärna under ett nytt namn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/crash_guard.py" line="95"/>
        <source>The details are in {log}.</source>
        <translation>Detaljerna finns i {log}.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="157"/>
        <source>Edit title</source>
        <translation>Ändra titel</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="158"/>
        <source>Edit place</source>
        <translation>Ändra plats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="159"/>
        <source>Edit facilitator</source>
        <translation>Ändra processledare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="160"/>
        <source>Edit participants</source>
        <translation>Ändra deltagare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="161"/>
        <source>Change date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="162"/>
        <source>Change report language</source>
        <translation>Ändra rapportens språk</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="163"/>
        <source>Change groups</source>
        <translation>Ändra grupper</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="194"/>
        <source>Change region</source>
        <translation>Byt region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="198"/>
        <source>Group {n}</source>
        <translation>Grupp {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="200"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="226"/>
        <source>Remove group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="236"/>
        <source>Change a group&apos;s side</source>
        <translation>Ändra en grupps sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="254"/>
        <source>Rename group</source>
        <translation>Byt namn på grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="301"/>
        <source>No region chosen yet.</source>
        <translation>Ingen region vald ännu.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="310"/>
        <source>{official}, county code {code}; population {population} (31 December 2019). Reference region.</source>
        <translation>{official}, länskod {code}; folkmängd {population} (31 december 2019). Referensregion.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="318"/>
        <source>{official}, county code {code}. Reference region.</source>
        <translation>{official}, länskod {code}. Referensregion.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="324"/>
        <source>Sources: {sources}</source>
        <translation>Källor: {sources}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="336"/>
        <source>A region of its own: no reference facts are compared with it.</source>
        <translation>En egen region: inga referensuppgifter jämförs med den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="342"/>
        <source>The workshop</source>
        <translation>Workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="344"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="345"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="346"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="347"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="348"/>
        <source>&amp;Facilitator:</source>
        <translation>Process&amp;ledare:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="349"/>
        <source>Pa&amp;rticipants:</source>
        <translation>Delta&amp;gare:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="350"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="351"/>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="356"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="357"/>
        <source>T&amp;oday</source>
        <translation>I d&amp;ag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="359"/>
        <source>Who is in the room: names, roles or bodies, one per line</source>
        <translation>Vilka som deltar: namn, roller eller organ, en per rad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="361"/>
        <source>Choose or type a region</source>
        <translation>Välj eller skriv en region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="362"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="364"/>
        <source>One of the 21 reference regions, or type a name of the region&apos;s own</source>
        <translation>En av de 21 referensregionerna, eller skriv regionens eget namn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="366"/>
        <source>&amp;Add group</source>
        <translation>&amp;Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="367"/>
        <source>Remo&amp;ve group</source>
        <translation>&amp;Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="368"/>
        <source>Double-click a group to rename it</source>
        <translation>Dubbelklicka på en grupp för att byta namn på den</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="374"/>
        <source>Which side the chosen group speaks from: the maps and the keys show the elected members and the officials side by side</source>
        <translation>Vilken sida den valda gruppen talar för: kartorna och nycklarna visar förtroendevalda och tjänstepersoner sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="378"/>
        <source>The chosen group&apos;s side</source>
        <translation>Den valda gruppens sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/details_page.py" line="379"/>
        <source>The language the workshop report is written in</source>
        <translation>Språket som workshoppens rapport skrivs på</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="71"/>
        <source>RegionRoll workshop</source>
        <translation>RegionRoll-workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="99"/>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="38"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>Vill du spara ändringarna i ”{name}”?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="43"/>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>Om du inte sparar går ändringarna förlorade.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="73"/>
        <source>Open workshop</source>
        <translation>Öppna workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="74"/>
        <source>Save workshop as</source>
        <translation>Spara workshop som</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="156"/>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="294"/>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="403"/>
        <source>Save elsewhere…</source>
        <translation>Spara någon annanstans…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="223"/>
        <source>Export into folder</source>
        <translation>Exportera till mapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="237"/>
        <source>Save the set…</source>
        <translation>Spara uppsättningen…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="240"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="259"/>
        <source>Recovery files could not be read</source>
        <translation>Återställningsfiler kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="265"/>
        <source>Set aside moves them to {folder}, where they are kept but not offered.</source>
        <translation>Lägg undan flyttar dem till {folder}, där de sparas men inte erbjuds igen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="271"/>
        <source>Set aside</source>
        <translation>Lägg undan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="274"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="284"/>
        <source>Recover a workshop</source>
        <translation>Återställ en workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="291"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="297"/>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="299"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="324"/>
        <source>The file is already open</source>
        <translation>Filen är redan öppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="329"/>
        <source>Read-only: you can look and save a copy elsewhere, not save over it.</source>
        <translation>Skrivskyddad: du kan titta och spara en kopia någon annanstans, men inte spara över den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="333"/>
        <source>Take over only if you are sure nobody is working in it there (that computer may have crashed or been shut down with the workshop open).</source>
        <translation>Ta över bara om du är säker på att ingen arbetar i den där (den datorn kan ha kraschat eller stängts av med workshoppen öppen).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="340"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="344"/>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="371"/>
        <source>The file was changed</source>
        <translation>Filen har ändrats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="372"/>
        <source>“{name}” was changed on disk by another program since you opened it.</source>
        <translation>”{name}” har ändrats på disken av ett annat program sedan du öppnade den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="375"/>
        <source>Save elsewhere keeps both versions. Replace keeps the other version as “{name}.bak”.</source>
        <translation>Spara någon annanstans behåller båda versionerna. Ersätt sparar den andra versionen som ”{name}.bak”.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="387"/>
        <source>The file is read-only</source>
        <translation>Filen är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="388"/>
        <source>“{name}” is marked read-only.</source>
        <translation>”{name}” är markerad som skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="389"/>
        <source>Someone may have protected it on purpose. Save elsewhere keeps it as it is; Replace writes your workshop over it and keeps the old version as “{name}.bak”.</source>
        <translation>Någon kan ha skyddat den med avsikt. Spara någon annanstans lämnar den som den är; Ersätt skriver din workshop över den och behåller den gamla versionen som ”{name}.bak”.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="406"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="433"/>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="77"/>
        <source>RegionRoll reference set</source>
        <translation>RegionRoll-referensuppsättning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="79"/>
        <source>Open reference set</source>
        <translation>Öppna referensuppsättning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="80"/>
        <source>Save reference set as</source>
        <translation>Spara referensuppsättning som</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="190"/>
        <source>Source of the positions</source>
        <translation>Källa för placeringarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/dialogs.py" line="191"/>
        <source>Where do these positions come from? Every placed region will cite it
(e.g. “Read off the figure in SKR&apos;s report Regionerna 2019, 2020”):</source>
        <translation>Varifrån kommer placeringarna? Varje placerad region hänvisar till källan
(t.ex. ”Avläst ur figuren i SKR:s rapport Regionerna 2019, 2020”):</translation>
    </message>
</context>
<context>
    <name>DiskBanner</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/disk_banner.py" line="63"/>
        <source>Another program changed “{name}” on disk. Your workshop here is unchanged; saving will ask whether to replace the other version or keep both.</source>
        <translation>Ett annat program har ändrat ”{name}” på disken. Din workshop här är oförändrad; när du sparar får du välja om den andra versionen ska ersättas eller om båda ska behållas.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/disk_banner.py" line="67"/>
        <source>Another program emptied “{name}” on disk. Your workshop here is intact: save to write it back.</source>
        <translation>Ett annat program har tömt ”{name}” på disken. Din workshop här är hel: spara för att skriva tillbaka den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/disk_banner.py" line="71"/>
        <source>“{name}” is no longer on disk (its folder or network drive may have gone). Your workshop here is intact and autosaved; save it elsewhere to be safe.</source>
        <translation>”{name}” finns inte längre på disken (mappen eller nätverksenheten kan ha försvunnit). Din workshop här är hel och autosparad; spara den någon annanstans för säkerhets skull.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/disk_banner.py" line="81"/>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
</context>
<context>
    <name>DotVotingBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="86"/>
        <source>Place a dot</source>
        <translation>Sätt en prick</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="88"/>
        <source>Take a dot back</source>
        <translation>Ta tillbaka en prick</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="91"/>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="174"/>
        <source>Order the actions by dots</source>
        <translation>Sortera åtgärderna efter prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="96"/>
        <source>Change the dots per group</source>
        <translation>Ändra antalet prickar per grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="117"/>
        <source>Action: {what}</source>
        <translation>Åtgärd: {what}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="120"/>
        <source>RUS priority: {name}</source>
        <translation>RUS-prioritering: {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="128"/>
        <source>{group}: {dots}</source>
        <translation>{group}: {dots}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="137"/>
        <source>· the room&apos;s phones: {n}</source>
        <translation>· deltagarnas mobiler: {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="152"/>
        <source>{n} of {total} dots left</source>
        <translation>{n} av {total} prickar kvar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="168"/>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="169"/>
        <source>The group that places its dots</source>
        <translation>Gruppen som sätter sina prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="170"/>
        <source>&amp;Dots per group:</source>
        <translation>&amp;Prickar per grupp:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="171"/>
        <source>+ Dot</source>
        <translation>+ Prick</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="172"/>
        <source>One of the group&apos;s dots on the chosen line (or double-click)</source>
        <translation>En av gruppens prickar på den valda raden (eller dubbelklicka)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="173"/>
        <source>− Dot</source>
        <translation>− Prick</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/dot_voting.py" line="177"/>
        <source>Add groups on the workshop page ({keys}) to let each one vote with dots.</source>
        <translation>Lägg till grupper på workshopsidan ({keys}) så kan var och en rösta med prickar.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="48"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="49"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="54"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="72"/>
        <source>Exported {n} file to {folder}</source>
        <translation>Exporterade {n} fil till {folder}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="126"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="204"/>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="226"/>
        <source>The region&apos;s journey</source>
        <translation>Regionens resa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="205"/>
        <source>Choose at least two of the region&apos;s workshop files.</source>
        <translation>Välj minst två av regionens workshopfiler.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="227"/>
        <source>A journey is one region&apos;s; these files hold several: {regions}.</source>
        <translation>En resa gäller en region; de här filerna gäller flera: {regions}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="232"/>
        <source>Export the region&apos;s journey into folder</source>
        <translation>Exportera regionens resa till mapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="77"/>
        <source>Export done</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="151"/>
        <source>Export the journey into folder</source>
        <translation>Exportera resan till mappen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="132"/>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="176"/>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="217"/>
        <source>Could not export</source>
        <translation>Kunde inte exportera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="35"/>
        <source>{name} is open in another program (a PDF reader or a spreadsheet); close it there and export again. The file as it was is unchanged.</source>
        <translation>{name} är öppen i ett annat program (en PDF-läsare eller ett kalkylprogram); stäng den där och exportera igen. Filen som den var är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="40"/>
        <source>The files could not be written to {folder}.</source>
        <translation>Filerna kunde inte skrivas till {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/export_command.py" line="73"/>
        <source>Exported {n} files to {folder}</source>
        <translation>Exporterade {n} filer till {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="37"/>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="83"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="38"/>
        <source>The report (PDF)</source>
        <translation>Rapporten (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="40"/>
        <source>Cover, the four steps, the keys, what changed and the sources</source>
        <translation>Försättsblad, de fyra stegen, nycklarna, vad som ändrats och källorna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="43"/>
        <source>The workshop on one page (PDF and PNG)</source>
        <translation>Workshoppen på en sida (PDF och PNG)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="47"/>
        <source>One A4 landscape page: the four steps in small, the keys, the room&apos;s conclusions and the actions with who and when</source>
        <translation>En liggande A4-sida: de fyra stegen i litet format, nycklarna, deltagarnas slutsatser och åtgärderna med vem och när</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="51"/>
        <source>Each step&apos;s picture as PNG</source>
        <translation>Varje stegs bild som PNG</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="52"/>
        <source>Each step&apos;s picture as SVG (vector)</source>
        <translation>Varje stegs bild som SVG (vektor)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="53"/>
        <source>The actions as a spreadsheet (CSV)</source>
        <translation>Åtgärderna som kalkylblad (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="55"/>
        <source>Opens in Excel: semicolons and UTF-8, as Swedish Excel expects</source>
        <translation>Öppnas i Excel: semikolon och UTF-8, som svenska Excel förväntar sig</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="58"/>
        <source>The phones&apos; answers (Excel workbook and CSV)</source>
        <translation>Deltagarnas svar från mobilerna (Excel-arbetsbok och CSV)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="62"/>
        <source>Every phone&apos;s answer to each question with its time, a sheet per question; names only where the room answered by name</source>
        <translation>Varje mobils svar på varje fråga med tiden det kom, ett blad per fråga; namn bara där deltagarna svarade med namn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="70"/>
        <source>1920 px fills a Full HD screen; 3840 px prints sharply</source>
        <translation>1920 px fyller en Full HD-skärm; 3840 px blir skarpt i tryck</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="72"/>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="73"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="94"/>
        <source>PNG width:</source>
        <translation>PNG-bredd:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="98"/>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="128"/>
        <source>Choose the report, the one page, the pictures, the actions or the answers.</source>
        <translation>Välj rapporten, sidan, bilderna, åtgärderna eller svaren.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="132"/>
        <source>Choose the folder to export into.</source>
        <translation>Välj mappen att exportera till.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/export_dialog.py" line="134"/>
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="27"/>
        <source>The file could not be read: it is missing, or you lack permission.</source>
        <translation>Filen kunde inte läsas: den saknas, eller så saknar du behörighet.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="30"/>
        <source>The file is far larger than any workshop, so it was not opened.</source>
        <translation>Filen är mycket större än någon workshop och öppnades därför inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="33"/>
        <source>The file is damaged or is not a RegionRoll workshop file.</source>
        <translation>Filen är skadad eller är ingen workshopfil från RegionRoll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="36"/>
        <source>The file is nested far too deeply to be a workshop file.</source>
        <translation>Filen är alldeles för djupt nästlad för att vara en workshopfil.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="39"/>
        <source>The file is not a RegionRoll workshop file.</source>
        <translation>Filen är ingen workshopfil från RegionRoll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="42"/>
        <source>The file was made by a newer version of RegionRoll; update the app to open it.</source>
        <translation>Filen skapades av en nyare version av RegionRoll; uppdatera programmet för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="46"/>
        <source>The file&apos;s content is damaged: it does not describe a valid workshop.</source>
        <translation>Filens innehåll är skadat: det beskriver ingen giltig workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="55"/>
        <source>The file could not be read: it is not there (moved or deleted?).</source>
        <translation>Filen kunde inte läsas: den finns inte där (flyttad eller borttagen?).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="58"/>
        <source>It is a folder, not a file: choose a file in it.</source>
        <translation>Det är en mapp, inte en fil: välj en fil i den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="61"/>
        <source>It is not a file but a pipe, a device or a socket, so it was not read.</source>
        <translation>Det är inte en fil utan ett rör (pipe), en enhet eller en socket, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="65"/>
        <source>The file could not be read: you do not have permission to read it.</source>
        <translation>Filen kunde inte läsas: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="68"/>
        <source>The file could not be read: the disk or the network drive reported an error.</source>
        <translation>Filen kunde inte läsas: disken eller nätverksenheten rapporterade ett fel.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="77"/>
        <source>The file is far larger than any reference set, so it was not opened.</source>
        <translation>Filen är mycket större än någon referensuppsättning, så den öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="80"/>
        <source>The file is damaged or is not a RegionRoll reference-set file.</source>
        <translation>Filen är skadad eller är inte en referensuppsättning från RegionRoll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="83"/>
        <source>The file is nested far too deeply to be a reference-set file.</source>
        <translation>Filen är alldeles för djupt nästlad för att vara en referensuppsättning.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="86"/>
        <source>The file is not a RegionRoll reference-set file.</source>
        <translation>Filen är inte en referensuppsättning från RegionRoll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="89"/>
        <source>The file&apos;s content is damaged: it does not describe a valid reference set.</source>
        <translation>Filens innehåll är skadat: det beskriver ingen giltig referensuppsättning.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="98"/>
        <source>The workshop has grown larger than the app can open again (64 MB), so it was not saved; remove snapshots or long texts and save again. The file on disk is unchanged.</source>
        <translation>Workshoppen har blivit större än appen kan öppna igen (64 MB), så den sparades inte; ta bort ögonblicksbilder eller långa texter och spara igen. Filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="104"/>
        <source>You do not have permission to save in that folder; the file on disk is unchanged.</source>
        <translation>Du har inte behörighet att spara i den mappen; filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="108"/>
        <source>The disk is full; the file on disk is unchanged.</source>
        <translation>Disken är full; filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="111"/>
        <source>The disk is read-only; the file on disk is unchanged.</source>
        <translation>Disken är skrivskyddad; filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="114"/>
        <source>The folder is no longer there (a network drive or USB stick may have gone); your work is still here and in the recovery file.</source>
        <translation>Mappen finns inte längre (en nätverksenhet eller ett USB-minne kan ha försvunnit); ditt arbete finns kvar här och i återställningsfilen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="119"/>
        <source>The file name is too long for the disk; save under a shorter name. The file on disk is unchanged.</source>
        <translation>Filnamnet är för långt för disken; spara under ett kortare namn. Filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="124"/>
        <source>Another program (often a virus scanner or a sync client) kept the file busy; the file on disk is unchanged. Try again in a moment.</source>
        <translation>Ett annat program (ofta ett virusskydd eller en synkroniseringstjänst) höll filen upptagen; filen på disken är oförändrad. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="129"/>
        <source>The workshop could not be saved there; the file on disk is unchanged.</source>
        <translation>Workshoppen kunde inte sparas där; filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="139"/>
        <source>Autosave is not working: you do not have permission to write in its folder {folder}. Save the workshop to keep your changes.</source>
        <translation>Autosparningen fungerar inte: du har inte behörighet att skriva i dess mapp {folder}. Spara workshoppen för att behålla dina ändringar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="144"/>
        <source>Autosave is not working: the disk is full. Save the workshop on another disk to keep your changes.</source>
        <translation>Autosparningen fungerar inte: disken är full. Spara workshoppen på en annan disk för att behålla dina ändringar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="149"/>
        <source>Autosave is not working: its folder {folder} is on a read-only disk. Save the workshop to keep your changes.</source>
        <translation>Autosparningen fungerar inte: dess mapp {folder} ligger på en skrivskyddad disk. Spara workshoppen för att behålla dina ändringar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="155"/>
        <source>Autosave is not working: its folder {folder} cannot be made or written. Save the workshop to keep your changes.</source>
        <translation>Autosparningen fungerar inte: dess mapp {folder} kan inte skapas eller skrivas i. Spara workshoppen för att behålla dina ändringar.</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="165"/>
        <source>an unknown time</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="171"/>
        <source>“{name}” is open in another RegionRoll window on this computer, since {when}.</source>
        <translation>”{name}” är öppen i ett annat RegionRoll-fönster på den här datorn, sedan {when}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="176"/>
        <source>“{name}” is open by {user} on the computer {host}, since {when}.</source>
        <translation>”{name}” är öppen hos {user} på datorn {host}, sedan {when}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="180"/>
        <source>“{name}” is open on the computer {host}, since {when}.</source>
        <translation>”{name}” är öppen på datorn {host}, sedan {when}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="189"/>
        <source>you do not have permission to write in its folder</source>
        <translation>du inte har behörighet att skriva i dess mapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="192"/>
        <source>it is on a read-only disk</source>
        <translation>den ligger på en skrivskyddad disk</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="195"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="196"/>
        <source>its name is too long for the disk</source>
        <translation>dess namn är för långt för disken</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="199"/>
        <source>its folder could not be written</source>
        <translation>det inte gick att skriva i dess mapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="203"/>
        <source>“{name}” could not be marked as open because {reason}: someone else opening it is not told, and saving there may fail. Save it elsewhere to be safe.</source>
        <translation>”{name}” kunde inte markeras som öppen eftersom {reason}: den som öppnar den får inte veta det, och det kan misslyckas att spara där. Spara den någon annanstans för säkerhets skull.</translation>
    </message>
</context>
<context>
    <name>FinancingCanvas</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="234"/>
        <source>Move today&apos;s position</source>
        <translation>Flytta dagens position</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="235"/>
        <source>Move the ambition</source>
        <translation>Flytta ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="246"/>
        <source>Place the marker first: drag it from the palette or press its button.</source>
        <translation>Placera markören först: dra den från paletten eller tryck på dess knapp.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="271"/>
        <source>Remove today&apos;s position</source>
        <translation>Ta bort dagens position</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="273"/>
        <source>Remove the ambition</source>
        <translation>Ta bort ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="305"/>
        <source>Place today&apos;s position</source>
        <translation>Placera dagens position</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="307"/>
        <source>Place the ambition</source>
        <translation>Placera ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="316"/>
        <source>Remove this placement</source>
        <translation>Ta bort placeringen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="320"/>
        <source>Adopt as the workshop&apos;s answer</source>
        <translation>Välj som workshoppens svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="323"/>
        <source>Remove this group&apos;s marker</source>
        <translation>Ta bort gruppens markör</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="330"/>
        <source>Remove the marker</source>
        <translation>Ta bort markören</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="378"/>
        <source>Place {group}&apos;s marker</source>
        <translation>Placera markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="379"/>
        <source>Move {group}&apos;s marker</source>
        <translation>Flytta markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="380"/>
        <source>Remove {group}&apos;s marker</source>
        <translation>Ta bort markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="382"/>
        <source>Adopt the groups&apos; centre</source>
        <translation>Välj gruppernas mittpunkt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="381"/>
        <source>Adopt {group}&apos;s position</source>
        <translation>Välj placeringen från {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="404"/>
        <source>The {n} groups agree: all within {far} of their centre (×).</source>
        <translation>De {n} grupperna är överens: alla inom {far} från sin mittpunkt (×).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="406"/>
        <source>The {n} groups differ: up to {far} from their centre (×).</source>
        <translation>De {n} grupperna skiljer sig åt: upp till {far} från sin mittpunkt (×).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="411"/>
        <source>All chose the same quadrant: {amount}, {character}.</source>
        <translation>Alla valde samma kvadrant: {amount}, {character}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="419"/>
        <source>The region</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="425"/>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="520"/>
        <source>{region} today</source>
        <translation>{region} i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="426"/>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="526"/>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="637"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="440"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="440"/>
        <source>Place</source>
        <translation>Placera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="493"/>
        <source>No reference region has a known position yet; open a reference set or place them yourself in reference mode.</source>
        <translation>Ingen referensregion har en känd placering ännu; öppna en referensuppsättning eller placera dem själv i referensläget.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="499"/>
        <source>Place the region to see its nearest neighbours.</source>
        <translation>Placera regionen för att se dess närmaste grannar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="508"/>
        <source>No other region is placed.</source>
        <translation>Ingen annan region är placerad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="523"/>
        <source>Drag onto the matrix to place where the region is today</source>
        <translation>Dra till matrisen för att visa var regionen är i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="529"/>
        <source>Drag onto the matrix to place where the region wants to be</source>
        <translation>Dra till matrisen för att visa var regionen vill vara</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="533"/>
        <source>placed</source>
        <translation>placerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="533"/>
        <source>not placed</source>
        <translation>inte placerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="538"/>
        <source>Drag onto the matrix to place this reference region</source>
        <translation>Dra till matrisen för att placera referensregionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="561"/>
        <source>No source gives this region&apos;s position, so it is not guessed.</source>
        <translation>Ingen källa anger regionens placering, så den gissas inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="564"/>
        <source>Not placed ({n} of {total}):</source>
        <translation>Inte placerade ({n} av {total}):</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="569"/>
        <source>Reference set: {name}</source>
        <translation>Referensuppsättning: {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="571"/>
        <source>Your own placements (not saved yet)</source>
        <translation>Egna placeringar (inte sparade ännu)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="573"/>
        <source>Shipped data only: the deck&apos;s figure lost its positions.</source>
        <translation>Endast medföljande data: underlagets text har förlorat figurens placeringar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="603"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="604"/>
        <source>Own placements</source>
        <translation>Egna placeringar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="623"/>
        <source>Finansiering: the capital matrix</source>
        <translation>Finansiering: kapitalmatrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="625"/>
        <source>Finansiering: tools</source>
        <translation>Finansiering: verktyg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="630"/>
        <source>The capital matrix. Source: {deck}, the slide on the character of the regional development capital.</source>
        <translation>Kapitalmatrisen. Källa: {deck}, bilden om det regionala utvecklingskapitalets karaktär.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="635"/>
        <source>The region on the matrix</source>
        <translation>Regionen i matrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="637"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="667"/>
        <source>Drag onto the matrix, or select and press Enter. F6 reaches the matrix.</source>
        <translation>Dra till matrisen, eller markera och tryck Retur. F6 når matrisen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="174"/>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="638"/>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="174"/>
        <source>Capital matrix and role map: move the chosen marker</source>
        <translation>Kapitalmatrisen och rollkartan: flytta den valda markören</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="175"/>
        <source>… in small steps</source>
        <translation>… i små steg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="175"/>
        <source>Shift+Arrow keys</source>
        <translation>Skift+piltangenterna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="176"/>
        <source>Capital matrix: show the whole matrix</source>
        <translation>Kapitalmatrisen: visa hela matrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="177"/>
        <source>Capital matrix: zoom</source>
        <translation>Kapitalmatrisen: zooma</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="177"/>
        <source>Wheel, or pinch</source>
        <translation>Hjulet, eller nyp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="392"/>
        <source>The groups agree when every marker lies within {r} of their centre (the matrix runs from −1 to +1); a marker closer than {m} to a dividing line is in the middle and belongs to no quadrant.</source>
        <translation>grupperna är överens när varje markör ligger inom {r} från deras mittpunkt (matrisen går från −1 till +1); en markör närmare än {m} från en mittlinje står i mitten och hör inte till någon kvadrant.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="455"/>
        <source>Show the workshop of {date}</source>
        <translation>Visa workshoppen den {date}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="640"/>
        <source>The arrow keys on the matrix move this marker (Shift for small steps)</source>
        <translation>Piltangenterna i matrisen flyttar den här markören (Skift för små steg)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="642"/>
        <source>Capital per capita</source>
        <translation>Kapital per capita</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="643"/>
        <source>−1 less … +1 more capital per inhabitant</source>
        <translation>−1 mindre … +1 mer kapital per invånare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="644"/>
        <source>Character</source>
        <translation>Karaktär</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="645"/>
        <source>−1 more reactive … +1 more proactive capital</source>
        <translation>−1 mer reaktivt … +1 mer proaktivt kapital</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="650"/>
        <source>Arrow keys move today&apos;s marker</source>
        <translation>Piltangenterna flyttar markören för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="652"/>
        <source>Arrow keys move the ambition&apos;s marker</source>
        <translation>Piltangenterna flyttar markören för ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="655"/>
        <source>Drag to move; arrow keys nudge; right-click to remove</source>
        <translation>Dra för att flytta; piltangenterna flyttar den; högerklicka för att ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="658"/>
        <source>Make the centre (×) of the groups&apos; markers the workshop&apos;s answer</source>
        <translation>Gör gruppernas mittpunkt (×) till workshoppens svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="660"/>
        <source>Make {group}&apos;s position the workshop&apos;s answer</source>
        <translation>Gör placeringen från {group} till workshoppens svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="663"/>
        <source>Show the whole matrix</source>
        <translation>Visa hela matrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="664"/>
        <source>Reset the view (Home on the matrix)</source>
        <translation>Återställ vyn (Home i matrisen)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="665"/>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="669"/>
        <source>Nearest reference regions</source>
        <translation>Närmaste referensregioner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="670"/>
        <source>Numbered markers</source>
        <translation>Markörer med nummer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="673"/>
        <source>The markers whose names found no room beside them on the matrix carry a number there; this list names them.</source>
        <translation>Markörer vars namn inte fick plats bredvid dem i matrisen bär ett nummer där; listan ger deras namn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="677"/>
        <source>Reference regions</source>
        <translation>Referensregioner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="678"/>
        <source>Show reference regions</source>
        <translation>Visa referensregioner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="679"/>
        <source>Show where the last workshop left the region</source>
        <translation>Visa var förra workshoppen lämnade regionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="680"/>
        <source>Open a reference set…</source>
        <translation>Öppna en referensuppsättning…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="681"/>
        <source>Place reference regions…</source>
        <translation>Placera referensregioner…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="684"/>
        <source>Reference mode: drag reference regions onto the matrix; each position cites the source you name</source>
        <translation>Referensläge: dra referensregioner till matrisen; varje placering hänvisar till källan du anger</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/canvas.py" line="688"/>
        <source>Save the reference set…</source>
        <translation>Spara referensuppsättningen…</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/follow_up.py" line="39"/>
        <source>Previous workshop ({date})</source>
        <translation>Förra workshoppen ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/follow_up.py" line="65"/>
        <source>New follow-up</source>
        <translation>Ny uppföljning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/follow_up.py" line="70"/>
        <source>A new workshop following up “{title}” ({file}): it starts from the region, the organisation and the strategy as they were left; the last workshop&apos;s answers stay beside as “{name}”, and its actions wait to be reviewed first. The file itself is not changed.</source>
        <translation>En ny workshop som följer upp ”{title}” ({file}): den börjar från regionen, organisationen och strategin som de lämnades; förra workshoppens svar finns kvar bredvid som ”{name}”, och dess åtgärder väntar på att granskas först. Själva filen ändras inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/follow_up.py" line="81"/>
        <source>Bring the participants&apos; names and the notes along</source>
        <translation>Ta med deltagarnas namn och anteckningarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/follow_up.py" line="84"/>
        <source>Off unless you tick it: the participants, the steps&apos; and keys&apos; notes, the sticky notes and the phones&apos; nicknames stay in the last workshop&apos;s file.</source>
        <translation>Av om du inte kryssar i: deltagarna, stegens och nycklarnas anteckningar, lapparna och mobilernas smeknamn stannar i förra workshoppens fil.</translation>
    </message>
</context>
<context>
    <name>GroupMarkers</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="116"/>
        <source>{group} (today)</source>
        <translation>{group} (i dag)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="118"/>
        <source>{group} (ambition)</source>
        <translation>{group} (ambition)</translation>
    </message>
</context>
<context>
    <name>GroupsBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="112"/>
        <source>The groups&apos; markers</source>
        <translation>Gruppernas markörer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="113"/>
        <source>The groups answer for:</source>
        <translation>Grupperna svarar för:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="114"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="115"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="118"/>
        <source>Which of the region&apos;s positions the groups place their markers for; the arrow keys still move the marker chosen above</source>
        <translation>Vilket av regionens lägen grupperna sätter sina markörer för; piltangenterna flyttar fortfarande markören som valts ovan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="122"/>
        <source>Show the groups&apos; markers</source>
        <translation>Visa gruppernas markörer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="123"/>
        <source>Adopt the groups&apos; centre</source>
        <translation>Välj gruppernas mittpunkt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="126"/>
        <source>Add groups on the workshop page ({keys}) and each can place its own marker here.</source>
        <translation>Lägg till grupper på workshopsidan ({keys}), så kan var och en placera sin egen markör här.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="148"/>
        <source>One group has placed its marker for this moment.</source>
        <translation>En grupp har satt sin markör för det här läget.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="150"/>
        <source>No group has placed a marker for this moment yet.</source>
        <translation>Ingen grupp har satt någon markör för det här läget ännu.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="153"/>
        <source>{n} for the ambition</source>
        <translation>{n} för ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="155"/>
        <source>{n} for today</source>
        <translation>{n} för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="157"/>
        <source>Placed for the other moment: {markers}.</source>
        <translation>Satta för det andra läget: {markers}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="174"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="174"/>
        <source>Place</source>
        <translation>Placera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="177"/>
        <source>Remove {group}&apos;s marker</source>
        <translation>Ta bort markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="177"/>
        <source>Place {group}&apos;s marker</source>
        <translation>Placera markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="195"/>
        <source>The app&apos;s rule: {rule}</source>
        <translation>Appens regel: {rule}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="203"/>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="205"/>
        <source>The arrow keys on the map move {group}&apos;s marker</source>
        <translation>Piltangenterna på kartan flyttar markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="207"/>
        <source>Arrow keys move {group}&apos;s marker</source>
        <translation>Piltangenterna flyttar markören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="229"/>
        <source>Adopt</source>
        <translation>Välj</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/groups_panel.py" line="231"/>
        <source>Adopt {group}&apos;s answer</source>
        <translation>Välj svaret från {group}</translation>
    </message>
</context>
<context>
    <name>IdeasBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="132"/>
        <source>{kind} · {n} upvotes</source>
        <translation>{kind} · {n} röster</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="132"/>
        <source>{kind} · {n} upvote</source>
        <translation>{kind} · {n} röst</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="138"/>
        <source>waiting: the room does not see it yet (Enter shows it)</source>
        <translation>väntar: rummet ser den inte än (Retur visar den)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="159"/>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="160"/>
        <source>merged into “{text}”</source>
        <translation>sammanslagen med ”{text}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="161"/>
        <source>made an action</source>
        <translation>blev en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="162"/>
        <source>parked</source>
        <translation>parkerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="205"/>
        <source>Merge an idea into another</source>
        <translation>Slå ihop en idé med en annan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="214"/>
        <source>Make an idea an action</source>
        <translation>Gör en idé till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="217"/>
        <source>Park an idea</source>
        <translation>Parkera en idé</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="219"/>
        <source>Hide an idea</source>
        <translation>Dölj en idé</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="224"/>
        <source>Show an idea to the room</source>
        <translation>Visa en idé för rummet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="226"/>
        <source>Show an idea again</source>
        <translation>Visa en idé igen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="229"/>
        <source>Review the room&apos;s ideas</source>
        <translation>Granska rummets idéer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="229"/>
        <source>Stop reviewing ideas</source>
        <translation>Sluta granska idéerna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="235"/>
        <source>Ideas from the room&apos;s phones (who sent them is not shown)</source>
        <translation>Idéer från deltagarnas mobiler (vem som skickat dem visas inte)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="236"/>
        <source>Show each new idea to the room only when I let it through</source>
        <translation>Visa en ny idé för rummet först när jag släppt fram den</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="239"/>
        <source>A new idea then waits here, and on its own phone, until you show it (Enter): the other phones, the projector and the report see it only then. The ideas the room has seen stay shown.</source>
        <translation>En ny idé väntar då här, och på sin egen mobil, tills du visar den (Retur): först då ser de andra mobilerna, projektorn och rapporten den. Idéerna som rummet redan sett visas som förut.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="244"/>
        <source>Show to the room</source>
        <translation>Visa för rummet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="246"/>
        <source>The chosen idea, waiting, reaches the room&apos;s phones (Enter)</source>
        <translation>Den valda idén, som väntar, når rummets mobiler (Retur)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="250"/>
        <source>No idea yet. Open “Ideas” for the phones: each may send a proposed action or a question for the parking lot, and upvote the others&apos;.</source>
        <translation>Inga idéer ännu. Öppna ”Idéer” för mobilerna: var och en kan skicka ett förslag till åtgärd eller en fråga till parkeringen och rösta upp de andras.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="254"/>
        <source>→ Action</source>
        <translation>→ Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="256"/>
        <source>The chosen idea becomes a proposed action in its words ({keys})</source>
        <translation>Den valda idén blir ett förslag till åtgärd med sina ord ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="260"/>
        <source>→ Parking lot</source>
        <translation>→ Parkering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="261"/>
        <source>The chosen idea becomes a parked question</source>
        <translation>Den valda idén blir en parkerad fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="262"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="265"/>
        <source>The chosen idea leaves the phones, and never shows on the projector or in the report (Delete); it stays here, to be shown again</source>
        <translation>Den valda idén försvinner från mobilerna och visas aldrig på projektorn eller i rapporten (Delete); den finns kvar här och kan visas igen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="269"/>
        <source>Merge into</source>
        <translation>Slå ihop med</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="271"/>
        <source>The chosen idea says what another says: its upvotes count there</source>
        <translation>Den valda idén säger samma sak som en annan: dess röster räknas där</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_ideas.py" line="273"/>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="146"/>
        <source>1. The Wi-Fi: {name}</source>
        <translation>1. Wifi: {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="147"/>
        <source>2. The page</source>
        <translation>2. Sidan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="151"/>
        <source>Not started</source>
        <translation>Inte startad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="156"/>
        <source>{joined} joined · {answered} have answered</source>
        <translation>{joined} anslutna · {answered} har svarat</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="162"/>
        <source>{n} ready</source>
        <translation>{n} klara</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="162"/>
        <source>{n} ready</source>
        <comment>one phone</comment>
        <translation>{n} klar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="167"/>
        <source>Answer on your phone</source>
        <translation>Svara på din mobil</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="168"/>
        <source>Join the room</source>
        <translation>Gå med i workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="171"/>
        <source>Scan the code, or open the address on the room&apos;s network and type the code. Your answers go to this computer only. Esc: close</source>
        <translation>Skanna koden, eller öppna adressen på samma nätverk som den här datorn och skriv koden. Svaren går bara till den här datorn. Esc: stäng</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="83"/>
        <source>The workshop&apos;s journey</source>
        <translation>Workshoppens förlopp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="84"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="85"/>
        <source>Each step as it stood at every snapshot, in the order they were taken, and what changed from one to the next.</source>
        <translation>Varje steg som det stod vid varje ögonblicksbild, i den ordning de togs, och vad som ändrades från den ena till nästa.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="90"/>
        <source>The moments</source>
        <translation>Ögonblicksbilderna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="91"/>
        <source>From “{a}” to “{b}”</source>
        <translation>Från ”{a}” till ”{b}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="92"/>
        <source>Nothing changed in this step.</source>
        <translation>Inget ändrades i det här steget.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="93"/>
        <source>The keys and the conclusions</source>
        <translation>Nycklarna och slutsatserna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="94"/>
        <source>as the workshop is now</source>
        <translation>som workshoppen är nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="95"/>
        <source>The workshop has no snapshot yet: the journey is the state now alone.</source>
        <translation>Workshoppen har ingen ögonblicksbild än: resan är bara nuläget.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="98"/>
        <source>The region&apos;s journey</source>
        <translation>Regionens resa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="99"/>
        <source>The workshops</source>
        <translation>Workshopparna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/journey.py" line="100"/>
        <source>Each step as each of the region&apos;s workshops left it, in the order they were held, and what changed from one to the next. Each workshop is named by its day and its file, the source of all it shows.</source>
        <translation>Varje steg som var och en av regionens workshoppar lämnade det, i den ordning de hölls, och vad som ändrades från den ena till den andra. Varje workshop anges med sin dag och sin fil, källan till allt den visar.</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="41"/>
        <source>The app&apos;s rule: each key&apos;s finding comes from one step ({parts}).</source>
        <translation>Appens regel: varje nyckels fynd hämtas från ett steg ({parts}).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="47"/>
        <source>No finding yet: nothing is placed in step {n}, {name}.</source>
        <translation>Inget att visa ännu: inget är placerat i steg {n}, {name}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="69"/>
        <source>Political model {model}: {words}</source>
        <translation>Politisk modell {model}: {words}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="73"/>
        <source>The deck: {words}</source>
        <translation>Underlaget: {words}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="81"/>
        <source>Administrative model {model}: {words}</source>
        <translation>Förvaltningsmodell {model}: {words}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="99"/>
        <source>The {n} groups ({moment}) agree: all within {far} of their centre</source>
        <translation>De {n} grupperna ({moment}) är överens: alla inom {far} från sin mittpunkt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="103"/>
        <source>The {n} groups ({moment}) differ: up to {far} from their centre</source>
        <translation>De {n} grupperna ({moment}) skiljer sig åt: upp till {far} från sin mittpunkt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="107"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="109"/>
        <source>ambition</source>
        <translation>ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/key_findings.py" line="133"/>
        <source>Questions raised: {questions}</source>
        <translation>Frågor som väcktes: {questions}</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/keys.py" line="26"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
</context>
<context>
    <name>KeysCanvas</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="158"/>
        <source>Score a key</source>
        <translation>Bedöm en nyckel</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="162"/>
        <source>Note on a key</source>
        <translation>Anteckning om en nyckel</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="211"/>
        <source>Weakest: {keys}</source>
        <translation>Svagast: {keys}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="214"/>
        <source>Every scored key has {score} of 5: none is the weakest.</source>
        <translation>Alla bedömda nycklar har {score} av 5: ingen är svagast.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="219"/>
        <source>Score at least two keys to see the weakest.</source>
        <translation>Bedöm minst två nycklar för att se den svagaste.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="236"/>
        <source>The room (phones): {n} score, median {median} ({each})</source>
        <translation>Deltagarnas mobiler: {n} bedömning, median {median} ({each})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="237"/>
        <source>The room (phones): {n} scores, median {median} ({each})</source>
        <translation>Deltagarnas mobiler: {n} bedömningar, median {median} ({each})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="245"/>
        <source>The keys, each with its score and note</source>
        <translation>Nycklarna, var och en med sin bedömning och anteckning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="246"/>
        <source>The keys&apos; scores as a chart</source>
        <translation>Nycklarnas bedömning som diagram</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="250"/>
        <source>Score for {key}</source>
        <translation>Poäng för {key}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="251"/>
        <source>Note on {key}</source>
        <translation>Anteckning om {key}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="253"/>
        <source>Keys to the work with regional development</source>
        <translation>Nycklar i regionernas arbete med regional utveckling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="256"/>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="262"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="264"/>
        <source>1 weak … 5 strong; – not scored</source>
        <translation>1 svag … 5 stark; – inte bedömd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="265"/>
        <source>The room&apos;s note on this key</source>
        <translation>Anteckning om nyckeln</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="266"/>
        <source>Score (1–5)</source>
        <translation>Bedömning (1–5)</translation>
    </message>
</context>
<context>
    <name>KeysChart</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="63"/>
        <source>weakest</source>
        <translation>svagast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/keys.py" line="64"/>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
</context>
<context>
    <name>LandscapePage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/landscape_page.py" line="112"/>
        <source>A landscape in change</source>
        <translation>Regional utveckling i ständig förändring</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/landscape_page.py" line="121"/>
        <source>What the deck is for:</source>
        <translation>Vad underlaget handlar om:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/landscape_page.py" line="122"/>
        <source>Written for:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/landscape_page.py" line="123"/>
        <source>What the deck expects:</source>
        <translation>Underlagets förväntningar:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/landscape_page.py" line="128"/>
        <location filename="../../src/regionroll_desktop/app/landscape_page.py" line="129"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="215"/>
        <source>A workshop holds at most {n} groups.</source>
        <translation>En workshop rymmer högst {n} grupper.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="216"/>
        <source>The political organisation holds at most {n} bodies.</source>
        <translation>Den politiska organisationen rymmer högst {n} organ.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="219"/>
        <source>The administrative organisation holds at most {n} bodies.</source>
        <translation>Förvaltningsorganisationen rymmer högst {n} organ.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="222"/>
        <source>The pyramid holds at most {n} documents.</source>
        <translation>Pyramiden rymmer högst {n} dokument.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="223"/>
        <source>The pyramid holds at most {n} links.</source>
        <translation>Pyramiden rymmer högst {n} kopplingar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="224"/>
        <source>The RUS focus holds at most {n} priorities.</source>
        <translation>RUS:ens fokus rymmer högst {n} prioriteringar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="225"/>
        <source>A workshop holds at most {n} actions.</source>
        <translation>En workshop rymmer högst {n} åtgärder.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="226"/>
        <source>The parking lot holds at most {n} questions.</source>
        <translation>Parkeringen rymmer högst {n} frågor.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="227"/>
        <source>A workshop holds at most {n} snapshots; delete one to take another.</source>
        <translation>En workshop rymmer högst {n} ögonblicksbilder; ta bort en för att ta en ny.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="230"/>
        <source>The canvases hold at most {n} sticky notes together.</source>
        <translation>Arbetsytorna rymmer högst {n} lappar tillsammans.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="233"/>
        <source>A workshop holds at most {n} questions of your own; remove one first.</source>
        <translation>En workshop rymmer högst {n} egna frågor; ta bort en först.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="236"/>
        <source>The snapshots keep at most {n} of the room&apos;s answers together; delete an older snapshot to take another.</source>
        <translation>Ögonblicksbilderna rymmer högst {n} av deltagarnas svar tillsammans; ta bort en äldre ögonblicksbild för att ta en ny.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="241"/>
        <source>The snapshots may take at most {n} MB of the file together, so that the workshop can always be saved; delete an older snapshot to take another.</source>
        <translation>Ögonblicksbilderna får ta högst {n} MB av filen tillsammans, så att workshoppen alltid kan sparas; ta bort en äldre ögonblicksbild för att ta en ny.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/widgets.py" line="210"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Ångra {action}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/widgets.py" line="213"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/widgets.py" line="216"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Gör om {action}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/widgets.py" line="219"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="343"/>
        <source>The presentation is on {screen}; this window keeps the editor.</source>
        <translation>Presentationen visas på {screen}; det här fönstret behåller redigeringen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="389"/>
        <source>(read-only)</source>
        <translation>(skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="401"/>
        <source>your reference placements</source>
        <translation>dina referensplaceringar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="477"/>
        <source>The example is an invented region; save it under a name of your own.</source>
        <translation>Exemplet är en påhittad region; spara det under ett eget namn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="483"/>
        <source>Could not open {name}</source>
        <translation>Kunde inte öppna {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/recent_menu.py" line="23"/>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="373"/>
        <source>Open a step to time it ({keys}…4).</source>
        <translation>Öppna ett steg för att ta tid på det ({keys}…4).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="560"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="561"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="562"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="563"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="564"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="565"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="566"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="567"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="568"/>
        <source>New &amp;follow-up…</source>
        <translation>Ny &amp;uppföljning…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="571"/>
        <source>A new workshop that starts from a previous one: its region, organisation and strategy as they were left, its answers beside, its actions to review</source>
        <translation>En ny workshop som börjar från en tidigare: dess region, organisation och strategi som de lämnades, dess svar bredvid, dess åtgärder att granska</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="575"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="576"/>
        <source>Save &amp;as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="577"/>
        <source>&amp;Export pictures and report…</source>
        <translation>&amp;Exportera bilder och rapport…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="578"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="580"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="581"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="582"/>
        <source>Next area (pages, drawing, tools, note)</source>
        <translation>Nästa område (sidor, rityta, verktyg, anteckning)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="583"/>
        <source>Previous area</source>
        <translation>Föregående område</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="584"/>
        <source>&amp;About RegionRoll</source>
        <translation>&amp;Om RegionRoll</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="585"/>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projektorläge</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="587"/>
        <source>The current step as a presentation; on a second screen if there is one</source>
        <translation>Det aktuella steget som presentation; på en andra skärm om det finns en</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="589"/>
        <source>Start or pause the step&apos;s &amp;timer</source>
        <translation>Starta eller pausa stegets &amp;timer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="590"/>
        <source>&amp;Show sticky notes</source>
        <translation>Visa &amp;lappar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="593"/>
        <source>The sticky notes on the canvases, or the drawing under them (the projector shows them, numbered when they are many)</source>
        <translation>Lapparna på ytorna, eller det som är ritat under dem (projektorn visar dem, numrerade när de är många)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/main_window.py" line="597"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
</context>
<context>
    <name>NationalBuild</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="33"/>
        <source>Folder with the regions&apos; workshop files</source>
        <translation>Mapp med regionernas workshopfiler</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="39"/>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="43"/>
        <source>Reference regions from workshops</source>
        <translation>Referensregioner från workshoppar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="48"/>
        <source>No workshop file in {folder} could be used.</source>
        <translation>Ingen workshopfil i {folder} kunde användas.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="58"/>
        <source>{regions} regions from {used} workshop files are now the reference regions; {skipped} files were skipped.</source>
        <translation>{regions} regioner från {used} workshopfiler är nu referensregionerna; {skipped} filer hoppades över.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="70"/>
        <source>Reference regions from &amp;workshops…</source>
        <translation>Referensregioner från &amp;workshoppar…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_build.py" line="73"/>
        <source>Build reference regions from a folder of the regions&apos; own workshop files: each region&apos;s latest workshop gives its positions, models, roles and keys</source>
        <translation>Bygg referensregioner från en mapp med regionernas egna workshopfiler: varje regions senaste workshop ger dess lägen, modeller, roller och nycklar</translation>
    </message>
</context>
<context>
    <name>NationalFigure</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="79"/>
        <source>This workshop</source>
        <translation>Den här workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="138"/>
        <source>Not placed: {names}.</source>
        <translation>Inte placerade: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="146"/>
        <source>Not placed: {n} of {total} regions (named in the app&apos;s table).</source>
        <translation>Inte placerade: {n} av {total} regioner (namngivna i appens tabell).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="152"/>
        <source>● today  → the ambition  ○ earlier workshops  ·  each region&apos;s facts: its latest workshop (its source and date in the table)</source>
        <translation>● i dag  → ambitionen  ○ tidigare workshoppar  ·  varje regions uppgifter: dess senaste workshop (källa och datum i tabellen)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="158"/>
        <source>● today  → the ambition  ○ earlier workshops  ·  highlighted: this workshop  ·  reference regions: {set} (each region&apos;s source in the app&apos;s table)</source>
        <translation>● i dag  → ambitionen  ○ tidigare workshoppar  ·  framhävd: den här workshoppen  ·  referensregioner: {set} (varje regions källa i appens tabell)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="164"/>
        <source>● today  → the ambition  ○ earlier workshops  ·  highlighted: this workshop  ·  reference regions: {set} (each region&apos;s facts: its source, listed in the table)</source>
        <translation>● i dag  → ambitionen  ○ tidigare workshoppar  ·  framhävd: den här workshoppen  ·  referensregioner: {set} (varje regions uppgifter: dess källa, i tabellen)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="174"/>
        <source>The capital matrix</source>
        <translation>Kapitalmatrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="175"/>
        <source>The four roles</source>
        <translation>De fyra rollerna</translation>
    </message>
</context>
<context>
    <name>NationalPage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_page.py" line="91"/>
        <source>this workshop</source>
        <translation>den här workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_page.py" line="118"/>
        <source>Reference regions: {set}. Each region&apos;s facts come from the source its row names; a region not placed is named under the map, never guessed. Build them from the regions&apos; own workshops with File ▸ Reference regions from workshops…</source>
        <translation>Referensregioner: {set}. Varje regions uppgifter kommer från källan som dess rad anger; en region som inte är placerad nämns under kartan och gissas aldrig. Bygg dem från regionernas egna workshoppar med Arkiv ▸ Referensregioner från workshoppar…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_page.py" line="147"/>
        <location filename="../../src/regionroll_desktop/app/national_page.py" line="148"/>
        <source>The regions side by side</source>
        <translation>Regionerna sida vid sida</translation>
    </message>
</context>
<context>
    <name>NationalReport</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="135"/>
        <source>Write the national report into folder</source>
        <translation>Skriv den nationella rapporten till mappen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="150"/>
        <source>National &amp;report…</source>
        <translation>Nationell &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="153"/>
        <source>The national picture from the regions&apos; own workshops as a PDF, by name or anonymised</source>
        <translation>Den nationella bilden från regionernas egna workshoppar som PDF, med namn eller anonymiserad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="65"/>
        <source>The regions and the development work</source>
        <translation>Regionerna och utvecklingsarbetet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="68"/>
        <source>The national picture from the regions&apos; own workshops</source>
        <translation>Den nationella bilden från regionernas egna workshoppar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="71"/>
        <source>The national picture (anonymised)</source>
        <translation>Den nationella bilden (anonymiserad)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="74"/>
        <source>Built from the reference set “{name}”.</source>
        <translation>Byggd från referensmängden ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="77"/>
        <source>Anonymised: the regions are named Region A, B, C … in a shuffled order; no workshop&apos;s title, file or facilitator, no strategy&apos;s name and no region without a workshop is named.</source>
        <translation>Anonymiserad: regionerna heter Region A, B, C … i blandad ordning; ingen workshops titel, fil eller processledare, ingen strategis namn och ingen region utan workshop namnges.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="83"/>
        <source>{n} of the {total} regions have held a workshop: {count} workshops, from {first} to {last}.</source>
        <translation>{n} av de {total} regionerna har hållit en workshop: {count} workshoppar, från {first} till {last}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="88"/>
        <source>{n} of the {total} regions have held a workshop: {count} workshops.</source>
        <translation>{n} av de {total} regionerna har hållit en workshop: {count} workshoppar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="91"/>
        <source>1 of the {total} regions has held a workshop, on {first}.</source>
        <translation>1 av de {total} regionerna har hållit en workshop, den {first}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="94"/>
        <source>1 of the {total} regions has held a workshop.</source>
        <translation>1 av de {total} regionerna har hållit en workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="97"/>
        <source>No region&apos;s workshop is in the set: the figures are empty. Build a set from the regions&apos; workshop files first (regionroll reference build).</source>
        <translation>Ingen regions workshop finns i mängden: figurerna är tomma. Bygg först en mängd från regionernas workshopfiler (regionroll reference build).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="102"/>
        <source>Without a workshop: {names}.</source>
        <translation>Utan workshop: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="103"/>
        <source>{n} regions have held no workshop (not named: anonymised).</source>
        <translation>{n} regioner har inte hållit någon workshop (namnges inte: anonymiserad).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="106"/>
        <source>{n} region has held no workshop (not named: anonymised).</source>
        <translation>{n} region har inte hållit någon workshop (namnges inte: anonymiserad).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="109"/>
        <source>Every region has held a workshop.</source>
        <translation>Alla regioner har hållit en workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="112"/>
        <source>The app&apos;s rule: each region&apos;s facts come from its latest workshop (its source and date in the tables); what a workshop did not say is “not known”, never guessed.</source>
        <translation>Appens regel: varje regions uppgifter kommer från dess senaste workshop (källa och datum i tabellerna); det en workshop inte sa står som ”okänd”, aldrig gissat.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="118"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="119"/>
        <source>model 0: {zero}, model 1: {one}, model 2+: {more}</source>
        <translation>modell 0: {zero}, modell 1: {one}, modell 2+: {more}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="122"/>
        <source>not known: {n}</source>
        <translation>okänd: {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="123"/>
        <source>Political organisation (the workshops): {counts}.</source>
        <translation>Politisk organisation (workshopparna): {counts}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="126"/>
        <source>Administration (the workshops): {counts}; the deck (2019): {deck}.</source>
        <translation>Förvaltning (workshopparna): {counts}; underlaget (2019): {deck}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="129"/>
        <source>On the capital matrix, regions placed today: {today}; with an ambition: {ambition}.</source>
        <translation>På kapitalmatrisen, regioner placerade i dag: {today}; med en ambition: {ambition}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="133"/>
        <source>The RUS&apos;s focus sorted by {n} regions.</source>
        <translation>RUS:ens fokus sorterat av {n} regioner.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="136"/>
        <source>The RUS&apos;s focus sorted by {n} region.</source>
        <translation>RUS:ens fokus sorterat av {n} region.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="139"/>
        <source>Main role today: {today}. As ambition: {ambition}.</source>
        <translation>Huvudroll i dag: {today}. Som ambition: {ambition}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="142"/>
        <source>The keys scored by {n} regions (1 = weak … 5 = strong).</source>
        <translation>Nycklarna betygsatta av {n} regioner (1 = svag … 5 = stark).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="145"/>
        <source>The keys scored by {n} region (1 = weak … 5 = strong).</source>
        <translation>Nycklarna betygsatta av {n} region (1 = svag … 5 = stark).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="148"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="149"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="150"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="151"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="152"/>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="153"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="154"/>
        <source>not known</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="155"/>
        <source>Political organisation, the workshops</source>
        <translation>Politisk organisation, workshopparna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="158"/>
        <source>Administration, the workshops</source>
        <translation>Förvaltning, workshopparna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="161"/>
        <source>Administration, the deck (2019)</source>
        <translation>Förvaltning, underlaget (2019)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="164"/>
        <source>The deck&apos;s classification of all 21 regions, counted (anonymised: not per region).</source>
        <translation>Underlagets indelning av alla 21 regioner, räknad (anonymiserad: inte per region).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="168"/>
        <source>{n} regions</source>
        <translation>{n} regioner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="169"/>
        <source>{n} region</source>
        <translation>{n} region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="170"/>
        <source>Not known: {names}.</source>
        <translation>Okänd: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="171"/>
        <source>Model {model}</source>
        <translation>Modell {model}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="172"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="173"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="177"/>
        <source>not sorted</source>
        <translation>osorterade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="178"/>
        <source>The RUS&apos;s focus (the workshops)</source>
        <translation>RUS:ens fokus (workshopparna)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="179"/>
        <source>The strategies in force in 2019</source>
        <translation>Strategierna som gällde 2019</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="182"/>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="183"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="184"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="185"/>
        <source>Anonymised: the strategies&apos; names would name the regions.</source>
        <translation>Anonymiserad: strategiernas namn skulle namnge regionerna.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="188"/>
        <source>Main role today</source>
        <translation>Huvudroll i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="189"/>
        <source>Left: where each region&apos;s latest workshop placed its development capital today (○ its earlier workshops, joined to it); right: its ambition. Each region&apos;s source and date in the table.</source>
        <translation>Vänster: var varje regions senaste workshop placerade dess utvecklingskapital i dag (○ dess tidigare workshoppar, förenade med det); höger: dess ambition. Varje regions källa och datum i tabellen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="195"/>
        <source>Left: where each region&apos;s latest workshop placed its roles today (○ its earlier workshops, joined to it); right: its ambition. Each region&apos;s source and date in the table.</source>
        <translation>Vänster: var varje regions senaste workshop placerade dess roller i dag (○ dess tidigare workshoppar, förenade med dem); höger: dess ambition. Varje regions källa och datum i tabellen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="201"/>
        <source>Main role, ambition</source>
        <translation>Huvudroll, ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="202"/>
        <source>none (a tie)</source>
        <translation>ingen (lika vikt)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="203"/>
        <source>The app&apos;s rule: where two or more roles weigh the same, the region has no main role (“none”); a tie is never broken by the deck&apos;s order.</source>
        <translation>Appens regel: där två eller flera roller väger lika har regionen ingen huvudroll (”ingen”); lika bryts aldrig av underlagets ordning.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="208"/>
        <source>The keys</source>
        <translation>Nycklarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="209"/>
        <source>no score</source>
        <translation>inget betyg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="210"/>
        <source>Score {n}</source>
        <translation>Betyg {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="211"/>
        <source>How many regions gave each key each score; a disc&apos;s area is its count&apos;s share of the largest.</source>
        <translation>Hur många regioner som gav varje nyckel varje betyg; en skivas yta är dess antals andel av det största.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="216"/>
        <source>The series of workshops</source>
        <translation>Serien av workshoppar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="217"/>
        <source>Each region&apos;s workshops on the day they were held: its latest filled, the earlier ones as rings.</source>
        <translation>Varje regions workshoppar den dag de hölls: den senaste fylld, de tidigare som ringar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="222"/>
        <source>Not dated: {names}.</source>
        <translation>Utan datum: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="223"/>
        <source>What changed between a region&apos;s workshops</source>
        <translation>Vad som ändrades mellan en regions workshoppar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="226"/>
        <source>No region has held more than one workshop.</source>
        <translation>Ingen region har hållit mer än en workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="229"/>
        <source>nothing the set compares changed</source>
        <translation>inget som mängden jämför ändrades</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="232"/>
        <source>{a} → {b}</source>
        <translation>{a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="233"/>
        <source>political model {a} → {b}</source>
        <translation>politisk modell {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="236"/>
        <source>administration&apos;s model {a} → {b}</source>
        <translation>förvaltningens modell {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="239"/>
        <source>today on the matrix {a} → {b}</source>
        <translation>i dag på matrisen {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="242"/>
        <source>the ambition on the matrix {a} → {b}</source>
        <translation>ambitionen på matrisen {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="245"/>
        <source>main role today {a} → {b}</source>
        <translation>huvudroll i dag {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="248"/>
        <source>main role as ambition {a} → {b}</source>
        <translation>huvudroll som ambition {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="251"/>
        <source>The app&apos;s rule: compared are the models, the places on the matrix (moved {moved} or more on an axis) and the main roles; a fact one of the two workshops did not give is not compared.</source>
        <translation>Appens regel: jämförda är modellerna, lägena på matrisen (flyttade {moved} eller mer på en axel) och huvudrollerna; en uppgift som någon av de två workshopparna inte gav jämförs inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="257"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="258"/>
        <source>The regions&apos; workshops</source>
        <translation>Regionernas workshoppar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="259"/>
        <source>Each workshop the report is built from is listed in “The series of workshops”, with its title, date, facilitator, format and file.</source>
        <translation>Varje workshop som rapporten bygger på finns i ”Serien av workshoppar”, med titel, datum, processledare, format och fil.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="264"/>
        <source>Each workshop the report is built from is listed in “The series of workshops”, numbered in the order held, with its date and format.</source>
        <translation>Varje workshop som rapporten bygger på finns i ”Serien av workshoppar”, numrerad i den ordning de hölls, med datum och format.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="269"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="270"/>
        <source>Page {n} of {total}</source>
        <translation>Sida {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/national_report.py" line="271"/>
        <source>National report</source>
        <translation>Nationell rapport</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="44"/>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="111"/>
        <source>National report</source>
        <translation>Nationell rapport</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="48"/>
        <source>Choose a reference set file…</source>
        <translation>Välj en referensfil…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="50"/>
        <source>A set built from the regions&apos; workshop files (regionroll reference build)</source>
        <translation>En mängd byggd från regionernas workshopfiler (regionroll reference build)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="54"/>
        <source>Anonymise: the regions as Region A, B, C … in a shuffled order</source>
        <translation>Anonymisera: regionerna som Region A, B, C … i blandad ordning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="59"/>
        <source>For a network that shares results without naming anyone: no region, file, title, facilitator or strategy is named in the report</source>
        <translation>För ett nätverk som delar resultat utan att namnge någon: ingen region, fil, titel, processledare eller strategi namnges i rapporten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="66"/>
        <source>Write report…</source>
        <translation>Skriv rapporten…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="75"/>
        <source>The national picture from the regions&apos; own workshops as a PDF: per question every region with a workshop beside the deck&apos;s 2019 facts, the series of workshops, and the regions without one.</source>
        <translation>Den nationella bilden från regionernas egna workshoppar som PDF: per fråga varje region med en workshop bredvid underlagets uppgifter från 2019, serien av workshoppar och regionerna utan.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="93"/>
        <source>From “{name}”: {n} region with a workshop.</source>
        <translation>Från ”{name}”: {n} region med en workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="94"/>
        <source>From “{name}”: {n} regions with a workshop.</source>
        <translation>Från ”{name}”: {n} regioner med en workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/national_report.py" line="98"/>
        <source>Build the reference regions from the workshop files first (File ▸ Reference regions from workshops…), or choose a set file.</source>
        <translation>Bygg först referensregionerna från workshopfilerna (Arkiv ▸ Referensregioner från workshoppar…), eller välj en referensfil.</translation>
    </message>
</context>
<context>
    <name>NationalTable</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="210"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="211"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="212"/>
        <source>Political model</source>
        <translation>Politisk modell</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="213"/>
        <source>Administrative model</source>
        <translation>Förvaltningsmodell</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="214"/>
        <source>Main role today</source>
        <translation>Huvudroll i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="215"/>
        <source>Main role, ambition</source>
        <translation>Huvudroll, ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="216"/>
        <source>Weakest keys</source>
        <translation>Svagaste nycklar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="217"/>
        <source>Strategy in force 2019</source>
        <translation>Gällande strategi 2019</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="246"/>
        <source>all equal ({score})</source>
        <translation>alla lika ({score})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="280"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/national.py" line="299"/>
        <source>this workshop</source>
        <translation>den här workshoppen</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="278"/>
        <source>pinned to {item}</source>
        <translation>fäst vid {item}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="280"/>
        <source>lies by itself</source>
        <translation>ligger fritt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="282"/>
        <source>Note: {text}</source>
        <translation>Lapp: {text}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="288"/>
        <source>Drag it onto an item to pin it there; double-click or F2 to write.</source>
        <translation>Dra den till en sak för att fästa den där; dubbelklicka eller tryck F2 för att skriva.</translation>
    </message>
</context>
<context>
    <name>NoteLayer</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="213"/>
        <source>Notes: a new note on the canvas</source>
        <translation>Lappar: en ny lapp på ytan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="215"/>
        <source>Notes: write on the chosen note</source>
        <translation>Lappar: skriv på den valda lappen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="216"/>
        <source>F2, Enter, double-click or just typing</source>
        <translation>F2, Enter, dubbelklick eller bara skriva</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="219"/>
        <source>Notes: move the chosen note (when not pinned)</source>
        <translation>Lappar: flytta den valda lappen (när den inte är fäst)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="222"/>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="225"/>
        <source>Notes: pin to an item</source>
        <translation>Lappar: fäst vid en sak</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="226"/>
        <source>Drag onto it, or Menu ▸ Pin to</source>
        <translation>Dra dit, eller Meny ▸ Fäst vid</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="228"/>
        <source>Notes: take the chosen note down</source>
        <translation>Lappar: ta ned den valda lappen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="553"/>
        <source>+ Note</source>
        <translation>+ Lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="557"/>
        <source>A sticky note on this canvas ({keys}); drag it onto an item to pin it.</source>
        <translation>En lapp på den här ytan ({keys}); dra den till en sak för att fästa den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="560"/>
        <source>New sticky note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="599"/>
        <source>1 note hidden: View ▸ Show sticky notes ({keys}).</source>
        <translation>1 lapp dold: Visa ▸ Visa lappar ({keys}).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="601"/>
        <source>{n} notes hidden: View ▸ Show sticky notes ({keys}).</source>
        <translation>{n} lappar dolda: Visa ▸ Visa lappar ({keys}).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="876"/>
        <source>Put up a note</source>
        <translation>Sätt upp en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="881"/>
        <source>Write the note, then Enter</source>
        <translation>Skriv lappen, sedan Enter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="913"/>
        <source>Rewrite a note</source>
        <translation>Skriv om en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="929"/>
        <source>Take a note down</source>
        <translation>Ta ned en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="932"/>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="945"/>
        <source>Pin a note</source>
        <translation>Fäst en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="932"/>
        <source>Unpin a note</source>
        <translation>Lossa en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="937"/>
        <source>Colour a note</source>
        <translation>Färglägg en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="945"/>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="961"/>
        <source>Move a note</source>
        <translation>Flytta en lapp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="956"/>
        <source>The note is pinned: unpin it to move it.</source>
        <translation>Lappen är fäst: lossa den för att flytta den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="975"/>
        <source>Write…</source>
        <translation>Skriv…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="978"/>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="979"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="986"/>
        <source>Pin to</source>
        <translation>Fäst vid</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="993"/>
        <source>Unpin</source>
        <translation>Lossa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/sticky_notes.py" line="996"/>
        <source>Take down</source>
        <translation>Ta ned</translation>
    </message>
</context>
<context>
    <name>NumbersBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="123"/>
        <source>Change the region&apos;s numbers</source>
        <translation>Ändra regionens siffror</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="150"/>
        <source>Place today at the numbers&apos; suggestion</source>
        <translation>Placera i dag enligt siffrornas förslag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="186"/>
        <source>The region&apos;s own numbers (optional)</source>
        <translation>Regionens egna siffror (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="189"/>
        <source>The development capital of one year, as the region&apos;s own budget or annual report gives it; leave what you do not know empty. Nothing is guessed.</source>
        <translation>Utvecklingskapitalet för ett år, så som regionens budget eller årsredovisning anger det; lämna tomt det ni inte vet. Inget gissas.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="194"/>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="195"/>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="196"/>
        <source>The state&apos;s 1:1-anslag:</source>
        <translation>Statliga 1:1-anslaget:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="197"/>
        <source>Own funds for regional development:</source>
        <translation>Egna medel för regional utveckling:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="198"/>
        <source>EU&apos;s and other external funds:</source>
        <translation>EU-medel och andra externa medel:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="199"/>
        <source>Handed out through utlysningar:</source>
        <translation>Fördelas via utlysningar:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="203"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="209"/>
        <source>MSEK</source>
        <translation>mnkr</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="210"/>
        <source>e.g. the region&apos;s annual report 2025</source>
        <translation>t.ex. regionens årsredovisning 2025</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="211"/>
        <source>Place today&apos;s marker there</source>
        <translation>Flytta dagens markör dit</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/financing/numbers.py" line="212"/>
        <source>Moves today&apos;s marker to the suggested place (one undo step)</source>
        <translation>Flyttar dagens markör till den föreslagna platsen (ett ångra-steg)</translation>
    </message>
</context>
<context>
    <name>OnePage</name>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="43"/>
        <source>The workshop on one page</source>
        <translation>Workshoppen på en sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="44"/>
        <source>agreed</source>
        <translation>överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="45"/>
        <source>proposal</source>
        <translation>förslag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="46"/>
        <source>The room&apos;s conclusions</source>
        <translation>Deltagarnas slutsatser</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="47"/>
        <source>No conclusions were written.</source>
        <translation>Inga slutsatser skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="48"/>
        <source>What the ambition means for us</source>
        <translation>Vad ambitionen betyder för oss</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="49"/>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/small_figures.py" line="33"/>
        <source>not known yet</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="50"/>
        <source>+ {n} more actions in the report</source>
        <translation>+ {n} åtgärder till i rapporten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/onepage.py" line="51"/>
        <source>The app&apos;s rule: a text too long for its place on this page ends with “…”; the report holds it whole.</source>
        <translation>Appens regel: en text som inte ryms på sin plats på den här sidan slutar med ”…” – rapporten återger den i sin helhet.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/small_figures.py" line="34"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/small_figures.py" line="35"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/small_figures.py" line="99"/>
        <source>1 document</source>
        <translation>1 dokument</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/small_figures.py" line="100"/>
        <source>{n} documents</source>
        <translation>{n} dokument</translation>
    </message>
</context>
<context>
    <name>OrganisationCanvas</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="333"/>
        <source>Organisation: choose a branch</source>
        <translation>Organisation: välj en gren</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="333"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="335"/>
        <source>Organisation: move the selected branch to the next body</source>
        <translation>Organisation: flytta den markerade grenen till nästa organ</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="336"/>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="338"/>
        <source>Organisation: the “Move to” menu</source>
        <translation>Organisation: menyn ”Flytta till”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="338"/>
        <source>Enter, Space or Menu</source>
        <translation>Retur, blanksteg eller menytangenten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="367"/>
        <source>Mark {branch} outside the remit</source>
        <translation>Markera {branch} som utanför uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="377"/>
        <source>Bring {branch} into the remit</source>
        <translation>Ta in {branch} i uppdraget</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="384"/>
        <source>Return {branch} to the tray</source>
        <translation>Lägg tillbaka {branch} bland ej placerade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="384"/>
        <source>Move {branch}</source>
        <translation>Flytta {branch}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="395"/>
        <source>Nämnd {n}</source>
        <translation>Nämnd {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="399"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="623"/>
        <source>Add a nämnd</source>
        <translation>Lägg till en nämnd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="409"/>
        <source>Regionstyrelsens förvaltning</source>
        <translation>Regionstyrelsens förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="411"/>
        <source>Förvaltning {n}</source>
        <translation>Förvaltning {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="415"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="625"/>
        <source>Add a förvaltning</source>
        <translation>Lägg till en förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="488"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="488"/>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="447"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="491"/>
        <source>Rename {old}</source>
        <translation>Byt namn på {old}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="325"/>
        <source>{lane} – holding no branch: {names}</source>
        <translation>{lane} – utan gren: {names}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="467"/>
        <source>Which kind of nämnd? The deck&apos;s model counts the first two (↑ ↓)</source>
        <translation>Vilket slags nämnd? Underlagets modell räknar de två första (↑ ↓)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="476"/>
        <source>Which kind of förvaltning? The deck&apos;s model counts the first (↑ ↓)</source>
        <translation>Vilket slags förvaltning? Underlagets modell räknar den första (↑ ↓)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="503"/>
        <source>Back to the tray</source>
        <translation>Tillbaka till ej placerade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="506"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="518"/>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="509"/>
        <source>{name} holds {n} branch. Where should it go?</source>
        <translation>{name} har {n} gren. Vart ska den flyttas?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="510"/>
        <source>{name} holds {n} branches. Where should they go?</source>
        <translation>{name} har {n} grenar. Vart ska de flyttas?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="527"/>
        <source>Change municipal involvement</source>
        <translation>Ändra kommunernas medverkan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="535"/>
        <source>Tie the councils to a body</source>
        <translation>Koppla råden till ett organ</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="540"/>
        <source>Change the kind of nämnd</source>
        <translation>Ändra typ av nämnd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="547"/>
        <source>A nämnd for regional development</source>
        <translation>En nämnd för regional utveckling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="549"/>
        <source>A nämnd for regional development shared with health care (HSV)</source>
        <translation>En nämnd för regional utveckling gemensam med hälso- och sjukvården (HSV)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="551"/>
        <source>Another sector&apos;s nämnd (culture, transport …)</source>
        <translation>En annan sektors nämnd (kultur, trafik …)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="557"/>
        <source>Start from model {model}</source>
        <translation>Utgå från modell {model}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="571"/>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="584"/>
        <source>Back within the remit (to the trays)</source>
        <translation>Tillbaka inom uppdraget (till ej placerade)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="589"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="52"/>
        <source>Outside the region&apos;s remit</source>
        <translation>Utanför regionens uppdrag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="598"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="599"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="604"/>
        <source>Kind of nämnd</source>
        <translation>Typ av nämnd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="639"/>
        <source>A dedicated förvaltning for regional development</source>
        <translation>En särskild förvaltning för regional utveckling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="642"/>
        <source>Another sector&apos;s förvaltning (culture, transport …)</source>
        <translation>En annan sektors förvaltning (kultur, trafik …)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="645"/>
        <source>A general administration (e.g. the regional board&apos;s)</source>
        <translation>En allmän förvaltning (t.ex. regionstyrelsens)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="652"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="24"/>
        <source>Political organisation</source>
        <translation>Politisk organisation</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="658"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="25"/>
        <source>Administrative organisation</source>
        <translation>Förvaltningsorganisation</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="35"/>
        <source>Not placed</source>
        <translation>Inte placerade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="36"/>
        <source>drag into a body</source>
        <translation>dra till ett organ</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="37"/>
        <source>always there</source>
        <translation>finns alltid</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="38"/>
        <source>nämnd for regional development</source>
        <translation>nämnd för regional utveckling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="41"/>
        <source>nämnd shared with HSV</source>
        <translation>nämnd gemensam med HSV</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="42"/>
        <source>another sector&apos;s nämnd</source>
        <translation>annan sektors nämnd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="46"/>
        <source>förvaltning for regional development</source>
        <translation>förvaltning för regional utveckling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="49"/>
        <source>another sector&apos;s förvaltning</source>
        <translation>annan sektors förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="789"/>
        <source>The app&apos;s rule: the political model counts the nämnder for regional development (own or shared with HSV) that hold branches; Regionstyrelsen and other sectors&apos; nämnder are not counted. The administrative model counts the förvaltningar that hold branches (the general administration is not counted).</source>
        <translation>Appens regel: den politiska modellen räknar de nämnder för regional utveckling (egna eller gemensamma med HSV) som har grenar; Regionstyrelsen och andra sektorers nämnder räknas inte. Förvaltningsmodellen räknar de förvaltningar som har grenar (den allmänna förvaltningen räknas inte).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="45"/>
        <source>general administration</source>
        <translation>allmän förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="277"/>
        <source>{branch}, in {body}</source>
        <translation>{branch}, i {body}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="340"/>
        <source>Organisation: rename a body in place (the last one named)</source>
        <translation>Organisation: byt namn på ett organ direkt på det (det senast namngivna)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="341"/>
        <source>Double-click, or F2</source>
        <translation>Dubbelklicka, eller F2</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="343"/>
        <source>Organisation: after naming a body, the next in its lane</source>
        <translation>Organisation: efter att ha namngett ett organ, nästa i samma organisation</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="343"/>
        <source>Enter</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="345"/>
        <source>Organisation, typing a body&apos;s name: keep it and open the next</source>
        <translation>Organisation, medan ett organs namn skrivs: behåll det och öppna nästa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="346"/>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="616"/>
        <source>Kind of förvaltning</source>
        <translation>Slags förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="631"/>
        <source>Change the kind of förvaltning</source>
        <translation>Ändra slags förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="53"/>
        <source>branches the region does not hold</source>
        <translation>grenar som regionen inte har</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="680"/>
        <source>Drag into a body; arrow keys move it; Enter or right-click for a menu</source>
        <translation>Dra till ett organ; piltangenterna flyttar grenen; Retur eller högerklick öppnar en meny</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="692"/>
        <source>not said</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="707"/>
        <source>Drag each branch into a body in both organisations. Double-click a body to rename it; right-click for more. From the keyboard, F6 reaches the drawing and Tab walks the branches.</source>
        <translation>Dra varje gren till ett organ i båda organisationerna. Dubbelklicka på ett organ för att byta namn; högerklicka för mer. Med tangentbordet når F6 ritytan och Tabb går mellan grenarna.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="714"/>
        <source>Nothing is placed yet. “Start from…” lays out one of the deck&apos;s models to adjust, or drag the branches yourself.</source>
        <translation>Inget är placerat än. ”Utgå från…” lägger ut en av underlagets modeller att justera, eller dra grenarna själv.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="725"/>
        <source>not decided yet: place the branches</source>
        <translation>inte bestämd ännu: placera grenarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="731"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="740"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="766"/>
        <source>The deck (2019): {region} had administrative model {model} – has anything changed?</source>
        <translation>Underlaget (2019): {region} hade förvaltningsmodell {model} – har något ändrats?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="770"/>
        <source>according to the workshop {date}: {model}</source>
        <translation>enligt workshoppen {date}: {model}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="775"/>
        <source>{region}&apos;s administrative model: {deck} in 2019 according to the deck · {workshop} – has anything changed?</source>
        <translation>Förvaltningsmodell för {region}: 2019 enligt underlaget: {deck} · {workshop} – har något ändrats?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="778"/>
        <source>{region}&apos;s administrative model {workshop}.</source>
        <translation>Förvaltningsmodell för {region} {workshop}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="799"/>
        <source>Administrative models of the {n} reference regions: {counts}.</source>
        <translation>Förvaltningsmodeller bland de {n} referensregionerna: {counts}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="804"/>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="824"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="806"/>
        <source>Same administrative model ({model}): {names}.</source>
        <translation>Samma förvaltningsmodell ({model}): {names}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="813"/>
        <source>Political models: not known for any reference region (the deck names none).</source>
        <translation>Politiska modeller: okända för alla referensregioner (underlaget namnger inga).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="819"/>
        <source>Political models: {counts}; not known: {n}.</source>
        <translation>Politiska modeller: {counts}; okända: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="826"/>
        <source>Same political model ({model}): {names}.</source>
        <translation>Samma politiska modell ({model}): {names}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="833"/>
        <source>Organisation: the canvas</source>
        <translation>Organisation: arbetsytan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="834"/>
        <source>Organisation: tools</source>
        <translation>Organisation: verktyg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="837"/>
        <source>Political model (nämnder with RU responsibility)</source>
        <translation>Politisk modell (nämnder med RU-ansvar)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="838"/>
        <source>Administrative model (förvaltningar)</source>
        <translation>Förvaltningsmodell (förvaltningar)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="839"/>
        <source>The municipalities&apos; involvement</source>
        <translation>Kommunernas medverkan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="841"/>
        <source>In the nämnd (as in Sörmland)</source>
        <translation>I nämnden (som i Sörmland)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="844"/>
        <source>Councils or preparatory bodies</source>
        <translation>Råd eller beredningar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="846"/>
        <source>Neither</source>
        <translation>Ingetdera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="847"/>
        <source>&amp;Tied to:</source>
        <translation>&amp;Kopplade till:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="849"/>
        <source>The deck: the councils are most often tied to the nämnd or to Regionstyrelsen</source>
        <translation>Underlaget: råden är oftast kopplade till nämnden eller till Regionstyrelsen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="851"/>
        <source>Compared with the reference regions</source>
        <translation>Jämfört med referensregionerna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="854"/>
        <source>Also from the deck:</source>
        <translation>Också från underlaget:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="859"/>
        <source>+ Nämnd</source>
        <translation>+ Nämnd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="860"/>
        <source>Add a nämnd to the political organisation</source>
        <translation>Lägg till en nämnd i den politiska organisationen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="861"/>
        <source>+ Förvaltning</source>
        <translation>+ Förvaltning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="863"/>
        <source>Add a förvaltning to the administrative organisation</source>
        <translation>Lägg till en förvaltning i förvaltningsorganisationen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="865"/>
        <source>Start from…</source>
        <translation>Utgå från…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/canvas.py" line="866"/>
        <source>Lay out one of the deck&apos;s models to start from</source>
        <translation>Lägg upp en av underlagets modeller att utgå från</translation>
    </message>
</context>
<context>
    <name>OrganisationFigure</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/organisation/figure.py" line="73"/>
        <source>{lane} – model {model}</source>
        <translation>{lane} – modell {model}</translation>
    </message>
</context>
<context>
    <name>OtherRoleBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="79"/>
        <source>Another role</source>
        <translation>Annan roll</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="80"/>
        <source>The deck: “{words}”</source>
        <translation>Underlaget: ”{words}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="81"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="83"/>
        <source>a role the deck does not have</source>
        <translation>en roll som underlaget inte har</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="85"/>
        <source>Name a role of the region&apos;s own; clear the name to remove it</source>
        <translation>Namnge en roll som är regionens egen; töm namnet för att ta bort den</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="87"/>
        <source>Share &amp;today:</source>
        <translation>Andel &amp;i dag:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="88"/>
        <source>Share as &amp;ambition:</source>
        <translation>Andel som &amp;ambition:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="90"/>
        <source>not said</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="91"/>
        <source>How large a share of the region&apos;s effort this role takes</source>
        <translation>Hur stor del av regionens insats den här rollen tar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/other_role.py" line="94"/>
        <source>The app&apos;s rule: this role&apos;s share stands on its own; the four roles&apos; weights describe the rest of the effort, and the main role is chosen among them.</source>
        <translation>Appens regel: den här rollens andel står för sig; de fyra rollernas vikter beskriver resten av insatsen, och huvudrollen väljs bland dem.</translation>
    </message>
</context>
<context>
    <name>OutcomeFigure</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="153"/>
        <source>not written yet</source>
        <translation>inte skriven ännu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="154"/>
        <source>agreed</source>
        <translation>överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="155"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="156"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="157"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="158"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="159"/>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="160"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_figure.py" line="161"/>
        <source>No actions yet.</source>
        <translation>Inga åtgärder ännu.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="224"/>
        <source>Write a conclusion</source>
        <translation>Skriv en slutsats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="241"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="242"/>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="267"/>
        <source>Remove an action</source>
        <translation>Ta bort en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="275"/>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="285"/>
        <source>Move an action</source>
        <translation>Flytta en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="297"/>
        <source>An action needs a what; it was left as it was.</source>
        <translation>En åtgärd behöver ett vad; den lämnades som den var.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="309"/>
        <source>Write the date as YYYY-MM-DD (e.g. 2027-03-31); it was left as it was.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD (t.ex. 2027-03-31); det lämnades som det var.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="322"/>
        <source>Change an action</source>
        <translation>Ändra en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="341"/>
        <source>Turn a parked question into an action</source>
        <translation>Gör en parkerad fråga till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="353"/>
        <source>A parked question needs words; it was left as it was.</source>
        <translation>En parkerad fråga behöver ord; den lämnades som den var.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="358"/>
        <source>Change a parked question</source>
        <translation>Ändra en parkerad fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="365"/>
        <source>Reopen a question</source>
        <translation>Öppna en fråga igen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="365"/>
        <source>Close a question</source>
        <translation>Stäng en fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="374"/>
        <source>Remove a parked question</source>
        <translation>Ta bort en parkerad fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="461"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="518"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="520"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="523"/>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="526"/>
        <source>Conclusions and actions</source>
        <translation>Slutsatser och åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="527"/>
        <source>What the room concluded</source>
        <translation>Vad deltagarna kom fram till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="532"/>
        <source>The room&apos;s conclusion, in its own words</source>
        <translation>Deltagarnas slutsats, med egna ord</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="537"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="540"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="541"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="542"/>
        <source>By (YYYY-MM-DD)</source>
        <translation>Klart senast (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="544"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="547"/>
        <source>+ Action</source>
        <translation>+ Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="558"/>
        <source>No parked questions. Park one from any page with {keys}.</source>
        <translation>Inga parkerade frågor. Parkera en från vilken sida som helst med {keys}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="556"/>
        <source>Parked questions</source>
        <translation>Parkerade frågor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="562"/>
        <source>Make it an action</source>
        <translation>Gör till åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="553"/>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="564"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="232"/>
        <source>Mark as agreed</source>
        <translation>Markera som överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="232"/>
        <source>Mark as not agreed</source>
        <translation>Markera som inte överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="473"/>
        <source>not linked</source>
        <translation>inte kopplad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="533"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="535"/>
        <source>The room agrees on this (a proposal: a workshop never decides)</source>
        <translation>Deltagarna är överens om detta (ett förslag: en workshop fattar inga beslut)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="543"/>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="549"/>
        <source>Add an action (from any page: {keys})</source>
        <translation>Lägg till en åtgärd (från vilken sida som helst: {keys})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="554"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/outcome_page.py" line="555"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/outcome_words.py" line="14"/>
        <source>proposed</source>
        <translation>förslag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/outcome_words.py" line="15"/>
        <source>agreed</source>
        <translation>överenskommen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/outcome_words.py" line="16"/>
        <source>started</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/outcome_words.py" line="17"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/outcome_words.py" line="24"/>
        <source>Key: {name}</source>
        <translation>Nyckeln {name}</translation>
    </message>
</context>
<context>
    <name>OwnQuestions</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="42"/>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="43"/>
        <source>A scale from 1 to 5</source>
        <translation>En skala från 1 till 5</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="44"/>
        <source>Word wall</source>
        <translation>Ordmoln</translation>
    </message>
</context>
<context>
    <name>OwnQuestionsBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="129"/>
        <source>Write the question first.</source>
        <translation>Skriv frågan först.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="131"/>
        <source>A multiple choice needs at least two choices, one per line.</source>
        <translation>Ett flerval behöver minst två alternativ, ett per rad.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="133"/>
        <source>At most {n} choices.</source>
        <translation>Högst {n} alternativ.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="135"/>
        <source>A choice is at most {n} characters.</source>
        <translation>Ett alternativ är högst {n} tecken.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="137"/>
        <source>Each choice once.</source>
        <translation>Varje alternativ en gång.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="145"/>
        <source>Add a question of your own</source>
        <translation>Lägg till en egen fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="182"/>
        <source>Remove a question of your own</source>
        <translation>Ta bort en egen fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="201"/>
        <source>{kind} · {n} answers</source>
        <translation>{kind} · {n} svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="201"/>
        <source>{kind} · {n} answer</source>
        <translation>{kind} · {n} svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="204"/>
        <source>asked now</source>
        <translation>ställs nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="218"/>
        <source>Asked on the phones now: “{text}”</source>
        <translation>Ställs på mobilerna nu: ”{text}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="220"/>
        <source>Start the session to ask a question on the phones.</source>
        <translation>Starta sessionen för att ställa en fråga på mobilerna.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="226"/>
        <source>Your own question (a warm-up, a quick poll)</source>
        <translation>Din egen fråga (en uppvärmning, en snabb omröstning)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="227"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="228"/>
        <source>&amp;Answered with:</source>
        <translation>&amp;Besvaras med:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="229"/>
        <source>One word for the region in 2030?</source>
        <translation>Ett ord för regionen 2030?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="232"/>
        <source>C&amp;hoices:</source>
        <translation>&amp;Alternativ:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="233"/>
        <source>One choice per line (2 to 6)</source>
        <translation>Ett alternativ per rad (2 till 6)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="234"/>
        <source>Add the question</source>
        <translation>Lägg till frågan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="235"/>
        <source>Kept with the workshop (one undo step); ask it when ready</source>
        <translation>Sparas med workshoppen (ett ångrasteg); ställ den när ni är redo</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="236"/>
        <source>Ask now</source>
        <translation>Ställ nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="239"/>
        <source>The phones show the chosen question first, marked “Now”; its answers show with “Show results”</source>
        <translation>Mobilerna visar den valda frågan först, märkt ”Nu”; svaren visas med ”Visa resultat”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="243"/>
        <source>Stop asking</source>
        <translation>Sluta fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="244"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/own_questions.py" line="246"/>
        <source>The question leaves the workshop (one undo step: undo brings its answers)</source>
        <translation>Frågan tas bort ur workshoppen (ett ångrasteg: ångra tar tillbaka dess svar)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="613"/>
        <source>Choose two states on the Compare page to show what changed.</source>
        <translation>Välj två lägen på sidan Jämför för att visa vad som ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="616"/>
        <source>From “{a}” to “{b}”:</source>
        <translation>Från ”{a}” till ”{b}”:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="618"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="529"/>
        <source>The notes on the canvas, by their numbers:</source>
        <translation>Lapparna på ytan, efter sina nummer:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="535"/>
        <source>{n} note on what another screen of this page shows: there, and in the report by its number.</source>
        <translation>{n} lapp på det som en annan skärm av den här sidan visar: där, och i rapporten med samma nummer.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="539"/>
        <source>{n} notes on what other screens of this page show: there, and in the report by their numbers.</source>
        <translation>{n} lappar på det som andra skärmar av den här sidan visar: där, och i rapporten med samma nummer.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="546"/>
        <source>{n} note on what the screen does not show: in the report, by its number.</source>
        <translation>{n} lapp på det som inte syns på skärmen: i rapporten, efter sitt nummer.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="549"/>
        <source>{n} notes on what the screen does not show: in the report, by their numbers.</source>
        <translation>{n} lappar på det som inte syns på skärmen: i rapporten, efter sina nummer.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="625"/>
        <source>I: what the deck says · Page Down / Page Up: next / previous · Esc: back</source>
        <translation>I: vad underlaget säger · Page Down / Page Up: nästa / föregående · Esc: tillbaka</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="627"/>
        <source>Page Down / Page Up: next / previous · Esc: back</source>
        <translation>Page Down / Page Up: nästa / föregående · Esc: tillbaka</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="315"/>
        <source>The keys</source>
        <translation>Nycklarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="728"/>
        <source>Where is the work strongest, and where weakest?</source>
        <translation>Var är arbetet starkast, och var svagast?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="316"/>
        <source>Conclusions and actions</source>
        <translation>Slutsatser och åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="321"/>
        <source>{title} ({k} of {n})</source>
        <translation>{title} ({k} av {n})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="469"/>
        <source>Numbered markers on the canvas:</source>
        <translation>Markörer med nummer på ytan:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="716"/>
        <source>What the deck says</source>
        <translation>Vad underlaget säger</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="741"/>
        <source>What did the room conclude, and what will it do?</source>
        <translation>Vad kom deltagarna fram till, och vad ska göras?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="317"/>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="318"/>
        <source>The regions side by side</source>
        <translation>Regionerna sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="743"/>
        <source>Where does the region stand among the others?</source>
        <translation>Var står regionen bland de andra?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/projector.py" line="319"/>
        <source>The region&apos;s role in regional development</source>
        <translation>Regionens roll i det regionala utvecklingsarbetet</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="47"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="47"/>
        <source>What will be done?</source>
        <translation>Vad ska göras?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="52"/>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="57"/>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="62"/>
        <source>Park a question</source>
        <translation>Parkera en fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="57"/>
        <source>The question to come back to:</source>
        <translation>Frågan att återkomma till:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="66"/>
        <source>New &amp;action…</source>
        <translation>Ny &amp;åtgärd…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="67"/>
        <source>Add an action from any page; it takes the step open</source>
        <translation>Lägg till en åtgärd från vilken sida som helst; den hör till steget som är öppet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="68"/>
        <source>&amp;Park a question…</source>
        <translation>&amp;Parkera en fråga…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/quick_add.py" line="70"/>
        <source>Park an open question to come back to on the conclusions page</source>
        <translation>Parkera en öppen fråga att återkomma till på sidan Slutsatser</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="386"/>
        <source>{n} more workshop was not closed properly; “Later” keeps them all for the next start.</source>
        <translation>{n} workshop till stängdes inte ordentligt; ”Senare” sparar alla till nästa start.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="390"/>
        <source>{n} more workshops were not closed properly; “Later” keeps them all for the next start.</source>
        <translation>{n} workshoppar till stängdes inte ordentligt; ”Senare” sparar alla till nästa start.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="415"/>
        <source>{n} recovery file could not be read; it is probably from a crash while it was written.</source>
        <translation>{n} återställningsfil kunde inte läsas; den kommer troligen från en krasch medan den skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="419"/>
        <source>{n} recovery files could not be read; they are probably from a crash while they were written.</source>
        <translation>{n} återställningsfiler kunde inte läsas; de kommer troligen från en krasch medan de skrevs.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="435"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="444"/>
        <source>Could not save {name}</source>
        <translation>Kunde inte spara {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="453"/>
        <source>Untitled workshop</source>
        <translation>Namnlös workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="455"/>
        <source>“{name}” was not closed properly. It was autosaved at {when}.</source>
        <translation>”{name}” stängdes inte ordentligt. Den autosparades {when}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="460"/>
        <source>It had never been saved to a file.</source>
        <translation>Den hade aldrig sparats till en fil.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="464"/>
        <source>Its file {file} cannot be read now.</source>
        <translation>Dess fil {file} kan inte läsas nu.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="472"/>
        <source>Differences from {file}: {n}.</source>
        <translation>Skillnader mot {file}: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="478"/>
        <source>… and {n} more.</source>
        <translation>… och {n} till.</translation>
    </message>
</context>
<context>
    <name>ReferenceFiles</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/reference_files.py" line="28"/>
        <source>Could not open {name}</source>
        <translation>Kunde inte öppna {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/reference_files.py" line="37"/>
        <source>The reference set contradicts the shipped data: {why}.</source>
        <translation>Referensuppsättningen motsäger medföljande data: {why}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/reference_files.py" line="59"/>
        <source>Could not save {name}</source>
        <translation>Kunde inte spara {name}</translation>
    </message>
</context>
<context>
    <name>ReferenceLibrary</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/reference_library.py" line="110"/>
        <source>Credit source</source>
        <translation>Ange källa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/reference_library.py" line="118"/>
        <source>Place {name}</source>
        <translation>Placera {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/reference_library.py" line="118"/>
        <source>Unplace {name}</source>
        <translation>Ta bort placeringen av {name}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="12"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="13"/>
        <source>The RUS&apos;s focus</source>
        <translation>RUS:ens fokus</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="14"/>
        <source>The region&apos;s own numbers</source>
        <translation>Regionens egna siffror</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="15"/>
        <source>Priority</source>
        <translation>Prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="16"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="17"/>
        <source>The deck&apos;s tests</source>
        <translation>Underlagets test</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="18"/>
        <source>Carried by</source>
        <translation>Bärs av</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="19"/>
        <source>every branch</source>
        <translation>alla grenar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="20"/>
        <source>as the row above</source>
        <translation>som raden ovan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="21"/>
        <source>not sorted</source>
        <translation>ej sorterad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="22"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="23"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="24"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="25"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="26"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="27"/>
        <source>Listed at the end of the report (too long for this page).</source>
        <translation>Listas i slutet av rapporten (för lång för den här sidan).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="30"/>
        <source>Workshop report</source>
        <translation>Workshoprapport</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="31"/>
        <source>The region&apos;s role in regional development</source>
        <translation>Regionens roll i det regionala utvecklingsarbetet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="34"/>
        <source>Built on: {deck}.</source>
        <translation>Bygger på: {deck}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="35"/>
        <source>Against the desired pyramid</source>
        <translation>Jämfört med den önskade pyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="36"/>
        <source>Questions for the room</source>
        <translation>Frågor att diskutera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="37"/>
        <source>The room&apos;s note</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="38"/>
        <source>Notes on the canvas</source>
        <translation>Lappar på ytan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="39"/>
        <source>The figure&apos;s numbered markers</source>
        <translation>Figurens numrerade markörer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="40"/>
        <source>The keys</source>
        <translation>Nycklarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="41"/>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="42"/>
        <source>No snapshot was taken, so there is nothing to compare.</source>
        <translation>Ingen ögonblicksbild togs, så det finns inget att jämföra.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="45"/>
        <source>This is the workshop&apos;s first snapshot; nothing was taken before it.</source>
        <translation>Det här är workshoppens första ögonblicksbild; ingen togs före den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="48"/>
        <source>Snapshot</source>
        <translation>Ögonblicksbild</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="49"/>
        <source>This report shows the workshop as it was in the snapshot “{name}”, taken {when}, not as it is now.</source>
        <translation>Rapporten visar workshoppen som den var i ögonblicksbilden ”{name}”, tagen {when}, inte som den är nu.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="54"/>
        <source>From “{a}” to “{b}”</source>
        <translation>Från ”{a}” till ”{b}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="55"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="56"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="57"/>
        <source>The regions side by side</source>
        <translation>Regionerna sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="58"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="59"/>
        <source>Reference data: {name}.</source>
        <translation>Referensdata: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="60"/>
        <source>Facts no source gives are shown as not known and never guessed.</source>
        <translation>Uppgifter som ingen källa anger visas som okända och gissas aldrig.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="63"/>
        <source>The room&apos;s conclusion:</source>
        <translation>Deltagarnas slutsats:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="64"/>
        <source>Agreed:</source>
        <translation>Överenskommet:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="65"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="66"/>
        <source>No actions were recorded.</source>
        <translation>Inga åtgärder skrevs in.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="67"/>
        <source>Parked questions</source>
        <translation>Parkerade frågor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="68"/>
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="69"/>
        <source>Closed</source>
        <translation>Stängda</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="70"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="193"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="194"/>
        <location filename="../../src/regionroll_desktop/export/words.py" line="71"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="195"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="196"/>
        <source>What became of it</source>
        <translation>Vad det blev</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="198"/>
        <source>Carried over</source>
        <translation>Förd över</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="210"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="213"/>
        <source>The last workshop&apos;s actions ({date})</source>
        <translation>Förra workshoppens åtgärder ({date})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="72"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="73"/>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="75"/>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="76"/>
        <source>Weakest key: {keys} ({score} of 5)</source>
        <translation>Svagaste nyckeln: {keys} ({score} av 5)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="77"/>
        <source>Weakest keys: {keys} ({score} of 5)</source>
        <translation>Svagaste nycklarna: {keys} ({score} av 5)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="78"/>
        <source>The keys were not scored.</source>
        <translation>Nycklarna bedömdes inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="79"/>
        <source>Every scored key has {score} of 5: none is the weakest.</source>
        <translation>Alla bedömda nycklar har {score} av 5: ingen är svagast.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="82"/>
        <source>Only {key} was scored ({score} of 5): no key to compare it with.</source>
        <translation>Bara {key} bedömdes ({score} av 5): ingen annan nyckel att jämföra med.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="85"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="86"/>
        <source>The deck&apos;s point</source>
        <translation>Vad underlaget säger</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="87"/>
        <source>Score</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/report.py" line="197"/>
        <location filename="../../src/regionroll_desktop/export/words.py" line="88"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="89"/>
        <source>Page {n} of {total}</source>
        <translation>Sida {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/words.py" line="90"/>
        <source>The region&apos;s role in regional development: {region}</source>
        <translation>Regionens roll i det regionala utvecklingsarbetet: {region}</translation>
    </message>
</context>
<context>
    <name>RolesCanvas</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="315"/>
        <source>Move today&apos;s role</source>
        <translation>Flytta dagens roll</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="317"/>
        <source>Move the ambition</source>
        <translation>Flytta ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="423"/>
        <source>Place {group}&apos;s role marker</source>
        <translation>Placera rollmarkören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="424"/>
        <source>Move {group}&apos;s role marker</source>
        <translation>Flytta rollmarkören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="425"/>
        <source>Remove {group}&apos;s role marker</source>
        <translation>Ta bort rollmarkören för {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="427"/>
        <source>Adopt the groups&apos; centre</source>
        <translation>Välj gruppernas mittpunkt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="426"/>
        <source>Adopt {group}&apos;s roles</source>
        <translation>Välj rollerna från {group}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="361"/>
        <source>Remove the other role</source>
        <translation>Ta bort den andra rollen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="364"/>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="366"/>
        <source>Change the other role</source>
        <translation>Ändra den andra rollen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="440"/>
        <source>The groups agree when every marker lies within an eighth of the map&apos;s width of their centre.</source>
        <translation>grupperna är överens när varje markör ligger inom en åttondel av kartans bredd från deras mittpunkt.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="446"/>
        <source>The {n} groups agree.</source>
        <translation>De {n} grupperna är överens.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="446"/>
        <source>The {n} groups differ.</source>
        <translation>De {n} grupperna skiljer sig åt.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="449"/>
        <source>All see {role} as the main role.</source>
        <translation>Alla ser {role} som huvudroll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="452"/>
        <source>At their centre (×) the main role is {role}.</source>
        <translation>I deras mittpunkt (×) är huvudrollen {role}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="467"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="479"/>
        <source>Not placed: drag or press Place.</source>
        <translation>Inte placerad: dra eller tryck Placera.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="482"/>
        <source>Main role: {role}</source>
        <translation>Huvudroll: {role}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="484"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="484"/>
        <source>Place</source>
        <translation>Placera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="488"/>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="572"/>
        <location filename="../../src/regionroll_desktop/canvases/roles/figure.py" line="125"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="488"/>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="572"/>
        <location filename="../../src/regionroll_desktop/canvases/roles/figure.py" line="126"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="510"/>
        <source>Show the workshop of {date}</source>
        <translation>Visa workshoppen den {date}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="304"/>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="579"/>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="304"/>
        <source>Capital matrix and role map: move the chosen marker</source>
        <translation>Kapitalmatrisen och rollkartan: flytta den valda markören</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="305"/>
        <source>… in small steps</source>
        <translation>… i små steg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="305"/>
        <source>Shift+Arrow keys</source>
        <translation>Skift+piltangenterna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="531"/>
        <source>No reference region&apos;s roles are known; build reference regions from the regions&apos; own workshops (File ▸ Reference regions from workshops…).</source>
        <translation>Ingen referensregions roller är kända; bygg referensregioner från regionernas egna workshoppar (Arkiv ▸ Referensregioner från workshoppar…).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="535"/>
        <source>Place today&apos;s marker to see the regions nearest in their roles.</source>
        <translation>Placera dagens markör för att se de regioner som ligger närmast i sina roller.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="543"/>
        <source>No other region&apos;s roles are known.</source>
        <translation>Ingen annan regions roller är kända.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="555"/>
        <source>Genomförandepraktik: the role map</source>
        <translation>Genomförandepraktik: rollkartan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="556"/>
        <source>Numbered markers</source>
        <translation>Markörer med nummer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="559"/>
        <source>The markers whose names found no room beside them on the role map carry a number there; this list names them.</source>
        <translation>Markörer vars namn inte fick plats bredvid dem på rollkartan bär ett nummer där; listan ger deras namn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="563"/>
        <source>Genomförandepraktik: tools</source>
        <translation>Genomförandepraktik: verktyg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="564"/>
        <source>Show where the last workshop left the region</source>
        <translation>Visa var förra workshoppen lämnade regionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="580"/>
        <source>The arrow keys on the map move this marker</source>
        <translation>Piltangenterna på kartan flyttar den här markören</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="582"/>
        <source>Arrow keys move today&apos;s marker</source>
        <translation>Piltangenterna flyttar markören för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="584"/>
        <source>Arrow keys move the ambition&apos;s marker</source>
        <translation>Piltangenterna flyttar markören för ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="588"/>
        <source>Make the weights at the centre (×) of the groups&apos; markers the workshop&apos;s</source>
        <translation>Gör vikterna vid gruppernas mittpunkt (×) till workshoppens</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="590"/>
        <source>Make {group}&apos;s weights the workshop&apos;s</source>
        <translation>Gör vikterna från {group} till workshoppens</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="594"/>
        <source>The app&apos;s rule: the weights follow the marker&apos;s place (a corner is all one role, the middle a quarter each); the main role is the one that weighs most, and when two weigh the same there is none.</source>
        <translation>Appens regel: vikterna följer markörens läge (ett hörn är helt en roll, mitten en fjärdedel var); huvudrollen är den som väger mest, och när två väger lika finns ingen.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="599"/>
        <source>Questions for the room</source>
        <translation>Frågor att diskutera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="600"/>
        <source>Nearest regions in their roles today</source>
        <translation>Närmaste regioner i sina roller i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/roles/canvas.py" line="604"/>
        <source>Drag the markers; click a role to read the deck&apos;s description of it</source>
        <translation>Dra markörerna; klicka på en roll för att läsa underlagets beskrivning av den</translation>
    </message>
</context>
<context>
    <name>RoomAnswers</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="227"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="229"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="132"/>
        <source>{when}: {n} answers; their centre: {centre}</source>
        <translation>{when}: {n} svar; deras mittpunkt: {centre}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="131"/>
        <source>{when}: {n} answer, at {centre}</source>
        <translation>{when}: {n} svar, vid {centre}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="137"/>
        <source>{when}: no answers yet</source>
        <translation>{when}: inga svar ännu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="162"/>
        <source>{when}, {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="193"/>
        <source>Adopt the room&apos;s centre for today</source>
        <translation>Välj mobilernas mittpunkt för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="195"/>
        <source>Adopt the room&apos;s centre as the ambition</source>
        <translation>Välj mobilernas mittpunkt som ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="208"/>
        <source>Adopt one phone&apos;s answer for today</source>
        <translation>Välj en mobils svar för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="210"/>
        <source>Adopt one phone&apos;s answer as the ambition</source>
        <translation>Välj en mobils svar som ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="221"/>
        <source>Remove one phone&apos;s answers</source>
        <translation>Ta bort en mobils svar</translation>
    </message>
</context>
<context>
    <name>RoomAnswersBox</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="75"/>
        <source>The room&apos;s answers (phones)</source>
        <translation>Deltagarnas svar (mobiler)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="76"/>
        <source>Adopt the room&apos;s centre for today</source>
        <translation>Välj mobilernas mittpunkt för i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="77"/>
        <source>Adopt the room&apos;s centre as the ambition</source>
        <translation>Välj mobilernas mittpunkt som ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="78"/>
        <source>One phone&apos;s answer</source>
        <translation>En mobils svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="79"/>
        <source>Choose one phone&apos;s answer to adopt as the workshop&apos;s</source>
        <translation>Välj ett svar från en mobil att använda som workshoppens</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="80"/>
        <source>Adopt as the workshop&apos;s answer</source>
        <translation>Välj som workshoppens svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="81"/>
        <source>Remove this phone&apos;s answers</source>
        <translation>Ta bort mobilens svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="84"/>
        <source>Take every answer of the chosen phone out of the workshop (one device answering as many, or a test): one undo step; the phone must join again</source>
        <translation>Ta bort alla svar från den valda mobilen ur workshoppen (en enhet som svarar som många, eller ett test): ett ångra-steg; mobilen måste gå med igen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/room_answers.py" line="90"/>
        <source>Each dot is one phone&apos;s answer (a click chooses it in the list); × is their centre.</source>
        <translation>Varje punkt är en mobils svar (ett klick väljer det i listan); × är deras mittpunkt.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="446"/>
        <source>The network&apos;s name is at most 32 bytes and its password at most 63 characters: the join screen shows no Wi-Fi code until they fit.</source>
        <translation>Nätverkets namn är högst 32 byte och lösenordet högst 63 tecken: anslutningsskärmen visar ingen wifi-kod förrän de ryms.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="450"/>
        <source>A secured network needs its password (or choose Open).</source>
        <translation>Ett skyddat nätverk behöver sitt lösenord (eller välj Öppet).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="507"/>
        <source>Ready: {n} of {m}</source>
        <translation>Klara: {n} av {m}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="530"/>
        <source>✓ A phone reached this computer {n} s ago.</source>
        <translation>✓ En mobil nådde den här datorn för {n} s sedan.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="534"/>
        <source>No phone has reached this computer in a minute. Likely causes: the network keeps its guests apart (common on hotel and venue Wi-Fi), or this computer&apos;s firewall blocks the connection. What to do: allow RegionRoll through the firewall when asked; or use this computer&apos;s hotspot (up to 8 phones on Windows) or a small travel router of your own, which needs no internet.</source>
        <translation>Ingen mobil har nått den här datorn på en minut. Troliga orsaker: nätverket håller gästerna åtskilda (vanligt på hotell- och konferensnät), eller datorns brandvägg stoppar anslutningen. Gör så här: tillåt RegionRoll i brandväggen när frågan kommer; eller använd datorns surfzon (högst 8 mobiler i Windows) eller en egen liten reserouter, som inte behöver internet.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="541"/>
        <source>Test with your own phone: open the address on the same network; this says when a phone reaches this computer.</source>
        <translation>Testa med din egen mobil: öppna adressen på samma nätverk; här syns när en mobil når datorn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="551"/>
        <source>This computer only ({address})</source>
        <translation>Bara den här datorn ({address})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="569"/>
        <source>No network to serve the room on.</source>
        <translation>Inget nätverk att visa sidan på.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="580"/>
        <source>The room session could not start on {address}: {reason}</source>
        <translation>”Rummet svarar” kunde inte startas på {address}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="609"/>
        <source>Remove the phones that joined from {address}</source>
        <translation>Ta bort mobilerna som gick med från {address}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="614"/>
        <source>Clear the room&apos;s answers to “{question}”</source>
        <translation>Töm deltagarnas svar på ”{question}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="652"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="652"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="664"/>
        <source>{n} phones joined from {address}: a router many share, or one device answering as many.</source>
        <translation>{n} mobiler har gått med från {address}: en router som många delar, eller en enhet som svarar som många.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="674"/>
        <source>Remove those from {address}</source>
        <translation>Ta bort dem från {address}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="678"/>
        <source>Take every phone that joined from this address out of the room, with its answers (one undo step); they may join again, a few at a time</source>
        <translation>Ta bort varje mobil som gick med från den här adressen ur workshoppen, med sina svar (ett ångra-steg); de kan gå med igen, några i taget</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="686"/>
        <source>Open on the phones: {address} · room code {code}</source>
        <translation>Öppna på mobilerna: {address} · workshoppens kod {code}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="691"/>
        <source>Not started: nothing listens.</source>
        <translation>Inte startad: inget lyssnar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="704"/>
        <source>Hide the results</source>
        <translation>Dölj resultatet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="706"/>
        <source>Show results</source>
        <translation>Visa resultat</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="722"/>
        <source>The room answers</source>
        <translation>Rummet svarar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="723"/>
        <source>The &amp;room answers…</source>
        <translation>&amp;Rummet svarar…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="725"/>
        <source>The participants answer on their own phones, over the room&apos;s network</source>
        <translation>Deltagarna svarar på sina egna mobiler, via samma nätverk som den här datorn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="729"/>
        <source>The participants answer on their own phones over the room&apos;s network: this computer serves a small page, and nothing leaves the room. Choose the network the phones are on (the venue&apos;s Wi-Fi, or this computer&apos;s hotspot).</source>
        <translation>Deltagarna svarar på sina egna mobiler, på samma nätverk som datorn: den här datorn visar en liten sida, och inget lämnar rummet. Välj nätverket mobilerna är på (lokalens wifi, eller datorns surfzon).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="734"/>
        <source>&amp;Network:</source>
        <translation>&amp;Nätverk:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="735"/>
        <source>The Wi-Fi the phones join first (optional)</source>
        <translation>Wifi som mobilerna ansluter till först (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="738"/>
        <source>Given once for the chosen network and kept on this computer: the join screen then shows a Wi-Fi code a phone&apos;s camera joins with one tap, and then the page&apos;s</source>
        <translation>Anges en gång för det valda nätverket och sparas på den här datorn: anslutningsskärmen visar då en wifi-kod som mobilens kamera ansluter med ett tryck, och sedan sidans</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="742"/>
        <source>Network name:</source>
        <translation>Nätverkets namn:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="743"/>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="744"/>
        <source>Security:</source>
        <translation>Skydd:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="745"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="747"/>
        <source>WPA/WPA2/WPA3</source>
        <translation>WPA/WPA2/WPA3</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="747"/>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="747"/>
        <source>Open (no password)</source>
        <translation>Öppet (inget lösenord)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="750"/>
        <source>&amp;Answers:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="753"/>
        <source>Anonymous</source>
        <translation>Anonymt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="753"/>
        <source>With a nickname</source>
        <translation>Med smeknamn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="753"/>
        <source>By group</source>
        <translation>Per grupp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="755"/>
        <source>Ask: elected member or official?</source>
        <translation>Fråga: förtroendevald eller tjänsteperson?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="758"/>
        <source>A phone joining says whether it is an elected member or an official (or would rather not): still anonymous, the maps and the keys then show the two side by side</source>
        <translation>En mobil som går med säger om den är förtroendevald eller tjänsteperson (eller vill inte säga): fortfarande anonymt visar kartorna och nycklarna då de två sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="763"/>
        <source>Show the join screen</source>
        <translation>Visa anslutningen på skärmen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="764"/>
        <source>New code</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="766"/>
        <source>A new room code for those who join from now on; the phones in stay in</source>
        <translation>En ny rumskod för dem som går med från och med nu; mobilerna som redan är med stannar kvar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="768"/>
        <source>&amp;Phones per address:</source>
        <translation>&amp;Mobiler per adress:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="771"/>
        <source>How many phones may join from one network address. Phones behind a router that shares one address (some venue networks) need more; one device answering as many is held at this number.</source>
        <translation>Hur många mobiler som får gå med från en nätverksadress. Mobiler bakom en router som delar en adress (vissa lokalers nätverk) behöver fler; en enhet som svarar som många hålls vid det här antalet.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="777"/>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="780"/>
        <source>Take every answer to “{question}” out of the workshop (one undo step)</source>
        <translation>Ta bort alla svar på ”{question}” ur workshoppen (ett ångra-steg)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="784"/>
        <source>Clear the answers to {question}</source>
        <translation>Töm svaren på {question}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="786"/>
        <source>Open for answers</source>
        <translation>Öppet för svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="787"/>
        <source>“Now” follows the page shown (the projector&apos;s)</source>
        <translation>”Nu” följer sidan som visas (projektorns)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="790"/>
        <source>Finansiering puts the room on the capital matrix, Genomförandepraktik on the roles, the keys on the keys&apos; scores, the conclusions on the dots</source>
        <translation>Finansiering sätter deltagarna på kapitalmatrisen, Genomförandepraktik på rollerna, nycklarna på nycklarnas bedömning, slutsatserna på prickarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="796"/>
        <source>The “now” question&apos;s answers on the projector, drawn for the room (never who answered what); hide them again so that the room answers before it sees</source>
        <translation>Svaren på ”Nu”-frågan på projektorn, ritade för rummet (aldrig vem som svarade vad); dölj dem igen så att deltagarna svarar innan de ser</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="800"/>
        <source>Ready?</source>
        <translation>Klar?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="803"/>
        <source>Each phone shows a thumbs-up (“Klar”); the count shows here and on the join screen. Asked again, the count starts anew; never kept with the workshop</source>
        <translation>Varje mobil visar en tumme upp (”Klar”); antalet syns här och på anslutningsskärmen. Frågar du igen börjar räkningen om; sparas aldrig med workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="808"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="810"/>
        <source>The room is on this question now: the phones show it first, marked</source>
        <translation>Deltagarna är på den här frågan nu: mobilerna visar den först, markerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="814"/>
        <source>&amp;Connection</source>
        <translation>&amp;Anslutning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="815"/>
        <source>&amp;Questions and pace</source>
        <translation>Frågor och &amp;tempo</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="816"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Idéer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="817"/>
        <source>Your &amp;own question</source>
        <translation>&amp;Egen fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/room_panel.py" line="826"/>
        <source>While it runs, the page and its answers are served on the chosen network only; a phone needs the room code, sees only the open questions and its own answers, and wrong codes lock it out for five minutes. A few phones may join from one address, and the session keeps at most a few hundred connections.</source>
        <translation>Medan ”Rummet svarar” är igång visas sidan bara på det valda nätverket; en mobil behöver workshoppens kod, ser bara de öppna frågorna och sina egna svar, och fel kod spärrar den i fem minuter. Några få mobiler kan gå med från samma adress, och datorn håller högst några hundra anslutningar öppna.</translation>
    </message>
</context>
<context>
    <name>RoomReport</name>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="55"/>
        <source>The room&apos;s answers from its phones</source>
        <translation>Deltagarnas svar från mobilerna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="56"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="57"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="58"/>
        <source>Together</source>
        <translation>Tillsammans</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="59"/>
        <source>The keys&apos; scores from the phones</source>
        <translation>Nycklarnas bedömning från mobilerna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="60"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="61"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="62"/>
        <source>Gave {n}</source>
        <translation>Antal som gav {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="63"/>
        <source>The phones&apos; dots</source>
        <translation>Mobilernas prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="64"/>
        <source>Action or RUS priority</source>
        <translation>Åtgärd eller RUS-prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="65"/>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="66"/>
        <source>The phones&apos; ideas</source>
        <translation>Mobilernas idéer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="67"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="68"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="69"/>
        <source>Upvotes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="70"/>
        <source>What became of it</source>
        <translation>Vad det blev</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="71"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="72"/>
        <source>a proposed action</source>
        <translation>ett förslag till åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="73"/>
        <source>a parked question</source>
        <translation>en parkerad fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="74"/>
        <source>also sent as: {texts}</source>
        <translation>också skickad som: {texts}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="75"/>
        <source>{n} ideas hidden by the facilitator are not shown.</source>
        <translation>{n} idéer som processledaren har dolt visas inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="78"/>
        <source>One idea hidden by the facilitator is not shown.</source>
        <translation>En idé som processledaren har dolt visas inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="81"/>
        <source>{n} ideas the facilitator never showed to the room (it reviewed them) are not shown.</source>
        <translation>{n} idéer som processledaren aldrig visade för rummet (den granskade idéerna) visas inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="85"/>
        <source>One idea the facilitator never showed to the room (it reviewed them) is not shown.</source>
        <translation>En idé som processledaren aldrig visade för rummet (den granskade idéerna) visas inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="89"/>
        <source>Your own question: {text}</source>
        <translation>Egen fråga: {text}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="90"/>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="91"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="92"/>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="93"/>
        <source>Phones</source>
        <translation>Mobiler</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="94"/>
        <source>Median {m}.</source>
        <translation>Median {m}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="95"/>
        <source>Words only one phone gave ({n}):</source>
        <translation>Ord som bara en mobil gav ({n}):</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="96"/>
        <source>Each answer</source>
        <translation>Varje svar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="97"/>
        <source>(no longer in the workshop)</source>
        <translation>(finns inte längre i workshoppen)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="126"/>
        <source>{n} dot</source>
        <translation>{n} prick</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="127"/>
        <source>{n} dots</source>
        <translation>{n} prickar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="129"/>
        <source>each key&apos;s below</source>
        <translation>se varje nyckel nedan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/export/room_section.py" line="130"/>
        <source>listed below</source>
        <translation>listade nedan</translation>
    </message>
</context>
<context>
    <name>RoomResults</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="31"/>
        <source>{n} phone has answered</source>
        <translation>{n} mobil har svarat</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="32"/>
        <source>{n} phones have answered</source>
        <translation>{n} mobiler har svarat</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="44"/>
        <source>No phone has answered yet.</source>
        <translation>Ingen mobil har svarat ännu.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="108"/>
        <source>no score</source>
        <translation>ingen bedömning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="114"/>
        <source>median {m} ({n} score)</source>
        <translation>median {m} ({n} bedömning)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="115"/>
        <source>median {m} ({n} scores)</source>
        <translation>median {m} ({n} bedömningar)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="142"/>
        <source>{n} idea</source>
        <translation>{n} idé</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="143"/>
        <source>{n} ideas</source>
        <translation>{n} idéer</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="149"/>
        <source>No idea has been sent yet.</source>
        <translation>Ingen idé har skickats ännu.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="152"/>
        <source>→ action</source>
        <translation>→ åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="153"/>
        <source>→ parked</source>
        <translation>→ parkerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="158"/>
        <source>{n} ▲</source>
        <translation>{n} ▲</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="186"/>
        <source>Median {m}. The app&apos;s rule: a median of an even number of scores is the mean of the middle two.</source>
        <translation>Median {m}. Appens regel: medianen av ett jämnt antal poäng är medelvärdet av de två mittersta.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_results.py" line="212"/>
        <source>+ {n} more in the panel and the report</source>
        <translation>+ {n} till i panelen och rapporten</translation>
    </message>
</context>
<context>
    <name>RoomWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="18"/>
        <source>The capital matrix, today</source>
        <translation>Kapitalmatrisen, i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="19"/>
        <source>The capital matrix, ambition</source>
        <translation>Kapitalmatrisen, ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="22"/>
        <source>The roles, today</source>
        <translation>Rollerna, i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="23"/>
        <source>The roles, ambition</source>
        <translation>Rollerna, ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="24"/>
        <source>The keys&apos; scores</source>
        <translation>Nycklarnas bedömning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="25"/>
        <source>Dots on actions and RUS priorities</source>
        <translation>Prickar på åtgärder och RUS:ens prioriteringar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="28"/>
        <source>Ideas: proposed actions and questions</source>
        <translation>Idéer: förslag till åtgärder och frågor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="31"/>
        <source>Your own question</source>
        <translation>Egen fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="38"/>
        <source>proposed action</source>
        <translation>förslag till åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="39"/>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="49"/>
        <source>{n} phone took part, with a nickname.</source>
        <translation>{n} mobil deltog, med smeknamn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="50"/>
        <source>{n} phones took part; the room answered with nicknames.</source>
        <translation>{n} mobiler deltog; deltagarna svarade med smeknamn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="57"/>
        <source>{n} phone took part, by group.</source>
        <translation>{n} mobil deltog, gruppvis.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="58"/>
        <source>{n} phones took part; the room answered by group.</source>
        <translation>{n} mobiler deltog; deltagarna svarade gruppvis.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="65"/>
        <source>{n} phone took part, anonymously.</source>
        <translation>{n} mobil deltog, anonymt.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="66"/>
        <source>{n} phones took part; the room answered anonymously: who said what is not known.</source>
        <translation>{n} mobiler deltog; deltagarna svarade anonymt: vem som sa vad är inte känt.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="83"/>
        <source>answer {n}</source>
        <translation>svar {n}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="90"/>
        <source>The app&apos;s rule: the room&apos;s centre (×) is the mean of where the phones put their markers; a key&apos;s median of an even number of scores is the mean of the middle two; a phone&apos;s latest answer replaces its earlier one.</source>
        <translation>Appens regel: mobilernas mittpunkt (×) är medelvärdet av var mobilerna satte sina markörer; medianen av ett jämnt antal bedömningar av en nyckel är medelvärdet av de två mittersta; en mobils senaste svar ersätter dess tidigare.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/room_words.py" line="100"/>
        <source>The app&apos;s rule: × is the mean of where the phones put their markers; a phone&apos;s latest answer replaces its earlier one.</source>
        <translation>Appens regel: × är medelvärdet av var mobilerna satte sina markörer; en mobils senaste svar ersätter dess tidigare.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/shortcuts_dialog.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/shortcuts_dialog.py" line="46"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/shortcuts_dialog.py" line="46"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/shortcuts_dialog.py" line="66"/>
        <source>Projector: next or previous page (a page in parts, the conclusions or a tall pyramid: its next part)</source>
        <translation>Projektorn: nästa eller föregående sida (en sida i delar, slutsatserna eller en hög pyramid: dess nästa del)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/shortcuts_dialog.py" line="71"/>
        <source>Projector: back to the editor</source>
        <translation>Projektorn: tillbaka till redigeringen</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="49"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="52"/>
        <source>Political model</source>
        <translation>Politisk modell</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="57"/>
        <source>Administrative model</source>
        <translation>Förvaltningsmodell</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="62"/>
        <source>Differences from the desired pyramid</source>
        <translation>Skillnader mot den önskade pyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="103"/>
        <source>{n} of 4, {d} agreed</source>
        <translation>{n} av 4, {d} överenskomna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="170"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="171"/>
        <source>ambition</source>
        <translation>ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="87"/>
        <source>Sticky notes: {step}</source>
        <translation>Lappar: {step}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="28"/>
        <source>matrix</source>
        <translation>matrisen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="29"/>
        <source>role map</source>
        <translation>rollkartan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="34"/>
        <source>Elected members and officials ({what}, {moment})</source>
        <translation>Förtroendevalda och tjänstepersoner ({what}, {moment})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="114"/>
        <source>Conclusions</source>
        <translation>Slutsatser</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="117"/>
        <source>Actions: {status}</source>
        <translation>Åtgärder: {status}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="123"/>
        <source>Open parked questions</source>
        <translation>Öppna parkerade frågor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="145"/>
        <source>{group} on the matrix ({moment})</source>
        <translation>{group} i matrisen ({moment})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="157"/>
        <source>{group}&apos;s main role ({moment})</source>
        <translation>Huvudroll för {group} ({moment})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="187"/>
        <source>Phones&apos; answers: {question}</source>
        <translation>Mobilernas svar: {question}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="193"/>
        <source>Phones&apos; centre on the matrix ({moment})</source>
        <translation>Mobilernas mittpunkt i matrisen ({moment})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="205"/>
        <source>Phones&apos; centre: main role ({moment})</source>
        <translation>Mobilernas mittpunkt: huvudroll ({moment})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_by_side.py" line="217"/>
        <source>{key}: the phones&apos; median</source>
        <translation>{key}: mobilernas median</translation>
    </message>
</context>
<context>
    <name>SideWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="26"/>
        <source>Elected members</source>
        <translation>Förtroendevalda</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="28"/>
        <source>Officials</source>
        <translation>Tjänstepersoner</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="29"/>
        <source>Mixed, or not said</source>
        <translation>Blandad eller inte angiven</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="35"/>
        <source>E</source>
        <comment>elected members&apos; initial</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="36"/>
        <source>O</source>
        <comment>officials&apos; initial</comment>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="42"/>
        <source>{side} (today)</source>
        <translation>{side} (i dag)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="44"/>
        <source>{side} (ambition)</source>
        <translation>{side} (ambition)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="51"/>
        <source>close together</source>
        <translation>nära varandra</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="52"/>
        <source>some way apart</source>
        <translation>en bit isär</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="53"/>
        <source>far apart</source>
        <translation>långt isär</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="59"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="61"/>
        <source>as ambition</source>
        <translation>som ambition</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="67"/>
        <source>On the matrix {moment}, the elected members ({n}) and the officials ({m}) are {band} ({distance}): the elected members {a}; the officials {b}.</source>
        <translation>I matrisen {moment} står förtroendevalda ({n}) och tjänstepersoner ({m}) {band} ({distance}): förtroendevalda {a}; tjänstepersoner {b}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="84"/>
        <source>On the role map {moment}, the elected members ({n}) and the officials ({m}) are {band} ({distance}): the elected members&apos; main role {a}; the officials&apos; {b}.</source>
        <translation>På rollkartan {moment} står förtroendevalda ({n}) och tjänstepersoner ({m}) {band} ({distance}): förtroendevaldas huvudroll {a}; tjänstepersonernas {b}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="101"/>
        <source>The app&apos;s rule: each group marked as elected members or officials, and each phone that said so, counts once; a side&apos;s place is the centre of its answers; the centres are close together under {near} apart on the matrix, some way apart under {apart}, else far apart (half that on the role map, whose axes are half as long); a key&apos;s score per side is the median of its phones&apos;.</source>
        <translation>Appens regel: varje grupp som markerats som förtroendevalda eller tjänstepersoner, och varje mobil som sagt det, räknas en gång; en sidas plats är mittpunkten av dess svar; mittpunkterna står nära varandra under {near} isär i matrisen, en bit isär under {apart}, annars långt isär (hälften på rollkartan, vars axlar är hälften så långa); en nyckels bedömning per sida är medianen av dess mobilers.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="122"/>
        <source>{group} (today)
{side}</source>
        <translation>{group} (i dag)
{side}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="124"/>
        <source>{group} (ambition)
{side}</source>
        <translation>{group} (ambition)
{side}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="136"/>
        <source>not known</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/side_words.py" line="139"/>
        <source>Elected members {a} · officials {b} (the median of {n} and {m} phones)</source>
        <translation>Förtroendevalda {a} · tjänstepersoner {b} (medianen av {n} och {m} mobiler)</translation>
    </message>
</context>
<context>
    <name>Skipped</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="258"/>
        <source>It leads back to a folder already read (a loop of links).</source>
        <translation>Den leder tillbaka till en mapp som redan lästs (en slinga av länkar).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="261"/>
        <source>The folder was not read: you do not have permission to read it.</source>
        <translation>Mappen lästes inte: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="264"/>
        <source>The folder was not read: it could not be read.</source>
        <translation>Mappen lästes inte: den gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="267"/>
        <source>It is a link to a file that is not there.</source>
        <translation>Den är en länk till en fil som inte finns.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="270"/>
        <source>It could not be looked at ({detail}).</source>
        <translation>Den gick inte att undersöka ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="273"/>
        <source>It is a folder, not a file (the workshop files in it are read).</source>
        <translation>Den är en mapp, inte en fil (workshopfilerna i den läses).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="276"/>
        <source>It is a pipe, not a file, so it was not read.</source>
        <translation>Den är en rörledning (pipe), inte en fil, och lästes därför inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="279"/>
        <source>It is a socket, not a file, so it was not read.</source>
        <translation>Den är en socket, inte en fil, och lästes därför inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="282"/>
        <source>It is a device, not a file, so it was not read.</source>
        <translation>Den är en enhet, inte en fil, och lästes därför inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="285"/>
        <source>More than {detail} files were given; this one was not read.</source>
        <translation>Fler än {detail} filer angavs; den här lästes inte.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="288"/>
        <source>The file could not be read.</source>
        <translation>Filen gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="289"/>
        <source>It is the same workshop as {detail}.</source>
        <translation>Det är samma workshop som {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="292"/>
        <source>Its date, {detail}, is in the future.</source>
        <translation>Dess datum, {detail}, ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/messages.py" line="295"/>
        <source>The workshop names no region.</source>
        <translation>Workshoppen anger ingen region.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="142"/>
        <source>Choose a region…</source>
        <translation>Välj en region…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="145"/>
        <source>A region of its own…</source>
        <translation>En egen region…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="176"/>
        <source>The region&apos;s role in regional development</source>
        <translation>Regionens roll i det regionala utvecklingsarbetet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="179"/>
        <source>A workshop in four steps – Organisation, Finansiering, Strategi and Genomförandepraktik – built on the deck “Regionens roll” (WSP for SKL, 2019).</source>
        <translation>En workshop i fyra steg – Organisation, Finansiering, Strategi och Genomförandepraktik – byggd på underlaget ”Regionens roll” (WSP för SKL, 2019).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="183"/>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="184"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="186"/>
        <source>Region&apos;s &amp;name:</source>
        <translation>Regionens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="188"/>
        <source>e.g. a region being formed</source>
        <translation>t.ex. en region som bildas</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="189"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="191"/>
        <source>e.g. Regionens roll – workshop 1</source>
        <translation>t.ex. Regionens roll – workshop 1</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="192"/>
        <source>&amp;Start the workshop</source>
        <translation>&amp;Starta workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="193"/>
        <source>Start a new workshop for the chosen region</source>
        <translation>Starta en ny workshop för den valda regionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="194"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="195"/>
        <source>&amp;Open a workshop file…</source>
        <translation>Ö&amp;ppna en workshopfil…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="196"/>
        <source>New &amp;follow-up…</source>
        <translation>Ny &amp;uppföljning…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="199"/>
        <source>A new workshop that starts from a previous one (the recent workshop chosen below, or a file): its organisation and strategy as they were left, its answers beside, its actions to review first</source>
        <translation>En ny workshop som börjar från en tidigare (den senaste workshop som valts nedan, eller en fil): dess organisation och strategi som de lämnades, dess svar bredvid, dess åtgärder att granska först</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="204"/>
        <source>No recently opened workshops.</source>
        <translation>Inga nyligen öppnade workshoppar.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="205"/>
        <source>Open the &amp;example (an invented region)</source>
        <translation>Öppna &amp;exemplet (en påhittad region)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="208"/>
        <source>A workshop for an invented region with every step filled in, to see what the tool does. It opens as a new, unsaved workshop.</source>
        <translation>En workshop för en påhittad region med alla steg ifyllda, för att se vad verktyget gör. Den öppnas som en ny, osparad workshop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="214"/>
        <source>Reference data: {name}. Every fact carries its source; see Help ▸ About.</source>
        <translation>Referensdata: {name}. Varje uppgift har sin källa; se Hjälp ▸ Om RegionRoll.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="218"/>
        <source>The workshop&apos;s four questions</source>
        <translation>Workshoppens fyra frågor</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/start_page.py" line="229"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
</context>
<context>
    <name>StepNavigation</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="135"/>
        <source>Pages of the workshop</source>
        <translation>Sidorna i workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="138"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="139"/>
        <source>The workshop</source>
        <translation>Workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="140"/>
        <source>The landscape</source>
        <translation>Landskapet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="142"/>
        <source>The keys</source>
        <translation>Nycklarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="143"/>
        <source>Conclusions</source>
        <translation>Slutsatser</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="144"/>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="145"/>
        <source>The regions</source>
        <translation>Regionerna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="148"/>
        <source>Start a new workshop or open one</source>
        <translation>Starta en ny workshop eller öppna en</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="149"/>
        <source>Title, date, place, participants, groups and the region</source>
        <translation>Titel, datum, plats, deltagare, grupper och region</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="150"/>
        <source>A landscape in change: 1975, 2000, 2020</source>
        <translation>Ett landskap i förändring: 1975, 2000, 2020</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="152"/>
        <source>The five keys to the work: a score and a note each</source>
        <translation>De fem nycklarna: en bedömning och en anteckning för varje</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="153"/>
        <source>What the room concluded on each question, and the actions it will take</source>
        <translation>Vad deltagarna kom fram till i varje fråga, och vilka åtgärder de föreslår</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="154"/>
        <source>Snapshots, what changed, and the reference regions side by side</source>
        <translation>Ögonblicksbilder, vad som ändrats och referensregionerna sida vid sida</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/navigation.py" line="155"/>
        <source>Every region on one matrix and one role map, with this workshop among them</source>
        <translation>Alla regioner i en matris och en rollkarta, med den här workshoppen bland dem</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="199"/>
        <source>Edit note</source>
        <translation>Ändra anteckning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="223"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="224"/>
        <source>What the deck says</source>
        <translation>Vad underlaget säger</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="225"/>
        <source>Show or fold what the deck says about this step</source>
        <translation>Visa eller fäll ihop vad underlaget säger om steget</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="230"/>
        <source>Source: {deck}; slides: {slides}.</source>
        <translation>Källa: {deck}; bilder: {slides}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="234"/>
        <source>The workshop so far</source>
        <translation>Workshoppen hittills</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="236"/>
        <source>The room&apos;s &amp;note for this step:</source>
        <translation>&amp;Anteckningar för steget:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/step_page.py" line="238"/>
        <source>What the room says, agrees on or wants to come back to…</source>
        <translation>Vad deltagarna säger, är överens om eller vill återkomma till…</translation>
    </message>
</context>
<context>
    <name>StepSummary</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="81"/>
        <source>Time taken: {minutes} min</source>
        <translation>Tidsåtgång: {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="83"/>
        <source>Time taken: {minutes} min of {planned} planned</source>
        <translation>Tidsåtgång: {minutes} min av planerade {planned}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="91"/>
        <source>not decided yet (no branch placed)</source>
        <translation>inte bestämd ännu (ingen gren placerad)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="98"/>
        <source>not decided yet</source>
        <translation>inte bestämt ännu</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="99"/>
        <source>the municipalities sit in the nämnd</source>
        <translation>kommunerna sitter i nämnden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="102"/>
        <source>through councils or preparatory bodies</source>
        <translation>genom råd eller beredningar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="105"/>
        <source>neither</source>
        <translation>ingetdera</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="109"/>
        <source>{how}, tied to {body}</source>
        <translation>{how}, kopplade till {body}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="114"/>
        <source>Political model: {model}</source>
        <translation>Politisk modell: {model}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="117"/>
        <source>Administrative model: {model}</source>
        <translation>Förvaltningsmodell: {model}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="120"/>
        <source>Municipal involvement: {how}</source>
        <translation>Kommunernas medverkan: {how}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="126"/>
        <source>Outside the region&apos;s remit: {b}</source>
        <translation>Utanför regionens uppdrag: {b}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="140"/>
        <source>somewhat {words}</source>
        <translation>något {words}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="142"/>
        <source>much {words}</source>
        <translation>mycket {words}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="150"/>
        <source>not placed</source>
        <translation>inte placerad</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="155"/>
        <source>between reactive and proactive capital</source>
        <translation>mitt emellan reaktivt och proaktivt kapital</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="159"/>
        <source>more capital per capita</source>
        <translation>mer kapital per capita</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="160"/>
        <source>less capital per capita</source>
        <translation>mindre kapital per capita</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="207"/>
        <source>The room&apos;s phones have answered: {today} for today, {ambition} for the ambition</source>
        <translation>Deltagarnas mobiler har svarat: {today} för i dag, {ambition} för ambitionen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="217"/>
        <source>The room&apos;s phones, today: {n} answers, centre {where}</source>
        <translation>Deltagarnas mobiler, i dag: {n} svar, mittpunkt {where}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="221"/>
        <source>The room&apos;s phones, ambition: {n} answers, centre {where}</source>
        <translation>Deltagarnas mobiler, ambition: {n} svar, mittpunkt {where}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="292"/>
        <source>no main role ({parts})</source>
        <translation>ingen huvudroll ({parts})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="327"/>
        <source>Another role, the room&apos;s own: {role}</source>
        <translation>Annan roll, deltagarnas egen: {role}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="338"/>
        <source>not said</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="339"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="341"/>
        <source>{name} (share today {today}, ambition {ambition})</source>
        <translation>{name} (andel i dag {today}, ambition {ambition})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="153"/>
        <source>more proactive capital</source>
        <translation>mer proaktivt kapital</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="49"/>
        <source>The app&apos;s rule: on the matrix&apos;s axes (−1 to +1) a position within {middle} of the middle is “in the middle”, under {somewhat} “somewhat”, from {very} “much”.</source>
        <translation>Appens regel: på matrisens axlar (−1 till +1) är ett läge inom {middle} från mitten ”i mitten”, under {somewhat} ”något”, från {very} ”mycket”.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="154"/>
        <source>more reactive capital</source>
        <translation>mer reaktivt kapital</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="161"/>
        <source>in the middle for capital per capita</source>
        <translation>i mitten för kapital per capita</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="164"/>
        <source>character {x}, capital per capita {y}</source>
        <translation>karaktär {x}, kapital per capita {y}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="176"/>
        <source>Today: {where}</source>
        <translation>I dag: {where}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="179"/>
        <source>Ambition: {where}</source>
        <translation>Ambition: {where}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="241"/>
        <source>{group}, today: {where}</source>
        <translation>{group}, i dag: {where}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="243"/>
        <source>{group}, ambition: {where}</source>
        <translation>{group}, ambition: {where}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="256"/>
        <source>Strategy documents: {rus} RUS, {middle} plans and field strategies, {plans} action plans; {links} “derives from” links</source>
        <translation>Strategidokument: {rus} RUS, {middle} planer och delområdesstrategier, {plans} handlingsplaner; {links} kopplingar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="261"/>
        <source>The RUS&apos;s focus: Kärna {core}, Bredd {breadth}, Spets {spear}; not sorted {rest}</source>
        <translation>RUS:ens fokus: Kärna {core}, Bredd {breadth}, Spets {spear}; ej sorterade {rest}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="281"/>
        <source>none ({roles} weigh the same)</source>
        <translation>ingen ({roles} väger lika)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="288"/>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="295"/>
        <source>main role {main} ({parts})</source>
        <translation>huvudroll {main} ({parts})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="303"/>
        <source>Today: {roles}</source>
        <translation>I dag: {roles}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_summary.py" line="306"/>
        <source>Ambition: {roles}</source>
        <translation>Ambition: {roles}</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="33"/>
        <source>1 = weak, 5 = strong</source>
        <translation>1 = svag, 5 = stark</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="41"/>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="262"/>
        <source>The deck (slide “{slide}”): “{text}”</source>
        <translation>Underlaget (bilden ”{slide}”): ”{text}”</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="53"/>
        <source>{names} and {n} more</source>
        <translation>{names} och {n} till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="57"/>
        <source>No RUS: the desired pyramid has one RUS on top, from which the other strategies derive.</source>
        <translation>Ingen RUS: den önskade pyramiden har en RUS överst, som de andra strategierna utgår från.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="62"/>
        <source>More than one RUS ({names}): the RUS is the one overarching strategy.</source>
        <translation>Mer än en RUS ({names}): RUS:en är den enda överordnade strategin.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="65"/>
        <source>Derives from nothing: {names}. In the desired pyramid every strategy derives from the level above.</source>
        <translation>Utgår inte från något: {names}. I den önskade pyramiden utgår varje strategi från nivån ovanför.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="70"/>
        <source>Action plans that do not reach the RUS through their links: {names}. What they do is not anchored in the overarching strategy.</source>
        <translation>Handlingsplaner som inte når RUS:en via sina kopplingar: {names}. Det de gör är inte förankrat i den överordnade strategin.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="76"/>
        <source>Level {level} is empty.</source>
        <translation>Nivå {level} är tom.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="77"/>
        <source>A link goes downwards ({names}): a document should derive from the level above, not below.</source>
        <translation>En koppling går nedåt ({names}): ett dokument ska utgå från nivån ovanför, inte under.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="82"/>
        <source>The app&apos;s reading, not a difference from the deck: a link skips a level ({names}). The deck draws the desired pyramid&apos;s levels one under the other; its text does not say whether a strategy may derive from a level further up.</source>
        <translation>Appens tolkning, inte en skillnad mot underlaget: en koppling hoppar över en nivå ({names}). Underlaget ritar den önskade pyramidens nivåer under varandra; dess text säger inte om en strategi får utgå från en nivå längre upp.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="88"/>
        <source>A cycle of links ({names}): documents that derive from each other have no anchor.</source>
        <translation>En cirkel av kopplingar ({names}): dokument som utgår från varandra saknar förankring.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="92"/>
        <source>For information (the app&apos;s own observation, not a difference from the deck): no strategy covers {branches}. The deck asks for no such coverage, and warns that a broad RUS risks becoming less relevant.</source>
        <translation>För kännedom (appens egen iakttagelse, inte en skillnad mot underlaget): ingen strategi täcker {branches}. Underlaget kräver ingen sådan täckning och varnar för att en bred RUS riskerar att bli lite relevant.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="123"/>
        <source>No differences from the desired pyramid.</source>
        <translation>Inga skillnader mot den önskade pyramiden.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="130"/>
        <source>Add the region&apos;s strategies to see how they hold together.</source>
        <translation>Lägg till regionens strategier för att se hur de hänger ihop.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="143"/>
        <source>The ambition is Kapacitetsbyggaren, but the region sits at less capital per capita on the matrix: where will the capital come from?</source>
        <translation>Ambitionen är att bli Kapacitetsbyggaren, men regionen ligger i dag på mindre kapital per capita i matrisen: var ska kapitalet komma ifrån?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="148"/>
        <source>Today the main role is Finansiären and the capital is mostly reactive: how do the calls steer the other actors?</source>
        <translation>I dag är huvudrollen Finansiären och kapitalet mest reaktivt: hur styr utlysningarna de andra aktörerna?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="153"/>
        <source>The ambition is Kapacitetsbyggaren, but the ambition on the matrix is more reactive capital: how does that fit long-term, strategic steering?</source>
        <translation>Ambitionen är att bli Kapacitetsbyggaren, men ambitionen i matrisen ligger på den reaktiva sidan: hur går det ihop med en långsiktig och strategisk styrning?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="158"/>
        <source>The ambition is Nätverkaren: how will the region avoid depending on others&apos; competence and capacity?</source>
        <translation>Ambitionen är Nätverkaren: hur undviker regionen att bli beroende av andras kompetens och kapacitet?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="163"/>
        <source>Utföraren takes on roles meant for a first phase: which of the region&apos;s own efforts should be handed over to other actors, and when?</source>
        <translation>Utföraren tar roller som var tänkta för ett inledande skede: vilka av regionens egna insatser ska lämnas över till andra aktörer, och när?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="168"/>
        <source>Utföraren builds its own ability with its own capital and project money: how vulnerable is the organisation when the projects end?</source>
        <translation>Utföraren bygger egen förmåga med eget kapital och projektmedel: hur sårbar blir organisationen när projekten tar slut?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="173"/>
        <source>Nätverkaren, yet more capital per capita on the matrix: the deck describes the networker as lacking capital – what makes the region a networker here?</source>
        <translation>Nätverkaren, men mer kapital per capita i matrisen: underlaget beskriver nätverkaren som en region som saknar kapital – vad gör regionen till nätverkare här?</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="185"/>
        <source>shown when the ambition&apos;s main role is Kapacitetsbyggaren and today&apos;s position is at less capital per capita, not in the middle</source>
        <translation>frågan visas när ambitionens huvudroll är Kapacitetsbyggaren och dagens läge ligger på mindre kapital per capita, inte i mitten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="190"/>
        <source>shown when today&apos;s main role is Finansiären and today&apos;s position is on the reactive side, not in the middle</source>
        <translation>frågan visas när dagens huvudroll är Finansiären och dagens läge ligger på den reaktiva sidan, inte i mitten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="195"/>
        <source>shown when the ambition&apos;s main role is Kapacitetsbyggaren and its position is on the reactive side, not in the middle</source>
        <translation>frågan visas när ambitionens huvudroll är Kapacitetsbyggaren och dess läge ligger på den reaktiva sidan, inte i mitten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="200"/>
        <source>shown when the ambition&apos;s main role is Nätverkaren</source>
        <translation>frågan visas när ambitionens huvudroll är Nätverkaren</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="203"/>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="206"/>
        <source>shown when the main role today or as ambition is Utföraren</source>
        <translation>frågan visas när huvudrollen i dag eller som ambition är Utföraren</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="209"/>
        <source>shown when the main role is Nätverkaren and the same moment&apos;s position is at more capital per capita, not in the middle</source>
        <translation>frågan visas när huvudrollen är Nätverkaren och läget i matrisen för samma tidpunkt ligger på mer kapital per capita, inte i mitten</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="217"/>
        <source>No questions yet: they appear when the roles and the capital matrix meet.</source>
        <translation>Inga frågor ännu: de visas när både rollerna och kapitalmatrisen är placerade.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="222"/>
        <source>The deck:</source>
        <translation>Underlaget:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="223"/>
        <source>The app&apos;s rule: {when}.</source>
        <translation>Appens regel: {when}.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="236"/>
        <source>not decided yet: place the branches</source>
        <translation>inte bestämd ännu: placera grenarna</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="241"/>
        <source>The deck asks: {question}</source>
        <translation>Underlaget frågar: {question}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="253"/>
        <source>political priority</source>
        <translation>politisk prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="255"/>
        <source>needs samhandling</source>
        <translation>kräver samhandling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="275"/>
        <source>The app&apos;s observation: every priority in Spets and Kärna is a political priority or needs samhandling.</source>
        <translation>Appens iakttagelse: varje prioritering i Spets och Kärna är en politisk prioritering eller kräver samhandling.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/step_words.py" line="280"/>
        <source>The app&apos;s observation: {n} of {total} priorities in Spets and Kärna pass neither of the deck&apos;s two tests (a political priority, needs samhandling): {names}.</source>
        <translation>Appens iakttagelse: {n} av {total} prioriteringar i Spets och Kärna klarar inget av underlagets två test (politisk prioritering, kräver samhandling): {names}.</translation>
    </message>
</context>
<context>
    <name>StrategyCanvas</name>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="660"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="712"/>
        <source>Add {kind}</source>
        <translation>Lägg till {kind}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="733"/>
        <source>Move a strategy document</source>
        <translation>Flytta ett strategidokument</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="770"/>
        <source>Link: derives from</source>
        <translation>Koppla: utgår från</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="781"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="617"/>
        <source>Strategy: choose a card</source>
        <translation>Strategi: välj ett kort</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="642"/>
        <source>Strategy: remove the selected cards or links</source>
        <translation>Strategi: ta bort markerade kort eller kopplingar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="644"/>
        <source>Strategy: zoom the pyramid</source>
        <translation>Strategi: zooma pyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="781"/>
        <source>Delete link</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="672"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="726"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="789"/>
        <source>Edit strategy document</source>
        <translation>Ändra strategidokument</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="805"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="830"/>
        <source>Add a priority</source>
        <translation>Lägg till en prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="847"/>
        <source>Remove a priority</source>
        <translation>Ta bort en prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="869"/>
        <source>Sort a priority</source>
        <translation>Sortera en prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/figure.py" line="37"/>
        <source>1  RUS</source>
        <translation>1  RUS</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/figure.py" line="38"/>
        <source>2  Plans (VP/RP/ÖP) and delområdesstrategier</source>
        <translation>2  VP/RP/ÖP och delområdesstrategier</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/figure.py" line="41"/>
        <source>3  Handlingsplaner and understrategier</source>
        <translation>3  Handlingsplaner och understrategier</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="923"/>
        <source>The title is a suggestion: the strategy in force in 2019 as {source} names it ({url}). Change it if the room has another.</source>
        <translation>Titeln är ett förslag: strategin som gällde 2019 så som {source} anger den ({url}). Ändra den om deltagarna har en annan.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1008"/>
        <source>The strategy pyramid</source>
        <translation>Strategipyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1009"/>
        <source>The RUS&apos;s focus</source>
        <translation>RUS:ens fokus</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1012"/>
        <source>Add a document on its level</source>
        <translation>Lägg till ett dokument på dess nivå</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1018"/>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="645"/>
        <source>{ctrl}+wheel, or pinch</source>
        <translation>{ctrl}+hjulet, eller nyp</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="532"/>
        <source>Branches of a priority</source>
        <translation>Ändra en prioriterings grenar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="537"/>
        <source>Documents of a priority</source>
        <translation>Ändra en prioriterings dokument</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="617"/>
        <source>Tab, Shift+Tab, arrow keys</source>
        <translation>Tabb, Skift+Tabb, piltangenter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="618"/>
        <source>Strategy: type the chosen card&apos;s title in place</source>
        <translation>Strategi: skriv det valda kortets titel direkt på kortet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="618"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="634"/>
        <source>F2, or type</source>
        <translation>F2, eller börja skriva</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="620"/>
        <source>Strategy: a new document beside the chosen one (linked as it is)</source>
        <translation>Strategi: ett nytt dokument bredvid det valda (kopplat som det)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="621"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="635"/>
        <source>Enter</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="623"/>
        <source>… beside it, without links</source>
        <translation>… bredvid, utan kopplingar</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="623"/>
        <source>Shift+Enter</source>
        <translation>Skift+Retur</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="624"/>
        <source>… on the level below, deriving from it</source>
        <translation>… på nivån under, som utgår från det</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="624"/>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="629"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="626"/>
        <source>Strategy, typing a title: keep it and open the next card beside it</source>
        <translation>Strategi, medan en titel skrivs: behåll den och öppna nästa kort bredvid</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="627"/>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="629"/>
        <source>… keep it and open one below it</source>
        <translation>… behåll den och öppna ett kort under</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="631"/>
        <source>Strategy: plan or field strategy (the chosen card&apos;s kind)</source>
        <translation>Strategi: plan eller delområdesstrategi (det valda kortets typ)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="634"/>
        <source>RUS focus: a priority&apos;s words, in place</source>
        <translation>RUS:ens fokus: en prioriterings ord, direkt i listan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="635"/>
        <source>RUS focus: the next priority in the same column</source>
        <translation>RUS:ens fokus: nästa prioritering i samma kolumn</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="637"/>
        <source>Strategy: the chosen card&apos;s menu (what it derives from: link, unlink)</source>
        <translation>Strategi: det valda kortets meny (vad det utgår från: koppla, koppla bort)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="638"/>
        <source>Menu key, Shift+F10 or right-click</source>
        <translation>Menytangenten, Skift+F10 eller högerklick</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="742"/>
        <source>Type the title…</source>
        <translation>Skriv titeln…</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="743"/>
        <source>Derives from</source>
        <translation>Utgår från</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="754"/>
        <source>Remove the document</source>
        <translation>Ta bort dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="764"/>
        <source>Remove a link</source>
        <translation>Ta bort en koppling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="821"/>
        <source>Edit a priority</source>
        <translation>Ändra en prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="828"/>
        <source>New priority</source>
        <translation>Ny prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="859"/>
        <source>Mark as a political priority</source>
        <translation>Markera som politisk prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="860"/>
        <source>Unmark as a political priority</source>
        <translation>Ta bort markeringen politisk prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="861"/>
        <source>Mark as needing samhandling</source>
        <translation>Markera att den kräver samhandling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="862"/>
        <source>Unmark as needing samhandling</source>
        <translation>Ta bort markeringen kräver samhandling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="952"/>
        <source>neither test</source>
        <translation>inget av de två testen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="977"/>
        <source>Passes neither of the deck&apos;s two tests</source>
        <translation>Klarar inget av underlagets två test</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="979"/>
        <source>Branches: {names}</source>
        <translation>Grenar: {names}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="981"/>
        <source>Documents: {names}</source>
        <translation>Dokument: {names}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="997"/>
        <source>The chosen priority: {text}</source>
        <translation>Vald prioritering: {text}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="999"/>
        <source>The chosen priority</source>
        <translation>Vald prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1005"/>
        <source>Strategi: the strategy pyramid</source>
        <translation>Strategi: strategipyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1006"/>
        <source>Strategi: the pyramid or the RUS&apos;s focus</source>
        <translation>Strategi: pyramiden eller RUS:ens fokus</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1007"/>
        <source>Strategi: tools</source>
        <translation>Strategi: verktyg</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1016"/>
        <source>{ctrl}+wheel zooms; drag cards between levels.</source>
        <translation>{ctrl}+hjul zoomar; dra kort mellan nivåer.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1020"/>
        <source>Show the whole pyramid ({ctrl}+wheel zooms)</source>
        <translation>Visa hela pyramiden ({ctrl}+hjul zoomar)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1022"/>
        <source>Show the deck&apos;s pyramids</source>
        <translation>Visa underlagets pyramider</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1024"/>
        <source>The desired strategy pyramid</source>
        <translation>Den önskade strategipyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1025"/>
        <source>The most common (our interpretation: the deck&apos;s picture is lost)</source>
        <translation>Den vanligaste (vår tolkning – bilden saknas i underlagets text)</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1029"/>
        <source>Source: {deck}, slide “RUS:en i en strategi-struktur”. The deck&apos;s picture of the most common pyramid is lost in its text and no text describes it; drawn here as our interpretation, not the deck&apos;s: many strategies stand on their own, apart from the RUS.</source>
        <translation>Källa: {deck}, bilden ”RUS:en i en strategi-struktur”. Underlagets bild av den vanligaste pyramiden saknas i texten och ingen text beskriver den; här ritad som vår tolkning, inte underlagets: många strategier står för sig själva, vid sidan av RUS:en.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1035"/>
        <source>Selected document</source>
        <translation>Valt dokument</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1038"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1038"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1038"/>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1038"/>
        <source>Branches it covers:</source>
        <translation>Grenar som det täcker:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1042"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1043"/>
        <source>Delete the document</source>
        <translation>Ta bort dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1048"/>
        <source>Drag a card to another level. Drag from the round handle on a card&apos;s top edge to the card it derives from. Select and press Delete to remove a card or a link.</source>
        <translation>Dra ett kort till en annan nivå. Dra från det runda handtaget på kortets överkant till kortet det utgår från. Markera och tryck Delete för att ta bort ett kort eller en koppling.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1053"/>
        <source>From the keyboard (F6 reaches the pyramid): Enter adds a card beside the chosen one, Insert one below it; F2, or just typing, changes its title on the card, where Tab keeps it and opens the next card beside it (F1 lists every key).</source>
        <translation>Med tangentbordet (F6 når pyramiden): Retur lägger till ett kort bredvid det valda, Insert ett under det; F2, eller att bara börja skriva, ändrar titeln direkt på kortet, där Tabb behåller den och öppnar nästa kort bredvid (F1 visar alla tangenter).</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1058"/>
        <source>Against the desired pyramid</source>
        <translation>Jämfört med den önskade pyramiden</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1061"/>
        <source>Not sorted</source>
        <translation>Ej sorterade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1068"/>
        <source>A priority of the RUS, e.g. Kompetensförsörjning</source>
        <translation>En prioritering i RUS:en, t.ex. Kompetensförsörjning</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1069"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1070"/>
        <source>Remove the selected</source>
        <translation>Ta bort den markerade</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1073"/>
        <source>A broad RUS, covering many areas and meant as the overarching strategy, risks having little relevance. The RUS should make a difference – not just be the circle around everything we do.</source>
        <translation>En bred RUS, som omfattar många områden och ska fungera som överordnad strategi, riskerar också att bli lite relevant. RUS:en ska göra skillnad – inte bara vara cirkeln runt allt man gör.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1080"/>
        <source>A political priority</source>
        <translation>Politisk prioritering</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1081"/>
        <source>Needs samhandling</source>
        <translation>Kräver samhandling</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1082"/>
        <source>Branches that carry it:</source>
        <translation>Grenar som bär den:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1083"/>
        <source>Documents that carry it:</source>
        <translation>Dokument som bär den:</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1084"/>
        <source>Choose a priority on the board to set its tests.</source>
        <translation>Välj en prioritering på tavlan för att ange dess test.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1090"/>
        <source>The warning shows when {rule}: more priorities in Bredd than in Kärna and Spets together.</source>
        <translation>Varningen visas när {rule}: fler prioriteringar i Bredd än i Kärna och Spets tillsammans.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/canvases/strategy/canvas.py" line="1095"/>
        <source>Source: {deck}, slide “Hur ska RUS:en bli relevant?”.</source>
        <translation>Källa: {deck}, bilden ”Hur ska RUS:en bli relevant?”.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="70"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="70"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="92"/>
        <source>Planned time for the step, in minutes</source>
        <translation>Stegets planerade tid i minuter</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="95"/>
        <source>Time left of the plan for this step (+ when over); without a plan, the time the step has taken</source>
        <translation>Tid kvar av planen för steget (+ när den är överskriden); utan plan, den tid steget har tagit</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="100"/>
        <source>Start or pause this step&apos;s timer ({keys})</source>
        <translation>Starta eller pausa stegets timer ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="102"/>
        <source>Reset</source>
        <translation>Nollställ</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="103"/>
        <source>Set this step&apos;s time back to zero</source>
        <translation>Sätt stegets tid till noll</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="104"/>
        <source>no plan</source>
        <translation>ingen plan</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/ui/timer_widget.py" line="106"/>
        <source>The minutes planned for this step</source>
        <translation>Planerade minuter för steget</translation>
    </message>
</context>
<context>
    <name>WorkshopDocument</name>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="171"/>
        <source>Restore the recovered workshop</source>
        <translation>Återställ den räddade workshoppen</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="205"/>
        <source>Untitled workshop</source>
        <translation>Namnlös workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="212"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="247"/>
        <location filename="../../src/regionroll_desktop/app/document.py" line="259"/>
        <source>Could not save {name}</source>
        <translation>Kunde inte spara {name}</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="250"/>
        <source>Save under another name.</source>
        <translation>Spara under ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../src/regionroll_desktop/app/document.py" line="268"/>
        <source>Saved {path}</source>
        <translation>Sparade {path}</translation>
    </message>
</context>
</TS>
