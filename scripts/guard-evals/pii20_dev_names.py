"""Name lists of the twentieth PII bank, dev half: given names and surnames of 36 origins,
written for this bank, with origin weights per language and a syllable generator for invented
names. An underscore in a surname stands for a space (`van_der_Linde` -> `van der Linde`)."""

# origin: (male given names, female given names, surnames)
ORIGINS = {
    "german": (
        "Andreas Bernd Christian Daniel Dennis Dirk Florian Frank Georg Gerhard Hannes Heiko Helmut "
        "Jan Jens Jörg Jonas Julian Kai Karsten Klaus Lars Lukas Malte Marco Markus Matthias Moritz "
        "Niklas Ole Olaf Paul Ralf Rüdiger Sascha Sebastian Stefan Sven Thorsten Tim Tobias Torben "
        "Uwe Volker Wolfgang Finn Henrik Benedikt Ansgar Detlef Eckhard Friedhelm Hartmut Ingo Joachim "
        "Konrad Leonhard Manfred Norbert Reinhard Siegfried Till Ulrich Wilfried Arne Bastian Carsten",
        "Anja Anke Annika Antje Birgit Britta Christiane Claudia Doris Elke Frauke Gabriele Gesine "
        "Hannah Heike Ilse Ines Jana Janina Jutta Karin Katrin Kerstin Lea Lena Maike Mareike Nadine "
        "Nicole Petra Regina Sabine Sandra Silke Simone Svenja Tanja Ute Vanessa Wiebke Annegret "
        "Brunhilde Dagmar Edeltraud Friederike Gudrun Hildegard Irmgard Jule Kornelia Liesel Marlene "
        "Ortrud Renate Sieglinde Swantje Theda Ulrike Waltraud Imke Femke Merle Henrike Leonie",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
        "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
        "Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
        "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller "
        "Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig "
        "Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich "
        "Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas "
        "Voigt Sauer Arnold Wolff Pfeiffer Ostendorf Hinrichs Brinkmann Terhorst Overbeck Hülsmann "
        "Kettler Roggenkamp Wiesehöfer Dannemann Poppinga Janssen Wübbena Eilers Thiessen Harms "
        "von_Bredow von_der_Heide zu_Stolberg von_Arnim Berg",
    ),
    "austrian": (
        "Alois Bernhard Christoph Dominik Ferdinand Gottfried Hubert Johann Josef Leopold Lorenz "
        "Maximilian Raphael Valentin Wendelin Xaver Florian Gregor Herbert Kilian Rupert Stefan Thaddäus",
        "Agnes Elisabeth Franziska Gertraud Hermine Johanna Katharina Leopoldine Magdalena Notburga "
        "Rosalia Theresia Veronika Walburga Barbara Christl Resi Marlies Hemma Kunigunde Sophie Valerie",
        "Gruber Huber Wagner Pichler Moser Steiner Mayr Hofer Leitner Berger Fuchs Eder Fischer "
        "Schwarz Wimmer Brunner Lechner Auer Aigner Wallner Egger Reiter Haas Baumgartner Holzer "
        "Strasser Plank Hager Riegler Fellner Ebner Lindner Stadler Brandstätter Pöltl Oberhuber "
        "Kronberger Hinterleitner Zechner Gschwandtner Höllwarth Pfandl Ortner Kofler Rainer",
    ),
    "swiss": (
        "Beat Urs Reto Ueli Peider Gian Fadri Jürg Ruedi Thömu Mattia Noah Livio Dario Andri Corsin",
        "Regula Vreni Verena Cornelia Rahel Seraina Ladina Mirjam Annina Flurina Barbla Nadja Corina",
        "Meier Keller Brunner Baumann Frei Gerber Widmer Zürcher Bühler Steiner Hug Suter Bachmann "
        "Graf Ammann Egli Hostettler Lüthi Marti Rüegg Schürch Tschudi Wyss Zbinden Allemann "
        "Gisler Imhof Kälin Aebischer Stucki Burri Flückiger Hürlimann Oberholzer Schläpfer Blumer "
        "Caflisch Bezzola Cadruvi Tscharner Sprecher_von_Bernegg",
    ),
    "turkish": (
        "Ahmet Mehmet Mustafa Emre Burak Cem Deniz Eren Kaan Murat Serkan Tolga Yusuf Oğuz Hakan "
        "Baran Furkan Onur Kerem Volkan Ercan Selim Umut",
        "Ayşe Elif Zeynep Merve Büşra Esra Derya Gül Hatice Melek Özlem Selin Sibel Tuba Yasemin "
        "Ebru Gamze Hülya Nur Sevgi Aylin Dilara Ece",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aktaş Korkmaz Bulut Tekin "
        "Karaca Uçar Akgül Yavuz Toprak Sarı Ateş Bozkurt Duman Keskin Acar Tunç",
    ),
    "polish": (
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Łukasz Jakub Wojciech Mariusz Dariusz "
        "Bartosz Kamil Rafał Szymon Przemysław Zbigniew",
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Monika Dorota Beata Aleksandra Justyna "
        "Agata Zofia Wiktoria Marta Urszula Izabela Grażyna",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
        "Pawłowski Michalski Nowakowska Kowalska Wiśniewska Zielińska Jabłoński Wróbel Sikora "
        "Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Wieczorek Jaworski Majewski Olszewski",
    ),
    "italian": (
        "Alessandro Andrea Davide Federico Francesco Giacomo Giuseppe Lorenzo Luca Marco Matteo "
        "Riccardo Salvatore Simone Stefano Vincenzo Gianluca Pierpaolo",
        "Alessandra Chiara Elena Federica Francesca Giulia Ilaria Laura Martina Paola Roberta "
        "Sara Silvia Valentina Beatrice Caterina Donatella Serena",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Di_Stefano Di_Marco De_Angelis "
        "Lo_Bianco Pellegrino Palumbo Sanna Fabbri",
    ),
    "russian": (
        "Aleksandr Dmitri Sergei Andrei Alexei Maxim Ivan Nikolai Pavel Artjom Wladimir Jewgeni "
        "Konstantin Roman Denis Igor",
        "Anastasia Jekaterina Natalja Olga Swetlana Tatjana Irina Jelena Marina Xenia Darja "
        "Ljudmila Walentina Polina Alina Galina",
        "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow "
        "Morosow Wolkow Alexejew Lebedew Semjonow Jegorow Pawlow Kozlow Stepanowa Orlowa "
        "Nikitina Sacharowa Belowa Medwedewa Romanowa",
    ),
    "ukrainian": (
        "Oleksandr Andrij Bohdan Dmytro Mykola Taras Wolodymyr Jurij Serhij Oleh Ostap Petro",
        "Oksana Olena Nataliia Iryna Halyna Tetiana Solomiia Yulia Kateryna Mariia Daryna Sofiia",
        "Melnyk Shevchenko Bondarenko Kovalenko Boiko Tkachenko Kravchenko Oliinyk Shevchuk "
        "Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko "
        "Klymenko Pavlenko Levchenko Kharchenko Hrytsenko Yatsenko",
    ),
    "arabic": (
        "Ahmad Mohammed Omar Khaled Youssef Ali Hassan Hussein Karim Tarek Samir Bilal Nabil Rami "
        "Walid Jamal Mahmoud Faris",
        "Fatima Aisha Leila Mariam Nour Rania Salma Yasmin Huda Amira Dina Lina Samira Hanan Rana "
        "Zainab Jana Malak",
        "Al-Hassan Haddad Khalil Mansour Nasser Saleh Hamdan Aziz Farouk Ibrahim Jaber Kassem "
        "Mahmoud Najjar Qasim Rahman Saeed Suleiman Toumi Yassin Zaher El-Amin Abou_Khalil "
        "Darwish Barakat Chehade Bitar Habib",
    ),
    "balkan": (
        "Dragan Goran Ivan Marko Milan Nikola Stefan Zoran Tomislav Mirza Adnan Emir Luka Damir",
        "Ana Ivana Jelena Marija Milica Snežana Vesna Dragana Amra Lejla Ajla Mirela Katarina Nina",
        "Horvat Kovačević Babić Marić Jurić Novak Petrović Jovanović Nikolić Đorđević Ilić Hodžić "
        "Hadžić Begić Mehmedović Kovač Popović Tomić Pavlović Marković Delić Šarić Vuković Radić",
    ),
    "greek": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios Stavros Spyros",
        "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Dimitra Georgia Eirini Despina",
        "Papadopoulos Papadakis Georgiou Nikolaidis Oikonomou Karagiannis Vasileiou Christodoulou "
        "Antoniou Ioannidis Konstantinidis Makris Pappas Dimitriou Alexiou Theodorou",
    ),
    "dutch": (
        "Bram Daan Jeroen Joost Maarten Pieter Ruud Sander Thijs Wouter Sjoerd Bas Niels Gijs",
        "Anouk Femke Inge Lotte Marieke Saskia Sanne Willemijn Esther Fleur Ilse Noor Roos Evi",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder "
        "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
        "van_der_Linden van_der_Sloot Kuipers van_Beek Schouten Vermeulen van_den_Broek Verhoeven",
    ),
    "french": (
        "Antoine Baptiste Clément Étienne François Guillaume Hugo Julien Laurent Mathieu Nicolas "
        "Olivier Rémi Théo Yannick",
        "Amélie Camille Céline Chloé Élodie Émilie Hélène Isabelle Juliette Manon Margaux Nathalie "
        "Sandrine Sophie Valérie",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Mercier Blanc "
        "Chevalier Faure de_la_Fontaine Dupont Lambert Bonnet",
    ),
    "spanish": (
        "Alejandro Carlos Diego Javier Jorge José Manuel Miguel Pablo Raúl Sergio Iñigo",
        "Ana Carmen Cristina Elena Isabel Laura Lucía María Marta Nuria Pilar Rocío",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Hernández "
        "Jiménez Díaz Moreno Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano "
        "de_la_Cruz",
    ),
    "portuguese": (
        "João Tiago Rui Pedro Nuno Gonçalo Duarte Vasco Rodrigo Bruno",
        "Inês Beatriz Mariana Joana Rita Catarina Leonor Matilde Teresa Filipa",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
        "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho",
    ),
    "english": (
        "Oliver George Harry Jack Jacob Charlie Thomas Oscar William James Henry Alfie Joshua Freddie "
        "Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas Mohammed Logan "
        "Theo Harrison Benjamin Mason Sebastian Finley Adam Dylan Zachary Riley Teddy Toby Reuben "
        "Nigel Graham Trevor Clive Malcolm Rupert Giles Barnaby Hugh Simon Gareth Ian Neil Stuart "
        "Will Rowan Jasper Felix Hunter",
        "Olivia Amelia Isla Ava Emily Isabella Mia Poppy Ella Lily Evie Sophie Grace Jessica Ruby "
        "Freya Florence Alice Charlotte Matilda Scarlett Daisy Phoebe Imogen Harriet Rosie Eleanor "
        "Beatrice Hannah Lucy Abigail Millie Esme Molly Holly Hope Bethany Gemma Joanne Karen Tracey "
        "Deborah Pauline Gillian Rosemary Hazel Philippa Verity Clemency May Rose Summer Willow",
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson "
        "Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson "
        "Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen "
        "James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook "
        "Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson "
        "Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali "
        "Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell "
        "Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur "
        "Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks "
        "West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose "
        "Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster "
        "Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland "
        "Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah "
        "Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross "
        "Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson "
        "Curtis Hopkins O'Connor Harper Coleman Watkins Moss Holt Whitworth Ashcroft Pemberton "
        "Featherstone Thistlethwaite Braithwaite Entwistle Higginbottom Ormerod Postlethwaite "
        "Smith-Jones Carrington-Smythe Fairfax-Lucy",
    ),
    "us": (
        "Aiden Brandon Brayden Caleb Carter Chase Cody Colton Dakota Dustin Garrett Grayson Hudson "
        "Jaxon Jayden Kyle Landon Levi Lincoln Marcus Nolan Parker Ryder Tanner Travis Tyler Wyatt "
        "Bryce Cooper Easton Hayden Jace Kendall Maverick Rhett Tucker Dwayne Earl Randy Chad",
        "Addison Aubrey Avery Brooklyn Chelsea Courtney Destiny Hailey Kaitlyn Kayla Kennedy Kylie "
        "Lindsey Mackenzie Madison Makayla Peyton Savannah Shelby Sierra Skylar Taylor Tiffany "
        "Whitney Brittany Crystal Amber Heather Misty Jolene Dolores Bonnie Kimberly Latoya Shaniqua "
        "Jasmine Aaliyah Harper",
        "Johnson Miller Davis Garcia Rodriguez Wilson Martinez Anderson Jackson Thompson Moore "
        "Martin Lee Perez Thomas Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen "
        "Hernandez Nguyen Flores Torres Rivera Gomez Mitchell Roberts Phillips Campbell Evans "
        "Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers "
        "Gutierrez Ortiz Morgan Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson "
        "Watson Brooks Chavez Wood Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders "
        "Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Butler Barnes Fisher "
        "Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Gonzales "
        "Washington Jefferson Kowalczyk Schwartz Lindqvist Vanderbilt Delacroix Fitzgerald",
    ),
    "irish": (
        "Seán Ciarán Cian Oisín Darragh Pádraig Eoin Colm Niall Fionn Tadhg Cathal Donal Ruairí",
        "Aoife Siobhán Niamh Saoirse Caoimhe Orla Clodagh Sinéad Róisín Aisling Eimear Gráinne Úna Deirdre",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
        "Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly "
        "Dunne Brennan Burke Collins Fitzpatrick Kavanagh Ó_Súilleabháin Mac_Giolla_Phádraig "
        "Nic_Aodha Ní_Bhriain",
    ),
    "scottish": (
        "Angus Callum Duncan Ewan Fraser Hamish Iain Lachlan Murdo Ruaridh Alasdair Gregor Calum",
        "Ailsa Catriona Eilidh Fiona Isla Kirsty Morag Mhairi Shona Kirsteen Iona Skye Elspeth",
        "MacDonald Campbell Stewart Robertson Thomson Anderson MacLeod MacKenzie Fraser Ross "
        "McIntyre MacGregor Murray Cameron Ferguson Grant Sinclair Munro Buchanan McKay McLean "
        "Drummond Lindsay Crawford Kerr Urquhart Menzies Farquharson",
    ),
    "welsh": (
        "Dafydd Gruffudd Rhys Iwan Emyr Gwilym Huw Aled Owain Tomos",
        "Angharad Bronwen Carys Ffion Gwenllian Lowri Megan Nia Seren Sian",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Pritchard "
        "Llewellyn Vaughan Bevan Powell Prosser ap_Rhys",
    ),
    "indian": (
        "Aarav Arjun Rohan Rahul Vikram Sanjay Anil Amit Karthik Suresh Rajesh Vivek Nikhil Aditya "
        "Harish Pranav Siddharth Manoj Deepak Gaurav",
        "Priya Ananya Aishwarya Divya Kavya Meera Neha Pooja Shreya Sunita Lakshmi Anjali Deepika "
        "Radhika Swati Nandini Isha Tanvi Sneha Kritika",
        "Sharma Verma Gupta Patel Reddy Iyer Nair Menon Rao Pillai Chatterjee Banerjee Mukherjee "
        "Desai Joshi Kulkarni Mehta Shah Kapoor Malhotra Chopra Bhatt Agarwal Srinivasan "
        "Krishnamurthy Venkataraman Subramanian Naidu Chaudhary Ghosh Bose Sen Dasgupta Trivedi",
    ),
    "pakistani": (
        "Imran Usman Faisal Asif Hamza Zeeshan Bilal Kashif Adeel Junaid",
        "Ayesha Sana Hira Mehwish Saima Zara Fatima Iqra Nida Rabia",
        "Qureshi Butt Chaudhry Malik Mirza Raza Siddiqui Sheikh Abbasi Awan Bhatti Javed",
    ),
    "nigerian": (
        "Chinedu Emeka Obinna Tunde Babatunde Olumide Segun Chukwuemeka Ikenna Femi Kelechi Uchenna "
        "Adebayo Oluwaseun Ifeanyi Nnamdi",
        "Adaeze Chiamaka Ngozi Funmilayo Folake Yetunde Oluwakemi Chioma Ifeoma Nneka Blessing "
        "Temitope Amaka Zainab Titilayo Ebere",
        "Okafor Okonkwo Adeyemi Adebayo Okeke Nwosu Eze Obi Balogun Oyelaran Ogunleye Abubakar "
        "Chukwu Nwachukwu Olawale Akinyemi Ibekwe Onyekachi Adewale Ogunbiyi Uzoma Okoro",
    ),
    "ghanaian": (
        "Kwame Kofi Kwabena Yaw Kojo Kwaku Kwesi Fiifi",
        "Ama Akosua Abena Efua Adwoa Akua Yaa Afua",
        "Mensah Boateng Owusu Asante Osei Agyeman Appiah Darko Ofori Acheampong Amoah Antwi",
    ),
    "chinese": (
        "Wei Jun Hao Lei Ming Qiang Tao Yong Jian Bo Zhiwei Haoran Yichen Zihan Kai",
        "Li Na Jing Fang Xiu Ying Mei Lan Xiaoling Yuting Hui Qian Jiayi Shu",
        "Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng "
        "Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng",
    ),
    "korean": (
        "Min-jun Seo-jun Ji-hoon Hyun-woo Dong-hyun Jae-won Sung-min Tae-yang",
        "Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah Ye-jin Eun-ji Hye-jin",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang",
    ),
    "japanese": (
        "Haruto Sota Yuto Kenji Takeshi Hiroshi Daiki Ren Kaito Shota",
        "Yui Sakura Hina Aoi Yuki Haruka Misaki Naoko Emi Ayaka",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu",
    ),
    "vietnamese": (
        "Minh Tuan Hung Duc Quang Long Khanh Thanh Phuc",
        "Linh Thao Huong Ngoc Trang Phuong Hanh Thuy Anh",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong",
    ),
    "filipino": (
        "Jose Mark Paolo Rommel Jericho Rodel Arnel Jomar",
        "Maricel Rowena Jocelyn Marites Liezel Kristine Arlene Jonalyn",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Dela_Cruz Villanueva Aquino "
        "Ramos Castillo Manalo Dizon Pangilinan",
    ),
    "persian": (
        "Reza Amir Dariush Farhad Kian Babak Behrouz Cyrus Arash Navid",
        "Shirin Parisa Niloufar Mahsa Leyla Roya Sara Azadeh Golnar Yasaman",
        "Hosseini Mohammadi Ahmadi Karimi Rezaei Moradi Jafari Rahimi Tehrani Shirazi Farahani "
        "Esfahani Kazemi Sadeghi",
    ),
    "kurdish": (
        "Rojhat Serhat Azad Baran Diyar Welat Rezan Berzan",
        "Rojda Berfin Zelal Dilan Hêvî Jiyan Ronahî Nazdar",
        "Barzani Dogan Aksoy Zana Ekinci Demirtaş Tunç Bozan Şêx Amedi",
    ),
    "czech": (
        "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Vojtěch Ondřej",
        "Jana Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Markéta Zuzana",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný "
        "Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček",
    ),
    "hungarian": (
        "László István József Zoltán Sándor Gábor Attila Tamás Balázs Csaba",
        "Mária Erzsébet Katalin Ildikó Zsófia Krisztina Andrea Réka Eszter Boglárka",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
        "Juhász Lakatos Mészáros",
    ),
    "romanian": (
        "Andrei Mihai Ionuț Alexandru Bogdan Cristian Răzvan Florin Sorin Vlad",
        "Ioana Andreea Elena Mihaela Alexandra Roxana Raluca Cristina Oana Bianca",
        "Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Matei Constantin Munteanu "
        "Dinu Georgescu Marinescu Tudor",
    ),
    "swedish": (
        "Erik Lars Karl Anders Johan Per Nils Mikael Björn Gustav Axel Oskar",
        "Anna Eva Karin Kristina Ingrid Astrid Elin Maja Linnea Saga Frida Sigrid",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Pettersson Lindberg Lindqvist Bergström Sjöberg Åkesson",
    ),
    "danish": (
        "Mads Rasmus Søren Jesper Mikkel Frederik Anders Emil",
        "Mette Pernille Signe Line Camilla Ida Freja Sofie",
        "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
        "Madsen Kristensen Østergaard Mikkelsen",
    ),
    "finnish": (
        "Juha Mikko Timo Jukka Antti Matti Ville Janne Petri Eero",
        "Anneli Päivi Tuula Minna Sanna Satu Riikka Aino Helmi Venla",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen",
    ),
    "eastafrican": (
        "Abdi Mohamed Tesfaye Dawit Yonas Wanjiru Kamau Otieno Mekonnen Abebe",
        "Hodan Amina Fadumo Hiwot Selam Tigist Wambui Akinyi Muthoni Aster",
        "Abdullahi Warsame Farah Hassan Mohamud Tadesse Bekele Girma Haile Kiprop Kipchoge "
        "Mwangi Odhiambo Njoroge Wekesa",
    ),
}

