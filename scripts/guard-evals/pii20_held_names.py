"""Name lists of the held-out half of the twentieth PII bank (heldout20), written for it.

Each origin: female given names, male given names, surnames (space-separated; `_` joins the
words of one name, e.g. `van_der_Meer`). Weights per language and region are in WEIGHTS.
"""

ORIGINS = {
    "german": (
        "Anna Lena Laura Julia Sarah Lisa Katharina Johanna Hannah Marie Sophie Clara Lea Leonie "
        "Franziska Stefanie Sabine Petra Monika Ute Heike Birgit Claudia Kerstin Silke Anja Nicole "
        "Sandra Melanie Jana Svenja Friederike Theresa Ida Frieda Greta Mathilda Paula Ronja "
        "Anna-Lena Marie-Luise Hannelore Gisela Renate Ingrid Waltraud Dagmar Antje Wiebke Imke "
        "Carolin Kathrin Nadine Tanja Bettina Annika Merle Insa Helga Rosemarie Elke Henrike",
        "Lukas Jonas Felix Maximilian Paul Leon Tobias Florian Sebastian Jan Tim Niklas Moritz "
        "Hannes Jakob Johannes Matthias Thomas Michael Andreas Stefan Frank Jürgen Uwe Klaus Dieter "
        "Wolfgang Rainer Holger Torsten Carsten Sven Dirk Jörg Bernd Heiko Ole Malte Henrik Till "
        "Karl-Heinz Hans-Peter Hans-Jürgen Friedrich Wilhelm Konrad Ludwig Emil Anton Bruno Fritz "
        "Gerd Lutz Volker Ralf Timo Marcel Björn Jannik Finn Mats Joachim Detlef",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
        "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
        "Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König "
        "Walter Mayer Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller "
        "Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon "
        "Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß "
        "Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn "
        "Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ehlers Janssen Thiele Brinkmann "
        "Oltmanns Hinrichs Eggers Petersen Carstens von_Arnim von_der_Heide von_Bülow zu_Eltz "
        "Rademacher Kirchhoff Wiechmann Overbeck Tiedemann Lüdtke Reinecke Hüttenrauch Stallknecht",
    ),
    "austrian": (
        "Magdalena Theresia Elisabeth Katharina Veronika Barbara Christina Johanna Anna-Maria "
        "Rosina Valentina Hemma Notburga Leopoldine Ingeborg Hermine Ottilie Vroni Resi Lisl Maria "
        "Sophie-Marie Stefanie Bernadette Gertraud",
        "Florian Lukas Matthias Leopold Ferdinand Valentin Alois Sepp Franz Ferdl Gottfried "
        "Engelbert Hubert Wolfgang Raphael Dominik Bernhard Markus Christoph Johann Georg Andreas "
        "Reinhold Herbert Kajetan Korbinian",
        "Gruber Huber Bauer Wagner Pichler Moser Steiner Mayer Hofer Leitner Berger Fuchs Eder "
        "Fischer Schmid Winkler Weber Schwarz Maier Reiter Brunner Lang Baumgartner Auer Wimmer "
        "Egger Aigner Lechner Strasser Holzer Haider Wallner Mayr Ebner Lehner Fellner Hofbauer "
        "Schober Kogler Zauner Pölzl Ortner Pucher Kofler Rainer Hinterberger Obermüller "
        "Untersteiner Gstöttner Schwaighofer Kirchmair Hochleitner Fürstauer Dorfer",
    ),
    "swiss": (
        "Ursula Verena Regula Brigitte Annemarie Vreni Rahel Seraina Ladina Nadja Corinne "
        "Cécile Chantal Mirjam Barbara Daniela Andrea Flurina Mengia Nicole Simone Tabea Noemi "
        "Elena Lorena",
        "Reto Urs Beat Res Ueli Thomas Marco Adrian Pascal Roger Lukas Dominik Gian Andri "
        "Curdin Fadri Men Luca Nicolas Cyrill Mathias Samuel Jonas Remo Silvan",
        "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner "
        "Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Kälin Baumgartner Bachmann "
        "Kuhn Bühler Küng Hürlimann Zürcher Ammann Bosshard Egli Gut Hess Hofstetter Lüthi "
        "Marti Rüegg Schürch Stucki Tschudi Vögeli Wälti Zollinger Caduff Casutt Cavelti "
        "Derungs Tscharner Rochat Favre Pittet Bernasconi Rusconi",
    ),
    "turkish": (
        "Ayşe Fatma Elif Zeynep Emine Merve Büşra Esra Derya Selin Melike Aylin Leyla Sevgi "
        "Gül Hatice Nur Ebru Dilara Yasemin Songül Özlem Tuğba Sibel",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Cem Kemal Serkan "
        "Okan Volkan Tolga Yusuf Erkan Oğuz Kaan Deniz Barış Onur",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Güneş Aksoy Erdoğan Tekin "
        "Acar Bulut Uçar Akgül Ateş Kaplan Güler Keskin Sarı Taş Avcı Coşkun Özer",
    ),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Monika Ewa Dorota Aleksandra Karolina "
        "Natalia Justyna Beata Zofia Wiktoria Marta Iwona Grażyna",
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Grzegorz Mariusz Wojciech "
        "Dariusz Kamil Bartosz Przemysław Szymon Mateusz Zbigniew",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
        "Nowakowski Pawłowski Michalski Nowicka Wróbel Zając Król Wieczorek Jabłoński Majewski "
        "Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Pawlak Sikora Walczak "
        "Baran Rutkowski",
    ),
    "italian": (
        "Giulia Francesca Chiara Federica Valentina Alessandra Martina Elisa Silvia Paola "
        "Roberta Lucia Giorgia Serena Ilaria Beatrice Carla Rosa",
        "Marco Luca Giuseppe Alessandro Andrea Matteo Davide Francesco Lorenzo Simone Stefano "
        "Riccardo Antonio Giovanni Paolo Fabio Enrico Salvatore",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro "
        "Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale "
        "Di_Stefano Lo_Presti D'Amico Cattaneo Pellegrini Morandi Palumbo",
    ),
    "russian": (
        "Olga Tatjana Natalja Swetlana Jelena Irina Anastasia Jekaterina Marina Ljudmila "
        "Xenia Darja Polina Walentina",
        "Sergej Alexej Dmitrij Andrej Wladimir Iwan Nikolai Maxim Pawel Jewgeni Roman Artjom "
        "Konstantin Witali",
        "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow "
        "Morosow Wolkow Alexejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanowa Orlowa "
        "Nikitina Sacharowa Sorokina Belowa Medwedewa Karpow Schukow Tichonow Gromow",
    ),
    "ukrainian": (
        "Oksana Olena Iryna Natalija Switlana Halyna Tetjana Julija Kateryna Solomija Daryna "
        "Bohdana",
        "Olexandr Andrij Serhij Mykola Wolodymyr Taras Bohdan Jurij Dmytro Oleh Wassyl Ostap",
        "Schewtschenko Bondarenko Kowalenko Tkatschenko Kravtschenko Oliinyk Schewtschuk "
        "Polischtschuk Bojko Melnyk Lysenko Marchenko Moroz Sawtschenko Rudenko Petrenko "
        "Kowaltschuk Hnatjuk Tymoschenko Bilyk Danyljuk Symonenko",
    ),
    "arabic": (
        "Fatima Aisha Mariam Layla Nour Yasmin Rania Huda Samira Salma Amira Dalia Hanan Lina",
        "Mohammed Ahmad Omar Khalid Youssef Karim Tarek Samir Bilal Hamza Rami Walid Nabil Ziad",
        "Al-Hassan Haddad Khoury Nasser Saleh Mansour Hamdan Aziz Darwish Farah Habib Ibrahim "
        "Jaber Kassem Mahmoud Rahman Saad Suleiman Yousef Zaidan Abboud Barakat El-Masri "
        "Al-Sayed Qasim Shammas",
    ),
    "greek": (
        "Eleni Maria Katerina Georgia Dimitra Sofia Ioanna Vasiliki Despina Athina Chrysa",
        "Georgios Dimitrios Konstantinos Nikolaos Ioannis Christos Panagiotis Vasilios "
        "Athanasios Stavros Spyros",
        "Papadopoulos Papadaki Georgiou Nikolaidis Vlachos Karagiannis Oikonomou Dimitriou "
        "Christodoulou Antoniou Makris Pappas Alexiou Konstantinidis Theodorou Mavridis "
        "Stavrou Kyriakidis Petridis",
    ),
    "croatian": (
        "Ivana Marija Ana Petra Mia Lucija Katarina Tena Dora Vesna Snježana",
        "Ivan Marko Luka Josip Tomislav Ante Mario Nikola Stjepan Krešimir Dario",
        "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Marković Petrović "
        "Tomić Pavlović Božić Grgić Blažević Perić Matić Radić Šarić",
    ),
    "bosnian_serbian": (
        "Amra Lejla Selma Emina Jelena Milica Dragana Snežana Azra Merima",
        "Amir Emir Haris Adnan Dragan Milan Nenad Zoran Stefan Edin Jasmin",
        "Hodžić Begić Mehmedović Hadžić Delić Jovanović Nikolić Stojanović Ilić Đorđević "
        "Popović Savić Kovač Halilović Mujić Osmanović",
    ),
    "romanian": (
        "Ioana Andreea Elena Alexandra Mihaela Cristina Raluca Bianca Oana Roxana",
        "Andrei Alexandru Mihai Ionuț Florin Bogdan Cosmin Radu Vlad Sorin",
        "Popescu Ionescu Popa Radu Dumitru Stoica Stan Gheorghe Munteanu Constantin "
        "Marinescu Dobre Barbu Nistor Florea Lungu Tudor Cristea",
    ),
    "persian": (
        "Shirin Parisa Maryam Nasrin Azadeh Roya Ladan Mahsa Golnaz Setareh",
        "Reza Ali-Reza Dariush Kaveh Farhad Babak Arash Behrouz Mehrdad Kian",
        "Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Sadeghi Tehrani Farahani Mohammadi "
        "Ebrahimi Nazari Bagheri Amini Shahbazi",
    ),
    "vietnamese": (
        "Linh Lan Mai Thu Hương Ngọc Trang Anh Hoa Thảo",
        "Minh Huy Tuấn Duc Nam Quang Long Hùng Khanh Bảo",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Vo",
    ),
    "kurdish": (
        "Rojda Berfin Zozan Hêvî Rûken Evîn Dilan Nalin",
        "Rojhat Berzan Serhat Azad Rêzan Dilovan Kawa Baran",
        "Zaxoyî Botan Amedî Kobanî Bulut Aydoğan Temel Ekinci Yaşar Sevim",
    ),
    "spanish_latin": (
        "María Carmen Lucía Sofía Isabel Pilar Elena Marta Rocío Valeria Camila Guadalupe "
        "Ximena Alejandra Paola",
        "José Antonio Manuel Javier Carlos Miguel Alejandro Diego Sergio Pablo Raúl Andrés "
        "Luis Jorge Mateo",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
        "Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Ramírez Flores Castillo "
        "Vargas Mendoza Reyes Morales de_la_Cruz de_la_Fuente Ortega Delgado Gutiérrez",
    ),
    "portuguese": (
        "Beatriz Inês Mariana Leonor Catarina Joana Rita Ana-Sofia",
        "João Tiago Rui Nuno Duarte Gonçalo Rodrigo Afonso",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
        "Gonçalves Carvalho Pinto Lopes Marques Teixeira",
    ),
    "french": (
        "Camille Léa Manon Chloé Élodie Aurélie Sandrine Émilie Margaux Juliette Anaïs Céline",
        "Julien Nicolas Mathieu Guillaume Antoine Hugo Théo Baptiste Romain Olivier Jérôme Yann",
        "Martin Bernard Dubois Durand Lefebvre Moreau Laurent Girard Roux Fournier Lambert "
        "Fontaine Rousseau Chevalier Garnier Faure Mercier Blanchard Gauthier Leclerc Dupont "
        "Lemaire Marchand",
    ),
    "dutch": (
        "Sanne Femke Lotte Fleur Anouk Marloes Eline Noor Sophie Lieke Ilse Maud",
        "Daan Bram Sem Ruben Thijs Joost Pieter Maarten Jeroen Wouter Bas Gijs",
        "de_Vries de_Jong Jansen Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos "
        "Peters Hendriks van_Dijk van_der_Meer van_den_Berg van_Leeuwen Dekker Brouwer "
        "van_der_Linden Kok Verhoeven Willems van_der_Sloot",
    ),
    "czech": (
        "Jana Eva Hana Lucie Tereza Veronika Kateřina Zuzana",
        "Jiří Petr Pavel Tomáš Jakub Ondřej Vojtěch Lukáš",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný "
        "Marek Pospíšil Hájek",
    ),
    "hungarian": (
        "Zsófia Eszter Réka Anikó Katalin Ildikó Judit Noémi",
        "László Zoltán Gábor Attila Balázs Péter Levente Csaba",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Lakatos",
    ),
    "albanian": (
        "Arta Blerta Drita Elira Fjolla Mimoza Vjosa Valbona Besa Teuta",
        "Arben Bekim Driton Fatmir Gentian Ilir Luan Valon Besnik Agron",
        "Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Bytyçi Rexhepi Leka Hasani Kastrati",
    ),
    "english": (
        "Emma Olivia Charlotte Amelia Sophie Jessica Hannah Lucy Emily Rebecca Katie Laura "
        "Rachel Victoria Harriet Imogen Beatrice Eleanor Georgina Philippa Abigail Megan Chloe "
        "Poppy Daisy Grace May Rosie Molly Jade Gemma Kirsty Stacey Tracey Joanne Deborah "
        "Gillian Pauline Hazel Beverley",
        "Oliver Harry George Jack Charlie Thomas James William Henry Edward Alfie Archie "
        "Freddie Samuel Joseph Daniel Matthew Luke Benjamin Toby Rupert Hugo Callum Jamie "
        "Nathan Ryan Liam Stuart Gareth Neil Graham Nigel Trevor Colin Barry Keith Darren Lee",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
        "Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill "
        "Moore Cooper Ward Harris Martin King Baker Hunter Carter Lewis Parker Shaw Cook "
        "Bennett Harrison Marshall Chapman Holmes Fletcher Pearson Barnes Palmer Atkinson "
        "Whitfield Ashworth Pemberton Hargreaves Cartwright Blackburn Featherstone Thornton "
        "Haworth Sutcliffe Ramsbottom Gilbert Wainwright Pickering Spencer-Churchill "
        "Fairclough Kettleborough Nightingale Lockwood Ellwood",
    ),
    "us": (
        "Ashley Brittany Kayla Madison Taylor Morgan Jordan Courtney Amber Heather Crystal "
        "Tiffany Danielle Kelsey Brooke Shelby Savannah Mackenzie Addison Harper Avery Peyton "
        "Mary-Kate Lakisha Shanice Keisha Jasmine Destiny",
        "Tyler Brandon Justin Austin Dylan Cody Kyle Travis Chase Hunter Garrett Wyatt Colton "
        "Bryce Trevor Dustin Jared Caleb Mason Logan Jaxon Brayden DeShawn Tyrone Malik "
        "Jamal Darnell Marcus Terrell Reginald",
        "Miller Davis Anderson Thomas Jackson Harris Clark Lewis Young Allen Scott Adams "
        "Nelson Hill Campbell Mitchell Roberts Phillips Evans Collins Stewart Morris Rogers "
        "Reed Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Peterson "
        "Gray Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman "
        "Jenkins Perry Powell Long Patterson Hughes Washington Butler Simmons Foster Bryant "
        "Alexander Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods "
        "Kowalczyk Schumacher Lindqvist Vanderbilt Dubois-Carter",
    ),
    "irish": (
        "Aoife Siobhán Niamh Saoirse Ciara Caoimhe Orla Róisín Sinéad Aisling Gráinne "
        "Clodagh Deirdre Eimear Fionnuala Méabh Síle Úna Bríd Nuala",
        "Seán Ciarán Cian Oisín Darragh Eoin Pádraig Colm Donal Fergal Diarmuid Ruairí "
        "Cathal Tadhg Lorcan Niall Conor Declan Eamon Fiachra",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle "
        "McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll "
        "Connolly Daly Brennan Fitzgerald Nolan Ní_Bhriain Mac_Giolla_Phádraig Cullinane "
        "Flanagan Hennessy Keane Mulcahy Geraghty",
    ),
    "scottish": (
        "Isla Eilidh Morag Kirsteen Ailsa Catriona Fiona Mhairi Shona Iona Elspeth Kirsty",
        "Angus Fraser Hamish Alasdair Euan Calum Ewan Lachlan Murdo Ruaridh Struan Gregor",
        "MacLeod MacDonald Campbell Stewart Robertson Fraser McKenzie McAllister MacKinnon "
        "Ferguson Sinclair Urquhart Drummond Buchanan Gillespie McIntyre Munro Cameron "
        "Henderson MacRae Kerr Lindsay",
    ),
    "welsh": (
        "Cerys Seren Ffion Carys Bethan Nia Rhiannon Angharad Eleri Gwen",
        "Rhys Dafydd Gethin Huw Iwan Owain Llyr Emyr Aled Geraint",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price "
        "Pritchard Llewellyn Vaughan Powell Prosser ap_Rhys",
    ),
    "indian": (
        "Priya Ananya Kavya Aishwarya Divya Neha Pooja Shreya Lakshmi Meera Sunita Deepika "
        "Radhika Nandini Ishita Anjali Swati Tanvi",
        "Arjun Rahul Rohan Vikram Aditya Sanjay Rajesh Anil Suresh Karthik Vivek Nikhil "
        "Siddharth Amit Pranav Harish Ravi Manoj",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Joshi Desai Mehta Chatterjee "
        "Banerjee Mukherjee Rao Pillai Krishnan Agarwal Kapoor Malhotra Chopra Bhat "
        "Venkataraman Subramanian Ramachandran Deshpande Kulkarni",
    ),
    "pakistani": (
        "Ayesha Sana Hina Mahnoor Zainab Farah Nadia Sadia Iqra",
        "Imran Usman Bilal Faisal Hamza Asif Zubair Tariq Waqas",
        "Khan Qureshi Chaudhry Malik Butt Siddiqui Akhtar Hussain Iqbal Raza Shah Mirza Sheikh",
    ),
    "nigerian": (
        "Chiamaka Ngozi Adaeze Funmilayo Yetunde Oluwaseun Temitope Chidinma Amaka Folake "
        "Nneka Ifeoma Zainab Halima Bisola",
        "Chinedu Emeka Oluwadamilare Babatunde Ikechukwu Tunde Segun Obinna Chukwuemeka "
        "Adebayo Kelechi Femi Uchenna Musa Nnamdi",
        "Okafor Okonkwo Adeyemi Adebayo Eze Nwosu Olawale Balogun Obi Chukwu Ogunleye Okeke "
        "Adewale Onyekachi Bello Ibekwe Nwachukwu Oyelaran Akinola Danjuma Oyewole Adeleke",
    ),
    "ghanaian": (
        "Ama Akosua Abena Efua Adwoa Yaa Afia Esi",
        "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Fiifi",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Darko Ofori Amoah Quaye Tetteh",
    ),
    "chinese": (
        "Wei Fang Xiu Ying Mei Lin Jing Hui Yan Xiaoling Qian Yuting",
        "Wei Jun Hao Lei Ming Jie Tao Chen Yong Zhiwei Haoran Zihan",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao "
        "Luo Zheng Liang Xie Tang Han Cao Deng Feng Chan Wong Leung Cheung Lau Tsang",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Ha-eun Soo-jin Eun-ji Hye-jin Yuna",
        "Min-jun Seo-jun Ji-ho Hyun-woo Jae-won Dong-hyun Sung-min Tae-yang",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang",
    ),
    "japanese": (
        "Yuki Haruka Aiko Sakura Yui Misaki Naomi Keiko Emi Rin",
        "Haruto Kenji Takeshi Hiroshi Daiki Ren Sota Yuto Kazuki Shota",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
        "Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu",
    ),
    "filipino": (
        "Maricel Rowena Lorna Jocelyn Marites Analyn Kristine Rhea",
        "Jomar Rodel Arnel Jericho Marvin Rommel Nestor Rey",
        "Dela_Cruz Reyes Santos Bautista Villanueva Mendoza Aquino Ramos Castro Manalo "
        "Macaraeg Dimaculangan Pangilinan Sarmiento",
    ),
    "east_african": (
        "Wanjiru Achieng Njeri Amina Hodan Ifrah Selam Tigist Meseret Halima",
        "Kamau Otieno Mwangi Abdi Mohamed Tesfaye Dawit Yonas Abebe Kipchoge",
        "Odhiambo Kariuki Wambui Njoroge Omondi Mutua Warsame Farah Hassan Tadesse Bekele "
        "Girma Haile Kebede Wolde",
    ),
    "nordic": (
        "Ingrid Astrid Sigrid Freja Maja Linnea Elin Saga Liv Kaisa Aino Helmi",
        "Erik Lars Anders Nils Magnus Henrik Johan Mikkel Rasmus Oskar Eetu Ville",
        "Johansson Andersson Karlsson Nilsson Eriksson Larsson Lindgren Berg Hansen Jensen "
        "Nielsen Pedersen Virtanen Korhonen Mäkinen Halvorsen Solberg Lindqvist",
    ),
}

