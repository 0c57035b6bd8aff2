"""Common given names of many languages, as data: a capitalised word from these lists opens a person's name.

'Ayesha Rahman met Tomasz Nowak' -> two people, she a woman and he a man, with no title or honorific said.
Names that are also common capitalised words or places ('May', 'Grace', 'Austin', 'Victoria') are left out:
they would turn 'May Day' or 'Victoria Station' into people. Lower case; the gazetteer merges these lists
with its own. Family names that open a name ('Wang Yi', 'Nguyen Van An') tell no gender.
"""

from __future__ import annotations


def _names(block: str) -> frozenset[str]:
    return frozenset(block.split())


MALE = _names("""
aaron abbas abdallah abdelaziz abdelkader abdi abdirahman abdou abdoulaye abdulaziz abdullahi abdulrahman abe
abel abhishek abraham abu achim adebayo adel adnan adolfo adriano afonso agustin ahmet aidan akash akbar akhil
akira akin aleksander aleksandr alessandro alessio alfonso alfred alfredo ali alois alonso alvaro amadou amar
amir amit amos anand anders andras andre andré andreas andrej andres andrés andrey angelo angus anil ansgar
antoine anton antoni antonin antonio armando armin arnaud arne arjun arturo arvid asad ashok asif aslan
augusto avi avraham ayman aziz babatunde bakari balazs baltazar bartosz basil bassam bastian beau benedict
benedikt benito benoit benoît bernardo bernd bertrand bilal bjorn björn blaise bogdan bohdan boubacar boyko
branislav brendan brett bronislaw bruno bryan burak cameron carlo carsten cedric cédric cem cesar césar chaim
chidi chinedu chukwuemeka ciaran cillian claudio clement clément colm conor constantin cristian cristiano
cristobal csaba dafydd damian damien dario darius david dawid declan deepak dejan demetrios denis desmond
diego dieter dimitri dimitrios dimitris dinesh dirk djamel domenico dominik dominic donato dorian duncan
dusan dušan dwayne eamon eamonn edgar edmund eduardo edouard édouard efraim egon ehud einar eitan elias elijah
emeka emil emilio emre enrico enzo eoin ephraim erdogan erik ernst esteban ethan etienne étienne eugen eugene
evan ezra fabian fabio fabrice fadi fahad faisal farid faruk fausto federico felipe ferdinand fernando filip
filippo finn florian fouad francesco francisco franco franz fraser fredrik friedrich fyodor gabor gábor
gaetano gareth garfield gaston georg georges georgi georgios gerard gerhard gerardo gerrit ghassan giacomo
gilbert gilles giorgio giovanni giuseppe goran gottfried graham grzegorz guido guillaume guillermo gunnar
gunther günther gustav gustavo habib hadi hafez haim hakim halil hamza hani hannes harald haruki hasan hector
héctor heinrich heinz helmut hendrik henrik henri herbert hermann hiroshi horacio hossam hugo humberto
husam hussain iain ian ibrahima ichiro idris ignacio igor ilya ilyas imre ingo ioannis ion isaac ishaan
ismael istvan istván ivo jacek jacques jakob jakub jamal jan janusz jaroslav jaroslaw javed jawad jayden
jens jeremy jerzy jesús jiri jiří joachim joao joão joaquim joel johan johann johannes jonah jordi jorge
jose josé josef josep joshua jovan juergen jürgen julien julio junichiro jurgen juraj kacper kai kamal kamil
karim karol karsten kaspar kazimierz kazuo kemal kenji kenta khaled khalid kiran klaus konrad kostas
krzysztof kunal kwabena kwame kwasi lajos lars laszlo lászló lazar leandro lennart leonardo leopold levan
liam lorenzo lothar luca lucas luciano ludwig luigi luka lukas lukasz łukasz lyndon magnus mahesh mahmud
makoto malcolm malik mamadou manfred manish manoj manuel marcel marcelo marcin marco marcos marek mario
marius markus marko mårten martín marwan masahiro massimo mateo mathias mathieu matteo matthias mattias
maurice mauricio maurizio maximilian mehdi mehmet mehmed menachem michael michal michał michel miguel mihai
mikael mikhail miklos miklós milan milos miloš miroslav mirza mohsen moises moisés morten moshe moussa
mustafa nabil nadim naoto nasir nathaniel navid nikhil niklas nikola nikolaos nikos nils nizar noam norbert
nuno obinna octavio olafur oleh oliver olivier omar orhan osama oskar osman otto ousmane owen pablo
pankaj paolo pascal pasquale patrice patrik pavlo pawel paweł pekka petar peter philippe pierluigi
piotr pradeep prakash pranav pyotr rafael rafal rafał rafiq rainer rajesh rajiv ramin ramon ramón rashid
raul raúl reinhard rené reza ricardo riccardo rinat roberto rodrigo rolf romano ronan rui rune rustam
saad sabri sachin saeed sahil salah saleh salim salvador salvatore sami samir sandeep sanjay santiago sasa
satoshi saul sebastian sebastián sebastien sébastien selim sergio seamus shahid shai shankar sharif
shinzo shlomo shoaib sigmar silvio simon siddharth slawomir sławomir slobodan soren søren stanislav stanislaw
stefan stefano stelios sunil suresh sven szymon tadeusz takashi taro tariq tarek thabo thierry thijs thorsten
tiago tibor tobias tomas tomás tomasz tomislav toshiro tsvi tudor ugo ulrich umar umberto uri usman uwe vaclav
václav vadim valentin varun vasile vicente vijay vikram vincent vincenzo vinod virgil vittorio vladan vojtech
volker wahid waleed walid werner wilhelm willem wim witold wojciech wolfgang xavier yannick yasser yasin
yehuda yigal yoel yonatan yosef yousef youssef yusuf zaid zaki zbigniew zdenek zeev zeynel zoltan zoltán
zoran aditya akshay amitabh anurag arvind ashwin bharat chandra darshan girish gopal harish jagdish kapil
krishna lalit mukesh naveen nitin pradip rakesh ramesh rohit sandip sanjiv satish shashi sudhir sushil
vinay vivek yash yogesh ahmadou amine anas ayoub driss hicham karimou mounir nabih rachid tahar youcef
kofi kojo kwaku yaw nana chukwudi ifeanyi nnamdi olusegun oluwaseun tunde adewale ayodele jomo
mwangi kipchoge tendai tafadzwa themba sipho thulani bongani mandla lwazi jabulani lungile dumisani
haile tesfaye alemayehu getachew mulugeta tewodros yohannes dawit berhanu girma mesfin abdulahi
mahmood tahir waqar zulfikar faheem irfan junaid kashif nadeem naveed saqib shahzad tanveer zubair
arash babak behrouz dariush farhad hamid kourosh mehran mojtaba mostafa omid parviz siamak
alper baris barış cengiz emin ercan erol fatih hakan hüseyin ismet kadir levent mesut murat mert
necati oguz oğuz ozan selahattin serkan sinan tamer tolga ufuk ugur uğur volkan yasar yavuz yilmaz
hyun jun-ho min-ho seung sung-min dong-hyun jae-in sang-woo young-soo
hiroki kazuki kenichi koichi masaki naoki ryota shota takeshi tetsuya yoshiro yuichi yusuke daisuke
duc dung hung hieu khanh minh nam quang thanh tuan vinh
jose-luis juan-carlos jean-claude jean-luc jean-marc jean-paul jean-pierre jean-yves jean-louis
jean-michel jean-baptiste jean-jacques hans-peter karl-heinz
""")

