"""Word lists the heuristics lean on; kept in one place so tuning one idea never hides inside another."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as prose, so the lists stay readable."""
    return frozenset(text.split())


_words = words


# Verbs that introduce or close a quotation; each form as it appears in copy.
SPEECH_VERBS = _words("""
    said says say saying told tells telling added adds adding wrote writes writing posted posts tweeted
    stated states declared declares announced announces confirmed confirms confirming warned warns warning
    claimed claims claiming insisted insists insisting argued argues arguing explained explains noted notes
    noting stressed stresses stressing emphasised emphasized emphasising emphasizing reiterated reiterates
    reiterating replied replies responded responds answered answers asked asks admitted admits acknowledged
    acknowledges conceded concedes recalled recalls recalling described describes describing called calls
    calling urged urges urging promised promises promising pledged pledges vowed vows accused accuses
    criticised criticized denied denies predicted predicts suggested suggests referred refers referring
    dubbed labelled labeled branded termed read reads cautioned cautions complained complains lamented
    laments remarked remarks commented comments observed observes countered counters retorted agreed agrees
    joked jokes quipped quips boasted boasts testified testifies shouted yelled whispered praised mocked
    slammed blasted hailed welcomed dismissed rejected defended maintained maintains contended contends
    asserted asserts alleged alleges disputed disputes underlined underscored continued continues concluded
    concludes explained recounted recounts reported reports wrote hoping hoped hopes captioned promised
    signalled signaled indicated indicates proclaimed mused muses sighed laughed laughs shrugged
    added texted emailed messaged thundered fumed snapped tells wrote shared advised advises reminded
    reminds cautioned appealed declaring announcing stating replying answering admitting conceding
    predicting suggesting complaining explaining vowing pledging accusing
    pleaded pleads pleading begged begs implored implores demanded demands interjected interrupted exclaimed
    exclaims cried cries screamed murmured muttered scoffed scoffs grumbled grumbles chided scolded lambasted
    objected protested opined opines reasoned reckoned reckons speculated revealed reveals
    disclosed confided confessed assured assures reassured briefed affirmed affirms swore rebutted
    wondered wonders conceding reflected reflects elaborated summed quipped recollected spoke speaks
    raged beamed grinned enthused gushed bemoaned found finds recommended recommends estimated identified call citing
""")

# Verbs that can follow the quote directly with the speaker after them: "…," said Jane Doe.
INVERTED_VERBS = _words("""
    said says added adds wrote writes asked asks replied replies continued continues explained explains
    insisted insists noted notes recalled recalls told tells warned warns argued argues declared declares
    stressed stresses acknowledged admitted concluded concludes countered retorted observed remarked
    recounted recounts laughed laughs joked quipped cautioned
    pleaded begged exclaimed cried murmured muttered interjected demanded wondered mused conceded confided
    assured shouted yelled whispered snapped admits reflected elaborated scoffed urged
    fumed raged thundered beamed smiled grinned sighed enthused gushed lamented complained bemoaned boasted
    vowed promised predicted claimed stressed noted
""")

PARTICIPLES = _words("""
    saying adding telling claiming insisting arguing noting stressing warning calling describing hoping
    referring urging promising confirming emphasising emphasizing reiterating recalling writing citing
""")

# Thought and perception verbs: what follows them is the subject's own view ("he sees 'excellent chances'").
THOUGHT_VERBS = _words("""
    sees see saw believes believe believed thinks think thought feels feel felt considers consider considered
    expects expect expected fears fear feared knows know knew finds find found regards regard regarded
""")

# Verbs that give something a name or label: what they put in quotation marks is a term, not a statement.
NAMING_VERBS = _words("""
    called calls calling call dubbed dubs dubbing termed terms labelled labeled labels labelling labeling
    branded brands branding described describes describing describe referred refers referring refer
    nicknamed christened accused accuses accusing
""")

