"""Name lists of the eighteenth PII bank, dev half (written for it, no package data).

Each origin has female given names, male given names and surnames, as `|`-separated strings so
that names with particles or spaces ("van der Berg", "Di Stefano") stay whole.
"""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


ORIGINS = {
    "german": (
        _l(
            "Anna|Lena|Laura|Julia|Sarah|Lisa|Katharina|Johanna|Sophie|Marie|Hannah|Lea|Leonie|Clara|"
            "Charlotte|Emma|Mia|Paula|Greta|Ida|Frieda|Mathilda|Luisa|Carla|Nele|Jana|Kerstin|Sabine|"
            "Petra|Birgit|Heike|Claudia|Andrea|Susanne|Stefanie|Nicole|Tanja|Melanie|Sandra|Daniela|"
            "Katrin|Silke|Anja|Ute|Gabriele|Monika|Renate|Ursula|Brigitte|Ingrid|Helga|Gisela|Doris|"
            "Elke|Karin|Martina|Christiane|Cornelia|Simone|Annette|Bettina|Dagmar|Jutta|Regina|Marion|"
            "Manuela|Nadine|Jessica|Vanessa|Franziska|Theresa|Veronika|Miriam|Carolin|Svenja|Wiebke|"
            "Imke|Frauke|Antje|Maren|Kirsten|Britta|Dörte|Hiltrud|Waltraud|Rosemarie|Annemarie|"
            "Anna-Lena|Lisa-Marie|Marie-Luise|Anne-Kathrin|Eva-Maria|Hanna-Sophie|Lea-Sophie|"
            "Ann-Kathrin|Jule|Merle|Fenja|Tabea|Rieke|Svea|Malin|Ronja|Helene|Elisabeth|Margarete|"
            "Hildegard|Irmgard|Liselotte|Sieglinde|Almut|Gesine|Henrike|Friederike|Josephine|Antonia|"
            "Amelie|Pia|Lina|Maja|Ella|Romy|Zoe|Nina|Verena|Judith|Ricarda|Saskia|Yvonne|Ines|Iris|"
            "Astrid|Edith|Irene|Rita|Vera|Wilma|Käthe|Lotte|Mechthild|Roswitha|Adelheid|Gudrun|Tamara"
        ),
        _l(
            "Lukas|Jonas|Leon|Felix|Paul|Maximilian|Elias|Noah|Finn|Ben|Luis|Moritz|Jakob|Tim|Niklas|"
            "Julian|Philipp|Tobias|Florian|Sebastian|Alexander|Christian|Michael|Thomas|Andreas|Stefan|"
            "Markus|Matthias|Martin|Frank|Jürgen|Uwe|Klaus|Dieter|Wolfgang|Horst|Günter|Manfred|Peter|"
            "Bernd|Rainer|Ralf|Jörg|Dirk|Holger|Torsten|Sven|Kai|Jens|Carsten|Heiko|Olaf|Volker|Detlef|"
            "Hartmut|Helmut|Gerhard|Werner|Heinz|Karl|Friedrich|Ludwig|Hermann|Wilhelm|Otto|Fritz|"
            "Hans-Peter|Karl-Heinz|Hans-Jürgen|Klaus-Dieter|Jan-Hendrik|Jan-Niklas|Lars-Ole|Hans-Georg|"
            "Ole|Hannes|Henrik|Malte|Mats|Jannik|Lennart|Fynn|Bjarne|Till|Timo|Benedikt|Konstantin|"
            "Valentin|Vincent|Anton|Emil|Theo|Oskar|Carl|Johannes|Matthäus|Dominik|Fabian|Marcel|Pascal|"
            "Kevin|Dennis|Patrick|René|Sascha|Mirko|Nils|Gregor|Ulrich|Reinhard|Lothar|Siegfried|Armin|"
            "Eckhard|Gunnar|Henning|Knut|Wolfram|Arne|Bastian|Benjamin|Daniel|David|Erik|Georg|Gustav|"
            "Hendrik|Ingo|Joachim|Kilian|Leopold|Lorenz|Magnus|Norbert|Rüdiger|Tilman|Wendelin|Xaver"
        ),
        _l(
            "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|"
            "Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|"
            "Lange|Schmitt|Werner|Schmitz|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|"
            "König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Schubert|"
            "Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|Franke|Albrecht|"
            "Schuster|Simon|Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|Stein|Jäger|Otto|Sommer|"
            "Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn|Kühn|Pohl|Engel|"
            "Horn|Busch|Bergmann|Thomas|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Ernst|Lindner|Hübner|Kramer|"
            "Franz|Jansen|Wenzel|Göbel|Lenz|Brinkmann|Ulrich|Thiel|Hesse|Kessler|Rieger|Wirth|Eckert|"
            "Kolb|Brenner|Hauser|Stadler|Gruber|Moser|Pichler|Reiter|Wimmer|Brunner|Lechner|Ebner|"
            "Holzer|Aigner|Steiner|Mayrhofer|Oberhuber|Niederleitner|Dengler|Riedl|Strobl|Zeller|"
            "Thalhammer|Kirchner|Vogler|Seifert|Stark|Böttcher|Dörr|Ackermann|Reinhardt|Bock|Nowak|"
            "Hensel|Petersen|Hansen|Jensen|Carstensen|Thomsen|Lorenzen|Ehlers|Harms|Janssen|Ahrens|"
            "Brandes|Bruns|Oltmanns|Gerdes|Heinemann|Wilke|Rademacher|Tiedemann|Uhlig|Kretschmer|"
            "Wünsche|Ebert|Förster|Hempel|Kunze|Lehner|Nitsche|Rößler|Scheffler|Teichmann|Ullrich|"
            "Weidner|Ziegenbalg|Blümel|Eberhardt|Fiedler|Gebauer|Haupt|Jahn|Kästner|Lindemann|"
            "Mertens|Nolte|Oswald|Preuß|Quandt|Rehberg|Sattler|Trautmann|Unger|Vetter|Wendt|Zander|"
            "von Bülow|von Arnim|von der Heide|zu Dohna|von Schönfeld|Müller-Wohlfahrt|Schulte-Berge|"
            "Meyer-Landrut|Klein-Schmeink|Hoffmann-Riem|Wieland-Krauß|Behrendt|Dreyer|Grabowski|"
            "Kowalke|Lewandowski|Pawlik|Janke|Hinz|Kunz|Pfeifer|Steinbach|Wachter|Bachmann|Gerber|"
            "Rupp|Sutter|Kälin|Baumgartner|Imhof|Suter|Frei|Bühler|Zürcher|Egli|Widmer|Keller-Sutter"
        ),
    ),
    "austrian": (
        _l("Theresia|Magdalena|Rosalia|Valentina|Leonie|Hanna|Sophie|Katharina|Elisabeth|Christina|Barbara|Verena|Sabine|Andrea|Daniela|Marlene|Hemma|Notburga|Kathi|Resi"),
        _l("Florian|Lukas|Maximilian|Stefan|Andreas|Markus|Christoph|Bernhard|Wolfgang|Gerald|Herbert|Reinhold|Alois|Josef|Franz|Sepp|Hubert|Leopold|Ferdinand|Valentin|Vinzenz|Engelbert"),
        _l("Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|Eder|Fischer|Schmid|Winkler|Weber|Schwarz|Maier|Schneider|Reiter|Mayr|Schmidt|Wimmer|Egger|Brunner|Lang|Baumgartner|Auer|Binder|Lechner|Wolf|Wallner|Aigner|Ebner|Koller|Lehner|Haas|Schuster|Holzer|Kogler|Putz|Strasser|Tschernutter|Oberhauser|Zechner|Haider|Kofler|Url|Plank"),
    ),
    "swiss": (
        _l("Regula|Ursula|Barbara|Corinne|Nadja|Seraina|Ladina|Flurina|Mirjam|Rahel|Lea|Noemi|Jael|Annina|Chiara|Livia|Vreni|Beatrice"),
        _l("Reto|Urs|Beat|Marco|Adrian|Roman|Lukas|Samuel|Jonas|Nicolas|Gian|Men|Curdin|Mathis|Remo|Fabio|Ueli|Ruedi|Dario|Silvan"),
        _l("Müller|Meier|Schmid|Keller|Weber|Huber|Meyer|Schneider|Steiner|Fischer|Gerber|Brunner|Baumann|Frei|Zimmermann|Moser|Widmer|Wyss|Graf|Roth|Suter|Bachmann|Kälin|Zürcher|Ammann|Bühler|Studer|Egli|Hofstetter|Gisler|Lüthi|Niederberger|Odermatt|Schnyder|Casutt|Caduff|Camenzind|Bärtschi|Rüegg|Tschudi"),
    ),
    "english": (
        _l(
            "Emma|Olivia|Amelia|Isla|Ava|Emily|Sophie|Grace|Lily|Chloe|Ella|Charlotte|Mia|Lucy|Ellie|"
            "Hannah|Jessica|Sarah|Rebecca|Rachel|Laura|Katie|Lauren|Megan|Amy|Holly|Abigail|Georgia|"
            "Bethany|Zoe|Natalie|Victoria|Elizabeth|Helen|Claire|Joanne|Nicola|Karen|Susan|Alison|"
            "Deborah|Julie|Tracey|Michelle|Lisa|Gemma|Kelly|Stacey|Kirsty|Jennifer|Jenny|Catherine|"
            "Margaret|Patricia|Linda|Barbara|Dorothy|Jean|Pauline|Sandra|Janet|Carol|Angela|Wendy|"
            "Harriet|Imogen|Matilda|Phoebe|Poppy|Rosie|Freya|Florence|Evie|Alice|Beatrice|Eleanor|"
            "Madison|Ashley|Brittany|Kayla|Taylor|Morgan|Courtney|Brooke|Hailey|Savannah|Kimberly|"
            "Melissa|Stephanie|Heather|Amanda|Tiffany|Crystal|Danielle|Erin|Shannon|Lindsay|Molly|"
            "Abby|Lydia|Naomi|Ruth|Esther|Tessa|Harper|Avery|Riley|Piper|Sadie|Hazel|Violet|Audrey"
        ),
        _l(
            "Oliver|George|Harry|Jack|Jacob|Charlie|Thomas|Oscar|William|James|Henry|Alfie|Joshua|Daniel|"
            "Samuel|Benjamin|Matthew|Luke|Ryan|Adam|Callum|Lewis|Jamie|Nathan|Liam|Connor|Kieran|Dylan|"
            "Ethan|Mason|Logan|Tyler|Jordan|Aaron|Kyle|Sean|Michael|David|Paul|Mark|Andrew|Richard|"
            "Stephen|Peter|John|Robert|Christopher|Simon|Ian|Neil|Gary|Darren|Craig|Wayne|Lee|Dean|"
            "Gareth|Martin|Stuart|Graham|Keith|Nigel|Trevor|Colin|Derek|Brian|Kevin|Anthony|Edward|"
            "Hugo|Rupert|Freddie|Archie|Theo|Toby|Max|Reuben|Elliot|Felix|Jasper|Rory|Barnaby|Ollie|"
            "Brandon|Austin|Cody|Dustin|Travis|Chad|Bradley|Zachary|Jason|Justin|Brett|Garrett|Wyatt|"
            "Hunter|Colton|Chase|Tanner|Spencer|Derrick|Kenneth|Ronald|Donald|Gregory|Raymond|Dennis|"
            "Walter|Harold|Carl|Roger|Jeffrey|Scott|Eric|Jeremy|Nicholas|Joseph|Timothy|Patrick|Frank"
        ),
        _l(
            "Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|"
            "Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|Jackson|"
            "Wood|Turner|Martin|Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen|"
            "James|Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|Cook|"
            "Carter|Richardson|Bailey|Collins|Bell|Shaw|Murphy|Miller|Cox|Richards|Khan|Marshall|Anderson|"
            "Simpson|Ellis|Adams|Singh|Begum|Wilkinson|Foster|Chapman|Powell|Webb|Rogers|Gray|Mason|Ali|"
            "Hunt|Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|Barnes|Knight|Lloyd|Butler|Russell|"
            "Barker|Fisher|Stevens|Jenkins|Murray|Dixon|Harvey|Graham|Pearson|Ahmed|Fletcher|Walsh|Kaur|"
            "Gibson|Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Day|Brooks|"
            "West|Lawrence|Cole|Atkinson|Bradley|Spencer|Gill|Dawson|Ball|Burton|O'Brien|Watts|Rose|"
            "Booth|Perry|Ryan|Grant|Wells|Armstrong|Francis|Rees|Hayes|Hart|Hudson|Newman|Barrett|Webster|"
            "Hunter|Gregory|Carr|Lowe|Page|Marsh|Riley|Dunn|Woods|Parsons|Berry|Stone|Reid|Holland|"
            "Hawkins|Harding|Porter|Robertson|Newton|Oliver|Reed|Kennedy|Williamson|Bird|Gardner|Shah|"
            "Dean|Lane|Cooke|Bates|Henderson|Parry|Burgess|Bishop|Walton|Burns|Nicholson|Shepherd|Ross|"
            "Cross|Long|Freeman|Warren|Nicholls|Hamilton|Byrne|Sutton|McDonald|Yates|Hodgson|Robson|"
            "Curtis|Hopkins|O'Connor|Harper|Coleman|Watkins|Moss|McCarthy|Chambers|O'Neill|Griffin|Sharp|"
            "Hardy|Wheeler|Potter|Osborne|Johnston|Gordon|Doyle|Wallace|George|Jordan|Hutchinson|Rowe|"
            "Burke|May|Pritchard|Gilbert|Willis|Higgins|Read|Miles|Stevenson|Stephenson|Hammond|Arnold|"
            "Buckley|Walters|Hewitt|Barber|Nelson|Slater|Austin|Sullivan|Whitehead|Mann|Frost|Lambert|"
            "Stephens|Blake|Akhtar|Lynch|Goodwin|Barton|Woodward|Thomson|Cunningham|Quinn|Barnett|Baxter|"
            "Bibi|Clayton|Nash|Greenwood|Jennings|Holt|Kemp|Poole|Gallagher|Bond|Stokes|Tucker|Davidson|"
            "Fowler|Heath|Norman|Middleton|Lawson|Banks|French|Stanley|Jarvis|Gibbs|Ferguson|Hayward|"
            "Carroll|Douglas|Dickinson|Todd|Barlow|Peters|Lucas|Knowles|Hartley|Miah|Simmons|Morton|"
            "Alexander|Field|Morrison|Norris|Townsend|Preston|Hancock|Thornton|Baldwin|Burrows|Briggs|"
            "Storey|Pugh|Jacobs|Dodd|Hale|Rhodes|Fraser|Crawford|Turnbull|Ashworth|Whitfield|Fairbrother|"
            "Garcia|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|Rivera|"
            "Nguyen|Kim|Washington|Jefferson|Brooks-Hale|Smith-Jones|Fox-Pitt|Hughes-Morgan|Lloyd-Webber"
        ),
    ),
    "irish": (
        _l("Aoife|Niamh|Siobhán|Caoimhe|Saoirse|Orla|Clodagh|Róisín|Sinéad|Aisling|Gráinne|Máire|Eimear|Ciara|Deirdre|Bríd|Muireann|Nuala|Fionnuala|Sorcha"),
        _l("Seán|Ciarán|Pádraig|Eoin|Cian|Oisín|Darragh|Tadhg|Cathal|Donal|Fergal|Colm|Diarmuid|Niall|Ronan|Conor|Declan|Eamon|Lorcan|Fiachra"),
        _l("Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne|Ryan|O'Connor|O'Neill|O'Reilly|Doyle|McCarthy|Gallagher|O'Doherty|Kennedy|Lynch|Murray|Quinn|Moore|McLoughlin|O'Carroll|Connolly|Daly|O'Connell|Dunne|Brennan|Burke|Collins|Flanagan|Fitzgerald|Ní Bhriain|Mac Giolla|Ó Súilleabháin|Nic Aodha|McGuinness|Cullinane|Farrell|Hegarty|Kavanagh|Mulcahy|Power|Sheehan|Tierney|Whelan|Cassidy|Duggan|Foley|Keane|Molloy|Nolan"),
    ),
    "scottish": (
        _l("Isla|Eilidh|Morag|Kirsty|Ailsa|Fiona|Catriona|Mhairi|Iona|Shona|Rhona|Elspeth|Lorna|Kirstin"),
        _l("Hamish|Angus|Alasdair|Callum|Euan|Fraser|Ruaridh|Murdo|Calum|Lachlan|Finlay|Struan|Gregor|Iain|Douglas"),
        _l("MacDonald|MacLeod|Campbell|Stewart|Robertson|MacKenzie|Fraser|Murray|Sinclair|MacGregor|McIntyre|Munro|Cameron|Ross|Grant|Ferguson|Mackay|MacLean|Drummond|Buchanan|Henderson|McAllister|Kerr|Boyd|Wallace|Dunbar|Forsyth|Gillespie|Urquhart|Lamont|McCallum|Rennie|Sutherland|Cruickshank|Baird"),
    ),
    "welsh": (
        _l("Cerys|Ffion|Angharad|Bethan|Carys|Eluned|Gwen|Mererid|Nia|Rhiannon|Seren|Lowri|Sioned|Megan"),
        _l("Dafydd|Rhys|Gethin|Owain|Iwan|Emyr|Gruffydd|Huw|Ieuan|Llŷr|Aled|Bryn|Cai|Deiniol|Elis"),
        _l("Jones|Williams|Davies|Evans|Thomas|Roberts|Hughes|Lewis|Morgan|Griffiths|Price|Rees|Lloyd|Jenkins|Powell|Pritchard|Parry|Vaughan|Bowen|Llewellyn|Pugh|Prosser|ap Rhys|Gwynne|Meredith"),
    ),
    "us": (
        _l("Madison|Brianna|Kaylee|Mackenzie|Destiny|Jasmine|Autumn|Aubrey|Addison|Peyton|Skylar|Jada|Aaliyah|Imani|Shaniqua|Latoya|Keisha|Ebony|Dakota|Cheyenne"),
        _l("Tyler|Brandon|Dakota|Jalen|DeShawn|Tyrone|Marcus|Darnell|Hank|Buck|Cole|Bryce|Kyle|Landon|Jaxon|Brayden|Jace|Clint|Dwayne|Terrell"),
        _l("Washington|Jefferson|Jackson|Johnson|Williams|Brown|Davis|Miller|Wilson|Moore|Anderson|Taylor|Thomas|Harris|Thompson|White|Robinson|Walker|Young|Allen|Wright|Scott|Green|Baker|Adams|Nelson|Hill|Campbell|Mitchell|Roberts|Carter|Phillips|Evans|Turner|Parker|Collins|Edwards|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Peterson|Cooper|Reed|Bailey|Kowalski|Schneider|Olsen|Lindqvist|Nakamura|Delgado|Castillo|Vasquez|Ortega|Reyes|McAllister|Dubois|Fontaine|Van Buren"),
    ),
    "turkish": (
        _l("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Büşra|Esra|Özlem|Gülay|Derya|Sevgi|Yasemin|Selin|Deniz|Ebru|Aylin|Nur|Şeyma|Melike|Cansu|İrem|Tuğba|Hülya|Nesrin|Songül|Dilek|Filiz|Ceren"),
        _l("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Ömer|Emre|Burak|Can|Cem|Kerem|Serkan|Volkan|Tolga|Onur|Oğuz|Barış|Yusuf|Furkan|Enes|Berk|Kaan|Deniz|Erkan|Levent|Tarkan|Uğur"),
        _l("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Erdoğan|Güneş|Aksoy|Bulut|Keskin|Ünal|Acar|Tekin|Karaca|Uçar|Bozkurt|Avcı|Korkmaz|Türk|Duman|Tunç|Güler|Coşkun|Altun|Sarı|Ateş|Özer|Gül|Kaplan|Yavuz|Uysal|Erdem|Akın|Karakaya|Bayram|Sezer|Başaran|Toprak|Yüksel|Çakır|Orhan|Gündoğdu|Kalkan|Ekinci"),
    ),
    "polish": (
        _l("Agnieszka|Katarzyna|Małgorzata|Magdalena|Joanna|Monika|Aleksandra|Natalia|Karolina|Justyna|Ewa|Anna|Beata|Dorota|Izabela|Paulina|Weronika|Zuzanna|Marta|Barbara|Grażyna|Bożena|Halina|Jadwiga|Krystyna"),
        _l("Piotr|Krzysztof|Tomasz|Paweł|Marcin|Michał|Łukasz|Jakub|Mateusz|Kamil|Grzegorz|Wojciech|Dariusz|Adam|Rafał|Sebastian|Bartosz|Przemysław|Szymon|Marek|Zbigniew|Jerzy|Andrzej|Ryszard|Wiesław"),
        _l("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowska|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowska|Nowakowski|Pawłowski|Michalski|Nowicki|Adamczyk|Dudek|Zając|Wieczorek|Jabłoński|Król|Majewski|Olszewski|Jaworski|Wróbel|Malinowski|Pawlak|Witkowski|Walczak|Stępień|Górski|Rutkowski|Michalak|Sikora|Ostrowski|Baran|Duda|Szewczyk|Tomaszewski|Pietrzak|Marciniak|Wróblewski|Zalewski|Jakubowski|Jasiński|Zawadzki|Sadowski|Bąk|Chmielewski|Włodarczyk|Borkowski|Czarnecki|Sawicki"),
    ),
    "italian": (
        _l("Giulia|Francesca|Chiara|Sara|Martina|Valentina|Alessandra|Federica|Silvia|Elena|Giorgia|Alessia|Beatrice|Ilaria|Simona|Paola|Roberta|Marta|Serena|Camilla|Aurora|Ginevra|Lucia|Rosa|Caterina"),
        _l("Marco|Luca|Giuseppe|Francesco|Alessandro|Andrea|Matteo|Lorenzo|Davide|Simone|Federico|Riccardo|Stefano|Giovanni|Antonio|Roberto|Paolo|Nicola|Fabio|Massimo|Salvatore|Emanuele|Gabriele|Tommaso|Pietro"),
        _l("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Ferri|Fabbri|Bianco|Marini|Grasso|Valentini|Messina|Sala|De Angelis|Gatti|Pellegrini|Palumbo|Sanna|Farina|Rizzi|Monti|Di Stefano|Di Marco|Lo Bianco|Dalla Costa|Dell'Acqua|Pellegrino|Bernasconi"),
    ),
    "spanish": (
        _l("María|Lucía|Paula|Laura|Marta|Andrea|Alba|Sara|Carmen|Elena|Cristina|Raquel|Nuria|Irene|Pilar|Rocío|Inés|Beatriz|Ainhoa|Montserrat|Itziar|Noelia"),
        _l("Javier|Alejandro|Daniel|Pablo|David|Adrián|Álvaro|Sergio|Carlos|Jorge|Diego|Iván|Rubén|Raúl|Hugo|Mario|Íñigo|Jordi|Xavier|Gonzalo|Ignacio|Rodrigo"),
        _l("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|Molina|Morales|Suárez|Ortega|Delgado|Castro|Ortiz|Rubio|Marín|Sanz|Iglesias|Medina|Garrido|Cortés|Castillo|de la Fuente|de la Cruz|del Río|Echeverría|Aguirre|Etxeberria|Puig|Ferrer"),
    ),
    "portuguese": (
        _l("Ana|Beatriz|Inês|Mariana|Catarina|Joana|Rita|Sofia|Leonor|Matilde|Carolina|Marta|Teresa|Filipa|Adriana|Fernanda|Gabriela|Luana"),
        _l("João|Tiago|Rodrigo|Diogo|Pedro|Gonçalo|Rui|Nuno|Duarte|Afonso|Martim|Vasco|Bruno|Ricardo|Fábio|Hélio|Thiago|Caio"),
        _l("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|dos Santos|da Silva|de Sousa|Magalhães|Figueiredo|Azevedo|Barbosa|Cunha|Tavares|Faria"),
    ),
    "french": (
        _l("Camille|Léa|Manon|Chloé|Inès|Juliette|Louise|Zoé|Élodie|Aurélie|Céline|Sandrine|Nathalie|Isabelle|Sophie|Amandine|Margaux|Clémence|Océane|Anaïs|Solène|Maëlle|Gaëlle|Hélène"),
        _l("Lucas|Hugo|Théo|Louis|Nathan|Mathis|Julien|Nicolas|Antoine|Maxime|Guillaume|Romain|Thibault|Alexandre|Sébastien|Jérôme|Olivier|Benoît|François|Pierre-Yves|Jean-Luc|Jean-Baptiste|Yannick|Loïc|Gaël|Matthieu"),
        _l("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefebvre|Mercier|Dupont|Lambert|Bonnet|François|Martinez|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|Mathieu|Clément|Gauthier|Dumont|Lopez|Fontaine|Chevalier|Robin|de la Tour|Le Gall|Le Goff|Le Roux|Dupuis-Morel|de Villiers|Bouvier|Marchand|Chauvin|Lemaire"),
    ),
    "dutch": (
        _l("Sanne|Fleur|Lotte|Eva|Anouk|Femke|Iris|Marloes|Noor|Sophie|Lieke|Esmee|Maaike|Mirjam|Ilse|Ingrid|Annelies|Wilma|Floor|Roos|Jikke|Willemijn"),
        _l("Daan|Sem|Bram|Lars|Thijs|Jesse|Ruben|Stijn|Joost|Pieter|Jeroen|Sander|Bas|Wouter|Niels|Maarten|Koen|Gijs|Joris|Hendrik|Willem|Floris"),
        _l("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|van der Sloot|Timmermans|Postma|Kuipers"),
    ),
    "greek": (
        _l("Maria|Eleni|Aikaterini|Vasiliki|Sofia|Georgia|Dimitra|Anastasia|Ioanna|Christina|Despina|Konstantina|Paraskevi|Evangelia|Athina|Chrysa"),
        _l("Georgios|Dimitrios|Konstantinos|Ioannis|Nikolaos|Panagiotis|Vasileios|Christos|Athanasios|Michail|Evangelos|Spyridon|Stavros|Theodoros|Kyriakos|Yannis"),
        _l("Papadopoulos|Papadopoulou|Vlachos|Georgiou|Oikonomou|Papageorgiou|Pappas|Dimitriou|Karagiannis|Nikolaidis|Konstantinidis|Alexiou|Makris|Giannopoulos|Antoniou|Ioannidis|Christodoulou|Athanasiou|Lazaridis|Theodorou|Kyriakidis|Panagiotou|Stavrou|Triantafyllou|Chatzidakis|Kostopoulos|Mavridis|Zervas|Katsaros|Economou"),
    ),
    "croatian": (
        _l("Ivana|Ana|Marija|Petra|Maja|Katarina|Lucija|Mia|Nikolina|Tea|Martina|Sanja|Jelena|Dubravka|Snježana"),
        _l("Ivan|Marko|Luka|Josip|Tomislav|Ante|Matej|Filip|Mario|Dario|Hrvoje|Goran|Zoran|Krešimir|Damir"),
        _l("Horvat|Kovačević|Babić|Marić|Jurić|Novak|Kovačić|Knežević|Vuković|Marković|Petrović|Matić|Tomić|Pavlović|Božić|Blažević|Grgić|Pavić|Perić|Šarić|Radić|Lovrić|Brkić|Vidović|Jukić|Barišić|Filipović|Šimić|Kolar|Bašić"),
    ),
    "romanian": (
        _l("Andreea|Elena|Ioana|Maria|Alexandra|Mihaela|Cristina|Daniela|Roxana|Bianca|Oana|Raluca|Diana|Simona|Ramona"),
        _l("Andrei|Alexandru|Mihai|Ionuț|Ștefan|Florin|Bogdan|Cristian|Adrian|Răzvan|Gabriel|Vlad|Sorin|Cătălin|Dragoș"),
        _l("Popescu|Ionescu|Popa|Pop|Radu|Dumitru|Stoica|Stan|Gheorghe|Matei|Ciobanu|Constantin|Rusu|Munteanu|Moldovan|Florea|Dinu|Lungu|Marin|Tudor|Barbu|Nistor|Mocanu|Cristea|Dobre|Voicu|Ene|Toma|Manea|Lupu"),
    ),
    "arabic": (
        _l("Fatima|Aisha|Maryam|Layla|Nour|Yasmin|Rania|Salma|Hana|Amira|Leila|Dina|Zainab|Lina|Rana|Samira|Iman|Huda|Reem|Noura"),
        _l("Mohammed|Ahmad|Omar|Ali|Youssef|Khaled|Ibrahim|Hassan|Karim|Tarek|Samir|Bilal|Hamza|Mahmoud|Walid|Rami|Nabil|Adel|Faisal|Ziad"),
        _l("Al-Sayed|El-Amin|Haddad|Khoury|Nasser|Saleh|Mansour|Hamdan|Aziz|Rahman|Farouk|Habib|Darwish|Qasim|al-Hashimi|El Khatib|Abu-Zeid|Bakri|Shami|Sabbagh|Jaber|Najjar|Ibrahim|Hussein|Mahmoud|Youssef|Osman|Fares|Karam|Halabi"),
    ),
    "persian": (
        _l("Shirin|Maryam|Nasrin|Parisa|Leila|Roya|Niloufar|Azadeh|Mahsa|Sahar|Golnar|Setareh|Yasaman|Mina|Soraya"),
        _l("Reza|Ali|Mehdi|Hossein|Amir|Babak|Dariush|Kian|Arash|Farhad|Omid|Payam|Saeed|Kaveh|Behnam"),
        _l("Hosseini|Mohammadi|Rezaei|Ahmadi|Karimi|Moradi|Jafari|Rahimi|Hashemi|Tehrani|Farahani|Nazari|Sadeghi|Ghorbani|Shirazi|Esfahani|Kazemi|Rostami|Najafi|Amini|Sharifi|Bagheri|Zand|Pahlavan|Yazdani"),
    ),
    "indian": (
        _l("Priya|Ananya|Aishwarya|Divya|Kavya|Neha|Pooja|Shreya|Sneha|Deepa|Lakshmi|Meera|Anjali|Riya|Sunita|Nisha|Swati|Radhika|Ishita|Tanvi"),
        _l("Rahul|Arjun|Vikram|Rohan|Amit|Sanjay|Rajesh|Suresh|Anil|Vijay|Karthik|Aditya|Nikhil|Pranav|Siddharth|Harish|Manoj|Ravi|Varun|Abhishek"),
        _l("Sharma|Patel|Singh|Kumar|Gupta|Iyer|Nair|Reddy|Rao|Mehta|Shah|Joshi|Desai|Kapoor|Malhotra|Chopra|Banerjee|Chatterjee|Mukherjee|Das|Pillai|Menon|Krishnan|Subramanian|Agarwal|Bhatt|Chaudhary|Verma|Mishra|Pandey|Srinivasan|Venkatesh|Bose|Sen|Naidu|Kulkarni|Deshpande|Ghosh|Saxena|Trivedi"),
    ),
    "pakistani": (
        _l("Ayesha|Sana|Hira|Mahnoor|Zara|Fatima|Amna|Sadia|Rabia|Saima|Nadia|Bushra|Iqra|Maryam|Uzma"),
        _l("Imran|Usman|Bilal|Hamza|Zain|Ahsan|Faisal|Kamran|Tariq|Asif|Waqar|Junaid|Shahid|Adnan|Farhan"),
        _l("Khan|Ahmed|Malik|Qureshi|Chaudhry|Butt|Hussain|Raza|Siddiqui|Shaikh|Mirza|Bhatti|Abbasi|Iqbal|Javed|Aslam|Rana|Awan|Gondal|Cheema"),
    ),
    "chinese": (
        _l("Wei|Li Na|Xiu Ying|Mei|Fang|Jing|Ling|Yan|Xiaoling|Hui|Min|Yuxin|Zihan|Xinyi|Ruoxi|Jiayi|Yuting|Shuang|Qian|Lan"),
        _l("Wei|Jun|Hao|Lei|Tao|Yong|Jie|Ming|Qiang|Bo|Chen|Yi|Zhiwei|Haoran|Yichen|Zixuan|Jianguo|Xiaobo|Peng|Kai"),
        _l("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Chan|Wong|Leung|Cheung|Ng"),
    ),
    "vietnamese": (
        _l("Linh|Trang|Huong|Lan|Mai|Thao|Ngoc|Hanh|Thu|Phuong|Anh|Hoa|Vy|Nhung|Quynh"),
        _l("Minh|Duc|Tuan|Hung|Long|Nam|Quang|Huy|Khanh|Thanh|Dung|Phong|Bao|Trung|Vinh"),
        _l("Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Truong|Dinh|Lam|Mai"),
    ),
    "korean": (
        _l("Ji-woo|Seo-yeon|Min-ji|Ha-eun|Soo-ah|Ji-yeon|Eun-ji|Hye-jin|Yuna|Da-eun|Su-bin|Ye-jin"),
        _l("Min-jun|Seo-jun|Ji-ho|Hyun-woo|Dong-hyun|Jae-won|Sung-min|Tae-yang|Joon-ho|Sang-woo|Woo-jin|Young-ho"),
        _l("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong"),
    ),
    "japanese": (
        _l("Yuki|Haruka|Aoi|Sakura|Yui|Mei|Rin|Hina|Misaki|Ayaka|Nanami|Emi|Keiko|Tomoko|Naoko"),
        _l("Haruto|Sota|Yuto|Ren|Kenji|Takashi|Hiroshi|Daisuke|Kazuki|Shota|Takumi|Ryo|Satoshi|Kenta|Yusuke"),
        _l("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki|Mori|Ikeda|Hashimoto|Ishikawa|Ogawa"),
    ),
    "nigerian": (
        _l("Chiamaka|Ngozi|Adaeze|Funmilayo|Folake|Yetunde|Aisha|Amina|Chidinma|Nkechi|Oluwaseun|Temitope|Blessing|Ifeoma|Zainab|Halima"),
        _l("Chinedu|Emeka|Oluwaseun|Babatunde|Tunde|Adebayo|Olumide|Ikechukwu|Obinna|Chukwuemeka|Musa|Ibrahim|Segun|Kelechi|Uche|Femi"),
        _l("Okafor|Adeyemi|Okonkwo|Eze|Nwosu|Balogun|Adebayo|Ogunleye|Okoro|Obi|Afolabi|Oyelaran|Chukwu|Nnamdi|Ogundipe|Bello|Abubakar|Olawale|Onyekachi|Ibekwe|Akinola|Uzoma|Adewale|Ezeh|Oduya"),
    ),
    "ghanaian": (
        _l("Ama|Akosua|Abena|Efua|Adwoa|Yaa|Afua|Esi|Akua|Adjoa|Naana|Dzifa"),
        _l("Kwame|Kofi|Kwabena|Kwaku|Yaw|Kojo|Kwasi|Ekow|Nii|Kweku|Fiifi|Selasi"),
        _l("Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Appiah|Darko|Ofori|Amoah|Addo|Antwi|Acheampong|Badu|Quaye|Tetteh|Annan|Frimpong|Sarpong|Nkrumah"),
    ),
    "ethiopian": (
        _l("Hiwot|Selam|Meron|Tigist|Bethlehem|Mahlet|Tsion|Hanna|Saba|Liya|Rahel|Mekdes"),
        _l("Dawit|Abebe|Tesfaye|Yohannes|Bereket|Henok|Solomon|Getachew|Mulugeta|Kebede|Tewodros|Biruk"),
        _l("Tesfaye|Alemu|Bekele|Haile|Girma|Tadesse|Mengistu|Wolde|Assefa|Gebremedhin|Kebede|Desta|Abera|Mekonnen|Negash"),
    ),
    "ukrainian": (
        _l("Olena|Oksana|Iryna|Nataliia|Tetiana|Yuliia|Kateryna|Anastasiia|Viktoriia|Daryna|Solomiia|Halyna|Liudmyla|Svitlana"),
        _l("Oleksandr|Andrii|Serhii|Dmytro|Volodymyr|Mykola|Taras|Bohdan|Yurii|Oleh|Vasyl|Ihor|Maksym|Artem"),
        _l("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Oliinyk|Melnyk|Koval|Boiko|Moroz|Lysenko|Marchenko|Savchenko|Rudenko|Petrenko|Ponomarenko|Hnatiuk|Kovalchuk|Zinchenko|Tymoshenko|Honchar|Pavlenko|Levchenko|Kuzmenko|Sydorenko"),
    ),
    "russian": (
        _l("Ekaterina|Natalia|Olga|Svetlana|Tatiana|Irina|Anna|Elena|Yulia|Ksenia|Daria|Polina|Marina|Alina|Vera"),
        _l("Alexei|Dmitri|Sergei|Andrei|Ivan|Mikhail|Nikolai|Pavel|Vladimir|Yuri|Artyom|Maxim|Konstantin|Igor|Roman"),
        _l("Ivanov|Smirnova|Kuznetsov|Popova|Vasiliev|Petrov|Sokolova|Mikhailov|Novikova|Fedorov|Morozova|Volkov|Alekseeva|Lebedev|Semenova|Egorov|Pavlova|Kozlov|Stepanova|Nikolaev|Orlova|Andreev|Makarova|Zakharov|Zaitseva"),
    ),
}

