"""Name lists of the thirtieth PII bank, held-out half.  Written for this half:
given names (male, female) and surnames of 41 origins, ordinary-word surnames,
origin weights per language with country boosts, and the syllables of the
invented names.  No package is used."""

import unicodedata

# origin: (male given names, female given names, surnames)
# a "/" inside a surname entry gives the female form: "Novák/Nováková"
ORIGINS = {
    "german": (
        "Lukas Jonas Leon Finn Paul Felix Maximilian Elias Noah Luis Julian Moritz Jan Tim Niklas Philipp "
        "Tobias Alexander Sebastian Florian Matthias Stefan Thomas Andreas Michael Markus Christian Daniel "
        "Martin Jürgen Uwe Klaus Dieter Wolfgang Rainer Holger Jens Sven Dirk Torsten Kai Malte Hannes "
        "Henrik Till Jannik Lasse Ole Karsten Bernd Gerhard Helmut Volker Ulrich Heiko Detlef Ralf Norbert "
        "Hartmut Günter Horst Joachim Reinhard Konstantin Benedikt Vincent Anton Emil Mats Fritz Jakob",
        "Anna Lena Laura Lea Hannah Sophie Marie Julia Sarah Katharina Johanna Leonie Clara Emma Mia "
        "Charlotte Luisa Franziska Theresa Miriam Sabine Petra Claudia Andrea Susanne Stefanie Nicole Kerstin "
        "Anja Silke Heike Birgit Ute Karin Monika Gabriele Renate Ingrid Ursula Brigitte Helga Jutta Dagmar "
        "Antje Annika Merle Svenja Wiebke Insa Frauke Imke Carina Jana Nadine Tanja Melanie Vanessa Jessica "
        "Ronja Greta Frieda Paulina Mathilda Henriette Josephine Amelie",
        "Schmidt Meyer Wagner Becker Schulz Hoffmann Schröder Neumann Schmitz Krause Lehmann Köhler Herrmann "
        "Walter Mayer Huber Peters Lange Möller Krüger Hartmann Werner Lorenz Ludwig Böhm Franke Albrecht "
        "Schuster Simon Winkler Baumann Heinrich Kraus Berger Vogt Friedrich Keller Günther Haas Schreiber "
        "Dietrich Ziegler Kuhn Pohl Horn Bergmann Voigt Arnold Wolff Pfeiffer Seidel Brandt Ebert Schulte "
        "Jansen Heinze Menzel Böttcher Brinkmann Husmann Ostermann Rademacher Timmermann Wessel Brüggemann "
        "Hollmann Janßen Ehlers Lüdtke Schütte Kolbe Rösler Reuter Gerlach Stöcker Thiele Seifert Eckert "
        "Martens Hesse Wendt Heller Kretschmer Dörr Lindemann Kessler Schilling Hildebrandt Nowotny "
        "Behrens Gottschalk Kirchner Riedel Scholz Sommerfeld Tiedemann Vollmer Wiegand Zeller Strauß"),
    "austrian": (
        "Florian Lukas David Tobias Simon Fabian Johannes Dominik Manuel Stefan Christoph Markus Andreas "
        "Wolfgang Gerhard Josef Franz Alois Herbert Leopold Ferdinand Valentin Raphael Matthäus Bernhard "
        "Clemens Roman Gernot Reinhold Ewald Kilian Lorenz Jakob Georg Hubert Vinzenz Gottfried Engelbert",
        "Magdalena Katharina Theresa Verena Birgit Elisabeth Christina Barbara Sabine Andrea Silvia Martina "
        "Michaela Manuela Marlene Valentina Lena Anna Johanna Hanna Viktoria Sophie Isabella Helene Eva "
        "Ingeborg Gertraud Waltraud Hermine Leopoldine Christl Resi Lisa Nina Katrin Bettina Notburga",
        "Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Eder Schmid Winkler Maier Reiter "
        "Mayr Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner Koller Lehner Haas "
        "Holzer Haider Strasser Kogler Hölzl Posch Riegler Kofler Unterberger Zach Stadler Gschwandtner "
        "Hinterberger Ortner Plank Rainer Seidl Wieser Lindner Fellner Grabner Pirker Obermayr Brandstätter "
        "Mühlbacher Kainz Lackner Trummer Hirschmann Kronberger Gratzer Pfandl Fuchsberger Hammerl Schwaiger "
        "Zehetner Wurzer Rieder Angerer Stöger Hödl Schachner Mitterer Ploner"),
    "swiss": (
        "Luca Noah Leon Levin Nico Jonas Elias Andrin Jan Gian Reto Urs Beat Ueli Peter Hansruedi Jürg Roger "
        "Daniel Thomas Martin Christoph Marco Fabian Lukas Matthias Silvan Cyrill Dario Flurin Sandro Adrian "
        "Remo Pascal Stefan Kurt Walter Res Mathis Joel Severin Linus",
        "Mia Lara Lina Alina Elena Nina Laura Jana Sara Lea Noemi Seraina Ladina Corina Nadja Sibylle Regula "
        "Vreni Ursula Esther Barbara Monika Claudia Cornelia Manuela Franziska Rahel Tamara Jasmin Simone "
        "Andrea Daniela Martina Annina Flurina Selina Leonie Aline Chiara Mirjam Ramona",
        "Meier Schmid Keller Huber Meyer Steiner Gerber Brunner Baumann Moser Widmer Wyss Roth Suter "
        "Baumgartner Bachmann Studer Bühler Berger Kaufmann Lüthi Hofmann Marti Kunz Zürcher Schär Ammann "
        "Egli Rüegg Bättig Gisler Zbinden Aebi Hug Rohner Wenger Bosshard Christen Sutter Hürlimann Imhof "
        "Burri Känzig Flückiger Niederberger Odermatt Tschudi Caduff Cavelti Capaul Derungs Bieri Gasser "
        "Zumstein Inäbnit Furrer Heer Kälin Stucki Oberholzer Vonlanthen Jost Schnyder Grünenfelder "
        "Vögeli Ziörjen Gysin Nägeli Bärtschi Wüthrich Tanner Zwahlen Hänni"),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Burak Kemal "
        "Serkan Cem Onur Barış Kaan Eren Mert Volkan Tolga Uğur Erkan Selim Halil Arda Efe Berk Yiğit Kerem "
        "Okan Tuncay Orhan Levent Sinan Cengiz Taner",
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hanife Merve Esra Büşra Selin Derya Gül "
        "Aylin Ebru Seda Özlem Dilek Tuba Ceren Yasemin Gizem Sibel Songül Nurcan Melike Hülya Duygu Pınar "
        "Buse İrem Ecrin Nisa Defne Sevgi Hande Tülay",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
        "Koç Özkan Şimşek Polat Korkmaz Karataş Erdoğan Aksoy Güneş Tekin Bulut Akın Özer Kaplan Keskin Ünal "
        "Güler Bozkurt Uçar Turan Avcı Erdem Duman Aktaş Akbulut Coşkun Işık Altun Bayram Karakaya Tunç "
        "Gündoğdu Yavuz Kocabaş"),
    "polish": (
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Kamil Mateusz Adam Marek Grzegorz "
        "Rafał Wojciech Dariusz Mariusz Szymon Bartosz Jacek Przemysław Sebastian Dawid Kacper Filip Wiktor "
        "Maciej Zbigniew Janusz",
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Karolina Natalia "
        "Paulina Justyna Dorota Beata Iwona Marta Zuzanna Julia Weronika Wiktoria Agata Urszula Halina "
        "Grażyna Bożena Kinga Dominika Sylwia",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski "
        "Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Majewski Olszewski Jaworski Wróbel "
        "Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran "
        "Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski "
        "Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski"),
    "italian": (
        "Marco Luca Giuseppe Giovanni Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Paolo Roberto "
        "Simone Federico Riccardo Nicola Massimo Claudio Fabio Emanuele Gabriele Tommaso Leonardo Pietro "
        "Antonio Salvatore Vincenzo Raffaele Enrico",
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Silvia Elena Laura Giorgia Alice "
        "Elisa Paola Roberta Serena Ilaria Beatrice Camilla Aurora Ginevra Lucia Caterina Veronica Daniela "
        "Simona Rosaria Giovanna Maria Grazia",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De Luca Costa "
        "Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara "
        "Galli Martini Longo Gentile Martinelli Vitale Lombardo Coppola De Santis D'Angelo Marchetti Parisi "
        "Ferraro Ferri Fabbri Marini Grasso Valentini Messina De Angelis Gatti Pellegrini Palumbo Sanna "
        "Farina Rizzi Cattaneo Morelli Amato Silvestri Mazza Grassi Pellegrino Carbone Giuliani Benedetti "
        "Barone Rossetti Caputo Montanari Palmieri Bernardi Ferretti Bellini Basile Donati Piras Vitali "
        "Battaglia Sartori Di Stefano Lo Bianco"),
    "russian": (
        "Aleksandr Dmitri Sergei Andrei Alexei Ivan Mikhail Nikolai Vladimir Yevgeny Pavel Artyom Maxim "
        "Kirill Roman Oleg Igor Konstantin Viktor Denis Anton Ilya Stanislav Vadim Boris Grigory Yuri Timur "
        "Fyodor Gleb",
        "Anastasia Maria Ekaterina Olga Tatiana Natalia Irina Svetlana Elena Yulia Daria Polina Ksenia Marina "
        "Viktoria Alina Vera Lyudmila Galina Nadezhda Oksana Valeria Sofia Alyona Kristina Yana Zhanna "
        "Larisa Tamara Yekaterina",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fyodorov Morozov Volkov "
        "Alekseev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin "
        "Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov Sergeyev Kuzmin Frolov Belov "
        "Medvedev Tarasov Belyaev Komarov"),
    "ukrainian": (
        "Oleksandr Andriy Serhiy Volodymyr Mykola Taras Bohdan Yaroslav Dmytro Vasyl Ostap Petro Yuriy Oleh "
        "Maksym Vitaliy Artem Denys Ihor Stepan Anatoliy Ruslan Viktor",
        "Olena Oksana Iryna Kateryna Tetiana Halyna Larysa Nataliya Svitlana Solomiya Khrystyna Mariya "
        "Sofiia Anastasiia Viktoriia Daryna Uliana Lesya Inna Alla Hanna Zoryana",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar "
        "Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravets Kuzmenko "
        "Ponomarenko Vasylenko Levchenko Kharchenko Sydorenko Karpenko Melnyk Boyko Kovalchuk Hnatyuk "
        "Yaremchuk Romanyuk Fedoriv Hrytsenko Zinchenko Ostapenko Lytvyn Didenko Honchar"),
    "arabic": (
        "Mohammed Ahmed Mahmoud Omar Khaled Youssef Ibrahim Hassan Hussein Karim Tarek Samir Nabil Rami Fadi "
        "Bilal Hamza Ziad Walid Adel Mustafa Amir Jamal Nasser Anas Majid Tamer Ayman Rashid Hisham",
        "Fatima Aisha Maryam Layla Noor Yasmin Rania Hana Salma Dina Lina Amira Nadia Samira Huda Zainab "
        "Rasha Reem Mona Heba Nour Leila Farah Ghada Nawal Rim Lamia Asma",
        "Al-Sayed Haddad Khoury Mansour Saleh Hamdan Darwish Khalil Abbas Aziz Rahman Younes Barakat Shami "
        "Farouk Masri Qasim Najjar Hijazi Saadeh Jaber Karam Kassem Haddadin Azzam Bakri Ben Ali El-Amin "
        "Al-Hashimi Omari Sabbagh Tamimi Chahine Bitar Issa Nassar Awad"),
    "kurdish": (
        "Azad Baran Dilshad Rebwar Shivan Karwan Hawar Serhat Rojhat Berzan Aram Dara Soran Kawa Rizgar "
        "Bawer Welat Ciwan Sirwan Hejar Rêber Diyar",
        "Rojin Berfin Dilan Hêvî Jiyan Helin Zilan Nazdar Avesta Gulistan Narin Evin Rojda Zerya Berivan "
        "Nesrin Delal Şilan Beritan Hevin Xezal Sosin",
        "Amedi Botani Rekani Goran Mahmud Zebari Duhoki Hawrami Jaff Baban Berwari Mizuri Doski Gerdi Herki "
        "Sindi Zaxoyi Akreyi Ciziri Xani Barwari Kurdo Bilbas Mukri"),
    "persian": (
        "Reza Mohammad Hossein Mehdi Saeed Babak Kaveh Dariush Kourosh Farhad Behzad Arash Navid Omid Payam "
        "Shahab Siavash Ramin Parviz Nima Sina Pouya Farshid Bijan Houman Kamran",
        "Fatemeh Zahra Shirin Parisa Mina Nasrin Roya Azadeh Golnar Yasaman Negin Mahsa Niloufar Parvaneh "
        "Shiva Taraneh Bahar Ladan Soheila Forough Nazanin Elham Hoda Sepideh Anahita",
        "Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Rahimi Hashemi Jafari Sadeghi Ghasemi Kazemi Mousavi "
        "Rostami Tehrani Shirazi Esfahani Farahani Najafi Akbari Bagheri Salehi Zamani Tabrizi Javadi Soltani "
        "Amini Nazari Ebrahimi Heidari Yazdani Khorasani"),
    "greek": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Athanasios Michail "
        "Evangelos Spyridon Alexandros Stavros Kostas Yannis Nikos Petros Thanos Apostolos Theodoros Pavlos "
        "Antonis Manolis",
        "Eleni Aikaterini Vasiliki Angeliki Dimitra Georgia Konstantina Paraskevi Ioanna Despina Eirini "
        "Panagiota Theodora Chrysa Stavroula Evangelia Kalliopi Zoi Foteini Athina Myrto",
        "Papadopoulos Papadakis Georgiou Oikonomou Nikolaidis Konstantinidis Dimitriou Pappas Vlachos "
        "Antoniou Ioannidis Karagiannis Makris Christodoulou Georgiadis Athanasiou Alexiou Panagiotopoulos "
        "Papageorgiou Vasileiou Theodorou Michailidis Lazaridis Stavropoulos Kyriakou Angelopoulos Tsakiris "
        "Doukas Kontos Mavridis Fotiou Anagnostou Sideris Zervas"),
    "balkan": (
        "Marko Nikola Stefan Luka Aleksandar Milan Dragan Zoran Goran Dejan Nenad Petar Miloš Vuk Tomislav "
        "Josip Ante Mario Dario Emir Adnan Haris Amar Edin Mirza Tarik Davor Bojan Srđan Branko Matej Jure",
        "Ana Jelena Milica Ivana Marija Maja Sanja Dragana Snežana Jovana Tijana Katarina Mirela Petra "
        "Lucija Nikolina Tea Ema Amra Lejla Emina Selma Aida Amela Merima Sabina Dženana Nataša Vesna "
        "Gordana Ljiljana Špela",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović "
        "Kovačević Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Tomić Matić Božić Pavić Hodžić "
        "Hadžić Mehmedović Begić Delić Šehić Karić Suljić Alić Kovač Zupan Krajnc Potočnik Mlakar Vidmar "
        "Golob Vidović Šimić Grgić Lovrić Radić Blažević"),
    "albanian": (
        "Arben Ardit Besnik Blerim Driton Erion Fatmir Ilir Klodian Luan Arian Valon Agron Bujar Dritan Edon "
        "Florent Granit Hekuran Kushtrim Lirim Naim Rinor Shkëlzen Vigan Xhevdet Altin Enis",
        "Albana Arta Blerta Drita Elira Fjolla Flutura Jehona Kaltrina Lirije Majlinda Mimoza Rina Teuta "
        "Vjosa Ardita Besa Doruntina Eglantina Elona Erza Fatjona Lindita Valbona Shqipe Donika Arbnora",
        "Krasniqi Gashi Berisha Morina Shala Hoxha Kelmendi Bytyqi Rexhepi Hasani Ahmeti Musliu Ismaili "
        "Sadiku Osmani Halili Dervishi Kastrati Murati Zeka Bajrami Gjoni Leka Dushi Mehmeti Beqiri Demaj "
        "Kryeziu Salihu Topalli Qerimi Xhaferi Limani"),
    "romanian": (
        "Andrei Alexandru Mihai Ionuț Florin Cristian Adrian Bogdan Răzvan Gabriel Ștefan Vlad Radu Cătălin "
        "Sorin Dorin Marius Ovidiu Tudor Horia Lucian Dragoș Costin Vasile Gheorghe Emil Silviu Valentin",
        "Ioana Andreea Alexandra Cristina Mihaela Gabriela Raluca Roxana Diana Oana Bianca Alina Adriana "
        "Irina Simona Larisa Monica Daniela Anca Corina Loredana Denisa Iulia Teodora Smaranda Nicoleta "
        "Georgiana",
        "Popescu Ionescu Popa Radu Dumitru Stoica Gheorghe Munteanu Constantin Matei Ciobanu Rusu Moldovan "
        "Dobre Florea Barbu Nistor Lazăr Marin Cristea Dinu Manole Voicu Petrescu Georgescu Lungu Neagu "
        "Enache Sandu Zamfir Iordache Vasilescu Preda Anghel Dragomir Oprea Toma Ursu Mocanu Bălan"),
    "czech": (
        "Jan Petr Jiří Pavel Tomáš Jakub Lukáš Josef Jaroslav Miroslav Zdeněk Václav Michal Ondřej Vojtěch "
        "Matěj Radek Karel Stanislav Vít Libor Dušan Ľubomír Peter",
        "Jana Eva Hana Lenka Kateřina Lucie Věra Alena Veronika Jaroslava Tereza Markéta Barbora Zuzana "
        "Klára Adéla Eliška Natálie Ivana Šárka Jitka Radka Blanka",
        "Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková "
        "Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Pospíšil/Pospíšilová "
        "Hájek/Hájková Jelínek/Jelínková Růžička/Růžičková Beneš/Benešová Fiala/Fialová "
        "Sedláček/Sedláčková Doležal/Doležalová Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová "
        "Čermák/Čermáková Vaněk/Vaňková Blažek/Blažková Kříž/Křížová Kovář/Kovářová Bartoš/Bartošová "
        "Vlček/Vlčková Polák/Poláková Musil/Musilová Šimek/Šimková Konečný/Konečná Holub/Holubová "
        "Štěpánek/Štěpánková Kadlec/Kadlecová Hruška/Hrušková Kratochvíl/Kratochvílová Kopecký/Kopecká "
        "Mareš/Marešová"),
    "hungarian": (
        "László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András Csaba "
        "Balázs Bence Dániel Ádám Máté Levente Gergely Norbert Krisztián Róbert Miklós Imre Lajos",
        "Mária Erzsébet Katalin Ilona Éva Zsuzsanna Margit Judit Ágnes Erika Krisztina Eszter Anita Réka "
        "Dóra Zsófia Boglárka Lilla Viktória Hajnalka Orsolya Nóra Tímea Enikő Gabriella Piroska Emese",
        "Nagy Kovács Tóth Szabó Horváth Varga Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
        "Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Gál Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos "
        "Lukács Gulyás Biró Király Katona Jakab Bogdán Boros Fazekas Kelemen Antal Somogyi"),
    "dutch": (
        "Daan Sem Lucas Levi Bram Thijs Jesse Ruben Lars Stijn Koen Jeroen Bas Joost Maarten Wouter Sander "
        "Pieter Niels Rutger Gijs Hendrik Willem Sjoerd Martijn Teun Floris",
        "Tess Fenna Sanne Lotte Anouk Femke Lieke Iris Marieke Saskia Mirjam Ellen Anke Annemiek Inge "
        "Linda Marloes Renske Roos Noor Fleur Maud Lisanne Floor Jet Marit",
        "de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder "
        "de Groot Bos Vos Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf van der Meer "
        "van der Linden Kok Jacobs de Haan Vermeulen van den Heuvel van der Veen van den Broek de Bruijn "
        "van der Heijden Schouten van Beek Willems van Vliet van de Ven Hoekstra Maas Verhoeven Koster "
        "van Dam van der Wal Prins Blom Huisman Postma ter Horst"),
    "french": (
        "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Antoine Maxime Guillaume "
        "Mathieu Romain Hugo Louis Théo Arthur Gabriel Raphaël Baptiste Clément Quentin Olivier Benoît "
        "Sébastien Étienne Yannick Jean-Luc Jean-Marc Jean-Pierre",
        "Marie Nathalie Isabelle Sylvie Catherine Céline Julie Camille Léa Manon Chloé Inès Émilie Aurélie "
        "Élodie Mathilde Pauline Margaux Juliette Clémence Louise Océane Amandine Virginie Hélène "
        "Anne-Sophie Marie-Claire Anne-Laure",
        "Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel Garcia "
        "David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet "
        "François Legrand Garnier Faure Rousseau Guerin Muller Roussel Perrin Morin Mathieu Clément Gauthier "
        "Dumont Fontaine Chevalier de la Fontaine Le Gall Le Goff Duval Charpentier Boucher Lemaire"),
    "spanish": (
        "José Antonio Manuel Francisco Juan Javier Carlos Jesús Alejandro Miguel Rafael Pablo Sergio "
        "Fernando Jorge Alberto Álvaro Diego Adrián Raúl Enrique Ramón Íñigo Mateo Martín José Luis "
        "Juan Carlos",
        "María Carmen Isabel Cristina Marta Lucía Paula Raquel Pilar Rocío Beatriz Nuria Patricia Alba "
        "Irene Noelia Marina Inmaculada Montserrat Aitana María José Ana Belén",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz "
        "Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez "
        "Serrano Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina "
        "Garrido Cortés Castillo Lozano Guerrero Cano Prieto Méndez del Río de la Cruz"),
    "portuguese": (
        "João Pedro Tiago Rui Nuno Ricardo Bruno Diogo André Gonçalo Rodrigo Luís Paulo Vasco Duarte Afonso "
        "Martim Gustavo Matheus Caio Thiago Felipe Vinícius Guilherme",
        "Inês Mariana Catarina Joana Rita Filipa Carolina Leonor Matilde Patrícia Cláudia Teresa Fernanda "
        "Juliana Larissa Camila Letícia Bruna Renata Luana",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes "
        "Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares "
        "Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cunha Pires Reis Simões Antunes da Silva "
        "dos Santos de Souza Barbosa Azevedo Araújo Cavalcanti"),
    "nordic": (
        "Anders Johan Erik Nils Magnus Mikkel Rasmus Søren Jens Kasper Mads Oskar Axel Olav Sindre Eirik "
        "Håkon Sigurd Bjørn Torbjörn Gunnar Leif Stig Fredrik Kjell",
        "Ingrid Astrid Sigrid Maja Ida Freja Sofie Mette Hanne Kirsten Linnea Elin Ebba Saga Solveig "
        "Ragnhild Kari Silje Hege Tuva Signe Thea Liv",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
        "Lindberg Lindqvist Lundgren Berglund Bergström Sandberg Holm Nyström Hansen Jensen Nielsen Pedersen "
        "Christensen Rasmussen Sørensen Jørgensen Madsen Kristiansen Olsen Johannessen Haugen Bakken Solberg "
        "Dahl Halvorsen Lund Eide"),
    "finnish": (
        "Mikko Juha Jukka Matti Timo Antti Ville Janne Sami Pekka Heikki Eero Lauri Aleksi Onni Eetu "
        "Joonas Tuomas Olli",
        "Sanna Heidi Minna Päivi Tiina Riikka Aino Emilia Venla Ella Siiri Kaisa Noora Elina",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
        "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen "
        "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"),
    "english": (
        "James John David Michael Paul Andrew Richard Peter Stephen Robert Christopher Daniel Thomas Matthew "
        "Simon Ian Neil Gareth Stuart Oliver Harry George Jack Charlie Alfie Freddie Archie Henry Oscar Leo "
        "Theo Joshua Samuel Benjamin Alexander Luke Callum Adam Jamie Nathan Ryan Toby Rory Edward Dominic "
        "Lewis Jake Joe Nigel Graham Trevor Colin Barry Clive Rupert",
        "Sarah Emma Claire Rebecca Laura Rachel Helen Louise Victoria Charlotte Amy Lucy Hannah Sophie Emily "
        "Jessica Olivia Amelia Isla Ava Poppy Ella Freya Evie Millie Daisy Ruby Florence Harriet Eleanor "
        "Imogen Abigail Georgia Katie Megan Chloe Zoe Natalie Joanne Kerry Gemma Hayley Lauren Bethany "
        "Grace Rose Mary Beth Lily-Rose Anne-Marie Penelope Beatrix",
        "Smith Jones Williams Taylor Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
        "Edwards Hughes Hall Lewis Harris Clarke Jackson Ward Morris Moore Clark Allen Mitchell Scott "
        "Phillips Watson Davis Parker Bennett Shaw Richardson Bailey Collins Webb Rogers Gray Ellis Holmes "
        "Lloyd Barnes Harvey Pearce Atkinson Payne Gibson Ashworth Pemberton Whitfield Hargreaves Stanbridge "
        "Cartwright Fairbairn Blackwood Radcliffe Thornton Ainsworth Wainwright Marsden Crowther "
        "Hollingsworth Pickering Fletcher Spencer Dawson Lockwood Featherstone Oakley Sutcliffe Holloway "
        "Whitmore Kershaw Ramsbottom Entwistle Braithwaite"),
    "american": (
        "Michael Christopher Joshua Matthew Tyler Brandon Justin Austin Kyle Cody Dylan Ethan Mason Logan "
        "Caleb Noah Aiden Jayden Carter Wyatt Brayden Chase Garrett Travis Derek Shawn Cory Dustin Kevin "
        "Brian Jason Eric Scott Gregory Jeffrey Todd Marcus DeShawn Andre Jamal Malik Darnell Tyrone Xavier "
        "Santiago Bill",
        "Ashley Jessica Brittany Amanda Samantha Stephanie Jennifer Megan Lauren Kayla Taylor Madison "
        "Brianna Destiny Alexis Hailey Kaitlyn Morgan Courtney Whitney Tiffany Heather Crystal Amber Shannon "
        "Kimberly Melissa Danielle Brooke Savannah Aaliyah Imani Jasmine Keisha Tamika Latoya Mackenzie "
        "Addison Harper Avery Peyton Mary Beth Billie Jo Mary Kate",
        "Johnson Williams Jones Davis Garcia Rodriguez Wilson Martinez Anderson Taylor Thomas Moore Jackson "
        "Lee Thompson Harris Clark Lewis Robinson Perez Hall Allen Sanchez Wright Scott Nguyen Nelson Adams "
        "Campbell Mitchell Roberts Phillips Evans Parker Collins Edwards Stewart Morris Murphy Rivera "
        "Rogers Morgan Peterson Reed Bailey Kelly Howard Cox Ward Richardson Watson Brooks Jenkins Perry "
        "Powell Sullivan Russell Ortiz Gutierrez Washington Jefferson Henderson Coleman Simmons Patterson "
        "Hayes Bryant Griffin Myers Hamilton Graham Wallace Owens Reynolds Ellis Harrison McDonald "
        "Marshall Murray Freeman Webb Simpson Stevens Tucker Hicks Crawford Boyd Kennedy Warren Dixon Reyes "
        "Gordon Robertson Daniels Palmer Nichols Ferguson Hawkins Dunn Perkins Hudson Gardner Stephens Pierce "
        "Matthews Willis Watkins Olson Carroll Duncan Snyder Cunningham Bradley Andrews Armstrong Greene "
        "Lawrence Elliott Chavez Sims Kelley Franklin Lawson Kowalczyk Schultz Lindqvist"),
    "irish": (
        "Seán Patrick Conor Cian Darragh Oisín Eoin Ciarán Niall Fionn Tadhg Donal Diarmuid Pádraig Cathal "
        "Ruairí Colm Declan Aidan Liam Killian Shane Dermot Brendan Fergal Enda Cormac Rónán",
        "Aoife Niamh Siobhán Ciara Saoirse Caoimhe Orla Sinéad Róisín Gráinne Clodagh Aisling Deirdre "
        "Eimear Máire Nuala Fiadh Éabha Méabh Sorcha Ailbhe Muireann Bríd Úna Emer Sadhbh Bláthnaid "
        "Treasa Nora",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
        "Gallagher O'Doherty Kennedy Lynch Quinn McLoughlin O'Carroll Connolly Daly O'Connell Brennan "
        "Burke Johnston O'Farrell Fitzgerald Maguire Nolan Flynn O'Callaghan O'Donnell Duffy Mahony Boyle "
        "Healy Shanahan Ó Súilleabháin Mac Giolla Phádraig Keogh Cullen Dunne Kavanagh Whelan Hennessy "
        "Tierney Moran Dwyer Ní Bhriain"),
    "scottish": (
        "Alasdair Angus Hamish Fraser Calum Ruaridh Euan Fergus Finlay Gregor Iain Lachlan Murdo Struan "
        "Ewan Douglas Craig Graeme Alistair Duncan Kenneth Ross Blair",
        "Eilidh Catriona Kirsty Morag Mhairi Ailsa Shona Fiona Iona Kirsteen Elspeth Rhona Isobel Skye "
        "Lorna Ishbel Marsaili Annabel Moira Sheena Effie",
        "MacDonald Campbell Stewart Robertson Thomson Anderson MacLeod Fraser Murray Reid Paterson Henderson "
        "McKenzie MacKay Cameron Sinclair Gunn Munro Buchanan Drummond Ferguson Lamont McIntyre MacAllister "
        "Urquhart Forbes Kerr Rennie Baird Matheson Macpherson Mackintosh Sutherland Gillespie Crichton "
        "Dalgleish Lindsay Wallace Guthrie Ogilvie"),
    "welsh": (
        "Dafydd Rhys Gethin Emyr Iwan Huw Geraint Ifan Osian Llŷr Cai Aled Dewi Gruffudd Owain Elis Tomos "
        "Bryn Idris Meirion Tudur Wyn Siôn Rhodri",
        "Cerys Ffion Seren Nia Lowri Angharad Bethan Carys Eleri Gwen Heledd Mali Nerys Rhiannon Sian "
        "Sioned Catrin Elen Gwenllian Mared Llinos Awen",
        "Griffiths Owen Rees Jenkins Powell Pritchard Bowen Vaughan Parry Pugh Prosser Prydderch ap Rhys "
        "Llywelyn Meredith Gruffydd Bevan Probert Howells Jarman Cadwaladr Rowlands Watkins Gwynne"),
    "indian": (
        "Arjun Rahul Rohan Vikram Aditya Sanjay Amit Rajesh Suresh Anil Deepak Karan Nikhil Pranav Siddharth "
        "Vivek Manish Rakesh Harish Abhishek Gaurav Varun Kunal Ishaan Aarav Vihaan Krishna Ravi Naveen Sameer",
        "Priya Ananya Kavya Aishwarya Divya Pooja Neha Sneha Anjali Deepika Shreya Meera Lakshmi Sunita "
        "Nisha Ritu Swati Radhika Isha Aditi Riya Tanvi Kritika Shalini Pallavi Nandini Anusha Sakshi Jyoti",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Joshi Desai Menon Pillai Chatterjee "
        "Banerjee Mukherjee Bose Kapoor Malhotra Agarwal Verma Mishra Pandey Chaudhary Bhatt Naidu Kulkarni "
        "Deshpande Trivedi Saxena Srinivasan Krishnan Subramanian Venkatesan Ghosh Sinha Chopra Khanna Arora"),
    "pakistani": (
        "Muhammad Usman Imran Faisal Zeeshan Adnan Asif Tariq Shahid Waqar Junaid Saad Umar Fahad Shoaib "
        "Naveed Irfan Arslan Rizwan Salman Danish Owais Sohail",
        "Ayesha Sana Hina Amna Mehwish Sidra Rabia Saima Bushra Iqra Kiran Mahnoor Hira Aiman Anum Zara "
        "Samina Shazia Sobia Noreen Rukhsana Tahira Uzma Madiha Laiba",
        "Khan Malik Hussain Qureshi Chaudhry Sheikh Raza Iqbal Siddiqui Mirza Akhtar Javed Rana Bhatti "
        "Abbasi Awan Baig Aslam Rehman Nawaz Mahmood Anwar Yousaf Haider Gill Jatoi"),
    "nigerian": (
        "Chinedu Emeka Obinna Chukwuemeka Tunde Adebayo Oluwaseun Babatunde Segun Femi Kayode Ifeanyi "
        "Uchenna Ikenna Kelechi Chidi Olumide Tobi Ayodele Kunle Gbenga Sola Chibuzo Ebuka",
        "Ngozi Chioma Adaeze Amaka Nneka Funmilayo Folake Yetunde Titilayo Bukola Ifeoma Chiamaka Ada "
        "Oluwakemi Abimbola Temitope Hauwa Uju Nkechi Chidinma Ebere Adaora Morenike Omolara Ronke Halima",
        "Okafor Okonkwo Adeyemi Okeke Eze Nwosu Obi Chukwu Bello Abubakar Olawale Ogunleye Akinola Adeleke "
        "Oyelaran Onyeka Okoro Ndukwe Ogbu Oyewole Ajayi Balogun Fashola Afolabi Olatunji Ogunbiyi "
        "Anyanwu Iwu Ezeh Nwachukwu Akande"),
    "ghanaian": (
        "Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Kweku Ebo Kobina Kwesi Fiifi Ato Selorm Elikem Delali "
        "Nii Kpakpo",
        "Ama Akosua Abena Akua Yaa Afua Efua Adwoa Esi Araba Adjoa Dzifa Enyonam Esinam Mawusi Korkor "
        "Dede Aseye",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Amoah Darko Ofori Acheampong Adjei Antwi Kusi "
        "Frimpong Annan Quaye Quartey Tetteh Lamptey Addo Sarpong Nkansah Badu Gyamfi Ansah Oduro "
        "Amponsah Baffoe Danquah"),
    "kenyan": (
        "Kiprop Kipchoge Njoroge Omondi Ochieng Mutua Kibet Cheruiyot Onyango Juma Baraka Odhiambo Kiptoo "
        "Muriuki Kimani Wafula Barasa",
        "Wanjiru Akinyi Atieno Achieng Wambui Nyambura Njeri Chebet Jepkosgei Wanjiku Awino Adhiambo "
        "Mumbua Nekesa Nafula Auma Muthoni Wairimu Chepkoech Makena",
        "Kamau Otieno Mwangi Kiprotich Njoroge Omondi Ochieng Mutua Kibet Onyango Odhiambo Kimani Wafula "
        "Barasa Kariuki Kiplagat Maina Karanja Ndungu Wekesa Chege Gitau Macharia Nyaga Kirui Rotich Koech "
        "Langat Keter"),
    "chinese": (
        "Wei Jun Lei Hao Jie Tao Bin Qiang Ming Jian Peng Chao Kai Xin Zhiwei Haoran Yuxuan Zihao Jiahao "
        "Junjie Wenbo Tianyu Zhenyu Ka-ho Chun-kit Wing-kei",
        "Fang Xiu Ying Jing Yan Hui Xia Mei Ting Xue Yun Ling Qian Jia Xiaomei Yuting Xinyi Meiling Shuang "
        "Wen Hong Ka-yan Wing-yan",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao "
        "Peng Zeng Xiao Tian Dong Yuan Cai Jiang Cheng Shen Chan Wong Cheung Lau Chow Leung Tsang Yip Kwok"),
    "japanese": (
        "Haruto Yuto Sota Yuki Hayato Haruki Ryusei Kota Sosuke Riku Takumi Kenji Hiroshi Takashi Daisuke "
        "Kazuki Shota Naoki Kenta Yusuke Ryo Akira Satoshi Kaito Ren Tatsuya Masato Shun",
        "Yui Hina Aoi Sakura Rin Yuna Mio Akari Himari Koharu Yuka Ayaka Haruka Misaki Nanami Emi Yoko "
        "Keiko Naoko Tomoko Chihiro Asuka Kaori Megumi Rina Saki Miyu Nozomi Ayumi",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
        "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita "
        "Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo "
        "Aoki"),
    "korean": (
        "Min-jun Seo-jun Ji-ho Do-yun Ha-jun Ji-hoon Hyun-woo Seung-min Jae-won Sung-ho Dong-hyun Jun-seo "
        "Tae-yang Woo-jin Young-soo Sang-woo Kyung-ho Jin-woo Joon-young Chul-soo",
        "Seo-yeon Ji-woo Ha-eun Min-seo Soo-ah Ji-min Ye-jin Eun-ji Hye-jin So-yeon Yu-na Da-eun Soo-bin "
        "Min-ji Hyun-ju Ji-yeon Eun-bi Na-yeon Seo-hyun",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Jeon Hong Yoo Ko Bae "
        "Baek Heo Nam Noh"),
    "vietnamese": (
        "Minh Tuấn Hùng Dũng Huy Khoa Phúc Quang Thắng Đức Hiếu Thành Trung Hải Việt Bảo Khánh Tâm Vinh "
        "Cường Kiên Toàn",
        "Linh Hương Trang Thảo Ngọc Phương Thu Hằng Hạnh Vy Nhung Quỳnh Yến Trâm Uyên Diệp Hoa Tuyết Nga "
        "Thủy Giang Hiền",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Hồ Ngô Dương Lý Đinh Trương Lương Đào Lâm Tạ "
        "Châu Quách Vương Kiều Thái"),
    "filipino": (
        "Angelo Carlo Paolo Jerome Rommel Ramon Eduardo Ariel Noel Arnel Romeo Jayson Kristoffer Rey Marvin "
        "Jomar Aldrin Nestor Rodel John Paul",
        "Angelica Kristine Marites Rowena Maricel Jennelyn Rosalie Analyn Charmaine Hazel Arlene Jocelyn "
        "Divina Rhea Marilou Rizza Janelle Mary Grace Joy",
        "Reyes Bautista Ocampo Mendoza Tomas Andrada Flores Villanueva Aquino Salazar Mercado Dela Cruz "
        "De los Santos Gonzales Aguilar Pascual Manalo Dizon Gatdula Magbanua Soriano Tolentino Domingo "
        "Fernandez Macaraeg"),
    "bulgarian": (
        "Georgi Dimitar Nikolay Hristo Todor Stoyan Vasil Krasimir Plamen Rumen Lyubomir Kaloyan Boyan "
        "Atanas Svetoslav Yordan",
        "Ivanka Yordanka Desislava Gergana Tsvetelina Snezhana Kalina Milena Rositsa Vesela Bilyana "
        "Nikoleta Ralitsa Velislava Denitsa Mariela",
        "Georgiev Dimitrov Nikolov Hristov Stoyanov Todorov Iliev Vasilev Atanasov Petkov Angelov Kolev "
        "Yordanov Marinov Stefanov Krastev Kostov Mihaylov Dobrev Tsvetkov Zhelev Slavov"),
    "baltic": (
        "Mantas Darius Andrius Mindaugas Vytautas Paulius Gediminas Jānis Andris Mārtiņš Kārlis Edgars "
        "Raimonds Artūrs Aivars",
        "Rūta Ieva Gabija Austėja Eglė Jurgita Aušra Vaida Līga Ilze Inese Baiba Dace Kristīne Zane Elīna",
        "Kazlauskas/Kazlauskienė Jankauskas/Jankauskienė Petrauskas/Petrauskienė Stankevičius/Stankevičienė "
        "Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskienė Butkus/Butkienė Paulauskas/Paulauskienė "
        "Urbonas/Urbonienė Kavaliauskas/Kavaliauskienė Bērziņš/Bērziņa Kalniņš/Kalniņa Ozols/Ozola "
        "Jansons/Jansone Liepiņš/Liepiņa Krūmiņš/Krūmiņa Vītols/Vītola Balodis/Balode Ozoliņš/Ozoliņa "
        "Zariņš/Zariņa"),
    "ethiopian": (
        "Abebe Dawit Tesfaye Yohannes Getachew Bekele Mulugeta Girma Tekle Alemayehu Biniam Henok Eyob "
        "Natnael Kidus Mesfin Fikru",
        "Almaz Tigist Hiwot Meseret Selam Bethlehem Mekdes Senait Tsehay Saba Feven Liya Eden Aster Genet "
        "Yordanos",
        "Tesfaye Bekele Haile Girma Alemu Tadesse Kebede Wolde Gebre Mekonnen Assefa Desta Negash Abera "
        "Tefera Ayele Demissie Worku Gebremedhin Berhane Asfaw Hailu Lemma"),
}

