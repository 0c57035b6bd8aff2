"""Given names of many languages, derived from the person providers of Faker (MIT licence): data only.

Written by tools/derive_lexicon.py, which says what is kept; the gazetteer adds these to its curated
lists, which win where both name a word. Lower case.
"""

from __future__ import annotations

# Given to men in the locales that list them.
MALE = frozenset("""
aaden aadi aage aapo aarav aarnav aarne aaro aaron aarush aarón aatos aayush abayomi abb abbas abbos abbott abdalla
abdallah abdelatif abdelkader abdellah abderaouf abderrahmane abdiel abdihakim abdirahman abdiş abdu abduaziz
abduboriy abdul abdulbekir abdulgazi abdulhamid abdulkadir abdullah abdullahi abdulloh abdulmenaf abdulsemet
abdumalik abdurahmon abdurrahman abdón abdülahat abdülcemal abdülhadi abdülkerim abdülsamed abdürreşit abe abednego
abeer abeiku abel abelardo abhimanyu abhiram abid abie abilio abiodun abiona abner abraham abram abror abubakar
abubakr abuzar abyasa acar acey achiel achille achim acie aclan acy adak adalbert adalberto adam adamo adams adan
adasal addi adebiyi adebowale adedayo adedeji adekitan adekola adekunle adelard adelardo adelbert adeleke adelin
adelmo adem adeniyi adeolu adeoti aderopo adeshina adesoji adetayo adeyi adhiarja adi adiarja adigun adika adikara
adil adin adinata adis aditya adlai adlan admir adnan adolf adolfo adolph adolphe adolphus adonis adrain adriaan
adrian adriano adriel adrien adrián adron adrían adríel advaith advay advik adán adíel adólf adıgün aedan aengus
afer afil afiq afolarin afonso afrim aftin agapito agastya aggrey agim agnar agne agni agnolo agnos agostino agris
agron agus agustin agustus agustín ahat ahmad ahmet ahsen ahti aidan aiden aidyn aigars aijuka aimable aime aimo
aimé ainārs aitor aivar aivars ajala ajan ajani ajiman ajimat ajimin ajiono akalan akanmu akar akarsana akatay akbar
akbaş akboğa akcivan akdora akdurmuş akeem akgöl aki akif akinkunmi akinlabi akinwale akkerman akmal akmaner akobir
akram aksay aksel akseli akshay aksöğüt aktemür akver akwasi akwesi akçabay akçasu aköz akınal alaaddin alade aladin
aladino alaeddin alain alambana alamiro alamu alan alanalp alanzo alastair alattin alban albano albeiro alberico
albert alberto alberts albertus albin albion albrecht alby albín alcan alcee alcide alcides aldair aldar aldemar
alden alderano aldin aldis aldo alec aleck aleix alejandro alejo alek aleks aleksandar aleksander aleksandr
aleksandrs aleksanteri aleksei aleksej aleksi alen aleodor alessandro alessio alexandar alexande alexander alexandre
alexandro alexandros alexandru alexe alexei alexej alexi alexzander alexíus aleš alf alferd alfie alfio alfons
alfonse alfonso alfonz alfonzo alford alfred alfredo alfreð alfréd alfrēds alger algernon algie algot aliabbas
aliihsan alijah alin alinur alirio aliro aliseydi alistair alistar alister aliyu aljaž aljoša alkor allahverdi allan
alli allyn almar almer almir almon almus alois alojz alojzij alonso alonza alonzo aloys aloysius aloïs alparslan
alpcan alpheus alphonce alphons alphonse alphonso alphonsus alpin alpsü alrekur alston altin alton altoğan altuğ
altınkaya altınışın alvah alvan alvar alvaro alve alveiro alver alvia alvie alvin alvis alvy alwin amadeo amadeus
amado amador amancio amando amar amare amarion amaro amaru amasa amaury amaç ambers ambrose ambrosio ambróz amedeo
amedeu americo amerigo amico amil amin amine amit amleto ammon amol amon amos amri amza américo amílcar amír
anacleto ananias anar anaru anas anastacio anastasio anastasios anatol anatole anatoli anatolie anatolij anay ancel
ancil ancizar anders andile andiç andon andor andrae andre andreas andree andrei andrej andrejs andres andrew andrey
andrešs andri andrian andrija andrin andris andrus andrzej andrás andré andréas andrés andwele andy anej anes
anfernee anfinn angantýr angavu ange angelino angelo anggabaya anghel angi angus anh anibal anicet anirudh anis
anjolaoluwa anmol annak annar annarr annas annel annes annibale anom anoni ansaldo ansel anselm anselmo ansgar ansh
ansis anson anssi antal antero anthoney anthony antim antione anto antoin antoine anton antone antonello antoni
antonin antonino antonio antonios antoniu antonius antons antonín antoníus antoon antti antun antwain antwan antwon
antónio antônio anvar anwar anyelo aníbal anže aodhan aongus apaydın apolinar apollo apostolos aqil aquiles aran
aras arba arben arbey arbie arbnor arcan archibald archie arda ardian ardit arent arezki argemiro argono argu ari
arian aribert aric arif arifcan ariki arild arilíus arin arinbjörn aristide aristides arjun arkadiusz arkut arlan
arland arlen arlin arlind arlis arlo arlyn arman armand armando armands armas armend armin armond armstead arnald
arnaldo arnaldur arnar arnau arnaud arnav arnberg arnbergur arnbjörn arnd arndt arndór arne arnes arnett arnfinnur
arnfreyr arnfried arngeir arngils arngrímur arnie arnim arnis arnkell arnlaugur arnleifur arnljótur arnmundur
arnmóður arno arnoddur arnold arnoldo arnolds arnošt arnsteinn arnulf arnulfo arnviður arnór arnúlfur arnþór aron
arpağ arpád arran arron arsenie arsenio arsim arsipatra artan artanto artawan artemio arther arthor arthur arthúr
artie artis arto arttu artturi artur arturo arturs artúr artūrs aru arvel arvid arvil arvin arvo arvīds aryan aríel
aríus arıel arıkol arısoy asa asad asael asafe asalet asani asberry asbjørn asbury asdrubal asger ashby asher asif
asilbek asirwada asirwanda asko askur aslan aslanhan aslijan asmadi asman asmianto asmuni aspar assar aston astrit
aswani asım asəf atabala atagün atalay atamoğlan atasagun atatöre atenulf atgun athanasios atharv athman athuman
athumani atila atilhan atilio atli atma atmaja atnan atte atticus attila attilio atılgan aubra audley audy augustin
augustine augusto augusts augustus augustín aukusti aulis aurel aurelian aureliano aurelien aurelio aurică aurthur
aurélien austar austen austine austmann austmar auston austri austyn auther authur autry auðbergur auðbert auðbjörn
auðgeir auðkell auðmundur auðun auðunn auðólfur avelino avery avgust avi avon avram avşin axel axinte ayaan ayaydın
aybora ayden aydin aydinç aydınbey aygutalp ayinde aykutalp ayman aymen aymeric ayodeji ayodele ayoub aypar aysoy
aytek aytuna ayub ayush ayushman ayvas ayşan azaan azad azeglio azettin aziz azizi azər açıkel aðalberg aðalbergur
aðalbert aðalbjörn aðalborgar aðalgeir aðalmundur aðalráður aðalsteinn aðólf ağa ağahadi ağakişi ağamalı ağamusa
ağasəfa ağaxan ağmur aşir baba babasola babatunji babawale babyboy baccio bachittar bagas bagiya bagus bagya
bahaddin bahadurjit bahadır bahati bahittin bahuraksa bahuwarna bahuwirya bailie bairon bajragin bajram bakari bakda
bakhshi bakiadi bakianto bakidin bakijan bakiman bakiono bakti baktiadi baktianto baktiono bala balamantri balangga
balapati balatekin baldassare baldomero balduino baldur baldvin baldwin balendra balhaar bali balidin balijan
balinda baljiwan ballard baltasar baltazar baltaş balthasar balvan balveer balz balázs banara banawa banawi bancar
bandile banjeet baptiste barak baraka barasa barbu baris bariş barna barnabás barnard barnett barnie barrett barri
barron barsen bart bartek bartholomew bartholomäus bartley bartolomej bartolomeo bartolomeu bartolomé barton barði
barışcan bas basarab bascom bashkim basile basilio bastiaan bastian bastien bastián bastían basım baturay batırhan
baudelio baudouin baugur bautista baxter bayard baydu baykan bayman bayram bayron bayruhan baytal bayzettin bağdaş
başay başhan başok beauden beckett beckham bedi bedri bedřich beecher behrem behruz beinir beinteinn beitir bekan
bekbay bekim bekir bektaşi belarmino belisario bellisan belo belton ben benard bence bendegúz benedek benedetto
benedict benedicto benedikt bengibay bengt beniamin benicio benidikt benigno benito benjaman benjamen benjamim
benjamin benjamine benjamín benji benjiman benjman benjámin benn bennett benno benny benoit benol benone benoný
benoît benson bentley bento benton benvenuto benício benóní benóný beppe beren berend berent bergfinnur berghreinn
bergjón bergmann bergmar bergmundur bergsteinn bergsveinn bergur bergvin bergþór berkal berki berkley berksay
bernabé bernard bernardino bernardo bernd bernd-dieter berndt bernfried bernhard bernharð bernharður berni bernie
bernt bernward bernódus berran bersi bert bertalan bertel berthold bertil berto bertold berton bertram bertrand
besart beshte besim besin besnik bessi bett betúel bevan beyda beyler beyzade beňadik bhekani biagio bibuwa bican
biel bilal bilender bilgen bilgütay bilol biltaş binbaşar binışık birger birgir birkir birnir birsen birt birtingur
birtir bişar bjargar bjargmundur bjargþór bjarkan bjarkar bjarki bjarmar bjarmi bjarnar bjarne bjarnfinnur
bjarnfreður bjarnharður bjarnhéðinn bjarni bjarnlaugur bjarnleifur bjarnsteinn bjarnólfur bjarnþór bjartmann
bjartmar bjartur bjartþór bjorn bjólan bjólfur björgmundur björgvin björgólfur björgúlfur björn björnólfur bjørn
bladimir blahoslav blain blaise blanchard blane blas blaž blažej blerim bluford blængur blævar boaz boban bobur
bodhi bodo boe bogdan bogi bogomir bohdan bohumil bohumír bohuslav bohuš bojan bolden boleslav bolli bonface
boniface bonifacio bonifác booker boone borahan borataş borgar borgúlfur borgþór boris borja borris borut borys bose
botond boyce boyd boynak boysie bozbağ bozerk boztaş boði boğatimur bořivoj boštjan božo braden bradley bradly brady
bradyn braeden braedon bragi brahim braiden bram bramwel brandan branden brandin brandt brandur brandyn branislav
branko brannon branson brant brantley braulio bravin braxton brayan brayden braydon braylen braylon breandan brecht
breki brencis brendan brenden brendon brennan brennen brennon breno brenton bresi brestir bret brian brice bridger
briek brien brieuc brijesh brimar brimi brimir brion britton brjánn brock broddi broderick brodie brody bronson bror
bruce bruno bryant bryce brycen bryngeir brynjar brynjólfur brynjúlfur brynleifur brynsteinn bryntýr brynþór bryon
bryson bryton brími brăduț bucur budd buddie budi buel buell buford buhari bujar bulunç burak burakhan burckhard
burdette buren burgess burghard burim burk burkard burke burkhard burkhardt burkni burl burleigh burley burnell
burnett burney burnie burrel burrell burt burton burç buyrukhan bynum byron bystrík bálint bárður bæring bæringur
bæron béla bóas bói bótólfur börje börkur börteçin böðvar bøje børge búi búri büget bünyamün bănel bērends bērtulis
błażej břetislav bəhlul bəhram bəhruz bəkir bəşir bảo cabbar cabir cade caden cael caesar cagak cager cahal cahangir
cahir cahya cahyadi cahyanto cahyo cahyono caiden cailum cain caio caius caket cakrabirawa cakrabuana cakrajiya
cakrawala cakrawangsa calcedonio cale caleb calebe calhoun calisto calixto callan callum calogero calum calvin
calvince camil camillo camillus camilo campo camren camron canberk candelario candeniz candido candra candrakanta
cangür canice cansin cantemir cantez caoimhin caolain caolan caomhan capa caraka carl carl-heinz carl-johan carleton
carlito carlo carlos carlton carlyle carmelo carnell carsen carsten carter carub cas casemiro casen casian casimer
casimir casimiro cason caspar cass cassius caswell cathal catur caturangga cauã cauê cavad cavid cavit cawisadi
cawisono cawuk cayadi cayden cayetano cazimir ceasar cebesoy cebrián cecep cecil cecilio cedric cedrick cedrin
ceferino celal celestino celilay celso cem cemal cemalettin cemani cemeti cemil cemplunk cenan cengiz cengkal
cengkir cephus cercis cesar cesare cetin cevheri ceylon cezar cezary cezayir chabane chace chadd chadrick chadwick
chaim chaitanya chakradev chakradhar chalmer chalmers champak chanakya chancey chandran chandresh charan charle
charles charls charlton charly chatresh chatura chauncey chauncy chaz che chege chema cherif cheruiyot chesley chet
cheusi chibuzo chigozie chijioke chinedu christ christer christiaan christion christof christofer christoffer
christop christoper christoph christophe christopher christos chucho chukwudi chukwuemeka chuy châu cian cianan
ciaran cihandide cillian cindoruk ciprian cipriano ciriaco ciril cirillo cirino ciríaco claas clabe claes claiborne
clarance clarence clark clarke clarnce clas claud claudio claudiu claudius claudy claus claus-dieter claus-peter
clavs clayton clearence clell clemens clemente clemon cleon cleophas cleto cletus cleve clide clifford clint clinton
clive clodomiro cloyd clyde cláudio clément clímaco coby codey codi codin codrin codruț cody coen cohen colbert
colby cole coleman coleton coley colie colin colins collin collince collins collis colm colman colten colter
coluccio colum columba colvin conal conall conan conard conchur conleth conley conn connell conner connor conor
conrad conradin conrado constantin coolidge corbett corbin cordaro cordell cordero corentin coriolano cormac cormack
corneille cornel cornelio cornelious cornelis corneliu cornelius cornell corrado corry corsin cortez corvin corwin
cosimo cosmas cosme cosmin cosmo costache costantino costanzo costel costin coty courtland coşkun coşqun craig
crawford crin cris cristea cristhian cristhofer cristian cristiano cristián cristobal cristofer cristofor cristopher
cristóbal crockett csaba csongor ctibor ctirad cullen cuman curdin curley curro curtis curtiss custodio cvetko
cyprian cyprián cyriel cyril cyrill cyrille cyrus czeslaw cándido cédric célestin césar côme cümşüd cüneyit cýrus
călin cătălin cəlal cəlil cəmil daan dabney dacian dacin dadap dadi dag dagbjartur dagel dagfari dagfinnur daggeir
dagmann dagnýr dagobert dagoberto dagur dagþór dai dainis dairo dakoda dakotah daksh dakshesh dalan dalbert dalbir
daler dalibor daliman dalimin daliono dalkılıç dalli dallin dalmann dalmar dalmas dalton dalvin damar damarcus
damari damarion dameon damian damiano damien damife damijan damion damir damián damjan damon damond damu dan danang
dancan dancun dandre dane danelíus dangelo danial daniel daniels danijel danilo daniswara danival daniël danjuma
dann danniel danny danson dante danu danuja daníel daníval danış daquan dardan darell daren dariati darien darijan
darimin darin dario darion daris darius dariusz darko darl darmaji darman darmana darmanto darnell darold daron
darpan darran darrel darrell darren darri darrian darrick darrien darrin darrion darrius darron darry darryl darryle
darryll darryn darsh darsirah dartono daru daruna darvin darwyn daryani daryl daryle daryn darío daríus dasa dashawn
daud daudi daulton daunte davante dave davey davi davian davide davin davion davon davonta davonte davor davorin
davy davíð dawid dawson dax daxton dayar dayne daði dağistan deaglan deandre deane deangelo deante decebal declan
dedric dedrick deegan deiby deion dejan dejon dejuan delbert delfino delfín delil delmar delmer delmus delos delphin
delton delvin delwin demarco demarcus demario demarion demeter demetri demetric demetrio demetrios demetrius demian
demilade demirbüken demiriz demirok demiryürek demond demonte dempsey demus denizalp denkel dennis denny denzel
denzell denzil deníel deon deondre deonta deontae deonte dequan derald dereck derek dereon deric derick derik derkay
derl dermot dermott deron derrek derrell derwin deryl desean deshaun deshawn desi desiderio desmond destin destry
detlef detlev dev devansh devante devaughn deven deviner devonta devontae devonte deward dewayne dewitt dex dexter
dezider dezső değmeer dhruv diallo diar diarmaid diarmuid dickson didier diederik diedrich diego dierk diethard
diethelm diether dietmar dietrich digdaya diken dilan dilavər dilder dillan dillard dillion dillon dimas dimaz
dimitri dimitrios dincer dinis dino dinu dinçkol dinçsü diogo dion dionicio dionigi dionisio dionte dionýz dipa
dirican dirja dirlik dismas ditmar dittmar dixon diyor diðrik djamel dmitri dobroslav dofri dogan dolli dolph
dolphus dolun dom domagoj domen domenic domenick domenico domhnall domingo domingos dominic dominick dominik
donaciano donagh donal donald donat donatello donato donavan donavon dondre donell doniyor donn donnacha donncha
donnell donny dono donough donovan donta dontae donte dorel dorian dorin dorinel dorman dorr dorsey doru dorukhan
doss doug douglas douglass dovud dow doyle dozier doğanalp doğanşah doğuhan dragan drago dragoș dragutin drahomír
drahoslav drajat draupnir draven dražen dreki drengur drilon driton drury duane duard duarte dubán ducu dufgus
dufþakur dugfús duilio duje duma dumitru duncan dunia duracan durante durdali durell durmuşali durodola durrell
dursun duruk duruöz durward durwood dusan dustan dustin dustyn duuk duván duwayne dušan dvalinn dwain dwaine dwane
dwayne dwi dwight dwyane dylano dyllan dylon dzintars dániel dávid dénes désiré díómedes dómald dómaldi dómaldur
dónald dónaldur dór dóri dósóþeus dölensoy dönməz dúi dúnn dündaralp dünyamalı dýri dýrmundur dāvis dũng eamon
eamonn ean eanna earle earley easton eba ebbe ebbi ebbie eben ebeneser ebenezer eber eberg eberhard eberhardt ebert
ebuakil ebuka ecemiş eckard eckart eckehard eckhard eckhardt eckhart edd edelbert edelmiro eder edgar edgard edgardo
edgars edgübay edi edier edilberto edilon edilson edin edinson edisson edmon edmund edmundo edmunds edoardo edon
edouard edsel edson edu eduar eduard eduardo eduards edvard edvin edvīns edw edwar edward edwardo edwin edílon eelis
eemeli eemil eerik eero eetu efe eflâtun efrain efraím efraín efrem efren efrén efser eftimie ega egbert eggert
eggþór egil egill egils egon egzon ehrenfried ehrhard eikar eilífur einar einari einer einir eino einvarður einþór
eirik eiríkur eitel eithan eivin eivind eiðar eiður eja ekalinga ekansh ekapad ekaraj ekavir ekbal ekber ekene
ekkehard ekkehart ekmel eko ekow ekrem ekundayo ekundu eladio elam elariz elberg elbert elbridge elby eldar elden
eldgrímur eldjárn eldmar eldon eldred eldridge eldur eldór eldəniz eleazar elemér elentínus eleodoro eleuterio elex
elfar elfráður elgün elhan eliakimu elian elias elick elie eliecer eliezer eliga eligah elige eligio elihu elijah
elimar elinór elio eliot eliott elis eliseo eliud elizah eliáš elkana elkin elladio ellert ellery elliot elliott
ellison elliði ellsworth ellwood ellís elman elmar elmer elmeri elmidar elmir elmo elmore elmārs elməddin elnur elof
eloi elon elonzo eloy elphas elpidio elroy elsevər elsworth elton elturan eluh elvar elver elvin elvis elwin elwood
elwyn elxan ely elyas elzie elzy elçin elí elías elíeser elímar elínbergur elínmundur elínór elís elöve elşad elşən
eman emanoil emanuel emanuele emanuil emanúel emas embrek embuh emeka emett emiel emigdio emil emile emilian
emiliano emilien emilio emiro emirşan emmanuel emmanúel emmerich emmet emmett emmit emmitt emmons emong emory empluk
emre emrullah emry emīls enar enda endra endre endrit enes engelbert engilbert engilbjartur engiljón engill engin
enginiz enis ennio ennis enno enoch enock enok enos enrico enrique ensar ensari ensio enteng enver enzio enzo eoghan
eoin ephantus ephraim ephram ephriam epifanio eral eraldo erasmo erasmus erastus eraycan erby ercan ercihan erdal
erdemer erdibay erdogan erdursun eremia eren erenalp erensoy ergener erginel ergönül ergün erhard erhardt eric erich
erick erik erinçer erion erkan erkinel erkki erksoy erkılıç erland erlar erle erlendur erling erlingur ermanis
ermanno ermenegildo ermes ermutlu ernest ernesto ernests ernestó ernie ernir ernst ernst-august ernst-dieter
ernst-otto ernő erol eron eroğul erpur errol ersel erseç ertan erten ertuncay ertün ervin erving ervín erwan erwin
eryk eryıldız eröz erşat esa esau esben esco esekíel esenbay esentürk esequiel esjar esker eskil eskinalp esko esley
esneider espartaco espen espiridión essex esteban estefan estel estes estevan estiawan estill estiono estiven eston
esupofo ethan ethelbert ethen etibar etienne etiqad ettore euan eugen eugenio eugine eugène eulogio eunan eusebio
eusebiu eustace eustaquio eustațiu eutimio eutropio evald evan evander evangelos evans evaristo evcimen evelio
everet everette evert evertt evrimer ewald ewan ewart ewell ewin ewing exequiel eyberg eydan eyjólfur eylaugur
eyleifur eymar eymundur eyríkur eysteinn eyvar eyvindur eyyub eyyüp eyþór ezekiel ezell ezequiel ezgütekin ezio ezra
ezzard eðvald eðvar eðvarð eşref faas faber fabian fabien fabio fabián fabrice fabricio fabrisíus fabrizio facundo
fadil fahrullah faiq falan falgeir falk falko falur fami fannar fannberg fanngeir faqid faraj faras farhan farhod
farid fariq faris fariz faron farouk farrell farris faruk fatmir faton fatteh faustino fausto fayette fazil fazul
feargal fearghal fedde fedele federico federigo fedor fehim feisal feliciano felicien feliks felipe felix felton
fengur fenni fenrir fenton ferat ferd ferdi ferdinand ferdinando ferdínand feremez ferenc fergal fergus ferhat
ferihan ferman fermín fernand fernando ferney ferre ferrell ferris fersan fertram ferzi festus fetullah feykir
feyruz feza fiachra fidel fidelis fidencio fiifi fikrət filip filipe filippo filippus filit finbar finbarr finian
finn finnbjörn finnbogi finnegan finngeir finnjón finnlaugur finnur finnvarður fintan fiodor fionan fionntan
fiorenzo fiorino firdavs firdovsi firman firmin firudin fisnik fitan fitim fito fitzgerald fitzhugh fiyaz fjalar
fjarki fjólar fjólmundur fjölnir fjölvar fjörnir flamur flannan flavio flaviu flem fleming flemming fletcher florea
florencio florent florentin florentino florian floridor florim floris florián flosi floyd flurin flynn flóki flórent
flóvent foch fodil folke folker folkert folu forni forrest fortunato fossmar foy frado francesco franci francisc
francisco franciscus franciszek franck franco franjo frank-michael frank-peter frankline franklyn franklín franky
frans františek franz franz-josef franz-peter franz-xaver françois françois-xavier frančišek fraser frazer frazier
fred freddy frede frederic frederico frederik fredi fredie fredo fredric fredrick fredrik fredy freybjörn freygarður
freymar freymundur freymóður freyr freysteinn freyviður freyþór fricis fridolin fridrich friedbert friedemann
frieder friedhelm friedhold friedo friedrich friedrich-karl friedrich-wilhelm frithjof fritz friðberg friðbergur
friðbert friðbjörn friðfinnur friðgeir friðjón friðlaugur friðleifur friðmann friðmar friðmundur friðrik friðsteinn
friður friðvin friðþjófur friðþór frode froilán frosti fryderyk fránn frár frédéric frímann fróði fróðmar fulgencio
fulton fulvio funi furman fuzayl fuzuli fylkir fynn fábio fáfnir fálki félix fífill fólki fúsi füzuli fəhmin fərahim
fərda fərhad fərid fərman fərrux fəxri fəxrəddin fəyyaz fəzail gabe gabin gabino gabor gabriel gabriël gabríel gada
gadang gading gaduh gael gaetano gagan gaige gaiman gaines gaither galak galang galar galasso galdur galen galih
galiono galip gallego galo galuh galur galvarino gamalíel gaman gamani gamanto gambira gamblang gandewa gandi ganep
gangsa gangsar gani ganjaran gannon gantar gara garan garang garda gardner garech gareth garett garey garfield
garibaldi garold garpur garreth garrett garri garrick garry garth garvan garvin garðar gaspard gaspare gasper gaston
gastone gastón gathoni gatis gatot gatra gaui gaukur gaurang gaurav gautam gauthier gauti gautrekur gautur gautviður
gavan gaven gavin gavyn gaylen gaylon gaylord gazel gazmend gaël gaëtan gašpar gbadebo gbolahan gbowoade gearld
gearoid geary gebhard gedion geert geir geirarður geirfinnur geirharður geirhjörtur geirhvatur geiri geirlaugur
geirleifur geirmundur geirröður geirtryggur geirvaldur geirólfur geirþjófur geisli gejza gellir gelu genaro
gencaslan gennaro geno gençay geo geoff geoffrey geoffroy geofrey georg georgel georges georgian georgios geovanni
geovanny gerald geraldo gerard gerardo gerardus geraud geray gereon gerfried gergely gergő gerhard gerhardt gerhart
germain german germán gernot gero gerold gerolf geronimo gerrard gerrit gerson gert gervasio gerwin gery gerðar
gerónimo gestur ghani ghenadie gheorghe gheorghiță ghilas ghislain ghiță giacinto giacobbe giacomo giampaolo
giampiero gian gian-luca giancarlo gianfrancesco gianfranco gianluca gianluigi gianmarco gianni gianpaolo gianpietro
gibson gicu gică gideon giel gifford gijs gil gilang gilberto gildardo giles gilford gilles gillis gilmar gilmer
gilmore gils gino ginyas gioacchino gioachino gioele gioffre gionata giorgian giorgio giosuè giovani giovanni
giovanny girik girindra girish girolamo gisbert gissur gitau githinji gitonga giuliano giulio giuseppe giustino giz
gizur gjúki gladstone glauco glendon glenwood glover glynn glói glúmur gneisti gnúpur gnýr godfrey godofredo godwin
goebel goffredo goncalo gonzalo gonçalo gopal goran gorazd gordan gorden gordon gorm gottfrid gottfried gotthard
gotthilf gotthold gottlieb gottlob gottskálk gottsveinn goyo goði goðmundur graciano grady graeme grafton graham
grani grankell granville graydon grayling grayson graziano grațian greco greene greg grega greger gregg greggory
gregor gregorian gregorio gregory greipur greppur gretar grettir greyson griffith grigore grover grzegorz grégoire
grégory grétar grímar grímkell grímlaugur grímnir grímur grímólfur grímúlfur guarino guenter guenther guglielmo
guido guilford guilherme guillaume guillermo guiseppe gumercindo gunar gunbir gundolf guneet gunnar gunnberg
gunnbjörn gunndór gunngeir gunnhallur gunnlaugur gunnleifur gunnröður gunnsteinn gunnvaldur gunnólfur gunnóli
gunnþór guntars gunter gunther guntis guntram gunārs gus guss gustaaf gustaf gustav gustave gustavo gustavus gustaw
gustáv gusztáv guthrie gutti guttormur guus guðberg guðbergur guðbjarni guðbjartur guðbjörn guðbrandur guðfinnur
guðfreður guðgeir guðjón guðlaugur guðleifur guðleikur guðmann guðmar guðmon guðmundur guðni guðráður guðröður
guðsteinn guðvarður guðveigur guðvin guðþór gwenael gylfi gyrðir gyula györgy győző gzim gábor gérald gérard géza
gídeon gígjar gísli gói gökay gökbudun göken gökhan göknur göksev gökten gökçebalan gökçil gönen göran görgünay
görklü gösta göte götz gözel gústaf gústav gücal gülağa gülbala gülel güleğen gülşahin gümüştekin günaydin günden
gündüz gündüzalp güneri güngördü günkurt günser günter günther günşen gürarda gürelcem gürsal güçal güçlüer güçyeter
gýgjar gýmir gəray habib habibu habil haciali hacıbəy haddi haddur haden hadi hadithi hadrien hafberg hafgrímur
hafiz hafliði hafnar hafni hafsteinn hafþór hagalín hagbarður hagbert haiden hairyanto hajo hakan hakeem haki
hakikat hakim hal halbert halid halidun halil halim hallberg hallbjörn halldór hallfreður hallgarður hallgeir
hallgils hallgrímur hallkell hallmann hallmar hallmundur hallsteinn hallur hallvarður hallþór halsey haluk hamar
hamid hamis hamish hamisi hamp hampus hamza hamzah hanedan hannes hanni hannibal hanno hanns hannu hans hans-adolf
hans-albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich hans-eberhard hans-erich hans-friedrich
hans-georg hans-gerd hans-gerhard hans-günter hans-günther hans-heinrich hans-helmut hans-henning hans-herbert
hans-hermann hans-hinrich hans-joachim hans-jochen hans-josef hans-jörg hans-jürgen hans-karl hans-ludwig
hans-martin hans-michael hans-otto hans-peter hans-rainer hans-rudolf hans-theo hans-ulrich hans-uwe hans-walter
hans-werner hans-wilhelm hans-willi hans-wolfgang hansel hansford hansgeorg hansjoachim hansjörg hansjürg hansjürgen
hanson hanspeter hansruedi hanss hansueli haralamb haralambie harald haraldur harambee hardana hardi hardie hardik
hardin harding hari harijs harimurti haris harish hariz harja harjasa harjaya harjo harl harlan harland harlen
harlie harlon harman harmon harol harold haroldo haron harrell harri harrie harris harrison harro harrold harrý
harsana harsanto harsaya harshil hartaka hartana hartley hartmann hartmut hartmuth harto hartvig hartwell hartwig
harun haruna harve harvey harvie harvy hasan hasbek hasim haskell hasso hasta hatem hauksteinn haukur haukvaldur
hayali hayret haywood hazen hazrat heber hebert heikir heikki heiko heilmóður heimir heimo heiner heinfried heini
heino heinrekur heinrich heinz heinz-dieter heinz-georg heinz-gerd heinz-günter heinz-günther heinz-joachim
heinz-josef heinz-jürgen heinz-otto heinz-peter heinz-walter heinz-werner heinz-wilhelm heinz-willi heisi heitor
heiðar heiðarr heiðberg heiðbert heiðlindur heiðmann heiðmar heiðmundur heiðrekur hekmet hektor helfried helge helgi
heliodoro hellmut hellmuth helmar helmer helmut helmuth helmút hemang hemi hemmert hendra hendri hendrik henery henk
henner henning henric henrich henricus henrik henrikki henriks henrique henry henryk henrý heraclio heraldo herbert
herberto herbjörn herfinnur hergeir hergill hergils heribert heriberto herjólfur herlaugur herleifur herluf herman
hermanis hermann hermann-josef hermanni hermenegildo hermes herminio hermon hermundur hermóður hernan hernando
herney hernán herrmann herschel hershel hershell hersir hersteinn hersveinn heru hervar hervarður hervey hervin
hervé herwig heryanto hesbon heydər heyvetullah heyward hezekiah hezron hezzie hicham hidde hideo hidir hikmət hilal
hilario hilaríus hilbert hildar hildibergur hildibrandur hildigeir hildiglúmur hildimar hildimundur hilding
hildingur hildir hildiþór hillard hillery hilliard hilmar hilmer hilmir hilton himawan himri hindal hinrich hinrik
hipólito hiram hiroshi hitesh hiçsönmez hjallkár hjalmar hjalmer hjalte hjalti hjarnar hjálmar hjálmgeir hjálmtýr
hjálmur hjálmþór hjörleifur hjörtur hjörtþór hjörvar hleiðar hlini hljómur hlynur hlégestur hlér hlífar hlíðar
hlíðberg hlöðmundur hlöður hlöðvarður hlöðver hnefill hnikar hnikarr hoani hobert hobson hocine hoke holden holgeir
holger holland holm holmes holti homero honoré horace horacio horatio horațiu horea horia horst horst-dieter
horst-günter horst-peter horton horymír hosea hosie hosteen houcine howard howell hoy hoyt hoàng hrafn hrafnar
hrafnbergur hrafnkell hrafntýr hrannar hrappur hraunar hredhaan hreggviður hreimur hreinn hreiðar hreiðmar hringur
hritik hrollaugur hrolleifur hrvoje hrærekur hrímnir hróaldur hróar hróbjartur hrói hrólfur hrómundur hróðgeir
hróðmar hróðvar hróðólfur hrútur hubbard hubert hubertus hudavent hudson huey hugberg hugh hughes hughey hughie hugi
huginn hugleikur hugo hugues hugó huldar humberto humoyun humphrey hunalp hunor hurbert hurley huston huxley huy
huzuri hvannar hyltir hylur hyman hynek hyrum hákon háleygur hálfdan hálfdán hámundur hárekur hárlaugur hásteinn
hávar hávarr hávarður håkan håkon håvard hængur hænir héctor héðinn híram hólm hólmar hólmbert hólmfastur hólmgeir
hólmgrímur hólmkell hólmsteinn hólmþór hóseas högni hörður höskuldur höður húbert húgó húmi húnbogi húni húnn
húnröður hükümdar hümbət hürdoğan hüryaşar hüseyin hüseyn hüseynqulu hüsmen hıfzullah hưng həci həmid həsən həsənağa
həzi iacob iain ian iancu ianis ibidapo ibrani ibrohim ibun ibán idris idriz idık ieremia ifeanyi ifechukwu ige
ignace ignacio ignacy ignatius ignatz ignaz ignazio ignác igor igors ihaia ihsan iisakki ikbal ike ikenna ikeoluwa
iker ikhsan ikin ilari ilarie ilarion ildefonso ilgı ilhan ilias ilie ilija ilir ilja ilkka illugi illya ilmari
ilmārs ilyas ilyes imanol imants imaran imer immanuel immanúel immo imran imre imrich imron indrajit indrek indriði
indriķis ingberg ingbert ingemar ingi ingiberg ingibergur ingibert ingibjartur ingibjörn ingileifur ingimagn ingimar
ingimundur ingivaldur ingiþór ingjaldur ingmar ingo ingolf ingram ingvaldur ingvar ingvi ingólfur ingþór inioluwa
inocencio inocențiu ioan ioannis ionel ionică ionuț iosif ippazio irfan irinel irl irnanto irsad irungu irven irvin
irwan irwin isaac isaack isaak isac isack isadore isai isaiah isaias isak isam isaque isaya isaías iseoluwa
isfandiyor ishaan isham ishmael ishola ishwar isiah isidor isidore isidoro isidro islom ismael ismail ismaël ismet
ismo ismoil ismık isom isreal issa issac issack issi istvan istván ituri iulian iuliu iurie iustin iustinian ivan
ivano ivar ivars iver iverson ivo ivor iván iwan izaiah izayah izidor iztok iñaki iľja işıkay işıman jaak jaakko
jaan jaanus jabal jabari jabbar jabez jabulani jace jacek jacinto jacky jacob jacobo jacobus jacoby jacopo jacques
jacquez jader jadiel jadon jaeden jaeman jafet jaga jagapati jagaraga jagat jagdish jagger jaheem jaheim jahiem
jahir jahongir jai jaider jaiman jaimie jair jairaj jairo jairus jais jajuan jaka jake jaki jakob jakobe jakobs
jakop jakov jakub jaleel jalen jalia jalmari jalol jalon jamaal jamal jamar jamarcus jamari jamarion jame jameel
jamel james jameson jamil jamin jamir jamison jamshid jan-erik jan-olof jan-peter jan-åke janez jangwa jani janic
janick janik jankat janko jannik jannis jano janos janosch janus janusz japhet japheth jaquan jaquez jarad jared
jaren jaret jarett jari jarkko jarl jarlath jarleth jarmo jarne jarno jarod jarolím jaromír jaron jaroslav jaroslaw
jarrad jarrell jarret jarrett jarrod jarvis jarwa jarwadi jarwi jase jasen jasiah jasin jasmani jason jasur jaswadi
jati jatin jatmiko javan javen javi javier javion javohir javon javonte jax jaxen jaxon jaxson jaxton jaya jayadi
jayce jaycob jaydan jaydin jaydon jayeng jaylan jaylon jaymes jayson jayvion jayvon jean-baptiste jean-charles
jean-christophe jean-claude jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel
jean-paul jean-philippe jean-pierre jean-pol jean-yves jeannot jeb jed jedediah jedidiah jeet jef jeferson jeff
jefferey jefferson jeffery jeffrey jeffry jefri jeison jeisson jelani jelle jelte jemal jenaro jenel jennings jens
jens-peter jens-uwe jenő jep jeppe jeptha jerad jerald jeramiah jeramie jeramy jere jered jerel jereme jeremey
jeremi jeremiah jeremias jeremie jeremy jeremías jerguš jerimiah jerimy jerker jermain jermaine jerman jermey
jermiah jernej jerod jeroen jerold jerome jeromy jerrad jerrel jerrell jerrod jerrold jerry jerson jerzy jerónimo
jerôme jes jesper jess jessee jesus jesús jethro jetmir jeton jett jevgeni jevon jezups jhan jhoan jhon jhonatan
jhonny jhony jiles jim jimmie jinawi jindra jindřich jip jiri jiří joachim joacim joakim joannes joao joaquim
joaquin joaquín joash jobe jobst jochem jochen jochum joe joel joep joerg joeri joeseph joesph joey joffrey johan
johann johannes johans johathan johnathan johnathon johney johnny johnpaul johnson johnstone johny joko jon jona
jonah jonas jonatan jonathan jonathon jones jonny jono jonás jonáš joojo joona joonas joonatan joost joppe joram
joran jorden jordi jordon jordy jordán joren jorge joris jorma jorn jort jory jose josef joseluis josep joseph
josephat josephus joshua joshuah josiah josip joso josphat josse jost josua josue josué jouko jouni jovan jovani
jovanni jovanny jovany jozef jozo joão joé joël joško jožef juan juanito judah judd jude judson juelz juergen juha
juhana juhani juho jukka jules julian julien julio julious julius juliusz julián juluis juma jumaane jumadi jumari
junious junius juraj jure jurgen juri jurij juris jurre jussi justen justin justiniani justo juston justus justyn
jusuf juuso juvenal juwan juwon jyrki ján jános járngrímur játgeir játmundur játvarður jérémy jérôme jóakim jóann
jóel jóhann jóhannes jói jómar jómundur jón jónar jónas jónatan jónbjörn jóndór jóngeir jónmundur jónsteinn jónþór
jósafat jósavin jósef jósep jósteinn jósúa jóvin józef józsef jökull jörfi jörg jörg-peter jörgen jörmundur jörn
jörri jörundur jörvar jörvi jørgen július júlí júlían júlíus júní júníus júrek jürg jürgen jüri jānis jāzeps jēkabs
jēkaubs jędrzej jūlijs kaan kaarlo kabir kabiru kacper kacung kada kade kadeem kaden kadin kadir kadyn kaeden kael
kahir kahlil kahu kai-uwe kaiden kaique kairav kaj kajen kajetan kakali kaktus kaldi kaleb kalel kalen kalervo
kalevi kalgay kalim kalle kalman kalmann kalmar kalpit kalvin kamal kamar kamau kambali kamden kamidin kamiel kamil
kamran kamren kamron kanak kanda kane kanini kanpulat kanye kapagan kaprasíus karabaş karaca karaer karakucak
karanbay karani karanja karataş karcan kardi kareem kareen karim kariman karimi kariuki karja karkur karl
karl-august karl-dieter karl-erik karl-ernst karl-friedrich karl-georg karl-hans karl-heinrich karl-heinz
karl-hermann karl-josef karl-jürgen karl-ludwig karl-otto karl-peter karl-werner karl-wilhelm karles karlfried
karlheinz karlo karlukhan karman karna karsa karsana karson karsten karta karter karvel karya kasen kash kashangaki
kasim kasimir kasiran kason kaspar kaspars kasper kassim kastriot kastíel kasusra katana katarínus kató kauko kauri
kavon kavurt kawaca kawaya kay-uwe kayagün kaygusuz kayrabay kayson kayun kayıt kazim kazimierz kazimír kazuo kazım
kaşif keagan kealan keandre keano keanu keaton keegan keelan keenan keenen kegan keifer keijo keion keith keji kelan
kelby keld kelechi kellan kellen kelton kelvin kelâmi kem kemal kemba kemboi kenan kenari kendell kendrick kenedy
kenes keneth kenji kenn kennard kennet kenneth kenney kennith kennth kenny kenter kenth kenton kenyangi kenyon kenzo
keon keran kerim kermit kerwin keshaun keshawn kete ketilbjörn ketill kevan keven kevin kevon keyon keyshawn khaled
khalid khalil khamani khamisi khari khiry khoa kiaan kian kiano kiapo kiaran kiarie kibar kibet kiefer kieran
kiernan kieron kieth kijani kike kilian kiljan killian kilonzo kilían kimani kimanzi kimathi kimball kimbilio kimeu
kimmo kimutai kinte kinubi kinuthia kinyanjui kinyua kioko kip kipchirchir kipchumba kipkemboi kipkemoi kipkirui
kipkoech kipkorir kipkosgei kipkurui kiplagat kiplangat kiplimo kipngeno kipngetich kipp kiprono kiprop kiprotich
kipruto kipsang kiptoo kipyegon kiramettin kirk kirt kirui kiume kiyasi kiyoshi kjalar kjallakur kjaran kjartan
kjarval kjeld kjell kjetil kjárr kjói klaas klas klaus klaus-dieter klaus-günter klaus-jürgen klaus-michael
klaus-peter klaus-ulrich klaus-werner klavs klemen klemens klement klemenz kliment klængur knox knud knut knute
knörr knútur koby kocabaş koda kody koech koen koenraad kofi koggi kojo koko kolawole kolbeinn kolbjörn kolby koldan
kole kolfinnur kolgrímur kolmar koloman kolskeggur kolten kolton kolur kolviður kondo konguralp konner konnor konrad
konradi konradus konráð konstantin konstantinos konstanty konstantínus konštantín kopan koray korbin korbinian
kordell korede korey korir korkmazalp kormákur kornel kornelius kornelíus kornél kort korugan kory kosgei kotuz kovu
koçak koçkan koðrán koşukhan kraig kraki krish kristall kristaps kristberg kristbergur kristbjörn kristdór kristens
krister kristers kristfinnur kristgeir kristiaan kristijan kristinn kristián kristjan kristján kristjón kristlaugur
kristleifur kristmann kristmar kristmundur kristof kristofer kristoffer kristopher krists kristvaldur kristvarður
kristvin kristóf kristófer kristþór krisztián krisztofer krišjānis krišs krištof krummi krystian kryštof krzysztof
ksawery kuddusi kujoe kujtim kullervo kumar kuncara kunibert kuno kunta kunthara kuria kurnia kurt kurtis kurunzi
kushtrim kusiima kustaa kusuma kutay kveldúlfur kvetoslav kwabena kwadwo kwaku kwame kwamena kwasi kweku kwesi kyalo
kyan kyano kylan kyler kylian kyllian kymani kyree kyson kálmán kár kári károly kâmil kåre kévim kévin kópur köker
köktaş kösemen kürşad kārlis kılıçbay kınel kırat kırgız kıvılcım kızıl kızıltunç kəmaləddin kənan kəramət kərim
laban labinot labuh lachlan ladarius ladislau ladislaus ladislav lafe lage laimonis lajos laksana laksh lakshit lalo
lamar lamarcus lambert lamberto lameck lamine lamont lamonte lanang landan landen landin lando landon landyn
langalibalele langat langgeng lanjar lanny lantar laquan larkin laron larry lars lars-erik lars-göran lars-olof
lars-åke lary lascăr lasmanto lasmono lasse lassi laswi laszlo latif latrell laufar laugi laurance laureano laurens
laurent laurenz laurențiu laurian laurin lauris laurits lauritz laus laust lautaro lavar lawerence lawrance lawson
layne lazar lazaro laziz lazzaro lazăr lazım leamon leandro leano leart ledion ledün leeroy leevi lega legawa leider
leif leifur leiknir leiðólfur leke leland lem lembah lemmie lemuel len lenard lenin lenn lennard lennart lennarth
lennert lennon lenny lenon lenord lenwood leo leocadio leon leonard leonardo leonce leoncio leonel leonhard leonid
leonidas leons leontin leopold leopoldo leordean leoš leroy les lester leszek levar levente levern levi levie levin
levis levon levoslav leví lew lewis lex leó leónidas leópold liam lian lias liban libardo liberto libor lică lieven
lige lilburn liljar lillard lim liman limar lindar lindberg lindbergh lindell lino linton linus linwood linzy lio
lionel liridon lirim lirjan lisandro lish liston littleton livio liviu ljubisa ljósálfur ljótur ljúfur llewellyn
lloyd lodewijk lodovico loek loftur logi lohit loke loki lon loney lonny lonzo loran lorcan lorenz lorenzo lorik
lorin loring lorne lotfi lothar lott loui louis louka lourenço lovell lovett lovre lovro lowe lowie loy loyd loïc
loðmundur luan lubomír luboš luc lucas lucențiu luchino lucho lucian luciano lucien lucio lucious lucius lucrețiu
ludger ludo ludolf ludovic ludovico ludovicus ludvig ludvik ludvík ludwig luděk luej luhung luigi luis lukas lukasz
luke lukita lukman lukáš luluh lulut lulzim lum lumír lundi lungile lurhur lutfan lutfi luther luthfi lutz luuk
luwar luwes luyanda luzius luís lwandile lyam lydell lyle lyman lyndon lyngar lár lárent lárentíus lárus lászló
lázaro léandre léon léonard léonce léopold lér línberg líni lórens lórenz lúkas lúter lúther lúðvíg lúðvík lütfi
lýtingur lýður lətif maanas maanav maarten mac macario macarthur macauley maceo macharia maciej mack macs maddox
maddux madhav mael maggi magne magngeir magni magnus magnús magnþór mahdi mahesa mahfud mahir mahlon mahmoud mahmud
mahmut mahsun maicol maik maikol maina maingi mairtin makai makan makara makau makhi makokha makori maks maksim
maksimiljan maksur maksymilian makunga makuta makuu mal malachi malachy malakai malaki malcolm malcom malik malio
malte malthe malvin mamadou maman manaaki manaf manah manan manawa manbir mandla mandlakhe manford manfred manfreð
manley manole manolo manson mansurali mantas manthan manuel manus manúel maqsud maras marbjörn marc marcantonio
marcel marcelino marcell marcello marcellus marcelo marchello marcial marciano marcin marcio marco marcos marcu
marcus marek mareks marel margana margarito margeir margrímur margus marguy mariadi marijan marijn marijón marino
marinus marinó mario marius mariusz marián marjón markel markell markku marko markus markó markús markþór marland
marlon marnix maron maroš marques marquez marri marrion marsellíus marshall marsito marsudi martaka martana martani
marteinn martell martez marthen martijn martim martino martti martyn martí martín marvin marwata maryadi maryanto
marías marínó marís maríus masao masar masika masinde massimiliano massimo massinissa matei matej mateo mateus
mateusz matevž matheo matheus mathew mathews mathias mathieu mathijs mathis mathys mathéo mathías matias matic matiu
matjaž mato matouš matteo matthew matthias matthieu matthijs matthäus matthías matti mattia mattias mattéo mattías
matyáš matéo matías matúš matěj matīss mauno mauri maurice mauricio maurilio maurin maurits mauritz maurizio mauro
maurus maury maurycy mavuno maxence maxime maximiano maximilian maximiliano maximilien maximilián maximillian
maximino maximo maximus maxwel maxwell maxx maykol maynard mazlum maël mbithi mboya mbugua mburu mcarthur mcebisi
mearl mecit medard meelis mees mefarettin mehdi mehdiqulu mehman mehmed mehmet mehmetzahir meik meinhard meinolf
meinrad mekhi mekkinó mel melchior melchor melichar melihcan melker melkíor melkólmur melle melrakki melton melville
melvin melvyn melwin memili menachem mengi mengüç mensalder mercer merdi mergim merijn merkúr merl merlin merlyn
merrill merritt mert mertel merton mervin mervyn merwin merzuk meshack mestur mesut metehan methúsalem metin
metinkaya metod metúsalem mevlüt meyer meyvant meşhur micael miceal micha michael michail michale michaël michał
micheal michelangelo micheletto michelotto michial michiel mick mickael mickaël micky miel mieszko miguel
miguelangel miha mihael mihai mihail mihajlo mihels mihhail mihin mihkel mihnea mihály miika mijo mik mika mikael
mikaere mikal mikayıl mikeal mikel mikels mikhail mikjáll mikkael mikkel mikko miklós mikołaj mikuláš mikyas milas
milay milburn mildinberg millard milo milorad milos miloslav milovan miloš milán minenhle minh minoru mio miodrag
miran mirbadin mircea mirco mirko miro miron mironshoh miroslav miroslaw mirsad mirzə mirəli misael mischa mishat
mislav mitch mitchel mitchell mitesh mitică mitra mitruț miķelis miłosz mjöllnir mjölnir mladen mlungisi modris moe
mogens mohamad mohamedi mohammad mohamud mohand moises moisés mojmír moli momanyi monis monroe mont monte montel
montrell monty mordechai moritz morris morten mortimer morton mose moses moshe mosi mouloud mounir mourad moussa
mthokozisi mucahit muchiri muema mueni mugambi mugendi muggur mugo mugur mugurel muhamed muhamet muhammad
muhammadali muhammadamin muhammadamir muhammadayub muhammadaziz muhammadrizo muhammadsafo muhammadsodiq
muhammadsolih muhammadumar muhammadyasin muhammadyusuf muhammadziyo muhammed muhammet muharrem muhip muhyettin muia
muiruri mujur mukhwana muktedir mulele muli mulwa mulya mulyanto mulyono mumbi mumo mumpuni munene mungai muni
muninn munyao munyoki murad murat muratcan murdock muriithi murilo murimi murithi muriuki murod murphy murray murry
mursinin mursita murti musa musafet musau musee musembi muslim mustafa mustafo mustapha mustika mustofa musyoka
musyoki mutai mutasım muthama muthengi muthoka muthoni muthui mutie mutinda mutiso mutisya mutluhan mutua mutuku
mutunga muturi muvaffak muxtar muzaffer mwangangi mwangi mwaniki mwanzia mwaura mwende mwendwa mwezi mwikali mwiti
mychal myer mykel myles myrkvi myron mzamo máni már márcio mário márk márton márus mátyás máté máximo måns mårten
mías mímir mír míó móri móric mórits móses móði möhsim mörður múli mübariz mücellib müfit mükramin mülâyim mümtaz
münif müntəzir mürit mürsəl müslum müslüm müzekker müzəffər mýrkjartan māris mārtiņš mădălin məhəmməd məhərrəm
məmməd mənsur nabil nacer nachiket nacio nae nael nafii nahashon nahuel naim najam najee najib nakif nakip naksh
nakul nalar nam namiq namon nand nando napoleon napoleone naradi narcis narciso narcisse nardi narfi narji nas nasab
naser nash nasim nasir nasiru nasrullah nassim nasuf nat natalio natan natanael nataniel nataníel nate nathan
nathanael nathanaël nathanial nathaniel nathen natiq naud naveen nayil nazario nazim nazir nazlim nazmi naël naïm
nağı ndegwa nderitu ndirangu nduku ndunge ndungu nduta neal nebih nebojsa necati necdat nechifor necmettin ned
needham neel neely neftalí nehemiah nehip neider neil neill neisti nejc nel nelio nello nels nelu nemanja nenad
nenni neo neptúnus nerim nery nesip nestor neville nevin nevio nevsal newell newman nezihi ngamia nganga ngari ngeni
ngigi ngugi nhiên nhlanhla nial niall nibaldo nicanor nicat niccolò nichifor nicholas nicholaus nicholus nicklas
nicklaus nickolas nickson nicky niclas nico nicoară nicodemo nicodemus nicodim nicolae nicolai nicolaie nicolaj
nicolas nicolaus nicolás nicolò nicu niculiță nicușor nicuță niek niels nihai niilo nik nikanor nikau nikhil nikko
niklas niklaus niko nikodem nikolai nikolaj nikolajs nikolaos nikolas nikolaus nikora niks nikulás nikša nile niles
nilo nils nilson nim nino nitesh nixon niyaga niyaz niyazi niyilolawa njabulo njagi njenga njeri njiru njogu njoki
njoroge njue njuguna njáll njörður nnamdi noah noam noe nolan nolberto nolen noman nonni nonso norbert norberto
norbey normand normann normunds norris norval norwood norðmann noud nout novruz noé noël nrima ntimi nugraha nuhu
nuno nunzio nural nurcan nuretdin nurettin nuri nuriat nurkan nurlan nurmuhammad nuru nurulla nurullah nurşən nuyan
nuşirəvan nwabudike nyaga nyakundi nyamai nyambura nyana nyawira nyoman nyongesa nzioka nzomo nándor náttmörður
náttúlfur néstor níels níls nóam nóel nói nóni nóri nóvember nökkvi númi nürəddin nüsrət nývarð nəcəf nəriman nəsib
nəsimi oakley oba obanijesu obe obed obie obinna ocampo ochieng octav octavian octavio octaviu octavius oddbergur
oddbjörn oddfreyr oddgeir oddi oddie oddkell oddleifur oddmar oddsteinn oddur oddvar oddþór odhiambo odhran odin
odis odkanlı odongo oduor odus offie oganer ogooluwa oisin oiva ojas okanay okbay oke okechukwu okello okey okgüçlü
okoth okseven okta oktavíus okto októ októvíus oktüremiş okumu okyalaz oladare oladimeji olaf olakunle olan oland
olanrewaju olansile olavi olca oldağ oldrich oldřich ole oleg olegario olen oley olfert olgeir olgierd olimpian
olimpiu olin oliver olivert olivier oliviu olivér oliwer oliwier olle olli olof oloo olov olumorotimi oluoch
oluwafemi oluwagbemiga oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwole omaca omar omari omarion omer omkaar
omobobola omondi omotayo onat ondieki ondrej ondřej oneal onesmus ongay onkar onni onofre onuker onur onurcan onursu
onveer onyango opan opiyo opung oqtay oranlı orazio orduxan oren oreste orfeus orgün orhan orie orin orinder oris
orland orley orlin orlo ormar ormur orren orri orrin orris orson ortak ortwin oruç orval orvar orvel orvil orville
orvin orvis orxan osbaldo osborn osborne oscar oskar oskari oskars oskár osman osmo osogo ossi ossian osunleke
osvald osvaldo osvalds oswald oswaldo oswin otabek otakar otay otfried othel othmar otho otieno otis otkell otmar
oto otri ott ottavio ottfried otti ottis ottmar otto ottokar ottomar ottone ottó otur otávio ouanes ouma oussama ove
ovid ovidio ovidiu ovila owen owens owino owuor oymak ozansü ozy ozzie oğulbaş oğurata oğuzman oļģerts paavo pablo
padraic padraig padraigh paiman paker palle palmer pambe pamfil panagachie panait panca pancho pandu panfilo
pangeran pangestu panji pankrác paolo pardi paride parman parmes parrish parth pascual pasi pasqual pasquale patrek
patrekur patric patricio patrick patrik patrizio patryk paul paul-gerhard paul-heinz pauli paulino paulo pauls
pauric pavao pavel pavol pawel paweł paxton paşa peadar peader pearce pearley pearse peder pedro pedró peeter pehlil
pekka pelaji pelayo pelle pellegrino pentti pepe pepijn pepito per-erik per-olof percival percy perkasa perley
pernell pero perry pershing pertti petar pete peter-michael peterson petr petre petri petrică petrișor petros petru
petrus petruț petter petteri phelim phelix phil philemon philip philipp philippe phillip philo phineas phúc piaras
pierangelo piergiorgio piergiuseppe pierluigi piermaria piero pierpaolo pierre pierre-yves piersanti piet pieter
pieter-jan pietro pim pinkney piotr pirahmet pirmin pius pjetur ples pleșu plinio plummer plácido polad polk pompeo
pompiliu pomponio poncio pontus popobawa porfirio posey poul powell praba prabawa prabowo prabu prakosa pranata
pranav pranawa praneel pranit prasetya prasetyo pratt pratyush pravoslav prayitna prayoga prayogo preben predrag
prentice prentiss priit prima primitivo primus prokop prudencio pryor przemysław príor puccio pumbaa purwa purwadi
purwanto putu pál páll pálmar pálmi pánfilo pär pål péter pétur pío pünhan pătru pēteris přemysl pərvin pərviz qabil
qadim qadir qalib qarin qasim qasım qiyas qoşqar quang quentin quint quinten quintin quinton quique quirino qulam
qulu qüdrət qədir qələndər qəzənfər rabah rabih rachid rachit radek raden radika radim radit raditya rado radomír
radoslav radosław radovan radu radúz raekwon raf rafa rafael rafaél rafaël rafał rafe raffael raffaele raffaellino
raffaello rafi rafid rafih rafiq rafn rafnar rafnkell raghav ragnar ragner ragúel raharja raheem rahman rahmat
rahmet rahn rahsaan rahul raiden raihan raik raimo raimondo raimonds raimund raimundo rainer raivis raivo rajab
rajko rakeem ralf ralf-dieter ralf-peter ralph rama ramadan ramadhan ramazan ramid ramil ramiro ramiz ramon ramsey
ramzi ramón ranbir rance rand randal randall randel randell randle randolf randolph randver rangga ranieri rannver
ranveer raoul raphael raphaël raquan rareș ras rashaad rashaan rashad rashawn rasheed rashid rashidi rasim rasmus
rastislav rasul raul rauno ravi ravy rawiri rayaan rayan rayburn rayfield rayford raymon raymond raymund raymundo
raynard rayshawn razi razı raúl recep recepali refik refugio refur reggie reginal reginald reginbaldur reginn regis
rehaan reid reidar reifnir reijo reimar reimer reimund reinald reinaldo reinar reinel reiner reinhard reinhardt
reinhart reinhold reinis reino reksa relu remazan rembrandt remi remigio remington remo remus remy remzi renaat
renaldo renan renard renato renaud rendy rens renzo rené respati resulcan reto reuben reubin rex rexford rexhep rey
reyansh reynald reynaldo reynar reynir reynold reynolds reyr reza rezzak rhavi rhett rhys riad rian ricardo riccardo
ricci ricciotti richard richardt richie richárd rickard rickey rickie ricky rico rida ridwan rigo rigoberto rihards
rik rikard rikharð rikharður riku rinaldo rino rinor risasi rishi risto ritchie riyad riza riziki rizki rizvan
ričards robb robbe robby robert roberto roberts robinson robley robt roby rocco rochdi rochus roddy roderic roderich
roderick rodger rodgers rodney rodolfo rodolphe rodrick rodrigo rodrigue roel roeland rogelio rohan rohat rok roko
roland rolando rolands roldán rolf rolf-dieter rolf-peter rolla rolland rollie rollin rollo romain romano romello
romeo romie romolo romuald romulus román roméo ron ronal ronald ronaldo ronan rondal ronin ronith ronni ronny rono
rony roope roosevelt roque rosamel rosco roscoe rosendo rosevelt rosman ross rossa rostislav rotich rouven rowland
roy royce ruairi ruari rubani ruben rubin rubén rudecindo rudi rudolf rudolfo rudolph rudra rudy rueben ruedi ruel
ruffin ruffus rufino rufus ruggero ruggiero ruhiu ruhsat rui rungo runi runólfur rupert ruperto rushil ruslan rusman
russ russel russell rustin rutherford ruy ryan ryder ryker ryland ryley ryne ryszard rza ráðgeir ráðvarður réginald
régis régulo rémi rémy ríkarður ríkharð ríkharður ríó róbert rólant róman rómeó rómulo rósant rósar rósberg
rósenberg rósi rósinberg rósinkar rósinkrans rósmann rósmundur rögnvald rögnvaldur rögnvar rökkvi rövşən röðull
rúbar rúben rúdólf rúnar rúrik rútur rüdiger rüfət rüknettin rüşen răducu răzvan rūdolfs rəis rəsul rəşad rəşid saad
saadat saba saban sabar sabas sabastian sabatino sabih sabin sabir sabri sadaka sadat saddam sadik sadiki sadiq
sadittin sadıq safet safír sahin sahir saidi saiful saka sakari sakarías sakip saksham sakti sal salah saleh salih
salim salkın salman salmann salmar salohiddin salomon salomón salurbay salvar salvatore salvi salómon samaksh
samandar samarth samesh sami samie samir sammy samo sampson samson samsul samu samual samuel samuele samuli samurtay
samuël samwel samweli samy samúel sancak sancho sandalio sandel sandile sandis sandor sandri sandro sandur sani
sanjar sante santeri santino santo sançar sardor sargın sarpkın sarthak sarvan sarvar sarıcabay sasa sascha sathvik
satrettin saturnino satya saul sava savak saverio savion savni savon saxi saydam sayin sayrak sayın saïd saúl sağcan
sağıt sašo schley schuyler scot scott scottie scotty seaborn seamus sean sean-paul sebastiaan sebastian sebastiano
sebastien sebastijan sebastián sebastião sebastjan sebastían sebattin seda sedat sedrick segismundo segundo seha
seif seifur seimur selaheddin selatin seldon seler selim selmer selâtin sem semaj semender semir senad senan sencar
seneca senn senne senol seosamh sep sepp seppe seppo seracettin serafín serezli sergei sergej sergey sergio sergiu
sergius serhatmehmet serkan serol servác sesar sesil seth setya sevdi seve severiano severin severino severo severt
severín sevindik seward seydo seye seyfulla seyfullah seyfəddin seyithan seymour seymur sezal sezginbaş seçme shaban
shadrack shafter shahriyor shahzod shahzoda shamar shamsuddeen shan shaquan shaquille sharif shaun shaurya shawn
shayne sheamus shedrick shehu shekoni sheldon shelton shem shemar shep sherman sherwin sherwood shivansh shohjahon
shohrux shoji shon shyheim sibonelo sibusiso sid siddharth sidiq sidki sie siebe siegbert siegfried sieghard siegmar
siegmund siegward siem sifuna sigbergur sigbert sigbjartur sigbjörn sigdór sigfastur sigfinnur sigfreður sigfrid
sigfrido sigfried sigfús sigge siggeir sighvatur sigismund sigjón siglaugur sigmann sigmar sigmund sigmundur signar
sigri sigríkur sigsteinn sigtryggur sigtýr sigur sigurbaldur sigurberg sigurbergur sigurbjarni sigurbjartur
sigurbjörn sigurbrandur sigurd sigurdór sigurfinnur sigurgeir sigurgestur sigurgrímur sigurgísli sigurhans
sigurhjörtur sigurjón sigurkarl sigurlaugur sigurleifur sigurlinni sigurliði sigurlás sigurmann sigurmar sigurmon
sigurmundur sigurnýas sigurnýjas siguroddur sigurpáll sigursteinn sigursveinn sigurvaldi sigurvin sigurður siguróli
sigurþór sigvaldi sigvard sigvarður sigþór siim sijuade sil sila silas silli silvano silvester silvestre silvestro
silvian silvio silviu silvo simen simeon simi simion simiyu simmie simo simon simphiweyinkosi simpson simão simón
sindre sindri sinică sinisa siniša sione siper sirac siro sittik sivert sixten sixto siyabonga sjafnar sjoerd skafti
skapti skarphéðinn skefill skeggi skender skjöldur skorri skuggi skær skæringur skírnir skíði skúli skúta slade
slamet slavisa slavko slavomír slawomir slobodan smiður smyrill smári sneider snjóki snjólaugur snjólfur snorri
snæbjartur snæbjörn snæhólm snælaugur snær snæringur snævar snævarr snæþór soffanías sofiane soleh soloman solomon
solon somtochukwu sonad sondre songurkan sophanías sophus soren sorin sosimo soufiane soydaner soykut soyselçuk
spartakus spencer spenser sphiwe sporði spurgeon spói srečko staffan stan stancu stanford stanislaus stanislav
stanislaw stanisław stanko stanley stanton stapi starkaður starri stavros staņislavs steen stef stefaan stefan
stefano steffen stefnir stefán steinar steinarr steinberg steinbergur steinbjörn steindór steinfinnur steingrímur
steini steinkell steinmann steinmar steinmóður steinn steinröður steinvarður steinólfur steinþór stelian stellan
sten stephan stephane stephen stephene stephon stetson stevan steve steven stewart stian stig stijn stirnir stiven
stjepan stojan stormur stuart sture sturla sturlaugur sturri styr styrbjörn styrkár styrmir styrr stéphan stéphane
stígur stórólfur suat sudi suleiman sulhi sullivan sumarliði sumner sune sunel suphi surya svafar svali svan
svanberg svanbergur svanbjörn svangeir svanhólm svani svanlaugur svanmundur svante svanur svanþór svatopluk
svatoslav svavar svein sveinar sveinberg sveinbjartur sveinbjörn sveinjón sveinlaugur sveinmar sveinn sveinungi
sveinþór sven sven-erik sven-olof svend svenning sverre sverrir svetozár sváfnir svätopluk svölnir svörfuður swaleh
swen syed sylas sylvain sylvanus sylvester sylvio sylvère szabolcs szilveszter szilárd szymon sándor sæberg sæbergur
sæbjörn sæi sælaugur sæmann sæmundur sær sævald sævaldur sævar sævarr sævin sæþór sébastien sérgio séverin símon
sírnir sírus sívar sófus sófónías sókrates sólberg sólbergur sólbjartur sólbjörn sólimann sólmar sólmundur sólon
sólver sólvin sökmen sölmundur sölvar sölvi sönke sören sörli sözer søren sübhan sücaettin sücəddin süha sükrü
süleyman sümeyye süvari sýrus sıla sıylıhan səbuhi səfər səlahəddin səlim səməd sənan sərxan sərəncam səxavət
taciddin tade tadej tadeo tadeusz tadeáš tadhg taft tage taha tahir tahj taine taisto taj takatifu tal talan talayer
talen tali tallie talmadge talmage talıb tamati tamaydın tamás tanak tanbay tandoğdu tandri tandy tane taneli
tangaroa tanguy tanhan tanimu tanish tanpınar tansev tansığ tanveer tanyolaç tanır tapani tapio tarak tarancı tarfur
tarik tariq tariyel tarmo tartış tarzícius tasdik tasnim tassilo taswir tate tatsuo tatu taufan taufik tauno taurean
taurus tavares tavaris tavian tavion tavon tayaydın taygan taylak tayshaun tayyip taşar taşkan teber tecimer ted
teddie teddy tedi teemu teerth teguh teitur tejas tejs tekbay tekecan tekiner teksoy telemaco telim telly telman
telmo temidayo temir temirhan temistocle temizkal temuçin tenis tenvir teo teobaldo teodor teodoro teodors teodosio
teofil teohari terance terell terence terje terlan tero terrance terrell terrence terrill teun teuvo tevin tevs tex
teymur teymuraz teymurçin tezcan tezol teófilo thabani thabiti thad thaddeus thaddäus thales thando theadore thedore
theo theobald theodis theodoor theodor theodore theodoro theodoros theodór theophil theophile therman theron theódór
thiago thibaud thibault thibaut thibo thierry thies thijmen thijn thijs thilo thom thomas thompson thomás thor
thoralf thorben thorberg thore thorsten thorwald thos thuo thure thurlow thurman thurston thành théo théodore
théophile thór tiago tiarnan tibe tiberiu tibo tibor tiburcio tichomír tiernan tiit tijl tijmen tijn tijs til tilden
tilen tillman tillmann tilman tilmann tilo tim timbul timm timmie timmothy timmy timo timotei timotej timoteo
timothy timothée timur timurtaş timéo tindar tindri tindur tinni tino tirta tirtayasa tito titus tivadar tiziano
tiğin tjaldur tjörfi tjörvi tobe tobias tobiasz tobie tobin tobiáš tobías tod todd todor tofiq toivo toker toktuğ
tokunbo toköz tolbert tolli tollie tolonbay toma tomas tomasz tomaž tomi tomie tomislav tommaso tommi tommy tomo
tomori tomàs tomás tomáš toney tonguç tonino tonni tonny toomas toon topias topuz toralf torben torbjörn torbjørn
tord torey torfi torgny torhan toriano toribio torquato torrence torrey torry torsten toshio toño toğan toğrul trae
traian traugott trausti travis travon trayvon tre tremaine tremayne trent trenten trever trevin trevion trevon
trevor trey treyton treyvon tri tripp tristian tristin triston tristán troels trond trostan trumaine truman trung
tryggvi trystan tránsito trúmann trọng tsuma tuan tudor tugiman tukufu tulio tullio tumas tumi tunahan tunar tunguç
tunçboğa tunçkılıç tuomas tuomo turabi tural ture turgut turlough turxan tutkun tuukka tuur tuyuğ tuğcan tuğrulhan
tuğtaş twan tycho tye tygo tylor tymon tymoteusz tyquan tyree tyreek tyreese tyrek tyreke tyrel tyrell tyrese
tyrfingur tyrik tyrin tyriq tyrique tyron tyrone tyrus tyshawn tyson téo tími tímon tímoteus tímóteus tístran tóbías
tói tóki tómas tór tõnu törel tùng tükelalp tümer tümkurt türabi türkalp türkmen tüzeer týr tınal tərlan ubaldo ubbi
uberto uche uchenna uda udant udarsh udo ueli uffe uggi ugo ugolino ulakbey uldis ulf ulises ullrich ulrich ulrik
ultan ulu uludağ uluman ulutay uluğbey ulysses umang umar umay umaya umberto umman umut umutcan unggul uni unnar
unnbjörn unndór unnsteinn unnþór uno uolevi upik upkaar uraltay urbain urbano urfan urhan uriah uriel urijah urmas
uroš urs urðar ushan ushindi usiku usman usmon utama utkarsh utkucan utz uwe uxi uygun uzbay uzsoy uçan uçbeyi uğan
uğurkan uğurtan vadim vafir vagn vahid vahittin vakur valberg valbergur valbjörn valbrandur valdemar valdi valdimar
valdis valdór valeh valentijn valentim valentin valentino valentín valentínus valerij valerio valeriu valero valgarð
valgarður valgeir vallaður valmar valmundur valon valsteinn valter valtteri valtýr valur valère valér valéry valíant
valþór vance vander vargın varmar vasco vashon vasif vasil vasile vasilică vassilios vasyl vatnar vaughn vavrinec
vaysal vazeh vedant vedat vedran veeti vegard veigar veigur veijo veikko veis veit veli velitdin vello venancio
venceslás vendelín veniamin ver vere vergil verim verl verle verlin verlon verlyn vermundur vern verner verneri
vernharð vernharður vernon vero vesa vestar vester vestmar veturliði veysəl vezat vic vicente vicențiu vick
victoriano victorino vid vidadi vidal vidar vide viesturs vigfús viggo viggó vignir vigri vigtýr vigur vihaan vikar
viking viktor viktors vilayət vilberg vilbergur vilbert vilbjörn vilbogi vilbrandur vilgeir vilgot vilhelm
vilhjálmur vilho vili viliam vilis viljami viljar viljem vilji viljo villads ville villi vilmar vilmer vilmos
vilmundur vilnis vilém viman vince vincenc vincent vincentio vincenzo vincențiu vinicio vinicius vinjar vinko vino
vinsen vinson vinton vinzenz vinícius viorel viraj virge virgel virgil virgilio virgill virgle virman visar visarion
visvaldis vitali vitalis vito vitor vittorio vitus vivaan viðar viļums vjekoslav vlad vladimír vladislav vladislavs
vlado vlaicu vlastimil voicu vojtech vojtěch voldemārs volkan volker volkhard volkmar vollie volney vopni vorm
vratislav vratko vurğun vusumuzi václav váli vápni vâlâ väinö vébjörn végeir vékell vélaugur vémundur vésteinn
víctor vífill víglundur vígmar vígmundur vígsteinn vígþór víkingur vít vítor vítězslav víðar víðir víťazoslav vöggur
völundur vörður vöttur vüqar vüsal vəfadar vəli wachira wafula wahab wahyu wainaina waino wairimu wakiman waldemar
walfried walid wallace walt walter walther walton waluyo wamalwa wambua wambugu wambui wangari wangila wangui wanja
wanjala wanjiku wanjiru wanjohi wannes wanyama wanyonyi wardaya wardell wardi warinder warjas warji warner warre
warsa warsita warta wasis wassim watson waverly wawan waweru wayde wayland waylon wayman waymon wazir webb webster
wekesa weldon welton wenceslao wendel wendell wenzel werner wes wesley wesonga wess wessel westin westley wieland
wieslaw wigbert wiktor wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo wilfrid wilfrido wilfried
wilhelm wilhelmus wiliam wilkie willaim willam willard wille willem willfried willi william williams willian
williard willibald willibert willis willum willy wilman wilmar wilmer wilson wilton wim windell winfield winford
winfried winston winthrop winton wira wiremu wirt wisnu witold wladimir wojciech woldemar wolf-dieter wolf-dietrich
wolf-rüdiger wolfgang wolfhard wong woodie woodroe woodrow woodson worley wout wouter wriddhish wridesh wulf wyatt
wycliff wycliffe wylie wyman wálter xalid xaliq xaləddin xamis xanana xander xankişi xanlar xaver xavi xavier xolid
xosrov xudaverdi xudayar xudu xzavier xəlil xəyal xəyyam yaakov yacine yadiel yadigar yagnesh yago yahia yahir yahya
yahyo yahşikan yair yakobo yalazabay yalgın yaltırak yalçın yamid yamin yamən yan yancy yandel yanick yanik yanis
yankı yann yannic yannick yannik yannis yargı yasan yash yasin yasser yassin yassine yasəf yatan yatin yavuz yavər
yayak yazganalp yağın yağızkurt yaşattin yecid yee yeferson yehuda yeison yekda yelesen yeneral yerko yerson yertan
yesid yetişal yigit yilmaz ylur ymir yngvar yngve yngvi yoan yoann yoel yohan yohane yolal yonatan yonathan yordan
yoruç yosef yoshio youba youcef younes youri yousef youssef yrjö yrkill yug yunis yunt yunus yurdanur yurem
yurtgüven yurttaş yusif yussuf yusuf yuvraj yvan yves yvon yönetmen yücelen yümun yıldır yılma yəhya zablon zac
zacarías zach zacharia zachariah zacharias zacharie zachary zachery zack zackary zackery zahid zahir zahur zaid
zaiden zain zaire zak zakaria zakariyo zakary zakaría zakarías zakayo zakir zalán zaman zamfir zamin zamiq zamir
zander zashil zaur zavier zavion zayan zayd zayden zayne zayyan zbigniew zbyněk zdenko zdeněk zdravko zeb zebulon
zechariah zeferino zehaan zekayi zeke zeki zeljko zenas zende zennun zeno zenon zenzele zeynal zeynelabidin zeynulla
ziedonis ziggy zigmund zihni zikmund ziya ziyaettin zlatko zollie zoltan zoltán zophanías zophonías zoral zoran
zsigmond zsolt zsombor zuba zubayr zuhri zvonko zwatie zóphanías zóphonías züfer zülgarni zərdüşt ábel ádám ágúst
áki ákos álex álfar álfgeir álfgrímur álfur álfþór álvaro ámundi ángel árbjartur árbjörn árelíus árgeir árgils
ármann árni áron árpád ársæll ásberg ásbergur ásbjörn ásgautur ásgeir ásgils ásgrímur ási áskell áslaugur áslákur
ásmar ásmundur ásröður ástbjörn ástgeir ástmar ástmundur ástráður ástríkur ástvald ástvaldur ástvar ástvin ástþór
ásvaldur ásvarður ásólfur ásþór âdem ângelo åbjørn åge åke ægir æsir ævar ævarr çakar çakırca çaltı çamok çapkan
çavuldur çağa çağdan çağlasın çağveren çelem çelikkan çelikyürek çerçi çetinsu çeviköz çinerk çingiz çokan çopur
çoğay çıdal çıvgın èric édgar édouard émile éric étienne ëakumbu ían ígor ími ísak ísar ísarr ísbjörn íseldur ísgeir
ísidór ísleifur ísmael ísmar ísrael ísólfur ítalo ívan ívar íñigo ófeigur ólafur óli óliver ólíver ómar ómi óscar
óskar ósvald ósvaldur ósvífur óttar óttarr óðinn öge ögmundur ögri ökkaş öktürk ölnir ölver ölvir ömer ömür öndólfur
önel öngen önsal önundur örik örjan örlaugur örlygur örn örnólfur örvar öryürek össur östen över öxar özakan
özalpsan özaslan özbay özbilek özdal özdil özdoğdu özel özerdinç özertem özger özgür özinal özkent özkutlu özlü
özokçu özpınar özsözlü öztek öztürk özçam özüdoğru öğet øivind øjvind ørni øvli øystein øyvind úddi úlfar úlfgeir
úlfhéðinn úlfkell úlfljótur úlftýr úlfur úlrik úranus übeydullah ülfet ülfət ülküdeş ülvi ümid ümmet ünek ünlen
ünübol ürfettin üsame üstün üzer üzeyir ýmir ýrar þangbrandur þengill þeyr þinur þiðrandi þiðrik þjálfi þjóstar
þjóstólfur þjóðann þjóðbjörn þjóðgeir þjóðleifur þjóðmar þjóðrekur þjóðvarður þjóðólfur þorberg þorbergur þorbjörn
þorbrandur þorfinnur þorgarður þorgautur þorgeir þorgestur þorgils þorgnýr þorgrímur þorgísl þorkell þorlaugur
þorleifur þorleikur þorlákur þormar þormundur þormóður þorri þorsteinn þorvaldur þorvar þorvarður þrastar þrymur
þráinn þrándur þróttur þröstur þrúðmar þyrnir þór þórar þórarinn þórbergur þórbjörn þórgnýr þórgrímur þórhaddur
þórhalli þórhallur þórir þórlaugur þórleifur þórlindur þórmar þórmundur þóroddur þórormur þórsteinn þórður þórólfur
þórörn ādams ādolfs đuro ēriks ēvalds ğanim ģederts ģirts ľubomír ľubor ľuboslav ľuboš ľudomil ľudovít łukasz şaban
şabettin şafii şahat şahinbey şahlar şahmar şahmettin şahvələd şakir şali şamil şamxal şanlı şavki şefi şehamet
şekim şemsettin şenkal şerafeddin şevket şide şinasi şirin şirzad şuayp şükri şükür şıxı şərəfəddin šime šimon
štefan štěpán žan žanis željko žiga žigmund șerban ștefan əbdül ədalət əflatun əhliman əhməd əhəd əjdər əkbər əkrəm
əli əliş əliəkrəm ələkbər ələsgər əmin əmir ənvər ərtoğrul əsgər əyyub əşrəf
""".split())

