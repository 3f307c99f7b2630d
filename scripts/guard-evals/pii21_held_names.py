"""Name lists of the heldout half of the twenty-first PII bank (pii21_held*), written for it.

Each origin has female given names (f), male given names (m) and surnames (s), space-separated;
an underscore joins the words of one name (`van_der_Meer` -> `van der Meer`). Origins are weighted
per language in WEIGHTS. No other bank's lists were read or used.
"""

ORIGINS = {
    "german": dict(
        f="Anna Lena Hannah Lea Leonie Marie Sophie Katharina Julia Laura Sarah Lisa Jana Nina Franziska Jessica Sabine Petra "
          "Monika Ursula Renate Brigitte Heike Claudia Susanne Birgit Andrea Kerstin Anke Silke Ingrid Gisela Hildegard "
          "Annika Carolin Svenja Wiebke Frauke Maren Imke Merle Ronja Greta Frieda Mathilda Ida Ella Clara Emma Mia "
          "Anna-Lena Marie-Luise Lea-Sophie Hanne Dörte Gesine Ulrike Elke Dagmar Bärbel",
        m="Jonas Lukas Leon Finn Paul Felix Maximilian Niklas Tim Jan Tobias Sebastian Florian Philipp Moritz Jannik "
          "Stefan Thomas Michael Andreas Frank Jürgen Uwe Dieter Klaus Wolfgang Holger Torsten Matthias Ralf Jörg "
          "Hauke Ole Malte Jens Sönke Bernd Heiko Volker Detlef Rüdiger Gerd Helmut Karl-Heinz Hans-Peter Jan-Ole "
          "Till Henrik Anton Emil Theo Mats Fiete Lasse Bastian Carsten Dirk",
        s="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein "
          "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause "
          "Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Kaiser Fuchs Peters Lang Scholz Möller "
          "Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht "
          "Ludwig Winter Simon Kraus Böhm Schuster Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas "
          "Thiele Ehlers Petersen Hansen Jacobsen Brodersen Claussen Dittmer Harms Janssen Ostermann Rademacher "
          "Wieczorek-Lange von_Bredow von_der_Heide Freiherr_von_Aschau zu_Wied Vandenberg Quast Tiedemann Kluge "
          "Strobel Gottschalk Birkholz Reinecke Mertens Wendt Hesse Kessler Pohl Stahl Ernst Dietrich Busch Bergmann",
    ),
    "austrian": dict(
        f="Magdalena Johanna Valentina Theresa Viktoria Anna-Maria Elisabeth Christina Stefanie Barbara Martina Karin "
          "Gerlinde Rosemarie Veronika Katrin Daniela Birgit Marlene Hemma Notburga Kathi Resi Vroni",
        m="Florian Lukas Dominik Matthias Alexander Christoph Markus Bernhard Gerhard Herbert Johann Franz Josef Alois "
          "Ferdinand Leopold Valentin Xaver Sepp Hubert Engelbert Wolfgang Reinhold Rupert",
        s="Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber "
          "Schwarz Maier Schneider Reiter Mayr Brunner Wimmer Egger Baumgartner Auer Aigner Lechner Wallner Ebner "
          "Haider Holzer Lang Strasser Stadler Wieser Kofler Hammerl Oberhuber Pöllinger Zauner Strohmaier "
          "Kerschbaumer Gsellmann Rauchenberger Plank Hinterleitner Obermoser Tatzreiter",
    ),
    "swiss": dict(
        f="Corinne Nadine Seraina Mirjam Rahel Flurina Ladina Deborah Tamara Jasmin Regula Vreni Beatrice Esther "
          "Annina Chiara Elena Livia Nicole Fabienne Margrit Ursina Madlaina",
        m="Urs Reto Beat Ueli Res Gian Luca Dario Nicola Adrian Roger Marcel Patrick Thomas Kurt Walter Fritz Hansruedi "
          "Jürg Christoph Andrin Corsin Mauro Silvan",
        s="Meier Müller Keller Brunner Gerber Graf Baumann Frei Widmer Bachmann Lüthi Stucki Ammann Zürcher Wyss "
          "Steiner Huber Moser Zimmermann Sutter Hess Bühler Egli Kälin Bösch Gasser Rüegg Zbinden Schärer Tschumi "
          "Imhof Rüttimann Caduff Capaul Derungs Cavelti Bieri Blaser Studer Iseli Christen Marti Häfliger Näf "
          "Zwahlen Aebischer Rohrbach Gisler",
    ),
    "turkish": dict(
        f="Ayşe Fatma Elif Zeynep Emine Merve Büşra Esra Özlem Derya Gül Sevgi Songül Melike Hatice Aylin Selin Ecem "
          "Dilara Nur Yasemin Serap Canan Tuba Ebru Hülya Sibel",
        m="Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Volkan Cem Can Kemal Osman Yusuf "
          "Ömer Tolga Onur Kaan Deniz Barış Erkan Levent Cengiz Tarkan",
        s="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara "
          "Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aksoy Karaca Tekin Bulut Ünal Korkmaz Acar Avcı Turan Uçar "
          "Kocabaş Altıntaş Bozkurt Ekinci Gündoğdu Sarıkaya Yavuz",
    ),
    "polish": dict(
        f="Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Anna Monika Dorota Beata Aleksandra Justyna Kinga "
          "Paulina Zofia Wiktoria Natalia Marta Grażyna Bożena Iwona Halina",
        m="Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Grzegorz Jakub Mateusz Wojciech Dariusz Mariusz Kamil "
          "Bartosz Szymon Przemysław Rafał Adam Jerzy Zbigniew Krystian",
        s="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
          "Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski "
          "Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak "
          "Witkowski Walczak Stępień Górski Rutkowski Sikora Baran Chmielewski Szczepański Brzozowski",
    ),
    "italian": dict(
        f="Giulia Francesca Chiara Sara Martina Valentina Alessandra Federica Silvia Elisa Paola Roberta Giorgia "
          "Alessia Ilaria Beatrice Lucia Serena Antonella Rosaria Carmela Gabriella",
        m="Marco Alessandro Giuseppe Francesco Andrea Matteo Lorenzo Davide Stefano Giovanni Luigi Salvatore Antonio "
          "Roberto Fabio Simone Riccardo Emanuele Vincenzo Massimo Gianluca Pietro",
        s="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini "
          "Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli "
          "Martini Leone Longo Gentile Martinelli Vitale Di_Stefano Di_Benedetto D'Angelo De_Santis Lo_Russo "
          "Pellegrino Sorrentino Palumbo Cattaneo Fabbri",
    ),
    "russian": dict(
        f="Olga Natalia Elena Tatjana Irina Swetlana Jekaterina Anastasia Ljudmila Marina Julia Oxana Xenia Darja "
          "Polina Alina Walentina Galina Nadeschda Vera",
        m="Dmitri Sergej Alexej Andrej Wladimir Nikolai Iwan Michail Pawel Jewgeni Igor Oleg Juri Maxim Artjom Kirill "
          "Roman Wassili Konstantin Anatoli",
        s="Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow Morosow Wolkow "
          "Alexejew Lebedew Semjonow Jegorow Pawlow Kosslow Stepanow Nikolajew Orlow Andrejew Makarow Sacharow "
          "Solowjow Borissow Jakowlew Grigorjew Romanow Worobjow Below Tarassow",
    ),
    "ukrainian": dict(
        f="Oksana Olena Iryna Kateryna Tetiana Yulia Halyna Nataliia Svitlana Mariia Khrystyna Solomiia Daryna "
          "Viktoriia Anastasiia Liudmyla Zoriana Oleksandra",
        m="Oleksandr Andrii Serhii Volodymyr Mykola Taras Bohdan Yurii Vasyl Oleh Dmytro Ihor Roman Maksym Petro "
          "Yaroslav Ostap Vitalii",
        s="Shevchenko Bondarenko Kovalenko Boiko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk Lysenko "
          "Marchenko Melnyk Rudenko Savchenko Petrenko Klymenko Pavlenko Moroz Hnatiuk Kostenko Zinchenko "
          "Havryliuk Levchenko Tymoshchuk Yatsenko Kuzmenko Pylypenko",
    ),
    "arabic": dict(
        f="Fatima Aisha Mariam Layla Noor Amira Yasmin Huda Rania Salma Leila Zainab Hanan Samira Nadia Dalia Rim "
          "Jana Lina Malak",
        m="Mohammed Ahmed Omar Ali Youssef Khaled Hassan Ibrahim Mahmoud Karim Tarek Samir Bilal Hamza Rami Walid "
          "Nabil Fadi Ziad Anas",
        s="Al-Sayed Haddad Khalil Nasser Hamdan Mansour Saleh Aziz Farouk Haddadin Qasim Suleiman Barakat Darwish "
          "Hijazi Abboud Najjar Shami Khoury Saad El-Amin Abdallah Othman Zaher Jaber Tamimi Rahman Masri",
    ),
    "greek": dict(
        f="Eleni Maria Katerina Sofia Georgia Dimitra Ioanna Vasiliki Anastasia Despina Chrysa Paraskevi Evangelia "
          "Athina Niki Zoi",
        m="Giorgos Dimitris Nikos Kostas Giannis Christos Panagiotis Vasilis Thanasis Spyros Michalis Stavros Manolis "
          "Andreas Lefteris Apostolos",
        s="Papadopoulos Georgiou Nikolaidis Karagiannis Oikonomou Vlachos Dimitriou Konstantinidis "
          "Pappas Alexiou Makris Christodoulou Ioannidis Antoniou Theodorou Mavridis Kyriakidis Stavrou Zervas",
    ),
    "balkan": dict(
        f="Ivana Jelena Marija Ana Mirela Snježana Dragana Sanja Tamara Maja Amra Lejla Emina Selma Azra Vesna Nevena "
          "Milica",
        m="Ivan Marko Luka Nikola Stjepan Tomislav Goran Zoran Dragan Milan Dejan Emir Adnan Haris Edin Damir Senad "
          "Kenan",
        s="Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Marković Petrović Jovanović Nikolić Đorđević "
          "Hodžić Begić Delić Kovač Mehmedović Hadžić Pavlović Tomić Perić Bošnjak Mujić Sarajlić Kurtović",
    ),
    "kurdish": dict(
        f="Rojda Berfin Dilan Zozan Hêvî Nesrin Şîlan Newroz Rojin Evîn",
        m="Azad Rêzan Şêrko Baran Dilşad Kawa Rojhat Serhat Welat Berzan",
        s="Barzani Doski Hawrami Zaxoyî Soran Amedî Kurdî Botanî Ferhadi Mirani",
    ),
    "romanian": dict(
        f="Andreea Ioana Elena Mihaela Alexandra Cristina Raluca Bianca Oana Roxana Simona Corina",
        m="Andrei Alexandru Mihai Ionuț Florin Cristian Bogdan Vlad Adrian Gheorghe Sorin Dragoș",
        s="Popescu Ionescu Popa Constantin Stan Dumitru Stoica Gheorghe Munteanu Matei Ciobanu Lungu Moldovan "
          "Rusu Marinescu Dobre Niculescu",
    ),
    "hungarian": dict(
        f="Zsófia Eszter Réka Katalin Anikó Orsolya Boglárka Ildikó Krisztina Dorottya",
        m="Bence Levente Balázs Gábor Zoltán László Csaba Attila Tamás Dániel",
        s="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos",
    ),
    "czech": dict(
        f="Tereza Lucie Kateřina Veronika Eliška Markéta Jana Petra Barbora Klára",
        m="Jiří Petr Jan Tomáš Ondřej Vojtěch Lukáš Martin Jakub Zdeněk",
        s="Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek "
          "Král",
    ),
    "dutch": dict(
        f="Sanne Lotte Femke Anouk Eva Fleur Lieke Marloes Ilse Maartje Noor Sophie Ingrid Annelies Wilma Tessa",
        m="Daan Sem Bram Thijs Jeroen Maarten Ruud Pieter Joost Sander Wouter Koen Gijs Bas Hendrik Rutger",
        s="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos "
          "Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden "
          "Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_Beek Verhoeven",
    ),
    "french": dict(
        f="Camille Manon Léa Chloé Inès Pauline Mathilde Élodie Juliette Céline Sandrine Nathalie Isabelle Aurélie "
          "Margaux Clémence Anne-Sophie Marie-Claire",
        m="Julien Nicolas Thomas Mathieu Antoine Guillaume Pierre Baptiste Maxime Sébastien Olivier François Benoît "
          "Jean-Luc Jean-Marc Théo Lucas Hugo",
        s="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent Lefèvre Michel Garcia David "
          "Bertrand Roux Vincent Fournier Morel Girard Bonnet Dupont Lambert Fontaine Rousseau Chevalier Gauthier "
          "de_la_Fontaine Le_Gall Le_Goff Duchêne Marchand",
    ),
    "spanish": dict(
        f="Lucía Carmen María_José Elena Paula Laura Marta Sara Alba Irene Cristina Andrea Rocío Pilar Nuria "
          "Guadalupe Ximena Valeria Camila Sofía",
        m="Alejandro Pablo Javier Daniel Adrián Sergio Álvaro Diego Jorge Miguel Carlos Manuel Iker Raúl Rubén "
          "Santiago Mateo Joaquín Emilio Gonzalo",
        s="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
          "Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos de_la_Cruz "
          "del_Río Ortega Castillo Morales Delgado Herrera Mendoza Ramírez Flores Vargas",
    ),
    "portuguese": dict(
        f="Beatriz Inês Mariana Joana Rita Catarina Leonor Matilde Ana_Rita Filipa Teresa Fernanda",
        m="João Tiago Rui Nuno Duarte Gonçalo Rodrigo Afonso Vasco Bruno Henrique Diogo",
        s="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Lopes "
          "Marques Almeida Ribeiro Pinto Carvalho Teixeira Moreira",
    ),
    "scandinavian": dict(
        f="Ingrid Astrid Sigrid Linnea Freja Maja Signe Elin Karin Malin Solveig Tove",
        m="Lars Erik Nils Anders Magnus Henrik Sven Björn Olof Jonas Mikkel Rasmus",
        s="Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström Lundgren Jensen Nielsen "
          "Hansen Pedersen Christensen Rasmussen Halvorsen Haugen Solberg",
    ),
    "english": dict(
        f="Emily Charlotte Olivia Amelia Sophie Jessica Hannah Lucy Harriet Eleanor Rebecca Victoria Alice Florence "
          "Imogen Poppy Beatrice Rosie Georgia Abigail Phoebe Matilda Grace May Joanne Tracey Karen Deborah "
          "Gillian Philippa Bryony Felicity Hermione Tamsin Jemima Wendy Lesley Maxine Hayley",
        m="Oliver George Harry Jack Charlie Thomas James William Henry Alfie Oscar Archie Freddie Edward Toby Rupert "
          "Hugo Benjamin Samuel Daniel Matthew Luke Nathan Adam Gareth Nigel Simon Graham Stuart Martin Neil "
          "Barry Clive Gavin Darren Lee Wayne Alistair Piers Jolyon",
        s="Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
          "Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Moore Cooper Ward Morris King Baker "
          "Harrison Morgan Patel Lewis Allen Young Scott Mitchell Bell Kelly Hunter Carter Cook Parker Bailey "
          "Harris Shaw Fletcher Ellis Marshall Dixon Webb Fox Lloyd Chapman Pearce Holt Whitfield Ashworth "
          "Pemberton Fairbrother Hollingsworth Blackwood Thornton Bradshaw Cartwright Pickering Ainsworth "
          "Featherstone Hargreaves Rowntree Ellery Greenhalgh Sutcliffe Critchley Winterbottom Pilkington "
          "Fenwick Lockwood Threlfall",
    ),
    "us": dict(
        f="Ashley Brittany Madison Kayla Tiffany Amber Courtney Brianna Megan Jennifer Heather Stephanie Crystal "
          "Kimberly Danielle Shelby Mackenzie Kaitlyn Savannah Taylor Paige Haley Sierra Destiny Jada Aaliyah Tanisha "
          "Latoya Kendra Shaniqua Mary-Kate Betty-Lou Peggy Darlene Marcy Dolores",
        m="Tyler Brandon Austin Dylan Cody Hunter Chase Tanner Garrett Colton Trevor Kyle Justin Brett Dustin Travis "
          "Bradley Chad Derek Wyatt Landon Jaxon DeShawn Tyrone Jamal Darnell Marcus Malik Andre Terrell Cedric "
          "Billy-Ray Jim-Bob Earl Virgil Clayton",
        s="Miller Davis Anderson Thomas Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Allen "
          "Wright Hill Nelson Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards "
          "Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Peterson "
          "Gray James Watson Brooks Kennedy Washington Jefferson Hayes Bryant Russell Griffin Dawson Holloway "
          "McKinney Vanderbilt Schuyler Kowalczyk Nguyen-Baker Whitaker Kincaid Calloway Pruitt Stansbury "
          "Breckenridge Applewhite Huckabee Tolliver",
    ),
    "irish": dict(
        f="Aoife Siobhán Niamh Saoirse Caoimhe Róisín Orla Sinéad Clodagh Ciara Gráinne Áine Deirdre Méabh Éabha "
          "Ailbhe Nuala Bríd Maeve Orlaith",
        m="Ciarán Seán Pádraig Oisín Cian Darragh Eoin Colm Cathal Donal Fionn Tadhg Ruairí Diarmuid Conor Eamon "
          "Fergal Niall Declan Lorcan",
        s="O'Brien O'Sullivan O'Connor O'Neill O'Reilly Murphy Kelly Walsh Byrne Ryan Doyle McCarthy Gallagher "
          "Doherty Kennedy Lynch Murray Quinn Moore McLoughlin Brennan Ó_Súilleabháin Ní_Bhriain Mac_Giolla "
          "Fitzgerald Kavanagh Nolan Dunne Connolly Flanagan Hennessy Keane Boyle Molloy",
    ),
    "scottish": dict(
        f="Isla Eilidh Morag Kirsty Fiona Mhairi Catriona Ailsa Iona Shona Seonaid Elspeth Rhona Kirsteen",
        m="Hamish Angus Callum Euan Fraser Ruaridh Lachlan Alasdair Struan Finlay Murdo Dougal Gregor Calum",
        s="MacDonald Campbell Stewart McKenzie MacLeod Robertson Fraser Murray Sinclair Cameron Ferguson Buchanan "
          "McIntyre Mackintosh MacGregor Drummond Grant Munro Henderson Kerr Lamont MacPherson Gillespie Sutherland "
          "McAllister Urquhart",
    ),
    "welsh": dict(
        f="Cerys Ffion Seren Angharad Bethan Carys Eluned Gwenllian Rhiannon Nia",
        m="Dafydd Rhys Gethin Ieuan Emyr Gareth Huw Owain Aled Iolo",
        s="Jones Williams Evans Davies Price Pritchard Parry Llewellyn Vaughan Bowen Powell Prosser Griffiths "
          "Meredith",
    ),
    "indian": dict(
        f="Priya Ananya Kavya Deepika Shreya Neha Pooja Aishwarya Lakshmi Sunita Meera Divya Riya Anjali Nandini "
          "Swati Pallavi Radhika Harpreet Gurleen",
        m="Arjun Rahul Vikram Rohan Aditya Sanjay Rajesh Amit Karthik Suresh Vijay Nikhil Siddharth Anand Manish "
          "Harjit Gurpreet Ravi Deepak Sandeep",
        s="Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Mehta Shah Joshi Desai Chatterjee Banerjee "
          "Mukherjee Pillai Krishnan Subramanian Agarwal Bhatt Kapoor Malhotra Chopra Sandhu Gill Dhillon Venkatesh "
          "Choudhury",
    ),
    "pakistani": dict(
        f="Ayesha Sana Hira Mahnoor Zara Sadia Rabia Iqra Kiran Nimra",
        m="Usman Bilal Hamza Faisal Imran Asif Zeeshan Danish Waqas Shahid",
        s="Khan Malik Qureshi Butt Chaudhry Siddiqui Raza Sheikh Hussain Mirza Abbasi Rana Javed Akhtar",
    ),
    "nigerian": dict(
        f="Chiamaka Ngozi Adaeze Oluwaseun Folake Funmilayo Yetunde Chinonso Ifeoma Amaka Temitope Bisola Nkechi "
          "Zainab Hauwa Kemi",
        m="Chinedu Emeka Oluwaseyi Tunde Babatunde Olumide Ikenna Obinna Chukwuemeka Adebayo Femi Segun Nnamdi "
          "Uchenna Ibrahim Musa",
        s="Okafor Okonkwo Adeyemi Ogunleye Eze Nwosu Obi Adebayo Balogun Okeke Chukwu Afolabi Oyelaran Nwachukwu "
          "Ogunbiyi Adeleke Onyekachi Akinola Olaniyan Bello Abubakar Danjuma Ikwuemesi Oladipo",
    ),
    "ghanaian": dict(
        f="Akosua Abena Ama Efua Adwoa Yaa Esi Afua",
        m="Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Fiifi",
        s="Mensah Owusu Asante Boateng Osei Appiah Agyeman Amoah Darko Frimpong Ofori Antwi",
    ),
    "kenyan": dict(
        f="Wanjiru Akinyi Njeri Atieno Wambui Chebet",
        m="Kamau Otieno Mwangi Kipchoge Odhiambo Wekesa",
        s="Kariuki Ochieng Njoroge Wanyama Kiprop Mutua Omondi Maina",
    ),
    "somali": dict(
        f="Hodan Asha Ifrah Sahra Ubah Ladan",
        m="Abdirahman Abdullahi Mahad Liban Farhan Guled",
        s="Warsame Farah Abdi Jama Hirsi Mohamud Egal Duale",
    ),
    "chinese": dict(
        f="Mei Xiaoling Jing Yan Li_Na Hui Ying Xiu Lan Fang Wenjing Yuting Qian Jiayi",
        m="Wei Jun Hao Lei Jian Ming Tao Yong Bo Zhiwei Haoran Zihan Yuxuan Jiahao",
        s="Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Zheng Liang Xie Tang "
          "Chan Wong Cheung Leung Lau Ng",
    ),
    "vietnamese": dict(
        f="Linh Trang Huong Thao Ngoc Lan Phuong Thu Hanh Mai",
        m="Minh Tuan Duc Huy Quang Thanh Long Nam Hieu Phuc",
        s="Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly",
    ),
    "korean": dict(
        f="Ji-woo Seo-yeon Min-ji Ha-eun Soo-jin Yuna Eun-ji Hye-jin",
        m="Min-jun Seo-jun Ji-ho Hyun-woo Jae-won Dong-hyun Sung-min Tae-yang",
        s="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin",
    ),
    "japanese": dict(
        f="Yuki Haruka Aoi Sakura Misaki Naoko Yoko Emi Ayaka Kaori",
        m="Haruto Sota Yuto Kenji Takashi Hiroshi Daisuke Kenta Shota Ryo",
        s="Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Matsumoto "
          "Inoue Kimura",
    ),
    "filipino": dict(
        f="Maricel Rowena Jocelyn Marites Analyn Kristine Lovely Jhoanna",
        m="Jomar Rodel Arnel Jericho Renato Efren Dindo Rogelio",
        s="Dela_Cruz Santos Reyes Bautista Ocampo Villanueva Mendoza Aquino Manalo Dimaculangan Macaraeg Pangilinan",
    ),
    "persian": dict(
        f="Shirin Parisa Niloufar Mahsa Yasaman Golnar Roya Setareh Azadeh Leyla",
        m="Reza Dariush Kaveh Babak Farhad Arash Kourosh Omid Siamak Behrouz",
        s="Hosseini Rezaei Mohammadi Ahmadi Karimi Moradi Jafari Rahimi Tehrani Shirazi Esfahani Sadeghi Kazemi",
    ),
    "caribbean": dict(
        f="Shanice Tamika Keisha Marcia Yvette Beverley",
        m="Delroy Winston Errol Leroy Desmond Courtney",
        s="Campbell Francis Bennett Henry Powell Gordon Daley Forbes",
    ),
}


