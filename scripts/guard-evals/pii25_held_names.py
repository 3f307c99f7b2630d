"""Name lists of the heldout25 half of the twenty-fifth PII bank, written for it.

Each origin has female given names, male given names and surnames. Spaces inside a surname are
written as `_` (`van_der_Berg`). The lists are plain lists; `build()` deduplicates them keeping the
first occurrence, so nothing depends on set or hash order.
"""

# origin: (female given names, male given names, surnames)
ORIGINS = {
    "german": (
        "Anna Lena Laura Julia Sarah Lea Hannah Katharina Johanna Sophie Marie Lisa Svenja Nadine "
        "Sabine Petra Monika Ursula Heike Birgit Kerstin Silke Anke Daniela Stefanie Melanie Jana "
        "Franziska Theresa Carolin Miriam Annika Wiebke Frauke Gesine Insa Imke Antje Henrike Greta",
        "Lukas Jonas Felix Maximilian Leon Paul Finn Tim Jan Niklas Tobias Florian Sebastian Matthias "
        "Stefan Thomas Andreas Michael Jürgen Uwe Dieter Klaus Wolfgang Rainer Holger Torsten Jörg "
        "Hauke Malte Fiete Ole Jannik Moritz Benedikt Till Henning Volker Wolf",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Bauer "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt "
        "Werner Krause Lehmann Köhler Herrmann Walter König Mayer Huber Kaiser Fuchs Peters Lang Scholz "
        "Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz "
        "Baumann Franke Albrecht Ludwig Winter Simon Kraus Martin Schumacher Voigt Engel Brandt Haas "
        "Sommer Dietrich Ziegler Kuhn Jäger Thiel Böhm Seidel Heinrich Brinkmann Hinrichs Ahlers Janssen "
        "Dreyer Ostendorf Wübbena von_Arnim von_Bülow von_der_Heide zu_Dohna Kötter Siebert Pohl "
        "Husemann Tiedemann Rademacher",
    ),
    "austrian": (
        "Magdalena Valentina Theresia Elisabeth Leonie Marlene Rosalie Veronika Christina Barbara "
        "Hemma Notburga Waltraud Gerlinde Resi Burgi Vroni Kathi Lisl Evi Romana Edeltraud",
        "Florian Valentin Josef Johann Franz Leopold Alois Ferdinand Georg Maximilian Raphael Clemens "
        "Gregor Korbinian Sepp Hias Ferdl Poldi Gerhard Reinhold Engelbert Bernhard",
        "Gruber Huber Wagner Pichler Moser Steiner Mayer Hofer Leitner Berger Fuchs Eder Fischer "
        "Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang "
        "Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster "
        "Holzer Strasser Pölzl Hinterberger Obermoser Kogler Zauner Rauchenberger Hinteregger "
        "Untersteiner Stadlmayr Grabner",
    ),
    "swiss": (
        "Nina Seraina Ladina Corina Mirjam Flurina Rahel Tamara Jasmin Livia Andrea Regula Verena "
        "Vreni Beatrice Ursina Annina Selina Chiara Martina",
        "Reto Urs Beat Ueli Jürg Mathias Dominik Silvan Nico Gian Luca Marco Fabian Lars Cyrill "
        "Remo Roman Curdin Men Andri Flurin",
        "Meier Müller Keller Brunner Baumann Frei Zimmermann Gerber Widmer Schmid Graf Wyss "
        "Steiner Moser Kuhn Bühler Lüthi Hug Roth Suter Bachmann Bucher Kälin Fässler Ammann "
        "Gisler Imhof Zürcher Stucki Hürlimann Wüthrich Tschudi Caflisch Cadonau Casutt Flütsch "
        "Nägeli Oberholzer Rüegg Schlatter",
    ),
    "turkish": (
        "Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Derya Selin Ebru Gül Sevgi Aylin Deniz "
        "Yasemin Özlem Tuğba Hülya Melike Nur Dilara Ceren Sibel",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Emre Murat Burak Yusuf Can Cem Kerem Serkan "
        "Onur Volkan Tarık Ömer Kaan Barış Eren Oğuz Levent Umut",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aksoy Erdoğan Güneş Tekin Bulut Keskin Ünal "
        "Acar Uçar Karaca Taş Coşkun Avcı Akgül Bozkurt Duman",
    ),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Anna Barbara Dorota Monika Aleksandra "
        "Natalia Zofia Weronika Paulina Justyna Beata Grażyna Jadwiga Kinga",
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Jakub Mateusz Grzegorz Wojciech Kamil "
        "Bartosz Dariusz Rafał Adrian Sebastian Przemysław Janusz Zbigniew",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski "
        "Pawłowski Michalski Wieczorek Jabłoński Wróbel Majewski Olszewski Stępień Malinowski "
        "Jaworski Adamczyk Dudek Górski Pietrzak Sikora Baran",
    ),
    "italian": (
        "Giulia Francesca Chiara Federica Alessandra Valentina Elena Silvia Martina Sara Giorgia "
        "Beatrice Ilaria Serena Roberta Paola Lucia Graziella Benedetta Ornella",
        "Giuseppe Giovanni Antonio Mario Francesco Luigi Alessandro Andrea Matteo Lorenzo Davide "
        "Stefano Riccardo Simone Fabrizio Gianluca Massimo Salvatore Vincenzo Enrico",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone Di_Stefano Di_Marco De_Angelis Lo_Bianco "
        "Esposito Pellegrini Sartori Ferri Fabbri",
    ),
    "russian": (
        "Olga Tatjana Natalja Jelena Swetlana Irina Marina Ljudmila Anastasia Jekaterina Xenia "
        "Polina Darja Walentina Galina Alina Jana Vera Nadeschda Oksana",
        "Sergej Alexej Dmitri Andrej Wladimir Michail Nikolai Iwan Juri Pawel Igor Oleg Boris "
        "Viktor Anatoli Jewgeni Maxim Artjom Kirill Wassili",
        "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow Morosow "
        "Wolkow Alexejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanow Nikolajew Orlowa "
        "Andrejewa Makarowa Sacharowa Solowjow Borissow Jakowlew Grigorjew Romanow Worobjow",
    ),
    "ukrainian": (
        "Oksana Olena Natalija Iryna Halyna Tetjana Switlana Kateryna Julija Marija Solomija "
        "Daryna Wiktorija Chrystyna Ljudmyla Oleksandra",
        "Oleksandr Andrij Serhij Wolodymyr Mykola Taras Bohdan Dmytro Jurij Petro Ostap Wasyl "
        "Roman Maksym Artem Stepan",
        "Schewtschenko Kowalenko Bondarenko Tkatschenko Kowaltschuk Krawtschenko Oliynyk "
        "Schewtschuk Polischtschuk Bojko Tkatschuk Marchenko Lysenko Rudenko Sawtschenko "
        "Petrenko Melnyk Moros Pawlenko Kravets Hnatjuk Kostenko Tymoschenko Danyljuk",
    ),
    "arabic": (
        "Fatima Aisha Maryam Layla Nour Yasmin Amira Rania Salma Hana Zainab Samira Leila Huda "
        "Dalia Rasha Lina Farah Noura Mona",
        "Mohammed Ahmad Omar Khaled Youssef Karim Tarek Hassan Samir Bilal Nabil Walid Rami Ziad "
        "Hamza Amir Faisal Jamal Mahmoud Adel",
        "Al-Hassan Haddad Khoury Saleh Nasser Hamdan Aziz Rahman Mansour Abboud Darwish Farouk "
        "Haddad Jaber Kassem Mahmoud Najjar Qasim Saeed Shalabi Suleiman Tahan Yassin Zaidan "
        "El-Amin Al-Khatib Abdallah Barakat Halabi",
    ),
    "greek": (
        "Eleni Maria Katerina Sofia Dimitra Georgia Vasiliki Anastasia Ioanna Despina Chrysa Angeliki",
        "Giorgos Dimitris Nikos Kostas Yannis Christos Panagiotis Vasilis Thanasis Stavros Spyros "
        "Alexandros",
        "Papadopoulos Papadakis Georgiou Nikolaidis Konstantinou Dimitriou Ioannou Vlachos "
        "Karagiannis Papanikolaou Christodoulou Economou Antoniou Pappas Makris Stavrou",
    ),
    "balkan": (
        "Ivana Jelena Marija Ana Milica Dragana Snežana Vesna Maja Sanja Emina Amra Lejla Azra",
        "Ivan Marko Luka Nikola Stefan Dragan Goran Zoran Milan Dejan Emir Adnan Haris Tarik",
        "Horvat Kovačević Babić Marić Jurić Novak Petrović Jovanović Nikolić Marković Đorđević "
        "Stojanović Ilić Pavlović Hodžić Hadžić Begović Delić Mehmedović Kovač Knežević Tomić",
    ),
    "romanian": (
        "Ioana Andreea Elena Alexandra Mihaela Cristina Roxana Simona Raluca Bianca Oana Corina",
        "Andrei Alexandru Mihai Ionuț Florin Bogdan Cristian Adrian Răzvan Vlad Sorin Cătălin",
        "Popescu Ionescu Popa Constantin Stan Dumitru Stoica Gheorghe Matei Rusu Munteanu Lazăr "
        "Ciobanu Dobre Moldovan Sârbu",
    ),
    "dutch": (
        "Sanne Femke Lotte Anouk Eline Marloes Ilse Fleur Noor Mieke Hanneke Saskia Floor Jikke "
        "Roos Evi",
        "Daan Bram Sem Thijs Ruben Jeroen Joost Maarten Sander Wouter Pieter Bas Niels Hidde Teun "
        "Koen",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder "
        "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
        "van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen "
        "van_Beek de_Bruijn Schouten van_der_Sloot",
    ),
    "french": (
        "Camille Léa Manon Chloé Inès Céline Amélie Élodie Margaux Pauline Mathilde Juliette "
        "Aurélie Sandrine Nathalie Brigitte Océane Gaëlle",
        "Julien Mathieu Nicolas Antoine Guillaume Thibault Romain Sébastien Laurent Olivier "
        "Pierre Hugo Théo Baptiste Loïc Yannick Cédric Gaël",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Bonnet Dupont "
        "Lambert Fontaine Rousseau Blanc Guérin Faure de_la_Fontaine Chevalier Lemoine "
        "Marchand Duval",
    ),
    "spanish": (
        "María Carmen Lucía Paula Marta Elena Cristina Laura Sofía Alba Nuria Pilar Rocío "
        "Inmaculada Ainhoa Begoña",
        "Javier Alejandro Pablo Sergio Daniel Álvaro Adrián Diego Raúl Jorge Iñaki Rubén Óscar "
        "Ignacio Gonzalo Rodrigo",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
        "Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Navarro Torres Domínguez "
        "de_la_Cruz de_la_Torre Iglesias Ortega Castillo",
    ),
    "portuguese": (
        "Inês Beatriz Mariana Catarina Joana Rita Filipa Leonor Raquel Sofia Teresa Margarida",
        "João Tiago Rui Nuno Duarte Gonçalo Miguel Ricardo Bruno Afonso Rodrigo Vasco",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves "
        "Gomes Lopes Marques Alves Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes",
    ),
    "english": (
        "Emily Charlotte Olivia Amelia Jessica Sophie Lucy Hannah Eleanor Harriet Imogen Poppy "
        "Rosie Beth Georgina Victoria Katie Abigail Megan Chloe Holly Lauren Rebecca Joanne "
        "Tracy Gemma Kirsty Grace May Faith Hope Joy",
        "Oliver Harry George Jack Charlie Thomas James William Henry Alfie Freddie Archie Edward "
        "Benjamin Samuel Joseph Daniel Matthew Luke Adam Ben Tom Rob Stuart Gareth Nigel Barry "
        "Will Mark Hunter Reggie Rupert",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
        "Walker White Roberts Green Hall Wood Jackson Clarke Harrison Cooper Hill Ward Morris "
        "Turner Baker King Harris Lewis Moore Parker Price Bennett Griffiths Hughes Cook Fletcher "
        "Hunter Grace May Marsh Ashworth Pemberton Whitfield Thornton Cartwright Huxley Bramwell "
        "Ridley Hargreaves Atkinson Pickering Oakley Sutcliffe Booth Kendall Fairbairn Underwood "
        "Blackwood Holloway Kingsley Wainwright Chamberlain Lockwood Penrose Tennant",
    ),
    "american": (
        "Madison Ashley Brittany Kayla Taylor Morgan Hailey Brooke Jordan Savannah Mackenzie "
        "Kaitlyn Destiny Jasmine Alexis Shelby Courtney Amber Tiffany Heather Dakota Skyler Peyton "
        "Harper Avery Addison Paisley Kennedy",
        "Tyler Brandon Austin Justin Cody Dylan Hunter Logan Mason Chase Caleb Garrett Tanner "
        "Brody Colton Travis Wyatt Hayden Bryce Jaxon Cooper Landon Grayson Brayden Kyle Derek "
        "Chad Dwayne Earl Randy",
        "Miller Davis Rodriguez Martinez Anderson Thomas Jackson Moore Martin Lee Thompson "
        "Garcia Clark Lewis Robinson Walker Young Allen Hernandez Wright Lopez Hill Scott Adams "
        "Nelson Carter Mitchell Perez Campbell Roberts Phillips Evans Turner Torres Parker "
        "Collins Edwards Stewart Morris Murphy Rogers Reed Cook Morgan Bell Bailey Rivera Cooper "
        "Richardson Cox Howard Ward Peterson Gray Ramirez Watson Brooks Sanders Price Bennett "
        "Wood Barnes Henderson Coleman Jenkins Perry Powell Patterson Hughes Washington Butler "
        "Simmons Foster Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham "
        "Sullivan Wallace Woods Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson "
        "McDonald Cruz Marshall Ortiz Gomez Murray Freeman Wells Webb Simpson Stevens Tucker "
        "Porter Hunter Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Burns Gordon Shaw "
        "Holmes Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson "
        "Stone Hawkins Dunn Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews "
        "Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley "
        "Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence Elliott "
        "Chavez Sims Austin Peters Kelley Franklin Lawson",
    ),
    "irish": (
        "Aoife Siobhán Niamh Ciara Saoirse Róisín Sinéad Orla Clodagh Gráinne Éabha Caoimhe "
        "Aisling Méabh Deirdre Bríd Nuala Fionnuala Eimear Ailbhe",
        "Cian Oisín Darragh Eoin Seán Pádraig Cathal Ruairí Ciarán Donal Fionn Tadhg Colm "
        "Diarmuid Éamonn Niall Conor Declan Fergal Lorcan",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle "
        "McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll "
        "Connolly Daly O'Connell Brennan Burke Collins Fitzgerald Nolan Keane Ó_Súilleabháin "
        "Mac_Giolla Ní_Bhriain Kavanagh Tierney Flanagan Donnelly Hegarty Mulcahy Cullinane",
    ),
    "scottish": (
        "Isla Eilidh Morag Kirsty Catriona Mhairi Fiona Ailsa Shona Rhona Iona Kenna",
        "Angus Callum Hamish Ewan Fraser Alasdair Struan Lachlan Duncan Finlay Murdo Euan",
        "MacDonald McLeod Campbell Stewart Robertson Fraser MacKenzie Ross Henderson Paterson "
        "McIntyre MacGregor Cameron Sinclair Munro Gunn Buchanan Drummond McKay Ferguson "
        "MacLean Morrison Grant Kerr McAllister Lindsay Dunbar Baird",
    ),
    "welsh": (
        "Cerys Ffion Seren Carys Nia Bethan Eira Angharad Rhiannon Elin Mali Gwen",
        "Rhys Dafydd Gethin Iwan Emyr Owain Huw Gruffydd Aled Geraint Ioan Llyr",
        "Jones Williams Davies Evans Thomas Roberts Lewis Hughes Morgan Griffiths Owen Jenkins "
        "Lloyd Pritchard Bowen Price Pugh Vaughan Rees Prosser",
    ),
    "indian": (
        "Priya Ananya Kavya Deepika Neha Pooja Shreya Aishwarya Lakshmi Meera Divya Sunita "
        "Anjali Radhika Nandini Ishita Swati Harpreet Simran Manpreet",
        "Arjun Rohan Vikram Rahul Aditya Sanjay Rajesh Suresh Anil Amit Vivek Karthik Pranav "
        "Nikhil Siddharth Gurpreet Harjit Manish Deepak Ravi",
        "Sharma Patel Singh Kumar Gupta Mehta Iyer Nair Reddy Rao Menon Chatterjee Banerjee "
        "Mukherjee Das Joshi Kapoor Malhotra Verma Agarwal Bhatt Desai Pillai Krishnan "
        "Subramanian Venkatesan Chaudhary Sandhu Gill Dhillon Khanna Saxena",
    ),
    "pakistani": (
        "Ayesha Sana Mehwish Hina Saima Rabia Nadia Bushra Uzma Iqra",
        "Imran Usman Asif Bilal Faisal Kamran Zeeshan Shahid Tariq Naveed",
        "Khan Qureshi Siddiqui Chaudhry Malik Butt Sheikh Hussain Akhtar Mirza Raza Bhatti "
        "Abbasi Javed Rashid",
    ),
    "nigerian": (
        "Chiamaka Ngozi Adaeze Oluwaseun Funmilayo Folake Yetunde Chidinma Amaka Ifeoma Aisha "
        "Zainab Temitope Bukola Nneka Ebere Kemi Titilayo",
        "Chukwuemeka Oluwaseun Babatunde Adebayo Chinedu Obinna Ikechukwu Emeka Tunde Segun "
        "Femi Kayode Uchenna Musa Ibrahim Olumide Chibuzo Nnamdi",
        "Okafor Okonkwo Adeyemi Balogun Eze Nwosu Ogunleye Adebayo Okoro Obi Chukwu Nnaji "
        "Oyelaran Abubakar Danjuma Olaniyan Ogundipe Akinola Ibekwe Onyekachi Adewale Afolabi "
        "Nwachukwu Oyeleke",
    ),
    "ghanaian": (
        "Akosua Ama Abena Efua Adwoa Yaa Afua Esi Akua Dzifa",
        "Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Fiifi Nana Selorm",
        "Mensah Asante Boateng Owusu Osei Appiah Agyeman Ofori Amoako Darko Acheampong Addo "
        "Frimpong Quaye",
    ),
    "kenyan": (
        "Wanjiru Akinyi Njeri Achieng Wambui Nyokabi Chebet Jepkosgei",
        "Kamau Otieno Mwangi Kipchoge Odhiambo Kiprono Wafula Omondi",
        "Kamau Wanjala Mutua Kimani Ochieng Njoroge Kiprop Onyango Macharia Chege Kibet Barasa",
    ),
    "chinese": (
        "Mei Xiu Ying Lan Hui Jing Yan Xin Ling Fang Wen Yue Qing Shu Ting Lili Xiaoyan Yuting",
        "Wei Jun Hao Lei Tao Ming Jian Bo Peng Yong Qiang Chen Zhiwei Haoran Yichen Zihan Jiahao",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao "
        "Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang",
    ),
    "vietnamese": (
        "Linh Trang Huong Thao Ngoc Phuong Mai Lan Hoa Thuy Anh Hanh",
        "Minh Tuan Duc Hung Quang Long Thanh Nam Khoa Phong Dung Hieu",
        "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Soo-ah Ha-eun Yuna Eun-ji Hye-jin",
        "Min-jun Seo-jun Ji-ho Do-yun Hyun-woo Jae-won Sung-min Tae-yang",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn",
    ),
    "japanese": (
        "Yuki Haruka Aiko Sakura Yui Akari Nanami Misaki Emi Keiko Mariko Yoko",
        "Haruto Sota Ren Takumi Hiroshi Kenji Takeshi Daiki Shota Yuto Kaito Ryo",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Morita",
    ),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Lorna Cherry Jovelyn Analyn",
        "Jomar Rodel Jerome Arnel Reynaldo Ramil Noel Rommel",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Aquino Dela_Cruz Ramos "
        "Manalo Dizon Pascual Tolentino Macaraeg",
    ),
    "persian": (
        "Shirin Parisa Leyla Nasrin Maryam Azadeh Golnar Roya Mahsa Niloufar Soraya Yasaman",
        "Reza Ali Dariush Kaveh Babak Farhad Arash Payam Omid Behzad Kian Navid",
        "Hosseini Ahmadi Mohammadi Rezaei Karimi Moradi Jafari Rahimi Tehrani Sadeghi Ghorbani "
        "Rostami Farahani Kazemi Shirazi Esfahani",
    ),
    "kurdish": (
        "Rojda Berfin Helin Zilan Dilan Jiyan Rojin Evin",
        "Azad Baran Rojhat Serhat Dilşad Zana Welat Keskin",
        "Güzel Tekin Baran Zana Ekinci Bingöl Amed Dersimi Botan Kobani",
    ),
    "nordic": (
        "Ingrid Astrid Sigrid Freja Maja Linnea Elsa Saga Karin Kirsten Mette Sanna Aino Liisa",
        "Lars Nils Anders Erik Magnus Sven Henrik Mikkel Rasmus Björn Olli Mikko Jussi Eero",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Berglund Sandberg "
        "Hansen Johansen Pedersen Nielsen Jensen Kristensen Virtanen Korhonen Mäkinen Nieminen "
        "Lindholm Halvorsen",
    ),
    "czech": (
        "Tereza Kateřina Lucie Veronika Petra Zuzana Markéta Hana Jitka Radka",
        "Jakub Tomáš Ondřej Vojtěch Lukáš Jiří Petr Martin Pavel Radek",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný "
        "Marek Pospíšil Hájek Král Jelínek Růžička Beneš",
    ),
    "hungarian": (
        "Zsófia Réka Eszter Katalin Ildikó Krisztina Boglárka Orsolya Anikó Hajnalka",
        "Bence Levente Ádám Gergely Zoltán László Csaba Attila Balázs Tamás",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
        "Juhász Lakatos Mészáros",
    ),
}