# origin weights per language
WEIGHTS = {
    "de": [
        ("german", 36), ("austrian", 10), ("swiss", 9), ("turkish", 9), ("polish", 6), ("italian", 5),
        ("russian", 4), ("ukrainian", 4), ("arabic", 4), ("balkan", 4), ("greek", 2), ("kurdish", 2),
        ("dutch", 1), ("french", 1), ("spanish", 1), ("portuguese", 1), ("persian", 1.5), ("czech", 1),
        ("hungarian", 1), ("romanian", 1.5), ("vietnamese", 1), ("english", 1), ("swedish", 0.5),
        ("danish", 0.5), ("finnish", 0.3), ("eastafrican", 0.7), ("chinese", 0.5), ("indian", 0.5),
        ("nigerian", 0.3), ("ghanaian", 0.2), ("us", 0.3), ("irish", 0.2),
    ],
    "en": [
        ("english", 24), ("us", 20), ("irish", 8), ("scottish", 6), ("welsh", 2), ("indian", 8),
        ("pakistani", 3), ("nigerian", 5), ("ghanaian", 2), ("chinese", 4), ("korean", 1.5),
        ("japanese", 1), ("vietnamese", 1), ("filipino", 2), ("eastafrican", 1.5), ("polish", 1.5),
        ("italian", 1.5), ("spanish", 1.5), ("german", 1.5), ("french", 1), ("dutch", 1),
        ("greek", 0.5), ("arabic", 1), ("persian", 0.5), ("turkish", 0.5), ("portuguese", 0.5),
        ("romanian", 0.5), ("swedish", 0.5), ("danish", 0.3), ("finnish", 0.2), ("hungarian", 0.3),
        ("czech", 0.3), ("russian", 0.5), ("ukrainian", 0.5), ("balkan", 0.3), ("austrian", 0.3),
        ("swiss", 0.3), ("kurdish", 0.2),
    ],
}