# Copulas, auxiliaries and modals: a quotation right after one is the predicate of the clause it ends.
PREDICATE_LEADS = _words("""
    is are was were be been being am has have had will would can could should must may might shall
    remain remains remained seem seems seemed look looks looked become becomes became stay stays stayed
    sound sounds sounded appear appears appeared
""")

# Words that sit between a subject and its verb without changing who speaks.
SUBJECT_VERB_FILLERS = _words("""
    has have had also then later again reportedly repeatedly consistently previously once yesterday today
    tonight recently never not would will could long already first publicly separately eventually initially
    earlier further still just now only even herself himself itself themselves since often frequently
    similarly likewise additionally openly privately bluntly flatly angrily quietly simply clearly
    apparently allegedly reportedly finally immediately subsequently ultimately meanwhile however too
    instead nonetheless nevertheless
""")

# Lower-case words that end a backwards search for the subject noun phrase.
NP_BOUNDARIES = _words("""
    that which who whom whose when while after before because if as since said says told and but or so than
    where although though unless until whether is are was were be been being having do does did to by with
    from into onto upon about against between through during without within across behind beyond under over
    amid among toward towards
""")

DETERMINERS = _words("the a an his her its their our my your this that these those")

PRONOUNS_MALE = _words("he him his himself")
PRONOUNS_FEMALE = _words("she her hers herself")

# Titles that may precede a name; everything up to the last of them is the title, the rest the name.
TITLE_WORDS = _words("""
    president vice prime minister secretary chancellor premier governor mayor senator sen sen. rep rep.
    representative congressman congresswoman congressmember councillor councilor alderman judge justice
    lady lord sir dame dr dr. doctor prof prof. professor general gen gen. colonel col col. captain capt
    capt. lieutenant lt lt. sergeant sgt sgt. admiral commander commissioner ambassador envoy king queen
    prince princess pope cardinal bishop archbishop rabbi imam sheikh emir chairman chairwoman chair
    chairperson director ceo cfo coo founder chief executive officer spokesman spokeswoman spokesperson
    minister mr mr. mrs mrs. ms ms. miss mx mx. leader coach manager head secretary-general attorney
    prosecutor sheriff detective inspector superintendent constable officer deputy assistant mp mep
    administrator analyst economist researcher scientist author novelist poet editor correspondent reporter
    member candidate nominee parent teacher principal dean rector chancellor-elect president-elect
    organiser organizer activist campaigner lawyer barrister solicitor inquiry board council counsel
    speaker whip defence defense foreign interior finance health justice education state
    cllr cllr. coun coun. cr cr. taoiseach tánaiste adv adv. advocate aling mang seri ratu tunku eng eng. ustad
    gda gda. garda
    gov gov. rev rev. revd hon hon. del del. supt supt. insp insp. det det.
    striker midfielder defender winger goalkeeper keeper forward fullback full-back quarterback pitcher
    batsman bowler flanker scrum-half fly-half halfback hooker playmaker wicketkeeper all-rounder paceman seamer
    leg-spinner off-spinner spinner opener
    madam madame mme shri sri shree smt smt. shrimati sardar pandit begum janab
    alhaji alhaja alh alh. engr engr. barr
    barr. arc arc. pst pst. datuk dato datin puan encik haji hajia mallam ustaz ayatollah mufti swami
    reverend pastor father fr fr. sister sr. brother mother deacon elder evangelist apostle bishop-elect
    councilmember councilman councilwoman councilperson assemblymember assemblyman assemblywoman alderwoman
    alderperson selectman selectwoman supervisor comptroller controller treasurer auditor auditor-general
    clerk registrar coroner magistrate trustee regent provost vice-chancellor warden ombudsman ombudsperson
    legislator lawmaker delegate mla mpp mna mhk td msp ms mk senator-elect mayor-elect governor-elect
    premier-elect attorney-general solicitor-general inspector-general surgeon-general governor-general
    lieutenant-governor undersecretary under-secretary permanent cabinet collector corporator sarpanch
    major brigadier corporal lance trooper marshal ranger commodore chaplain bombardier airman seaman
    superintendent chief-executive chairperson vice-chair co-founder cofounder boss skipper headteacher
    headmaster headmistress lecturer physician surgeon nurse paramedic firefighter agent consultant
    strategist pollster adviser advisor aide historian spokesman-designate commander-in-chief
    interim acting designate emeritus associate senior junior
""")

