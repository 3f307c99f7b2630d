"""Name lists of the dev half of the twenty-first PII bank (written for it, no package).

Per origin: female given names, male given names, surnames (space-separated; `_` stands for a
space inside a surname such as `van_der_Berg`). Weights per language pick the origin of a person.
"""

ORIGINS = {
    "german": (
        "Anna Lena Laura Julia Sarah Lisa Katharina Johanna Marie Sophie Hannah Lea Clara Paula Greta Ida Frieda Charlotte Jana Miriam Sabine Petra Claudia Andrea Birgit Silke Heike Ute Kerstin Anke Stefanie Nicole Melanie Christina Verena Franziska Theresa Luisa Annika Wiebke Maren Svenja Nele Carolin Antje Dörte Gesine Henrike Ilse Renate",
        "Lukas Jonas Leon Felix Maximilian Paul Moritz Jan Tim Tobias Florian Sebastian Stefan Thomas Michael Andreas Markus Christian Matthias Jürgen Klaus Dieter Uwe Bernd Frank Ralf Jörg Holger Torsten Dirk Henning Hauke Malte Jannik Niklas Finn Ole Till Mats Bastian Carsten Detlef Gerd Helmut Rüdiger Volker Wolfgang Kai Jens Lars Hendrik",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Brinkmann Janßen Hansen Petersen Thiessen Ohlsen Wittkowski Gerdes Ahrens Oltmanns Hinrichs Dreher Eisele Bühler Häberle Rapp Kienzle von_Arnim von_der_Heide Freiherr_von_Massow zu_Dohna Kleinschmidt Wiesinger Tiedemann Rademacher Oberhauser",
    ),
    "austrian": (
        "Magdalena Theresia Veronika Barbara Elisabeth Johanna Katrin Romana Birgit Christa Waltraud Gerlinde Hemma Rosalie Valentina Leonie Hannah Anja Karin Martina Ulrike Gudrun Michaela Sonja Marlene Bettina Edith Notburga Resi Lisi",
        "Florian Lukas Matthias Johann Josef Alois Ferdinand Leopold Wolfgang Markus Gernot Reinhard Herbert Gottfried Manfred Engelbert Anton Valentin Jakob Simon Raphael Dominik Clemens Kilian Severin Benedikt Korbinian Hannes Sepp Franz",
        "Gruber Huber Pichler Moser Steiner Hofer Leitner Eder Wallner Aigner Brunner Reiter Mayr Baumgartner Egger Wimmer Lechner Auer Holzer Strasser Unterberger Hörmann Kogler Ebner Zauner Pölzl Kainz Koller Stadler Mairhofer Obermüller Lindner Pock Rauchenberger Kröpfl Stöckl Untersteiner Weinberger Hinteregger Aschauer Gschwandtner Pfandl Haslinger Zehetner Trummer",
    ),
    "swiss": (
        "Seraina Corina Flurina Nadja Mirjam Fabienne Livia Noemi Jael Ladina Lorena Simone Luzia Ramona Manuela Regula Vreni Fränzi Aline Chiara Annina Cornelia Deborah Rahel Salome Tamara Yvonne Jasmin Nathalie Sereina",
        "Urs Beat Reto Ueli Jürg Res Gian Linard Curdin Andrin Dario Nils Adrian Ruedi Kaspar Silvan Elias Fredi Hanspeter Hansruedi Thierry Pascal Cédric Yannick Luca Mauro Remo Sandro Roman Damian",
        "Keller Baumann Frei Gerber Widmer Graf Bühler Kunz Ammann Zürcher Lüthi Bachmann Sutter Marti Tanner Wenger Egli Stucki Gasser Rüegg Wyss Kälin Knecht Imhof Hürlimann Aebischer Brändli Fankhauser Zbinden Gisler Schärer Moos Rohner Tschudi Gisiger Bärtschi Zwahlen Nussbaumer Hächler Schwizer Rüfenacht Caflisch Casutt Derungs Sutter-Kälin",
    ),
    "english": (
        "Olivia Amelia Isla Ava Emily Sophie Grace Lily Freya Ella Poppy Charlotte Evie Jessica Alice Harriet Imogen Rosie Phoebe Eleanor Beatrice Florence Matilda Hannah Lucy Rebecca Victoria Georgina Abigail Megan Natalie Bethany Chloe Katie Holly Joanne Karen Tracey Gemma Hayley",
        "Oliver George Harry Jack Jacob Charlie Thomas Oscar William James Henry Alfie Archie Joshua Freddie Edward Samuel Benjamin Toby Rupert Hugo Alistair Nigel Graham Trevor Gareth Darren Wayne Lee Craig Dominic Simon Stuart Martin Adrian Giles Jeremy Roger Callum",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Harris Lewis Baker Cooper Hill Ward Hughes Turner Parker Carter Edwards Morris Hunter Fletcher Marsh Whitaker Pemberton Ashworth Hargreaves Threlfall Bramley Cartwright Fairclough Sutcliffe Ormerod Pickering Winterbottom Holloway Kingsley May Bishop Chapman Knight Mason Wolfe Fox",
    ),
    "us": (
        "Madison Emma Abigail Ashley Brittany Kayla Taylor Hailey Savannah Brooklyn Aubrey Kennedy Harper Avery Riley Jordan Kelsey Morgan Courtney Lindsey Shelby Destiny Jasmine Autumn Paige Mackenzie Mary_Kate Ann_Marie Peyton Skylar",
        "Tyler Brandon Austin Cody Dylan Hunter Logan Mason Wyatt Caleb Chase Cole Garrett Brady Colton Tanner Bryce Dustin Travis Chad Kyle Derek Troy Brent Jared Shane Randall Dwayne Billy_Ray Jimmy",
        "Miller Davis Garcia Rodriguez Martinez Anderson Thomas Moore Martin Jackson Thompson Harris Young Allen King Scott Nelson Mitchell Campbell Carter Phillips Evans Turner Torres Collins Stewart Morales Murphy Cook Rogers Gutierrez Reed Bailey Bell Howard Ward Cox Peterson Gray Ramirez Watson Brooks Sanders Price Bennett Wood Barnes Henderson Coleman Jenkins Perry Powell Patterson Hughes Flores Washington Butler Simmons Foster Gonzales Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods West Jordan Reynolds Marshall Owens Harrison Gibson Ellis Stephens Tucker Crawford",
    ),
    "irish": (
        "Aoife Niamh Siobhán Caoimhe Saoirse Róisín Orla Clodagh Sinéad Aisling Gráinne Máire Eimear Nuala Deirdre Ciara Fionnuala Bríd Muireann Ailbhe",
        "Seán Ciarán Cian Oisín Darragh Pádraig Eoin Cathal Donnacha Fionn Tadhg Colm Ruairí Diarmuid Declan Fergal Niall Lorcan Senan Conall",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Wilson Dunne Brennan Burke Collins Campbell Clarke Johnston Hughes O'Farrell Fitzgerald Brown Martin Maguire Nolan Flynn Thompson O'Callaghan O'Donnell Duffy Mahony Hegarty Ní_Bhriain Mac_Giolla",
    ),
    "scottish": (
        "Isla Eilidh Kirsty Morag Catriona Fiona Ailsa Mhairi Shona Iona Rhona Ishbel Elspeth Kirsteen Lorna",
        "Hamish Angus Callum Ewan Fraser Euan Alasdair Ruaridh Struan Lachlan Murdo Calum Finlay Gregor Iain",
        "MacDonald McKenzie MacLeod Stewart Robertson Thomson Anderson MacKay Fraser Grant Ross Sinclair Buchanan Cameron Munro Gillespie Drummond Lindsay Kerr McIntyre Ferguson Paterson Sutherland Urquhart Menzies Crichton Dalgleish Galbraith MacGregor McAllister",
    ),
    "welsh": (
        "Cerys Ffion Carys Seren Nia Lowri Bethan Rhiannon Eluned Gwenllian Megan Angharad",
        "Dafydd Rhys Gethin Iwan Owain Emyr Huw Aled Cai Geraint Llŷr Tomos",
        "Jones Williams Davies Evans Thomas Roberts Lewis Hughes Morgan Griffiths Price Pritchard Llewellyn Vaughan Prosser Bowen Powell Parry Jenkins Rees",
    ),
    "indian": (
        "Priya Ananya Aishwarya Kavya Deepika Neha Pooja Shreya Divya Meera Lakshmi Sunita Anjali Nandini Riya Isha Tanvi Sneha Harpreet Gurleen Swati Radhika Pallavi Madhuri Shalini",
        "Arjun Rohan Vikram Aditya Rahul Karthik Siddharth Aarav Vivaan Ishaan Sanjay Rajesh Amit Suresh Manish Anil Harjeet Gurpreet Nikhil Pranav Varun Abhishek Kunal Deepak Mohan",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Desai Joshi Mehta Chopra Kapoor Malhotra Banerjee Chatterjee Mukherjee Das Bose Pillai Krishnan Agarwal Bhatt Trivedi Saxena Verma Sandhu Gill Dhillon Sethi Khanna Naidu Kulkarni",
    ),
    "pakistani": (
        "Ayesha Fatima Zainab Hira Sana Maryam Sadia Rabia Iqra Mehwish Nida Amna",
        "Imran Bilal Usman Hamza Faisal Kamran Adnan Zeeshan Waqas Asif Tariq Shahid",
        "Khan Qureshi Chaudhry Malik Butt Raza Siddiqui Hussain Akhtar Iqbal Javed Mirza Rana Bhatti Awan Sheikh",
    ),
    "nigerian": (
        "Chiamaka Ngozi Adaeze Oluwaseun Funmilayo Yetunde Amaka Ifeoma Chidinma Folake Bukola Temitope Nneka Ebele Zainab Halima Kemi Titilayo",
        "Chukwuemeka Oluwaseun Babatunde Adebayo Emeka Obinna Tunde Olumide Chinedu Ikenna Femi Segun Kelechi Uche Musa Ibrahim Dayo Tobenna",
        "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Obi Adebayo Ogunleye Oyelaran Chukwu Ibekwe Adewale Olawale Nnamdi Okeke Abubakar Bello Danjuma Okoro Afolabi Onyekachi Akinola Ogundipe",
    ),
    "ghanaian": (
        "Akosua Ama Efua Adwoa Abena Afua Yaa Esi Akua Naa",
        "Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Nana Ekow Fiifi",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Acheampong Darko Ofori Amoah Quaye Tetteh Annan",
    ),
    "chinese": (
        "Wei Jing Li_Na Xiaoyu Mei Yan Hui Ying Fang Xin Ruoxi Yutong Meiling Qian Lan",
        "Wei Jun Hao Jie Ming Lei Tao Yong Chen Zhiwei Haoran Yichen Zihao Bo Qiang",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang Feng Deng Cao Wong Chan Leung Cheung Lam Ng",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Ha-eun Soo-ah Yuna Eun-ji Hye-jin Da-eun Ji-hye",
        "Min-jun Seo-jun Do-yun Ji-ho Hyun-woo Jae-won Sung-min Tae-yang Dong-hyun Joon-ho",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang",
    ),
    "japanese": (
        "Yuki Haruka Aoi Sakura Yui Mio Rin Emi Nanami Ayaka",
        "Haruto Sota Yuto Ren Takumi Kenji Hiroshi Daiki Sho Ryota",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura",
    ),
    "vietnamese": (
        "Linh Thu Hoa Lan Mai Ngoc Huong Trang Thao Phuong Anh Hanh",
        "Minh Tuan Duc Hung Quang Long Khanh Huy Thanh Phuc Nam Bao",
        "Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh",
    ),
    "filipino": (
        "Maricel Rowena Jocelyn Lorna Marites Analyn Kristine Rhea Jhoanna Liezl",
        "Rodel Jomar Ramil Arnel Jerome Mark_Anthony Reynaldo Joel Rommel Jayson",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Aquino Ramos Castillo Navarro Soriano Manalo Dizon",
    ),
    "turkish": (
        "Ayşe Fatma Zeynep Elif Emine Hatice Merve Büşra Esra Seda Derya Aylin Gül Selin Yasemin Ebru Hülya Nurcan Sibel Özlem Tuğba Cansu Melek Dilara Ceren",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Kemal Serkan Volkan Cem Tolga Onur Barış Yusuf Oğuz Kaan Enes Erdem Selim Tarkan Deniz",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karakaya Erdoğan Güneş Aksoy Tekin Uçar Bulut Keskin Acar Ateş Kaplan Özer Yavuz Duman Güler Coşkun Taş",
    ),
    "kurdish": (
        "Rojda Berfin Dilan Zilan Avesta Hêvî Nûjiyan Ronahî",
        "Rojhat Azad Baran Dilshad Serhat Welat Hejar Berzan",
        "Bozkurt Zagros Bakir Barzani Hawrami Mardin Ekinci Tunç",
    ),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Magdalena Joanna Monika Aleksandra Natalia Zofia Weronika Justyna Ewelina Dorota Beata Grażyna Marta Paulina Karolina Izabela Jadwiga",
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Grzegorz Mateusz Jakub Wojciech Kamil Bartosz Przemysław Andrzej Dariusz Sławomir Szymon Maciej Radosław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Zając Król Wieczorek Jabłoński Wróbel Majewski Olszewski Stępień Malinowski Górski Rutkowski Sikora Baran Duda Szewczyk Tomaszewski Pietrzak Wróblewska Jasińska",
    ),
    "czech": (
        "Tereza Kateřina Lucie Veronika Petra Hana Eliška Adéla Barbora Markéta",
        "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Ondřej Vojtěch",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král",
    ),
    "italian": (
        "Giulia Chiara Francesca Alessia Martina Federica Valentina Sara Elisa Silvia Giorgia Beatrice Ilaria Serena Roberta Paola Lucia Caterina Rosaria Antonella",
        "Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Riccardo Simone Gabriele Paolo Giovanni Salvatore Vincenzo Antonio Massimo Fabrizio",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Di_Marco Di_Stefano De_Angelis Lo_Bianco La_Rosa D'Amico D'Angelo Bellucci",
    ),
    "spanish": (
        "Lucía María Carmen Laura Marta Paula Elena Sofía Alba Nerea Pilar Rocío Inmaculada Ainhoa Itziar",
        "Javier Alejandro Pablo Álvaro Sergio Jorge Adrián Diego Iñaki Raúl Rubén Íker Manuel Jesús Fernando",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Navarro Torres Domínguez Gil Vázquez Serrano Blanco de_la_Fuente de_la_Cruz del_Río Echeverría Urquiza",
    ),
    "portuguese": (
        "Beatriz Inês Mariana Leonor Matilde Carolina Ana_Rita Joana Rita Catarina",
        "João Tiago Rodrigo Duarte Gonçalo Rui Nuno Afonso Miguel Bernardo",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Carvalho Almeida Ribeiro Pinto da_Silva dos_Santos",
    ),
    "french": (
        "Camille Léa Manon Chloé Inès Juliette Margaux Océane Élodie Amandine Aurélie Solène Clémence Mathilde Marie-Claire Anne-Sophie",
        "Louis Hugo Théo Lucas Mathis Antoine Baptiste Clément Julien Nicolas Guillaume Maxime Quentin Jean-Luc Pierre-Yves Benoît",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet Fontaine Rousseau Blanchard Chevalier de_la_Tour Le_Gall Le_Roux",
    ),
    "dutch": (
        "Sanne Femke Lotte Anouk Fleur Marloes Ilse Eva Romy Noor Maaike Evi Lieke Janneke Mirjam",
        "Daan Bram Sem Thijs Ruben Jeroen Joost Sander Maarten Niels Wouter Pieter Stijn Bas Gijs",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra van_der_Meer van_der_Linden Kok Jacobs van_der_Sloot Verhoeven Kuipers Hoekstra",
    ),
    "russian": (
        "Anastasia Ekaterina Olga Tatiana Natalia Irina Svetlana Yulia Elena Maria Daria Ksenia Polina Alina Vera Lyudmila Galina Marina Oksana Valeria",
        "Alexander Dmitri Sergei Andrei Alexei Ivan Mikhail Nikolai Pavel Vladimir Yuri Maxim Artem Konstantin Roman Boris Oleg Igor Viktor Grigori",
        "Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Kozlov Novikova Morozov Petrova Volkov Solovyova Vasiliev Zaitseva Pavlov Semyonova Golubev Vinogradova Bogdanov Vorobyova Fedorov Mikhailova Belyaev Tarasova Orlov Kiselyova Makarov Andreeva Zakharov Romanova",
    ),
    "ukrainian": (
        "Oksana Olena Iryna Nataliya Kateryna Yulia Halyna Svitlana Tetiana Khrystyna Solomiya Mariya Yaroslava Bohdana Zlata",
        "Oleksandr Andriy Dmytro Serhiy Volodymyr Mykola Taras Bohdan Yaroslav Ostap Vasyl Petro Yuriy Maksym Oleh",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk Marchenko Lysenko Rudenko Savchenko Petrenko Moroz Melnyk Hrytsenko Kovalchuk Boyko Zinchenko Pavlenko Vasylenko",
    ),
    "arabic": (
        "Fatima Aisha Layla Nour Yasmin Mariam Huda Rania Salma Amira Lina Hanan Dina Samira Leila Noura Jamila Reem",
        "Mohammed Ahmad Omar Khaled Youssef Hassan Karim Tarek Sami Walid Ziad Nabil Rami Fadi Bassam Majid Samir Anas",
        "Al-Sayed Haddad Khalil Nasser Mansour Saleh Hamdan Aziz Farouk El-Amin Darwish Ibrahim Yousef Hussein Abbas Al-Masri Khoury Issa Rahman Said Qasim Bakr Shami Najjar Sabbagh Hijazi",
    ),
    "persian": (
        "Shirin Maryam Parisa Niloufar Sara Mahsa Leila Roya Golnaz Azadeh",
        "Reza Ali Amir Mehdi Hossein Dariush Kian Babak Arash Farhad",
        "Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi Jafari Tehrani Sadeghi Rahimi Ghorbani Shirazi Kazemi Farahani",
    ),
    "greek": (
        "Eleni Maria Katerina Georgia Dimitra Sofia Ioanna Vasiliki Despina Anastasia Chrysa Theodora",
        "Giorgos Dimitris Nikos Kostas Yannis Christos Panagiotis Vasilis Stavros Thanasis Spyros Michalis",
        "Papadopoulos Papadakis Georgiou Nikolaou Konstantinidis Ioannidis Vlachos Oikonomou Makris Alexiou Karagiannis Christodoulou Antoniou Pappas",
    ),
    "bcs": (
        "Ana Ivana Marija Jelena Maja Petra Tamara Sanja Mirela Dragana Lejla Amra Emina Vesna",
        "Ivan Marko Luka Nikola Stefan Milan Dragan Goran Zoran Dejan Amir Edin Damir Mirza",
        "Horvat Kovačević Babić Marić Jurić Novak Petrović Jovanović Nikolić Marković Đorđević Stojanović Hodžić Hadžić Begić Delić Mehmedović Kovač Vuković Tomić",
    ),
    "albanian": (
        "Arta Blerta Drita Elira Fjolla Genta Jeta Liridona Vlora Valbona",
        "Arben Besnik Driton Fatos Gentian Ilir Kushtrim Lulzim Valon Agon",
        "Krasniqi Gashi Berisha Morina Hoxha Shala Kelmendi Bytyqi Rexhepi Zeqiri Ahmeti Salihu",
    ),
    "romanian": (
        "Ioana Andreea Elena Mihaela Alexandra Raluca Cristina Roxana Diana Simona",
        "Andrei Alexandru Mihai Ionuț Florin Cristian Bogdan Gabriel Adrian Vlad",
        "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Ciobanu Munteanu Constantinescu Rusu Florea Moldovan",
    ),
    "hungarian": (
        "Zsófia Eszter Réka Katalin Anikó Ildikó Boglárka Dóra",
        "Bence Levente Gergely Zoltán László Tamás Balázs Csaba",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp",
    ),
    "scandinavian": (
        "Ingrid Astrid Freja Linnea Sigrid Maja Elin Ebba Karin Solveig Liv Tuva",
        "Lars Erik Anders Nils Magnus Henrik Olof Sven Bjørn Mikkel Jonas Oskar",
        "Johansson Andersson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström Lindgren Jensen Nielsen Hansen Pedersen Andersen Haugen Solberg",
    ),
    "finnish": (
        "Aino Helmi Siiri Venla Aada Kaisa Tuula Päivi",
        "Juha Mikko Antti Jukka Timo Eero Onni Väinö",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen",
    ),
    "east_african": (
        "Hodan Amina Ifrah Sagal Hibo Selam Meron Hanna Tigist Wanjiru Achieng Nyokabi",
        "Abdirahman Abdullahi Mohamed Liban Dawit Yonas Tesfaye Kibet Otieno Kamau Mwangi Ochieng",
        "Warsame Farah Hassan Jama Abdi Tesfaye Bekele Haile Girma Kiptoo Wafula Njoroge Odhiambo Mutua",
    ),
    "caribbean": (
        "Shanice Tanisha Keisha Renée Marcia Sonia",
        "Delroy Winston Leroy Desmond Marlon Clive",
        "Campbell Brown Williams Thompson Francis Bailey Gayle Beckford Grant McKenzie",
    ),
}