# names that are also ordinary words; used as names (labelled) and as words in clean texts
WORD_SURNAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Bauer", "Schneider", "Vogel", "Winter", "Sommer", "König",
           "Kaiser", "Berg", "Stein", "Jung", "Frank", "Lang", "Engel"],
    "en": ["Baker", "Hunter", "Miller", "Young", "Stone", "Fox", "Wood", "Rose", "Cook", "Bird",
           "Long", "Hart", "Day", "Page"],
}
WORD_GIVEN = {
    "de": [("m", "Frank"), ("f", "Rosa")],
    "en": [("f", "Grace"), ("f", "May"), ("f", "Hope"), ("m", "Will"), ("f", "Rose"),
           ("f", "Summer"), ("m", "Hunter")],
}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def _uniq(seq):
    out, seen = [], {}
    for x in seq:
        if x not in seen:
            seen[x] = 1
            out.append(x)
    return out


TABLE = {o: (_split(m), _split(f), _split(s)) for o, (m, f, s) in ORIGINS.items()}
ALL_GIVEN = _uniq([n for o in TABLE for n in TABLE[o][0] + TABLE[o][1]])
ALL_SURNAMES = _uniq([n for o in TABLE for n in TABLE[o][2]])
_KNOWN = {n.lower(): 1 for n in ALL_GIVEN + ALL_SURNAMES}