# multi-word entries (double given names, particles) are written with a space;
# the splitter keeps them together through this list
MULTI = ["Maria Grazia", "José Luis", "Juan Carlos", "María José", "Ana Belén", "Mary Beth", "Billie Jo",
         "Mary Kate", "John Paul", "Mary Grace", "De Luca", "De Santis", "De Angelis", "Di Stefano",
         "Lo Bianco", "de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot", "van Leeuwen",
         "de Wit", "de Graaf", "van der Meer", "van der Linden", "de Haan", "van den Heuvel", "van der Veen",
         "van den Broek", "de Bruijn", "van der Heijden", "van Beek", "van Vliet", "van de Ven", "van Dam",
         "van der Wal", "ter Horst", "de la Fontaine", "Le Gall", "Le Goff", "del Río", "de la Cruz",
         "da Silva", "dos Santos", "de Souza", "Ó Súilleabháin", "Mac Giolla Phádraig", "Ní Bhriain",
         "ap Rhys", "Ben Ali", "Dela Cruz", "De los Santos"]

PARTICLES = ["von", "vom", "zu", "zur", "van", "der", "den", "de", "la", "le", "du", "di", "da", "do", "dos",
             "das", "del", "della", "lo", "ter", "ten", "ap", "al", "el", "bin", "ibn", "mac", "mc", "ó", "ní",
             "nic", "st", "los"]

