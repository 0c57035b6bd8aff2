"""Small built-in word lists the name passes consult: states, places, organizations, demonyms, titles.

All entries are lower case; multi-word entries are joined by single spaces.
"""

from __future__ import annotations

from briefing.analysis.lexicon import derived_given_names as dgn
from briefing.analysis.lexicon import derived_places as dp
from briefing.analysis.lexicon import given_names as gn
from briefing.analysis.text.vocabulary import DAYS, MONTHS, RELATIVE_DAYS


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.replace("\n", ",").split(",") if w.strip())


_NEWS_STATES = _words("""
afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan, bahrain,
bangladesh, belarus, belgium, bolivia, bosnia, brazil, britain, great britain, bulgaria, burma, cambodia, cameroon,
canada, chad, chile, china, colombia, congo, croatia, cuba, cyprus, czech republic, czechia, denmark, ecuador,
egypt, eritrea, estonia, ethiopia, finland, france, georgia, germany, ghana, greece, guatemala, haiti, honduras,
hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, japan, jordan, kazakhstan, kenya, kosovo,
kuwait, kyrgyzstan, laos, latvia, lebanon, libya, lithuania, luxembourg, malaysia, mali, malta, mexico, moldova,
mongolia, montenegro, morocco, mozambique, myanmar, nepal, netherlands, new zealand, nicaragua, niger, nigeria,
north korea, south korea, korea, norway, oman, pakistan, palestine, panama, paraguay, peru, philippines, poland,
portugal, qatar, romania, russia, russian federation, rwanda, saudi arabia, senegal, serbia, singapore, slovakia,
slovenia, somalia, south africa, south sudan, spain, sri lanka, sudan, sweden, switzerland, syria, taiwan,
tajikistan, tanzania, thailand, tunisia, turkey, turkiye, turkmenistan, uganda, ukraine, united arab emirates,
uae, united kingdom, uk, u.k, united states, united states of america, us, u.s, usa, america, uruguay,
uzbekistan, vatican, venezuela, vietnam, yemen, zambia, zimbabwe, gaza, west bank, taliban
""")

# Capitals that speak for their state ("Moscow said", "Kyiv has denied"): the state's name.
CAPITALS = {
    "kyiv": "Ukraine", "kiev": "Ukraine", "moscow": "Russia", "washington": "United States", "beijing": "China",
    "london": "United Kingdom", "paris": "France", "berlin": "Germany", "ankara": "Turkey", "tehran": "Iran",
    "jerusalem": "Israel", "damascus": "Syria", "baghdad": "Iraq", "cairo": "Egypt", "riyadh": "Saudi Arabia",
    "doha": "Qatar", "beirut": "Lebanon", "tokyo": "Japan", "seoul": "South Korea", "pyongyang": "North Korea",
    "taipei": "Taiwan", "new delhi": "India", "islamabad": "Pakistan", "kabul": "Afghanistan", "warsaw": "Poland",
    "budapest": "Hungary", "minsk": "Belarus", "brussels": "European Union", "rome": "Italy", "madrid": "Spain",
    "ottawa": "Canada", "canberra": "Australia", "caracas": "Venezuela", "havana": "Cuba", "khartoum": "Sudan",
}

