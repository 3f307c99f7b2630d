"""Name lists of the dev half of the twenty-fifth PII bank (written for it, no package).

Each origin has female given names, male given names and surnames, as space-separated strings;
an underscore stands for a space inside one name (`Anna_Maria`, `van_der_Meer`).
Weights per language pick the origin of a person.
"""

ORIGINS = {
    "german": (
        "Anna Lena Laura Julia Sarah Lisa Katharina Johanna Hannah Lea Marie Sophie Leonie Clara Emma Mia Jana "
        "Sabine Petra Claudia Andrea Susanne Birgit Heike Kerstin Anja Nicole Stefanie Ute Gabriele Monika Ingrid "
        "Renate Ursula Helga Brigitte Karin Doris Silke Tanja Melanie Daniela Franziska Theresa Charlotte Greta "
        "Frieda Ida Mathilda Luise Paula Antonia Carolin Miriam Nina Svenja Wiebke Imke Frauke Merle Maren Ronja "
        "Jule Annika Friederike Henrike Almut Gudrun Hildegard Irmgard Elke Dagmar Bettina Anke Ines Britta "
        "Anna-Lena Marie-Luise Anne-Katrin Lena_Marie Grit Katrin",
        "Thomas Michael Andreas Stefan Christian Markus Frank Jürgen Klaus Uwe Wolfgang Dieter Peter Hans Günter "
        "Horst Bernd Ralf Jörg Matthias Tobias Sebastian Jan Tim Jonas Lukas Felix Maximilian Paul Leon Finn "
        "Niklas Moritz Julian Philipp Benedikt Johannes Florian Dominik Kai Lars Sven Torsten Volker Rüdiger "
        "Hartmut Detlef Gerd Heinz Manfred Reinhard Ulrich Wilfried Helmut Karl Friedrich Ludwig Konrad Henrik "
        "Malte Hauke Jannik Ole Bastian Carsten Dirk Holger Jens Knut Till Vincent Anton Emil Theo Hans-Peter "
        "Karl-Heinz Jan-Philipp Hans_Jürgen Wolf Fritz",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner "
        "Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs "
        "Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler "
        "Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher "
        "Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler "
        "Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Wendt Ebert Kessler "
        "Dahlke Brockmann Ostermann Terhorst Wiegand Hülsmann Ackermann Rieger Nowotny Gerlach Petersen Jansen "
        "Hansen Thiele Bruns Kamps Vosskamp Meinert Pahl Quast Rademacher Sievers Timmermann Uhlig Wessel "
        "Zeller Ebner Fink Dreher Lindner Kunze Heinemann Reinhardt Schilling Löffler Kirchner Bachmann "
        "von_Arnim von_der_Heyde zu_Dohna von_Bülow Hagedorn Oberländer Steinbrück Kleinschmidt Butenschön "
        "Feldhaus Grotefend Mehlhorn Tiedemann Vollmer Waldmann",
    ),
    "austrian": (
        "Valentina Magdalena Theresia Veronika Kathrin Elisabeth Barbara Christine Notburga Rosalie Hanna "
        "Viktoria Verena Bernadette Roswitha Waltraud Michaela Martina Sonja Carina Selina Larissa Pia Romana",
        "Florian Lukas Tobias Alexander Georg Josef Franz Leopold Ferdinand Alois Engelbert Gottfried Hubert "
        "Christoph Clemens Valentin Raphael Elias Jakob Matthäus Severin Gernot Harald Reinhold Wolfram",
        "Gruber Huber Wagner Pichler Moser Steiner Hofer Leitner Berger Fuchs Eder Fischer Schwarz Maier Schmid "
        "Winkler Weber Schwaiger Mayrhofer Strasser Aigner Wimmer Brandstätter Egger Haider Lechner Reiter "
        "Holzer Auer Wallner Hinterberger Oberhuber Unterberger Zauner Hirschmann Pöll Kofler Gasser Prem "
        "Rainer Obermair Stadler Ortner Hölzl Wieser Thaler Grabner Lackner Plank Fellner Kainz Ebner "
        "Mitterer Gschwandtner Hartl Loidl Pointner Scharinger",
    ),
    "swiss": (
        "Corinne Nadja Seraina Ladina Flurina Mirjam Regula Vreni Barbara Rahel Annina Chiara Nicole Sandra "
        "Daniela Brigitte Ursina Jael Noemi Livia Simone Fabienne Géraldine Elodie",
        "Urs Reto Beat Andrin Gian Jürg Ueli Fritz Hansruedi Marcel Pascal Roman Samuel Cédric Luca Nico "
        "Remo Silvan Dario Fabio Gieri Men Curdin Thierry",
        "Meier Müller Brunner Keller Bühler Zürcher Baumgartner Frei Widmer Gerber Suter Hess Steiner Graf "
        "Moser Zimmermann Wyss Huber Kälin Ammann Bachmann Egli Lüthi Marti Tanner Wenger Zbinden Iseli "
        "Stucki Ryser Aebischer Hürlimann Schnyder Imhof Rüegg Gisler Schaller Vögeli Flückiger Bärtschi "
        "Caduff Cathomen Tschudi Jenny Hug Nussbaumer Blaser Rohner Oberholzer Dubach Zwahlen Rüfenacht "
        "Berchtold Ziörjen Liechti Steffen",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Derya Gül Sibel Aylin Deniz Ebru Selin "
        "Melike Tuğba Nur Songül Yasemin Hülya Leyla Dilek Gamze Cansu İpek Ece Sevgi",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Cem Kemal Orhan Yusuf Ömer "
        "Can Kaan Tolga Volkan Onur Erkan Tarık Sinan Barış Umut Levent Cengiz Erdem Furkan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
        "Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Acar Aksoy Erdoğan Bulut Tekin Yalçın Karaca "
        "Uysal Türkmen Avcı Sarı Güler Ateş Keskin Bozkurt Kaplan Ünal Çakır Eren Toprak Altun Yavuz "
        "Özer Gündoğdu Akgül Kocabaş Tunç Sezer Başaran Karataş Erdem Bayram Tuncer Durmaz Sevim Ekinci",
    ),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Magdalena Joanna Aleksandra Monika Ewa Dorota Justyna Natalia "
        "Karolina Paulina Weronika Zuzanna Marta Beata Iwona Grażyna Renata Sylwia Kinga Anita Bożena",
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Wojciech Rafał Kamil "
        "Dariusz Mariusz Przemysław Bartosz Szymon Sebastian Janusz Zbigniew Andrzej Jarosław Wiesław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski "
        "Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski "
        "Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski "
        "Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewska Kowalska Nowakowska "
        "Lewandowska Zielińska Szulc Błaszczyk Chmielewski",
    ),
    "italian": (
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elisa Silvia Paola Laura Roberta "
        "Giovanna Maria Rosa Antonella Serena Ilaria Beatrice Aurora Ginevra Lucrezia Carlotta Noemi Viola",
        "Marco Andrea Francesco Alessandro Luca Matteo Lorenzo Davide Simone Stefano Giuseppe Antonio "
        "Giovanni Roberto Paolo Salvatore Vincenzo Fabrizio Massimo Riccardo Gabriele Emanuele Nicola "
        "Pietro Tommaso Leonardo",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
        "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso "
        "Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis "
        "D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini "
        "Di_Stefano Di_Marco Del_Vecchio Lo_Bianco Pellegrini Palumbo Sanna Farina",
    ),
    "russian": (
        "Olga Tatjana Natalja Jelena Swetlana Irina Anastasia Jekaterina Marina Ljudmila Galina Oksana "
        "Darja Polina Xenia Alina Walentina Nadeschda Vera Sofia Viktoria Larissa",
        "Sergej Alexej Dmitri Andrej Wladimir Nikolai Iwan Michail Jewgeni Pawel Oleg Igor Juri Maxim "
        "Artjom Konstantin Boris Wadim Anatoli Roman Denis Ilja Grigori Timur",
        "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow Morosow "
        "Wolkow Aleksejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanow Nikolajew Orlow Andrejew "
        "Makarow Sacharow Saizew Solowjow Borissow Jakowlew Grigorjew Romanow Iwanowa Smirnowa Petrowa "
        "Sokolowa Wolkowa Kusnezowa Morosowa Belowa Tarasow Gerasimow Kowaljow Frolow Schulga Fomin "
        "Ivanov Petrov Smirnov Kuznetsova",
    ),
    "ukrainian": (
        "Oksana Olena Iryna Natalija Tetjana Switlana Julija Kateryna Halyna Solomija Bohdana Mariia "
        "Khrystyna Anastasiia Daryna Viktoriia Larysa Ljubow Zoriana Yaryna",
        "Oleksandr Andrij Serhij Mykola Wolodymyr Bohdan Taras Ihor Jurij Vasyl Petro Mykhailo Roman "
        "Dmytro Ostap Vitalij Yaroslav Stepan Oleh Artem",
        "Kovalenko Bondarenko Tkachenko Shevchenko Kravchenko Kovalchuk Boyko Melnyk Oliynyk Lysenko "
        "Rudenko Savchenko Petrenko Marchenko Moroz Polishchuk Tkachuk Kravets Klymenko Pavlenko "
        "Hnatyuk Romanenko Sydorenko Levchenko Karpenko Ponomarenko Yurchenko Vasylenko Ostapenko "
        "Danylyuk Koval Shvets Zinchenko Honcharenko Hrytsenko Kuzmenko Ivanenko Fedorenko Savchuk "
        "Demchenko Nazarenko Lytvyn Mazur Panchenko Bilyk",
    ),
    "arabic": (
        "Fatima Aisha Mariam Leila Nour Yasmin Rania Huda Samira Amira Salma Rana Dina Hanan Layla Zainab "
        "Iman Noura Mona Reem Hala Lina Jana Ghada Asma Rasha Sana Maha Hiba Dalia",
        "Mohammed Ahmad Ali Omar Khaled Youssef Hassan Hussein Ibrahim Mahmoud Karim Tarek Samir Walid "
        "Rami Bilal Hamza Mustafa Nabil Fadi Jamal Majid Rashid Faisal Adel Sami Ziad Bassam Anas Osama",
        "Al-Sayed Haddad Khalil Nasser Hamdan Mansour Saleh Abdullah Ibrahim Hassan Aziz Farouk Rahman "
        "Qasim Darwish Sabbagh Khoury Barakat Suleiman Yassin Shami Jaber Hijazi Awad Najjar Kanaan "
        "Zaher El-Amin Al-Hashimi Mahfouz Haddadin Mustafa Bakri Issa Karam Asmar Abboud Tahan Masri "
        "Halabi Dabbagh Sharif Omari Rifai Saadeh Haidar Akkad Bitar Jaafar Hamoud Zein",
    ),
    "kurdish": (
        "Rojda Berfin Dilan Zozan Nazdar Hêvî Rûken Jiyan Avesta Ronahî Delal Sosin",
        "Azad Baran Rêber Serhat Welat Diyar Hozan Rojhat Dilovan Şiyar Hogir Kendal",
        "Ahmadi Barzani Zebari Baban Jaff Hawrami Rekani Doski Goran Amedi Berwari Zaxoyî Sindi Mizuri "
        "Herki Şêxo Hesen Ehmed Kobani Botani",
    ),
    "persian": (
        "Maryam Shirin Parisa Niloufar Sara Mahsa Roya Azadeh Leila Golnar Ladan Samira Mina Fereshteh "
        "Shabnam Yasaman",
        "Reza Amir Ali Mehdi Hossein Arash Babak Dariush Kaveh Farhad Kian Navid Omid Payam Ramin Siamak",
        "Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Ghorbani Sadeghi Kazemi Shirazi "
        "Tehrani Esfahani Farahani Navabi Afshar Bahrami Sharifi Nazari Mousavi Hashemi Tavakoli Yazdani "
        "Parvizi Kermani Soltani Golshiri Abedi Ebrahimi",
    ),
    "greek": (
        "Eleni Maria Katerina Sofia Georgia Dimitra Ioanna Vasiliki Angeliki Christina Despina Anastasia "
        "Eirini Paraskevi Chrysa Theodora Zoi Fotini",
        "Giorgos Dimitris Nikos Kostas Giannis Christos Panagiotis Vasilis Thanasis Michalis Spyros "
        "Stavros Manolis Alexandros Petros Kyriakos Apostolos Stelios",
        "Papadopoulos Papadakis Georgiou Nikolaidis Oikonomou Vasileiou Karagiannis Dimitriou Pappas "
        "Konstantinou Ioannidis Makris Christodoulou Athanasiou Alexiou Angelopoulos Antoniou Kostopoulos "
        "Papageorgiou Mavridis Theodorou Stavrou Michailidis Panagiotou Economou Lazaridis Galanis "
        "Kyriakidis Sotiropoulos Triantafyllou Karalis Xenakis Zervas Raptis Fotiou Doukas",
    ),
    "balkan": (
        "Ana Ivana Marija Jelena Milica Maja Sanja Tamara Mirela Lejla Amra Emina Dragana Snježana "
        "Vesna Gordana Nataša Biljana Jasmina Azra",
        "Ivan Marko Luka Stefan Nikola Dragan Zoran Goran Milan Tomislav Damir Emir Edin Adnan Nenad "
        "Dejan Branko Mirko Haris Kenan",
        "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Pavlović "
        "Jovanović Nikolić Đorđević Ilić Stojanović Popović Hodžić Hadžić Begić Delić Kovač Tomić "
        "Božić Perić Radić Grgić Šarić Lukić Mandić Dedić Mehmedović Husić Salihović Omerović Kurtović "
        "Čolić Blažević Matić",
    ),
    "albanian": (
        "Arta Blerta Drita Elira Fjolla Jeta Liridona Mimoza Teuta Vjosa Arbnora Albulena",
        "Agron Arben Besnik Blerim Driton Fatmir Ilir Kastriot Leutrim Valon Visar Arianit",
        "Berisha Krasniqi Gashi Hoxha Kelmendi Shala Morina Hyseni Bytyqi Rexhepi Thaçi Ahmeti Kastrati "
        "Dervishi Leka Mustafaj Zeqiri Sejdiu Osmani Krasniqi-Bajrami Dauti Rama Beqiri Lleshi",
    ),
    "romanian": (
        "Andreea Elena Ioana Alexandra Mihaela Cristina Raluca Gabriela Simona Roxana Adriana Oana Irina "
        "Daniela Bianca",
        "Andrei Alexandru Mihai Ionuț Florin Cristian Adrian Bogdan Gheorghe Vasile Dragoș Sorin Radu "
        "Ciprian Marius",
        "Popescu Ionescu Popa Radu Dumitrescu Stoica Gheorghiu Constantinescu Stan Dinu Munteanu Marinescu "
        "Tudor Moldovan Lungu Diaconu Rusu Matei Barbu Nistor Cojocaru Ungureanu Enache Vasilescu "
        "Dobre Manole Sârbu Zamfir Ilie Toma",
    ),
    "czech": (
        "Jana Eva Hana Lenka Kateřina Lucie Petra Veronika Tereza Michaela Markéta Zuzana Šárka Dagmar "
        "Alena",
        "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Ondřej Lukáš Vojtěch "
        "Radek",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil "
        "Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk "
        "Urban Blažek Kříž Kovář Nováková Svobodová Dvořáková",
    ),
    "hungarian": (
        "Zsófia Katalin Eszter Réka Anikó Erzsébet Ildikó Krisztina Orsolya Judit Boglárka Noémi Dóra "
        "Tímea Csilla",
        "László István Zoltán Gábor Attila Balázs Tamás Péter Zsolt Levente Bence Dániel Ádám Csaba "
        "Gergely",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
        "Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér",
    ),
    "dutch": (
        "Sanne Femke Anouk Lotte Sophie Fleur Eva Iris Lieke Maud Noor Roos Esther Ingrid Marloes Annelies "
        "Marieke Wilma Yvonne Kim",
        "Daan Bram Sem Thijs Ruben Lars Jeroen Maarten Pieter Willem Joost Sander Bas Hendrik Gijs Niels "
        "Koen Wouter Stijn Bart",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder "
        "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf "
        "van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen "
        "van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems van_Vliet "
        "van_der_Sloot Hoekstra Maas Verhoeven Koster",
    ),
    "french": (
        "Camille Léa Manon Chloé Inès Juliette Louise Margaux Pauline Mathilde Élodie Amélie Céline "
        "Sophie Nathalie Isabelle Sandrine Valérie Aurélie Émilie Claire Hélène Marion Océane Agathe",
        "Lucas Hugo Louis Gabriel Arthur Jules Théo Nathan Antoine Julien Nicolas Pierre Mathieu "
        "Guillaume Sébastien François Olivier Thierry Laurent Benoît Maxime Romain Baptiste Clément "
        "Jean-Luc",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
        "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
        "Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry "
        "Roussel Nicolas Perrin Morin Mathieu Clément Gauthier de_la_Fontaine Dumas Lacroix Chevalier "
        "Le_Gall Le_Goff",
    ),
    "spanish": (
        "María Carmen Lucía Paula Laura Marta Andrea Elena Sara Irene Alba Nerea Cristina Isabel Pilar "
        "Rocío Ainhoa Inmaculada Mercedes Begoña Valeria Ximena Guadalupe Camila Daniela",
        "Javier Carlos Pablo Alejandro Sergio Daniel Jorge Alberto Diego Álvaro Adrián Raúl Rubén Iván "
        "Fernando Enrique Rafael Miguel Ángel Íñigo Joaquín Santiago Mateo Emilio Gonzalo Ignacio",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
        "Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
        "Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín "
        "Sanz Iglesias Núñez Medina Garrido de_la_Cruz del_Río Cortés Castillo Santos Lozano Guerrero",
    ),
    "portuguese": (
        "Ana Beatriz Mariana Inês Carolina Joana Rita Catarina Sofia Leonor Margarida Gabriela Larissa "
        "Fernanda Juliana Luana Tatiana Vitória Raquel Patrícia",
        "João Pedro Tiago Rui Nuno Diogo Gonçalo Rodrigo Miguel Bruno Ricardo Luís Vítor Hugo Thiago "
        "Gustavo Rafael Leandro Caio Vinícius",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves "
        "Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes "
        "Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes "
        "Matos Fonseca Machado Barbosa Araújo Azevedo",
    ),
    "swedish": (
        "Astrid Ingrid Linnea Elsa Maja Ebba Wilma Saga Alva Frida Sigrid Ylva Karin Agneta Birgitta",
        "Erik Lars Anders Johan Per Karl Nils Gustav Oskar Axel Björn Magnus Henrik Mattias Fredrik",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Pettersson Jonsson Lindberg Lindström Lindqvist Lundgren Berglund Sandberg Forsberg Sjöberg "
        "Wallin Engström Holm Bergström Nyström Åberg Ekström Hedlund Lundqvist Söderberg",
    ),
    "nordic": (
        "Mette Signe Freja Ida Line Maren Sunniva Ingeborg Kirsten Tove Solveig Ragnhild Hanne Liv Silje",
        "Søren Mads Rasmus Jesper Morten Kasper Jonas Henrik Ole Torbjørn Håkon Espen Eirik Sindre Trond",
        "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
        "Madsen Kristensen Olsen Thomsen Poulsen Johansen Knudsen Mortensen Møller Haugen Johannessen "
        "Berg Halvorsen Bakke Solberg Strand Dahl Lund Moen Lie",
    ),
    "finnish": (
        "Aino Eeva Helmi Sanna Tiina Päivi Riikka Satu Minna Johanna Kaisa Noora",
        "Juha Mikko Jari Timo Matti Antti Pekka Janne Ville Tuomas Joonas Eero",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
        "Salo Laitinen Tuominen Rantanen Karjalainen",
    ),
    "english": (
        "Emily Charlotte Olivia Amelia Jessica Sophie Lucy Hannah Ellie Chloe Rebecca Katie Laura Rachel "
        "Helen Claire Joanne Alison Gemma Harriet Imogen Philippa Poppy Rosie Beatrice Florence Matilda "
        "Eleanor Victoria Abigail Grace May Hope Isla Freya Daisy Evie Holly Zoe Georgina Penelope "
        "Bethany Kirsty Lauren Natalie",
        "James Oliver Harry George Jack Charlie Thomas William Henry Edward Oscar Alfie Archie Freddie "
        "Samuel Joseph Daniel Matthew Benjamin Christopher Richard Simon Andrew Mark Paul Stephen "
        "Nigel Graham Colin Martin Rupert Hugo Toby Jonathan Alistair Ben Will Rob Tom Ollie Jake",
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson "
        "Wright Walker White Edwards Hughes Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner "
        "Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell "
        "James Anderson Phillips Lee Bell Parker Davis Cook Hunter Bishop Fletcher Chapman Barker "
        "Holloway Pemberton Ashworth Whitfield Hargreaves Blackwood Fairweather Kingsley Hollingsworth "
        "Thornton Wainwright Atherton Carrington Aldridge Cartwright Fenwick Pickering Rowntree "
        "Haworth Entwistle Sutcliffe Ackroyd Braithwaite Postlethwaite Little Gray Rose Summers "
        "Goodwin Marsh Holt Hale Lamb Crane Fox Nash",
    ),
    "american": (
        "Ashley Brittany Madison Kayla Taylor Brianna Megan Tiffany Amber Jasmine Courtney Kaitlyn "
        "Destiny Savannah Aubrey Harper Avery Addison Peyton Kennedy Mackenzie Sydney Shelby Dakota "
        "Jennifer Stephanie Heather Kimberly Melissa Crystal April Misty Shannon Danielle Lindsey "
        "Haley Paige Riley Brooke Kelsey",
        "Tyler Brandon Austin Cody Dustin Travis Chase Hunter Garrett Colton Bryce Dalton Brady Logan "
        "Mason Carter Wyatt Jaxon Landon Easton Brett Kyle Derek Jeremy Trevor Shane Corey Darnell "
        "DeShawn Marcus Terrell Jamal Andre Tyrone Dwayne Jaylen Malik Cameron Chad Todd",
        "Miller Davis Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Jackson "
        "Thompson White Harris Sanchez Ramirez Lewis Robinson Walker Young Allen Hall Nguyen Hill Flores "
        "Green Adams Nelson Baker Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz "
        "Parker Cruz Edwards Collins Reyes Stewart Morris Murphy Rivera Cook Rogers Peterson Washington "
        "Jefferson Brooks Sanders Price Bennett Barnes Henderson Coleman Jenkins Perry Powell Long "
        "Patterson Hughes Butler Simmons Foster Bryant Alexander Russell Griffin Hayes Myers Ford "
        "Hamilton Graham Sullivan Wallace Woods Cole West Jordan Owens Reynolds Fisher Ellis "
        "Harrington Whitaker Kowalczyk Schroeder Lindquist Novak Dunham Mayfield Pruitt Huckabee",
    ),
    "irish": (
        "Aoife Siobhán Niamh Ciara Saoirse Orla Róisín Caoimhe Sinéad Aisling Clodagh Gráinne Eimear "
        "Úna Deirdre Maeve Fiadh Nuala Bríd Ailbhe Sorcha Méabh Laoise Muireann Órla",
        "Seán Ciarán Eoin Pádraig Cian Oisín Darragh Conor Cormac Donal Fionn Lorcan Ruairí Tadhg "
        "Diarmuid Colm Niall Rónán Fergal Declan Eamon Liam Shane Brendan Kieran",
        "Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
        "Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly "
        "O'Connell Wilson Dunne Brennan Burke Collins Campbell Clarke Johnston Hughes O'Farrell "
        "Fitzgerald Brown Martin Maguire Nolan Flynn Thompson O'Callaghan O'Donnell Duffy O'Mahony "
        "Boyle Healy O'Shea White Sweeney Hayes Kavanagh Power McGrath Moran Brady Stewart Casey "
        "Foley Fitzpatrick O'Leary McDonnell MacNamara Ó_Briain Mac_Giolla Ní_Bhriain",
    ),
    "scottish": (
        "Isla Eilidh Kirsty Morag Fiona Shona Catriona Ailsa Mairi Iona Rhona Lorna Ishbel Elspeth "
        "Seonaid Kenna Skye Heather",
        "Hamish Angus Callum Euan Fraser Alasdair Ewan Murdo Ruaridh Struan Finlay Lachlan Gregor "
        "Duncan Malcolm Craig Ross Iain",
        "MacDonald Campbell Stewart Robertson Thomson Anderson Scott Murray MacLeod Reid Ross Paterson "
        "Fraser McKenzie Mackenzie Mackay Cameron Graham Johnstone Hamilton McIntyre MacGregor "
        "Sutherland Munro Kerr Buchanan Drummond Ferguson Forsyth Galbraith Gillespie Henderson "
        "McAllister MacInnes McLean Menzies Ogilvie Urquhart Wallace Crawford Baird Lindsay "
        "McPherson MacKinnon Cunningham",
    ),
    "welsh": (
        "Angharad Bethan Carys Cerys Ffion Gwen Heledd Lowri Mali Nia Rhiannon Seren Siân Eira",
        "Aled Dafydd Emyr Gethin Gruffydd Huw Iwan Llŷr Owain Rhodri Rhys Steffan Tomos Cai",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Owen Price Jenkins "
        "Pritchard Powell Llewellyn Pugh Bowen Prosser Vaughan Parry Rees Howells Gwynne Meredith",
    ),
    "indian": (
        "Priya Ananya Divya Kavya Neha Pooja Shreya Aishwarya Deepika Lakshmi Meera Nandini Radhika "
        "Sunita Anjali Swati Ritu Sneha Aarti Madhuri Nisha Pallavi Shalini Tanvi Isha Ishita Sanjana "
        "Gayatri Harpreet Simran",
        "Arjun Rahul Rohan Vikram Amit Sanjay Rajesh Suresh Ravi Anil Vijay Aditya Karthik Nikhil Pranav "
        "Siddharth Varun Akash Deepak Manoj Arvind Gaurav Harish Kiran Naveen Rajiv Sameer Tarun "
        "Gurpreet Harjit",
        "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Menon Pillai Rao Joshi Desai Mehta Shah Agarwal "
        "Chopra Kapoor Malhotra Banerjee Chatterjee Mukherjee Bose Das Ghosh Sen Verma Srivastava "
        "Mishra Pandey Tiwari Dubey Kulkarni Deshpande Bhat Hegde Shetty Naidu Chaudhary Saxena Bhatt "
        "Krishnan Subramanian Venkatesh Ramaswamy Narayanan Gill Sandhu Dhillon Sidhu Grewal",
    ),
    "pakistani": (
        "Ayesha Sana Hira Mahnoor Iqra Amna Bushra Farah Sadia Mehwish Rabia Saima",
        "Usman Bilal Imran Faisal Asad Zubair Tariq Waqar Kamran Adnan Shahid Irfan",
        "Khan Malik Qureshi Butt Chaudhry Awan Raja Mirza Sheikh Siddiqui Hashmi Bhatti Rana Abbasi "
        "Akhtar Iqbal Javed Rehman Aslam Niazi Baig Gilani Durrani Afridi Lodhi",
    ),
    "nigerian": (
        "Chioma Ngozi Adaeze Ifeoma Nneka Amaka Chiamaka Uchenna Funmilayo Folake Yetunde Bisola Temitope "
        "Omolara Titilayo Adebola Zainab Aisha Hauwa Halima Blessing Precious Favour Ebere Kemi Tolu",
        "Chinedu Emeka Obinna Ikenna Chukwuemeka Nnamdi Uchechukwu Adebayo Babatunde Olumide Oluwaseun "
        "Tunde Segun Femi Kunle Ayodele Abubakar Musa Ibrahim Sani Yusuf Chidi Tochukwu Kelechi Ifeanyi",
        "Okafor Okonkwo Eze Nwosu Obi Nwankwo Okeke Chukwu Onyeka Ibe Adeyemi Adebayo Ogunleye Olawale "
        "Oyelaran Balogun Afolabi Adeleke Bello Abubakar Lawal Danjuma Usman Mohammed Okoro Etim Bassey "
        "Effiong Akpan Udoh Okoye Anyanwu Uzoma Nwachukwu Ogbonna Olaniyan Adewale Fashola Ajayi Ojo "
        "Oladipo Adekunle Babangida Yakubu Ekwueme Ogundipe Akinola Odunsi Onuoha Igwe",
    ),
    "ghanaian": (
        "Ama Akosua Abena Efua Yaa Afua Adwoa Akua Esi Adjoa Araba Dzifa Mawusi Naa Yaaba",
        "Kwame Kofi Kwabena Kwaku Yaw Kwesi Kojo Kwadwo Fiifi Ekow Nana Selasi Edem Kobina Kodwo",
        "Mensah Boateng Owusu Asante Osei Agyeman Appiah Amoah Darko Ofori Adjei Antwi Acheampong "
        "Badu Kufuor Ansah Frimpong Quaye Tetteh Lartey Nkrumah Annan Gyamfi Sarpong Bonsu Yeboah "
        "Danquah Opoku Addo Amponsah",
    ),
    "chinese": (
        "Wei Fang Xiu Ying Li Na Mei Jing Yan Hui Xin Yu Lan Ting Qian Xue Ling Zhen Hong Yun Lei",
        "Wei Jun Hao Ming Jie Tao Qiang Lei Chen Yang Bo Peng Feng Zhiwei Jianguo Haoran Zihan Yichen "
        "Kai Rui",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang "
        "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng "
        "Wei Lu Chan Wong Leung Cheung Ng Lau Tsang Ho",
    ),
    "japanese": (
        "Yuki Sakura Haruka Aoi Yui Hina Mio Rin Miyu Nanami Akiko Keiko Naoko Tomoko Yoko Emi Ayaka "
        "Misaki",
        "Haruto Yuto Sota Ren Hiroshi Takashi Kenji Satoshi Daisuke Kazuki Ryota Shota Takumi Yusuke "
        "Koji Makoto Naoki Sho",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
        "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto "
        "Ishikawa Ogawa Fujita Okada Goto Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Ha-eun Soo-ah Ji-yeon Eun-ji Hye-jin Yuna Seo-yun Da-eun Su-bin",
        "Min-jun Seo-jun Ji-ho Do-yoon Hyun-woo Joon-ho Sung-min Jae-hyun Tae-yang Dong-hyun Woo-jin "
        "Jin-woo",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong "
        "Yoo Ko Moon Yang Baek",
    ),
    "vietnamese": (
        "Linh Trang Huong Thao Ngoc Phuong Mai Lan Hanh Thuy Anh Hoa",
        "Minh Tuan Hung Duc Long Thanh Quang Khanh Dung Hieu Nam Bao",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Mai Trinh",
    ),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Lorna Analyn Kristine Mylene Rhea Jessa Angelica Princess",
        "Jomar Rodel Arnel Jayson Rommel Reynaldo Dindo Bongbong Marlon Jericho Ronaldo Efren",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva "
        "Ramos Castro Rivera Aquino Navarro Salazar Mercado Dela_Cruz Delos_Santos Macapagal Dimaculangan "
        "Pangilinan Magbanua",
    ),
}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