FEMALE_ONLY_SUR = ["Ní Bhriain"]

# surnames that are ordinary words
EN_WORD_SUR = ("Baker Hunter Fox Rose May Young King Cook Hope Stone Price Bell Wood Hill Black White Brown "
               "Green Little Sharp Swift Fisher Carpenter Mason Porter Knight Bishop Lamb Frost Snow Marsh Moss "
               "Reed Bird Short Rich Booth Glass Cross Miller Shepherd Archer Weaver Walker Turner Cooper "
               "Carter Thatcher").split()
DE_WORD_SUR = ("Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Mai Fink Hahn Kaiser "
               "Schneider Müller Fischer Weber Schäfer Zimmermann Graf Bär Hase Storch Adler Engel Busch Stein "
               "Kurz Groß Frei Ernst Schwarz Braun Weiß Jung Kühn Held Specht Falke Hirsch Ochs Lamm Kraft "
               "Pfeffer Brand Sauer Schmied Gärtner Förster Bäcker").split()

EN_LIKE = ["english", "american", "irish", "scottish", "welsh"]
DE_LIKE = ["german", "austrian", "swiss"]

BASE_WEIGHTS = {
    "en": {"english": 30, "american": 22, "irish": 8, "scottish": 5, "welsh": 2.5, "indian": 4, "pakistani": 3,
           "nigerian": 2.5, "ghanaian": 1.5, "kenyan": 1, "chinese": 2.5, "japanese": 1, "korean": 1,
           "vietnamese": 1, "filipino": 1.5, "polish": 2, "german": 2, "italian": 1.5, "french": 1.5,
           "spanish": 1.5, "portuguese": 1, "dutch": 1, "nordic": 1, "finnish": 0.5, "greek": 0.7,
           "turkish": 0.8, "arabic": 1.2, "persian": 0.6, "kurdish": 0.3, "russian": 0.6, "ukrainian": 0.6,
           "romanian": 0.6, "czech": 0.4, "hungarian": 0.4, "balkan": 0.5, "albanian": 0.4, "austrian": 0.4,
           "swiss": 0.4, "bulgarian": 0.3, "baltic": 0.4, "ethiopian": 0.4},
    "de": {"german": 27, "austrian": 6, "swiss": 5, "turkish": 7, "polish": 4, "italian": 3.5, "russian": 2.5,
           "ukrainian": 2, "arabic": 2.5, "kurdish": 1.5, "persian": 1.2, "greek": 1.5, "balkan": 2.5,
           "albanian": 1.5, "romanian": 2, "czech": 1, "hungarian": 1, "dutch": 1, "french": 1.2,
           "spanish": 1, "portuguese": 1, "nordic": 0.7, "finnish": 0.3, "english": 1.5, "american": 0.8,
           "irish": 0.4, "scottish": 0.3, "welsh": 0.1, "indian": 1, "pakistani": 0.4, "nigerian": 0.5,
           "ghanaian": 0.4, "kenyan": 0.3, "chinese": 1, "japanese": 0.4, "korean": 0.4, "vietnamese": 1,
           "filipino": 0.4, "bulgarian": 0.6, "baltic": 0.4, "ethiopian": 0.4},
}
BOOST = {"AT": {"austrian": 4.5}, "CH": {"swiss": 4.5}, "US": {"american": 3.5}, "IE": {"irish": 4},
         "GB": {"english": 1.4, "scottish": 1.3, "welsh": 1.3}, "FR": {"french": 8}, "NL": {"dutch": 8},
         "IT": {"italian": 8}, "DE": {"german": 1.2}}