# relative weights of the origins per region of a text
_DE = {
    "german": 42, "austrian": 6, "swiss": 5, "turkish": 9, "polish": 6, "italian": 5,
    "russian": 4, "ukrainian": 3, "arabic": 3, "greek": 2, "croatian": 2, "bosnian_serbian": 2,
    "romanian": 2, "persian": 1.5, "vietnamese": 1, "kurdish": 1.5, "spanish_latin": 1,
    "portuguese": 1, "french": 1, "dutch": 1.5, "czech": 1, "hungarian": 1, "albanian": 1.5,
    "english": 1, "nigerian": 0.5, "indian": 0.5, "chinese": 0.5, "nordic": 0.5,
}
_AT = dict(_DE, austrian=40, german=14, swiss=2, bosnian_serbian=4, croatian=3, czech=2, hungarian=2)
_CH = dict(_DE, swiss=40, german=12, austrian=2, italian=7, french=4, portuguese=3, albanian=4)
_EN = {
    "english": 24, "us": 6, "irish": 6, "scottish": 6, "welsh": 3, "indian": 8, "pakistani": 3,
    "nigerian": 5, "ghanaian": 2, "chinese": 4, "korean": 1.5, "japanese": 1.5, "filipino": 1.5,
    "vietnamese": 1, "spanish_latin": 2, "east_african": 1.5, "nordic": 1.5, "german": 2,
    "italian": 2, "polish": 2, "arabic": 2, "french": 1, "dutch": 1, "greek": 1, "turkish": 1,
    "romanian": 1, "portuguese": 1,
}
_US = dict(_EN, us=34, english=6, scottish=2, welsh=1, irish=4, spanish_latin=10, korean=3, filipino=3)
_IE = dict(_EN, irish=38, english=8, scottish=3, polish=4, nigerian=3)
WEIGHTS = {"DE": _DE, "AT": _AT, "CH": _CH, "GB": _EN, "US": _US, "IE": _IE}
for _r in ("FR", "NL", "IT"):
    WEIGHTS[_r] = _EN


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def load():
    """{origin: (female, male, surnames)} as lists, in the order written."""
    return {o: (_split(f), _split(m), _split(s)) for o, (f, m, s) in ORIGINS.items()}