# Capitals and other places: not actors ("in Kyiv", "Abu Dhabi").
_NEWS_PLACES = _words("""
kyiv, kiev, moscow, washington, london, paris, berlin, beijing, tokyo, ankara, istanbul, antalya, doha,
abu dhabi, dubai, riyadh, jeddah, tehran, baghdad, damascus, beirut, cairo, jerusalem, tel aviv, brussels,
geneva, vienna, rome, madrid, lisbon, warsaw, prague, budapest, bucharest, sofia, athens, tirana, belgrade,
minsk, vilnius, riga, tallinn, helsinki, stockholm, oslo, copenhagen, amsterdam, the hague, dublin, ottawa,
new delhi, delhi, islamabad, kabul, karachi, mumbai, seoul, pyongyang, taipei, hanoi, bangkok, jakarta,
manila, canberra, sydney, nairobi, addis ababa, khartoum, tripoli, algiers, rabat, havana, caracas, bogota,
lima, brasilia, buenos aires, mexico city, kharkiv, odesa, odessa, mariupol, bakhmut, donetsk, luhansk,
zaporizhzhia, kherson, crimea, donbas, donbass, sevastopol, lviv, dnipro, kursk, belgorod, st petersburg,
europe, asia, africa, middle east, latin america, north america, south america, the west, west, east,
new york, new york city, los angeles, chicago, houston, philadelphia, boston, miami, atlanta, dallas, denver, seattle,
san francisco, detroit, cleveland, charlotte, pittsburgh, baltimore, las vegas, phoenix, orlando, tampa,
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho,
illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota,
mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina,
north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee,
texas, utah, vermont, virginia, west virginia, wisconsin, wyoming, bosporus, black sea, pacific, atlantic,
capitol hill, wall street, silicon valley, manhattan, brooklyn, hollywood, scotland, wales, england,
northern ireland, bavaria, siberia, chechnya, kashmir, punjab, darfur, aleppo, idlib, mosul, raqqa, homs,
labor day, labour day, election day, memorial day, independence day, veterans day, thanksgiving, christmas,
easter, ramadan, eid, new year, new year's day, jim crow, black friday, super tuesday, good friday,
halloween, hanukkah, diwali, passover, yom kippur, rosh hashanah, juneteenth, lent
""")

# Bodies by name; with the parties and armed groups of the world's news whose names read like a title before a
# name ('National Rally' is no person 'Rally').
ORGANIZATIONS = _words("""
un, u.n, united nations, nato, eu, e.u, european union, kremlin, white house, pentagon, congress, senate,
state department, fbi, cia, nsa, imf, world bank, who, opec, g7, g20, osce, iaea, unicef, unhcr, icc,
red cross, hamas, hezbollah, isis, isil, islamic state, al qaeda, wagner, tass, ria novosti, interfax,
reuters, ap, associated press, afp, bbc, cnn, fox news, nbc, cbs, abc, msnbc, npr, politico, breitbart,
new york times, washington post, wall street journal, guardian, the guardian, times, the times, bloomberg,
supreme court, homeland security, democratic party, republican party, gop, dnc, rnc, house, parliament, duma,
verkhovna rada,
knesset, bundestag, security council, general staff, european commission, african union, arab league,
facebook, twitter, google, apple, microsoft, amazon, youtube, x, instagram, tiktok, telegram, the post,
human rights watch, amnesty international, doctors without borders, médecins sans frontières, msf, red crescent,
world health organization, world food programme, wfp, ocha, unrwa, unesco, save the children, oxfam, interpol,
al-shabab, boko haram,
national rally, national front, front national, likud, fidesz, sinn fein, sinn féin, fatah, anc, bjp, afd,
alternative for germany, pis, law and justice, ennahda, muslim brotherhood, houthis, ansar allah, hts,
hayat tahrir al-sham, pkk, ypg, sdf, m23, rsf, rapid support forces, fretilin, podemos, vox,
syriza, akp, chp, hdp, pti, pml-n, awami league, bnp, morena, peronists, chavistas, zanu-pf, mdc, swapo, frelimo,
renamo, unita, mpla, eln, farc, shining path, cpc, communist party of china, ldp, kmt, dpp, nld,
national league for democracy, tatmadaw, al-nusra, jnim
""")

ORG_HEADS = _words("""
party, committee, council, ministry, department, agency, foundation, institute, institution, university, college,
school, center, centre, association, union, bank, fund, organization, organisation, commission, court, congress,
senate, assembly, parliament, campaign, times, post, news, network, corp, corporation, inc, group, forces, army,
navy, air force, guard, administration, office, service, caucus, board, bureau, company, press, journal, tribune,
herald, gazette, courier, chronicle, telegraph, inquirer, sentinel, daily, radio, tv, television, channel, church,
club, coalition, alliance, front, movement, brigade, battalion, regiment, police, authority, authorities,
federation, league, society, societies, associations, trust, program, programme, project, initiative, forum, summit,
conference, convention, museum, hospital, airlines, airways, motors, industries, holdings, capital, partners,
republicans, democrats, media, magazine, review, poll, pac, watch, labs, works, investigations, services, affairs,
research, studies, relations, resources, show, debate, debates, street, observatory
""")