FOLD_PROB_ORIGINS = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian", "hungarian",
                     "kurdish", "baltic", "albanian"]

INVENTED_SHARE = 0.105

COMPANIES_EN = ["Ridgeway Logistics Ltd", "Northpass Freight", "Summitline Couriers", "Cairn & Scree Services",
                "Greyfell Facilities Ltd", "Bluecrest Security", "Moorside Cleaning Co.", "Harbourgate Insurance",
                "Upland Claims Services", "Alpine Textile Care", "Scree Valley Repairs", "Peakform Fitting Lab",
                "Trailmark Guiding", "Highroute Mountain Guides", "Lowland Packaging Ltd", "Westcombe Print",
                "Brightwater Events", "Fellgate Outdoor Supply", "Granite Road Haulage", "Crossfell Labels"]
COMPANIES_DE = ["Alpinservice Nord GmbH", "Bergwacht Logistik GmbH", "Gipfelpost Kurierdienst",
                "Talblick Facility Services", "Schneefeld Sicherheitsdienst", "Grathof Reinigung GmbH",
                "Alpenland Versicherung AG", "Bergpfad Schadenservice", "Textilpflege Hochtal",
                "Seilschaft Reparaturwerkstatt", "Fußform Anpasslabor", "Bergführerbüro Hohe Wand",
                "Gratweg Bergschule", "Talwind Verpackung GmbH", "Druckhaus am Kanal", "Almrausch Events",
                "Outdoorgroßhandel Süd", "Felsweg Spedition", "Etikettenwerk Isar", "Pfadfinder Sicherheit KG"]