GIVEN_F = {k: _split(v[0]) for k, v in ORIGINS.items()}
GIVEN_M = {k: _split(v[1]) for k, v in ORIGINS.items()}
SURNAMES = {k: _split(v[2]) for k, v in ORIGINS.items()}

# Origin weights per language of the text.
WEIGHTS = {
    "de": [
        ("german", 34), ("austrian", 9), ("swiss", 7), ("turkish", 9), ("polish", 6), ("italian", 5),
        ("russian", 4), ("ukrainian", 4), ("arabic", 4), ("kurdish", 2), ("persian", 2), ("greek", 2),
        ("balkan", 3), ("albanian", 2), ("romanian", 2), ("czech", 1), ("hungarian", 1), ("dutch", 2),
        ("french", 2), ("spanish", 2), ("portuguese", 1), ("swedish", 1), ("nordic", 1), ("finnish", 1),
        ("english", 1), ("american", 1), ("irish", 1), ("indian", 1), ("vietnamese", 1), ("chinese", 1),
        ("nigerian", 1), ("ghanaian", 1), ("japanese", 1), ("korean", 1),
    ],
    "en": [
        ("english", 18), ("american", 18), ("irish", 7), ("scottish", 5), ("welsh", 3), ("indian", 8),
        ("pakistani", 3), ("nigerian", 5), ("ghanaian", 2), ("chinese", 5), ("japanese", 1),
        ("korean", 2), ("vietnamese", 2), ("filipino", 2), ("german", 3), ("french", 2), ("spanish", 2),
        ("italian", 2), ("polish", 2), ("dutch", 1), ("portuguese", 1), ("greek", 1), ("arabic", 2),
        ("turkish", 1), ("persian", 1), ("swedish", 1), ("nordic", 1), ("russian", 1), ("ukrainian", 1),
        ("balkan", 1), ("romanian", 1), ("hungarian", 1), ("czech", 1), ("albanian", 1), ("finnish", 1),
        ("kurdish", 1),
    ],
}

# Surnames and given names that are also ordinary words; they appear as labelled names in texts
# with personal data and as plain words in the clean texts.
WORD_NAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Bauer", "Schneider", "Vogel", "Winter", "Sommer", "König", "Jung",
           "Klein", "Lang", "Kaiser", "Hahn", "Fink", "Engel", "Stein", "Graf"],
    "en": ["Baker", "Hunter", "May", "Grace", "Will", "Hope", "Rose", "Cook", "Bishop", "Young",
           "Little", "Fox", "Marsh", "Summers", "Long", "Price", "Crane"],
}

PARTICLES = ["von", "van", "der", "den", "de", "la", "del", "di", "da", "du", "le", "zu", "el", "al",
             "dela", "delos", "mac", "ó", "ní", "lo"]


def all_given():
    out = []
    for k in ORIGINS:
        for n in GIVEN_F[k] + GIVEN_M[k]:
            if n not in out:
                out.append(n)
    return out


def all_surnames():
    out = []
    for k in ORIGINS:
        for n in SURNAMES[k]:
            if n not in out:
                out.append(n)
    return out