DEMONYMS = _words("""
american, russian, ukrainian, turkish, british, french, german, italian, spanish, polish, chinese, japanese,
korean, indian, pakistani, iranian, iraqi, syrian, israeli, palestinian, egyptian, saudi, qatari, emirati,
afghan, canadian, mexican, brazilian, australian, european, african, asian, arab, western, eastern, belarusian,
georgian, armenian, azerbaijani, kazakh, hungarian, romanian, bulgarian, serbian, croatian, greek, dutch,
belgian, swiss, austrian, swedish, norwegian, danish, finnish, estonian, latvian, lithuanian, czech, slovak,
irish, scottish, welsh, english, lebanese, jordanian, libyan, tunisian, moroccan, algerian, sudanese,
ethiopian, kenyan, nigerian, venezuelan, cuban, colombian, argentine, chilean, peruvian, vietnamese, thai,
filipino, indonesian, malaysian, taiwanese, north korean, south korean, yemeni, kurdish, soviet, nordic,
bosnian, serb, croat, slovenian, slovene, montenegrin, albanian, kosovar, macedonian, moldovan, chechen,
portuguese, icelandic, cypriot, maltese, omani, kuwaiti, bahraini, somali, eritrean, rwandan, congolese, ugandan,
tanzanian, zimbabwean, haitian, bolivian, ecuadorian, nicaraguan, salvadoran, bangladeshi, nepali, burmese,
cambodian, mongolian, uzbek, tajik, kyrgyz, tibetan, uyghur, uighur, rohingya, yazidi, pashtun, tamil, hutu, tutsi
""")

# Words that qualify a title or a party without being a people: 'Democratic nominee', 'former President'.
TITLE_MODIFIERS = _words("""
democratic, republican, conservative, liberal, federal, national, presidential, state, former, acting, top,
senior, deputy, chief, then, interim, regional, local, foreign, defence, defense, interior, justice
""")
# What may stand before a name without being part of it: a people or a title's qualifier.
NAME_MODIFIERS = DEMONYMS | TITLE_MODIFIERS

# Title words written before a name, capitalised or not ("President", "foreign minister", "Sen.").
TITLES = _words("""
president, vice, vice-president, prime, minister, premier, chancellor, secretary, senator, sen, rep,
representative, congressman, congresswoman, gov, governor, lt, lieutenant, gen, general, col, colonel, maj,
major, capt, captain, sgt, sergeant, adm, admiral, cmdr, commander, king, queen, prince, princess, pope,
sheikh, emir, judge, justice, ambassador, mayor, chairman, chairwoman, chair, speaker, leader, attorney,
dr, prof, professor, rev, reverend, bishop, archbishop, cardinal, father, sister, brother, rabbi, imam,
spokesman, spokeswoman, spokesperson, adviser, advisor, aide, envoy, director, chief, head, commissioner,
candidate, nominee, lawmaker, delegate, deputy, officer, official, diplomat, negotiator, economist,
analyst, host, founder, ceo, executive, anchor, correspondent, columnist, editor, author, strategist,
pollster, counsel, lawyer, activist, manager, coordinator, member, counterpart, first, lady, state,
foreign, defence, defense, interior, finance, health, education, energy, trade, security, policy,
national, presidential, former, acting, senior, top, staff, press, campaign, communications, house,
majority, minority, whip, del, councilman, councilwoman, assemblyman, assemblywoman, sir, dame,
lord, baroness, marshal, superintendent, inspector, detective, brig, cpl, pvt, amb, atty, supt,
administrator, secretary-general, director-general, commissioner-general, under-secretary, prosecutor, treasurer,
magistrate, commandant, rapporteur, ombudsman, president-elect, governor-elect, chairperson, comptroller, registrar,
mp, mep, msp, mla, agent, special, charge, sheriff, trooper, constable, councillor, alderman,
det, insp, dci, dcs, dsupt
""")