# Origin weights per language (sum need not be 1).
WEIGHTS = {
    "de": {
        "german": 34, "austrian": 9, "swiss": 7, "turkish": 8, "polish": 5, "italian": 4,
        "russian": 3, "ukrainian": 3, "arabic": 3, "balkan": 3, "greek": 2, "romanian": 2,
        "dutch": 2, "french": 2, "spanish": 1.5, "portuguese": 1, "persian": 1.5, "kurdish": 1.5,
        "english": 1, "american": 0.5, "irish": 0.5, "scottish": 0.3, "welsh": 0.2, "indian": 1,
        "pakistani": 0.5, "nigerian": 0.7, "ghanaian": 0.5, "kenyan": 0.3, "chinese": 1,
        "vietnamese": 1.5, "korean": 0.5, "japanese": 0.5, "filipino": 0.3, "nordic": 1,
        "czech": 1, "hungarian": 1,
    },
    "en": {
        "english": 22, "american": 16, "irish": 8, "scottish": 6, "welsh": 3, "indian": 7,
        "pakistani": 3, "nigerian": 5, "ghanaian": 2, "kenyan": 1.5, "chinese": 4,
        "vietnamese": 1.5, "korean": 1.5, "japanese": 1.5, "filipino": 1.5, "german": 2,
        "austrian": 0.5, "swiss": 0.5, "turkish": 1, "polish": 2, "italian": 2, "russian": 1,
        "ukrainian": 1, "arabic": 2, "balkan": 0.7, "greek": 0.8, "romanian": 0.8, "dutch": 1,
        "french": 1.5, "spanish": 1.5, "portuguese": 1, "persian": 1, "kurdish": 0.3,
        "nordic": 1, "czech": 0.5, "hungarian": 0.5,
    },
}

