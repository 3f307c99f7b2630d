"""Name lists of the thirty-third PII bank, held-out half.

Written for this half; no Faker, no package.  Each origin has male given
names (m), female given names (f) and surnames (s).  A surname written as
"Male/Female" has a female form of its own.  Parts written with an
underscore keep their inner space ("van_der Linden" -> "van der Linden").
"""

import unicodedata

ORIGINS = {
    "german": dict(
        m="Lukas Jonas Felix Maximilian Leon Paul Jan Tim Niklas Finn Moritz Tobias Sebastian Florian Matthias Stefan Andreas Thomas Michael Jürgen Uwe Dieter Rainer Wolfgang Helmut Frank Holger Torsten Björn Dirk Jörg Heiko Ralf Volker Bernd Gerd Karsten Ole Hannes Malte Jannik Henrik Lennart Friedrich Konrad Eberhard Ulrich",
        f="Anna Lena Laura Julia Sarah Lea Hannah Katharina Johanna Sophie Marie Charlotte Franziska Miriam Sabine Petra Claudia Andrea Susanne Birgit Heike Silke Anke Ute Gisela Renate Ingrid Ursula Monika Karin Dagmar Kerstin Nadine Jana Annika Wiebke Friederike Svenja Merle Imke Frauke Gesine Henrike Theresa Luise Elke Doris",
        s="Schmidt Meyer Schulz Hoffmann Schäfer Neumann Krüger Hartmann Lange Werner Krause Lehmann Köhler Herrmann Walter Mayer Peters Scholz Möller Groß Friedrich Keller Günther Frank Berger Winkler Lorenz Baumann Albrecht Simon Ludwig Böhm Pohl Kraus Seidel Brandt Sauer Arnold Thiele Kuhn Ernst Franke Heinrich Schreiber Dietrich Brinkmann Gerlach Oberländer Teichmann Rademacher Hollmann Wiegand Steinbrück Kühnel Eggers Brüggemann Ostermann von_Arnim von_der_Heyde zu_Dohna vom_Bruch von_Bülow",
    ),
    "austrian": dict(
        m="Florian Lukas Valentin Elias Jakob Raphael Sebastian Matthias Christoph Dominik Bernhard Gerald Herbert Johann Leopold Ferdinand Vinzenz Alois Josef Franz Gottfried Reinhard Harald Engelbert Kilian Quirin Severin Wolfgang Clemens Roland",
        f="Magdalena Theresa Valentina Viktoria Katharina Elisabeth Johanna Verena Barbara Christina Martina Gabriele Ingrid Hermine Rosa Resi Notburga Leopoldine Anneliese Romana Hemma Waltraud Brigitte Sieglinde Eva Marlene Sophia Anja Carina Kathrin",
        s="Gruber Huber Pichler Steiner Moser Mayer Hofer Leitner Berger Eder Schmid Winkler Maier Reiter Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner Koller Lehner Holzer Pöll Zauner Pernkopf Jaritz Kogler Riegler Strasser Hinterberger Obermüller Rieder Stadler Hofbauer Grabner Kössler",
    ),
    "swiss": dict(
        m="Urs Beat Reto Res Ueli Fabian Silvan Dario Nico Luca Gian Andrin Jon Mathis Cyrill Thierry Pascal Lorenz Samuel Noah Remo Adrian Marco Jürg Heinz Kurt Hansruedi Fritz Hanspeter Dominic",
        f="Vreni Regula Barbara Ursula Seraina Ladina Mirjam Nadja Corinne Fabienne Sibylle Anita Rahel Salome Annina Flurina Livia Deborah Tamara Jasmin Chantal Denise Martina Simone Sandra Marianne Ruth Verena Beatrice Gabriela",
        s="Meier Schmid Keller Huber Meyer Steiner Gerber Brunner Baumann Frei Moser Widmer Wyss Suter Baumgartner Bachmann Studer Bühler Kälin Hürlimann Zürcher Stalder Berchtold Egli Gasser Hess Marti Ammann Wenger Aebischer Tschudi Luginbühl Schürch Fankhauser Imhof Zbinden Rüegg Siegenthaler von_Gunten von_Wattenwyl de_Weck",
    ),
    "turkish": dict(
        m="Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Emre Burak Serkan Volkan Tolga Kerem Onur Cem Barış Deniz Umut Kaan Eren Berk Oğuz",
        f="Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hanife Merve Büşra Esra Özlem Derya Gül Sevgi Ebru Tuğba Yasemin Aylin Selin Ecem Damla İrem Gizem Melike Sibel Canan Nurcan",
        s="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdem Güneş Aksoy Bulut Karaca Tekin Ünal Kaplan Sarı Avcı Erdoğan Uçar Bozkurt Altun Gündoğdu Türkmen Coşkun Akgül",
    ),
    "polish": dict(
        m="Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Marek Kamil Bartosz Szymon Przemysław Zbigniew Jarosław Radosław Sławomir Kacper Filip Dominik Adrian Hubert Witold Leszek",
        f="Agnieszka Katarzyna Małgorzata Joanna Magdalena Monika Aleksandra Natalia Karolina Ewelina Dorota Beata Justyna Paulina Marta Weronika Zuzanna Julia Patrycja Sylwia Iwona Grażyna Bożena Halina Wiesława Izabela Renata Urszula Danuta Kinga",
        s="Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur Kwiatkowski/Kwiatkowska Krawczyk Piotrowski/Piotrowska Grabowski/Grabowska Nowakowski/Nowakowska Pawłowski/Pawłowska Michalski/Michalska Adamczyk Dudek Zając Wieczorek Jabłoński/Jabłońska Król Majewski/Majewska Olszewski/Olszewska Jaworski/Jaworska Malinowski/Malinowska Pawlak Witkowski/Witkowska Walczak Stępień Górski/Górska Rutkowski/Rutkowska Sikora Baran Duda Szewczyk Tomaszewski/Tomaszewska Pietrzak Marciniak Wróblewski/Wróblewska Zalewski/Zalewska Chmielewski/Chmielewska",
    ),
    "italian": dict(
        m="Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo Michele Giorgio Alberto Lorenzo Matteo Alessandro Andrea Davide Simone Federico Riccardo Gabriele Tommaso Emanuele Stefano Nicola Massimo",
        f="Giulia Francesca Chiara Sara Martina Valentina Alessia Silvia Elisa Federica Elena Roberta Paola Daniela Cristina Giovanna Rosaria Lucia Antonella Ilaria Beatrice Aurora Ginevra Camilla Benedetta Carlotta Serena Noemi Arianna Margherita",
        s="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola De_Luca Di_Stefano Lo_Bianco D'Angelo De_Santis Pellegrini Palumbo Sanna Fabbri Marchetti Bernardi Cattaneo Benedetti Orlando",
    ),
    "russian": dict(
        m="Aleksandr Sergei Dmitri Andrei Alexei Maxim Ivan Mikhail Nikolai Vladimir Yuri Pavel Roman Oleg Igor Viktor Artyom Kirill Konstantin Stanislav Gennadi Boris Arkadi Yevgeni Timofei Fyodor Anatoli Vadim Grigori Valeri",
        f="Yelena Olga Natalia Tatiana Irina Svetlana Anastasia Yekaterina Marina Ludmila Galina Valentina Oksana Yulia Darya Polina Ksenia Alina Vera Nadezhda Larisa Zoya Inna Alyona Yevgenia Kristina Veronika Margarita Lyubov Raisa",
        s="Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Popov/Popova Vasiliev/Vasilieva Petrov/Petrova Sokolov/Sokolova Mikhailov/Mikhailova Novikov/Novikova Fedorov/Fedorova Morozov/Morozova Volkov/Volkova Alekseev/Alekseeva Lebedev/Lebedeva Semenov/Semenova Yegorov/Yegorova Pavlov/Pavlova Kozlov/Kozlova Stepanov/Stepanova Nikolaev/Nikolaeva Orlov/Orlova Andreev/Andreeva Makarov/Makarova Zakharov/Zakharova Zaitsev/Zaitseva Solovyov/Solovyova Borisov/Borisova Romanov/Romanova Vorobyov/Vorobyova Gusev/Guseva Titov/Titova Kiselyov/Kiselyova Ilyin/Ilyina Karpov/Karpova Belyaev/Belyaeva Ustinov/Ustinova",
    ),
    "ukrainian": dict(
        m="Oleksandr Mykola Volodymyr Vasyl Petro Serhiy Andriy Taras Bohdan Ostap Yaroslav Dmytro Oleh Ihor Vitaliy Yuriy Roman Stepan Maksym Artem Nazar Denys Borys Ivan Vsevolod",
        f="Oksana Olena Tetiana Nataliia Iryna Svitlana Liudmyla Halyna Khrystyna Yaryna Solomiia Zoriana Mariia Anastasiia Yuliia Daryna Sofiia Viktoriia Oleksandra Lesia Bohdana Nadiia Larysa Kateryna Vira",
        s="Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Koval Melnyk Boiko Moroz Lysenko Rudenko Savchenko Petrenko Marchenko Ponomarenko Kovalchuk Polishchuk Tkachuk Pavlenko Levchenko Hnatiuk Symonenko Zinchenko Kharchenko Vovk Yurchenko Karpenko Hrytsenko Ostapchuk Kovalskyi/Kovalska Lytvynenko",
    ),
    "arabic": dict(
        m="Mohammed Ahmad Mahmoud Omar Khaled Youssef Karim Tarek Samir Nabil Rami Hassan Hussein Bilal Walid Fadi Ziad Majid Jamal Anas Hamza Ibrahim Amir Sami Faisal Rashid Yazan Mazen",
        f="Fatima Aisha Maryam Layla Noor Rania Yasmin Huda Salma Amira Lina Dalia Hanan Nadia Samira Reem Dina Jana Rasha Mona Zainab Heba Sawsan Ghada Lubna Rima Nisreen Hiba",
        s="Al-Sayed El-Amin Ben_Ali Haddad Khalil Nasser Saleh Hamdan Mansour Darwish Aziz Qasim Farouk Rahman Hussein Abdullah Suleiman Othman Yassin Awad Ghanem Issa Jaber Najjar Khoury Sabbagh Shami Masri Tamimi Zoubi",
    ),
    "kurdish": dict(
        m="Azad Rojhat Baran Dilovan Kawa Rêber Serhat Welat Hêvî Zana Berxwedan Ciwan Diyar Jiyan Mirza Rênas Şivan Xebat Aram Soran",
        f="Berfin Rojda Dilan Zozan Nergiz Viyan Hêlîn Rûken Jînda Beritan Dilşa Hêvîn Ronahî Şîlan Zelal Evîn Avesta Bêrîvan Delal Narin",
        s="Akbulut Barzani Baysal Demirtaş Ekinci Oruç Ronahi Sindi Talabani Zaxoyî Amedi Dersimi Botani Heverkî Mîran Şengalî Berwarî Dosky Hawrami Jaf",
    ),
    "persian": dict(
        m="Ali Reza Mehdi Hossein Amir Babak Dariush Kourosh Farhad Arash Behnam Kaveh Omid Navid Pouya Sina Shahin Siavash Payam Ramin Saeed Kamran Nima Pedram",
        f="Maryam Zahra Fatemeh Leila Shirin Parisa Mahsa Nasrin Azadeh Golnaz Roya Sahar Yasaman Niloufar Samaneh Mina Farnaz Bahar Neda Ladan Mitra Shiva Tara Sepideh",
        s="Hosseini Mohammadi Rezaei Karimi Moradi Ahmadi Jafari Rahimi Kazemi Ghorbani Sadeghi Rostami Mahmoudi Heidari Bagheri Nazari Tehrani Shirazi Esfahani Farahani Ghasemi Amini Soltani Mousavi Sharifi",
    ),
    "greek": dict(
        m="Georgios Konstantinos Dimitrios Ioannis Nikolaos Christos Panagiotis Vasileios Athanasios Evangelos Spyridon Stavros Theodoros Michail Alexandros Kyriakos Petros Apostolos Ilias Leonidas Stelios Thanasis Sotiris Giannis",
        f="Maria Eleni Aikaterini Vasiliki Sofia Angeliki Dimitra Georgia Ioanna Paraskevi Despina Chrysoula Anastasia Evangelia Kalliopi Athina Theodora Stavroula Konstantina Zoi Myrto Eirini Foteini Danai",
        s="Papadopoulos/Papadopoulou Papadakis Georgiou Dimitriou Nikolaidis/Nikolaidou Konstantinidis/Konstantinidou Ioannidis/Ioannidou Vasileiou Christodoulou Karagiannis/Karagianni Pappas/Pappa Oikonomou Makris/Makri Alexiou Antoniou Angelopoulos/Angelopoulou Athanasiou Panagiotopoulos/Panagiotopoulou Stavridis/Stavridou Lambrakis Kostopoulos/Kostopoulou Theodorou Manolakis Tsakiris/Tsakiri",
    ),
    "balkan": dict(
        m="Marko Nikola Stefan Luka Ivan Milan Dragan Zoran Goran Dejan Nenad Bojan Vladimir Aleksandar Miloš Đorđe Predrag Igor Tomislav Josip Ante Mate Hrvoje Damir Emir Adnan Haris Amar Jasmin Edin Tadej Matej Žiga Rok",
        f="Ana Jelena Milica Ivana Marija Dragana Snežana Vesna Mirjana Tamara Sanja Jovana Katarina Maja Petra Lucija Nikolina Ivona Dijana Mateja Amra Lejla Selma Emina Aida Belma Nina Špela Urška Tjaša",
        s="Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Perić Tomić Begić Hodžić Mehmedović Hadžić Delić Kovač Krajnc Zupan Kranjc Vidmar Mlakar Kos Golob Popović Radić Lukić",
    ),
    "albanian": dict(
        m="Arben Besnik Driton Fatmir Gentian Ilir Kujtim Leotrim Mentor Valon Agron Bujar Dardan Edon Flamur Liridon Blerim Shkëlzen Artan Qëndrim",
        f="Albulena Arta Blerta Dafina Drita Elira Fjolla Gresa Kaltrina Liridona Mimoza Vjosa Teuta Shpresa Lumturie Rina Donika Besa Majlinda Jehona",
        s="Berisha Krasniqi Gashi Hoxha Shala Morina Kelmendi Bytyqi Rexhepi Hasani Ahmeti Osmani Zeqiri Kastrati Mustafa Shehu Dervishi Leka Mehmeti Sylejmani Rama Beqiri Thaçi Haxhiu",
    ),
    "romanian": dict(
        m="Andrei Alexandru Ionuț Mihai Cristian Gheorghe Florin Constantin Vasile Adrian Bogdan Cătălin Radu Sorin Lucian Dragoș Ovidiu Marius Răzvan Tudor Horia Viorel Silviu Costel",
        f="Ioana Elena Maria Andreea Alexandra Mihaela Cristina Gabriela Roxana Simona Raluca Oana Irina Daniela Bianca Teodora Ramona Corina Loredana Alina Diana Larisa Anca Camelia",
        s="Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Marin Tudor Florea Dobre Lungu Barbu Nistor Voicu Dragomir Moldovan Cristea Sârbu Mocanu Ungureanu Enache Oprea Vlad Bălan",
    ),
    "czech": dict(
        m="Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal Karel Milan Vojtěch Ondřej Lukáš Radek Stanislav Vladimír Jakub Matěj Filip Daniel",
        f="Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Martina Michaela Zuzana Markéta Barbora Kristýna Klára Šárka Dagmar Ivana",
        s="Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Marek/Marková Pospíšil/Pospíšilová Hájek/Hájková Jelínek/Jelínková Král/Králová Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková Doležal/Doležalová Zeman/Zemanová Kolář/Kolářová Vaněk/Vaňková Bláha/Bláhová",
    ),
    "hungarian": dict(
        m="László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Balázs Csaba Levente Bence Máté Ádám Dániel Gergely Miklós Tibor Lajos Imre",
        f="Mária Erzsébet Katalin Ilona Éva Anikó Zsuzsanna Krisztina Judit Ágnes Edit Andrea Tímea Eszter Réka Zsófia Boglárka Dóra Kinga Orsolya Nóra Enikő Hajnalka Szilvia",
        s="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kocsis Pintér Vörös Bíró",
    ),
    "dutch": dict(
        m="Daan Sem Bram Thijs Jesse Ruben Stijn Joris Sander Bas Maarten Wouter Niels Pieter Jeroen Koen Rutger Gijs Teun Floris Hidde Jelle Sjoerd Wessel Reinier Mees Tijmen Lars",
        f="Sanne Femke Anouk Lotte Fleur Iris Marloes Esther Ingrid Anneke Marieke Willemijn Eline Noor Roos Lieke Maaike Saskia Mirjam Janneke Floor Merel Jorien Lieve Sterre Fenna Ilse Annelies",
        s="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn ter_Horst Schouten Hoekstra Verhoeven Kuipers Postma",
    ),
    "french": dict(
        m="Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Sébastien Olivier Frédéric Guillaume Mathieu Antoine Romain Thibault Benoît Yann Loïc Damien Rémi Hugo Théo Arnaud Baptiste Clément Quentin",
        f="Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Sandrine Stéphanie Céline Aurélie Émilie Camille Manon Chloé Léa Mathilde Juliette Élodie Pauline Margaux Amandine Solène Océane Ségolène Bérénice Gaëlle Héloïse",
        s="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Chevalier Gauthier Le_Gall Le_Roux de_la_Fontaine Fabre Marchand",
    ),
    "spanish": dict(
        m="Alejandro Pablo Javier Sergio Carlos Manuel David Daniel Jorge Miguel Álvaro Adrián Diego Iker Unai Jordi Pau Xavier Rubén Raúl Íñigo Gonzalo Ignacio Fernando Rodrigo Mario Hugo Aitor",
        f="Lucía María Carmen Laura Marta Paula Elena Sara Cristina Ana Isabel Nerea Ainhoa Irene Alba Claudia Andrea Beatriz Pilar Rocío Montserrat Núria Itziar Leire Amaia Inés Julia Mercedes",
        s="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Ortega Delgado Castro Iglesias Medina Garrido Goikoetxea Etxeberria Puig Vidal Soler del_Río de_la_Cruz",
    ),
    "portuguese": dict(
        m="João José António Francisco Manuel Pedro Tiago Rui Nuno Luís Miguel Ricardo Paulo Bruno Diogo Rafael Gonçalo Duarte Afonso Vasco Thiago Gabriel Matheus Caio Felipe",
        f="Maria Ana Beatriz Inês Mariana Catarina Sofia Joana Rita Leonor Carolina Matilde Francisca Margarida Teresa Filipa Fernanda Juliana Larissa Letícia Camila Gabriela Bruna Raquel Sílvia",
        s="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha da_Silva dos_Santos Barbosa Cavalcanti",
    ),
    "nordic": dict(
        m="Lars Erik Anders Johan Magnus Henrik Mikael Nils Olof Sven Björn Gustav Axel Oskar Emil Viggo Mads Rasmus Søren Jens Kasper Morten Frederik Ole Håkon Sindre Eirik Torstein Kjetil Espen",
        f="Anna Karin Ingrid Astrid Sigrid Linnea Elsa Maja Ebba Frida Sofie Mette Camilla Line Ida Freja Signe Marit Kari Solveig Ingeborg Liv Silje Hege Ragnhild Tove Birgitta Agneta Malin Johanna",
        s="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindberg Lindqvist Bergström Sandberg Lundgren Hansen Jensen Nielsen Pedersen Andersen Christensen Rasmussen Jørgensen Madsen Johansen Olsen Haugen Solberg Bakken Lie Dahl Holm Strand Vik Nygaard",
    ),
    "finnish": dict(
        m="Juha Jukka Matti Mikko Timo Kari Antti Pekka Heikki Janne Sami Ville Tuomas Lauri Eero Aleksi Joonas Veeti Onni Ilkka",
        f="Anne Tuula Päivi Leena Riitta Sari Tiina Minna Hanna Johanna Satu Outi Kaisa Aino Eveliina Venla Iida Emmi Noora Siiri",
        s="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Savolainen Lahtinen Ahonen Rantanen",
    ),
    "english": dict(
        m="Oliver George Harry Jack Jacob Charlie Thomas Oscar William James Henry Leo Alfie Joshua Freddie Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas Mohammed Theo Harrison Benjamin Sebastian Adam Dylan Toby Reuben Nathan Callum Jamie Lewis Gareth Nigel Clive Graham Stuart Trevor Kevin Darren Lee Craig Wayne Martin Simon Rupert Giles Hugo Barnaby",
        f="Olivia Amelia Isla Ava Emily Isabella Mia Poppy Ella Lily Evie Grace Sophia Charlotte Freya Daisy Sophie Alice Florence Ruby Phoebe Matilda Imogen Harriet Jessica Hannah Lucy Eleanor Beatrice Rosie Megan Chloe Bethany Abigail Gemma Kirsty Joanne Tracey Sharon Deborah Helen Gillian Pauline Hazel Janet Wendy Lesley Felicity Penelope Philippa Holly",
        s="Smith Jones Williams Taylor Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright White Edwards Hughes Hall Harris Lewis Martin Jackson Clarke Clark Scott Morris Moore Watson Harrison Morgan Patel Allen Mitchell James Anderson Phillips Lee Parker Davis Cox Bennett Shaw Richardson Chapman Holmes Marshall Ellis Pilkington Ashworth Postlethwaite Fairbrother Ramsbottom Higginbottom Pemberton Whitworth Cartwright Ainsworth Heseltine Winterbottom Blackwood Featherstone Sidebottom Cholmondeley",
    ),
    "american": dict(
        m="Liam Noah Elijah Mason Logan Aiden Jayden Carter Wyatt Grayson Hunter Brayden Tyler Brandon Austin Cody Dustin Travis Chad Garrett Trent Brett Colton Tanner Bryce Landon Maverick Ryder Jaxon Easton DeShawn Tyrone Malik Andre Jamal Marcus Terrell Darnell Cole Spencer",
        f="Emma Madison Abigail Harper Avery Addison Brooklyn Peyton Kaylee Kayla Brittany Ashley Courtney Kelsey Lindsey Whitney Tiffany Amber Crystal Destiny Jasmine Aaliyah Imani Keisha Tamika Shanice Latoya Mackenzie Savannah Skylar Taylor Riley Hailey Kendall Meredith Shelby Brianna Alexis Jordyn",
        s="Johnson Williams Jones Davis Rodriguez Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson Harris Sanchez Clark Ramirez Lewis Robinson Allen Hernandez Wright Nguyen Flores Nelson Carter Mitchell Perez Roberts Gonzalez Campbell Collins Stewart Morris Rogers Morgan Murphy Bailey Rivera Richardson Howard Peterson Washington Jefferson Kowalczyk Schwartz Lindqvist Sorensen Kaminski Bergstrom Fitzgerald Vanderbilt Whitaker Holloway Pruitt Hargrove Dunbar Wilkerson McAllister Blackburn",
    ),
    "irish": dict(
        m="Seán Conor Cian Oisín Darragh Ciarán Pádraig Eoin Diarmuid Niall Ruairí Cathal Tadhg Fionn Colm Donal Dermot Declan Fergal Brendan Eamon Kieran Liam Shane Aidan Ronan Cormac Lorcan Senan Tomás",
        f="Aoife Niamh Siobhán Saoirse Caoimhe Róisín Clodagh Orla Sinéad Gráinne Aisling Ciara Úna Éabha Mairéad Bríd Nuala Deirdre Fionnuala Muireann Órla Laoise Sadhbh Méabh Ailbhe Eimear Aoibheann Clíona Niamh Orlaith",
        s="Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Brennan Burke Collins Keane Flanagan Fitzpatrick Nolan Hegarty Ó_Súilleabháin Ó_Briain/Ní_Bhriain Mac_Giolla_Phádraig/Nic_Giolla_Phádraig Ó_Ceallaigh/Ní_Cheallaigh Ní_Dhomhnaill Mac_Aodha/Nic_Aodha Cullinane Tierney Donnelly Geraghty Mulcahy",
    ),
    "scottish": dict(
        m="Angus Callum Fraser Hamish Ewan Alasdair Ruaridh Struan Finlay Lachlan Murdo Euan Gregor Innes Calum Duncan Iain Kenneth Craig Douglas Stuart Graeme Murray Rory Blair Torquil Grant Alistair",
        f="Isla Eilidh Kirsty Morag Catriona Fiona Ailsa Iona Mhairi Shona Lorna Rhona Kirsteen Ishbel Elspeth Marsaili Seonaid Isobel Heather Moira Sheena Skye Eilish Aileen Jessie Ainslie Mairi",
        s="MacLeod MacDonald Campbell Stewart Robertson Thomson Anderson Reid Murray Taylor Ross Paterson Fraser Morrison Mackenzie Mackay Sutherland Cameron Grant Munro Gordon Buchanan Drummond Ferguson Kerr McIntyre MacKinnon MacLean Urquhart Farquharson Lamont McGregor Matheson Sinclair Gunn Oliphant Ogilvie",
    ),
    "welsh": dict(
        m="Rhys Dafydd Gethin Iwan Owain Huw Emyr Gwilym Aled Bryn Cai Deiniol Elis Geraint Ioan Llŷr Meurig Rhodri Tomos Osian Hefin Ifan",
        f="Cerys Ffion Seren Eleri Angharad Bethan Catrin Gwen Lowri Mali Nia Rhiannon Sioned Carys Elin Manon Heledd Mererid Nerys Tegan Gwenllian Efa",
        s="Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Owen Jenkins Lloyd Rees Pritchard Parry Vaughan Bowen Llywelyn Powell Prosser ap_Rhys Gwynne Mostyn Howells Pugh Bevan",
    ),
    "indian": dict(
        m="Aarav Vihaan Arjun Rohan Rahul Amit Sanjay Vikram Rajesh Suresh Anil Deepak Manoj Nikhil Karthik Siddharth Pranav Aditya Varun Harsh Kunal Gaurav Ravi Srinivas Venkatesh Arvind Prakash Abhishek",
        f="Priya Ananya Diya Aditi Kavya Sneha Pooja Neha Divya Anjali Shreya Lakshmi Meera Sunita Rekha Deepika Aishwarya Nandini Swati Pallavi Ritu Shalini Radhika Kavitha Madhuri Sanjana Ishita Tanvi",
        s="Sharma Verma Gupta Singh Kumar Patel Reddy Rao Nair Iyer Menon Pillai Joshi Mehta Shah Desai Kulkarni Chopra Kapoor Malhotra Bhatia Banerjee Chatterjee Mukherjee Das Bose Agarwal Srinivasan Krishnan Subramaniam Venkataraman Deshmukh",
    ),
    "pakistani": dict(
        m="Muhammad Usman Bilal Imran Faisal Asif Kamran Shahid Zeeshan Adnan Waqas Junaid Hamza Saad Tariq Arslan Fahad Naveed Rizwan Shoaib",
        f="Ayesha Sana Hina Maham Iqra Zara Mehwish Nida Rabia Sadia Anum Saima Fariha Samina Nazia Bushra Uzma Kiran Shazia Mahnoor",
        s="Khan Ahmed Malik Hussain Qureshi Chaudhry Butt Raza Siddiqui Sheikh Mirza Javed Iqbal Akhtar Rana Abbasi Baig Bhatti Awan Cheema Gill Hashmi Shah Zaidi",
    ),
    "nigerian": dict(
        m="Chinedu Emeka Oluwaseun Tunde Babatunde Adebayo Chukwuemeka Ifeanyi Obinna Segun Olumide Femi Kelechi Uche Nnamdi Ikenna Ayodele Damilola Gbenga Kayode Musa Ibrahim",
        f="Chioma Ngozi Adaeze Folake Funmilayo Yetunde Nneka Amaka Ifeoma Oluwakemi Titilayo Bukola Adaora Chiamaka Ebere Halima Zainab Blessing Temitope Omolara Ifunanya Ogechi",
        s="Okafor Okonkwo Adeyemi Ogunleye Eze Nwosu Obi Chukwu Balogun Adebayo Olawale Ibekwe Okeke Uzor Afolabi Onyekachi Nwachukwu Adeleke Oyelaran Ogundipe Babangida Danjuma Adewale Akinola",
    ),
    "ghanaian": dict(
        m="Kwame Kofi Kwabena Kwaku Yaw Kojo Kwasi Ebo Nana Fiifi Kwadwo Yaw Selasi Elikem Edem Kobby Kwesi Delali Mawuli Nii",
        f="Akosua Ama Abena Adwoa Afua Efua Yaa Akua Esi Adjoa Aba Akosia Dzifa Enyonam Mawusi Selorm Naa Afia Araba Adzo",
        s="Mensah Owusu Boateng Asante Osei Agyeman Appiah Ofori Amponsah Acheampong Darko Danquah Tetteh Quaye Addo Adjei Annan Boakye Frimpong Gyamfi Kuffour Nkrumah Oppong Sarpong",
    ),
    "kenyan": dict(
        m="Ouma Kamau Otieno Odhiambo Kipchoge Kiprono Mwangi Njoroge Ochieng Omondi Kibet Cheruiyot Wekesa Barasa Juma Baraka Mutua Kiptoo",
        f="Wanjiku Njeri Akinyi Achieng Atieno Chebet Jepkosgei Wambui Nyambura Wairimu Muthoni Nekesa Auma Awino Jeptoo Kerubo Moraa Makena",
        s="Kamau Mwangi Otieno Ochieng Kipchumba Njoroge Kariuki Wafula Wanyama Mutua Kimani Macharia Onyango Owino Kiprotich Rotich Chepkemoi Nyamweya Kiprop Gitau Ndungu Waweru",
    ),
    "chinese": dict(
        m="Wei Jun Hao Jie Lei Tao Yong Chao Ming Qiang Bo Yi Zhiwei Haoran Zihan Yuxuan Jiahao Tianyu Junjie Chun Kin Ka-ho Wing-kei Siu-ming",
        f="Li Na Fang Jing Xiu Ying Min Yan Juan Xiaoyan Meiling Yuqi Xinyi Ruoxi Jiayi Shuang Lan Hui Mei-ling Wing-yan Ka-yan Hoi-lam",
        s="Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Tang Feng Deng Cao Chan Wong Cheung Leung Lau Yeung Tsang Chow",
    ),
    "japanese": dict(
        m="Haruto Yuto Sota Yuki Hayato Haruki Ryusei Koki Sora Riku Takumi Kenta Daiki Shota Kazuki Hiroshi Takeshi Satoshi Kenji Makoto Naoki Shinji",
        f="Yui Hina Sakura Aoi Rin Yuna Mio Miyu Haruka Nanami Yuka Ayumi Kaori Naomi Emiko Keiko Tomoko Yoko Misaki Mai Chihiro Asuka",
        s="Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa",
    ),
    "korean": dict(
        m="Min-jun Seo-jun Do-yun Ji-ho Ha-jun Jun-seo Hyun-woo Ji-hoon Sung-min Dong-hyun Jae-won Tae-yang Young-ho Sang-woo Kyung-soo",
        f="Seo-yeon Ji-woo Ha-eun Min-seo Soo-ah Ji-yoo Yoon-seo Chae-won Eun-ji Hye-jin Su-bin Ye-jin Da-eun Na-yeon Mi-kyung",
        s="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Moon Bae Baek",
    ),
    "vietnamese": dict(
        m="Minh Tuấn Hùng Dũng Quang Thành Hải Long Nam Phúc Khang Huy Đức Trung Hiếu Bảo Việt Thắng Tài Vinh",
        f="Linh Lan Hương Trang Thảo Ngọc Phương Hà Mai Thu Hằng Nhung Vy Uyên Quỳnh Trâm Yến Diệp Hạnh Châu",
        s="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Đoàn Lương Cao Mạc Lâm Quách",
    ),
    "filipino": dict(
        m="Jose Juan Mark Angelo Carlo Paolo Miguel Rafael Joshua Christian Jericho Ramil Rommel Arnel Jomar Renato Ronaldo Efren Dante Bayani",
        f="Maria Angelica Kristine Jasmine Princess Mary_Grace Rowena Marites Lorna Rosalie Maricel Jocelyn Analyn Kimberly Joy Liza Cherry Divina Imelda Ligaya",
        s="Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado Dela_Cruz De_Guzman Manalo Pascual Macaraeg Dimaculangan Magbanua",
    ),
    "ethiopian": dict(
        m="Abebe Tesfaye Dawit Yonas Kebede Getachew Haile Mesfin Solomon Tewodros Bereket Henok Mulugeta Girma Fikru Samuel Natnael Biniam",
        f="Selam Hiwot Meron Tigist Almaz Bethlehem Mekdes Saba Rahel Liya Tsion Hana Eden Feven Kidist Birtukan Aster Yordanos",
        s="Bekele Tadesse Haile Alemu Girma Tesfaye Mekonnen Wolde Kebede Assefa Gebre Abera Desta Negash Lemma Worku Demissie Ayele Mengistu Tsegaye",
    ),
    "baltic": dict(
        m="Jonas Mantas Tomas Darius Lukas Paulius Vytautas Giedrius Arūnas Kęstutis Mindaugas Rytis Jānis Andris Kārlis Mārtiņš Raimonds Edgars Aivars Uldis",
        f="Rūta Eglė Ieva Agnė Gintarė Jurgita Laura Aušra Rasa Vaida Dace Ilze Inese Līga Zane Baiba Kristīne Laima Gunta Sanita",
        s="Kazlauskas/Kazlauskienė Jankauskas/Jankauskienė Petrauskas/Petrauskienė Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskienė Butkus/Butkienė Paulauskas/Paulauskienė Urbonas/Urbonienė Balčiūnas/Balčiūnienė Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Jansons/Jansone Liepiņš/Liepiņa Kļaviņš/Kļaviņa Krūmiņš/Krūmiņa Zariņš/Zariņa Vītols/Vītola Lapiņš/Lapiņa",
    ),
    "bulgarian": dict(
        m="Georgi Dimitar Ivan Nikolay Hristo Stoyan Todor Petar Krasimir Plamen Valentin Boyko Lyubomir Radoslav Tsvetan Kaloyan Martin Svetoslav",
        f="Maria Ivanka Elena Yordanka Desislava Gergana Tsvetelina Radostina Kremena Milena Silvia Teodora Vesela Zornitsa Rumyana Boryana Mariela Neli",
        s="Ivanov/Ivanova Georgiev/Georgieva Dimitrov/Dimitrova Petrov/Petrova Nikolov/Nikolova Hristov/Hristova Stoyanov/Stoyanova Todorov/Todorova Iliev/Ilieva Angelov/Angelova Kolev/Koleva Marinov/Marinova Yordanov/Yordanova Popov/Popova Stefanov/Stefanova Vasilev/Vasileva Atanasov/Atanasova Mihaylov/Mihaylova",
    ),
    "slovak": dict(
        m="Juraj Marek Peter Lukáš Michal Martin Tomáš Matúš Ľubomír Štefan Branislav Dušan Miroslav Rastislav Igor Radoslav Patrik Samuel",
        f="Zuzana Lucia Katarína Jana Mária Veronika Ivana Monika Lenka Simona Petra Dominika Barbora Nikola Alžbeta Ľudmila Miroslava Andrea",
        s="Horváth/Horváthová Kováč/Kováčová Varga/Vargová Tóth/Tóthová Nagy/Nagyová Baláž/Balážová Szabó/Szabóová Molnár/Molnárová Lukáč/Lukáčová Kollár/Kollárová Novák/Nováková Oravec/Oravcová Blaho/Blahová Hudák/Hudáková Šimko/Šimková Kuchár/Kuchárová",
    ),
}