# Role nouns: the head of a title or appositive ("the foreign minister", "an aide to Mr Putin").
ROLE_NOUNS = _words("""
president, minister, premier, chancellor, secretary, senator, representative, congressman, congresswoman,
governor, general, colonel, commander, admiral, king, queen, prince, pope, sheikh, emir, judge, justice,
ambassador, mayor, chairman, chairwoman, chair, speaker, leader, attorney, professor, spokesman,
spokeswoman, spokesperson, adviser, advisor, aide, envoy, director, chief, head, commissioner, candidate,
nominee, lawmaker, delegate, deputy, officer, official, diplomat, negotiator, economist, analyst, host,
founder, ceo, executive, anchor, correspondent, columnist, editor, author, strategist, pollster, counsel,
lawyer, activist, manager, coordinator, member, counterpart, lady, whip, president-elect, senator-elect,
researcher, scientist, expert, historian, fellow, partner, owner, mother, father, wife,
husband, son, daughter, widow, veteran, captain, sergeant, major, lieutenant, marshal, commandant,
inspector, detective, prosecutor, investigator, chairperson, rapporteur, commentator, blogger, writer,
reporter, journalist, presenter, comedian, actor, actress, singer, rapper, musician, coach, player,
pastor, bishop, rabbi, imam, cleric, priest, student, teacher, doctor, physician, surgeon, nurse, worker,
mayor-elect, contender, challenger, incumbent, rival, opponent, ally, supporter, donor, operative,
consultant, surrogate, staffer, organizer, organiser, campaigner, chairman-elect, secretary-general,
director-general, chief-of-staff, administrator, superintendent, treasurer, magistrate, associate, star, inmate,
commissioner-general, under-secretary, ombudsman, governor-elect, comptroller, registrar, mp, mep, msp, mla,
employee, engineer, farmer, pilot, soldier, medic, paramedic, firefighter, volunteer, photographer, filmmaker,
architect, banker, entrepreneur, businessman, businesswoman, dentist, pharmacist, technician, mechanic, driver,
clerk, shopkeeper, vendor, miner, fisherman, lecturer, academic, sociologist, geologist, seismologist, rescuer,
councillor, councilman, councilwoman, alderman, sheriff, constable, trooper, agent, chaplain, warden, peer,
baroness, midwife, accountant, contractor, sculptor, painter, poet, novelist, critic,
barrister, solicitor, coroner, ruler, dictator, strongman, warlord, monarch, sultan, chieftain, mufti,
survivor, villager, resident, witness, eyewitness, refugee, passenger, mourner, bystander, neighbour, neighbor,
archbishop, cardinal, patriarch, ayatollah, td,
runner, athlete, sprinter, cyclist, swimmer, boxer, wrestler, skier, golfer, jockey, midfielder, striker,
goalkeeper, defender, batsman, bowler, referee, champion,
protester, protestor, demonstrator, figure, rector, dean, provost, headteacher, headmaster, headmistress, principal
""")

# Last words that make a name a place: 'Harlan County', 'Solomon Islands', 'Korean Peninsula'.
PLACE_HEADS = _words("""
county, counties, island, islands, province, peninsula, strait, straits, mountains, ocean, gulf, district,
region, oblast, governorate, prefecture, canton, borough, township, valley, desert, archipelago,
river, bridge, tunnel, dam, reservoir, canal, sea, beach, falls, heights, glacier, volcano, basin, delta,
airport, station, highway, motorway, expressway, boulevard, crossing, stadium, arena, tower, plaza, square, avenue
""")
# (not 'hall', 'park', 'bay', 'lake': family names too, 'Jerry Hall', 'Chan Park', 'Michael Bay')
# Bodies whose names go on after 'on': 'Board on Professional Responsibility', 'Council on Foreign Relations'.
DELIBERATIVE_HEADS = _words("board, committee, subcommittee, council, commission, panel, conference, task force")
# 'former Miss Universe Alicia Machado': a title won in a pageant, not part of the name.
PAGEANT_TITLES = _words("miss, mister, mr, ms, mrs")