# Role nouns that a definite description can end on ("the Russian president", "the Kremlin occupant").
PERSON_ROLE_NOUNS = _words("""
    boss headteacher inspector engineer employee
    president leader minister premier chancellor governor mayor senator lawmaker congressman congresswoman
    official spokesman spokeswoman spokesperson coach chair chairman chairwoman director commissioner
    secretary ambassador envoy general commander chief head ceo founder star striker actor actress singer
    novelist author writer poet judge prosecutor lawyer attorney candidate nominee councillor councilor
    activist researcher scientist professor economist analyst veteran manager owner king queen prince
    princess pope monarch dictator strongman autocrat incumbent challenger opponent rival counterpart
    predecessor successor host winner champion player captain entrepreneur magnate mogul tycoon billionaire
    businessman businesswoman occupant administrator sheriff chef pastor priest cleric president-elect
    teenager mother father widow widower survivor witness victim defendant student teacher principal
    organiser organizer campaigner founder investor banker diplomat negotiator mediator rapper
    comedian presenter broadcaster journalist editor reporter pundit commentator adviser advisor aide
    midfielder defender winger goalkeeper keeper forward quarterback pitcher batsman bowler international
    barrister solicitor counsel advocate mp mep mla msp diplomat cm pm taoiseach tánaiste publican
    executive officer
    speaker comptroller treasurer auditor supervisor councilmember councilman councilwoman assemblyman
    assemblywoman alderman legislator delegate magistrate coroner trustee provost superintendent skipper
""")

# Nouns that name an organisation or a document in a definite description ("the company said").
ORG_ROLE_NOUNS = _words("""
    company firm group government ministry commission agency administration department union council board
    county municipality borough township
    committee court party campaign regulator police army military institute university organisation
    organization alliance federation bank authority office kremlin presidency cabinet parliament senate
    congress coalition network charity foundation association club team league manufacturer maker retailer
    airline operator insurer watchdog tribunal prosecutors force constabulary newspaper brokerage lender carrier
    mission forum trust consortium panel city
    consultancy publisher broadcaster chain supermarket grocer developer contractor conglomerate hospital clinic
    school college museum library airport
""")
# Plural nouns for groups that speak collectively ("prosecutors say", "residents told reporters").
GROUP_NOUNS = _words("""
    prosecutors officials residents critics analysts experts police protesters protestors campaigners lawyers
    doctors nurses scientists researchers economists investigators authorities organisers organizers witnesses
    parents teachers students workers unions employees staff members locals villagers neighbours neighbors
    farmers traders shopkeepers passengers customers fans supporters opponents activists leaders ministers
    diplomats sources observers regulators lawmakers legislators deputies senators councillors councilors
    judges jurors detectives officers soldiers troops firefighters paramedics rescuers engineers
    environmentalists conservationists historians academics scholars commentators insiders executives
    investors bankers owners landlords tenants voters opposition defence defense prosecution
    newspapers papers commentators reviewers pundits columnists reporters journalists broadcasters
    observers skeptics sceptics detractors backers admirers fans listeners viewers readers users
    advocates groups tenants renters homeowners commuters motorists shoppers consumers patients families
    friends relatives colleagues teammates classmates mourners documents records figures papers emails
    crowd crowds audience audiences gallery onlookers spectators regulars patrons visitors speakers
""")

# Common nouns that introduce an organisation's name ("the charity Paws Returned", "the state daily Glas
# Ostravije") and the other nouns a later description may use for it ("the paper", "the force").
ORG_INTRO_NOUNS = ORG_ROLE_NOUNS | _words("""
    newspaper paper daily tabloid broadsheet weekly magazine journal broadcaster channel station website outlet
    network charity club
""")
ORG_NOUN_FAMILIES = (
    _words("newspaper paper daily tabloid broadsheet weekly"),
    _words("police force constabulary"),
    _words("charity foundation organisation organization group"),
    _words("firm company business"),
    _words("club team side"),
    _words("hospital infirmary medical clinic"),
)