COMMON_WORDS = ("and the for with from this that will can may not but are was has have had our your you "
                "und der die das mit von bei ist sind war hat haben wir ihr sie ein eine auch noch nur "
                "kann mal bin per dem den des man nie oder aber hier dort heute morgen gestern dann denn "
                "bitte danke gut neu alt rot blau grau team store shop kasse lager frau herr name").split()

# invented names -------------------------------------------------------------

ONSETS = ["B", "Br", "D", "Dr", "F", "G", "Gr", "H", "J", "K", "Kl", "L", "M", "N", "P", "R", "S", "St",
          "T", "V", "W", "Z", "Ch", "Sh", "Th", "Tr", "Gl", "Fl", "Kr", "Pr", "Sv", "Y"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ae", "y"]
MIDS = ["l", "n", "r", "m", "v", "d", "s", "nd", "rt", "lm", "rv", "nt", "lb", "sk", "th", "dr"]
GIVEN_END_M = ["o", "an", "ik", "us", "el", "in", "as", "ard", "en", "ius", "ek", "or"]
GIVEN_END_F = ["a", "ina", "ela", "ine", "ia", "ette", "ara", "isa", "elle", "ona", "iel"]
SUR_END = ["mann", "berg", "er", "ow", "ski", "escu", "ini", "sen", "ek", "ic", "oglu", "ani", "ström", "ley",
           "ford", "wick", "ton", "ard", "inen", "ez", "ides", "hofer", "ling", "eau", "elli", "aker"]


def _split(s):
    """Split a space-separated list, keeping the multi-word entries."""
    out = []
    rest = " " + s + " "
    for m in sorted(MULTI, key=len, reverse=True):
        key = " " + m + " "
        while key in rest:
            out.append(m)
            rest = rest.replace(key, " ", 1)
    out.extend(x for x in rest.split() if x)
    return out


def _build():
    lists = {}
    for origin in ORIGINS:
        m, f, s = ORIGINS[origin]
        male = list(dict.fromkeys(_split(m)))
        female = list(dict.fromkeys(_split(f)))
        surs = []
        for entry in _split(s):
            if "/" in entry:
                a, b = entry.split("/")
                surs.append((a, b))
            else:
                surs.append((entry, None))
        surs = list(dict.fromkeys(surs))
        lists[origin] = (male, female, surs)
    return lists


LISTS = _build()


def female_form(origin, sur, fem):
    if fem:
        return fem
    if origin == "polish":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if sur.endswith(a):
                return sur[:-len(a)] + b
        return sur
    if origin in ("russian", "bulgarian"):
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yov", "yova")):
            if sur.endswith(a):
                return sur + "a"
        return sur
    if origin == "greek":
        if sur.endswith("opoulos"):
            return sur[:-7] + "opoulou"
        if sur.endswith("akis"):
            return sur[:-2]
        if sur.endswith("idis"):
            return sur[:-4] + "idou"
        if sur.endswith("ou"):
            return sur
        if sur.endswith("os"):
            return sur[:-2] + "ou"
        if sur.endswith("as") or sur.endswith("is") or sur.endswith("es"):
            return sur[:-1]
    return sur


def ru_german(s):
    for a, b in (("yov", "jow"), ("ov", "ow"), ("ev", "ew"), ("ova", "owa"), ("eva", "ewa")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def plain_letters(s):
    out = []
    for ch in s:
        if ch == "ı":
            out.append("i")
        elif ch == "İ":
            out.append("I")
        elif ch in ("đ", "Đ"):
            out.append("dj" if ch == "đ" else "Dj")
        elif ch in ("ł", "Ł"):
            out.append("l" if ch == "ł" else "L")
        else:
            d = unicodedata.normalize("NFKD", ch)
            out.append("".join(x for x in d if not unicodedata.combining(x)))
    return "".join(out)


def origin_weights(lang, country):
    w = dict(BASE_WEIGHTS[lang])
    for k, f in BOOST.get(country, {}).items():
        w[k] = w[k] * f
    return [(k, w[k]) for k in ORIGINS if k in w]


def _pick(rng, pairs):
    total = sum(x for _, x in pairs)
    r = rng.random() * total
    for k, x in pairs:
        r -= x
        if r < 0:
            return k
    return pairs[-1][0]


def draw_name(rng, lang, country):
    origin = _pick(rng, origin_weights(lang, country))
    gender = "m" if rng.random() < 0.5 else "f"
    male, female, surs = LISTS[origin]
    given = rng.choice(male if gender == "m" else female)
    flags = {"word": False, "hyph": False, "double": " " in given or "-" in given, "particle": False}
    # double given names
    if origin in ("german", "austrian", "french") and not flags["double"] and rng.random() < 0.06:
        other = rng.choice(male if gender == "m" else female)
        if other != given and " " not in other and "-" not in other:
            given = given + "-" + other
            flags["double"] = True
    elif origin in ("swiss", "spanish", "portuguese") and not flags["double"] and rng.random() < 0.06:
        other = rng.choice(male if gender == "m" else female)
        if other != given and " " not in other:
            given = given + " " + other
            flags["double"] = True
    # surname
    word_p = 0.0
    if origin in EN_LIKE and lang == "en":
        word_p = 0.12
    elif origin in DE_LIKE and lang == "de":
        word_p = 0.16
    elif origin in EN_LIKE:
        word_p = 0.06
    elif origin in DE_LIKE:
        word_p = 0.08
    if rng.random() < word_p:
        sur = rng.choice(EN_WORD_SUR if origin in EN_LIKE else DE_WORD_SUR)
        flags["word"] = True
    else:
        while True:
            sur, fem = rng.choice(surs)
            if sur in FEMALE_ONLY_SUR and gender == "m":
                continue
            break
        if gender == "f":
            sur = female_form(origin, sur, fem)
    if origin == "spanish" and not flags["word"] and rng.random() < 0.2:
        s2 = rng.choice(surs)[0]
        if s2 != sur and " " not in s2:
            sur = sur + " " + s2
    if origin in ("german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic") \
            and rng.random() < (0.13 if lang == "en" else 0.09) and " " not in sur:
        other = rng.choice(surs)[0] if rng.random() < 0.8 else rng.choice(EN_WORD_SUR if origin in EN_LIKE else DE_WORD_SUR)
        if other != sur and " " not in other:
            sur = sur + "-" + other
            flags["hyph"] = True
    if origin == "german" and rng.random() < 0.02 and "-" not in sur:
        sur = rng.choice(["von", "von der", "zu", "vom"]) + " " + sur
    if origin == "russian" and lang == "de" and rng.random() < 0.5:
        sur = ru_german(sur)
    if origin in FOLD_PROB_ORIGINS and rng.random() < 0.3:
        given, sur = plain_letters(given), plain_letters(sur)
    low = sur.lower()
    if any(low.startswith(p + " ") for p in PARTICLES) or "'" in sur or sur.startswith("Mc") \
            or (sur.startswith("Mac") and len(sur) > 4 and sur[3].isupper()) or sur.startswith("Al-") \
            or sur.startswith("El-") or sur.startswith("Ben ") or sur.startswith("Ó ") or sur.startswith("Ní ") \
            or sur.startswith("Mac "):
        flags["particle"] = True
    return origin, gender, given, sur, flags


_ALL_PARTS = None


def all_parts():
    global _ALL_PARTS
    if _ALL_PARTS is None:
        parts = []
        for origin in ORIGINS:
            m, f, s = LISTS[origin]
            for x in m + f:
                parts.extend(x.replace("-", " ").split())
            for a, b in s:
                parts.extend(a.replace("-", " ").split())
                if b:
                    parts.extend(b.split())
                for fm in (female_form(origin, a, b), ru_german(a), ru_german(female_form(origin, a, b))):
                    parts.extend(fm.split())
        parts.extend(EN_WORD_SUR)
        parts.extend(DE_WORD_SUR)
        folded = []
        for p in parts:
            folded.append(plain_letters(p).lower())
            folded.append(p.lower())
        _ALL_PARTS = list(dict.fromkeys(folded))
    return _ALL_PARTS


def _ok_invented(name):
    low = name.lower()
    if low in all_parts() or plain_letters(low) in all_parts():
        return False
    if low in COMMON_WORDS:
        return False
    if any(low == b.lower() for b in BRAND_LIKE):
        return False
    vowels = "aeiouy"
    run_v = run_c = 0
    for ch in low:
        if ch in vowels:
            run_v += 1
            run_c = 0
        else:
            run_c += 1
            run_v = 0
        if run_v >= 3 or run_c >= 4:
            return False
    return 3 <= len(name) <= 12


BRAND_LIKE = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
              "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig", "Talgrat"]


def invented_given(rng, gender):
    for _ in range(500):
        g = rng.choice(["m", "f"]) if rng.random() < 0.1 else gender
        name = rng.choice(ONSETS) + rng.choice(VOWELS)
        if rng.random() < 0.45:
            name += rng.choice(MIDS) + rng.choice(VOWELS)
        name += rng.choice(GIVEN_END_M if g == "m" else GIVEN_END_F)
        name = _tidy(name)
        if _ok_invented(name):
            return name, g
    raise RuntimeError("no invented given name")


def invented_surname(rng):
    for _ in range(500):
        name = rng.choice(ONSETS) + rng.choice(VOWELS)
        if rng.random() < 0.5:
            name += rng.choice(MIDS) + rng.choice(VOWELS)
        name += rng.choice(SUR_END)
        name = _tidy(name)
        if _ok_invented(name):
            return name
    raise RuntimeError("no invented surname")


def _tidy(name):
    for a, b in (("aa", "a"), ("ii", "i"), ("uu", "u"), ("yy", "y"), ("eee", "ee")):
        name = name.replace(a, b)
    return name[0].upper() + name[1:]


def is_listed(part):
    p = part.lower()
    return p in all_parts() or plain_letters(p) in all_parts()


def counts():
    given, sur, origins = [], [], []
    for origin in ORIGINS:
        m, f, s = LISTS[origin]
        given.extend(m + f)
        for a, b in s:
            sur.append(a)
    sur.extend(EN_WORD_SUR)
    sur.extend(DE_WORD_SUR)
    return len(dict.fromkeys(given)), len(dict.fromkeys(sur)), len(ORIGINS)