# Short forms that end a name with their own dot: 'Acme Inc.', 'Warner Bros.'.
ABBREVIATED_ENDINGS = _words("inc, corp, co, ltd, bros, st, mt, ft, jr, sr, esq")
# Time zones, written in capitals after a time: no organization ('all times EDT').
TIME_ZONES = _words("""
edt, est, cdt, cst, mdt, mst, pdt, pst, akst, hst, gmt, bst, cet, cest, eet, eest, wet, utc, ist, jst, kst,
aest, aedt, msk
""")
# Sites a story says something was posted on ('posted on X', 'wrote on Facebook'): where, not who.
PLATFORMS = _words("x, twitter, facebook, instagram, tiktok, telegram, youtube, truth social, threads, bluesky")

HONORIFICS = _words("mr, mrs, ms, mx, dr, sir, dame, lord, lady, madam, mme, messrs, herr, frau")
FEMALE_HONORIFICS = _words("mrs, ms, miss, dame, lady, madam, mme, frau")

# Common given names: a capitalised word from this list starts a person's name ("Keir Starmer").
_NEWS_FIRST_NAMES = _words("""
aaron, abdul, abdullah, adam, adrian, ahmad, ahmed, alan, albert, alex, alexander, alexandra, alexei, alexey,
ali, alice, alina, alison, amanda, amy, ana, anastasia, anatoly, andrea, andrei, andrew, andrii, andriy,
andrzej, angela, ann, anna, anne, annalena, anthony, antonio, antony, arnold, arthur, ashley, barack, barbara,
ben, benjamin, bernie, betsy, beto, bill, bob, boris, brad, brian, bruce, carl, carlos, carly, carol, caroline,
catherine, charles, charlie, chris, christian, christina, christine, christopher, chuck, claire, cory, daniel,
danny, darya, dave, david, debbie, deborah, denis, dennis, diana, dianne, dick, dmitri, dmitry, dmytro, don,
donald, donna, doug, douglas, ebrahim, ed, edward, elena, eli, elizabeth, ellen, elon, emily, emmanuel, emma,
eric, erin, evgeny, evgeniy, fatima, felix, francois, frank, fred, friedrich, gary, george, georgia, gerald,
giorgia, gina, gordon, greg, gregory, hakan, hamid, hans, harold, harry, hassan, heather, heidi, helen, henry,
hillary, hugh, hunter, hussein, igor, ilham, ivan, jack, jacob, jake, james, jamie, jane, janet, jason, javier,
jean, jeb, jeff, jeffrey, jennifer, jens, jerry, jill, jim, jimmy, joan, joe, john, johnny, jon, jonathan,
jose, joseph, josh, joshua, juan, judy, julia, julian, julie, justin, kamala, karen, karl, kate, katherine,
kathleen, kathy, keir, keith, kelly, ken, kenneth, kevin, khalid, kim, kirill, kristi, kurt, larry, laura,
lauren, leon, leonard, linda, lindsey, lisa, liz, lloyd, loretta, louis, lucy, luis, mahmoud, marco, margaret,
maria, marie, marine, mark, marta, martin, mary, matt, matthew, melania, michael, michel, michelle, mike,
mikhail, mitch, mitt, mohamed, mohammad, mohammed, muhammad, mykhailo, mykola, nancy, naftali, natalia,
natasha, neil, newt, nick, nicholas, nicola, nicolas, nikki, nikolai, nina, oleg, oleksandr, oleksii, olaf,
olena, olga, omar, oscar, pat, patricia, patrick, paul, pavel, pedro, pete, peter, petro, philip, pierre,
rachel, rahm, ralph, ramzan, randy, raymond, recep, reince, rex, richard, rick, rishi, rob, robert, robby,
roger, ron, ronald, rosa, ross, roy, rudy, rustem, ruth, ryan, sam, samantha, samuel, sandra, sarah, scott,
sean, serhiy, sergei, sergey, sergiy, sharon, sheldon, stephen, steve, steven, susan, svetlana, tammy, ted,
terry, theresa, thomas, tim, timothy, tina, todd, tom, tony, tulsi, ursula, valentina, valery, valeriy, vasyl,
victor, viktor, vladimir, vladislav, volodymyr, walter, wayne, william, yaroslav, yevgeny, yulia, yuri, yuriy,
yahya, ismail, khaled, khalil, abdel, ibrahim, mahamat, yoav, isaac, itamar, bezalel, yair, gideon, ehud,
ariel, shimon, yitzhak, golda, menachem, narendra, rahul, sonia, imran, nawaz, shehbaz, ashraf, kassym, nikol,
aleksandar, aleksandr, alexandr, mateusz, mette, ulf, jonas, gitanas, edgars, kaja, alar, petr, cyril, abiy,
bola, muhammadu, yoweri, emmerson, hage, uhuru, raila, macky, khalifa, lula, gabriel, claudia, nayib, xiomara,
alejandro, miguel, santiago, mateo, sebastian, fumio, shigeru, yoshihide, suk, jae, denys, kyrylo, vitali,
vitaliy, vitaly, arseniy, iryna, tetiana, ruslan, valerii, oleksiy, yevhen, ihor, dmitriy, aleksei, vyacheslav,
nikolay, anton, yevgeniy, ella, margarita, vasily, konstantin, leonid, grigory, gennady, arkady, maxim, roman,
timur, artem, alisher, ehsan, hossein, masoud, javad, qasem, nasser, bashar, faisal, salman, tamim, kemi,
humza, yvette, wes, meghan, camilla, petteri, jared, susie, pam, kash, jd, gavin, gretchen, hakeem, elise,
marjorie, ilhan, alexandria, rashida, ayanna, cori, jamaal, raphael, joaquin, deb, xavier, merrick, karine,
jen, avril, lindsay, bernard, zbigniew, gennifer, minyon, lester, rush, sherrod, elijah, marcia, nikita, rand,
kellyanne, corey, hope, huma, rudolph, warren, jerome, kirsten, mazie, maxine, jesse, van, lamar, cornel, marc,
nathan, noah, olivia, sophia, isabella, mia, madeleine, condoleezza, colin, dan, dana, dean, howard, wolf,
chelsea, michele, ivanka, tiffany, barron, sergio, shinzo, benny, hosni, jair, luiz, andres, manuel, gustavo,
alberto, mauricio, enrique, felipe, ernesto, fidel, raul, hugo, evo, nicolás
""")