# more names for the large origins (same layout as ORIGINS; merged in origin_lists)
EXTRA = {
    "german": (
        "Angelika Brigitte Christiane Doris Elke Gabriele Hannelore Ingrid Jutta Karla Lieselotte Margarete Monika Nadine Regina Susanne Tanja Ursula Vanessa Yvonne Mareike Merle Finja Lotta Pia Romy Smilla Thea Wilma Edda",
        "Achim Bodo Christoph Eckhard Fabian Gregor Hartmut Ingo Joachim Konrad Lothar Norbert Olaf Patrick Rainer Sönke Timo Ulf Werner Yannick Arne Benno Cord Eike Fiete Gunnar Heiko Knut Meik Thorben",
        "Kramer Böttcher Schütz Wendt Lindemann Hübner Reinhardt Brückner Sander Krug Hesse Bock Rösler Stahl Kunze Wendel Pape Behrens Ebert Thiel Kolb Gärtner Heinze Marx Grimm Ritter Busse Nowak-Schulte Meyer-Landrut Schulte-Döinghaus Baumgärtner Steinbrecher Hollmann Riedel Gebhardt Fiedler Schenk Hauser Henning Rieger Seifert Wirth Körner Langer Noack Kuhlmann Mertens Kessler Hinz Kern Raab Wehner Weigel Eichhorn Drescher Funk Wagenknecht Jahn Ott Lutz Brandl Rehberg Lenz Kraft Wegner Wiese Heller Schubert Vogler Reuter Hecht Buchholz Dittrich Blum Zeller Maurer Adler Haupt Strauß Pfeifer Frey Lindner-Wolff",
    ),
    "english": (
        "Penelope Rosamund Felicity Gwendolyn Hermione Juliet Clementine Millie Daisy Maisie Jasmine Libby Nicola Wendy Pauline Sheila Brenda Lesley Jacqueline Diane",
        "Barnaby Crispin Ptolemy Quentin Reginald Sebastian Tristan Ambrose Lionel Percy Clive Desmond Keith Neil Ian Robin Colin Duncan Malcolm Geoffrey",
        "Atkinson Bradshaw Crowther Dobson Entwistle Gresham Higginbotham Ingham Jessop Kershaw Lockwood Milburn Nuttall Oldroyd Pilkington Rowbotham Stansfield Tattersall Uttley Wainwright Yardley Ackroyd Booth Dyson Firth Garside Holroyd Illingworth Lumb Moorhouse Normanton Priestley Ramsden Shackleton Thackeray Varley Whiteley Broadbent Catterall Dewhurst Haworth Lightfoot Pollard Roebuck Sagar Townend Walmsley Barraclough Blackburn Cheetham Greenwood",
    ),
    "us": (
        "Tiffany Amber Heather Crystal Kristen Megan_Lynn Dakota Sierra Cheyenne Bailey",
        "Trevor Hayden Jaxon Easton Bentley Ryder Grayson Landon Hudson Beau",
        "Hernandez Lopez Gonzalez Wilson Lee Walker Hall Adams Baker Hill Green Nguyen Rivera Roberts Diaz Cruz Ortiz Chavez Castillo Vasquez Kowalczyk Schultz Olson Larson Swanson Lindquist Novak Kozlowski Mahoney McAllister Whitfield Pruitt Holcomb Stoltzfus Yoder Hostetler Beauchamp Thibodeaux Fontenot Boudreaux Landry Hebert Guidry Arceneaux",
    ),
    "turkish": (
        "Gizem Pınar Sevgi Songül Filiz Kübra Zehra Nazlı İrem Beyza",
        "Can Efe Arda Umut Sinan Levent Erkan Çağlar Gökhan Taner",
        "Sarı Yücel Bayram Erdem Türk Akın Altun Güven Sezer Kocabaş Karadeniz Uysal Yalçın Çakır Bozkurt Özgür Kahraman Tuncer Avcı Aktaş Bilgin Karataş Işık Akgül Tosun",
    ),
    "polish": (
        "Anna_Maria Urszula Halina Krystyna Iwona Renata Agata Kinga Oliwia Wiktoria",
        "Adam Robert Artur Damian Hubert Jarosław Leszek Zbigniew Ryszard Karol",
        "Zawadzki Sadowski Chmielewski Czerwiński Sobczak Borkowski Adamczyk Głowacki Urbański Lis Kaczmarek Czarnecki Sawicki Dudek Kubiak Wilk Pietrzyk Kalinowski Ostrowski Przybylski",
    ),
    "italian": (
        "Alessandra Eleonora Gaia Noemi Aurora Carla Donatella Loredana Ornella Patrizia",
        "Alberto Enrico Filippo Leonardo Nicola Pietro Raffaele Tommaso Umberto Claudio",
        "Pellegrini Palumbo Sanna Fabbri Valentini Cattaneo Testa Grasso Marchetti Sala Villa Farina Ferri Bassi Cristiani Monti Orlando Mazza Benedetti Parisi",
    ),
    "arabic": (
        "Ghada Hiba Inas Maha Mona Rasha Suha Zeina",
        "Ayman Bilal Hamza Ismail Jamal Marwan Nizar Tamer",
        "Awad Bitar Dabbagh Habib Jaber Kassem Maalouf Nassar Qadri Rizk Shaheen Tawfik Zayed Zoubi",
    ),
    "russian": (
        "Anna Yevgenia Larisa Nadezhda Zoya Inna Raisa Veronika",
        "Anatoli Gennadi Leonid Stanislav Vitali Yevgeni Ruslan Kirill",
        "Gusev Titova Komarov Frolova Baranov Zhukova Sorokin Kovalyova Yegorov Nikitina Medvedev Filippova",
    ),
    "irish": (
        "Síle Bláthnaid Orlaith Úna Mairéad Treasa",
        "Pádraic Ronan Dónal Rory Shane Tomás",
        "McGrath O'Mahony Cullen Kavanagh Keane Heffernan Corcoran Donnelly Foley Hayes Hennessy Lenihan MacNamara Moran O'Driscoll O'Leary Phelan Sheehan Tierney Whelan",
    ),
    "indian": (
        "Bhavna Jyoti Kiran Rekha Sangeeta Usha Vidya Aditi Simran Manpreet",
        "Ajay Dinesh Gaurav Hemant Jatin Naveen Pankaj Ravi Sunil Vinod",
        "Ahuja Bhatia Chawla Dutta Ganguly Hegde Jain Kohli Luthra Mishra Pandey Shetty Tiwari Upadhyay Yadav Arora Grewal Bajwa Sodhi Venkataraman",
    ),
    "dutch": (
        "Willemijn Marieke Esther Hanneke Ingrid Annelies",
        "Hein Koen Rutger Teun Luuk Floris",
        "van_Beek van_Dam Willems Timmermans Vermeulen Hermans van_Vliet de_Graaf Scholten Postma Prins Blom Veenstra van_Os",
    ),
    "french": (
        "Sandrine Véronique Nathalie Isabelle Brigitte Émilie",
        "Thierry Olivier Sébastien Yves Arnaud Régis",
        "Gauthier Perrin Marchand Lemaire Renard Picard Colin Brunet Faure Giraud Lucas Meunier Le_Bihan Duval",
    ),
}