# Given to women.
FEMALE = frozenset("""
aachal aada aadhya aagot aahana aaliyah aanuoluwapo aarini aarna aashi abagail abbi abbie abbigail abby abebi abela
abelone abena abeni abigael abigail abigaili abigale abigayle abigaíl abina abiye abosede abril acarkan achieng
achsah adaeze adah adal adaline adalyn adalynn adamaris adda addie addison addisyn addyson addý adebukola adela
adelaida adelasia adele adelgunde adelheid adelia adelina adelinde adeline adell adella adelle adelyn adelynn adelía
adenike adepeju adesewa adesua adetoke adetoun adhra adia adiela adila adilene adilə adimu adina adison adline
adolfine adora adoración adria adriana adriane adrianna adrianne adriene adrienn adrienne adrijana adriána adríana
adunni advika adviye adweta adwoa adya adyson adèle adéla adélaïde aedin aenne afaq aferdita affie afia afife afra
afruza afton afua afət agata agatha agathe aggie agla aglaia agnea agnes agnesa agnese agness agneta agnete
agnieszka agnès agostina agripina agusta agustina agáta agða ahter aicha aida aideen aidə aiga aija aiko aila ailbhe
aileen ailene aili ailis ailish aimee aimée aina ainara aine aino ainoa ainsley airi aisha aishani aishling aisling
aislinn aisyah aitana aiyana aiyanna aja ajda ajeng ajla ajna ajoke akay akeelah akgüneş akifə akinyi akira akise
akmaral akos akosua akoth aksoy akua akumaa akumu akyıldız ala alabezek alaina alana alani alanis alanna alannah
alanta alara alaya alayna alaz alba alberta alberte albertha albertina albertine albina albulena albína alcie alcira
alda aldný aldona aldonza aldís alea aleah alease alecia aleen aleena aleida aleisha alejandra alejandrina
aleksandra alena alene alenka alesha alesia alessandra alessia aleta aletha alethea aletta alexa alexandrea
alexandrie alexandrina alexandría alexia alexina alexus alexys alexía alfa alfonsina alfreda alfífa algış alia
aliana alica alice alicja alida alika alina alis alisa alise alisha alison alissa alisson alivia alix aliya aliyah
aliyə aliza alize alizée alja alka alla allana allean alleen allegra allena allene allie alline allison allisson
allyson allyssa allý alma almasi almast almaz almeda almedia almendra almeta almina almira almudena almut almuth
almyra aloisia alojzia alojzija aloma alondra aloyse alphonsine alrún alta altha althea altie altınbike altınçiçek
alvena alvera alverda alverta alvilda alvina alvira alvīne alwilda alwina alwine aly alya alyce alycia alys alysa
alyse alysha alysia alyson alyssa alyssia alyvia alzina alícia alída alína alís alísa alīda alışık alžbeta alžběta
amada amadea amahle amaia amaira amal amalia amalie amalija amalía amanda amandine amara amarachi amarilis amaris
amaya ambar amberly ambre amel amela amelia amelie amelía america amey ami amiah amie amilía amina aminatu amira
amirah amiya amiyah amma ammie amoke amondi amope amra amre amrita amruta amy amy-lee amy-leigh amya amália amélia
amélie américa amíra amý amālija ana anabel anabela anabella anabelle anahera anahi anahis anahí anaida anais analia
analía anamaria anamika anargül anasa anastacia anastasia anastasie anastasía anastatia anastazja anastázie anaya
anaëlle anaís anaïs anca ancuța andjela andjelina andrada andreea andreia andreja andrejka andrena andrina andrá
andréa andrée anděla ane anel anemona aneta anete anett anetta anette anežka angela angele angeles angelia angelica
angelika angelina angeline angelique angelita angella angelíka anghelina angie angèle angélica angélique anica anice
anie aniela anika anikó anina anisa anissa anita anitra aniya aniyah anișoara anja anjali anjanette anjelica anka
anke ankica ann-britt ann-charlott ann-charlotte ann-christin ann-christine ann-kathrin ann-kristin ann-louise
ann-mari ann-marie ann-sofi ann-sofie anna anna-karin anna-lena anna-liisa anna-lisa anna-luise anna-maria
anna-marie annabel annabell annabella annabelle annah annalena annaliese annalisa annalise annalísa annamae
annamaria annamarie annamária annastacia anne anne-catherine anne-françoise anne-kathrin anne-katrin anne-laure
anne-lise anne-marie anne-rose anne-sophie annedore annegret annegrete annekatrin anneke anneleen annelene anneli
annelie annelies anneliese annelise annelore annelí annemarie annemette annemie annemijn anner annerose annet annett
annetta annette anney anni annica annice annick annie anniina annija annika annikki annina annis annita annmarie
annukka annunziata anny annía anný anona anouk anselma ansley ansora antionette antje antoaneta antoinette antonela
antonella antonetta antonette antonia antonieta antonietta antonija antonina antonía antoņina antra antònia antónia
anu anunciación anusha anuța anvi anya anyango anyi aníka anína aníta anđa anđela aoibheann aoibhin aoibhinn aoife
apolena apolline apollonia apolonia april apríl ara arabella araceli aracely aradhana arah aral araminta aranka
arcelia ardath ardelia ardella ardelle ardeth ardis ardita ardith ardyce ardís areli arely aretha arey argie ariadna
ariana ariane arianna arianne ariela ariella arielle arietta arifə arike arina arinbjörg arinola arisa aristița arja
arkie arla arleen arlena arlene arlet arleth arletta arlette arlinda arline arly arlyne armahan armande armelle
armenía armida arminda arminta arna arnaude arnbjörg arnborg arndís arnetta arney arnfinna arnfríður arngerður
arngunnur arnheiður arnhildur arnika arnkatla arnlaug arnleif arnljót arnlín arnrós arnrún arnóra arnþrúður arnþóra
aroa aroha arra arrie artelia arunima arusi arvilla arya aryana aryanna arziye arzu aránzazu aría aríanna aríella
arín arína arís arıpınar asake asali asatira ascensión asha ashanti ashely ashlea ashlee ashleigh ashlene ashli
ashlie ashling ashly ashlyn ashlynn ashtyn asia asila asilə askja asliye asma asmini asmira ason assa assia assumpta
assunta asta astrid asu asírí ataahua atalía atanur atena athena ati atiena atieno atinuke atiyye atla attie
attracta aubree aubrie aud aude audra audrey audriana audrianna audrina audry augusta augustina aulikki aune aurelia
aureliana aurica aurilla aurore aurélia aurélie ausma austra auðbjörg auðbjört auðdís auðlín auðna auðný auðrún
auður ava avah averi averie averil avie avis avril avunç awero awesi awhina axelle axelma axelía axenia aya ayan
ayana ayanna ayasun aybet aybəniz aycagül aydar ayduru ayelén ayesha aygönenç aygül aygün ayhan ayinke aykut ayla
ayleen aylil aylin aylla aynilhayat aynur aynurə aynımah ayoka ayse aysel aysema aysevim aysu aysuna ayten aytöz
aytəkin aytən ayu ayyaruk ayçan ayçiçək ayülker ayşeana ayşenur azade azahar azahara azalee azaria azariah azeneth
aziza azize azra azucena azzie açılay aída aïcha aðalbjörg aðalbjört aðalborg aðaldís aðalfríður aðalheiður aðalrós
aðalsteina aðalsteinunn aðalveig aþena ağbegim ağca aşhan baaba babett babette badegül baghyawati bahtinur baiba
bailee bairbre balaxanım balca baldey baldrún baldvina ballı banü bara barbara barbie barbora barbra barbro barbára
barica barkha basriye bassí baylee baylie bağdat bea beadie beata beate beatrice beatrijs beatrix beatriz beaulah
bebba beckie becky bediriye begga begim begoña behiza belgizar belia belinda belkize bella belva belén bena
benedicte benedikta benedikte benedita benek bengta benice benidikta benigna benita benna benney benný benta bente
bentey benthe bentína benía beníta bera beray berdie berenice bergdís bergey bergfríður bergheiður berghildur
berglaug berglind bergljót berglín bergmannía bergný bergrán bergrín bergrós bergrún bergþóra berit beriye bernadett
bernadette bernadine bernarda bernardine bernardita berneice bernetta bernhardine bernice berniece bernita bernódía
berra berrin berta bertha berthe bertina besarta besey bess besse bessie bessí beste bestla betania betanía beth
betha bethan bethann bethany bethzy betina betsey betsy betsý bette betti bettie bettina betty bettye bettyjane
bettylou bettý beula beulah bev beverlee beverley beverly beyhatun beyonce bezek beáta bhanumati bhavani bhavika
bhavini bhavna bhavya bhekisisa bhekizizwe bhekokwakhe bianca bianka bibi bibiana bibisora bibiána bidayet biddie
bieke bienvenida bil bilay bilginur bilha biljana bilkay bilkisu billie-jo billye bimala bina binay birben birdella
birgid birgitt birgitta birgitte birgül birna birsan birta birte birtha birthe birtie birtna biruta biserka bishakha
bitül bjargdís bjargey bjargheiður bjarghildur bjarglind bjarkey bjarklind bjarma bjarndís bjarney bjarnfríður
bjarngerður bjarnheiður bjarnhildur bjarnlaug bjarnrún bjarnveig bjarný bjarnþrúður bjarnþóra bjartey bjartmey björg
björgey björgheiður björghildur björk björney björnfríður björt bjørg blanaid blanca blanche blanchie blandine
blanduzia blanka blathnaid blažena blerina blerta bluette bláey blædís blín blíða blómey bobba bobbi bobbye bodil
boel bogdana bogdís bogga boghildur boglárka bohdana bohumila bohuslava bolatito boluwatife bonita bonu borbála borg
borgdís borghildur borgný borgrún borgþóra bosibori botnía bouchra bozena božena božica božidara braelyn braghildur
branddís brande brandee brandi brandie branislava branka brea breana breann breanna breanne bree breeda breege
breffni brenda brendah brenna breonna bria briana brianda brianna brianne brid bridget bridgett bridgette bridgit
bridie brielle briget brigette brighid brigid brigita brigitta brigitte briley brilyant brimdís brimhildur brimrún
brinda brinley brionna brisa brit brita britany britney britni britny britt-mari britt-marie britta brittaney
brittani brittanie brittnay brittnee brittney brittni brittnie brittny brona bronach bronagh bronislava bronwen
bronwyn brooke brooklynn broņislava bruna brunhild brunhilde bruni brunilda bryana bryanna brylee bryn bryndís
brynfríður bryngerður brynheiður brynhildur brynja brynlee brynn brynný bryony brá brák brândușa bríana bríanna
bríet brígida buelah buena buffy bukurije bula bulah buna bunmi burcuhan burkney busara busisiwe buşra bylgja byrdie
bára bárbara bärbel béatrice béatrix bénédicte bérengère bérénice bíbí bína bóel bót bóthildur büreyre büşranur
bənövşə caetana cahan cailin cailyn cait caitlin caitlyn caitlynn caitriona cajsa caldonia caleigh calista calixta
calla calleigh cambria camelia cami camila camilla camisha cammie canan candace candela candelas candi candice
candida candis candyce canfeza cannie canseven canur caoilfhionn caoimhe capitola cappie capucine cara caragh caren
cari caridad carie carin carina carine carisa carissa carita carla carlee carleen carleigh carlene carley carli
carlijn carlota carlotta carly carlyn carma carmela carmelita carmella carmenza carmina carminho caro carola
carolann carole carolee carolien carolin caroline carolyn carolyne carolynn caron carra carren carri caryl caryn
casandra casiana casie cassandra cassondra cataleya catalina catarina caterina catharina catharine catherina
catherine catheriona cathern cathey cathi cathie cathleen cathrin cathrina cathrine cathriona cathryn cathy catia
catina catinca catrin catrina catrine catrinel catriona caydence cayetana cayla caylee ceara cecelia cecile cecilia
cecilie cecilija cecille cecily cecilía cecília cedide ceil celena celene celeste celestia celestina celestine celia
celie celinda celine cemiyle cena centa centrine ceola cerasela cevale ceyhunə ceyla ceylin ceyran cezara chaaya
chaitaly chaka chakrika chameli chana chanchal chanda chandani chanel chanelle chaney chanez chanie chaniya channie
chantal chante chantel chantelle charis charissa charisse charita charla charlee charleen charlene charline charlize
charlott charlotta charlottie charlsie charmaine charolette charos charvi chasity chasmum chausiki chavvi chaya
chebet chelangat chelo chelsey chelsi chelsie chelsy chepkemoi chepkoech chepkorir cher cherelle cheri cherie
cherilyn cherise cherith cherotich cherrelle cherri cherrie cherryl cheryl cheryle cheryll chessie chestina cheyanne
chiamaka chiara chidimma chimere chinelo chinyere chipukizi chiquita chiraz chizoba chloe chloie chloé chloë chlóe
chrissie chrissy christa christa-maria christabel christal christeen christel christelle christena christene christi
christiana christiane christianne christin christine christl chrystal chyna chynna ciaobella ciara ciarra ciarrai
cicely cici cielo ciera cierra cihan ciji cilla cilli cilly cinda cindi cindy cinta cinthia cinthya cintia cinzia
cipriana cirkeline citlali citlalli citra claire claire-lise clara clarabelle claribel clarice clarinda clarine
clarisa clarissa clarisse classie claudette claudia claudina claudine cleda clelia clella clemencia clementina
clementine clemie clemma cleola cleone cleopatra cleora cleta cleva clevie cliffie cliodhna cliona clodagh cloe
clora clorinda clothilde clotilda clotilde cloé clyda clydie clytie clàudia cláudia cläre clémence clémentine
codrina codruța coleen coletta colette coline collette colomba concepta concetta concha conchita consolata constance
constantina constanza constanze constança constanța consuela consuelo contina cora coraima coralia coralie coraline
corda cordelia cordella cordia cordie cordula corean corene coretta cori corie corina corine corinna corinne corliss
cornelia cornie corrie corrina corrine cosima cosmina courteney crenguța creola crescencia cressie crete crina
crissie crissy crista cristal cristen cristi cristiana cristin cristina cristine cristy crysta csilla cuheyna
custodia cvetka cydney cyndi cyntha cynthia cándida cátia cäcilia cäcilie cécile célestine célia célina céline
cătălina cəmalə cəmilə dace daciana dafina dafne dagbjörg dagbjört dagfríður daggrós dagheiður dagmar dagmara dagmey
dagny dagný dagrún dahiana daiana daiga daija daijah daina dainess dairine daisey daisha daisie daisye daja dajana
daksha dalaja daldís daley dalia dalila dalili dalima dalla dallilja dalrós dalía damaris damienne damini damjana
damlanur damyanti danae daneen danelle danette daney danfríður danheiður danhildur dania danica daniela daniella
danielle danijela danika danique danita danitza danièle danna dannielle danuta danuše danyel danyell danyelle danía
daníela daníella daphne daphné darci darcie daria dariana darika darina darinka darja darla darleen darlene darline
darlyne dary dasia davida davina davnet dawna dawne dayamai dayami dayana dayanara dayita dayle dayna dayse daðey
daðína deana deandra deann deanna deanne dearbhail dearbhaile dearbhla deasia debbi debbie debbra debby debera debi
debora deborah deborrah debra debrah debroah debóra dedra dee deeann deedee deena deepa deetta deha deicy deidra
deidre deirbhile deirdre deisy deja dejah delaney delcie delfina delia deliah delila delilah delina delinda delisa
dellar delle dellia dellie delois delora delores deloris delpha delphia delphine delsie dema demetra demetria demi
demi-lee demi-leigh dena dendý deneen denese denice deniis denine denisa denise denisha denisse denita derly derval
dervilla dervla derya deryanur desirae desiree desirée despina dessa destany destinee destiney destini devi devika
dewi deyanira dezzie değer dhriti diah dian diana dianah diandra diann dianna dianne dicie dicy dida didda didina
dietlind dietlinde digna dijana dilara dilarə dilcan dildora dilfeza dilhuş dilja diljá dillie dilnoz dilnur
dilsitan dilşad dilşat dimitrina dimmblá dimmey dina dinah dinda dione dionisia dionne dipta dita ditte divya dixie
diya diyora diána diāna djuana djuna dobromila dobroslava dochia docia doina dola dollie dollye dolores doloris
dolphine domenica dominga dominika dominque domitila domnica domonique dona donata donatella donia donie donita
donna doralisa dorathea dorathy dorcas dorcus doreen dorene doretha doretta dori doriana dorien dorina dorinda
dorine doris dorit dorita dorla dorle dorli dorota dorotea doroteja dorotha dorothe dorothea dorothee dorothy
dorothée dorottya dorte dortha dorthe dorthea dorthey dorthy dosha doshia doshie dosia dossie dottie dounia dovie
doyinsola doğannur draga dragana dragica drahomíra drahoslava drauma draumey drema drita droplaug drucilla drusilla
drífa drótt dröfn duha dulce dulcie dumisani dumisile dumitra dumitrana dunja dunyo durdona durgadin durna dursadiye
duyguhan duyên dušanka dwan dyan dymphna dympna dzidra dzintra dáša dæja débora déborah désirée día díana díanna
díma dís dísa dísella dóa dómhildur dóra dórey dóris dórothea dórótea dóróthea dögg dögun döner dörte dörthe dúa
dúfa dúna dünya dürdanə dürnisə dürrüşehvar dýrborg dýrfinna dýrleif dýrley dýrunn dārta dương eadaoin earlean
earlene earline earnestine eartha easter eathel eavan ebba eboni ebonney ecaterina ecegül ecrin eda edaviye edda
eddah edel edelgard edelmira edeltraud edeltraut edeltrud edhitha edil edilma edinah edita edith editha edla edmonia
edna ednah edona edra edrie edris eduarda edwina edyth edythe edīte eesha eeva efemía effa efil eftimia egedía
egenur eggrún egla egzona ehrentraud eija eik eila eileen eilis eilish eimear eimer eimhear einbjörg eindís einey
einfríður einhildur einrún einína eir eira eiravati eirdís eirfinna eirný eiríka eirún eithel eithne eivor eiðný
eiðunn ekaja ekani ekanta ekantika ekaterina ekiya ekta ela elaina elaine elamiye elana elayne elba elberta elcira
elcy eldbjörg eldey eldlilja eldora eldrún elea eleanor eleanora eleanore elease electa eleina elektra elena
elenborg eleni elenor elenora elenore eleonor eleonora eleonore eleonóra elfa elfi elfida elfie elfreda elfrieda
elfriede elfur eliabeth eliana eliane elianna elida elien eliette elif elifnur eligia eliisa elin elina elinborg
eline elinor elinore eliona elisa elisabet elisabeta elisabete elisabeth elisabetha elisabetta elisaveta elise
elissa elita eliza elizabet elizabeta elizabete elizbeth elize elizebeth eliška elka elke ella ellamae ellar elle
ellen eller elley elliana ellie ellinor ellisif ellyn ellín ellý elma elmina elmira elmire elmyra elna elnarə elnora
elnurə eloah elodia elodie elois eloisa eloise elona elosy elouise eloá eloísa eloïse els elsa elsabet elsbeth
elsebeth elsie elsy elsí elsý elta elva elvan elvana elvera elvi elvia elvie elvina elvira elvire elvy elvíra elvý
elvīra elwanda elwira elyse elyssa elzada elzbieta eléa eléna eléonore elía elíana elín elína elínbet elínbjörg
elínbjört elínborg elíndís elíngunnur elínheiður elínrós elíná elírós elísa elísabet elísabeth elīna elżbieta ema
emal emaline emanuela emanuella emanuelly embla emelia emelie emelina emeline emely emelyne emelía emelíana emelína
emer emeralda emese emilce emilee emilia emiliana emilie emilija emilly emilse emily emilía emilíana emilíanna emilý
emina emine emiş emma-louise emmaculate emmah emmalee emmaline emmanuelle emmer emmi emmie emmy emmý emogene
emperatriz emy emília emý emīlija ena encarna encarnita endah ene eneka enfes engilbjört engilráð engilrós engla
enika enikő eniola enith enja enna enola enriqueta enya enóla eola eowyn eppie epsie erbay erdmute erem eres ergül
erica ericka erika erina eris eriş erla erlen erlene erlinda erline erlín erma ermina erna ernestina ernestine erny
erva ervaniye erykah eryn erzsébet esengün eshana esi esila esja eslemnur esma esmanperi esmarelda esmee esmeralda
esmira esmée esparta esperanza essa essi essie esta estefani estefania estefany estefanía estela estell estella
estelle estera esteri esther estie estiva estrella eszter etela etelka etelvina etha ethel ethelene ethelyn ethie
ethna ethne ethyl ethyle etna etta etter ettie eudora eufemia eufemía eufrosina eugenia eugenie eugénia eugénie eula
eulah eulalia eulalie eulália euna eunice eunika euphemia eura eusebia eva eva-lena eva-maria eva-marie evalena
evaline evalyn evalyne evamaria evangelia evangelina evangeline evangelista evanghelina evde evelena evelia evelien
eveliina evelin evelina eveline evelyne evelynn evelína everline everlyne evette evey evfemía evgenía evi evia evie
evija evita evlalía evon evonne evrim evy evíta ewa ewatomi ewelina exa exie eybjörg eybjört eydís eyfríður eygerður
eygló eyhildur eyja eyjalín eyleif eylín eyrós eyrún eyveig eyvör eyþrúður eyþóra ezgin eðna eşim fabia fabiana
fabienne fabiola fabiënne fabrizia fadekemi faderera fadile fadime fadıla fae fainche faisa faizah faize falak
falguni fallon falon familə fanndís fanney fanni fannie fannlaug fannye fanný farah farangiz farhiya farhunnisa
farida farijika fariza farrah farzona fathonah fatigül fatiha fatihə fatima fatime fatimə fatinur fatma fatmanur
fatmire fatuma fay faye fayize febe febi febrún feden federica fehintola fehmiye felecia felicia feliciana felicidad
felicie felicitas felipa felisa felisha felista felister felistus felizitas fella fema femke fenna fenne ferahdiba
feraye ferhan feriel ferinaz fermuta fernanda fernande ferne ferny feruza feryas feyha feyzin fiamma fibikemi fidan
fidaye fidela fidelia fidelma fien fiene fikayomi fildan filipa filippa filippía filipía filiz filofteia filomena
filoména finna finnbjörg finnbjörk finnboga finnborg finndís finney finnfríður finnlaug finnrós finola fiona fionna
fionnuala fionnula fiorella firdevis firuzə firəngiz fitnat fitore fitria fitriani fizzə fjalldís fjolla fjóla
flavia flavie fleda fleeta fleta fleur flo floare floarea flonnie floortje florance flore florene florentina
florentine florența floretta floriana floriane florica florie florina florinda florine florrie flossie flurina flóra
folashade folda fonda fortunata fotima fouzia francesca franchesca francia francies francina francine francisca
franciska francisquita francoise francy franka fransiska františka franziska françoise frauke freda frederica
fredericka frederika frederike frederikke frederique fredrika freeda fregn freia freida freja fresia freya freydís
freygerður freyja freylaug freyleif frida fridah frieda friedericke friederike friedhilde friedl friedlinde frigg
friðbjörg friðbjört friðborg friðdís friðdóra friðey friðfinna friðgerður friðjóna friðlaug friðleif friðlín friðmey
friðný friðrika friðrikka friðrós friðrún friðsemd friðveig friðþóra frona fronia fronie fronnie frostrós frusina
frán frédérique fríða fríður fróðný fuma fumiko fura fátima félicie féline fía fídes fífa fönn fügen fəridə fərqanə
fəxriyyə gabel gabriela gabriella gabrielle gabrielly gabríela gabríella gaby gaia gaida gaja galilea galina gambo
ganga ganimete ganiye garima gasti gauja gaurangi gauri gaurika gautami gauthildur gawati gayathri gaye gayla
gaylene gaynell gaëlle geanina gearldine geetika gefjun gefn geira geirbjörg geirdís geirfinna geirfríður geirhildur
geirlaug geirlöð geirný geirríður geirrún geirþrúður gelengül gelsomina gema gemma gena genevieve geneviève genevra
gennie genovefa genoveva genta gențiana georganna georgeann georgeanna georgene georgeta georgetta georgette
georgiana georgiann georgianna georgina georgine georgía geraldine geralyn gerarda gerardine gerda gerdi gerhild
gerlind gerlinde germana gerri gerta gertha gerti gertie gertraud gertraude gertraut gertrud gertrude gertrudis
gertrúda gerða gerður gesa gesare gesche gesine gestheiður gestný gestrún geta gethera getrude geza ghaliyati
gherghina ghislaine gia giada giana gianina gianna gidget giesela gifty gigi gilberte gilda gillian gillie gillý
gilma gilslaug gina ginette ginny gioia giorgia giorgiana giovanna girtha gisa gisela gisele giselle gislinde
gisselle gissunn gisèle gitta gitte giulia giuliana giulietta giuseppa giuseppina gizela gizella gizem gjaflaug
gladis gladyce gladys glenda glenna glennie glennis glenys glinda gloria gloría glynda glynis gló glóa glóbjört
glódís glóey glóð gná godelieva godelieve golda goldia goldie goncafer gordana gracelyn gracia graciana gracie
graciela grainne grania grayce grazia graziella grazyna grațiana grațiela greca grecia gregoria grein gret greta
gretchen grete gretel grethe gretl gretta gricelda griet grieta grisel griselda gro grélöð grét gréta gríma grímey
grímheiður grímhildur gróa grēta gudrun gudula gugu gugulethu guillermina gullbrá gullveig gullý gumma gun-britt
gunborg gunda gundel gundhild gundi gundula gunhild gunilla gunita gunn gunnbjörg gunnbjört gunnborg gunndís
gunndóra gunnel gunnella gunnfinna gunnfríður gunnharða gunnheiður gunnhildur gunnjóna gunnlaug gunnleif gunnlöð
gunnrún gunnur gunnveig gunnvör gunný gunnþóra gunnþórunn gunta gunvor gurli gurrý gusta gusti gustie guusje
guðbjörg guðbjört guðborg guðdís guðfinna guðfríður guðjóna guðlaug guðleif guðlín guðmey guðmunda guðmundína guðný
guðríður guðrún guðsteina guðveig gwen gwenaëlle gwenda gwendolen gwendoline gwendolyn gwyn gwyneth gyda gytta gyða
gyðja gyðríður gyöngyi györgyi gæfa gæflaug génesis géraldine gía gígja gísela gísla gísley gíslný gíslrún gíslunn
gíslína gíta góa gógó gök gökperi gökçe göli gönül görsev gözem gúa gül gülarə gülay gülbani gülbeyan gülbiye
gülcegün güldam gülder güldünya gülenay güler gülev gülfari gülfeza gülgen gülgüzel gülhisar gülinaz gülkadın
güllühan güllər gülmira gülmisal gülnar gülnarə gülnaz gülnaziye gülnur gülper gülsalın gülselin gülsen gülseren
gülsevil gülsiye gülsü gülsüm gültac gülten gülter gültəkin gülxar gülzadiye gülzar gülçe gülçin gülçöhrə gülözge
gülüs gülüstan gülüş gülşa gülşeref gülşən gülər günar günay günebakan güngören günsel gürcüye gürten güverçin güzey
habiba habibe hacile hadassa hadassah hadda haddý hadicha hadija hadiza hadjer hadrey hafbjörg hafborg hafdís hafey
hafliða haflína hafný hafrós hafrún hafsa hafsat hafshah hafsteina hafþóra hafıza haiba hailee hailey hailie
hajnalka haleigh halenur haley hali halie halima halina halisi haliye halla hallbera hallbjörg hallborg halldís
halldóra halle hallfríður hallgerður hallgunnur hallkatla hallný hallrún hallveig hallvör hamima hamiyet hamsini
hana hanbiken hani hania hanife hanim hanja hanna hannabel hannah hannchen hanne hanne-lore hannele hannelore hanney
hanny hanora hansa hansultan hansína harbinaz harinakshi harini harita harlene harpa harriet harriett harriette
haruko hasel hasgül hashiki hasna hasret hassie hatice hatima hatin hauwa hauður hava havali havse hawa hawehindi
hayat haydée hayel haylee hayleigh hayley haylie hayrünnisa hazelle hazine hazle heba hedda hedi hedvig hedviga
hedvika hedwig hedy hedí hege heide heide-marie heidelinde heidelore heidemarie heiderose heidi heidrun heidy heike
heiða heiðbjörg heiðbjörk heiðbjört heiðbrá heiðdís heiðlaug heiðlóa heiðný heiðrós heiðrún heiður heiðveig hekime
hekla helaine helan heleen helen helena helene helga heli helinä hella helle hellen hellena hellevi helma helmi
helmtrud heloisa heloise heloísa helvi helyn helén heléne helēna hema hemal hemangini hemani hendrikka henife henni
hennie henny henný henretta henrieta henrietta henriette henrika henrike henríetta hera heracleea herbjörg herbjört
herborg herdis herdís herfríður hergerður herlaug herlinda herlinde herma hermelinda hermina herminda hermine
herminia hermína hersilía herta hertha hervör herþrúður hessie hester hesti hettie hetty heva hezniye hicran hidaya
hilah hilayda hilda hildah hildburg hilde hildegard hildegarde hildegart hildegund hildegunde hildibjörg hildigerður
hildigunnur hildiríður hildisif hildred hildur hilkka hillevi hilma hiltraud hiltrud himinbjörg hinet hinewai
hinrika hinrikka hiral hjalta hjaltey hjálmdís hjálmey hjálmfríður hjálmgerður hjálmrós hjálmrún hjálmveig hjördis
hjördís hjörfríður hjörleif hjörný hjörtfríður hlaðgerður hlédís hlíf hlín hlökk hodari holli honora hortencia
hortense hortensia hortenzia houda hoşkadem hrafna hrafnborg hrafndís hrafney hrafngerður hrafnheiður hrafnhildur
hrafnkatla hrafnlaug hrafntinna hraundís hrefna hreindís hrund hrólfdís hróðný hrönn huban hubertine hugbjörg
hugbjört hugborg hugdís hugljúf hugrún huguette huia huld hulda huldah huldrún huldís humaira humaiya humayra
hurican hurşide hvönn hákonía héloïse hélène hólmbjörg hólmdís hólmfríður hödd högna hökümə hörn húnbjörg húndís
húngerður hüda hülya hümeyra hürmet hürüyet hüsniyyə hüsnühâl hương həcər hồng iara iasmina iben ibeth ibironke
ibolya icey icha icie idabelle idamae idda ide idell idella idika idun iesha ieshia ieva ifa ifeoma ifora ifunanya
ignacia iiris ijaya ika ikram ikshita ila ilah ilaria ilda ildiko ildikó ildız ileana ilene ilenia ilga iliana
ilinca ilka illa ilma ilmur ilona ilonka ilsa ilse ilze ima imane imani imany imara imelda imene imke immý imo
imogen imogene imona inaya inda indah indali indi indie indira indy indía indíana indíra ine inell ines inese ineta
inez ing-britt ing-marie inga inga-britt inga-lill ingalill ingdís ingeborg ingeburg ingegerd ingegärd ingela
ingelise ingelore inger ingetraud ingetraut ingey ingheiður inghildur ingibjörg ingibjört ingiborg ingifinna
ingifríður ingigerður ingilaug ingileif ingilín ingimaría ingimunda ingiríður ingirós ingisól ingiveig ingrid
ingrida ingried ingrún ingrīda inguna ingunn ingveldur inka inken inkeri inmaculada inna insa inta intan inès inés
inês ināra ioana ioanina iola iolanda iona ione ionela ionelia iosefina irena irene iretioluwa iriana iridenta
iridian irina irine irja irma irmela irmeli irmengard irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud irmý
irpa irva irya iryna irène irén iréne irēna irıs isabel isabela isabell isabella isabelle isabelly isadora isaline
isamar isaura isha ishani ishanvi ishita isidora isis isla isobel isolde isolina ita itanya itzel itziar iulia
iuliana iustina ivah ivana ivanka ivanna iveta ivette ivie ivka ivona ivone ivonne iwona iyabode iyadunni iyana
iyanna iymona iza izabela izabella izabelle ize izetta izola izora iða iðunn işin işın jaana jacalyn jacey jacinta
jacintha jackeline jacki jackie jackline jacklyn jaclyn jacobine jacque jacquelin jacqueline jacquelyn jacquline
jacqulyn jada jadranka jadwiga jaeda jael jaelyn jaelynn jagrati jagvi jahi jaida jailene jailyn jaimee jakayla
jakobína jaleesa jalisa jalissa jaliyah jalsa jalyn jalynn jalə jamalia jami jamie-lee jamie-leigh jamila jamiya
jamya jana janae janaki janani janay jane janeen janel janell janelle janene janessa janet janeta janeth janett
janetta janette janey janiah janice janie janin janina janine janiya janiyah janja janna janneth jannette janni
jannie jannika january januja janya janyce jaquelin jaqueline jara jarmila jaromíra jaroslava jaruthip jarún
jarþrúður jasiri jaslene jaslyn jasmijn jasmina jasminka jasmit jasmyn jasmyne jasmín jasna jaunita javiera jaycee
jaycie jayda jayde jaye jayla jaylah jaylee jayleen jaylene jaylinn jaylyn jaylynn jayne jazlene jazlyn jazlynn
jazmin jazmine jazmyn jazmyne jazmín jaël jeana jeane jeanetta jeanette jeanie jeanine jeanmarie jeanna jeanne
jeannette jeannie jeannine jeanny jebet jecinta jedidah jeevika jekaterina jelagat jele jelena jelita jelka jemima
jemimah jemma jemutai jenelle jenetta jenifer jeniffer jenilee jenipher jenna jennette jennie jennifer jenniffer
jenny jenný jensína jente jepchirchir jepchumba jepkemoi jepkoech jepkorir jepkosgei jeptoo jeraldine jeri jerica
jerilyn jerilynn jerneja jerono jerop jerotich jerri jerrica jerrie jerrilyn jerusha jeruto jeryl jesca jesenia
jesica jessenia jessi jessica jessika jessye jessý jesusa jetta jhalak jhoana jil jill jillian jimena jina jindřiška
jinnie jinthe jitka jiřina joana joanie joann joanna joanne joaquina jocelyn jocelyne jocelynn jodi jodie jody joell
joella joelle joellen joetta joette johana johanna johannah johanne johnna joi jolana jolanda jolanta jolanthe
joleen jolene jolette jolie jolien jolijn jolina joline jolán jonell jonna jordana jordin joretta jorja jorunn
josefa josefiina josefin josefina josefine josefita joselin joseline joselyn josepha josephina josephine josette
josiane josianne josie josiephine josipa joslyn josphine jossie josy josée joséphine jovana jovina jovita joyce
joycelyn joye joyline jozefína joëlle jožefa jožica juana juanita judi judie judit judita judith judy judyth juli
julia juliana juliane juliann julianna julianne julie julie-anne juliet julieta julieth juliette julija julijana
julisa julissa julita juna june juni junia junie justina justyna justína jutta juulia jyoti jytte járnbrá járngerður
jázmin jéssica jóa jóanna jódís jófríður jóhanna jólín jóna jónanna jónasína jónbjörg jónbjört jóndís jóndóra jóney
jónfríður jóngerð jónheiður jónhildur jóninna jónný jónída jónína jóný jóra jórlaug jórunn jóríður jósebína jósefín
jósefína jökla jökulrós jörgína júdea júdit júlia júlía júlíana júlíanna júlíetta júlírós júnía júníana jūla jūle
jūlija kaaren kaarina kaat kacey kaci kacie kacy kadence kadijah kadri kadınana kaela kaelyn kaelynn kahina kaia
kaija kaila kailee kailey kailyn kaisa kaitlin kaitlyn kaitlynn kaiya kaja kajsa kaleena kaleigh kalene kaley kalie
kalina kaliyah kalla kallie kaltrina kaluwa kalyn kamala kamaria kami kamila kamilah kamilla kamilly kamilə kamma
kamora kamya kamí kandace kandef kandice kanesha kania kanisha kapitola kapítóla karama kardelen karen karie karima
karimah karin karina karine karis karissa karitas karla karlee karlene karley karlie karlijn karlinna karlotta karly
karlína karlīna karmen karola karolien karoliina karolin karolina karoline karolyn karolína karon karren karri
karrie karsyn kartika karyl karyme karyn karí karín karína karítas karó karólín karólína kasandra kashish kashvi
kasie kasiyah kaskazi kassandra kassidy kassie kata katalin katalina katariina katarina katarzyna katarína katarīna
katcha kate katelijne katelin katelyn katelynn katerina katerine katerína kateřina kathaleen katharina katharine
katharyn katherin katherina katherine katherinne kathern katheryn kathey kathi kathie kathinka kathleen kathlene
kathlyn kathrin kathrine kathryn kathryne kathy kathyrn katia katica katie katie-louise katina katinka katja katla
katleen katlin katlyn katlynn kato katri katrien katriina katrijn katrin katrina katrine katriona katrín katrína
katrīna kattie katty katy katý kaver kavya kaycee kaydence kayla kaylah kaylan kaylee kayleen kayleigh kaylen
kaylene kayley kayli kaylie kaylin kaylyn kaylynn kazuko kaðlín keanna keara kecia keeley keely keena keesha keeva
kefser keila keira keisha kelcie keli kelis kellee kelli kellie kelly-anne kelly-marie kellý kelsea kelsi kelsie
kemuma kemunto kendra kenia kenisha kenley kenna kennedi kenza keri kerime kerri kerrie kerstin kerttu kerubo kesha
keshia ketilbjörg ketilfríður ketilríður keya keyla kezban kezia keziah khadidja khadija khadijah khalilah
khanyisile khloe kia kiah kiana kiandra kianna kiarra kibafupia kibibi kiddý kiera kierra kiersten kifaye kifayət
kikelomo kiki kimber kimberely kimberlee kimberli kimberlie kimora kimya kinaya kindra kinga kinley kinsey kinsley
kiojah kipepeo kiri kirsi kirsten kirsti kirstie kirstin kirstine kirsty kirstín kisha kisima kitan kitti kittie
kittý kiwara kiya kiyoko kizzie kizzy kjalvör kjersti klara klaudia klaudie klavdija klea klementína kleópatra kloe
klothilde kládía klára kläre kolbjörg kolbrá kolbrún koldís kolfinna kolfreyja kolgríma kolka koncagül konkordía
konný konstanze kora kordula kori korinna korka kormlöð kornelia kornelía kornélia kortney kosisochukwu kourtney
kreszentia kreszenz kriemhild krisha krissy krista kristal kristan kristbjörg kristborg kristel kristensa kristey
kristfríður kristgerður kristi kristiane kristie kristien kristiina kristina kristine kristiāna kristjana kristjóna
kristlaug kristlind kristlín kristný kristrós kristrún kristveig kristvina kristy kristyn kristíana kristíanna
kristín kristína kristólína kristýna kristþóra krisztina kritika krysta krystal krysten krystin krystina krystle
krystyna kría ksenija kuchanua kumral kumush kunigunda kunigunde kutgün kutun kvetoslava květa květoslava kwamboka
kweli kya kyara kyla kylah kylee kyleigh kylene kylie kyllikki kyra kyrie kára kâzime käte käthe käthi kæja kókó
könül kövsər kübran künkyi kısmet kəmalə laci lacie lada ladina ladislava ladli ladonna laetitia lahoma laia laika
laila lailah lailati lainey laini laisha lajita lakeisha laken lakendra lakesha lakeshia lakisha lakshmi lala lalita
lalla laly lalə laləzar lamiyə lan lana lanette laney lani lanie lanita laoise laora laquita lara lara-sophie larae
laraine laras larisa larissa lashanda lashonda lashunda lasonya latanya latarsha latasha latesha latifah latika
latisha latonia latonya latoria latosha latoya latoyia latrice latricia latrina laufey laufheiður laufhildur lauga
laugey laugheiður launa laura laure laureen lauren laurene laurenția lauretta laurette lauriane laurie laurina
laurine lauryn lavada lavanya lavelle lavenia lavera laverna lavina lavinia lavona lavonda lavonia lavonne lavínia
lavīze lawanda lawrencia layla laylah laylo laëtitia laíla laís lea-sophie leah leala leana leandra leann leanna
leanne leatha leatrice leda leeann leela leen leena leesa leia leidy leikný leila leilani leire leisa leisha leitha
lejla lekha lela lelah lelar lelia lella lempi lenah lene leni lenka lenna lenora lenore leocadia leokadia leola
leoma leona leoni leonia leonie leonor leonora leonore leontina leontine leontīne leonóra leopolda leopoldine leora
leota lera lerze lesa lesana lesia leslee lesli lesly lesta leta letha lethia leticia letitia letizia letiția letta
lettie letty letícia leva levina lexi lexis lexus leydi leyla leyla-katharina leyli leyre lezize leïla leóna leónóra
lhanzey lia liana liane libbie libby libia libni libuša libuše liceth licia liddie lidia lidie lidija lidwina lidya
lieke liene liesa liesbet liesbeth lieschen liesel lieselot lieselotte lieve lieze ligia ligita liisa lila lilah
lili lilia lilian liliana liliane lilianna lilie lilija lilijana lilita lilja liljana liljurós liljá lill lilla
lillemor liller lilli lillia lillian lilliana lillianna lillie lillis lilly lillý lilo lilou lilyan lilyana lilyanna
lilý limon lina linah lind linda lindah linddís linde lindita linet linette lingný linh linna linnea linnéa linsey
lintang lioara lioba lipika liridona lisa lisa-marie lisanne lisbet lisbeth lise lise-lott lise-lotte liselott
liselotte liseth lisette lisha lissa lissette lissi lissie lissy listalín lita litha littie litzy liv liva livia
liwia liya liz liza lizabeth lizbeth lize lizete lizeth lizette lizz lizzie lizzy ljiljana ljubica ljubov ljudmila
ljósbjörg ljósbrá ljótunn lockie loda loes lofn loftveig logey loice loida lois loise lokbrá lola lolita lolla
lollie loma lona londisizwe londiwe londyn lonna lopa loraine lorayne lorean loredana loree loreen lorelai lorelei
lorene loretta loretto lori loria loriann lorie lorinda lorine lorna lorraine lorrayne lorri lorrie lossie lota
lotta lotte lotti lottie louana louane louann louanna louella louetta louisa louise loula louna lourdes lousie
louvenia lova lovey lovina lovis lovisa lovísa loyce loyola luana luann luanne luara luberta luce lucero lucetta
lucette lucia luciana lucie lucienne lucija lucila lucile lucille lucina lucinda lucindy lucrecia lucretia lucrezia
lucreția lucy lucía luda ludie ludivine ludmila ludmilla ludovica ludwina luella luetta lugenia luigia luigina luisa
luisana luise luisina luitgard luiza lujza lukka lulah lular lulie luljeta lulla lulu luminița luna lunna lupita
lura lurana lurena lurline lutgarde lutgardis lutgart lutie luvenia luvinia luz luzia luzie luzmira luísa lya lyda
lydia lydiah lydiane lydianne lydie lydía lykke lyla lylah lyna lynda lyndia lyndsay lyndsey lynette lyngheiður
lynley lynne lynnette lynsey lysiane lára lárensína láretta lárey lâle læla lærke léa léana léane léna léone léonie
léontine lía líba líf lífdís lín lína línbjörg líndís líneik líney línhildur lísa lísabet lísandra lísbet lísebet
lív lívia lóa lóreley lúcia lúcía lúna lúsinda lúsía lúvísa lúísa lúðvíka lüfen lütfiyyə lýdia lýdie lýdía
lăcrămioara lība līga līna līza lūcija ləman lətafət lətifə maaike maaria maarit maartje mabel mabell mabelle mable
macarena macaria macel macey machelle maci macide macie macy madaha madalena madaline madalyn madalynn madara
maddalena maddison maddý madeleine madelene madelief madeline madelyn madelynn madge madhavi madie madilyn madilynn
madina madini madisen madisyn madleina madlen madlyn madoa madonna madora madyson maebell maebelle maegan maeva
maeve mafalda maftuna magali magalie magaly magan magarete magda magdalen magdalena magdalene magdaline magdaléna
magdolna magen magga maggey maggie maggy maggý magna magndís magnea magnes magney magnfríður magnheiður magnhildur
magnúsína magný magnþóra magret magrit magðalena mahala mahali mahalia mahalie mahi mahigül mahika mahirə mahizər
mahnaz mahter mahulena mai maia maida maie maighread maija maike maiken maila maimuna maimunah maira maire mairead
mairin maisa maisha maisy maisə maite maitê maivi maiya maj-britt maj-lis maja majani majella majken majvor makaila
makala makarena makayla makena makenna makenzie maksüde mala malak malaya malea maleah malen malena malene
malgorzata malia maliah malika malin malinda malissa malissie maliyah maliza malla malle mallie mallorie mallory
malorie malou malu malva malvina malvína malwina malía malín mame mamen mammie manca manda mandi mandie mandy manel
manerva manervia manie manilla manja manola manon manuela manuelita manuella manuelle manya manúela mara mara-julie
maraea maralyn maranda marcela marcelina marceline marcella marcelle marcheta marci marcia marcie marcy mardell
mardís maree mareen mareike mareikura mareile marela mareli marella marely maren marese marey marfríður marga
margaret margareta margarete margaretha margarethe margarett margaretta margarette margarida margarite margaritha
margaréta margaud margaux marge margene margeret margery marget margherita margie margit margita margitta margo
margot margoth margret margreth margrethe margrett margretta margrieta margrit margrith margrjet margrét marguerite
margueritte margunnur margurite margy marheiður maria-luise maria-theresia mariah mariam mariane marianela
mariangela marianita mariann marianna marianne maribel maribeth marica maricel maricela maricica maricruz marie
marie-ange marie-anne marie-cecilie marie-christine marie-claire marie-claude marie-france marie-françoise
marie-hélène marie-jeanne marie-josé marie-laure marie-line marie-louise marie-luise marie-madeleine marie-noëlle
marie-paule marie-pierre marie-rose marie-sophie marie-theres marie-therese marie-thérèse mariechen marieke mariel
mariela mariele mariella marielle marieluise mariette marija marijana marijke marika marikó marilee marilena marilla
marilou mariluz marilyn marilynn marinda marinela marinella marinette marini marinka marioara mariola marisa marise
marisel marisela marisol marissa maristela marit marita maritta maritza mariyah marja marja-leena marja-liisa
marjaana marjana marjanca marjani marjatta marjeta marjo marjona marjorie marjory marjukka marjut marketta markita
markrún markéta marla marlana marlaug marlee marleen marleigh marlen marlena marlene marleny marlie marlies marliese
marlis marlise marly marlys marlyse marlène marlén marlín marlís marni marnie marnita marolyn marquita marsa
marselía marselína marsha marsibil marsilía marsý marta marte martha marthe marti martika martina martine martirio
martta martína maruša marva marwa maryam maryann maryanne marybelle marybeth maryellen maryjane maryjo marylee
marylin maryline marylou marylouise marylyn marylène maryse maryvonne marzena marí maríam marían maríana maríanna
marín marína marínella maríon marísa marísól marít maríuerla marólína marý masako massiel masume matea mateja
mathilda mathilde matie matilda matilde matta mattea matthea matthilda matthildur matthía mattie mattye mattíana
mattína mattý maua maud maude maudie maura maureen mauricette maurine mavie mavis maxine maya maybell maybelle maye
mayerly mayme maymie maynur mayra maysa mayte mazie maëlle maëlys maëva maía maídís maísól maïté maşide maša maža
mckayla mckenna mckenzie meabh meagan meaghan mechelle mechthild mechthilde mechtild mecide meda medina medora meera
mefharet megan meggan megha meghan meghana meghann mehbarə mehdiye mehin mehrigül mehrimoh meibh meike meja mekhala
mekkin mekkín melaha melania melanie melanine melany melba melek meleknur melikkan melina melinda melisa melissa
melissia melita melitta melkorka mellie mellisa mellissa melodee melodie melonie melony melrós melva melvina melvine
melánia melûl mena mendy menfeat menişan meral merba merche mercyline mereana meredith merel meret merete merethe
meriem merike merilyn merim merita merja merlene merna merri merrie merrilee mertie merva merve mervi mery meryem
meryeme meryl messíana mesude metha metka metrine metta mette mettie meveddet mevlüdiye mey meyhanim meyransa mezide
mia miah micaela micayla michaela michaele michala micheala michela michelina micheline michell michelle michèle
mickie mie mieke miesha migdalia mignon miguela mihaela mihrab mihriye miia mikaela mikaelína mikaila mikala mikalah
mikayla mikkalína milada milagros milana milcah milda mildred mildríður milena miley milica milissa milka milkah
milla millaray mille millicent millie milly millý miloslava milota milou miluše mima mimi mimmi mimoza mimy mina
minda mindi mindy minerva minervia minibe minney minnie minný minodora minta mintie minurə mioara mira mirabela
miranda miray mirdza mireia mireille mirela mirella mireya miriah miriam miriama mirian mirja mirjam mirjami mirjana
mirlinda mirna mirona miroslava miroslawa mirra mirriam mirta mirte mirtha mirthe mirtie miruna miryam misra missie
missy misti mistie misuli mitali mitchelle mittie mitzi mitzy miya miyesser mjalldís mjallhvít mjaðveig mjöll
mkarkara mnqobi modesta modupe moesha mofifoluwa mohini mohinur mohlaroyim moira mojca mojisola mojisoluwa mollie
molly mona monalisa monica monicah monika monique monja monna monnie monserrat moraa moradeke morayo moreen morenike
morgane moriah morine morolake mosinmileoluwa mossie mosunmola motunrayo moureen mourine moya moyosore mozell
mozella mozelle mrihani muarra mubina mufide mugdha muhima muhiye muhsina muireann muizza mujde mukbile mumtoz munda
mundheiður mundhildur mundína munisa muriel murielle mursalina musaffa musfira mushtariy musila muslima mutia
muvahhide muxlisa muzayyana muzdalifa mwamini mwanajuma mwanamisi mwasaa mya myah myla mylee mylie mylène myra
myranda myriam myrle myrna myrra myrta myrtha myrthe myrtice myrtie myrtis mábil málfríður málhildur málmfríður
mánadís máney mára mária márta máxima märta märtha mégane mélanie mélina mélissa mélodie mía mínerva míra míranda
mítra módís móeiður móey móheiður móna mónica mónika móníka mörk mübetcel mücevher müferrih müjde mükrüme mülayim
mümtaze münezzer müret müsemma müveddet müğber müşkünaz müşüre mýr mýra mýrún māra mārīte mădălina mălina mărioara
măriuca mədinə məhru məlahət məleykə mənsurə məryəm mərziyyə məsmə mətanət nabila nades nadeschda nadeshda nadežda
nadia nadin nadine nadja nadège nadía naděžda nafile nafula nahidə nahla naiara naibə naide nailə naima naimh nair
naja najuma najwa naki nakisha nakita naliaka nallely nalân nan nana nanci nancie nandini nanette nanie nanjala
nanna nannette nannie nanný nansý nanə naoimh naom naoma naomh naomi naomy naomí narcisa narhanim narimane narıngül
nashipie nasiba nasra nastja natacha natalee natali natalia natalie natalija natalja nataly natalya natalía natasa
natascha natasha natasja natasza nataša natașa natella nath nathalia nathalie nathaly nathari nathasha natividad
natosha natália natálie natālija natəvan nautica nawal nayara nayaret nayareth nayeli nayely nayfa nayibe naz
nazende nazi nazilə nazimet nazimə nazlihan nazlı nazıdil naómí ndumiso nea nealie nealy neasa nebiha necilal necva
nedda nedjma nedra neelima neema nefaret nefiye neha neja nejdet nekesa nela nelah nelcy nelda nele nelia nelie
nelima nell nella nelle nelli nellie nelly nellý nelsy nelya nena nenna neola neoma neppie neptün nerea nereida
neriban nermin nesfe neslinur neslisah nesrine nessa neta nete netra netta nettie neva nevaeh neval neveah nevenka
nevgin nevise nevsale neyran nezengül nezize neşrin neža ngaire ngọc nia niamh niara nichelle nichol nichola nichole
nicki nicol nicolasa nicole nicoleta nicoletta nicolette nicoline nicolle niculina nidhi nidia nidra nienke nieves
nigar nigesa nihan niharika niina nika niki nikia nikita nikol nikole nikolett nikoletta nikolina nikíta nikólína
nila nilam nilcan nilda nili nilima nilufar nimakoah nimrat nina ninetta ninioluwa ninna ninnie ninoska ninthe nira
nirgül nirja nisa nisha nisə nita nitara nives niðbjörg niğmet njozi njála njóla nkazimulo nkiruka nneka nobantu
nobie nobuhle noeleen noelia noeline noelle noemi noemie noemí nohely nohora noirin nokulunga nola noleen nolia
nolie nollaig noma nomagugu nomalanga nomasonto nomathalente nomathemba nomcebo nomthandazo nomusa nomvula nona
nonhlanhla nonie nonjabulo noora noortje nora norah nore noreen norene noreta noretta norica norina norine norita
norma notburga nothando nour noxolo nozibusiso nozima nozizwe noémi noémie noëlla noëlle noëmi nqobizitha nuala
nubia nula nura nuran nuranə nuray nurbanu nurda nurdeniz nurey nurgil nurhayet nuria nuriya nuriyet nurlana
nurmelek nurseda nurser nursim nurtaç nurten nurul nurveren nury nurşan nuša nya nyaboke nyah nyanchama nyasi nyasia
nydia nyla nylah nynke nyoka nyoni nyota nyree nyuki nádia náttsól nélida nína níní nóa nóra nótt növrəstə núria
nübar nüdret nürice nüşabə nýbjörg nəfisə nərgiz nərmin nərminə nəzakət nəzrin oana obdulia obianuju octa octavia
octaviana octavie océane odalis odalys odda oddbjörg oddfreyja oddfríður oddgerður oddhildur oddlaug oddleif oddný
oddrún oddveig oddvör odelia odeline odette odika odile odina oeshi ofelia ofeliya ogechi oguş ojasvi oktavía
októvía olajumoke olalla olar olasunmbo olena olene oleta olevia olimpia oline oliva olivia olivie olivine ollý
ololade oluchi olufunke olufunmilayo oluwakemi oluş olwen olwethu olívia oma omaira omaja omie omina omisha
omobolanle omodunni omolabake omolara omosalewa omotara omotola omotoun omowumi omya ona oneida oneta oney oni onie
onnie onyinye oona oonagh opha ophelia ophélie opwonya orah oralia orelia orene oreofe orfelina orfhlaith oriana
orilla orka orlagh orlaigh orlaith orlena orma ormheiður ormhildur orna ornella orpha orra orsolya ortansa ortrud
ortrun orvokki orçin osa osha osiyo otelia otilia otkatla otta ottilia ottilie otília otýlie otīlija ouida outi
oviya owethu oxana oyenike oyindasola oysha ozana ozella ozioma oľga pabla paca pacífica padma padmi padraigin pahal
paige pairlee paityn pakizə paksu pallavi pallie paloma pam pamala pamela pamelia pamella pandora panini panya paola
paoletta paralee paramita paraschiva parlee parthenia parís pascale pascaline pascuala paskalia pastora patrica
patricia patricie patricija patrisía patrizia patrícia patti pattie paula paule pauletta paulette paulica paulien
pauliina paulin paulina pauline paulína paulīna pavani pavla pavlína paye payten paz pearla pearle pearlene pearlie
pearline peggie peggy pekkan pembesin penelope penina peninah penni pennie pepita peren perinur peris perla perlita
permelia permun pernilla pernille perri perrine pesent peta petra petrana petrea petrina petrona petronela
petronella petronila petruța petrína petrónella petrós petrún petrúnella phanice phebe pheobe phileine philippa
philippine philis phillis philomena philomene phylicia phylis phyliss phyllis pia piedad pien pierette pierina
pierrette pietra piia pili pina pinkey pippa piran piret pirjo pirkko piroska pleun pluma polina pollie polly pollý
polona polonca pompilia pooja porsche porsha portia pricilla primitiva prisca priscah priscila priscilla priscillah
prisha priska priya profira prudencia prudie pría puk puput purificación pushti puspa puti putri pála páldís páley
pálfríður pálhanna pálheiður pálhildur pálmey pálmfríður pálrún pálín pálína päivi päivikki pénélope pétrína pétrún
pía pürçek pəri pərişan pərvanə pərvinə qaratel qiana qori queenie quiana quinter quinty qumru qushi qönçə qızbəs
qənirə raagini rabbiye rabea rabecca rabi racha rachael rachana racheal rachel rachelle rachida rachita rachèle
racquel rada radeke radha radhika radka radmila radoslava radovana raegan raelyn raelynn raewyn rafaella raffaela
raffaella rafia rafila rafney rafnhildur ragna ragnbjörg ragney ragnfríður ragnheiður ragnhild ragnhildur rahab
rahayu rahel rahiye rahma rahmi raifə raija raili raina raisa raissa rajata rajeshri rakel rakide raksha raluca
ramilə ramona ramóna rana randalín randi randíður randý rani rania ranka rannva rannveig raphaela raphaëlle raquel
rashida rasimə rasma ratih ratna rayana rayhona rayla raymonde rayna rayne rayyona rayén raziyə reanna reatha reba
rebeca rebecca rebecka rebeka rebekah rebekka rebihat reet refet regena regenia reginbjörg regine regitse regitze
regula regína regīna rehema rehime reidun reina reingard reinhild reinhilde rejane rella remedios rena renada renae
renata renate renea renee rengül reni renita rennie renske renáta renée resi ressie restu reta retha retta rettie
reva revza reyhan reyhanə reyn reyna reyndís reynheiður reynhildur rezin rheta rhian rhianna rhianne rhiannon rhona
rhonda ria rianna rica ricarda richelle ridhi rigmor rihanna riikka riina riitta rika rikka rikke rikki rilla rillie
rina rinda rini ripley risa risper rita ritt ritva riya roberta robertina robiya robyn rochelle rocio rocío rodah
rodica roena roise roisin rojnu roksana rolanda rolande rollande romana romane romanița romina romona romy rona
ronda roni ronja ronke ronna ronya roos roosa rorí rosa rosa-maria rosabelle rosalba rosalee rosaleen rosalia
rosalie rosalina rosalind rosalinda rosalinde rosaline rosalva rosalyn rosalía rosamond rosann rosanna rosanne
rosaria rosarie rosaura rose-marie roseann roseanna roseanne rosel roselinde roseline rosella roselyn roselyne
rosemarie rosena rosenda rosey rosi rosia rosie rosina rosita rosl roslyn rosmarie rossana roswita roswitha rotraud
rotraut rowena roxana roxane roxann roxanna roxanne roxelana roxie roxy roza rozalia rozalija rozanne rozella roziya
rozália rubi rubie rubiela rubye rudīte rufina ruhide ruhiyyə ruhshona ruhugül ruhəngiz ruie rukia rumaysa rumeysa
runný ruperta ruqayya ruqiya ruqiyyə ruta rute ruth rutha ruthann ruthanne ruthe ruthie ruthild ruxanda ruxandra
ruxsarə ruzica ruža ružena ružica ryann ryleigh rylie rym ryma rán ráðhildur régine réka ríkey rín ríta róberta
róbjörg rós rósa rósalind rósanna rósbjörg rósborg róselía rósey rósfríður róshildur rósinkara rósinkransa róska
róslaug róslind róslinda róslín rósmary rósmarý rósmunda rósný róza rózsa róża röfn rögn röskva rövşanə röya röyal
röyalə rúbý rún rúna rúndís rúnhildur rúrí rübabə rübeyda rümeysa rıfkıye růžena rəfiqə rəhilə rəmziyyə rəna rəqsanə
rəsmiyyə rəxşəndə saanvi saar saara sabihe sabina sabine sabirə sabra sabrina sabrína sabína sabır sachi sacidə sada
sadao sade sadeti sadia sadie sadina sadiye sadye safia safina safinaz safiri safiya safta safura sahibə sahil sahra
saida saige saire sakina salbjörg saldís salena salgerður salima salimah salimet salina salka sallie salma salný
salome salomea salomey salomé salsabila salud salvör salwa salín salína salóme samahat samanta samantha samatha
samiah samina samira samirə samiya samiyah sanai sanavber sanaya sanda sandie sandra sandrine sanela sanije sanita
saniya saniyah sanja sanjuana sanjuanita sanna sanne sanni sannie santa santina santía sanur saoirse sapa saphira
sara sarabi sarafina sarah sarah-jane sarah-louise sarahi sarai sariah sarina sarita sarmīte sarrah sarvinoz sarya
sarína saskia satu saturnina satıa saumu saumya saundra sauti savana savanah saveta savilla savina sayalı saygın
saçı scarleth scarlett scarlette seana seanan seaneen seanna sebigül seblâ sebrina sedife sefanía sefer segilola
sehel seija sejda selah selcan selcen selena selene selime selin selina seline selja selka selma selmin selçuk semat
semenica semine semra semrin sena seniha senora senta senía seona septi septíma serafina serah seraina sereina
serena serfinaz serina serine serma sernur serpil servinaz seselía sesilía sessa sesselja sesselía sessilía sevara
sevcan sevdinar severina severine sevgen sevginur sevican sevil sevim sevinc sevinch sevla sevsevil seyhan seyyide
sezen seçgül shae shahina shahnoza shaina shakila shakira shalon shalonda shameka shamika shana shanae shanda
shandra shaneka shanell shanelle shanequa shani shania shanice shaniece shanika shaniqua shanita shaniya shanna
shannan shannen shanta shante shantel shantell shaquana shaquita shara shardae sharday sharde sharee sharen shari
sharita sharla sharleen sharlene sharman sharonda sharron sharyl sharyn shasta shatara shauna shauneen shaunna
shavon shavonne shawana shawanda shawna shawnda shawnna shawnte shayla shaylee shayna sheela sheelagh sheena sheila
sheilah sheilla sheillah shelba shelbi shelbie shelia shelli shelva shelvia shelvie shena shenna sheree sheri sherie
sherilyn sherita sherlyn sheron sherree sherri sherrie sherron sherryl sheryl sheryll sheyla shianne shiela shiloh
shinead shira shirl shirlee shirleen shirlene shirleyann shirlie shivani shona shonda shonna shpresa shqipe shravya
shreya shukrona shyann shyanne shyla sian sibbie sibel sibilla sibille sibongile sibusisiwe sibylla sibylle sidar
siddie sidiqə sidonia sidónia sieglinde siegrid siegried siegrun sien sienna sif sigdís sigdóra sigfríð sigfríður
sigga siggerður siglinde sigmunda signa signe signhildur signý sigrid sigrun sigríður sigrún sigurbirna sigurbjörg
sigurbjört sigurborg sigurbára sigurdríf sigurdrífa sigurdís sigurdóra sigurey sigurfinna sigurfljóð sigurgeira
sigurhanna sigurhelga sigurhildur sigurjóna sigurlaug sigurleif sigurlilja sigurlinn sigurlín sigurlína sigurmunda
sigurnanna sigurrós sigursteina sigurunn sigurveig sigurvina sigurást sigurásta sigurða sigurósk sigurþóra sigyn
sigþrúður sigþóra sihawukele siiri silanur sile silfa silfrún silfá silja silje silka silke silla sille silondile
silva silvana silvia silviana silvie silvija silvía sima simber similoluwa simina simisola simona simonetta simonne
simphiwe simten simuzər sina sinaida sinda sindy sinead sini sinikka sintija siobain sioban siobhain siobhan siofra
siphesihle sirap siri sirje sirkka sirpa sirra sirrý siska sisko sissel sitarə sithembiso siti siv siya sjöfn
skaidrīte skarpheiður skolastika skugga skuld skye skyla skúla skúlína sladjana slavica slavka slavomíra slavěna
sloane sláva slávka smaranda sneha snezana snježana snjáfríður snjáka snjófríður snjólaug snorra snæbjörg snæbjört
snæborg snæbrá snædís snæfríður snælaug snærós snærún snót socorro soffía sofi sofie sofija sofía solange soliha
soline solma solmaz solveig solvej solvita solène somadina somer sommer sona sondra songül sonia sonja sonji sonnur
sonný sonya sophia sophie sophie-louise sophie-marie sophronia sophy soraia sorana soraya sorcha sorina souad soumia
sowande soykan soňa speranța staci stacia stacie stana stanca stanislava stanka starla starr stasia stefana stefani
stefania stefanie stefanía steffi stefánný steina steinbjörg steinborg steindís steindóra steiney steinfríður
steingerður steinhildur steinlaug steinrós steinrún steinunn steinvör steinþóra stela steliana stella stellah
steluța stephaine stephani stephania stephany stephenie sterre stien stilla stina stine stjarna styrgerður stéphanie
stígheiður stígrún stína subomi subutiye suci sudie sudiksha suellen suhani sula sultane sumarlína sumarrós sumayya
sunay sunday sungara sunna sunnefa sunneva sunniva sunníva susam susan susana susanita susann susanna susannah
susanne suse susi sussanne sussie suus suvi suzan suzana suzann suzanna suzanne suze suzette suzie suzy suğra svafa
svala svalrún svana svanbjörg svanbjört svanborg svandís svaney svanfríður svanheiður svanhildur svanhvít svanlaug
svanrós svanþrúður svava svea sveina sveinbjörg sveinborg sveindís sveiney sveinfríður sveingerður sveinhildur
sveinlaug sveinrós sveinrún sveinsína sveinveig svenja svetlana světlana swala swantje swetlana syahrini sybil
sybilla sybille syble sydell sydnee sydni sydnie sylgja sylivia sylke sylva sylvaine sylvana sylvania sylvia
sylviane sylvianne sylvie sylvía sylwia symone synnøve syreeta sys szilvia sára sânziana sæbjörg sæbjört sæborg
sædís sæfinna sæfríður sæhildur sælaug sæmunda sæný særós særún sæsól sæunn sævör séverine sía sílvia símonía sísí
síta sól sóla sólbjörg sólbjört sólborg sólbrá sólbrún sóldís sóldögg sóley sólfríður sólgerður sólhildur sólkatla
sóllilja sólný sólrós sólrún sólveig sólvör sólín sónata sónia sölva sölvey sölvína söyler sørine søs súla súsan
súsanna südabə süheyda süleyla sümerya süner sürəyya süsen süzer sırriye səadət səbinə səbirə səfurə səhər səidə
səlimə səma səmayə sənubər səriyyə ta-tanisha tabatha tabea tabetha tabita tabitha tadeja tagangül taina taja
takisha tala talia talibe taliyah talía tamala tamanna tamar tamara tamatha tamaşa tambika tambra tameka tamekia
tamela tamera tami tamia tamica tamie tamika tamiko tamilla tamisha tammi tammie tammy tamra tamu tamya tana tanesha
tangela tangül tania tanika tanisha taniya taniyah tanja tanmayi tanses tantri tanvi tanya tanyu tanía tara tarah
taraji tari tarja tarsha taru taryn tasha tashina tasia tasvir tatia tatiana tatianna tatjana tatum tatyana tatyanna
tawana tawanda tawanna tawnya taya tayla tayyibe taçnur tecla teea teela teena teija teitný teja tekla teknaz tella
tellervo telma telse temime tempie tena tenika tenisha tennie tennille teodora teodosia teona tera tercan tere
teresa terese teresia teresiah teresita teressa teresía tereza terezija terhi teri terina terra terri terrie terttu
teréz terézia tess tessa tessie teuta texanna texie teybet teófila thabisa thabisile thalia thandazile thandeka
thandiwe thea theda thekla thelma thembeka thembekile thembile thembisile theodocia theodora theodosia theodóra
theola theres theresa therese theresia therése theódóra thi thiare thinhinane thomasina thora thresa thursa
thuthukile thyra théa thérèse thảo tia tiana tianna tiarna tiarra tiberia ticen tiegan tiera tierra tiesha tiffani
tiffanie tiffany tiia tiina tiiu tilda tilla tillie tilly timea tina tinca tincuța tindra tineke tiney tinie tinna
tinne tinnie tira tirsa tirza tisha tishie titi titilayo titin tiziana tjaša tobi toccara todda tola tolulope
toluwanimi tomasa tomeka tomika tomris tomurcuk tonda tonia tonicha tonja tonje tonya tora torbjörg torfey
torfheiður torfhildur tori torie torill torrie tosha toshiko tova tove tovuz towanda toya tracee traci tracie traude
traudel traudl traute treacy treasa treena trena tresa tressa tressie treva tricia triin trilby trina trine trini
triona tripti trish trisha trista tristana triveni triya trude trudel trudi trudie trudy trula tryggva tryggvína trú
trīne tuana tudora tudorița tudosia tuere tui tuija tule tulia turanə turcein turid turvi tutkucan tuula tuuli
tuulia tuulikki tuva tuğçe twila twyla tyesha tyla tyra tânia tía tíbrá tímea tína tóbý tóka tóta tükəzban tülay
tülin tünde tünzalə türcan türkan türkanə türknur tüzenur týra təhminə təranə uberlinda ubika ucchal uchita udeera
udyati ugla ujamaa ujunwa ula ulduz ulla ulla-britt ulrica ulrika ulrike ulva ulya uma umande umi ummahani umoja
umuşan undine undína unjani unnati unnbjörg unndís unni unnur upadhriti upasna upma ura urishilla urmi ursel ursina
ursula urszula urte urvashi urvi urður urša urška uršuľa uschi usyi uta ute uyanser vacibe vada vagna vagnbjörg
vagnfríður vahidə vaishnavi vajèn vaka vala valarie valary valbjörg valbjörk valbjört valborg valda valdheiður
valdís valentina valentína valentīna valeria valerie valerija valery valería valeska valey valfríður valgerða
valgerður valhildur validə valija valinda valka vallary vallie vallý valný valorie valrós valrún valva valèria
valéria valérie valý valþrúður vamakshi vanda vanesa vanessa vania vanja vannie vansha vanya vara varenya varlık
varsha varvara vasana vasatika vashti vasilica vassie vasudha vecide veda vedhika vedika veera veerle vefia veig
veiga vela velda velia vella velma velta velva vena vendela vendula venera veneranda venessa venie venita venla
vennie venus veola verda verde verdell verdie verena vergie verla verlene verlie vernelle vernetta vernia vernice
vernita veronica veronicah veronika veronique versa versie vertie verónica verónika veróníka vesna vessie vesta veta
vetrarrós veva vezrife vibeka vicenta vicenția vicie vickey vicki vickie vicky victoire victorine victoría victória
vicy vida vidhi viera vieroslava vigdís vigný viivi vija vikki viktoria viktorie viktorija viktoría viktória vilborg
vildane vilde vildís vilfríður vilgerður vilhelmiina vilhelmina vilhelmína villimey vilma vilný vina vinaya vinbjörg
vincenza vinciane vineta viney vinie vinnie vinný vinsý violeta violetta violette viorela viorica vira virdie virgia
virginie virginía viridiana virpi virág visitación vita viveka vivi viviana viviane vivianne vivienne viðja vjollca
vladimíra vlora vlădelina voichița vonda vonetta voney vonnie vordís vreneli vrinda vrishti vritti vuokko vyanjana
vár vân vébjörg védís végerður vélaug véný véronique víbekka víf vígdögg víggunnur vísa víóla víóletta vüsalə věra
vəfa waceera wafae waida waimarie wakeeta walburga waldtraut walentina walli waltraud waltraut waltrud wanda waneta
wanita warda warhi waridi waseme watika wava weddy weena wenche wencke wende wendi wendolin wendy wenke wera whitley
wibke widisha widya wiebke wikitoria wilda wilfriede wilhelmina wilhelmine willa willene willia williemae willodean
wilma wiltrud winda winni winnifred winny winona wirda wishi wulan wuraola wynona xalak xalidə xalisə xanım xatirə
xavər xena xenia ximena xiomara xiti xumar xuân xénia xəyalə yaa yachana yadavi yadira yahaira yahvi yahşi yaiza
yajaira yamile yamilet yamilex yamini yana yanara yance yanet yaneth yani yanina yanira yara yareli yaretzi yaritza
yasemen yasemin yashasvi yashawini yashica yashoda yashodhara yashvi yasina yasinta yasmeen yasmin yasmina yasmine
yasmín yasna yasti yasəmən yauvani yazgül yazmin yazmín yda yeganə yeimy yejide yekbun yeni yenifer yenny yeny
yepelek yesenia yesica yessenia yessi yessica yetta yetunde yewande yeşil yfke yina yineth yinthe ylenia ylfa ylfur
ylja ylva ylvi ylvie ynja yocelyn yochana yolanda yolande yolima yolonda yoselin yoshiko yoshita yosma yousra yrja
yrsa ysaline yudy yuli yulia yuliana yulieth yulisa yulissa yuly yuni yunita yurani yurany yurdaser yuridia
yurtseven yury yutika yvette yvonne yésica yéssica yücel yıldız yến zada zadie zaenab zaharia zahfer zahnya zahra
zahro zaida zainab zainabu zaira zaitra zaituni zakhele zakiyaxon zaliha zalindra zamfira zamira zana zandra zaniyah
zansi zara zariah zarina zarna zarəngiz zaynab zdenka zdeňka zdislava zebirce zehnia zehra zehranur zejna zela
zelaya zelda zelha zelia zella zelma zelpha zemfira zemzem zena zenia zenobia zenovia zenta zenzile zerafet zeride
zetta zettie zevlüde zeynep zeyno zeynəb zeynəgül zhane ziba zibeydə zibuyile zigrīda zilfa zillah zilmil zilpah
zilpha zina zinal zineb zinhle zinnura zinnure zinət zipporah zita zizi zlatica zoa zoe zoey zofia zofija zoie zoila
zoja zola zona zora zoraida zorica zorka zoé zoë zsanett zsuzsanna zsófia zubeyde zula zulaikha zulema zulfa zulma
zumaridi zunilda zuwena zuzana zvonka zélie zöhrehan zöhrə züheyla zülbiye züleyxa zülfiyyə zülfüye zümre zümrüd
zəhra zəkəriyyə zəminə zərif zərifə zərnigar áfrica ágata ágatha ágnes águeda ágústa ágústína álfdís álfey álfgerður
álfheiður álfhildur álfrós álfrún álfsól ámbar ángela ángeles ánh árbjörg árbjört árdís árelía árlaug ármey árna
árndís árney árnheiður árnína árný ársæl ársól árveig árvök áróra árún árþóra ása ásbjörg ásborg ásdís ásfríður
ásgerður áshildur áskatla ásla áslaug ásleif ásný ásrós ásrún ást ásta ástbjörg ástbjört ástdís ástfríður ástgerður
ástheiður ásthildur ástríður ástrós ástrún ástveig ástþrúður ástþóra ásvör áurea âlemşah ângela änne åsa åse ægileif
æsa æsgerður çalım çağlar çevregül çilga çimnaz çinarə çisem çiçək çolpan édith élisabeth élise élodie éléonore
émilie érica éva ída íma ína íngrid íren írena íris írunn ísabel ísabella ísadóra ísafold ísalind ísbjörg ísdís ísey
ísfold ísgerður íshildur ísis íslaug ísleif ísmey ísold ísrún íssól ísveig ísól íunn íva óda ófelía óla ólafía
ólafína ólavía ólivía ólína ólöf ósa ósk ótta ögmunda ögn ölrún ölveig ömriye örbrún örfiye örk ösp övün özay
özbilge özdeş özge özgün özlem özpetek özyurt úlfa úlfdís úlfey úlfheiður úlfhildur úlfrún úlla úna úndína úranía
úrsula úrsúla üge ülke ülküm ülkər ülle ülviyyə ümmahan ümmühan ümray ünal ürper üçgül ýja ýma ýrr þalía þeba þeódís
þeódóra þjóðbjörg þjóðhildur þoka þorbjörg þorfinna þorgerður þorgríma þorkatla þorlaug þorleif þorsteina þorstína
þrá þrúða þrúður þula þura þurí þuríður þurý þyri þyrí þóra þóranna þórarna þórbjörg þórdís þórelfa þórelfur þórey
þórfríður þórgunna þórgunnur þórhalla þórhanna þórheiður þórhildur þórkatla þórlaug þórleif þórný þórodda þórsteina
þórsteinunn þórstína þórunn þórveig þórvör þórða þöll þúfa ārija đurđica ērika ľubica ľubomíra ľuboslava ľudmila
ľudomila şadıman şahdiye şahinder şahnaz şahnuray şahıgül şamiha şayan şazime şefiye şehreban şehza şelâle şemsinisa
şennur şeref şerman şevketfeza şeyda şilan şirivan şöhret şövkət şükufə şüküfe şəfa şəfiqə şəhla şəhrəbanu şəlalə
şəmsiyyə şərafət šarlota špela štefanija štefica štefka štefánia štěpánka šárka žaneta željka želmíra živa žofia
žofie ștefana ștefania əcəbnaz ədibə əminə əntiqə əsmər
""".split())