# More names per origin, appended to the lists above.
EXTRA = {
    "german": dict(
        f="Angelika Christa Doris Edith Erika Gabriele Gertrud Hannelore Helga Ilse Inge Irmgard Jutta Karla Lieselotte "
          "Margarete Marianne Rita Roswitha Sigrid Waltraud Antje Britta Cornelia Gudrun Katja Manuela Nadja Simone "
          "Tanja Vanessa Yvonne Jasmin Melanie Nicole Sandra Stefanie Kathrin Lara Luisa Paula Pia Romy Smilla "
          "Thea Wilma Jette Lotta Marlies",
        m="Alfred Armin Benedikt Christian Dennis Dominik Eckhard Egon Erwin Fabian Friedhelm Georg Gregor Hartmut "
          "Heinz Horst Ingo Jochen Kai Lars Lutz Manfred Marco Norbert Olaf Oliver Patrick Rainer Reinhard Siegfried "
          "Sven Ulf Werner Wilfried Yannick Benno Konstantin Ludger Niels Quirin",
        s="Vollmer Sauer Arnold Pfeiffer Wolff Ziegler Kühn Martens Engel Horn Voigt Brinkmann Böttcher Schubert "
          "Heinemann Graf Dietz Kuhn Marx Scholz Sander Gerlach Ullrich Hübner Busse Rieger Kirchner Schreiber "
          "Wegner Thomsen Bode Naumann Jahn Lindner Kraft Hansmann Nolte Adler Hennig Behrens Ritter Kolb Fiedler "
          "Reuter Timm Eggers Brüggemann Overbeck Niemeyer Stratmann Uhlmann Wittkamp Zeidler Oltmanns "
          "Hüsing-Krämer Ahrens-Bode von_Trotha von_Hoyningen Klostermann Bußmann Gröning Ebeling Vierkötter "
          "Rosenbaum Blumenthal Mahlberg Steinbrecher Weidenfeller Lichtenberg Scharnweber Tietjen",
    ),
    "english": dict(
        f="Abbie Bethany Chloe Daisy Esme Evie Freya Harriet Isabel Jasmine Kate Lily Megan Millie Nancy Ruby "
          "Scarlett Thea Zoe Hazel Iris Ivy Mabel Pippa Stella",
        m="Alexander Arthur Callum Connor Dominic Elliot Ethan Felix Gabriel Isaac Jacob Jake Joe Kieran Leo Lewis "
          "Max Noah Reuben Ryan Sebastian Theo Tristan Ewan Rory",
        s="Adams Atkinson Barker Barnes Bennett Booth Bray Burton Butler Chambers Collins Cox Dawson Dean Elliott "
          "Fisher Foster Gibson Graham Grant Gray Griffiths Hart Hayes Holmes Hudson Hunt Jenkins Kent Knight Lane "
          "Lawrence Mason Matthews Mills Murray Owen Palmer Payne Pearson Phillips Poole Porter Price Reynolds "
          "Richards Rose Russell Saunders Simpson Slater Stevens Stone Sutton Tucker Walsh Watts Wells West "
          "Whitehead Wilkinson Woods Yates Brocklehurst Ormerod Pennington Tattersall Wolstenholme Higginbottom",
    ),
    "us": dict(
        f="Addison Aubrey Avery Brooklyn Cheyenne Delaney Emerson Harper Kennedy Kylie Lacey Lindsey McKenzie "
          "Peyton Reagan Skyler Trinity Whitney",
        m="Beau Brady Brock Bryce Carson Dalton Dakota Easton Gage Hayden Jace Jett Kash Maverick Reid Ryder "
          "Sawyer Tucker",
        s="Abernathy Barnett Beasley Blevins Boggs Brantley Caldwell Crenshaw Dunaway Eldridge Fitzpatrick "
          "Garner Hargrove Hatfield Kimbrough Lasseter McAlister Montgomery Pettigrew Quarles Rutherford "
          "Satterfield Thibodeaux Underwood Vaughn Whitlock Yancey Ziegler-Ross Boudreaux LaRue DuBose "
          "Van_Buren O'Hara McCormick McGee",
    ),
    "french": dict(
        f="Agathe Amandine Bérénice Capucine Delphine Estelle Gaëlle Hélène Jeanne Laetitia Mélanie Océane Solène "
          "Virginie",
        m="Adrien Alexis Arnaud Bastien Cédric Damien Étienne Florian Jérôme Laurent Loïc Quentin Romain Yannick",
        s="Blanc Brun Caron Clément Colin Denis Dumont Faure Fabre Gaillard Guérin Joly Lacroix Leclerc Lemaire "
          "Mercier Meunier Noël Perrin Renard Roche Roussel Vidal Giraud Barbier Arnaud Picard Aubert Boyer "
          "de_Villeneuve Le_Roux",
    ),
    "italian": dict(
        f="Arianna Camilla Elisabetta Emma Gaia Ludovica Noemi Ornella Rebecca Vittoria Asia Letizia",
        m="Alberto Carlo Claudio Enrico Filippo Gabriele Jacopo Leonardo Mattia Nicolò Tommaso Umberto",
        s="Amato Benedetti Bernardi Cattaneo Colonna Coppola D'Amico De_Rosa Farina Ferri Guerra Marchetti Messina "
          "Monti Morelli Neri Orlando Parisi Rizzi Sala Serra Silvestri Testa Valentini Villa Zanetti Negri "
          "Basile Bellini Cirillo",
    ),
    "spanish": dict(
        f="Ainhoa Aitana Begoña Carla Claudia Esperanza Inmaculada Lorena Macarena Marina Natalia Noelia Raquel "
          "Verónica",
        m="Aitor Borja Eduardo Enrique Fernando Francisco Hugo Ignacio Jaime Lucas Marcos Nicolás Óscar Víctor",
        s="Aguilar Blanco Cabrera Calvo Campos Cano Castro Cortés Crespo Fuentes Garrido Gil Guerrero Herrero "
          "Iglesias Lozano Marín Medina Molina Núñez Ortiz Peña Prieto Rubio Santos Serrano Soler Suárez Vega "
          "Vidal",
    ),
    "turkish": dict(
        f="Aysel Bahar Berna Damla Esin Feride Gamze Gizem Leyla Nermin Pınar Sevda Tülay Zehra",
        m="Adem Bülent Ercan Fatih Gökhan Halil Mert Necati Oğuz Recep Selim Sinan Uğur Yunus",
        s="Akın Akgül Başaran Bayram Coşkun Duman Erdem Eren Güler Işık Kaplan Keskin Oral Özcan Sönmez Taş "
          "Uysal Yalçın Yüksel Zengin",
    ),
    "indian": dict(
        f="Aarti Bhavna Chitra Gayatri Jyoti Madhuri Rekha Sneha Tanvi Usha",
        m="Abhishek Gaurav Harish Kunal Mohit Prakash Rakesh Sunil Varun Yash",
        s="Bose Das Ghosh Hegde Jain Kulkarni Mishra Pandey Saxena Sinha Tiwari Trivedi Verma Yadav Naidu",
    ),
    "irish": dict(
        f="Aisling Bronagh Dearbhla Eimear Fionnuala Laoise Muireann Oonagh Sorcha Úna",
        m="Ailbhe Cormac Dáithí Éanna Feargal Lochlann Odhrán Rónán Senan Tomás",
        s="Ahern Barry Cullen Daly Egan Farrell Geraghty Hogan Kearney Lenihan Maguire Nugent O'Donnell "
          "O'Driscoll O'Keeffe Power Redmond Sheehan Tierney Whelan",
    ),
    "scottish": dict(
        f="Ainsley Eilidh-Ann Kenna Maisie Marsaili Peigi Sheena Torie",
        m="Alastair Blair Coll Ewen Innes Kenzie Neil Ross",
        s="Baird Cochrane Crawford Dalgleish Forsyth Galbraith Imrie Kinnear Lennox Menzies Ogilvie Rennie "
          "Tennant Wishart",
    ),
    "polish": dict(
        f="Alicja Ewelina Hanna Izabela Jadwiga Lena Oliwia Renata Urszula Weronika",
        m="Andrzej Artur Damian Henryk Janusz Leszek Marek Sławomir Stanisław Wiesław",
        s="Banaś Cieślak Czarnecki Gajewski Kaczmarek Kubiak Lis Mazurek Ostrowski Sadowski Sobczak Urban "
          "Wasilewski Zawadzki",
    ),
    "arabic": dict(
        f="Aya Basma Dunya Ghada Iman Karima Mona Nour Rasha Wafa",
        m="Adnan Basel Faris Hadi Jamal Majid Mazen Raed Tamer Yasin",
        s="Al-Hashimi Awad Bakr Fakhoury Ghanem Habib Issa Kassem Moussa Sabbagh Touma Yassin",
    ),
    "chinese": dict(
        f="Chunhua Dandan Guiying Huifang Lingling Shuang Xinyi Yaqin",
        m="Chenglong Guoqiang Jianhua Weidong Xiaoming Yifan Zhenyu Kai",
        s="Cai Cao Deng Feng Han Jiang Lu Pan Peng Shen Song Tian Wei Yu Yuan Dong",
    ),
    "nigerian": dict(
        f="Ebere Ijeoma Modupe Nneka Oluchi Omolara Simisola Tolulope",
        m="Chidi Damilola Ebuka Kayode Kelechi Olusegun Tobenna Yemi",
        s="Adewale Anyanwu Ekwueme Ibekwe Nnadi Obiora Ogbonna Onuoha Uzor Ezeani",
    ),
    "dutch": dict(
        f="Anneke Eline Floor Gerda Janneke Mirjam Roos Yvonne",
        m="Arjen Cees Dirk Frits Hidde Jasper Niels Teun",
        s="Boersma Hoekstra Kuipers Postma Prins Schouten van_Dam van_Vliet Veenstra Willemsen",
    ),
}


