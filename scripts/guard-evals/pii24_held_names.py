"""Name lists of the heldout24 half: given names (female / male) and surnames of 38 origins,
written for this half, language weights, and the syllable generator for invented names.

Each origin is `(female given names, male given names, surnames)`, space-separated; an underscore
stands for a space inside one surname (`van_der_Berg`).
"""

import random

ORIGINS = {
    "german": (
        "Anna Lena Julia Katharina Sabine Petra Ute Monika Claudia Birgit Heike Stefanie Kerstin Jana Lea "
        "Hannah Emilia Marie Sophie Johanna Franziska Annika Carolin Miriam Svenja Vanessa Nadine Ines Gesine Wiebke "
        "Frauke Imke Hildegard Gisela Renate Ilse Ursula Dagmar Antje Maren Tanja Silke Katrin Doreen Mandy Charlotte Greta",
        "Jonas Lukas Felix Maximilian Tobias Stefan Thomas Michael Andreas Jürgen Klaus Uwe Dirk Holger Torsten "
        "Sven Jens Lars Henning Malte Ole Hauke Till Moritz Niklas Florian Matthias Christoph Sebastian Benedikt "
        "Wolfgang Dieter Horst Manfred Rainer Detlef Volker Kai Björn Hendrik Frank Jörg Gerd Marcel Dennis Pascal",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder "
        "Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid "
        "Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn "
        "Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon "
        "Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt "
        "Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff "
        "Pfeiffer Ostermann Brinkmann Hinrichs Thießen Oltmanns Janssen Harms Reinecke Wübbena von_Bülow von_Arnim "
        "von_der_Heide zu_Dohna Overbeck Rademacher Tiedemann Wessels Gerdes",
    ),
    "austrian": (
        "Theresia Magdalena Leopoldine Valentina Elisabeth Christa Brigitte Herta Waltraud Romana Kathrin Verena Bettina Sarah Viktoria",
        "Florian Lorenz Leopold Valentin Ferdinand Alois Johann Franz Josef Stefan Georg Markus Clemens Jakob Raphael Dominik Bernhard",
        "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber "
        "Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner "
        "Aigner Ebner Koller Lehner Haas Schuster Holzer Pöll Strasser Grabner Zauner Plank Stadler Rainer Hinterberger",
    ),
    "swiss": (
        "Ursina Seraina Mirjam Corinne Regula Barbara Nadja Flurina Annina Jacqueline Rahel Deborah Martina Sereina Chiara",
        "Urs Beat Reto Andri Gian Jürg Hansruedi Adrian Mathias Fabian Roman Silvan Nico Lorenzo Severin Luca Dario",
        "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann Frei Zimmermann "
        "Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer Kälin Zürcher Hofstetter Gisler Sutter Bühler "
        "Zbinden Rüegg Tschudi Gantenbein Caflisch Cavelti Giacometti Bärtschi Egli Hürlimann Imhof Ammann Käser",
    ),
    "turkish": (
        "Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Derya Selin Gülsüm Özlem Sevgi Leyla Melek Aylin Dilara Ebru Nur",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Kemal Serkan Volkan Cem Deniz Yusuf Onur Tarkan Okan Kaan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt "
        "Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Tekin Bulut Acar Karaca Türkmen Uysal Bozkurt Erdem Ateş Tan",
    ),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Barbara Dorota Zofia Marta Aleksandra Natalia Justyna Beata Izabela",
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Grzegorz Jakub Łukasz Adam Wojciech Mateusz Bartosz Rafał Dariusz Kacper",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski "
        "Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając "
        "Wieczorek Jabłoński Król Majewski Olszewski Jaworski Malinowska Pawlak Walczak Górski Rutkowski Sikora Baran",
    ),
    "italian": (
        "Giulia Francesca Chiara Alessandra Federica Martina Elena Valentina Silvia Paola Roberta Beatrice Ilaria Lucia Serena",
        "Marco Alessandro Luca Matteo Giuseppe Giovanni Andrea Francesco Stefano Davide Riccardo Paolo Simone Fabrizio Enrico",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa "
        "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone "
        "Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Di_Stefano Di_Marco",
    ),
    "russian": (
        "Olga Tatiana Natalia Svetlana Irina Ekaterina Anastasia Yulia Marina Elena Ksenia Daria Polina Alina Vera",
        "Alexander Dmitri Sergei Andrei Alexei Ivan Nikolai Mikhail Vladimir Pavel Yuri Artem Maxim Igor Oleg Konstantin",
        "Ivanov Smirnova Kuznetsov Popov Vasilieva Petrov Sokolov Mikhailov Novikova Fedorov Morozov Volkov Alekseev "
        "Lebedev Semenova Egorov Pavlov Kozlov Stepanov Nikolaev Orlova Andreev Makarov Nikitin Zakharova Zaitsev Solovyov",
    ),
    "ukrainian": (
        "Oksana Olena Iryna Nataliia Yuliia Kateryna Halyna Larysa Khrystyna Solomiia Viktoriia Mariia Liudmyla Tetiana",
        "Oleksandr Andrii Serhii Volodymyr Mykola Vasyl Bohdan Taras Yaroslav Dmytro Oleh Petro Vitalii Maksym Ostap",
        "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Boyko Koval Oliinyk Shevchuk Polishchuk Lysenko Moroz "
        "Marchenko Rudenko Savchenko Melnyk Kovalchuk Tkachuk Hnatiuk Romaniuk Pavlenko Levchenko Kharchenko Yaremchuk",
    ),
    "arabic": (
        "Fatima Aisha Mariam Layla Noor Amira Salma Yasmin Rania Hana Lina Dalia Samira Nadia Zainab Huda",
        "Mohammed Ahmad Omar Khaled Youssef Ibrahim Karim Tarek Samir Hassan Hussein Bilal Rami Nabil Walid Ziad Faris",
        "Al-Sayed Haddad Khoury Nasser Hamdan Saleh Mansour Abdullah Rahman Hassan Aziz Darwish Farouk Haddadin Jaber "
        "Najjar Qasim Suleiman Yousef Khalil Al-Masri Awad Barakat Bitar Issa Shalabi Sabbagh El-Amin Othman Zoubi",
    ),
    "balkan": (
        "Ana Ivana Marija Jelena Mirela Amra Emina Lejla Dragana Snježana Vesna Tamara Maja Kristina Azra",
        "Ivan Marko Luka Josip Goran Dragan Nikola Stefan Milan Emir Amar Haris Adnan Zoran Dejan Tomislav",
        "Horvat Kovačević Babić Marić Jurić Novak Knežević Petrović Jovanović Nikolić Marković Đorđević Hodžić Begić "
        "Hadžić Delić Mehmedović Šarić Pavić Tomić Vuković Kovač Popović Ilić Stojanović Mujić Omerović Radić Perić",
    ),
    "greek": (
        "Eleni Maria Aikaterini Sofia Georgia Dimitra Ioanna Vasiliki Konstantina Despina Anastasia Chrysa Evangelia",
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios Athanasios Spyros Stavros Kostas",
        "Papadopoulos Papadaki Georgiou Nikolaidis Pappas Oikonomou Konstantinidis Vlachos Antoniou Karagiannis "
        "Makris Dimitriou Ioannidis Papanikolaou Christodoulou Alexiou Lamprou Stavrou Theodorou Katsaros",
    ),
    "spanish": (
        "Lucía Carmen Laura Marta Paula Elena Cristina Raquel Pilar Rocío Nerea Ainhoa Inés Marina Alba",
        "Javier Alejandro Pablo Sergio Daniel Jorge Álvaro Iván Rubén Diego Adrián Raúl Íñigo Mario Héctor",
        "García Martínez López Sánchez González Rodríguez Fernández Pérez Gómez Martín Jiménez Ruiz Hernández Díaz "
        "Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina de_la_Fuente de_la_Cruz",
    ),
    "hispanic_us": (
        "Guadalupe Maricela Yesenia Xiomara Araceli Leticia Marisol Esperanza Rosario Daniela Valeria Ximena",
        "José Luis Carlos Jesús Miguel Juan Roberto Eduardo Fernando Arturo Ricardo Mateo Santiago Joaquín",
        "Hernandez Garcia Martinez Lopez Gonzalez Rodriguez Perez Ramirez Flores Rivera Gomez Diaz Cruz Reyes Morales "
        "Ortiz Gutierrez Chavez Ramos Castillo Mendoza Vasquez Alvarado Castro Romero Herrera Medina Aguilar Vargas",
    ),
    "portuguese": (
        "Beatriz Mariana Inês Leonor Carolina Joana Catarina Rita Sofia Filipa Margarida Teresa",
        "João Tiago Rodrigo Duarte Gonçalo Rui Nuno Afonso Diogo Bruno Vasco Henrique",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes "
        "Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro",
    ),
    "french": (
        "Camille Manon Chloé Léa Inès Juliette Margaux Clémence Élodie Aurélie Sandrine Nathalie Isabelle Céline Océane",
        "Julien Mathieu Antoine Nicolas Guillaume Thibault Maxime Baptiste Olivier Laurent Sébastien Étienne Rémi Quentin Hugo",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia "
        "David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Fontaine "
        "Chevalier Rousseau Blanchard Gauthier Perrin Le_Goff Le_Gall Lemaire Dupuis",
    ),
    "dutch": (
        "Sanne Femke Lotte Anouk Eva Iris Fleur Marloes Ingrid Mieke Joke Annelies Esther Renske Noor Roos",
        "Daan Sem Bram Thijs Ruben Joost Bas Pieter Wouter Maarten Jeroen Sander Gert Koen Rutger Stijn",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos "
        "Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden "
        "Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_Beek Schouten Willems Hoekstra van_der_Sloot",
    ),
    "swedish": (
        "Astrid Ingrid Elsa Maja Linnea Saga Ebba Frida Karin Sigrid Malin Tove",
        "Erik Lars Anders Johan Magnus Gustav Oskar Nils Henrik Björn Mattias Viktor",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson "
        "Lindberg Lindqvist Lundgren Bergström Sandberg Forsberg Sjöberg Wallin Engström Holm",
    ),
    "hungarian": (
        "Zsófia Eszter Katalin Réka Anikó Krisztina Judit Ildikó Dóra Noémi",
        "László Zoltán Gábor Attila Balázs Tamás Péter Ferenc Csaba Levente Bence",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros",
    ),
    "czech": (
        "Tereza Lucie Veronika Kateřina Markéta Barbora Pavla Lenka Jitka Hana",
        "Jan Jiří Petr Josef Pavel Martin Tomáš Ondřej Vojtěch Radek Zdeněk",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil Hájek Jelínek Král Růžička",
    ),
    "romanian": (
        "Ioana Andreea Elena Mihaela Alexandra Roxana Cristina Bianca Diana Oana Raluca",
        "Andrei Mihai Alexandru Adrian Ionuț Florin Cătălin Bogdan Vlad Sorin Cosmin",
        "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Mocanu Munteanu Dinu Lungu",
    ),
    "albanian": (
        "Arta Blerta Drita Elira Fjolla Jeta Liridona Vjosa Albulena Besarta",
        "Arben Besnik Driton Fatmir Gentian Ilir Kushtrim Leotrim Shkëlzen Valon",
        "Berisha Krasniqi Gashi Hoxha Shala Morina Bytyqi Kelmendi Hasani Rexhepi Zeqiri Sopi Ahmeti",
    ),
    "persian": (
        "Shirin Parisa Maryam Nasrin Leila Azadeh Golnaz Mahsa Niloufar Sara",
        "Reza Amir Mehdi Hossein Babak Kian Dariush Farhad Arash Navid",
        "Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Mohammadi Sadeghi Tehrani Esfahani Shirazi Farahani Nazari",
    ),
    "kurdish": (
        "Rojda Berivan Dilan Hêvî Zozan Nazdar Ronahî Şirin Gulistan",
        "Rojhat Baran Azad Serhat Dilovan Kawa Rêber Welat Hejar",
        "Barzani Zebari Dogan Akin Ekinci Ronahi Bingöl Tatar Kaplan Yüksel",
    ),
    "english": (
        "Emma Olivia Sophie Charlotte Amelia Jessica Hannah Lucy Rebecca Eleanor Harriet Imogen Rosie Abigail Jade "
        "Chloe Megan Bethany Lauren Kirsty Gemma Natalie Hayley Joanne Alison Helen Pauline Margaret Grace Poppy",
        "Oliver Harry George Jack Charlie Thomas James William Henry Alfie Joshua Samuel Daniel Matthew Luke Callum "
        "Nathan Ryan Liam Gareth Darren Stuart Ian Graham Nigel Trevor Rupert Hugo Ollie Archie",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green "
        "Hall Wood Jackson Clarke Harris Lewis Clark Turner Hill Cooper Ward Morris Moore King Baker Harrison Morgan "
        "Allen Hunter Mason Fletcher Shepherd Fox Archer Fisher May Parker Young Palmer Bishop Carter Chapman Holloway "
        "Whitaker Pemberton Ashworth Cartwright Blackwood Fairbairn Hartley Oakley Thornton Ramsbottom Winterbottom "
        "Hughes-Mallory Pryce-Jones Stanley",
    ),
    "american": (
        "Madison Ashley Brittany Kayla Taylor Morgan Hailey Brianna Courtney Destiny Savannah Paige Kelsey Shelby "
        "Mackenzie Brooke Jordan Whitney Tiffany Amber Crystal Heather Melissa Kimberly Jennifer",
        "Tyler Brandon Austin Cody Dylan Hunter Logan Chase Mason Garrett Bryce Travis Dustin Chad Kyle Derek "
        "Jeremy Justin Zachary Cole Wyatt Colton Brady Trent Grant",
        "Miller Davis Anderson Moore Jackson Thomas Harris Martin Thompson White Robinson Lewis Walker Hall Allen "
        "Young King Wright Scott Green Adams Nelson Baker Campbell Mitchell Roberts Carter Phillips Evans Turner "
        "Parker Collins Edwards Stewart Morris Murphy Cook Rogers Peterson Bailey Reed Kelly Howard Cox Ward "
        "Richardson Brooks Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Patterson "
        "Hughes Washington Butler Simmons Foster Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham "
        "Sullivan Wallace Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson McDonald Marshall Wells",
    ),
    "irish": (
        "Aoife Siobhán Niamh Caoimhe Saoirse Róisín Clodagh Orla Sinéad Aisling Gráinne Máire Ciara Deirdre Eimear Nuala",
        "Seán Ciarán Darragh Oisín Cian Pádraig Eoin Colm Cathal Donal Fergal Tadhg Rory Declan Niall Diarmuid",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty "
        "Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Brennan Fitzgerald Keane "
        "MacNamara Ó_Súilleabháin Nic_Giolla_Phádraig Power Dunne Healy Flanagan",
    ),
    "scottish": (
        "Isla Eilidh Kirsten Morag Fiona Shona Catriona Iona Ailsa Mhairi Elspeth Lorna",
        "Hamish Angus Alasdair Callum Fraser Euan Finlay Ruaridh Lachlan Murdo Gregor Struan",
        "MacDonald Campbell Stewart Robertson MacLeod McKenzie Fraser Murray Paterson Cameron Henderson Ross "
        "Mackay Sinclair Munro Drummond MacGregor McIntyre Buchanan Galbraith Kerr Lindsay McAllister Urquhart",
    ),
    "welsh": (
        "Cerys Ffion Carys Bethan Angharad Seren Nia Eluned Gwen Rhian",
        "Rhys Dafydd Gethin Iwan Llŷr Aled Emyr Geraint Owain Gruffudd",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Pritchard Llewellyn Rees Powell Vaughan",
    ),
    "indian": (
        "Priya Ananya Divya Kavya Shreya Aishwarya Deepika Lakshmi Meera Nandini Pooja Sunita Anjali Rekha Shalini Ishita",
        "Arjun Rahul Vikram Sanjay Rajesh Amit Anil Suresh Karthik Aditya Rohan Nikhil Pranav Varun Harish Siddharth",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Chopra Kapoor Malhotra Banerjee "
        "Chatterjee Mukherjee Pillai Krishnan Venkatesh Subramanian Agarwal Bhatt Chauhan Kulkarni Srinivasan Verma",
    ),
    "pakistani": (
        "Ayesha Sana Hira Mahnoor Iqra Nimra Rabia Fariha Saima Zara",
        "Usman Bilal Hamza Imran Faisal Asad Kamran Shahid Zubair Waqas",
        "Khan Ahmed Malik Hussain Qureshi Butt Chaudhry Raza Siddiqui Sheikh Akhtar Mirza Javed Iqbal",
    ),
    "bangladeshi": (
        "Nusrat Tahmina Farzana Shirin Rupa Sumaiya Jannat Tania",
        "Rafiq Tanvir Sajid Arif Habib Jahid Rakib Mahbub",
        "Rahman Hossain Islam Uddin Chowdhury Miah Begum Sarkar Talukder Alam",
    ),
    "nigerian": (
        "Chiamaka Ngozi Adaeze Funmilayo Yetunde Oluwaseun Temitope Chioma Amaka Nneka Bisola Folake Halima Zainab Ifeoma",
        "Chinedu Emeka Oluwaseun Babatunde Adebayo Olumide Chukwuemeka Ikenna Obinna Tunde Femi Kelechi Yakubu Musa Uche",
        "Okafor Adeyemi Okonkwo Eze Nwosu Balogun Adebayo Ogunleye Olawale Chukwu Obi Nnamdi Afolabi Bello Ibrahim "
        "Okeke Onyekachi Adewale Oyelaran Akinola Uzor Ezeh Oladipo Igwe",
    ),
    "ghanaian": (
        "Akosua Abena Ama Efua Adwoa Yaa Esi Afua",
        "Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Kobina",
        "Mensah Boateng Owusu Asante Osei Appiah Agyeman Darko Ofori Amoah Boakye Quaye",
    ),
    "kenyan": (
        "Wanjiru Akinyi Njeri Atieno Wambui Nyambura Chebet Achieng",
        "Kamau Otieno Mwangi Kipchoge Odhiambo Kiprono Njoroge Wafula",
        "Mwangi Otieno Kariuki Njoroge Omondi Kiplagat Wanjala Ochieng Kimani Mutua Cheruiyot",
    ),
    "chinese": (
        "Mei Ling Xiaoyu Jing Yan Hui Fang Li Na Xin Yue Qian Ying Lan Shu",
        "Wei Jun Hao Lei Jian Ming Tao Bo Yang Chen Qiang Zhiwei Haoran Yifan",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song "
        "Tang Han Feng Deng Cao",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Ha-eun Soo-jin Eun-ji Yuna Hye-jin",
        "Min-jun Seo-jun Ji-ho Hyun-woo Jae-sung Dong-hyun Sung-min Tae-yang",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon",
    ),
    "japanese": (
        "Yuki Haruka Sakura Aiko Misaki Yui Naoko Keiko Emi Ayaka",
        "Haruto Takeshi Kenji Hiroshi Daiki Ryota Sota Yuto Kaito Shota",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Matsumoto Inoue",
    ),
    "vietnamese": (
        "Linh Thao Huong Trang Ngoc Hanh Phuong Mai Anh Thu",
        "Minh Duc Tuan Hung Quang Thanh Long Khanh Nam Huy",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly",
    ),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Kristine Rhea Lovely Precious Cherry Angelica",
        "Jomar Rommel Jerome Marlon Reynaldo Arnel Jayson Ronaldo Elmer Carlo",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Ramos Aquino Castillo Soriano Manalo",
    ),
    "jamaican": (
        "Shanice Tamika Kadian Shamoya Keisha Latoya Nordia Tashana",
        "Dwayne Delroy Andre Damion Kemar Orville Rohan Shane",
        "Campbell Brown Williams Thompson Francis Grant McKenzie Reid Morgan Powell Bailey Clarke",
    ),
    "somali": (
        "Hodan Ayan Faadumo Sahra Hibaaq Ubah Nimco Ifrah",
        "Abdirahman Mohamed Abdullahi Farah Ahmed Liban Mahad Guled",
        "Warsame Farah Hersi Abdi Jama Nur Egal Duale Samatar Ali",
    ),
    "ethiopian": (
        "Selam Hiwot Meseret Tigist Bethlehem Mekdes Saba Liya",
        "Dawit Tesfaye Yonas Abebe Henok Biniam Mulugeta Elias",
        "Tadesse Bekele Haile Girma Kebede Alemu Wolde Mekonnen Tesfaye Assefa",
    ),
}