# Nouns for a person of a nation whose adjective has another form ("the Dane" after "Danish winger …").
DEMONYMS = {"dane": "danish", "swede": "swedish", "finn": "finnish", "pole": "polish", "scot": "scottish",
            "brit": "british", "turk": "turkish", "spaniard": "spanish", "frenchman": "french",
            "frenchwoman": "french", "dutchman": "dutch", "englishman": "english", "englishwoman": "english",
            "irishman": "irish", "irishwoman": "irish", "welshman": "welsh", "welshwoman": "welsh",
            "scotsman": "scottish", "scotswoman": "scottish", "swiss": "swiss", "czech": "czech"}

SPOKES_NOUNS = _words("spokesman spokeswoman spokesperson spokespeople")

# Heads of an indefinite description of someone the article will not name ("a frequent flyer from …").
ANONYMOUS_HEADS = _words("""
    woman man girl boy person resident neighbour neighbor passenger customer shopper flyer traveller
    traveler commuter worker employee nurse doctor parent mother father local voter fan onlooker
    bystander driver owner tenant landlord farmer student pensioner retiree veteran friend relative
    husband wife partner son daughter colleague sister brother cousin grandmother grandfather
    trader shopkeeper villager patient visitor tourist member source insider eyewitness witness
    evacuee refugee migrant survivor protester protestor demonstrator official diplomat lawyer teacher
    volunteer firefighter soldier officer aide staffer executive engineer designer developer researcher
    expert observer campaigner activist supporter critic lawmaker legislator miner fisherman mourner
    pilgrim athlete player spectator homeowner renter buyer seller vendor cyclist pedestrian motorist
    businessman businesswoman housewife widow widower teenager youth
    operator manager contractor guard technician mechanic
""")
# Kin nouns as a regular-expression alternation: "her mother, Patience", "his father, founder Lim Boon Hock"
KIN_WORDS = "grandmother|grandfather|mother|father|wife|husband|son|daughter|sister|brother|widow|widower"

ANONYMOUS_GENDER = {"woman": "f", "girl": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f",
                    "grandmother": "f", "man": "m", "boy": "m", "father": "m", "husband": "m", "son": "m",
                    "brother": "m", "grandfather": "m",
                    "fisherman": "m", "businessman": "m", "businesswoman": "f", "housewife": "f", "widow": "f",
                    "widower": "m"}

DOCUMENT_NOUNS = _words("""
    statement report study notice communiqué communique letter filing document memo release paper survey
    ruling judgment verdict declaration post tweet email indictment complaint lawsuit petition resolution
    order decree bill agreement treaty analysis review audit assessment evaluation
""")

# Last words of sports clubs' names: "Saltmarsh United", "Kilbride Thistle"; "the club" is one of these.
CLUB_HEADS = _words("""
    fc afc united rovers athletic athletico wanderers albion rangers hotspur orient argyle thistle
    academicals harriers town city
""")