# Relative weights of the origins per language of the text.
WEIGHTS = {
    "de": [
        ("german", 38), ("austrian", 9), ("swiss", 9), ("turkish", 8), ("polish", 5), ("italian", 4),
        ("russian", 3), ("ukrainian", 3), ("arabic", 3), ("balkan", 3), ("greek", 2), ("kurdish", 1.5),
        ("romanian", 1.5), ("hungarian", 1), ("czech", 1), ("dutch", 1), ("french", 1), ("spanish", 1),
        ("portuguese", 1), ("persian", 1), ("vietnamese", 1), ("chinese", 0.8), ("indian", 0.8),
        ("scandinavian", 0.6), ("english", 0.6), ("nigerian", 0.5), ("ghanaian", 0.3), ("somali", 0.3),
        ("korean", 0.2), ("japanese", 0.2), ("us", 0.2), ("irish", 0.2),
    ],
    "en": [
        ("english", 22), ("us", 18), ("irish", 8), ("scottish", 6), ("welsh", 2), ("indian", 8),
        ("pakistani", 3), ("nigerian", 5), ("ghanaian", 2), ("kenyan", 1), ("somali", 1), ("chinese", 5),
        ("korean", 1.5), ("japanese", 1.5), ("vietnamese", 1.5), ("filipino", 2), ("caribbean", 1.5),
        ("spanish", 4), ("italian", 2), ("polish", 2), ("german", 2), ("arabic", 2), ("french", 1),
        ("dutch", 1), ("greek", 1), ("portuguese", 1), ("persian", 1), ("turkish", 0.8), ("ukrainian", 0.8),
        ("russian", 0.5), ("scandinavian", 0.5), ("romanian", 0.5), ("balkan", 0.4),
    ],
}