# Surnames that are ordinary words.  Not in the origin lists, so one chance sets their share.
WORD_SURNAMES_EN = (
    "Baker Hunter Fox Rose May Young King Cook Hope Frost Stone Price Little Wood Bird Bell Mason "
    "Miller Fisher Brown Green Walker Swan Finch Marsh Knight Shepherd Archer Field Hill Lamb Lane Page "
    "Porter Rice Sharp Steel Wells West Wise Bishop Butler Carpenter Cooper Dean Drake Fletcher Glass Gold "
    "Hardy Hawk Holly Joy Lord Mills Pearl Pike Potter Reed Sparrow Snow Thorn Turner Ward Weaver Winter "
    "Crane Brook Cross Summers Heath"
).split()
WORD_SURNAMES_DE = (
    "Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Müller Schneider Fischer Weber Hahn "
    "Sonntag Kaiser Richter Engel Hase Adler Specht Fink Hammer Nagel Schuster Schreiner Zimmermann Wagner "
    "Becker Meister Kranz Stein Berg Busch Graf Herzog Frost Frühling Morgen Schwarz Weiß Roth Braun Grün "
    "Lamm Strauß Storch Rabe Haas Krebs Löwe Bär Hirsch Kühn Fröhlich Rose"
).split()

# Listed double given names (m, f).
DOUBLE_GIVEN = {
    "english": (["John Paul", "Billy Joe", "Mark Anthony"], ["Mary Kate", "Sarah-Jane", "Lily-Rose", "Anna-Marie"]),
    "american": (["Bobby Ray", "John Michael", "Billy Bob"], ["Mary Beth", "Sue Ellen", "Lacey-Ann", "Mary Ellen"]),
    "irish": (["Seán Óg", "Pádraig Óg"], ["Mary Kate", "Anne-Marie"]),
    "german": (["Hans-Peter", "Klaus-Dieter", "Karl-Heinz", "Jan-Philipp", "Hans-Jürgen", "Franz-Josef"],
               ["Anna-Lena", "Marie-Luise", "Lisa-Marie", "Anne-Kathrin", "Eva-Maria", "Hannelore"]),
    "austrian": (["Franz-Josef", "Karl-Heinz", "Johann-Georg"], ["Maria-Theresia", "Eva-Maria", "Anna-Maria"]),
    "swiss": (["Hans Rudolf", "Hans Ulrich", "Peter Paul"], ["Anna Barbara", "Maria Luisa", "Eva Maria"]),
    "french": (["Jean-Luc", "Jean-Marc", "Pierre-Yves", "Jean-Baptiste"], ["Marie-Hélène", "Anne-Sophie", "Marie-Claire", "Marie-Laure"]),
    "spanish": (["José Luis", "Juan Carlos", "Miguel Ángel", "José Antonio"], ["María José", "Ana Belén", "María del Mar", "Mari Carmen"]),
    "portuguese": (["João Pedro", "José Carlos", "Luiz Felipe"], ["Maria João", "Ana Paula", "Maria Eduarda"]),
    "italian": (["Gian Luca", "Pier Paolo"], ["Maria Grazia", "Anna Maria"]),
}