# Last words that make a capitalised sequence an organisation.
ORG_HEADS = _words("""
    administration group commission council ministry department agency alliance union party association
    institute university review times post news board committee court office bank ltd ltd. inc inc. corp
    corp. company co co. authority service services network foundation organization organisation federation kremlin
    house pentagon parliament government assembly senate congress police army navy force forces guard
    corporation trust fund reserve tribunal church club league team society centre center college school
    hospital agency bureau directorate secretariat cabinet coalition movement front brigade commission
    forum alliance partners holdings group plc llc gmbh ag sa council nations railways rail airlines airways
    motors industries media press herald journal gazette tribune courier ledger telegraph guardian
    observer express mail review magazine channel radio tv broadcasting chamber campaign inquiry
    panel infirmary clinic museum watch
    division unit command corps squad wing cell branch section
    consortium cooperative co-op insolvency advisory mission brotherhood guild fellowship confederation
    syndicate collective caucus bloc health staff
    coaches buses travel tours pharmacy pharmacies observatory laboratory museum library archive archives
    properties developments estates capital technologies technology systems solutions energy power airways
    logistics pharmaceuticals pharma labs laboratories foods brands resources mining minerals oil gas
    petroleum steel construction engineering consulting consultancy associates ventures investments
    insurance assurance realty homes hotels resorts telecom telecoms communications software robotics
    therapeutics biosciences healthcare bakery bakeries brewery breweries dairy farms textiles electronics
    devices semiconductors shipping freight transport transit railway railroad utilities utility water
    bancorp financial finance securities exchange markets studios entertainment pictures records publishing
    productions retail stores supermarkets medical aggregates quarries aid cement products goods mobility
""") | CLUB_HEADS

# Last words of the names of places, buildings, times and events: "Pell Street", "Zero Hour", "Hollis Ridge".
# Such a name is no one a pronoun can mean, though it may still speak for an office ("Downing Street said").
PLACE_HEADS = _words("""
    street st road rd avenue ave lane boulevard blvd drive highway freeway motorway expressway parkway square
    plaza bridge river lake mountain mountains mount hill hills valley canyon creek falls bay beach coast
    island islands peninsula harbour harbor port canal park gardens stadium arena ground airport station
    terminal mall hotel heights ridge county district province township village borough parish ward region
    prefecture estate barrage dam reservoir forest woods desert basin delta gulf sea ocean strait channel
    hour day week month festival cup games championship championships olympics summit conference expo fair
    derby marathon tournament trophy league season weekend
    scheme project programme program initiative plan strategy policy act bill treaty accord
    crescent terrace grove mews
""")

# Nouns for a firm: before its name ("supermarket chain KakiMart") or standing for it ("the company said").
FIRM_NOUNS = _words("""
    company firm group chain retailer developer startup start-up lender carrier insurer bank brand operator maker
    carmaker automaker airline conglomerate supermarket grocer broadcaster publisher consultancy contractor
    manufacturer stockbroker broker brokerage
""")

# Last words of the names of firms: "the company" means one of these before a council or a charity.
CORPORATE_HEADS = _words("""
    ltd ltd. inc inc. corp corp. co co. plc llc gmbh ag sa company corporation group holdings partners
    industries motors media airlines airways railways coaches buses travel tours pharmacy pharmacies
    properties developments estates capital technologies technology systems solutions energy power logistics
    pharmaceuticals pharma labs laboratories foods brands resources mining minerals oil gas petroleum steel
    construction engineering consulting consultancy associates ventures investments insurance assurance
    realty homes hotels resorts telecom telecoms communications software robotics therapeutics biosciences
    healthcare bakery bakeries brewery breweries dairy farms textiles electronics devices semiconductors
    shipping freight transport utilities bancorp financial securities studios entertainment pictures records
    publishing productions retail stores supermarkets bank consortium cooperative insolvency advisory
""")

# Place names that are often used as speakers for their governments ("Moscow said").
PLACES = _words("""
    russia ukraine moscow kyiv kiev washington beijing china london paris berlin brussels france germany
    britain uk us usa america israel gaza iran tehran tokyo japan india delhi canada ottawa mexico brazil
    argentina chile peru colombia venezuela spain madrid italy rome poland warsaw hungary budapest slovakia
    austria vienna turkey ankara syria damascus iraq baghdad egypt cairo saudi riyadh qatar doha taiwan
    taipei korea seoul pyongyang australia canberra europe africa asia nato eu crimea donbas belarus minsk
    sumy kharkiv odesa lviv geneva switzerland sweden norway denmark finland netherlands belgium ireland
    dublin scotland wales england portugal lisbon greece athens serbia romania bulgaria czech prague
    texas california pacific atlantic westminster
""")