FEMALE = _names("""
abigail ada adaeze adela adriana agata agnes agnieszka aicha aisha aiko aishwarya akiko alba aleksandra
alessandra alexa alexis alicia alicja alma amal amalia amara amelia amina aminata amira ana anabel anastasiya
andreea angelica angelika angelique angélique anita anja anke ann-marie annabel annette annika antonella
antonia anya aoife ariane arianna asha ashanti asma astrid ayesha ayla aylin aysel ayumi barbora beatrice
beatriz béatrice belen belén bettina bianca birgit birgitta brigitte bronwyn camila carla carlota carmela
cassandra catalina caterina cecilia cécile celine céline chiara chidinma chioma chloe
christa christiane cinzia clara clarissa claudia colette constance cornelia cristina dagmar daniela danielle
daria deepa deepika delia denise dilma dina dolores dominika dorota dorothea dorothy edith ekaterina eleanor
eleni eliane elif elisa elisabeth elise eliza elke ella ellie eloise elsa elzbieta elżbieta emilia emine
erica erika esra esther eszter eva evelyn ewa fabiola farah fatimah fatma fatou federica fernanda fiona
flavia francesca franziska frida gabriela gabriele gabriella gemma genevieve geneviève georgina
gerda gertrud gisela giulia gloria greta gudrun gulnara gwen gwendolyn habiba hadiza hala halima hana hanna
hannah hatice hayley hedwig helena helga henrietta hilde hildegard hina hiroko hoda ilona ines inés inga
inge ingrid irina irene irena isabel isabelle ivana iwona jacqueline jadwiga jana janina jasmin jeanne
jeannette jelena jessica joanna joanne johanna josefina josephine joséphine judith julieta juliette justyna
kamila karin karina karolina katalin katarina katarzyna katharina kathrin katja katrin keiko kerstin
khadija kinga klara krisztina kristina ksenia laila laleh larissa latifa lea leah leila lena leonie
leticia liesbeth liliana lina liudmila lorena louise luciana lucia lucía ludmila luisa lydia lyudmila
madeline magda magdalena maja malgorzata małgorzata malika manon manuela marcela margarethe margit
margot mariam mariana marianne maribel marina marisol marissa marjan marketa markéta marlene marta martina
maryam masako matilda maya mayumi mehwish melanie melissa michaela michiko mihaela milena mira
miriam mirjana mona monica monika nadia nadine nadiya nadezhda naledi nanami naomi nasrin natalie nathalie
nelly nicole nilufar noemi noémie nora noura nour nur oksana olena olivia oluwaseyi ornella paola patrizia
paula paulina pauline petra pilar priya priyanka rania rasha rebecca regina renata renate rita roberta
rocio rocío romina rosalind rosario roxana sabine sabrina sadia safiya sahar saida sakura salma sanae sanna
sara sarah sanja sevgi shabana shaima shreya sibel sigrid silke silvia simona simone sinead sinéad siobhan
sofia sofía sonja sophie stefania stefanie stephanie susanne suzanne svetlana sylvia sylvie tamar tamara
tanja tatiana tatjana tatyana teresa tereza thandiwe theodora tomoko ulrike ursula valeria valérie valerie
vanessa vera veronica veronika victoire viktoria virginie vivian wanda wiebke yasmin yasmine yelena
yevgenia yoko yolanda yuliya yumiko yvonne zainab zanele zeynep zofia zoe zoé zsofia zuzana
aarti anjali anushka deepti divya gita jyoti kavita lakshmi meena neha nirmala pooja preeti radha
rekha sangeeta savita shanti sita sunita usha vandana
adwoa akosua ama efua esi abena yaa funmilayo folake ngozi nkechi chiamaka ifeoma oluwakemi yetunde
wanjiru wangari nyambura achieng akinyi mwajuma zawadi thandeka nomvula lindiwe nosipho
tigist meron selam hirut almaz mulu
ayse ayşe buse burcu derya dilek ebru gizem gül hande meltem merve özlem pinar pınar seda
sevda songul şule tugba yasemin
azadeh fariba farzaneh golnar mahsa parisa roya shirin soraya
eun-ji ji-yeon min-ji seo-yeon soo-jin yeon-hee
emiko haruka kaori kazuko mai megumi noriko reiko sachiko satomi yuko yukiko yumi
hoa huong lan linh ngoc phuong thao trang
anne-marie marie-claire marie-france marie-louise marie-christine
alexandra alexandria avril ayanna camilla cori deb golda gretchen ilhan iryna jen kaja karine kemi margarita
marjorie meghan mette pam rashida sonia susie tetiana xiomara yvette
""")

# Given names carried by men and women alike, or by men in one country and women in another.
UNISEX = _names("""
andrea nicola simone daniele gabriele sasha alexis jordan taylor morgan riley avery quinn rowan
jamie robin leslie kim lee jean dominique claude camille sacha yuki hikaru akira noor nour nur
amit amal ariel shai noa tal adi lindsay li jae suk sheikh gul
""")

# Family names written first ('Wang Yi', 'Kim Jong Un', 'Nguyen Van An'): a person, of no known gender.
# Short ones that are English words ('He', 'Ma', 'Song', 'Park', 'Long') are left out.
FAMILY_FIRST = _names("""
wang zhang liu chen yang huang zhao zhou xu zhu guo luo zheng liang xie deng cao peng zeng xiao tian
yuan cai jiang qin xiong jin wei xue yan shen ouyang qian kong hou shao mao gu meng
choi jung kang cho yoon jang lim seo kwon hwang ahn yoo jeon moon chung
nguyen tran pham hoang phan bui ngo duong
xi li
""")