# origin weights per language (the share of persons drawn from each origin)
WEIGHTS = {
    "de": [
        ("german", 46), ("austrian", 10), ("swiss", 8), ("turkish", 8), ("polish", 5), ("italian", 4),
        ("russian", 3), ("ukrainian", 3), ("arabic", 3), ("bcs", 2.5), ("greek", 1.5), ("kurdish", 1),
        ("albanian", 1), ("romanian", 1), ("persian", 1), ("vietnamese", 0.8), ("spanish", 0.8),
        ("portuguese", 0.6), ("french", 0.8), ("dutch", 0.8), ("czech", 0.8), ("hungarian", 0.6),
        ("english", 0.6), ("scandinavian", 0.6), ("chinese", 0.5), ("east_african", 0.5),
        ("indian", 0.5), ("nigerian", 0.3), ("ghanaian", 0.2), ("finnish", 0.3), ("us", 0.3),
        ("korean", 0.2), ("japanese", 0.2),
    ],
    "en": [
        ("english", 26), ("us", 18), ("irish", 7), ("scottish", 6), ("welsh", 2), ("indian", 8),
        ("pakistani", 3), ("nigerian", 5), ("ghanaian", 2), ("chinese", 4), ("korean", 1.5),
        ("japanese", 1), ("vietnamese", 1), ("filipino", 2), ("caribbean", 1.5), ("polish", 2),
        ("italian", 1.5), ("spanish", 2), ("portuguese", 1), ("german", 2), ("french", 1),
        ("dutch", 1), ("arabic", 1.5), ("east_african", 1), ("greek", 0.5), ("turkish", 0.5),
        ("romanian", 0.5), ("ukrainian", 0.5), ("russian", 0.5), ("scandinavian", 0.5),
        ("persian", 0.5), ("bcs", 0.3), ("albanian", 0.2),
    ],
}