# More names per origin (same format), appended to the lists above.
EXTRA = {
    "german": ("Amelie Luisa Clara Mathilda Ida Frieda Paula Nele Merle Jule Pia Alina Selina Lara Jasmin Melanie Simone Andrea Karin Elke Gudrun Roswitha Edith Brunhilde Irmgard Hannelore Liesel Käthe Theda Wilma",
               "Paul Leon Finn Elias Noah Luca Ben Henri Emil Anton Oskar Fritz Karl Heinz Günter Werner Helmut Siegfried Ulrich Bernd Rüdiger Norbert Hartmut Gunnar Arne Knut Enno Jannik Timo Fabian",
               "Schütz Bock Kessler Dietz Fink Busse Ernst Brandl Ackermann Seifert Rupp Thiel Hübner Dörr Kurz Stahl Wirth Sander Heinze Göbel Kremer Rieger Nagel Bender Strauß Fröhlich Hesse Ritter Kolb Witt Unger Mertens Pietsch Kunze Reuter Fritsch Baier Wendt Dittrich Brückner Wiegand Löffler Haupt Pohlmann Behrendt Kühne Heuer Bachmann Rauch Ebert Zander Krug Schade Raab Weigel Stumpf Hellwig Lehnert Adler Mohr Wolter Köster Hermes Lenz"),
    "english": ("Phoebe Matilda Florence Evie Isabel Annabel Tamsin Zoe Freya Daisy Millie Holly Rachel Sarah Victoria Kate Anna Lily Georgia Esme",
                "Ben Edward Toby Freddie Max Sebastian Jake Ethan Connor Dominic Simon Adrian Neil Keith Martin Colin Barry Reginald Clive Ralph",
                "Bailey Barker Bell Bennett Bradley Chambers Collins Cox Dixon Ellis Foster Gibson Graham Griffiths Hayes Holmes Howard Hudson Hunt Kennedy Knight Lawrence Lee Marshall Mills Murray Owen Pearson Phillips Price Reynolds Richards Russell Saunders Simpson Spencer Stevens Stone Wells West Webb Woods Pickering Haworth Entwistle Blenkinsop Threlfall Ormerod Sutcliffe"),
    "american": ("Alexis Sierra Cheyenne Dakota Kendall Autumn Mallory Reagan Lindsey Caitlin Erin Megan Natalie Allison Stephanie",
                 "Hunter Bradley Cameron Dalton Gavin Landon Parker Preston Ryder Tanner Wade Blake Clay Reid Spencer",
                 "Sanchez Rivera Torres Nguyen Hill Flores Ramirez Campbell Carter Gonzalez Holt Lyons Whitfield Stanton Brennan Donovan Callahan Mercer Vaughn Sheridan Kowalczyk Lindqvist Hoffman Schultz Becker Meyers Novak Jablonski Yazzie Begay Tsosie"),
    "turkish": ("Gizem Tuğba Sibel Hülya Filiz Nermin Pınar Canan Eda İpek Beyza Sena Ceren Damla Yasemin",
                "Barış Erkan Gökhan Hakan İsmail Mert Oğuz Ramazan Sinan Tolga Uğur Yasin Zafer Enes Furkan",
                "Aktaş Yavuz Keskin Ünal Güler Sarı Işık Avcı Başaran Coşkun Durmaz Ekinci Gök Karakaya Orhan Sönmez Tuna Yalçın Zengin Duman"),
    "italian": ("Sara Giorgia Anna Alice Aurora Noemi Camilla Arianna Marta Elisa Rebecca Gaia",
                "Lorenzo Leonardo Tommaso Gabriele Edoardo Filippo Pietro Michele Antonio Salvatore Vincenzo Nicola",
                "Bernardi Cattaneo Ferri Fabbri Guerra Pellegrini Sala Valentini Neri Morelli Sartori Bellini Testa Farina Monti Grasso Ruggiero Orlando Donati Bassi Di_Lorenzo De_Angelis D'Amico Lo_Presti"),
    "indian": ("Neha Sneha Radhika Swati Tanvi Aarti Bhavna Gayatri Jyoti Kiran Madhuri Nisha Pallavi Ritu Smita",
               "Abhishek Ajay Deepak Gaurav Hemant Manoj Naveen Prakash Rakesh Sandeep Sunil Tarun Vijay Vivek Yash",
               "Bose Das Dutta Ghosh Saxena Sinha Tiwari Trivedi Pandey Mishra Shetty Hegde Naidu Gill Sandhu Dhillon Grewal Sethi Bajaj Khanna"),
    "polish": ("Anna Monika Paulina Karolina Weronika Julia Ewelina Sylwia Renata Urszula",
               "Jan Andrzej Stanisław Kamil Szymon Damian Sebastian Dawid Przemysław Zbigniew",
               "Wróblewski Stępień Michalak Kaczmarek Zalewski Sobczak Czarnecki Kubiak Borkowski Sadowski Głowacki Ostrowski Tomaszewski Pietrzak Marciniak"),
    "irish": ("Bríd Éabha Méabh Síle Úna Laoise Fionnuala Ailbhe Treasa Nora",
              "Fionn Conor Shane Éanna Senan Ruairí Lorcan Dónal Peadar Tomás",
              "Ó_Briain Mac_Giolla Ní_Bhriain O'Shea O'Mahony O'Donovan McGrath Hennessy Nolan Tierney Ahern Cullen Corcoran Mulcahy Fahy"),
    "nigerian": ("Ebere Ogechi Uchenna Damilola Omolara Titilayo Kehinde Aisha Hadiza Blessing",
                 "Tobenna Chijioke Olusegun Ayodele Kayode Segun Ibrahim Abdullahi Emmanuel Nnamdi",
                 "Okoro Okoye Adeleke Oyebanji Ogundipe Oladele Nwachukwu Ekwueme Ugwu Anyanwu Danjuma Abubakar Salisu Usman Ojo"),
    "chinese": ("Xiaoling Meiling Yuting Jiayi Wenjing Zihan Xinyi Ruoxi", "Zihao Junjie Jiahao Yuxuan Mingyu Weijie Haoyu Zhenyu",
                "Yu Lu Dong Xiao Cheng Cai Yuan Pan Du Ye Wei Jiang Shen Peng Lu Qian Fu Kong"),
    "austrian": ("Resi Vroni Gerlinde Annemarie Hermine Johanna Rosalia Kathi",
                 "Sepp Hias Toni Ferdl Luis Pius Wendelin Korbinian",
                 "Hölzl Obermüller Oberhuber Mayrhofer Hinterseer Lackner Riedl Kofler Ortner Hauser Schober Trummer Pirker Kogler Gasser"),
    "swiss": ("Anneli Vreni Margrit Ruth Heidi Erika", "Ueli Kurt Hanspeter Köbi Peider Mattia",
              "Schwander Zwahlen Aebischer Jenni Lüthi Marti Schürch Stucki Tanner Wüthrich Flückiger Blaser Sommer Hänni"),
}
for _o, (_f, _m, _s) in EXTRA.items():
    _F, _M, _S = ORIGINS[_o]
    ORIGINS[_o] = (_F + " " + _f, _M + " " + _m, _S + " " + _s)