# Double given names (written as they are written in the origin).
DOUBLE_FIRST = {
    "german": ["Anna-Lena", "Marie-Luise", "Hans-Peter", "Karl-Heinz", "Lisa-Marie", "Jan-Ole",
               "Hans Jürgen", "Eva Maria", "Klaus-Dieter", "Ann-Kathrin"],
    "austrian": ["Maria Theresia", "Franz Josef", "Anna-Maria", "Johann Georg"],
    "swiss": ["Hans-Ruedi", "Anna-Barbara", "Gian-Marco", "Marie-Claire"],
    "english": ["Mary-Kate", "Sarah Jane", "John Paul", "Lily-Rose"],
    "american": ["Mary Beth", "Billy Ray", "Anna Grace", "John Michael"],
    "french": ["Jean-Luc", "Marie-Claire", "Anne-Sophie", "Jean-Baptiste"],
    "irish": ["Mary Kate", "Seán Óg"],
}

PARTICLES = ["von", "van", "der", "den", "de", "la", "di", "da", "du", "del", "le", "zu", "ten",
             "al", "el", "mac", "ó", "ní", "dela", "lo"]


def _split(s: str):
    return [w.replace("_", " ") for w in s.split()]


def build():
    """Return (origins, all_first, all_last): origins maps origin -> dict of lists."""
    origins = {}
    all_first = {}
    all_last = {}
    for origin, (fem, masc, sur) in ORIGINS.items():
        f = list(dict.fromkeys(_split(fem)))
        m = list(dict.fromkeys(_split(masc)))
        s = list(dict.fromkeys(_split(sur)))
        origins[origin] = {"f": f, "m": m, "s": s, "double": list(DOUBLE_FIRST.get(origin, []))}
        for n in f + m + origins[origin]["double"]:
            all_first.setdefault(n, origin)
        for n in s:
            all_last.setdefault(n, origin)
    return origins, list(all_first), list(all_last)