# Particles: exempt in the name-part check, lower case in the middle of a name.
PARTICLES = ["von", "vom", "zu", "der", "den", "van", "de", "la", "le", "di", "da", "dos", "del", "lo", "ter",
             "d'", "ó", "ní", "mac", "nic", "ap", "al", "el", "ben", "dela", "du"]

# Words the invented names and the name draws must not meet.
COMMON_WORDS = set("""
a an and the of to in on at for from by with as is are was were be been am i you he she we they it me him her
us them my your his our their this that these those there here what who when where why how all any both each
few more most other some such no nor not only own same so than too very can will just don should now may might
must shall would could also back after again best better big bit call came come day did done down each even
ever every first get give go going good got great had has have help high hold home hope house just keep kind
know last left let life like line little long look made make man many mean men much name need never new next
night nothing old once one open over part place put read right said same saw say see seem set show side small
sound still such take tell thing think three time today told took two under until use want way week well went
while white whole word work year yes yet young grace rose will may mark bill jack joy hunter baker cook fox
wolf lamb king queen prince pearl ruby amber iris ivy holly daisy hazel dawn summer winter autumn spring
june july august april march monday sunday friday store shop order parcel team staff dear hello hi thanks
regards best cheers mobile phone mail email address street road lane drive
der die das und oder aber nicht ein eine einer eines einem den dem des ich du er sie es wir ihr mich dich
sich uns euch mein dein sein unser euer ist sind war waren bin bist hat habe haben hatte wird werden kann
können muss soll will wollen mag darf bitte danke gruß grüße herr frau liebe lieber hallo morgen abend tag
woche jahr monat heute gestern mit von zu bei nach aus für auf über unter vor hinter neben zwischen durch
ohne gegen um an in im am zum zur vom beim ab bis seit wenn dann als wie was wer wo warum weil dass ob noch
schon auch nur sehr mehr viel gut neu alt groß klein lang kurz jung rot blau grün gelb weiß schwarz braun
grau rosa laden filiale kunde kundin paket auftrag bestellung rechnung liebe mai juni juli januar jänner
februar märz april august september oktober november dezember montag dienstag mittwoch donnerstag freitag
samstag sonntag sommer winter herbst frühling jäger koch bauer vogel fuchs wolf rose mann kind kinder
leben ende anfang teil haus hof weg berg tal see stein feld wald heide
""".split())