# Weights per language (share of people drawn from each origin).
WEIGHTS = {
    "de": [
        ("german", 38), ("austrian", 9), ("swiss", 8), ("turkish", 8), ("polish", 5), ("italian", 4),
        ("russian", 3), ("ukrainian", 3), ("arabic", 3), ("balkan", 3), ("greek", 2), ("spanish", 2),
        ("french", 1.5), ("dutch", 1.5), ("portuguese", 1), ("hungarian", 1), ("czech", 1), ("romanian", 1),
        ("albanian", 1), ("persian", 1), ("kurdish", 1), ("vietnamese", 0.8), ("english", 0.8),
        ("swedish", 0.6), ("chinese", 0.6), ("indian", 0.6), ("nigerian", 0.4), ("ghanaian", 0.3),
        ("somali", 0.3), ("ethiopian", 0.3), ("korean", 0.3), ("japanese", 0.3), ("irish", 0.3),
        ("american", 0.3), ("pakistani", 0.3), ("bangladeshi", 0.2), ("kenyan", 0.2),
    ],
    "en": [
        ("english", 20), ("american", 15), ("irish", 7), ("scottish", 5), ("welsh", 2), ("indian", 8),
        ("pakistani", 3), ("bangladeshi", 1.5), ("nigerian", 5), ("ghanaian", 2), ("kenyan", 1.5),
        ("chinese", 4), ("korean", 1.5), ("japanese", 1.5), ("vietnamese", 1.2), ("filipino", 2),
        ("hispanic_us", 5), ("jamaican", 2), ("somali", 0.8), ("ethiopian", 0.8), ("italian", 1.5),
        ("polish", 1.5), ("german", 1.5), ("french", 1), ("spanish", 1), ("portuguese", 0.8), ("greek", 0.8),
        ("arabic", 1.5), ("turkish", 1), ("russian", 0.8), ("ukrainian", 0.8), ("dutch", 0.8),
        ("swedish", 0.6), ("persian", 0.6), ("romanian", 0.5), ("balkan", 0.5), ("hungarian", 0.3),
        ("czech", 0.3), ("albanian", 0.3),
    ],
}