# More names, merged into ORIGINS by `_merge_extra()` at import.
EXTRA = {
    "german": (
        "Adelheid Almut Annegret Bettina Brigitte Claudia Corinna Dagmar Doris Edith Elke Erika "
        "Gabriele Gudrun Hannelore Helga Hildegard Ilse Inge Ingrid Irmgard Karin Katja Liselotte "
        "Luise Marianne Martina Mechthild Renate Rosemarie Sieglinde Tanja Ulrike Uta Wilma Yvonne "
        "Emma Mia Emilia Clara Ida Frieda Mathilda Merle Pia Smilla Thea Wiebke Lotta Jette",
        "Achim Alfred Bernd Detlef Eckhard Ernst Friedhelm Fritz Gerd Günter Hartmut Heinz Helmut "
        "Horst Karl Kurt Lothar Manfred Norbert Otto Reinhard Rolf Siegfried Ulrich Walter Werner "
        "Wilhelm Arne Bastian Dennis Marvin Kevin Pascal Sven Timo Nils Jannis Lasse Mats Emil "
        "Anton Theo Carl Friedrich Konstantin Vincent Hannes Jakob Lennart",
        "Albers Arndt Bartels Behrens Bergmann Bock Böttcher Brandes Busch Dittrich Eckert "
        "Ehlers Fiedler Fink Frey Gebhardt Geiger Göbel Graf Greiner Grimm Groß Hamann Heinemann "
        "Hesse Hildebrandt Hoppe Horn Jahn Jansen Kaufmann Kern Kirchner Knoll Kramer Kühn Kunz "
        "Lindner Lutz Maurer Menzel Merkel Naumann Nowak Oswald Otto Paul Pfeiffer Preuß Ritter "
        "Rose Rudolph Sauer Schade Schäfer Scheffler Schilling Schubert Schulte Schulze Seifert "
        "Stahl Stein Strauß Thomas Ulrich Vogt Voß Wagner Walther Weiß Wenzel Wiegand Witt Wolff "
        "Wendt Zander Hansen Petersen Thomsen Carstensen Jacobsen Harms Lüdtke Ramdohr "
        "von_Eichendorff von_Stetten von_der_Lippe",
    ),
    "english": (
        "Alice Bethany Daisy Evie Florence Isabel Jasmine Matilda Millie Phoebe Ruby Scarlett "
        "Alison Deborah Gillian Janet Julie Karen Lesley Linda Margaret Pauline Sharon Wendy",
        "Alan Alistair Colin Dennis Derek Gordon Graham Ian Keith Kevin Malcolm Martin Neil "
        "Philip Roger Simon Trevor Arthur Jacob Leo Louis Max Oscar Reuben Toby Theo",
        "Abbott Ainsworth Appleby Barker Barlow Bates Blake Bradshaw Briggs Brooke Burton "
        "Chapman Clayton Dawson Dobson Ellison Fenwick Foster Gibbs Goodwin Hammond Hartley "
        "Hawthorne Hodgson Holt Jarvis Kemp Lambert Lister Mansfield Marsden Newton Norris "
        "Osborne Pearce Pollard Radcliffe Rowe Sharp Shepherd Slater Stanley Summers Swift "
        "Thorpe Townsend Wade Walsh Webster Wheeler Whitaker Wilkinson Winter Woodward Yates",
    ),
    "american": (
        "Kimberly Crystal Stephanie Melissa Amanda Jennifer Nicole Danielle Samantha Whitney "
        "Lindsey Kelsey Chelsea Erin Megan Lacey Mallory Raelynn Everly Maddox",
        "Jeremy Jason Joshua Zachary Nathan Aaron Kyle Sean Shane Corey Bradley Trent Dustin "
        "Jared Blake Cole Dalton Easton Ryder Zane",
        "Abernathy Beaumont Calloway Delaney Everett Fairchild Gallagher Hollister Kowalczyk "
        "Lindgren Mahoney Novak Osterberg Prescott Quintero Rasmussen Schaefer Thornburg "
        "Vandermeer Whitlock Yoder Zimmerman Baxter Caldwell Dempsey Fitzpatrick Galloway Hensley "
        "Jennings Kirkland Lachance Mercer Nash Pruitt Ramsey Sawyer Thibodeaux Vance Whitaker",
    ),
    "turkish": (
        "Nazlı Burcu Pınar Gizem Songül Sevda Hilal Neslihan İrem Kübra Şeyma Ecem Cansu Duygu",
        "Ercan Erkan Fatih Gökhan Hakan İsmail Kemal Metin Necati Orhan Recep Selim Sinan Yavuz",
        "Altun Altıntaş Bayram Cengiz Durmaz Eren Güler Işık Kahraman Karakaya Kocaman Özer "
        "Sarı Sönmez Tosun Turan Türk Uysal Yalçın Yavuz Yüksel Zengin Akbulut Erdem",
    ),
    "italian": (
        "Alessia Angela Anna Arianna Carla Claudia Donatella Emanuela Gabriella Letizia Marisa "
        "Nicoletta Raffaella Rosaria Simona Teresa",
        "Alberto Angelo Carlo Claudio Cristiano Daniele Emanuele Fabio Filippo Franco Luca "
        "Marco Maurizio Nicola Paolo Pietro Raffaele Sergio Tommaso Umberto",
        "Amato Barone Bellini Benedetti Bernardi Cattaneo Coppola D'Amico De_Santis Farina "
        "Ferraro Gentile Guerra Longo Marchetti Monti Neri Orlando Palumbo Parisi Piras "
        "Sanna Serra Testa Valentini Villa Vitale",
    ),
    "polish": (
        "Alicja Danuta Elżbieta Halina Irena Iwona Karolina Krystyna Marta Renata Urszula Wanda",
        "Andrzej Artur Damian Jacek Jarosław Kacper Leszek Marek Robert Szymon Waldemar Zenon",
        "Borkowski Czarnecki Domański Gajewski Kaczmarek Kołodziej Kubiak Laskowski Makowski "
        "Ostrowski Przybylski Rutkowski Sadowski Tomaszewski Walczak Zając",
    ),
    "irish": (
        "Bronagh Cliodhna Dearbhla Mairéad Muireann Órla Síle Treasa Úna",
        "Cormac Dónal Enda Ferdia Lorcán Odhrán Rónán Senan Tomás",
        "Brady Carey Clancy Coughlan Dolan Egan Fahy Finnegan Hennessy Lenihan MacNamara "
        "Moloney Nevin O'Donovan O'Mahony O'Shea Power Sheehan",
    ),
    "indian": (
        "Aarti Bhavna Chitra Gayatri Jyoti Kiran Madhuri Padma Rekha Shalini Tanvi Uma",
        "Abhishek Ajay Ashok Dinesh Gaurav Harish Mahesh Naveen Prakash Rakesh Sunil Vijay",
        "Ahluwalia Bhattacharya Dutta Ghosh Jain Kulkarni Mishra Naidu Pandey Shetty Srinivasan "
        "Thakur Tiwari Trivedi Yadav",
    ),
    "arabic": (
        "Asma Ghada Hiba Iman Khadija Maha Nada Reem Sawsan Widad",
        "Anas Basel Fadi Ghassan Hisham Issa Majid Marwan Osama Saad",
        "Al-Masri Al-Rashid Bakri Chahine Diab Ghanem Hijazi Issa Mourad Sabbagh Touma",
    ),
    "russian": (
        "Alexandra Diana Elwira Inna Kristina Larissa Lilija Margarita Raissa Sofja",
        "Arkadi Denis Gennadi Grigori Konstantin Leonid Roman Stanislaw Timur Wadim",
        "Below Bogdanow Frolow Gusew Kiseljow Kowaljow Medwedew Saizew Tarassow Wolkowa",
    ),
    "french": (
        "Agathe Anaïs Clémence Émilie Fanny Héloïse Justine Lucie Maëlle Sylvie",
        "Alexis Arnaud Benoît Damien Étienne Florent Jérôme Maxime Rémi Xavier",
        "Barbier Boyer Caron Clément Gautier Joly Lacroix Mercier Perrin Renaud",
    ),
    "scottish": (
        "Agnes Elspeth Isobel Jean Lorna Moira",
        "Archibald Dougal Gregor Kenneth Ruaridh Torquil",
        "Crawford Dalgleish Lennox MacAulay MacInnes MacKinnon Murdoch Ogilvie Urquhart Wallace",
    ),
    "dutch": (
        "Annelies Geertje Ingrid Joke Marieke Wilma",
        "Arjen Dirk Gerrit Henk Kees Rutger",
        "Verhoeven van_Wijk de_Graaf Kuipers van_Vliet Post Wouters",
    ),
}