PARTICLES = frozenset(
    "von van der den de la del zu Freiherr Ni Ó Mac Di Le Lo dela De Van Von Der Den La Del Zu Dela".split()
)

# Name parts that are also ordinary words: they appear as names (labelled) in texts with personal
# data and as words (unlabelled) in the clean texts.
WORD_NAMES = ("Wolf", "Koch", "Baker", "May", "Grace", "Hunter", "Fuchs", "Bauer", "Winter", "Frank")


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def lists():
    """(given names, surnames) of all origins, deduplicated, in a stable order."""
    given, sur, seen_g, seen_s = [], [], set(), set()
    for origin in ORIGINS:
        f, m, s = origin_lists(origin)
        for n in f + m:
            if n not in seen_g:
                seen_g.add(n)
                given.append(n)
        for n in s:
            if n not in seen_s:
                seen_s.add(n)
                sur.append(n)
    return given, sur


def _field(origin, key):
    names = _split(ORIGINS[origin][key])
    if origin in EXTRA:
        names += [n for n in _split(EXTRA[origin][key]) if n not in names]
    return names


def origin_lists(origin):
    return _field(origin, "f"), _field(origin, "m"), _field(origin, "s")


# Syllables of the generator for invented names (checked against every list above).
SYL_FIRST = ("ka", "li", "ro", "ve", "ta", "mi", "sa", "do", "ne", "fi", "lu", "ra", "be", "jo", "an", "el",
             "or", "is", "ma", "te", "zu", "wi", "ha", "ye")
SYL_END_F = ("na", "la", "ria", "ssa", "lin", "wen", "ja", "ne", "ka", "ra")
SYL_END_M = ("rik", "mon", "dor", "van", "lo", "tan", "ric", "bert", "mar", "vin")
SYL_LAST = ("brak", "tol", "wen", "mur", "sen", "dal", "ker", "vos", "lin", "grot", "hal", "men", "tar", "quist",
            "rud", "fel", "bor", "ness", "lev", "mak")
SYL_LAST_END = ("ski", "mann", "er", "ov", "ey", "ton", "ic", "berg", "ani", "ow", "ell", "in", "lund", "ard")