def _split(s: str) -> list[str]:
    return list(dict.fromkeys(w.replace("_", " ") for w in s.split()))


LISTS = {o: (_split(f), _split(m), _split(s)) for o, (f, m, s) in ORIGINS.items()}


def _dedup(words):
    seen = {}
    for w in words:
        seen.setdefault(w, None)
    return list(seen)


ALL_GIVEN = _dedup(w for o in LISTS.values() for w in o[0] + o[1])
ALL_SURNAMES = _dedup(w for o in LISTS.values() for w in o[2])
_ALL_LOWER = {w.lower() for w in ALL_GIVEN + ALL_SURNAMES}
for _w in ALL_GIVEN + ALL_SURNAMES:
    for _p in _w.replace("-", " ").split():
        _ALL_LOWER.add(_p.lower())

# Given names and surnames that are also ordinary words (used as words in clean texts).
WORD_NAMES = {
    "en": ["Baker", "Hunter", "May", "Grace", "Fox", "Archer", "Fisher", "Shepherd", "Young", "Bishop", "Carter", "Cook", "Wood", "Brooks"],
    "de": ["Wolf", "Koch", "Bauer", "Fuchs", "Schneider", "Vogel", "Winter", "Sommer", "Braun", "Stein", "Jäger", "Engel", "Horn", "Graf", "Lange"],
}