# more names per origin (female, male, surnames), appended to the lists above
EXTRA = {
    "german": (
        "Adelheid Annegret Brunhilde Christiane Doris Edith Elfriede Erika Gudrun Hedwig Irmgard "
        "Jutta Karin Liselotte Marlene Mechthild Roswitha Sieglinde Susanne Ulrike Veronika "
        "Wilhelmine Astrid Beate Dörte Gesa Hanne Inken Jette Kirsten Lotte Maike Nele Okka "
        "Pia Rieke Swantje Tomke Uta Vera Wencke Yvonne Zoe Luisa Emilia Mia Amelie Charlotte",
        "Achim Alexander Arne Axel Benedikt Berthold Christian Claus Eckhard Egon Erwin Falk "
        "Gerhard Günter Harald Helmut Hendrik Horst Ingo Jens Kai Knut Lars Manfred Norbert "
        "Olaf Otto Rüdiger Siegfried Ulf Waldemar Werner Wolf Burkhard Dietmar Gunnar Hauke "
        "Jannes Kilian Lennart Marius Nils Piet Rasmus Tjark Veit Wendelin Ben Elias Noah",
        "Adler Ahrens Bach Barth Behrens Benz Böttcher Brandes Brückner Buchholz Decker Dreyer "
        "Ebert Eckert Erdmann Ernst Fiedler Fink Fleischer Frey Friedrichs Fröhlich Gärtner "
        "Gerlach Gerhardt Glaser Göbel Götz Hagen Hansen Hartung Hauser Heinz Hellwig Hempel "
        "Henning Hesse Hildebrandt Hoppe Husmann Jakob Jansen Kaufmann Kessler Kirchner Klose "
        "Knorr Kolb Kramer Kunze Lindner Löffler Lorenzen Mack Marx Maurer Menzel Merkel Michel "
        "Mohr Nagel Nowotny Oswald Paul Pfeifer Popp Preuß Rausch Rehm Reuter Riedel Ritter "
        "Rose Rösler Rudolph Sander Schade Schlegel Schmitz Schnell Schott Schubert Seifert "
        "Siebert Sommerfeld Sperling Stahl Steffen Stolz Strauß Thiel Ulrich Unger Urban "
        "Vetter Voss Wagenknecht Walther Weidner Weiland Wendt Wenzel Wiegand Wilke Witt "
        "Wittmann Zeller Ziemann Zöller Auerbach Brenninkmeyer Dittmar-Lüders Hohenstein "
        "Käppeler Lindemann Mühlenkamp Obermeier Pietsch Quandt Rauschenbach Tillmanns",
    ),
    "english": (
        "Alice Amber Anna Bethany Caroline Claire Danielle Eloise Felicity Florence Frances "
        "Hayley Heather Holly Isabel Jennifer Julia Kate Lydia Maisie Matilda Natalie Nicola "
        "Penelope Ruby Samantha Sarah Scarlett Sienna Tabitha Verity Wendy Zara Esme Elsie",
        "Adam Alexander Alistair Andrew Anthony Ben Cameron Christopher Dominic Elliot Ethan "
        "Felix Francis Gavin Harvey Ian Jacob Jonathan Kieran Lewis Louis Marcus Max Miles "
        "Oscar Patrick Peter Philip Reece Robert Sebastian Simon Theo Timothy Warren Wesley",
        "Abbott Ainsworth Allen Armstrong Ashton Atherton Bailey Banks Barker Barlow Bates "
        "Beckett Bellamy Birch Bishop Blake Booth Bradley Briggs Broadbent Buckley Burgess "
        "Butler Carr Chambers Coates Cole Collier Crawford Cross Dawson Dean Dixon Doyle "
        "Duffy Elliott Ellis Farmer Farrow Fenwick Fisher Foster Fox Frost Garner Gibbs "
        "Goodwin Gordon Greenwood Griffiths Hancock Hardy Harper Hartley Hawkins Hayward "
        "Hewitt Holland Horton Howe Hudson Hurst Ingram Jarvis Jennings Kemp Kirby Knight "
        "Lambert Lawson Lowe Mann Mason Metcalfe Middleton Mills Moss Newman Norris Osborne "
        "Owen Page Payne Pearce Perkins Potter Preston Quinn Rees Reynolds Rhodes Rowe "
        "Russell Sanderson Saunders Sharp Simpson Slater Stevens Stone Summers Swift "
        "Tucker Vincent Wade Walsh Warren Webb Wells West Whitehouse Wilkinson Winter Yates",
    ),
    "us": (
        "Alyssa Caitlin Cheyenne Dakota Emily Hailey Jenna Kaitlyn Kendall Lindsey Lauren "
        "Marissa McKenzie Meghan Paige Raven Sierra Sydney Trinity Whitney Bailey Aubrey",
        "Aiden Blake Brody Carter Chandler Cooper Dalton Derek Easton Grayson Hudson Jace "
        "Kendrick Landon Maverick Parker Ryder Tanner Trey Weston Zachary Cameron",
        "Becker Bradford Carlson Chandler Davenport Donovan Fitzpatrick Gallagher Hoffman "
        "Holloway Jacobs Kaufman Keller Larson Lindgren McCoy Mendez Novak Olson Ramirez "
        "Santiago Schwartz Sorensen Steiner Thornton Underwood Vasquez Weinberg Whitaker "
        "Yoder Zimmerman Abernathy Blackwell Crenshaw Delgado Ellison Fairbanks Gutierrez "
        "Hollister Ingersoll Jefferson Kowalski Lancaster Montgomery Nakamura Ortiz "
        "Pennington Quintero Rutherford Stanton Trujillo Valentine Wheeler",
    ),
    "turkish": (
        "Aslı Beyza Ceren Damla Eda Gizem Hande İrem Kübra Meltem Nazlı Pınar Seda Tülay "
        "Yeliz Zehra Arzu Filiz Hülya Şule",
        "Arda Batuhan Cengiz Doğukan Efe Ferhat Gökhan Hakan İlker Levent Mert Necati Ozan "
        "Recep Sinan Taner Ufuk Yasin Zafer Erdem",
        "Altun Bayram Bozkurt Cengiz Duman Erdem Gündüz Işık Kahraman Karakaya Kocabaş "
        "Özçelik Öztürkmen Sönmez Tanrıverdi Toprak Türkmen Uysal Vural Yavuz Yücel Zengin "
        "Akbulut Akın Çakır Demirci Ekinci Gök Karataş Şen",
    ),
    "polish": (
        "Alicja Anna Barbara Elżbieta Halina Jadwiga Krystyna Maria Renata Urszula Wanda "
        "Weronika Julia Oliwia Kinga",
        "Adam Andrzej Artur Henryk Jan Janusz Jerzy Józef Kazimierz Leszek Marek Robert "
        "Ryszard Stanisław Tadeusz",
        "Kaczmarek Czarnecki Zalewski Wróblewski Sadowski Bąk Chmielewski Włodarczyk Borkowski "
        "Czerwiński Sokołowski Szczepański Michalak Kubiak Wilk Lis Mazurek Wysocki Kołodziej "
        "Kaczmarczyk Ostrowski Tomaszewski Pietrzak Marciniak Jasiński Zawadzki Sobczak "
        "Szewczyk Jakubowski Duda",
    ),
    "italian": (
        "Alessia Anna Bianca Camilla Claudia Cristina Daniela Elena Emanuela Gabriella "
        "Giovanna Laura Manuela Monica Nicoletta Patrizia Sara Simona Teresa Vittoria",
        "Alberto Angelo Carlo Claudio Daniele Emanuele Filippo Gabriele Giacomo Leonardo "
        "Massimo Mattia Michele Nicola Pietro Raffaele Roberto Sergio Tommaso Vincenzo",
        "Benedetti Bernardi Bellini Bianco Caputo Carbone Cirillo Coppola Donati Fabbri "
        "Farina Ferri Fiore Gatti Grasso Guerra Marchetti Messina Monti Negri Orlando "
        "Parisi Pace Piras Riva Rizzi Sala Serra Silvestri Testa Valentini Villa",
    ),
    "indian": (
        "Aarti Bhavna Chitra Gayatri Harpreet Jaspreet Kavita Manpreet Pallavi Rekha Ritu "
        "Sanjana Smita Sneha Usha Vandana Aditi Riya Simran Zoya",
        "Abhishek Ajay Akash Deepak Gaurav Gurpreet Harjit Jaswinder Kunal Mahesh Naveen "
        "Pradeep Rajiv Sandeep Sunil Tarun Varun Vinod Yash Ishaan",
        "Ahluwalia Anand Arora Bhatia Chawla Dhillon Dutta Ghosh Grewal Jain Kaur Khanna "
        "Mahajan Mishra Pandey Prasad Saxena Sethi Shetty Sinha Sood Srinivasan Tandon "
        "Thakur Trivedi Varma Verma Yadav Gill Sandhu",
    ),
    "irish": (
        "Ailbhe Aoibhinn Bláthnaid Caitríona Dearbhla Éabha Laoise Muireann Orlaith Sorcha",
        "Ailill Cormac Dónal Eoghan Feidhlim Killian Odhrán Rónán Senan Tomás",
        "Barry Buckley Callaghan Carroll Clancy Corcoran Cronin Cusack Dempsey Dillon "
        "Donnelly Egan Farrell Fennelly Healy Hogan Kavanagh Keogh Lenihan Lyons Maguire "
        "McGrath McNamara Moran Mulligan Noonan O'Donnell O'Dwyer O'Mahony O'Shea Phelan "
        "Power Regan Scanlon Sheehan Tierney Twomey Whelan",
    ),
    "nigerian": (
        "Adaobi Chinwe Ebele Ijeoma Kemi Modupe Ngozika Omolara Titilayo Uchechi",
        "Chijioke Damilola Ebuka Gbenga Kayode Nonso Olumide Rotimi Tobi Yemi",
        "Adeniyi Afolabi Ajayi Akande Alabi Babatunde Chukwuma Ekwueme Ezeh Fashola Ibe "
        "Ilesanmi Nnadi Nwankwo Obiora Odunsi Ogbonna Okoro Olatunji Onuoha Oyebanji",
    ),
    "chinese": (
        "Ai Bing Dan Hong Jiayi Li Na Ping Shu Xin Yue Zhen",
        "Bo Cheng Feng Gang Jian Kai Peng Qiang Rui Wen Xiang Yi",
        "Cai Dai Ding Du Fan Fu Jiang Jin Kong Lu Lü Pan Peng Shen Song Tan Tian Wei Yu "
        "Yuan Zeng Kwok Ho Ng Yip Chow",
    ),
    "scottish": (
        "Ainsley Beathag Kenna Marsaili Morven Rhona Seonaid Una",
        "Blair Campbell Dougal Finlay Innes Kenneth Malcolm Torquil",
        "Abernethy Baird Crichton Dalgleish Forsyth Galbraith Imrie Lamont MacAulay "
        "MacDougall MacGregor MacIver MacPherson Menzies Moffat Ogilvie Rennie Strachan",
    ),
    "caribbean": (
        "Shanelle Kerry-Ann Tanisha Marcia Sherene Latoya Nadine Simone Dionne Claudette",
        "Delroy Winston Leroy Desmond Kemar Andre Jermaine Clive Errol Devon",
        "Campbell-Brown Grant Barrett McFarlane Blake Lindo Ebanks Bogle Chin-Quee Facey "
        "Gayle Hibbert Lyn Morrison Powell Samuels Thompson-Reid Wint",
    ),
    "brazilian": (
        "Ana-Clara Larissa Fernanda Juliana Gabriela Thaís Letícia Vitória Priscila Renata",
        "Thiago Lucas Felipe Gustavo Rafael Bruno Leandro Caio Vinícius Henrique",
        "da_Silva dos_Santos Almeida Barbosa Cavalcanti Correia Freitas Moura Nascimento "
        "Ribeiro Rocha Souza Vieira Medeiros",
    ),
}
for _o, (_f, _m, _s) in EXTRA.items():
    if _o in ORIGINS:
        _F, _M, _S = ORIGINS[_o]
        ORIGINS[_o] = (_F + " " + _f, _M + " " + _m, _S + " " + _s)
    else:
        ORIGINS[_o] = (_f, _m, _s)
_EN["caribbean"] = 1.5
_EN["brazilian"] = 0.5
_US["caribbean"] = 2
_DE["brazilian"] = 0.5