# surnames that are ordinary words too: drawn a little more often so they appear as names
WORD_SURNAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Bauer", "Schneider", "Vogel", "Winter", "Sommer", "Keller", "Kaiser", "König", "Jung", "Engel", "Stein"],
    "en": ["Baker", "Hunter", "May", "Fox", "Wood", "Bishop", "Mason", "Hill", "Green", "Marsh", "Knight", "Price"],
}
WORD_GIVEN = {
    "de": [("f", "Rosa"), ("m", "Frank"), ("f", "Gerda"), ("m", "Kai")],
    "en": [("f", "Grace"), ("f", "May"), ("m", "Will"), ("f", "Hope"), ("m", "Hunter")],
}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def origin_lists():
    """{origin: (female, male, surnames)} with `_` turned into spaces; order as written."""
    out = {}
    for o, (f, m, s) in ORIGINS.items():
        ef, em, es = EXTRA.get(o, ("", "", ""))
        fl, ml, sl = _split(f + " " + ef), _split(m + " " + em), _split(s + " " + es)
        out[o] = (_dedup(fl), _dedup(ml), _dedup(sl))
    return out


def _dedup(words):
    seen, out = set(), []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def all_name_words():
    """Every given name and surname of every list, lower case (for the invented-name check)."""
    out = set()
    for f, m, s in origin_lists().values():
        for w in f + m + s:
            out.add(w.lower())
            for part in w.replace("-", " ").split():
                out.add(part.lower())
    for lang in WORD_GIVEN:
        for _, g in WORD_GIVEN[lang]:
            out.add(g.lower())
    return out