# more names per origin (same layout as ORIGINS)
EXTRA = {
    "german": ("Achim Axel Björn Dietmar Egon Falk Gunnar Holger Jochen Lutz Mirko Nils Rainer Rolf Thilo "
               "Veit Wendelin Burkhard Götz Hinnerk Jannik Lennart Mattes Ruben Simon Timo Vincent Wilko",
               "Astrid Bettina Carola Dörte Edda Gisela Heidrun Ingrid Jessika Kirsten Lotte Martina Nele "
               "Rieke Saskia Sünje Tabea Uta Vera Wilma Xenia Yvonne Antonia Clara Emilia Greta Ida Mathilda",
               "Ahrens Behrens Claßen Dreyer Eggers Feldmann Gerdes Hansen Iken Jürgens Kruse Lüdtke Mertens "
               "Nolte Oltmanns Petersen Quast Rehder Sievers Tönjes Ulrichs Vosskamp Wessels Ziesemer Abel "
               "Bode Dahl Ebert Fink Gärtner Hering Ihle Jost Kolb Lenz Merkel Naumann Opitz Preuß Reuter "
               "Sander Timm Unger Vetter Wendt Zeller Hofstetter-Lang Lindemann Rademacher Steinbach "
               "Tiedemann Wetzel Ackermann Baumeister Dörfler Eberhardt Faßbender Grünewald Habermann"),
    "english": ("Alistair Bernard Crispin Desmond Everett Fergus Gideon Horace Ivor Jolyon Kenneth Leonard "
                "Miles Nathaniel Percy Quentin Roland Sidney Tristan Vaughan Wilfred Ashley Callum Duncan",
                "Agatha Bridget Cecily Dorothy Edith Fenella Georgina Henrietta Iris Jemima Kathleen Lydia "
                "Marjorie Nancy Octavia Prudence Rosalind Sylvia Thea Ursula Violet Winifred Zara Tamsin",
                "Abbott Ainsworth Bancroft Blackwood Cartwright Chadwick Dalton Eastwood Fairbairn Garside "
                "Hargreaves Ingram Jessop Kirkland Lockwood Mortimer Northcott Oakley Pickering Radcliffe "
                "Sowerby Thornton Underwood Varley Wainwright Yardley Ashworth Barraclough Crowther Dobson "
                "Eccles Fenwick Gledhill Hollings Illingworth Kitching Lumb Metcalfe Naylor Ogden Pilling "
                "Rawlinson Sugden Tattersall Uttley Whiteley Brockbank Cheetham Dewhurst Ellwood"),
    "us": ("Bradley Cameron Donovan Everett Forrest Gage Harlan Jensen Kendrick Lamar Marshall Nash Porter "
           "Quincy Reid Sawyer Tate Wade Zane Beau Cash Dallas Emmett Holden",
           "Alexis Bailey Cassidy Delaney Emery Faith Gracie Haven Jordyn Kinsley Lacey Marley Nevaeh Paisley "
           "Reagan Sadie Tatum Willa Ximena Yolanda Zoey Charlene Darlene Rhonda",
           "Abernathy Beauchamp Calloway Dempsey Ellison Faulkner Gallagher Holloway Jennings Kincaid "
           "Lancaster McAllister Nash Overton Prescott Quinlan Rutherford Sinclair Thornburg Underhill "
           "Whitaker Yancey Zimmerman Baldwin Cantrell Dunlap Emerson Fulton Gentry Hatfield Irwin "
           "Jamison Kirby Lowell Mayfield Norwood Odom Pruitt Redmond Sheffield Tillman Vance Winslow"),
    "turkish": ("Alper Berk Cengiz Doruk Engin Ferhat Gökhan Halil İlker Kadir Levent Mert Necati Orhan "
                "Recep Sinan Taner Uğur Yasin Zafer",
                "Arzu Banu Canan Didem Emine Feride Gülay Hande İpek Kübra Leyla Meltem Nazlı Pınar Rukiye "
                "Seda Tülay Ümran Yeliz Zehra",
                "Akın Altun Avcı Bayram Bilgin Coşkun Çakır Dinç Eren Gök Işık Kaplan Karakaya Kocabaş Oral "
                "Özer Sönmez Taş Tuna Turan Ünal Yalçın Yüksel Zengin Aksu Balcı Demirci Erdem Güler"),
    "italian": ("Antonio Bruno Carlo Dario Emanuele Fabio Gabriele Leonardo Massimo Nicola Paolo Roberto "
                "Sergio Tommaso Umberto", "Angela Bianca Carla Daniela Eleonora Gianna Lucia Marina Nadia "
                "Ornella Patrizia Rita Stefania Teresa Vittoria",
                "Amato Bellini Cattaneo D'Amico Esposti Farina Gatti Guerra Lombardo Monti Orlando Parisi "
                "Riva Sala Testa Valentini Vitale Zanetti Benedetti Carbone De_Santis Ferri Grasso Marchetti"),
    "polish": ("Adam Andrzej Artur Damian Emil Filip Hubert Igor Jacek Konrad Leszek Maciej Patryk Robert",
               "Alicja Barbara Danuta Elżbieta Halina Iwona Jadwiga Karolina Lucyna Natalia Patrycja Renata",
               "Adamczyk Bielecki Chmielewski Dudek Frankowski Górski Jasiński Kaczmarek Kubiak Lis Maciejewski "
               "Nowicki Pawlak Rutkowski Sadowski Walczak Zając Czarnecki Kołodziej Stępień"),
    "indian": ("Abhishek Ajay Ashok Dinesh Girish Kiran Mahesh Naveen Prakash Ravi Sandeep Varun Yash",
               "Aarti Bhavna Chitra Geeta Hema Jyoti Kamala Madhuri Nisha Rekha Shalini Usha Vidya",
               "Acharya Bhattacharya Dutta Gowda Hegde Jain Kamath Mishra Pandey Saxena Sinha Thakur "
               "Tiwari Upadhyay Yadav Arora Bajaj Dhillon Grewal Sandhu"),
    "irish": ("Brendan Conor Declan Dermot Fergal Kieran Lorcan Shane", "Bríd Ciara Dearbhla Fionnuala Máire "
              "Nuala Órla Sorcha", "Boyle Cullen Dolan Farrell Hegarty Keane Mulligan Nolan O'Donnell "
              "O'Mahony Sheehan Tierney Whelan Flanagan"),
    "nigerian": ("Ayodele Chidi Dayo Kunle Obafemi Olusegun Tobi Yinka", "Bukola Damilola Ezinne Ifunanya "
                 "Kemi Nkechi Omolara Simisola", "Adeleke Afolabi Bello Danjuma Eniola Fashola Igwe Lawal "
                 "Nnadi Obi-Okoye Ojo Salami"),
    "arabic": ("Adel Basil Hamza Imad Majid Nizar Ziad", "Amal Farah Ghada Hiba Iman Nadia Reem",
               "Al-Masri Bakri Daher Ghanem Hijazi Khoury Maalouf Sabbagh Shami Tannous"),
    "austrian": ("Engelbert Hansjörg Ludwig Sepp Vinzenz", "Annemarie Burgi Gerlinde Zenzi Waltraud",
                 "Aichinger Brugger Danzer Grabner Haslinger Kogler Mitterer Pfeifer Rauscher Sturm "
                 "Unterberger Wallner-Huber Zauner Grünwald"),
    "swiss": ("Fabian Jonas Lorenz Nico Samuel Silvan", "Chiara Jana Lara Nina Selina Tamara",
              "Affolter Bärtschi Christen Dällenbach Fankhauser Gasser Inäbnit Jenni Kuster Moser-Kälin "
              "Probst Rohner Stämpfli Wüthrich"),
}
for _o, (_m, _f, _s) in EXTRA.items():
    _a, _b, _c = TABLE[_o]
    TABLE[_o] = (_uniq(_a + _split(_m)), _uniq(_b + _split(_f)), _uniq(_c + _split(_s)))