# Capitalised words that start sentences or headings without naming anyone.
CAPITALISED_STOPWORDS = _words("""
    the a an in on at it its this that these those he she they we i you his her their our my your but and
    or for if when while after before according asked speaking talking under outside inside now since
    however meanwhile behind relaunching once as with without by from of to not no yes there here what why
    how who whom which where then so also still yet even just only both either neither each every all some
    many most more few several other another such last next first second third new over during into
    between about against among despite although though because unless until today yesterday tomorrow
    tonight earlier later monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december easter christmas ramadan asked mr mrs
    ms dr is are was were be has have had do does did will would can could should must may might
    following given unlike like instead apart beyond near one two three four five six seven eight nine ten
    sign share read watch listen subscribe photo video updated published posted copyright all rights
    former ex late then-
""")

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Common given names with a clear conventional gender; enough to break "he"/"she" ties in news copy.
FEMALE_NAMES = _words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
    cynthia kathleen amy angela shirley anna ruth brenda pamela nicole katherine samantha christine emma
    catherine debra rachel carolyn janet maria heather diane julie joyce victoria kelly christina joan
    evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria
    teresa doris sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle
    abigail brittany rose diana natalie sophia alexis lori kayla jane alana bethany paula celia lena
    valentina priya ilse aisha dana magda elke karin ana clara nina rosa sofia maya joan ursula angela
    giorgia kamala hillary nancy theresa liz yulia olena iryna natalia svetlana tatiana ivanka melania
    marine ursula kaja annalena christine mette sanna jacinda fatima aylin leila yasmin mariam
    ayesha mei ling yuki hana sakura chloe zoe ella isla amelia freya ava mia lucy ellie harriet imogen
    beatrice eleanor charlotte sophie lily jessica kate kathy cathy sally helen hellen irene ingrid greta
    astrid sigrid marta magdalena agnieszka katarzyna anja petra monika sabine ute birgit nadia oksana
    daria alina camille amelie manon lea chiara francesca giulia elena lucia carmen dolores pilar marisol
    ines beatriz luisa gabriela fernanda camila valeria ximena adriana claudia mariana margarita
    marisa gwen leontyne hanne amara maren odile aurelia katrin dolores eleanor gwyneth rhiannon
    sian siobhan aoife niamh ciara orla roisin sinead mairead fiona morag kirsty shona ailsa iona
    bronwen megan cerys nia ffion tegan jade kerry stacey tracy tracey joanne lorraine maureen doreen
    eileen pauline wendy gillian alison jill vanessa miranda fenella philippa penelope rosalind imelda
    annika linnea elin ebba maja frida johanna hanna henna saara aino tuula pirkko marjatta liesbeth
    anouk femke sanne lotte noor fleur ilse marloes annelies brigitte heike gisela renate ulrike
    dorota ewa joanna beata malgorzata zofia ilona erzsebet zsuzsanna eszter ioana andreea mihaela
    simona ana-maria milica jelena dragana snezana ayse elif zeynep fatma emine meryem sevda deniz
    ananya divya kavya lakshmi sunita anjali pooja neha shreya rani sita parveen nasreen shabana
    amina zainab khadija halima salma rania noura hala dalia yara chiamaka ngozi adaeze chinwe folake
    funmilayo yetunde ama akosua abena efua nomvula thandiwe zanele lindiwe naledi keiko yoko akiko
    naomi hiroko tomoko mai lan linh thao huong ji-woo seo-yeon min-ji xiu ying xia fang jing
    latoya tanisha keisha shanice ebony precious destiny imani aaliyah