_NEWS_FEMALE_FIRST_NAMES = _words("""
alice, alina, alison, amanda, amy, ana, anastasia, andrea, angela, ann, anna, anne, annalena, ashley,
barbara, betsy, carly, carol, caroline, catherine, christina, christine, claire, darya, debbie, deborah,
diana, dianne, donna, elena, elizabeth, ellen, emily, emma, erin, fatima, georgia, giorgia, gina, heather,
heidi, helen, hillary, jane, janet, jennifer, jill, joan, judy, julia, julie, kamala, karen, kate, katherine,
kathleen, kathy, kelly, kristi, laura, lauren, linda, lisa, liz, loretta, lucy, margaret, maria,
marie, marine, marta, mary, melania, michelle, nancy, natalia, natasha, nicola, nikki, nina, olena, olga,
patricia, rachel, rosa, ruth, samantha, sandra, sarah, sharon, susan, svetlana, tammy, theresa, tina,
tulsi, ursula, valentina, yulia, gennifer, minyon, marcia, kellyanne, hope, huma, kirsten, mazie, maxine,
olivia, sophia, isabella, mia, madeleine, condoleezza, chelsea, michele, ivanka, tiffany, dana
""")

# Capitalised words that start sentences or headings but never a name.
FUNCTION_WORDS = _words("""
a, an, the, and, but, or, nor, so, yet, if, in, on, at, by, for, from, of, to, with, as, after, before, when,
while, since, until, though, although, because, during, despite, about, over, under, into, through, he, she,
it, they, we, i, you, his, her, its, their, our, my, your, this, that, these, those, there, here, then, now,
also, still, even, just, only, meanwhile, however, instead, according, asked, what, who, why, how, where,
which, whether, both, all, many, most, some, several, no, not, yes, one, two, three, four, five, six, seven,
eight, nine, ten, last, next, first,
abstract, full, text, update, updated, read, more, photo, video, watch, related, advertisement, breaking,
will, would, can, could, should, must, do, does, did, is, are, was, were, be, has, have,
had, let, like, unlike, among, between, without, within, across, around, amid, against, per, via, once,
every, each, any, other, such, much, thanks, please, earlier, later,
sources, source, officials, analysts, experts, critics, supporters, people, nearly, almost,
nobody, somebody, everybody, anybody, no-one, everyone, someone, anyone, nothing, something, everything, anything
""") | frozenset(DAYS + MONTHS + RELATIVE_DAYS)