ALL_GIVEN = _uniq([n for o in TABLE for n in TABLE[o][0] + TABLE[o][1]])
ALL_SURNAMES = _uniq([n for o in TABLE for n in TABLE[o][2]])
_KNOWN = {n.lower(): 1 for n in ALL_GIVEN + ALL_SURNAMES}

_ON = {
    "de": ["b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "r", "s", "sch",
           "st", "t", "w", "z"],
    "en": ["b", "bl", "c", "d", "dr", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh",
           "t", "th", "v", "w"],
}
_VO = ["a", "e", "i", "o", "u", "a", "e", "ei", "ou", "ia"]
_CO = ["", "", "n", "r", "l", "m", "s", "nd", "rt", "ck", "th", "ld"]
_END_M = ["o", "an", "el", "er", "in", "us", "ek", "ard"]
_END_F = ["a", "ina", "ela", "ine", "ia", "ette", "ara"]
_END_S = {"de": ["mann", "er", "inger", "hofer", "berger", "ke", "itz", "rich", "ler"],
          "en": ["ton", "by", "wick", "ley", "more", "field", "ford", "ham", "well"]}

_COMMON = {w: 1 for w in (
    "bauer koch wolf baker hunter grace may will rose hope summer stone fox wood long day page "
    "hart bird young miller cook berg stein jung lang engel winter sommer konig frank order "
    "sale note rand land ford hand band wind mind kind bild geld feld held welt halt bald "
    "mama papa nina kino mode rosa lila auto").split()}


def invented(rng, lang, gender):
    """A name in no list: a given name and a surname from syllables."""
    while True:
        on = _ON[lang]
        g = rng.choice(on) + rng.choice(_VO) + rng.choice(_CO) + rng.choice(on) + rng.choice(
            _END_M if gender == "m" else _END_F)
        s = rng.choice(on) + rng.choice(_VO) + rng.choice(_CO) + rng.choice(_END_S[lang])
        g, s = g.capitalize(), s.capitalize()
        bad = any(x.lower() in _KNOWN or x.lower() in _COMMON for x in (g, s))
        if not bad and 4 <= len(g) <= 10 and 4 <= len(s) <= 12 and "uu" not in g + s:
            return g, s