""")
MALE_NAMES = _words("""
    james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
    ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
    alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
    peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur
    lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph
    randy eugene vincent russell elijah louis bobby philip johnny vladimir volodymyr dmitry sergei sergey
    marco emmanuel keir olaf rishi boris joe barack xi narendra recep benjamin viktor andrzej mateusz
    darnell wes tom colin liam marcus luiz tomás tomas péter henrik grant dane bill jonas
    sanjay raj leo kevin aaron nicholas jonah hakeem mitch chuck ron rudy rex ted ben bernie pete gavin
    olaf friedrich emmanuel mario matteo luigi pedro pablo javier carlos miguel alejandro diego
    jorge luis fernando ricardo andres andrés felipe sebastian sebastián mohammed muhammad ahmed ali omar
    hassan hussein ibrahim yusuf mustafa abdul khalid hamid reza akira hiroshi kenji takeshi wei jun hao
    ivan nikolai alexei alexey mikhail andrei yuri oleksandr oleksii andriy mykola taras bohdan pavel jan
    piotr tomasz krzysztof lukas lukasz stefan hans klaus jürgen jurgen wolfgang dieter uwe markus
    sven lars nils erik anders mats jens pierre jean-luc jacques francois françois philippe nicolas
    antoine hugo lorenzo giuseppe giovanni francesco alessandro antonio manuel rui joao joão duarte
    tiago hamza kwame kofi nelson desmond cyril abiy uhuru bola goodluck muhammadu julian samir callum
    tobias pieter radomir franklin felix gideon owen rhys gareth dafydd hamish angus fraser alistair
    alasdair duncan ewan euan rory declan ciaran cian niall eoin seamus padraig finn oscar harry charlie
    freddie alfie archie theo max felix toby rupert hugh giles nigel clive trevor neville graham gordon
    malcolm derek dominic jeremy quentin simon rowan jasper barnaby marcel mathieu thierry didier yves
    rene rené bruno dirk joost bram daan ruud sander wouter koen pim jaap kees matthijs emil oskar viktor
    tomasz radek zoran goran dragan milan bogdan vlad darius cosmin florin sorin ionut aleksandar nenad
    kemal emre mehmet murat burak cem arjun rahul vikram amit anil sunil rohan ravi vijay deepak
    nikhil karthik aditya kunal tariq imran faisal bilal usman zain idris kareem malik jamal darius
    andre andré tyrone deshawn jamal terrell marquis jerome cedric reginald lamar rashad kwabena kojo
    chidi emeka obinna tunde femi segun babajide chinedu ikechukwu yaw kwesi themba sipho thabo bongani
    hiroshi takashi haruto ren sota yuto minh tuan duc hieu jin hyun joon seung min-jun wen jie chen
""")

HONORIFIC_GENDER = {"aling": "f", "mang": "m",  # Filipino: "Aling Rosario", "Mang Ernesto"
                    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
                    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "lady": "f", "dame": "f",
                    "madam": "f", "madame": "f", "mme": "f", "smt": "f", "smt.": "f", "shrimati": "f",
                    "begum": "f", "hajia": "f", "alhaja": "f", "datin": "f", "puan": "f", "shri": "m", "encik": "m",
                    "queen": "f", "princess": "f", "spokesman": "m", "spokeswoman": "f",
                    "chairman": "m", "chairwoman": "f", "congressman": "m", "congresswoman": "f",
                    "businessman": "m", "businesswoman": "f", "actress": "f", "widow": "f",
                    "mother": "f", "father": "m"}

# Words that can stand for a head of state or government in a description.
ROLE_SYNONYMS = {
    "leader": ("president", "prime", "premier", "chancellor", "leader", "head"),
    "head": ("president", "director", "chief", "chair", "chairman", "chairwoman", "leader", "head"),
    "chief": ("director", "head", "chief", "ceo", "commissioner"),
    "boss": ("director", "head", "chief", "ceo", "manager", "coach"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "premier": ("prime", "premier"),
    "cm": ("chief", "minister", "cm"),
    "pm": ("prime", "minister", "pm"),
}

ABBREVIATIONS = _words("""
    mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev hon no vs etc inc ltd co corp dept est coun cllr
    approx fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n e.g i.e a.m p.m
""")

# Forms that are as often nouns ("similar claims", "member states"); only verbs when a subject precedes them.
NOUN_OR_VERB = _words("claims notes calls reports comments remarks promises reads states posts answers replies "
                      "warns pledges vows argues")