# Syllables for invented names.
INV_ONSET = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "pr", "r",
             "s", "st", "t", "tr", "v", "w", "z", "sch", "ch", "th", "sl", "gl", "bl", "kl", "qu", "sv", "zh"]
INV_VOWEL = ["a", "e", "i", "o", "u", "ei", "au", "ia", "ie", "a", "e", "i", "o", "u", "ä", "ö", "ü"]
INV_VOWEL_EN = ["a", "e", "i", "o", "u", "ea", "ai", "ia", "oa", "y", "a", "e", "i", "o", "u", "ou"]
INV_MID = ["l", "n", "r", "m", "d", "v", "s", "t", "k", "nd", "rl", "lv", "rt", "mb", "nt"]
INV_GIVEN_END_M = ["an", "or", "ik", "as", "el", "ard", "ius", "en", "oran", "imir", "ald", "o", "ek", "ric"]
INV_GIVEN_END_F = ["ina", "ella", "ara", "ine", "ia", "ora", "ika", "ette", "ilde", "une", "a", "ya", "isse"]
INV_SUR_END = ["mann", "berg", "wick", "escu", "oglu", "inen", "ström", "stedt", "ov", "ez", "elli", "ard",
               "hold", "ach", "ley", "ton", "sky", "ić", "ian", "ers", "aker", "lund", "auer", "inger", "oni"]
