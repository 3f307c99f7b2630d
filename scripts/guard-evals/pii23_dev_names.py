"""Name lists of the dev half of the twenty-third PII bank, written for it: given names (female,
male) and surnames of 34 origins, weighted per language, and a syllable generator for invented
names that occur in no list. In the lists `_` stands for a space inside one name."""

ORIGINS_RAW = {
    "de": ("Anna Lena Julia Katharina Sabine Petra Ursula Monika Claudia Birgit Stefanie Melanie Nicole Jana Laura Lea Hannah Sophie Marie Johanna Franziska Susanne Andrea Heike Kerstin Anke Silke Miriam Theresa Greta Frieda Ida Mathilda Carla Elke Gisela Renate Dagmar Tanja Nadine Svenja Wiebke Imke Annika Rieke Grace May",
           "Lukas Jonas Felix Maximilian Paul Leon Tobias Florian Sebastian Jan Tim Niklas Stefan Thomas Michael Andreas Frank Jürgen Uwe Dieter Klaus Wolfgang Ralf Jörg Matthias Christoph Benedikt Moritz Henrik Malte Jannik Fabian Dominik Carsten Holger Volker Bernd Hartmut Rüdiger Till Ole Hannes Wolf Konrad Friedrich",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Ludwig Winter Simon Kraus Böhm Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Dietrich Engel Ziegler Kuhn Pohl Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer von_Arnim von_der_Heyde zu_Dohna Brinkmann Oltmanns Janssen Hinrichs Poppe Ehlers Grabowski"),
    "at": ("Theresia Magdalena Elisabeth Veronika Johanna Katrin Barbara Christa Hermine Leopoldine Valentina Sophia Marlene Lisa Anja Verena Romana Gudrun",
           "Florian Lukas Stefan Matthias Andreas Markus Bernhard Gerhard Herbert Ferdinand Leopold Valentin Raphael Clemens Dominik Severin Alois Johann Kilian Gregor",
           "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Wieser Hütter Strobl Kogler Pirker Oberhauser Zöhrer Haider"),
    "ch": ("Regula Vreni Ursina Seraina Corinne Nadja Rahel Deborah Andrea Flurina Mirjam Annina Chiara Livia Jacqueline Manuela",
           "Urs Beat Reto Marco Adrian Lars Dario Gian Jürg Ueli Hansruedi Mathias Cyrill Fabio Silvan Thierry Nicolas Luca Noah Samuel",
           "Meier Müller Keller Brunner Baumann Frei Zimmermann Gerber Widmer Steiner Moser Graf Hofmann Huber Bühler Kälin Ammann Rüegg Vogel Suter Stutz Wyss Zürcher Schnyder Bachmann Blaser Bärtschi Kaufmann Lüthi Marti Rohner Sutter Tanner Egli Zbinden Imhof Sigrist Aebischer Gasser Hänni Iseli Bieri Hürlimann Walser Rüfenacht"),
    "tr": ("Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Derya Selin Ceren Melek Gül Aylin Sibel Yasemin Dilek Tuğba Özlem",
           "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Serkan Kemal Yusuf Ömer Cem Tolga Onur Barış Volkan",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Akın Aksoy Tekin Ünal Korkmaz Bulut Acar Keskin Avcı Karaca Uçar Toprak"),
    "pl": ("Agnieszka Małgorzata Katarzyna Joanna Magdalena Ewa Zofia Aleksandra Natalia Karolina Dorota Beata Justyna Monika Weronika Halina",
           "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Grzegorz Jakub Mateusz Kamil Wojciech Przemysław Bartosz Dariusz Jarosław",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowska Krawczyk Piotrowski Grabowska Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Malinowska Pawlak Witkowski Walczak Stępień Górski"),
    "it": ("Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elena Silvia Paola Giorgia Beatrice Serena Ilaria Roberta",
           "Marco Luca Giuseppe Alessandro Andrea Matteo Lorenzo Davide Simone Federico Stefano Giovanni Antonio Riccardo Salvatore Vincenzo",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Di_Stefano Di_Marco De_Angelis Lo_Bianco Vitale Pellegrino"),
    "ru": ("Olga Tatjana Natalja Swetlana Jelena Irina Anastasia Jekaterina Marina Ljudmila Xenia Darja Polina Walentina",
           "Sergej Dmitri Alexej Wladimir Andrej Iwan Nikolai Pawel Maxim Artjom Jewgeni Juri Anatoli Wiktor",
           "Iwanow Smirnow Kusnezow Popow Wassiljewa Petrow Sokolow Michailow Nowikow Fjodorow Morosow Wolkow Alexejew Lebedew Semjonow Jegorow Pawlowa Kozlow Stepanow Nikolajew Orlow Andrejew Makarow Sacharow Solowjow Belowa Medwedew Kowaljow"),
    "ua": ("Oksana Olena Iryna Natalija Khrystyna Solomija Halyna Switlana Tetjana Marija Julija Wiktorija Daryna",
           "Oleksandr Mykola Bohdan Taras Andrij Wolodymyr Jurij Petro Ostap Dmytro Serhij Wassyl Roman",
           "Kowalenko Bondarenko Tkatschenko Schewtschenko Kowaltschuk Kravtschenko Oliynyk Melnyk Lysenko Moroz Marchenko Savtschenko Rudenko Petrenko Klymenko Pawlenko Boiko Tkatschuk Hontscharenko Ponomarenko Kuzmenko Witschenko Hryschtschenko Sydorenko"),
    "ar": ("Fatima Aisha Mariam Layla Noor Amira Yasmin Hiba Rania Salma Dalia Leila Zainab Samira Huda Nadia",
           "Mohammed Ahmad Omar Khalid Youssef Karim Tarek Samir Bilal Hamza Rami Nabil Walid Jamal Faisal Ziad",
           "Haddad Khalil Nasser Hassan Ibrahim Saleh Mansour Aziz Rahman Karimi Al-Sayed Abdullah Farouk Haddadin Suleiman Darwish El-Amin Hamdan Qasim Bakr Zaidan Othman Sabbagh Khoury Masri Nassar Jaber Bitar"),
    "en": ("Olivia Emily Charlotte Amelia Sophie Jessica Lucy Hannah Rebecca Eleanor Harriet Phoebe Imogen Rosie Abigail Chloe Megan Katie Holly Bethany Grace Daisy Poppy Alice Florence Victoria Joanne Gemma Kirsty Lauren",
           "Oliver Harry George Jack Charlie Thomas James William Henry Oscar Alfie Archie Freddie Edward Samuel Daniel Matthew Joshua Benjamin Luke Callum Jamie Rhys Toby Nathan Stuart Gareth Neil Simon Graham",
           "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Harris Lewis Turner Baker Hunter Hill Cooper Ward Morris Moore Clark King Harrison Morgan Allen Bell Mason Wolf Fletcher Pearson Holmes Barker Lloyd Marsh Atkinson Bradshaw Whitaker Pritchard Ashworth Cartwright Fairbairn Hargreaves"),
    "us": ("Madison Ashley Brittany Kayla Taylor Jennifer Stephanie Amanda Megan Savannah Brooke Kaitlyn Morgan Haley Jasmine Destiny Kimberly Tiffany Courtney Shelby Dakota Riley May",
           "Michael Christopher Tyler Brandon Austin Justin Kyle Jordan Dylan Cody Hunter Logan Mason Ethan Caleb Garrett Travis Wyatt Chase Bryce Derek Trevor Colton Dustin",
           "Miller Davis Garcia Rodriguez Martinez Anderson Thomas Jackson Martin Thompson Moore Young Hernandez Lopez Gonzalez Nelson Carter Mitchell Perez Campbell Parker Collins Stewart Sanchez Morris Rogers Reed Cook Bailey Rivera Cooper Richardson Cox Howard Peterson Gray Ramirez Watson Brooks Kelly Sanders Price Bennett Barnes Henderson Coleman Jenkins Perry Powell Patterson Hughes Washington Butler Simmons Foster Bryant Alexander Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods Cole West Jordan Reynolds"),
    "ie": ("Aoife Siobhán Niamh Ciara Sinéad Orla Róisín Caoimhe Saoirse Aisling Gráinne Clodagh Eimear Méabh Deirdre",
           "Cian Oisín Seán Pádraig Ciarán Darragh Eoin Cathal Donal Fionn Colm Rónán Tadhg Diarmuid Conor Liam",
           "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Brennan Dunne Fitzgerald Kavanagh Ní_Bhriain Mac_Giolla Nic_Aoidh Ó_Súilleabháin Higgins Cullen Hennessy Tierney"),
    "sc": ("Isla Eilidh Morag Ailsa Kirsteen Mhairi Fiona Catriona Shona Iona Rhona Elspeth",
           "Angus Hamish Ewan Alasdair Fraser Callum Euan Ruaridh Lachlan Murdo Struan Finlay",
           "MacDonald Campbell Stewart Robertson MacLeod Fraser Ross Mackenzie Grant Murray McLeod McIntyre Sinclair Buchanan Cameron MacKinnon Munro Ferguson Drummond Gillespie McAllister MacPherson Urquhart Crawford Galbraith"),
    "in": ("Priya Ananya Kavya Deepika Neha Pooja Shreya Aishwarya Divya Lakshmi Meera Sunita Radhika Anjali Nandini Sneha Isha Tanvi",
           "Arjun Rahul Vikram Rohan Aditya Siddharth Karthik Sanjay Rajesh Amit Nikhil Varun Anil Suresh Pranav Harsh Manish Vivek",
           "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Mehta Desai Chopra Malhotra Kapoor Banerjee Chatterjee Mukherjee Pillai Verma Agarwal Bhatt Krishnan Subramanian Naidu Chaudhary Srinivasan Venkatesh Ghosh Bose Kulkarni Shetty"),
    "ng": ("Chioma Ngozi Adaeze Funmilayo Yetunde Folake Amaka Chiamaka Ifeoma Oluwaseun Temitope Bukola Nneka Zainab Halima",
           "Chinedu Emeka Oluwaseun Babatunde Olumide Tunde Ikechukwu Obinna Chukwuemeka Segun Adewale Femi Kelechi Uche Musa",
           "Okafor Adeyemi Okonkwo Eze Nwosu Obi Adebayo Ogunleye Balogun Okeke Chukwu Nwachukwu Olawale Oyelaran Onyekachi Ibekwe Afolabi Ajayi Bello Abubakar Olatunji Uzoma Akinola Nnamdi Oyebanji"),
    "cn": ("Wei Fang Xiu Ying Li Na Mei Jing Hui Yan Lian Xiaoling Yuting Jiayi Qian",
           "Wei Jun Hao Lei Ming Qiang Jian Tao Bo Yang Zhiwei Haoran Yifan Zihan",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng"),
    "fr": ("Camille Manon Chloé Léa Inès Juliette Margaux Élodie Céline Aurélie Sandrine Nathalie Amélie Clémence Solène",
           "Julien Nicolas Mathieu Guillaume Antoine Thibault Maxime Sébastien Quentin Romain Étienne Baptiste Olivier Rémi Hugo",
           "Martin Bernard Dubois Durand Lefebvre Moreau Laurent Girard Roux Fournier Lambert Fontaine Rousseau Chevalier Garnier Faure Mercier Blanc Guérin Boyer de_la_Fontaine Lefèvre Dupont Gauthier Perrin Marchand Duval Leroy Colin Picard"),
    "es": ("Lucía María Carmen Sofía Paula Marta Alba Elena Laura Cristina Nuria Pilar Rocío Inés",
           "Javier Alejandro Pablo Sergio Diego Álvaro Carlos Miguel Jorge Adrián Raúl Iker Joaquín Íñigo",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano de_la_Cruz Castillo Ortega Delgado Iglesias Medina"),
    "pt": ("Beatriz Mariana Inês Leonor Catarina Joana Rita Ana_Rita Carolina Raquel",
           "João Tiago Rodrigo Gonçalo Diogo Rui Nuno Bruno Duarte Afonso",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira"),
    "nl": ("Anouk Sanne Femke Lotte Eline Marieke Esther Ilse Fleur Noor Maud Sterre",
           "Daan Bram Sem Thijs Ruben Joost Pieter Maarten Sjoerd Wouter Jeroen Koen Bas Stijn",
           "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra van_der_Meer van_der_Linden Kok Jacobs Vermeulen van_der_Sloot Schouten Willems"),
    "gr": ("Eleni Maria Georgia Dimitra Katerina Sofia Despina Vasiliki Anastasia Ioanna Athina",
           "Giorgos Dimitris Nikos Kostas Yannis Christos Panagiotis Vasilis Stavros Thanos Spyros",
           "Papadopoulos Papadakis Georgiou Nikolaidis Karagiannis Oikonomou Vlachos Alexiou Konstantinidis Papageorgiou Dimitriou Christodoulou Makris Antonopoulos Ioannidis"),
    "hr": ("Ivana Marija Ana Petra Maja Lucija Mirela Jelena Snježana Dragana Milica Amra Lejla Emina",
           "Ivan Marko Luka Josip Ante Tomislav Dragan Nikola Stefan Milan Edin Adnan Emir Dario",
           "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Marković Petrović Jovanović Nikolić Popović Đorđević Hodžić Begović Delić Hadžić Mujić Šarić Pavlović Tomić"),
    "ro": ("Andreea Ioana Elena Mihaela Alexandra Cristina Roxana Oana Simona Larisa",
           "Andrei Alexandru Mihai Ionuț Florin Bogdan Cristian Adrian Răzvan Sorin Vlad",
           "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Rusu Munteanu Constantin Matei Marin Tudor Dobre Lungu Moldovan Ene Radu Sandu"),
    "cz": ("Tereza Eliška Kateřina Lucie Barbora Veronika Markéta Zuzana Jana Klára Martina",
           "Jakub Vojtěch Ondřej Jiří Petr Tomáš Lukáš Martin Pavel Zdeněk Radek",
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák"),
    "hu": ("Zsófia Réka Eszter Katalin Anikó Boglárka Dóra Noémi Krisztina Hajnalka",
           "Bence Máté Levente Gergely Balázs Zoltán Attila Csaba Tamás Dániel Ádám",
           "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete"),
    "se": ("Ingrid Astrid Sigrid Linnea Maja Elsa Frida Saga Ebba Karin Solveig Hanne Sunniva",
           "Erik Lars Anders Johan Nils Olof Gustav Axel Henrik Björn Magnus Sven Håkon",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Lindberg Bergström Nyström Holm Hansen Johansen Olsen Larsen Pedersen Halvorsen Solberg Lindgren Åberg Sjöberg"),
    "fi": ("Aino Eveliina Kaisa Tuuli Sanna Riikka Minna Hilkka Päivi Satu",
           "Juha Mikko Timo Jukka Antti Pekka Ville Eero Lauri Heikki",
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen"),
    "vn": ("Linh Trang Huong Thao Ngoc Lan Mai Phuong Thu Hanh",
           "Minh Tuan Duc Hung Quang Long Khoa Thanh Nam Phuc",
           "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly"),
    "kr": ("Ji-woo Seo-yeon Min-ji Ha-eun Soo-jin Eun-ji Ye-jin Hye-won Da-eun Yuna",
           "Min-jun Seo-jun Ji-hoon Hyun-woo Joon-ho Sung-min Dong-hyun Jae-won Tae-yang Woo-jin",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong"),
    "jp": ("Yuki Sakura Haruka Aoi Mei Rin Hina Yui Emi Naomi Keiko",
           "Haruto Sota Yuto Kenji Takeshi Hiroshi Daiki Ren Kaito Shota Ryo",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori"),
    "fa": ("Shirin Parisa Maryam Nasrin Roya Azadeh Golnar Mahsa Niloufar Samaneh Leyla",
           "Reza Ali Mehdi Hossein Amir Dariush Kian Arash Babak Farhad Omid",
           "Hosseini Mohammadi Rezaei Ahmadi Moradi Karimi Jafari Rahimi Hashemi Sadeghi Ebrahimi Ghorbani Tehrani Shirazi Farahani Kazemi Najafi Yazdani"),
    "al": ("Arta Blerta Drita Elira Fjolla Teuta Vlora Albana Jehona Liridona",
           "Arben Besnik Dardan Driton Fatmir Gentian Ilir Korab Valon Agon",
           "Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Bytyqi Rexhepi Dervishi Leka Zeneli Hasani Selimi Mehmeti"),
    "ke": ("Wanjiru Akinyi Achieng Njeri Wairimu Nyambura Chebet Jepkosgei Adhiambo Muthoni",
           "Kamau Otieno Kipchoge Mwangi Ochieng Kiprono Wafula Odhiambo Njoroge Kibet",
           "Mwangi Kamau Otieno Odhiambo Kariuki Njoroge Wanjala Mutua Kiptoo Omondi Wambugu Karanja Onyango Cheruiyot Kibaki"),
    "ph": ("Maricel Rowena Jocelyn Lorna Analyn Cherry Girlie Divina Rosalie Marites",
           "Jomar Rodel Ramil Jhun Arnel Rommel Jerome Mark_Anthony Jonel Romeo",
           "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Aquino Ramos Dela_Cruz Mercado Castillo Soriano Tolentino"),
    "gh": ("Ama Akosua Adwoa Abena Efua Yaa Afua Esi Akua Adjoa",
           "Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Nana Fiifi Ekow",
           "Mensah Owusu Boateng Asante Osei Agyeman Appiah Acheampong Darko Frimpong Ofori Antwi Amoako Addo Tetteh"),
}

ORIGINS = {}
for _k, (_f, _m, _s) in ORIGINS_RAW.items():
    ORIGINS[_k] = {
        "f": [w.replace("_", " ") for w in _f.split()],
        "m": [w.replace("_", " ") for w in _m.split()],
        "s": [w.replace("_", " ") for w in _s.split()],
    }

ORIGIN_WEIGHTS = {
    "de": [("de", 34), ("at", 9), ("ch", 8), ("tr", 8), ("pl", 6), ("it", 5), ("ru", 4), ("ua", 3), ("ar", 4),
           ("hr", 3), ("gr", 2), ("fa", 2), ("al", 2), ("ro", 2), ("cz", 1), ("hu", 1), ("nl", 1), ("fr", 1),
           ("es", 1), ("pt", 1), ("vn", 1), ("en", 1), ("se", 1), ("cn", 1), ("in", 1), ("ng", 0.5), ("kr", 0.5), ("fi", 0.5)],
    "en": [("en", 22), ("us", 18), ("ie", 8), ("sc", 6), ("in", 8), ("ng", 5), ("cn", 4), ("gh", 2), ("ke", 2),
           ("ph", 2), ("jp", 1.5), ("kr", 1.5), ("vn", 1.5), ("es", 2), ("it", 2), ("pl", 2), ("de", 2), ("fr", 1.5),
           ("pt", 1), ("nl", 1), ("gr", 1), ("ar", 2), ("fa", 1), ("tr", 1), ("se", 1), ("fi", 0.5), ("ru", 1), ("ua", 1),
           ("ro", 0.5), ("hr", 0.5), ("cz", 0.5), ("hu", 0.5), ("al", 0.5), ("at", 0.5), ("ch", 0.5)],
}

ALL_GIVEN = []
ALL_SURNAMES = []
for _o in ORIGINS.values():
    for _n in _o["f"] + _o["m"]:
        if _n not in ALL_GIVEN:
            ALL_GIVEN.append(_n)
    for _n in _o["s"]:
        if _n not in ALL_SURNAMES:
            ALL_SURNAMES.append(_n)
_KNOWN = {n.lower() for n in ALL_GIVEN + ALL_SURNAMES}

ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kl", "st", "tr", "gr", "sv", "th"]
VOWELS = ["a", "e", "i", "o", "u", "ei", "ia", "au", "ou", "y"]
CODAS = ["", "", "n", "r", "l", "s", "m", "nd", "rt", "k", "th", "x"]
G_END = ["a", "ine", "o", "el", "is", "ana", "et", "ian", "ea"]
S_END = ["ek", "ani", "ström", "ardt", "ovic", "enko", "sen", "ley", "ton", "ari", "ez", "ier", "os", "ner"]


def _syl(rng):
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def invented_name(rng):
    """A given name and surname from syllables, checked against every list."""
    while True:
        g = (_syl(rng) + rng.choice(G_END)).capitalize()
        s = (_syl(rng) + (_syl(rng) if rng.random() < 0.4 else "") + rng.choice(S_END)).capitalize()
        if g.lower() not in _KNOWN and s.lower() not in _KNOWN and 4 <= len(g) <= 10 and 5 <= len(s) <= 13:
            return g, s


# A second batch per origin (same format), merged into ORIGINS below.
MORE_RAW = {
    "de": ("Ulrike Gabriele Martina Christiane Cornelia Angelika Bettina Doris Edith Hildegard Ingrid Karin Lieselotte Margit Rosemarie Waltraud Antje Britta Inga Merle Pia Romy Nele Emma Clara Luisa Paula Maja Ronja Smilla Jette Lotta Wilma Henriette Amelie Josefine Leonie Vanessa Janina Sonja Manuela Daniela Yvonne Katja Ines Gesa Hanne Tabea",
           "Heinz Günter Horst Manfred Werner Siegfried Gerd Detlef Lothar Norbert Reinhard Helmut Axel Björn Dirk Gunnar Kai Lars Sönke Torsten Sven Marco Timo Jens Nils Arne Eike Hauke Kolja Lasse Mats Piet Bastian Benno Hendrik Ingo Johannes Julius Kilian Leopold Ludwig Magnus Mathis Philipp Quirin Rupert Vincent Wendelin",
           "Hermann Krug Lindner Kühn Graf Schuster Böttcher Thiele Marx Kraft Wendt Stahl Roth Kunze Busse Nolte Sauter Reuter Heller Ernst Rieger Kessler Ebert Döring Brand Mertens Ott Hein Ritter Gerlach Schubert Steffen Riedel Beyer Vogler Seifert Bergner Hildebrandt Schröter Fink Kirchner Menzel Pfeifer Straub Ulrich Bock Timm Hess Witt Sander Lindemann Harms Hansen Petersen Claussen Jürgensen Thomsen Ahrens Dreyer Behrens Gerdes"),
    "en": ("Natalie Samantha Laura Zoe Evie Freya Ruby Millie Isabel Matilda Ella Maisie Tilly Beatrice Scarlett Georgia Annabel Fiona Rachel Helen Julie Karen Nicola Tracy Wendy Claire Lindsay Heather Penny Jodie",
           "Ian Martin Paul Andrew Mark Richard Steven Robert Philip Colin Keith Craig Dean Lee Wayne Barry Kevin Shaun Ross Max Ollie Reggie Theo Jude Ellis Ronnie Stanley Ralph Bertie Hugo",
           "Shaw Knight Carter Palmer Mills Barnes Russell Webb Ellis Spencer Stevens Dixon Fox Chapman Kent Lane Gibson Hunt Lawrence Rose Owen Murphy Matthews Reid Harvey Hart Ball Saunders Richards Wells Bailey Booth Payne Cross Lamb Day Butcher Parsons Dawson Pike Nash Sharp Bird Simpson Pollard Ingram Thornton Whitfield"),
    "us": ("Heather Crystal Amber Danielle Erin Lindsey Mackenzie Paige Sierra Autumn Harper Avery Peyton Kennedy Addison Aubrey Skyler Raven Ciara Monique Shanice Latoya Keisha Aaliyah",
           "Jared Zachary Brett Cole Grant Blake Shane Troy Corey Marcus Darnell Jamal Tyrone DeShawn Andre Malik Terrell Cameron Landon Brayden Jaxon Kaden Everett Wesley",
           "Lee Harris Clark Lewis Robinson Walker Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Baker Hall Rivera Campbell Phillips Evans Turner Diaz Edwards Ortiz Morales Murphy Gutierrez Long Ross Fisher Ellis Freeman Wells Kim Chavez Hunt Black Daniels Palmer Mills Grant Knight Ferguson Stone Hawkins Dunn Spencer Gardner Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley"),
    "tr": ("Sevgi Nur Şule Hande Ebru Gizem Pınar Songül Nurcan Canan Berna Duygu Eda İrem Kübra Meltem Nilay Özge Sevda Tülay",
           "Okan Erkan Levent Sinan Umut Tarık Fatih Engin Gökhan Hakan Kaan Mert Oğuz Orhan Selim Taner Ufuk Yavuz Zafer Erdem",
           "Özer Tunç Karakaya Ateş Işık Sarı Güler Yalçın Taş Eren Altun Coşkun Çakır Demirci Duman Ekinci Gündoğdu Karadağ Kocabaş Önal Sönmez Tezcan Yavuz Yüksel Zengin Başaran Bayram Durmaz Erdem Kaplan"),
    "pl": ("Anna Barbara Krystyna Elżbieta Marta Iwona Renata Urszula Danuta Jadwiga Paulina Alicja Julia Wiktoria Oliwia Kinga Sylwia Edyta",
           "Andrzej Jan Stanisław Zbigniew Jerzy Ryszard Kazimierz Adam Marek Rafał Sławomir Robert Artur Szymon Filip Dawid Hubert Maciej",
           "Wróbel Kaczmarek Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Jasiński Marciniak Sadowski Bąk Zawadzki Duda Jakubowski Włodarczyk Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kubiak Maciejewski Kołodziej Czarnecki"),
    "it": ("Alessandra Laura Anna Claudia Daniela Monica Stefania Cristina Barbara Veronica Erica Noemi Arianna Camilla Ludovica Rebecca",
           "Fabio Paolo Roberto Massimo Claudio Daniele Emanuele Gabriele Mattia Nicola Pietro Tommaso Filippo Edoardo Leonardo Michele",
           "Sala Ferri Fabbri Villa Cattaneo Bellini Bassi Sartori Donati Monti Pellegrini Palumbo Negri Farina Parisi Benedetti Marchetti D'Amico Lombardo De_Santis Orlando Testa Silvestri Guerra Coppola"),
    "in": ("Aarti Bhavna Chitra Gayatri Hema Jyoti Kiran Lata Madhuri Nisha Pallavi Rekha Sapna Swati Uma Vandana Yamini Zoya",
           "Abhishek Deepak Gaurav Hemant Jatin Kunal Mohit Naveen Prakash Rakesh Sandeep Tarun Uday Vijay Yash Ankit Dev Ishaan",
           "Saxena Trivedi Pandey Mishra Tiwari Dubey Shukla Bhatia Sethi Arora Khanna Ahuja Goel Bansal Jain Thakur Yadav Rajput Hegde Kamath Patil Pawar Shah Dutta Sen"),
    "ie": ("Bríd Máire Nóra Úna Éabha Ailbhe Laoise Muireann Órla Sadhbh",
           "Ruairí Lorcan Senan Cillian Oisin Fiachra Tomás Séamus Eoghan Daithí",
           "Flanagan Farrell Nolan Keane Hogan Regan Sheehan Foley Dolan Kinsella McGrath Power Costello Mulligan Moloney"),
    "sc": ("Kirsty Eilidh Morven Isla Lorna Shonagh Kenna Catriona Innes Tamsin",
           "Gregor Duncan Malcolm Murray Ruairidh Calum Kenneth Douglas Iain Niall",
           "Henderson Paterson Morrison Watson Anderson Macintyre Gillies Macaulay Matheson Nicolson Lamont Dunbar Rennie Kerr Baird"),
    "ng": ("Ebere Ifunanya Omolara Titilayo Adunni Kemi Ronke Ijeoma Uchenna Blessing",
           "Ayodele Chidi Dapo Gbenga Jide Kunle Nnamdi Seun Tobi Wale",
           "Ekwueme Oyedepo Olaniyan Adeleke Nwankwo Okoro Emenike Abiodun Oladipo Ogundipe"),
    "cn": ("Xinyi Ruoxi Shuang Ting Xue Yue Zhen Lili Min Jie",
           "Chen Feng Gang Kai Long Peng Qi Rui Shuai Xin",
           "Yu Song Tian Dong Pan Yuan Jiang Cai Shen Wei"),
    "ar": ("Ranya Lubna Manal Rasha Sawsan Widad Yara Jana Lina Malak",
           "Adel Bassam Fadi Ghassan Hani Imad Majid Nizar Osama Sami",
           "Awad Shaheen Hijazi Taha Younis Mustafa Haidar Najjar Sharif Zoubi"),
    "at": ("Burgi Resi Lieserl Hanna Elfriede Traudl Rosa Kathi Steffi Sissi",
           "Sepp Franz Hubert Engelbert Rupert Vinzenz Wolfgang Kurt Poldi Hansjörg",
           "Hinterberger Gschwandtner Hörmann Kofler Lackner Oberndorfer Pölzl Rainer Stadler Unterberger Wurzer Zauner"),
    "ch": ("Heidi Käthi Vreneli Margrit Beatrice Doris Rösli Sabine Fabienne Nathalie",
           "Ruedi Peter Kurt Fritz Heinz Walter Roger Res Köbi Florian",
           "Schmid Fischer Weber Meyer Schneider Lehmann Wenger Christen Flückiger Küng Leuenberger Grob"),
}
for _k, (_f, _m, _s) in MORE_RAW.items():
    for _key, _raw in (("f", _f), ("m", _m), ("s", _s)):
        for _w in _raw.split():
            _w = _w.replace("_", " ")
            if _w not in ORIGINS[_k][_key]:
                ORIGINS[_k][_key].append(_w)
            _all = ALL_GIVEN if _key != "s" else ALL_SURNAMES
            if _w not in _all:
                _all.append(_w)
_KNOWN.update(n.lower() for n in ALL_GIVEN + ALL_SURNAMES)

EXTRA_SURNAMES = {
    "de": "Adler Bachmann Baumeister Blum Bruckner Dammann Eckert Esser Feldmann Fiedler Frey Gebhardt Geiger Grimm Haase Hecht Hempel Henning Jansen Kern Kolb Kramer Kroll Langer Lenz Lutz Maurer Michel Mohr Nagel Noack Pape Pohlmann Reich Rose Schade Schenk Schilling Schlegel Schramm Siebert Springer Stark Strauß Thiel Unger Voß Wegner Weise Wirth Wolter Ziemann",
    "en": "Abbott Ainsworth Armitage Blackwood Bramley Brookes Chadwick Crowther Dalton Eastwood Fairclough Garside Greenwood Hadley Halliwell Hepworth Holroyd Kershaw Lomax Mellor Naylor Ogden Pickering Radcliffe Ramsden Rowbotham Schofield Stanhope Sutcliffe Thwaite Tolley Wainwright Walmsley Whitworth Winterbottom Yates",
    "us": "Abernathy Beauregard Calloway Delgado Fitzpatrick Gallagher Holloway Jefferson Kowalczyk Lindqvist McAllister Montgomery Norwood O'Donnell Pruitt Quintero Rutherford Sandoval Thibodeaux Underwood Vanderbilt Whitaker Yoder Zimmerman",
    "fr": "Aubert Barbier Bertrand Bonnet Brun Carpentier Clément Dumont Fabre Gaillard Giraud Hubert Joly Leclerc Lemoine Masson Meunier Noël Renard Robin Roussel Vidal",
    "es": "Cabrera Campos Cortés Crespo Flores Fuentes Guerrero Herrera León Lozano Márquez Molina Morales Nieto Peña Prieto Reyes Rubio Sáez Soto Suárez Vega",
    "nl": "Bosman Claassen de_Haan de_Bruijn Hoekstra Kuipers Maas Postma Prins Sanders Timmermans van_Beek van_Dam van_Vliet Verbeek Wouters",
    "tr": "Akgül Aktaş Bozkurt Çiftçi Dinç Gök Kahraman Keser Oral Özbek Sezer Tan Uysal Yazıcı",
    "it": "Amato Bernardi Caputo Conte D'Angelo Fiore Gatti Grasso Messina Piras Riva Sanna Serra Valentini",
    "in": "Ahluwalia Bhattacharya Das Gill Grewal Iyengar Kaur Lal Mahajan Nambiar Oberoi Rajan Sandhu Varma",
    "pl": "Brzezinski Cieślak Domański Falkowski Głowacki Kalinowski Krajewski Lewicki Nowicki Przybylski Rogalski Wasilewski",
}
for _k, _raw in EXTRA_SURNAMES.items():
    for _w in _raw.split():
        _w = _w.replace("_", " ")
        if _w not in ORIGINS[_k]["s"]:
            ORIGINS[_k]["s"].append(_w)
        if _w not in ALL_SURNAMES:
            ALL_SURNAMES.append(_w)
_KNOWN.update(n.lower() for n in ALL_SURNAMES)

# Names that are also ordinary words: drawn a little more often so that they occur as labelled
# names; the clean texts use the same words in their ordinary meaning.
WORD_NAMES = {
    "de": [("Wolf", "s"), ("Koch", "s"), ("Fuchs", "s"), ("Bauer", "s"), ("Winter", "s"), ("Sommer", "s"), ("May", "f"), ("Wolf", "m")],
    "en": [("Baker", "s"), ("Hunter", "s"), ("Wolf", "s"), ("Grace", "f"), ("May", "f"), ("Hunter", "m"), ("Rose", "s"), ("Cook", "s")],
}