EXTRA_SURNAMES = {
    "german": "Ackermann Bachmann Baur Blum Brückner Dörr Eberhardt Engelhardt Feldmann Förster Gärtner Haase "
              "Hauser Heller Hermann Hoff Hübner Kessler Kolb Kraft Lenz Marx Michel Mohr Nagel Opitz Reuter "
              "Rieger Ruf Schenk Schott Springer Steffen Thiele Unger Vetter Wirth Zeller",
    "turkish": "Akın Aktaş Ateş Bilgin Cömert Demirci Ekinci Gündoğdu Işıkçı Kalkan Kaplan Özgür Sağlam Toprak",
    "english": "Ashby Beckett Calder Dunmore Eastwood Fairley Garside Hebden Ingram Jowett Kershaw Lowther "
               "Metcalfe Nuttall Ormerod Pilling Rawlinson Shackleton Tattersall Whitworth",
    "irish": "Ahern Behan Costello Dunne Fallon Geraghty Hanlon Kinsella Lenehan McGrath Nagle Phelan Redmond",
    "italian": "Aiello Bassi Capuano D'Alessandro Esposti Fiore Grasso Ianni Lombardo Messina Negri Pace Rota",
    "polish": "Bielecki Chmielewski Duda Frankowski Głowacki Kaczmarczyk Lis Marciniak Sobczak Urbański",
    "nigerian": "Adeleke Bamidele Chukwuma Ezeh Ifeanyi Okeke Olawale Onuoha Udeh Uzor",
    "indian": "Arora Bose Chopra Goswami Hegde Kamath Luthra Nayar Prasad Sethi",
    "swiss": "Aebischer Baumberger Christen Dubach Egli Fankhauser Gasser Hänni Jenni Kummer",
    "austrian": "Aschauer Danninger Eichinger Gschwandtner Hainzl Kastner Mühlbacher Pfeifer Rainer Stöckl",
}


def _merge_extra():
    for origin, sur in EXTRA_SURNAMES.items():
        f0, m0, s0 = ORIGINS[origin]
        ORIGINS[origin] = (f0, m0, s0 + " " + sur)
    for origin, (fem, masc, sur) in EXTRA.items():
        f0, m0, s0 = ORIGINS[origin]
        ORIGINS[origin] = (f0 + " " + fem, m0 + " " + masc, s0 + " " + sur)


_merge_extra()