_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "gl", "kr", "pl", "sp", "tr", "st", "sch"]
_VOWELS = ["a", "e", "i", "o", "u", "ae", "ie", "eo", "ou", "y"]
_CODAS = ["", "", "", "l", "n", "r", "s", "t", "m", "nd", "rt", "x", "ck", "ll"]
_ENDS_F = ["a", "ina", "ette", "ia", "elle", "ara"]
_ENDS_L = ["mann", "ow", "ak", "ers", "ing", "ani", "ez", "ström", "ley", "berg", "ić", "escu"]
COMMON_WORDS = {
    "der", "die", "das", "und", "oder", "mit", "bei", "von", "nach", "ist", "the", "and", "for", "with",
    "sale", "tour", "boot", "box", "size", "team", "data", "mail", "post", "zone", "line", "stop", "star",
}


def invented(rng: random.Random, female: bool) -> tuple[str, str]:
    """A given name and a surname from a syllable generator; neither is in any list above."""

    def word(n):
        return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n))

    while True:
        first = word(rng.choice([1, 2]))
        if female and rng.random() < 0.7:
            first += rng.choice(_ENDS_F)
        last = word(rng.choice([1, 2, 2]))
        if rng.random() < 0.5:
            last += rng.choice(_ENDS_L)
        first, last = first.capitalize(), last.capitalize()
        if not (4 <= len(first) <= 10 and 4 <= len(last) <= 13):
            continue
        if first.lower() in _ALL_LOWER or last.lower() in _ALL_LOWER:
            continue
        if first.lower() in COMMON_WORDS or last.lower() in COMMON_WORDS:
            continue
        return first, last


def stats() -> dict:
    return {
        "origins": len(LISTS),
        "given": len(ALL_GIVEN),
        "surnames": len(ALL_SURNAMES),
    }