SPEECH_VERBS = _words("""
said, says, say, saying, told, tells, tell, telling, added, adds, adding, asked, asks, asking, explained,
explains, wrote, writes, writing, stated, states, declared, declares, noted, notes, noting, argued, argues,
arguing, insisted, insists, insisting, warned, warns, warning, claimed, claims, claiming, replied, replies,
responded, responds, continued, continues, recalled, recalls, acknowledged, acknowledges, admitted, admits,
announced, announces, tweeted, tweets, posted, posts, remarked, observed, suggested, suggests, urged, urges,
urging, complained, complains, conceded, concedes, countered, counters, joked, jokes, quipped, predicted,
predicts, promised, promises, vowed, vows, emphasized, emphasised, stressed, stresses, contended,
maintained, maintains, testified, shouted, exclaimed, boasted, boasts, lamented, cautioned, concluded,
commented, comments, reiterated, confirmed, confirms, denied, denies, charged, alleged, accused, accuses,
called, calls, described, describes, repeated, agreed, mused, offered, pledged, texted, emailed, wondered,
proclaimed, thundered, snapped, scoffed, sniffed, pointed, went, blasted, slammed, criticized, criticised,
praised, echoed, echoing, reported, reports, reportedly, recounted, recounts, speaking, spoke,
according, demanded, demands, announcing, declaring, messaged,
decried, chided, rebuked, ridiculed, mocked, dismissed, touted, hailed, pleaded, begged,
yelled, cried, whispered, sighed, laughed, shrugged, answered, answers, replying, responding, asserted,
asserts, asserting, reminded, reminds, read, reads, tweeting, posting, branded, labelled,
labeled, dubbed, termed, characterized, characterised, likened, compared, opined, surmised, figured,
acknowledging, interjected, interrupted, retorted, rejoined, testifying, vowing, pledging, sings, sang,
chanted, chants, recited, quoted, quotes, call, describe, label, brand, dub
""")

# Titles that make the name after them a person's ("Sen. Ted Cruz", "Defence minister"); not mere modifiers.
PERSON_TITLES = ROLE_NOUNS | HONORIFICS | _words("""
sen, rep, gov, gen, lt, col, maj, capt, sgt, adm, cmdr, dr, prof, rev, del, atty, pres, supt, vice,
prime, lieutenant, colonel, sergeant, reverend, cardinal, archbishop, sister, brother, father, lady,
det, insp, dci, dcs, dsupt
""")