# plausible weights of origins among the people named in an English or a German text of the shop
WEIGHTS = {
    "en": [
        ("english", 34), ("us", 12), ("irish", 7), ("scottish", 5), ("welsh", 3), ("indian", 6), ("pakistani", 4),
        ("nigerian", 3), ("ghanaian", 2), ("chinese", 3), ("polish", 3), ("italian", 2), ("german", 5),
        ("spanish", 2), ("portuguese", 2), ("french", 2), ("dutch", 1), ("greek", 1), ("arabic", 2),
        ("persian", 1), ("korean", 1), ("japanese", 1), ("vietnamese", 1), ("turkish", 1), ("ethiopian", 1),
        ("romanian", 1), ("ukrainian", 1), ("russian", 1), ("croatian", 1),
    ],
    "de": [
        ("german", 46), ("austrian", 6), ("swiss", 5), ("turkish", 8), ("polish", 5), ("italian", 4),
        ("greek", 2), ("croatian", 2), ("romanian", 2), ("ukrainian", 2), ("russian", 2), ("arabic", 3),
        ("persian", 2), ("vietnamese", 1), ("english", 3), ("french", 2), ("spanish", 2), ("portuguese", 1),
        ("dutch", 2), ("chinese", 1), ("korean", 1), ("japanese", 1), ("indian", 1), ("pakistani", 1),
        ("nigerian", 1), ("ghanaian", 1), ("ethiopian", 1), ("irish", 1), ("scottish", 1),
    ],
}

PARTICLES = ["von", "der", "den", "de", "la", "del", "van", "zu", "di", "da", "dos", "du", "le", "al", "el", "ap", "ní", "nic", "mac", "ó", "dalla", "lo"]

# every given name and surname in the lists, lower-cased, for the check of invented names
ALL_NAME_WORDS = sorted(
    {
        w.lower()
        for f, m, s in ORIGINS.values()
        for name in f + m + s
        for w in name.replace("-", " ").replace("'", " ").split()
    }
)