# Given to both, or listed with no gender.
UNISEX = frozenset("""
aaaqil aaban aabid aadam aadil aafiya aahil aalam aalee aalim aamil aamir aamirah aaqil aarif aariz aaryan aashif
aashir aasif aasim aatif aatiq aaus aayan aazim abaan abdi ada ade adel adomas adrija agnė ahmed aistis aivaras
aleksandras alex alexandr alexis algirdas ali alsoy alva amani amari amelija amor andra andrea andrius angalia
antanas antonie apisara ardell arden arham arie ariel arielė arijus aris arisara arley arlie armandas armani arminas
arnas arnoldas aronas arta artūras arvydas arūnas asanti ashley ashton asiman atfat atha atheel atit attaf aubrey
audie audrius augustas auguste aunyaporn auraq aurelija aurimas aurėja aušra aušrinė avni awadil awamil awamiri awan
awani awj awlya awmar awrad ayamin aydan aysar ayyubi azban azeeb baahir baaizeed baaqee baaqir baaree baashir
baasim baasit babar baber badawi badr baha bahaa bahari bailey bairbel baleegh bambad bambi baqar baqir barr barraq
basaam baseer basem bashaar bashaarat bashar basharat basheer basheerah basim basir bassam batal batool bazam bebe
beda benas bennie berezat bertie bethel bilaal billie birgit birousk bizhan blair blake blær bobbie brett britt
brittany buraid burnice byrd callie cameron camille campbell camryn cannur carey carlie carmen carrie carrol carroll
casey cassidy cassie cato ceyhun chaifah chaiwut chalisa chamali chandra changaz chanikan channing chanya charlesh
charley charlie charo chashida chawin chawish chayanin chayapat cheragh chris christian christie christina christy
chuki chus clair clare claude claudie clem clemence clemmie cleo codie connie conny constantino corey cortney cory
courtney cruz daamin daanish daanyaal daawood dabbah dabir daghfal dainius daire daiyaan dakhil dakota dameer
damurah dana dani daniele danielius danish dannie dany dara daragh darain darby darcy darian darija darragh
dastageer dawud dayyaan deividas del della delma denis deniz dennie devan devin devon devyn dewey diane domantas
domas dominique dominyka dominykas donatas donnie dora dorris dovilė dovydas durab dylan earlie eddie eden edgaras
edie edvardas edvinas eesaa effie egidijus eglė ehan ehsaas ehsan eidvilė eijaz eimantas ejaz ejlaal eka el-amin
elaf elgie eli elia elisha elli ellis elly elza emerson emilis emma emran encarnacion enea enrika enzi erikas erin
ernestas esfandyar eshan esra etizaaz evaldas evance evelyn fahari fahmi faizan fanaka faraja faustas fazli felice
fidvi fimar finley flor floy fran frances francis frankie freddie gabi gabriele gabrielius gail garnett gayle
gediminas georgie gerd geri germaine gerry ghaalib ghaazi ghaffaar ghafoor ghaith ghalib ghanee ghanem ghannam
ghasaan ghauth ghawth ghayoor ghazalan ghazanfar ghazanfer ghazawan ghazi ghazzal ghiyaath ghiyath ghufran ghulaam
ghulam ghunayn ghusharib ghusun ghutayf giedrius giedrė gilman gintarė glenn goda gohar guiomar gulab gulfaam gulfam
gulshan gulzar guney gussie gustas gytis gytė günver hadley halley hallie harley harnail harper hattie hayden hazeem
hekima henri hilary hillary hollie hollis hussein huzaifa ibaad ibn ibraaheem ibraheem ibrahim ida idrees iesa
iftikhaar iftikhar ignas ignė ihab ihsaan ihtesham ihtiram ihtishaam ihtsham ijli ikhlaas ikraam ikramah ikrimah
ilan indra indrė inge ira irmantas isa iva ivey ivica izaaz izabelė jaabir jaafar jabbaar jabir jabr jad jaden jadyn
jafar jaffer jahangir jahanzeb jahdami jahdari jahiz jahm jaiden jaidyn jaime jalaal jalal jalees jalil jamey jamie
jammie jan janis jann janne jaruwan jasmin jayden jaylen jaylin jayme jean jeffie jenni jensen jeronimo jesse jessie
jessy jettie jewell jinjuta jitrin joan johnie johnnie jokūbas joni jonnie jordyn jorūnė josé jua jule juozas
jurgita justas justinas justine juul kaamil kaashif kaazim kabeer kachela kader kafeel kahurangi kaiser kajji kajus
kala kalbi kaleem kaleema kali kamari kameron kamolchanok kamryn kaombwe karaamat karam karan karel kari karli karol
karolis kasam kasey kashif kauthar kawkab kawthar kay kayden kaye kaysan kazi kelley kelly kelsey kendal kenyatta
kenzie kerry keyaan khaalid khaan kiara kiburi kijana kiley kim kimberly kipenzi kipras kirby kodchaporn kornelija
kotryna kris krishna kristen kristian kristin kristupas kulnun kunaporn kyle kęstutis labeeb labib lacey laeeq
lahiah laiq laith lajlaj lannie laqeet larue lashawn lateef laurence lauri laurita laurynas lavern laverne lavon
layth laçın leigh leighton lena lennie leone lesley leslie lessie leticija lexie liepa limazah linas lindsay lindsey
lindy linn linnie liyaaqat liyaqat lonie lonnie lora loren lorenza loreto loris lou louie lovie loïs luay luca lue
luka lula lupe luqmaan luqman lut lutf luverne lyn lėja maahir maajid maalik maawiya maaz maazin mabad mackenzie
madani madiyan madyan mae mahad mahaz mahbeer mahboob mahbub mahdee mahdy maheen maher mahfooz mahfuj mahfuz mahja
mahmood maj majd majdi majdy majeed makeen makini mamie mamun manaia mannie mantė manu mari marian marin marion
marjan markas marley marlo marlyn maroof marty martynas maría matas matija matunda maxi maxie mckinley medėja mell
merle micah michal michel michele miglė mindaugas mizhir mohamed mohammed montie morgan mourib muhallil muhazzim
murl muzdahir muzhir myrl münəvvər naadir naail naajy naasih naasir naathim naazhim nabeeh nabeel nabhan nabigh
nabih nadeem nadhir nadim nadr naeem nafasat nafees nafesa nafis naglis nahiara naib najair najeeb nakia nanni
naoise nattawun nazaret nedas nerijus neringa nichakarn nicola nihad nihal nikola niracha noa nojus noor noppakao
nutcha nutkrita nutwadee obaid ocie oda odell odie ola olav olga olie olivija ollie omair omeir omran ora orestas
orla orrie osama osie ossama ossie otha ottie owais ozell ozie pachongruk pada pak pakjira pannawich parin parker
parsa parvez pascal patchaploy patcharaporn patrice pattamon pattapon pattatomporn paulius pawan payton peem pervaiz
petras peyton phenphitcha phubes pijus pintusorn pitipat pornchanok povilas prames presley puntira qaadir qaasim
qabeel qadar qadeer qadi qahtan qaim qais qamar qani qanit qareeb qaseem qasid qasif qatadah qawee qay-yoom qays
quadir qudamah quddoos qudoos quinn qurban qusay qutaybah qutb qutub raaghib raahil raakin raamis raamiz raashid
raatib rabar rabb rabbaanee rabbani rabee rabiah rabit radhee radi radvilė rae raed raees rael rafan rafay rafee
rafeek rafeeq ragheb raghib rahat raheel raminta ramunė ramūnas rasa ratchanon reagan reda reece reese regan reilly
reine rene reshoni reyes rhoda ricki riley rimantė risalet ričardas robbie robbin robertas rohaan rojus rokas
rolandas roma romualdas ronnie rory rossie rowan rua rugilė rusnė rusul ruwaihim rylan rylee rytis rytė rūta saabir
saadiq saafir saahir saaiq saajid saal saalih saalim saaqib saariyah sabah sabahat sabari sabbir sabeeh sabil sabiq
saboor sabur saburah sacha sadan sadaqat sadeed sai saim sair sairah sam samama sammie sandi saood sarunporn sasha
saulius saša selvi serda seyran shane shannon shanon sharon shay shea shelley shellie shelly sheridan sherrill shida
shirley sidney sifa sigita siku simas simonas simone sitiwat sittikorn skylar skyler smiltė sorawut souma stacey
stacy stephanie stevie supasit supasita susie suvakit suwijuk sədaqət taahaa taahir taaj taalib taamir taanish
taariq taban tabassum tabish tadas tadeen tafazal tahaw-wur tahawwur taheem tahmaseb tahmeed tahmid tahoor tahseen
tai taial taimur taisir tajammal tajammul tajudinn tajus talal talat talha talhah talib tamam tarfaan tautvydas
tawkeel tayler teagan teetat tegan tenzin thalente thanatcha tiare tirdad tisa tishk titas toby todsawun tommie toni
tory tracey tristan tristen tufani tunchanok tunradee turan ubaadah ubadah ubaid ubaidah ubay ubayd ubaydullah
ufukay ugnė uhban ulfat uli umaarah umair urrab uzima uğur vahar vaida vaidas vakarė vakris val valeri vasarė vega
vera verna verne vernell vernie vigilija vilius viltė virgie vitalija vivian vivien vlasta von vytautas vytė vėjūnė
waahid waail waajid wadee wadood wafa wafeeq wafi wafiq wahb wahban waheed wahhaab wahhaaj wally wamwema wasin
wassaya wendelin whitney willie winfred winifred winnie xobeen yaaseen yada yadid yael yafi yafir yaghnam yahyaa
yalın yaman yamar yameen yanisa yaqeen yaqoot yaqub yar yasaar yaseen yashem yasir yathrib yawar yawer yazan yazeed
yaşar yeraz yergha yesoob yohana yureed yuri zaafir zaahid zaahir zaakir zabir zackariya zaeem zafar zafeer zafir
zafrul zahaar zaheer zahi zahri zahrun zaib zane zarar zauqi zaweel zayyir zerdad zewad zimran zion zuwayhir öncel
ünsever ąžuolas şendoğan šarūnas žemyna živilė žygimantas
""".split())