# Plural nouns for groups of people ("fellow Democrats"), never one person.
GROUPS = _words("""
democrats, republicans, americans, conservatives, liberals, progressives, independents, evangelicals,
catholics, muslims, christians, jews, latinos, hispanics, blacks, whites, millennials, veterans, democrat,
republican, gop, baby boomers, boomers, europeans, africans, asians, arabs, kurds, israelis, palestinians,
residents, officials, witnesses, protesters, protestors, demonstrators, doctors, analysts, experts, critics,
lawmakers, soldiers, troops, police, authorities, activists, villagers, survivors, families, rescuers, medics,
volunteers, workers, students, teachers, parents, voters, citizens, refugees, civilians, rebels, militants,
fighters, diplomats, sources, observers, monitors, investigators, prosecutors, officers, supporters, opponents,
leaders, members, delegates, negotiators, senators, ministers, governors, mayors, journalists, reporters,
victims, people, children, women, men, patients, immigrants, migrants, hostages, prisoners
""")

# Capitalised words that are never part of a person's name, nor an organization's: measures and diseases written in
# capitals ('per cent of GDP') name no body.
NOT_NAMES = _words("""
i’m, i'm, i’ve, i've, i’ll, i'll, i’d, i'd, it’s, it's, that’s, that's, there’s, there's, we’re, we're,
one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, twenty, thirty, forty, fifty,
hundred, thousand, million, billion, twenty-one, twenty-two, twenty-three, twenty-four, twenty-five,
twenty-six, twenty-seven, twenty-eight, twenty-nine, speech, debate, debates, skin, show, program,
amendment, plan, report, poll, survey, week, month, year, election, campaign, party,
gdp, gnp, cpi, vat, covid, covid-19, hiv, sars, ppe, lgbt, lgbtq
""")

# Words inside a capitalised run that show it is a title, not a name ("Justice Against Sponsors of Terrorism").
NAME_BREAKERS = _words("against, the, of, for, and, with, from, to, in, on, at, by, or, not, how, why, what")

# Given names borne by men and women alike: they tell no gender ("Terry Strada", "Lindsey Graham").
_NEWS_UNISEX_FIRST_NAMES = _words("""
terry, pat, kim, chris, alex, sam, jean, robin, dana, jamie, kelly, lindsey, jordan, taylor, casey, morgan,
leslie, lee, ashley, carol, hope, rush, van, jesse, francis, sasha, nikita, valery, maria
""")
# The small lists above name the people of the news; given_names adds the common names of many languages.
_CURATED = _NEWS_FIRST_NAMES | gn.MALE | gn.FEMALE | gn.UNISEX | gn.FAMILY_FIRST
# Every country of the derived table ('Marshall Islands', 'Burkina Faso') but the one-word ones that are also
# given names ('Jordan said' is more often a person); cities of two words or more ('Coral Springs') are places.
STATES = _NEWS_STATES | frozenset(c for c in dp.COUNTRIES if " " in c or c not in _CURATED)
PLACES = _NEWS_PLACES | (dp.CITIES - STATES - ORGANIZATIONS)
# The derived lists add the names the curated ones lack, with a gender only for those; never a word these lists
# give another part ('German' is a people before it is Germán, 'June' a month, 'King' a title).
_TAKEN = (_CURATED | FUNCTION_WORDS | NAME_MODIFIERS | TITLES | ROLE_NOUNS | HONORIFICS | FEMALE_HONORIFICS
          | STATES | PLACES | frozenset(CAPITALS) | ORGANIZATIONS | ORG_HEADS | GROUPS | NOT_NAMES | SPEECH_VERBS)
FIRST_NAMES = _CURATED | ((dgn.MALE | dgn.FEMALE | dgn.UNISEX) - _TAKEN)
FEMALE_FIRST_NAMES = _NEWS_FEMALE_FIRST_NAMES | gn.FEMALE | (dgn.FEMALE - _TAKEN)
UNISEX_FIRST_NAMES = _NEWS_UNISEX_FIRST_NAMES | gn.UNISEX | gn.FAMILY_FIRST | (dgn.UNISEX - _TAKEN)
MALE_FIRST_NAMES = FIRST_NAMES - FEMALE_FIRST_NAMES - UNISEX_FIRST_NAMES
FEMALE_ONLY_FIRST_NAMES = FEMALE_FIRST_NAMES - UNISEX_FIRST_NAMES
