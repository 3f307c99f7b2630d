"""Name lists for the dev half of the twenty-sixth PII bank (written for it; no Faker, no package).

Every origin has female and male given names and surnames. Names are space separated; an
underscore stands for a space inside one name (``Lena_Marie``, ``van_der_Sloot``). ``fem`` names
the rule that gives the female form of a surname (Polish, Russian, Czech, Greek).
"""

ORIGINS = {
    "german": dict(
        f="""Anna Lena Laura Julia Sarah Lisa Katharina Johanna Sophie Marie Hannah Lea Clara Charlotte Emma
        Mia Nina Jana Sabine Petra Claudia Monika Andrea Susanne Birgit Heike Kerstin Ute Gabriele Renate
        Ingrid Ursula Helga Annette Silke Stefanie Melanie Franziska Theresa Luisa Greta Frieda Ida Mathilda
        Carolin Svenja Wiebke Imke Anke Dörte Gesa Anna-Lena Lena_Marie Marie-Luise Anne-Kathrin Friederike
        Henrike Antje Britta Jutta Elke Doris Karin Bettina Merle Maren Insa Ronja Finja Leonie Hanna-Lena""",
        m="""Lukas Jonas Felix Leon Paul Maximilian Tobias Sebastian Jan Tim Niklas Moritz Florian Philipp
        Matthias Michael Thomas Andreas Stefan Markus Christian Frank Jürgen Uwe Dieter Klaus Wolfgang Rainer
        Bernd Jörg Holger Ralf Torsten Dirk Sven Kai Malte Hauke Jannik Finn Till Ole Henrik Benedikt
        Konstantin Hans-Peter Karl-Heinz Jan-Hendrik Hans Friedrich Heinrich Ulrich Volker Gerd Detlef Lutz
        Arne Jens Björn Lennart Hannes Johannes Carsten Timo Nils Jakob_Paul Wilhelm Gunnar Hinnerk""",
        s="""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
        Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
        Werner Schmitz Krause Meier Lehmann Schulze Maier Köhler Herrmann König Walter Mayer Kaiser Fuchs
        Peters Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Berger Winkler Roth
        Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein
        Jäger Otto Sommer Groß Seidel Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl
        Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Lindemann Ostermann Terhorst Brinkmann
        Janßen Hinrichs Dreyer Thiele Rademacher Frost Adler Fink Specht Hecht Kranich Strauß Heitmann
        Kämper Wilms Overbeck Tiedemann Rohde Hoppe Ahrens Behrens Wendt Claußen Kröger Stahl Lüdtke
        von_der_Heyde von_Stetten von_Bredow von_Arnim von_Hagen zu_Putlitz von_Oppen""",
    ),
    "austrian": dict(
        f="""Johanna Valentina Magdalena Viktoria Elisabeth Leonie Christina Barbara Veronika Notburga
        Rosalia Kathrin Sabrina Bianca Verena Marlene Anja Herta Gerlinde Waltraud Hermine Antonia Eva
        Resi Vroni Burgi Leni Gundula Hemma Kunigunde Ottilie Romana Theres Agnes Zita Walburga""",
        m="""Leopold Ferdinand Alexander Josef Franz Georg Johann Anton Alois Dominik Raphael Valentin Jakob
        Elias Gerhard Herbert Helmut Reinhard Manfred Christoph Bernhard Gottfried Rupert Kilian Lorenz
        David Fabian Sepp Hubert Engelbert Florian_Josef Vinzenz Severin Korbinian Ignaz Pius Leonhard""",
        s="""Gruber Huber Pichler Steiner Moser Hofer Leitner Eder Schmid Reiter Mayr Wimmer Egger Brunner
        Lang Baumgartner Auer Binder Lechner Wallner Aigner Ebner Koller Lehner Holzer Haider Wieser Pirker
        Strasser Resch Kofler Stöckl Zauner Obermüller Gassner Grabner Hämmerle Pfeifer Oberhauser Rainer
        Kogler Unterberger Hinterseer Kranz Ortner Prantl Plank Wurm Pölzl Schwaiger Hinterberger
        Zechner Gsellmann Feichtinger Lindner Rauscher Schachner Tatzreiter""",
    ),
    "swiss": dict(
        f="""Seraina Mirjam Luzia Nadja Corinne Regula Ursina Chiara Noemi Sandra Daniela Brigitte Käthi
        Rahel Flurina Annina Ladina Jasmin Tamara Sibylle Cornelia Simone Esther Marianne Vreni Mengia
        Ramona Madlaina Ursula_Maria Nicole Fabienne Deborah Sereina Svea""",
        m="""Reto Urs Beat Jürg Gian Andri Ueli Noah Luca Nico Marco Fabio Patrick Roger Adrian Samuel
        Silvan Flurin Mathias Res Kaspar Pascal Cyrill Remo Hansruedi Peter Daniel Fadri Gianluca Men
        Toni Ruedi Köbi Hanspeter Dario Janick""",
        s="""Keller Brunner Baumann Frei Zürcher Bühler Gerber Zollinger Ammann Hug Widmer Suter Bachmann
        Lüthi Stucki Wyss Marti Hess Kälin Sutter Egli Hürlimann Bieri Tanner Blaser Küng Gasser Rüegg
        Zumstein Bärtschi Wenger Kaufmann Niederberger Imhof Fässler Aebi Schürch Dubach Gisler Caduff
        Tschudi Vonlanthen Inäbnit Furrer Plattner Flückiger Zbinden Jenni Grütter Hunziker Rüfenacht
        Beeli Cathomen Gadient Mäder Schwizer""",
    ),
    "turkish": dict(
        f="""Ayşe Elif Zeynep Fatma Emine Merve Büşra Esra Derya Deniz Seda Özlem Aylin Gül Hatice Sevgi
        Leyla Yasemin Dilara Ecem Ceren Nur Sibel Tuba Melike Hande Nesrin Şeyma Eda Gizem Songül Hülya""",
        m="""Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Volkan Kemal Cem Tolga
        Oğuz Onur Barış Yusuf Ömer Kaan Eren Arda Berk Furkan Selim Tarık Erkan Levent Umut Okan Sinan""",
        s="""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
        Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aksoy Uçar Korkmaz Keskin Bulut Tekin Ünal
        Akın Avcı Karaca Toprak Başaran Güler Sarı Turan Bozkurt Erdem Altıntaş Coşkun Duman Ekinci""",
    ),
    "polish": dict(
        f="""Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Monika Aleksandra Natalia Karolina Justyna
        Paulina Zofia Weronika Marta Dorota Beata Iwona Grażyna Kinga Patrycja Sylwia Izabela Wiktoria""",
        m="""Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Mateusz Kamil Marek Grzegorz Adam
        Wojciech Dariusz Rafał Przemysław Szymon Bartosz Andrzej Zbigniew Stanisław Dawid Mirosław""",
        s="""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
        Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski
        Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel
        Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda
        Szewczyk Zawadzki Sobczak""",
        fem="pl",
    ),
    "italian": dict(
        f="""Giulia Francesca Chiara Sara Martina Alessandra Federica Elena Silvia Paola Roberta Giovanna
        Beatrice Alice Sofia Aurora Ginevra Ilaria Serena Caterina Lucia Maria_Teresa Annalisa Rosaria""",
        m="""Marco Luca Alessandro Andrea Matteo Lorenzo Davide Simone Federico Riccardo Giuseppe Giovanni
        Antonio Francesco Stefano Paolo Massimo Roberto Gianluca Salvatore Emanuele Tommaso Nicola Pietro
        Vincenzo Gianmarco""",
        s="""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
        Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
        Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola Cattaneo Fabbri Ferri
        Sartori Pellegrini Bassi Di_Stefano De_Luca Lo_Presti Di_Marco De_Santis La_Rosa Del_Vecchio
        D'Angelo De_Rosa Di_Pietro""",
    ),
    "russian": dict(
        f="""Anastasia Jekaterina Olga Tatjana Natalja Swetlana Irina Jelena Marina Xenia Darja Polina Alina
        Galina Ljudmila Walentina Oxana Nadeschda Wera Larissa Jewgenija Warwara""",
        m="""Dmitri Sergej Andrej Alexej Iwan Michail Nikolai Wladimir Jewgeni Maxim Artjom Pawel Igor Oleg
        Juri Roman Wiktor Denis Kirill Boris Grigori Stanislaw Wadim Ilja Timur Gleb Arkadi""",
        s="""Iwanow Petrow Smirnow Kusnezow Popow Wassiljew Sokolow Michailow Nowikow Fjodorow Morosow Wolkow
        Alexejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanow Nikolajew Orlow Andrejew Makarow Nikitin
        Sacharow Saizew Solowjow Borissow Jakowlew Grigorjew Romanow Worobjow Sergejew Kusmin Frolow
        Alexandrow Dmitrijew Koroljow Gussew Iljin Maximow Poljakow Sorokin Winogradow Below Antonow
        Tarassow Baranow Filippow Komarow Dawydow Beljajew Bogdanow Ossipow Sidorow Titow Mironow Krylow""",
        fem="ru",
    ),
    "ukrainian": dict(
        f="""Olena Oksana Kateryna Iryna Natalija Switlana Tetjana Julija Marija Daryna Solomija Chrystyna
        Halyna Lesja Wiktorija Anastasija Sofija Bohdana Uljana Mariana""",
        m="""Oleksandr Andrij Serhij Dmytro Wolodymyr Mykola Bohdan Taras Jurij Wasyl Petro Oleh Maksym Artem
        Witalij Ihor Stepan Ostap Jaroslaw Denys""",
        s="""Schewtschenko Bondarenko Kowalenko Tkatschenko Krawtschuk Melnyk Bojko Kowaltschuk Olijnyk
        Lysenko Martschenko Rudenko Sawtschenko Petrenko Moros Pawlenko Lewtschenko Kuschnir Klymenko Schuk
        Hnatjuk Ponomarenko Sydorenko Hryzenko Doroschenko Wasylenko Fedorenko Karpenko Jaremtschuk
        Kostenko Nasarenko Prokopenko Sementschuk Ischtschenko Tarasenko Hawryljuk Danyljuk Romanjuk""",
    ),
    "arabic": dict(
        f="""Fatima Aisha Mariam Layla Noor Yasmin Salma Huda Rania Hanan Amira Dina Samira Leila Rana
        Lina Hiba Malak Reem Dalia Nour Zainab Asma Lubna""",
        m="""Mohammed Ahmad Omar Khaled Youssef Hassan Hussein Karim Tarek Samir Walid Bilal Ibrahim Mahmoud
        Nabil Rami Fadi Ziad Jamal Amir Adel Majid Hamza Anas Mustafa Salah""",
        s="""Al-Masri Haddad Nasser Khalil Hamdan Saleh Mansour Aziz Abdullah Hassan Ibrahim Youssef Farouk
        Darwish Haddadin Rahman Qasim Barakat Suleiman Hamoud Sabbagh Shami Zayed Bakri Khoury Najjar Awad
        Tamimi Jaber Ayoub Ghanem Hijazi Kassab Othman Saad Al-Hakim El-Sayed Mahfouz Taha Issa""",
    ),
    "kurdish": dict(
        f="""Rojda Berfin Zozan Hêvî Jiyan Nazdar Evîn Dilan Rojin Newroz Bêrîvan Helin Delal Viyan Zelal
        Berivan Avesta Hana Gulistan Nergiz""",
        m="""Rojhat Baran Dilovan Azad Serhat Welat Rizgar Zana Berzan Şiyar Kawa Ciwan Rêber Dildar Hozan
        Mazlum Aram Sherzad Hêvidar Soran""",
        s="""Barzani Zebari Xelîl Doski Mîrza Amedi Rekani Şêxo Bamarni Sindi Hewrami Goyi Berwari Qadir
        Kurdi Ciziri Baban Bradosti Sharafkandi Hasso Bakir Haco Ehmed Silêman Mihemed Ibo Amed Zaxoyi""",
    ),
    "persian": dict(
        f="""Maryam Shirin Parisa Niloufar Roya Mina Azadeh Yasaman Neda Golnaz Mahsa Nasrin Tara Fereshteh
        Shadi Bahar Donya Setareh Ladan Mitra Sepideh Hedieh""",
        m="""Reza Mehdi Hossein Dariush Kourosh Babak Arash Farhad Kaveh Omid Behzad Siavash Navid Payam
        Pouya Shahram Ramin Hamid Saeed Mohsen Kian Soroush""",
        s="""Hosseini Ahmadi Rahimi Mohammadi Karimi Rezaei Moradi Jafari Tehrani Shirazi Esfahani Farahani
        Kazemi Sadeghi Ghorbani Najafi Rostami Bagheri Hashemi Amini Nouri Mousavi Zand Daneshvar Sharifi
        Kermani Sohrabi Yazdani Parvizi Golzar Ebrahimi Mahdavi Tabrizi Khosravi Akbari""",
    ),
    "greek": dict(
        f="""Eleni Katerina Georgia Dimitra Ioanna Vasiliki Angeliki Despina Evangelia Panagiota Konstantina
        Athina Chrysa Stavroula Zoi Eirini Kalliopi Foteini Niki Theodora Anthoula""",
        m="""Giorgos Dimitris Nikos Kostas Giannis Christos Panagiotis Vasilis Thanasis Michalis Stavros
        Spyros Manolis Alexandros Petros Theodoros Apostolos Ilias Stelios Konstantinos Evangelos Lefteris
        Sotiris Pavlos""",
        s="""Papadopoulos Papadakis Georgiou Nikolaidis Pappas Oikonomou Dimitriou Karagiannis Vlachos
        Antoniou Makris Ioannidis Konstantinidis Papageorgiou Christodoulou Alexiou Mavridis Kyriakou
        Athanasiou Theodorou Zervas Samaras Panagiotopoulos Kourtis Lamprou Michailidis Stavrou Vasileiou
        Tsakiris Karalis Floros Spanos Galanis Raptis Triantafyllou Angelopoulos Kalogeropoulos""",
        fem="gr",
    ),
    "balkan": dict(
        f="""Jelena Milica Ivana Maja Snežana Dragana Tijana Vesna Mirela Amra Emina Lejla Selma Ajla Nataša
        Jovana Dijana Sanja Zorana Biljana Azra Mirjana""",
        m="""Nikola Milan Dragan Goran Zoran Dejan Nenad Aleksandar Miloš Bojan Emir Adnan Haris Kenan Amer
        Tarik Damir Ante Mate Josip Tomislav Zlatan Dino Vedran""",
        s="""Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević
        Horvat Kovačević Babić Marić Jurić Knežević Vuković Hadžić Begić Hodžić Delić Kovač Mujić Hasanović
        Salihović Tomić Perić Radić Lukić Popović Božić Šarić Mandić Kralj Grgić Blažević Ćosić
        Mehmedović""",
    ),
    "albanian": dict(
        f="""Arta Besa Blerta Drita Elira Fjolla Gentiana Jehona Liridona Mimoza Valbona Vjosa Albana Dafina
        Eriona Kaltrina Lindita Shqipe Teuta Mirlinda Edona Donika Adelina""",
        m="""Arben Besnik Blerim Driton Fatmir Gentian Ilir Jetmir Kushtrim Labinot Lirim Mergim Shpend Valon
        Visar Agron Ardian Artan Bekim Dardan Endrit Fisnik Granit Kreshnik Leutrim""",
        s="""Krasniqi Gashi Berisha Morina Shala Hoxha Kelmendi Bytyqi Rexhepi Hyseni Ahmeti Aliu Halili
        Osmani Sadiku Ramadani Kastrati Zeqiri Dushku Leka Prenga Gjoka Hasani Bajrami Jashari Demolli
        Kurti Murati Hajdari Selimi Limani""",
    ),
    "romanian": dict(
        f="""Andreea Ioana Bianca Cristina Gabriela Mihaela Roxana Simona Raluca Oana Camelia Loredana
        Ana-Maria Georgiana Adriana Carmen Florentina Alina Corina Lavinia""",
        m="""Alexandru Ionuț Mihai Cristian Florin Gheorghe Ion Vasile Constantin Bogdan Adrian Marius Răzvan
        Sorin Ciprian Dragoș Cosmin Lucian Ovidiu Radu Silviu Tudor Vlad Horia""",
        s="""Popescu Ionescu Popa Pop Dumitru Stan Stoica Rusu Munteanu Matei Ciobanu Florea Moldovan Ene
        Dinu Lungu Marin Ilie Sandu Nistor Mocanu Barbu Cristea Oprea Dobre Neagu Lazăr Toma Voicu Zamfir
        Suciu Bălan Stanciu Manole Coman Diaconu Petrescu Georgescu""",
    ),
    "czech": dict(
        f="""Lucie Kateřina Tereza Markéta Hana Zuzana Lenka Barbora Michaela Klára Adéla Eliška Kristýna
        Pavla Šárka Radka Dagmar Blanka Alena Jitka""",
        m="""Jiří Petr Pavel Tomáš Jaroslav Miroslav Zdeněk Václav Karel Lukáš Ondřej Vojtěch Radek Aleš
        Vladimír Matěj Filip Libor Bohumil""",
        s="""Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek
        Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Blažek Kříž Kovář
        Bartoš Vlček Polák Musil Kopecký Šimek Konečný Holub Štěpánek Kadlec Dušek Kratochvíl Bureš
        Havlíček""",
        fem="cz",
    ),
    "hungarian": dict(
        f="""Zsófia Katalin Erzsébet Eszter Réka Dóra Krisztina Nikolett Boglárka Fanni Lilla Orsolya Judit
        Ildikó Zsuzsanna Edit Noémi Hajnalka Tímea Enikő Ágnes Csilla""",
        m="""László István Zoltán Gábor Attila Péter Tamás Balázs Ádám Bence Levente Márton Gergely Csaba
        Zsolt Ferenc Sándor András Miklós Norbert Botond Lajos Imre Dávid""",
        s="""Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász
        Lakatos Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Gál Kis Szűcs Kocsis Pintér Fodor Szalai
        Sipos Lukács Gulyás Biró Király Katona Bognár""",
    ),
    "dutch": dict(
        f="""Sanne Lotte Femke Anouk Fleur Iris Maud Marieke Willemijn Annelies Floor Roos Jolien Sietske
        Hanneke Nienke Tessa Janneke Merel Ilse Marloes""",
        m="""Daan Sem Jesse Bram Thijs Ruben Stijn Lars Joost Sander Maarten Pieter Jeroen Wouter Bas Koen
        Niels Willem Gerrit Jan-Willem Rutger Sjoerd Hidde""",
        s="""de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder
        de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer
        van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn
        Schouten van_Beek Willems van_Vliet Hoekstra Maas Verhoeven Koster Prins Blom Huisman Kuipers
        van_der_Sloot ter_Horst""",
    ),
    "french": dict(
        f="""Camille Léa Manon Chloé Inès Juliette Louise Jade Clémence Mathilde Élodie Aurélie Céline
        Nathalie Isabelle Valérie Margaux Océane Pauline Amélie Agathe Marie-Claire Anne-Sophie Solène""",
        m="""Hugo Louis Jules Gabriel Arthur Théo Raphaël Nathan Antoine Julien Nicolas Guillaume Mathieu
        Pierre Olivier Thierry Laurent Sébastien Benoît Vincent François Yann Jean-Luc Jean-Marc Cédric""",
        s="""Bernard Dubois Robert Richard Petit Durand Leroy Moreau Lefebvre Michel Bertrand Roux Fournier
        Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin
        Roussel Perrin Morin Clément Gauthier Chevalier Lemoine Le_Gall Le_Goff de_la_Fontaine de_Villiers
        de_la_Roche Marchand Duval""",
    ),
    "spanish": dict(
        f="""María Lucía Carmen Paula Marta Sofía Alba Isabel Irene Nuria Rocío Pilar Beatriz Raquel Marina
        Ainhoa Noelia Inmaculada Montserrat Begoña""",
        m="""José Manuel Javier Carlos Jesús Alejandro Miguel Pablo Sergio Fernando Jorge Alberto Álvaro Diego
        Adrián Iker Mario Rubén Óscar Ignacio Gonzalo Xabier""",
        s="""García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández
        Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Domínguez Vázquez Ramírez Serrano Molina
        Morales Suárez Ortega Delgado Ortiz Rubio Marín Sanz Iglesias Núñez Medina Garrido de_la_Cruz
        del_Río de_la_Fuente Etxeberria""",
    ),
    "portuguese": dict(
        f="""Beatriz Mariana Inês Leonor Carolina Matilde Joana Rita Catarina Francisca Larissa Fernanda
        Juliana Camila Letícia Vitória Bruna Tatiana Isabela Luana Conceição""",
        m="""João Pedro Tiago Rodrigo Diogo Gonçalo Duarte Bruno Ricardo Nuno Rui Fábio Thiago Gustavo
        Felipe Leandro Vinícius Guilherme Matheus Henrique Caio""",
        s="""Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes
        Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira
        Monteiro Cardoso Rocha Neves Coelho Cunha Pires Reis Simões Antunes Matos Fonseca Barbosa Araújo
        Cavalcanti da_Silva dos_Santos da_Costa de_Souza do_Carmo""",
    ),
    "nordic": dict(
        f="""Astrid Ingrid Sigrid Freja Linnea Elsa Maja Ebba Saga Alva Sofie Ingeborg Kari Solveig Liv
        Silje Mette Pernille Birgitta Helene Signe Tove Marit""",
        m="""Lars Erik Anders Johan Magnus Nils Olof Sven Gustav Oskar Axel Viktor Rasmus Mads Søren Kasper
        Mikkel Bjørn Håkon Sindre Eirik Torbjørn Espen Stian""",
        s="""Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
        Lindqvist Lindgren Berglund Sjöberg Holmberg Nyström Ekström Hansen Johansen Olsen Larsen Andersen
        Pedersen Nilsen Kristiansen Jensen Nielsen Rasmussen Sørensen Christensen Madsen Haugen Bakken
        Solberg Lund Dahl Strand Moen Halvorsen Lindholm Åberg Engström""",
    ),
    "finnish": dict(
        f="""Aino Helmi Sanna Riikka Tiina Päivi Satu Minna Outi Kaisa Sari Anu Elina Veera Iida Noora
        Salla Katja Milla Pirjo Tuula Marjatta Eveliina""",
        m="""Juha Jukka Mikko Timo Matti Kari Antti Pekka Janne Ville Jari Petri Tuomas Sami Heikki Eero
        Lauri Aleksi Joonas Ilkka Veikko Kimmo Teemu Oskari""",
        s="""Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
        Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
        Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Kettunen Rautio
        Väisänen Peltonen Lindroos Aaltonen Manninen Halonen""",
    ),
    "english": dict(
        f="""Olivia Amelia Isla Ava Emily Sophie Grace Poppy Ella Lily Charlotte Evie Jessica Hannah Chloe
        Ruby Lucy Holly Abigail Eleanor Harriet Imogen Rebecca Rachel Victoria Joanna Claire Helen Alison
        Fiona Gemma Kirsty Beth May Rose Hope Daisy Zoe Phoebe Freya Matilda Florence Alice Bethany Megan
        Laura Natalie Samantha Kate Lauren Georgina Rosie Millie Tilly Harriet_Rose Anna_May""",
        m="""Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Henry Alfie Joshua
        Freddie Archie Edward Samuel Daniel Benjamin Joseph Matthew Luke Nathan Callum Liam Ryan Adam Alex
        Tom Ben Will Ed Rob Rupert Hugo Toby Dominic Simon Mark Paul Stephen Richard Andrew Gareth Neil
        Graham Nigel Martin Jamie Ollie Sam""",
        s="""Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
        Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin Cooper
        Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
        Parker Price Bennett Young Griffiths Mitchell Cook Carter Richardson Bailey Collins Bell Shaw Cox
        Richards Marshall Simpson Ellis Adams Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Hunt
        Matthews Palmer Holmes Mills Barnes Knight Butler Russell Barker Fisher Stevens Dixon Harvey Pearson
        Fletcher Gibson Howard Andrews Elliott Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
        Atkinson Bradley Spencer Dawson Ball Burton Watts Rose Booth Perry Grant Wells Armstrong Francis
        Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Woods Parsons Berry
        Stone Holland Hawkins Harding Porter Newton Reed Bird Gardner Dean Lane Cooke Bates Bishop Walton
        Nicholson Shepherd Cross Long Freeman Warren Sutton Yates Hodgson Robson Curtis Hopkins Harper
        Chambers Sharp Hardy Wheeler Potter Osborne Gordon Rowe May Gilbert Willis Read Miles Hammond
        Buckley Hewitt Barber Slater Whitehead Frost Blake Goodwin Woodward Barnett Baxter Nash Greenwood
        Holt Kemp Poole Bond Stokes Tucker Fowler Heath Middleton Lawson Banks French Stanley Jarvis Gibbs
        Hayward Atkins Pope Little Field Brook Lamb Wise Swift Hope Grace Mercer Ashworth Pickering""",
    ),
    "american": dict(
        f="""Madison Ashley Brittany Kayla Taylor Brianna Savannah Hailey Alexis Morgan Jennifer Amanda
        Stephanie Heather Tiffany Courtney Danielle Jasmine Destiny Aaliyah Harper Avery Peyton Kennedy
        Addison Mackenzie Skylar Brooklyn Paisley Shelby Crystal Kimberly Melissa Amber Lindsey Cheyenne
        Mary_Beth Sarah_Jane""",
        m="""Tyler Brandon Austin Jordan Justin Kyle Cody Dylan Hunter Logan Mason Ethan Jayden Aiden Caleb
        Landon Brayden Chase Colton Hayden Tanner Garrett Travis Dustin Wyatt Cole Bryce Jaxon Carter Parker
        Jackson Gavin Derek Trevor Marcus DeShawn Tyrone Darnell Brent Chad Billy_Ray""",
        s="""Miller Davis Anderson Peterson Sanders Myers Ross Jenkins Sullivan Henderson Coleman Simmons
        Patterson Jordan Reynolds Hamilton Graham Wallace Hayes Hicks Washington Jefferson Dunn Crawford
        Boyd Ramsey Burke Stephens Pierce Carlson Olson Larson Swanson Lindstrom Harmon Garrett Fleming
        Boone Caldwell Whitaker McBride Tate Sloan Hale Holloway Donovan Schultz Kowalczyk Jablonski
        Novak Hoffman Weaver Bauman Mueller Wagner Snyder Schneider Herrera Castillo Bryant Alexander
        Griffin Hayden Wheeler Bishop Montgomery Underwood Ferguson Maxwell Lambert Sawyer Cannon Barrett
        Walsh Hopper Lockhart Whitfield Rutherford Pruitt""",
    ),
    "irish": dict(
        f="""Aoife Siobhán Niamh Saoirse Ciara Caoimhe Orla Róisín Sinéad Aisling Clodagh Gráinne Éabha
        Méabh Áine Deirdre Eimear Fionnuala Nuala Bríd Maeve Síle Muireann Orlaith Ailbhe""",
        m="""Seán Ciarán Cian Oisín Darragh Conor Eoin Pádraig Donal Cathal Fionn Tadhg Colm Declan Ronan
        Niall Diarmuid Eamon Fergal Kieran Lorcan Rory Shane Barry Dermot""",
        s="""Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy
        Gallagher O'Doherty Kennedy Lynch Murray Quinn McLoughlin O'Carroll Connolly Daly O'Connell Dunne
        Brennan Burke Fitzgerald Maguire Nolan Flynn O'Callaghan O'Donnell Duffy Mahony Keane Costello Fahy
        Cullinane Twomey Hegarty Horgan Ó_Briain Mac_Giolla Ní_Dhuibhir""",
    ),
    "scottish": dict(
        f="""Isla Eilidh Morag Catriona Kirsty Ailsa Mhairi Shona Iona Skye Elspeth Rhona Marsaili Seonaid
        Heather Lorna Kenna Effie""",
        m="""Hamish Angus Callum Fraser Alistair Ewan Ruaridh Lachlan Struan Douglas Iain Calum Murdo Finlay
        Gregor Euan Ross Craig Duncan Malcolm Fergus Blair Kenneth""",
        s="""MacDonald Campbell Stewart Robertson Thomson Anderson Scott Murray MacLeod Reid Ross Paterson
        Morrison Fraser McAllister McKenzie MacKay MacLean Grant Sinclair Sutherland Munro Crawford Buchanan
        Drummond Cameron Kerr Gillies Mackintosh Ferguson Lindsay Gunn Baird McGregor MacPherson Macrae
        Urquhart Forbes Christie McIntyre Lennox""",
    ),
    "welsh": dict(
        f="""Cerys Carys Ffion Seren Rhiannon Bethan Angharad Gwen Eira Lowri Mali Nia Sian Delyth Elin
        Catrin Gwenllian Heledd Alys Bronwen Eluned Lleucu Tirion""",
        m="""Rhys Dafydd Gethin Iolo Owain Emyr Huw Ieuan Aled Cai Deiniol Gruffydd Llew Osian Tomos Dewi
        Cerith Geraint Idris Ioan Meirion Rhodri Steffan Macsen""",
        s="""Jones Davies Williams Evans Thomas Roberts Hughes Lewis Morgan Griffiths Edwards Owen Price
        Jenkins Lloyd Rees Powell Pritchard Parry Bowen Pugh Vaughan Howells Prosser Llewellyn Gwynne
        Meredith Bevan Protheroe Wyn Probert Pryce Rowlands Watkins Maddox Gittins Cadwaladr Mathias""",
    ),
    "indian": dict(
        f="""Priya Ananya Aishwarya Deepika Kavya Lakshmi Meera Neha Pooja Riya Sneha Divya Shreya Anjali
        Isha Nandini Tanvi Aditi Swati Pallavi Harpreet Simran Gurpreet Jaspreet Radhika Sunita""",
        m="""Aarav Arjun Rohan Rahul Vikram Aditya Karthik Siddharth Nikhil Pranav Rajesh Sanjay Suresh Amit
        Anil Vivek Manish Deepak Harjit Gurdeep Sandeep Ravi Anand Varun Ishaan""",
        s="""Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Kapoor Malhotra
        Chopra Agarwal Banerjee Chatterjee Mukherjee Das Bose Pillai Krishnan Subramanian Venkatesh Naidu
        Sethi Bhatia Saxena Trivedi Chaudhary Kaur Sandhu Gill Dhillon Grewal Bhatt Pandey Mishra
        Srinivasan""",
    ),
    "pakistani": dict(
        f="""Ayesha Sana Hira Mahnoor Iqra Zara Amna Sadia Rabia Nida Saima Bushra Uzma Farah Mehwish Shazia
        Nadia Aleena Hafsa Anum Javeria Sidra""",
        m="""Muhammad Usman Imran Faisal Zain Asad Kamran Tariq Shahid Waqar Junaid Fahad Salman Danish
        Arslan Naveed Zubair Rizwan Owais Saad Talha""",
        s="""Khan Ahmed Hussain Malik Qureshi Butt Chaudhry Raja Sheikh Mirza Siddiqui Abbasi Akhtar Javed
        Iqbal Rashid Aslam Anwar Baig Bhatti Awan Janjua Niazi Rana Shah Mughal Hashmi Zaidi Rizvi Naqvi
        Bukhari Gilani Yousaf Farooq Rehman Saleem Nawaz Mahmood Tahir Ashraf Raza""",
    ),
    "nigerian": dict(
        f="""Chiamaka Ngozi Adaeze Chioma Nkechi Amaka Ifeoma Funmilayo Folake Yetunde Bukola Temitope
        Adebola Hauwa Halima Kemi Titilayo Uchenna Ebere Chinwe Ifeyinwa Omolara Blessing Oluwaseun""",
        m="""Chinedu Emeka Obinna Ikenna Chukwuemeka Nnamdi Olusegun Adebayo Babatunde Oluwafemi Tunde
        Ayodele Kayode Femi Segun Abubakar Musa Aliyu Ifeanyi Uche Kelechi Chidi Tobenna Damilola Tochukwu""",
        s="""Okafor Okeke Okonkwo Eze Nwosu Adeyemi Ogunleye Olawale Balogun Bello Okoro Chukwu Nnadi Obi
        Onyekachi Ogbonna Afolabi Akinwale Ogundipe Oyelaran Fashola Adeleke Oladipo Ajayi Emenike Ezeani
        Anyanwu Nwachukwu Uzor Okoye Chukwuma Danjuma Lawal Ogunbiyi Adewale Iwu Ojo""",
    ),
    "ghanaian": dict(
        f="""Akosua Abena Ama Afua Adwoa Yaa Efua Esi Akua Adjoa Araba Efia Naa Dzifa Enyonam Selasi Mawusi
        Serwaa Konadu Abla Afi Ewurabena Dede Korkor""",
        m="""Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Fiifi Ato Kwadwo Nii Kpakpo Selorm Edem Elikem Senyo
        Kobina Ekow Kweku Yao Delali Dela Kekeli Sena Yayra""",
        s="""Mensah Owusu Boateng Asante Osei Agyeman Appiah Ofori Darko Amoah Acheampong Frimpong Adjei
        Annan Bonsu Oppong Danquah Sarpong Quaye Nkrumah Kuffour Antwi Asamoah Tetteh Addo Amponsah Baffour
        Gyamfi Kyei Agyei Ansah Badu Dankwa Ocran Quarshie Lartey Aryee Nartey Sowah Tagoe Akufo""",
    ),
    "kenyan": dict(
        f="""Wanjiru Akinyi Achieng Njeri Wambui Nyambura Atieno Chebet Jepkoech Wairimu Muthoni Nekesa
        Awino Kerubo Moraa Nafula Jeruto Mumbua Nduta Wangari Makena Kawira Zawadi Imani""",
        m="""Kamau Otieno Mwangi Kiprono Kipchoge Odhiambo Ochieng Njoroge Kariuki Mutua Wafula Kimani
        Omondi Kibet Cheruiyot Barasa Wekesa Onyango Maina Karanja Gitau Muriuki Musyoka Kiplagat Juma""",
        s="""Kamau Mwangi Otieno Odhiambo Ochieng Njoroge Kariuki Wanjiku Mutua Kiprop Kiptoo Korir Rotich
        Kosgei Langat Mutai Wambua Ndungu Githinji Macharia Gathoni Omondi Owino Onyango Waweru Kiplagat
        Ruto Kirui Cheruiyot Nyaga Muriithi Gachanja Mwaura Kinyua Kimutai Sang Chelimo Biwott""",
    ),
    "ethiopian": dict(
        f="""Selam Hiwot Meron Tigist Bethlehem Mahlet Saba Liya Tsion Feven Meskerem Almaz Yordanos Rediet
        Kidist Eyerusalem""",
        m="""Dawit Yonas Abel Bereket Henok Kidus Mekonnen Abebe Tewodros Yohannes Fitsum Natnael Biniam
        Eyob Mulugeta Haile""",
        s="""Tesfaye Bekele Girma Tadesse Alemu Wolde Kebede Desta Gebre Hailu Asfaw Mengistu Tekle Berhane
        Negash Woldemariam Gebremedhin Ayele Abera Lemma Worku Demissie""",
    ),
    "chinese": dict(
        f="""Xiaoling Mei Lijuan Yan Jing Hui Xin Yue Ling Fang Jiayi Yuxin Xiaoyu Ting Qian Shu Wenjing
        Ying Zihan Yutong Ruoxi Lan Hong Jiaxin""",
        m="""Wei Jun Hao Lei Qiang Jian Tao Bo Ming Zhiwei Jianhua Haoran Zihao Yuchen Jie Peng Chao Hua
        Xiang Kai Yi Zhen Bin Guang""",
        s="""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng Liang Xie
        Tang Feng Deng Cao Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Ye Cheng Su Lu Qin Shen Wei""",
    ),
    "japanese": dict(
        f="""Yuki Haruka Aoi Sakura Yui Hina Rin Akari Misaki Nanami Ayaka Emi Keiko Naoko Yoko Tomoko
        Mariko Chihiro Kaori Megumi Asuka Mio Hikari Natsuki""",
        m="""Haruto Yuto Sota Ren Hiroshi Takashi Kenji Daisuke Kazuki Takumi Shota Ryota Naoki Kenta Yusuke
        Satoshi Akira Hideo Koji Makoto Shun Taro Daiki Kaito Riku""",
        s="""Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
        Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita
        Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo
        Aoki Fujii Nishimura Fukuda Ota Miura""",
    ),
    "korean": dict(
        f="""Ji-woo Seo-yeon Min-ji Soo-ah Ha-eun Ji-yoon Yu-na Eun-ji Hye-jin Su-bin Da-eun Ye-jin Seung-hee
        Mi-kyung Jung-eun Hyun-joo Na-yeon So-yeon Chae-won Ga-eun""",
        m="""Min-jun Seo-jun Do-yun Ji-ho Jun-seo Hyun-woo Sung-min Jae-hyun Dong-hyun Tae-yang Young-ho
        Sang-woo Jin-woo Woo-jin Kyung-soo Seung-hoon Joon-ho Myung-soo Jae-won Hyuk""",
        s="""Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon
        Ko Moon Bae Baek Heo Nam Shim Noh Kwak Sung Cha Joo Woo Ryu Jin""",
    ),
    "vietnamese": dict(
        f="""Linh Lan Hương Thảo Trang Ngọc Phương Hạnh Hoa Thu Nhung Yến Vy Quỳnh Thủy Diệp Loan Nga
        Hiền Tuyết Xuân Thu_Trang Minh_Anh Ngọc_Anh Bảo_Ngọc""",
        m="""Minh Đức Hùng Tuấn Quang Dũng Khánh Thành Huy Phúc Trung Hiếu Đạt Vinh Cường Bảo Tiến Thắng
        Kiên Quốc Việt Văn_Nam Quang_Huy""",
        s="""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm Cao Tạ
        Đoàn Lưu Kiều Triệu Quách Tôn Vương Thái Châu Từ Khúc""",
    ),
    "filipino": dict(
        f="""Angelica Kristine Mary_Grace Lovely Princess Rhea Jocelyn Marites Marivic Cherry Analyn Rosalie
        Maricel Jennelyn Charmaine Aileen Divina Rowena Lourdes Nenita Jovelyn Liezel""",
        m="""Juan Mark_Anthony John_Paul Jomar Rodel Ramil Arnel Jericho Jayson Rommel Ronaldo Noel Edgardo
        Rogelio Efren Danilo Reynaldo Carlo Paolo Nestor Alfredo Dindo Joel""",
        s="""Reyes Bautista Ocampo Mendoza Tomas Andrada Flores Villanueva Aquino Salazar Mercado Aguilar
        Dizon Manalo Pascual Soriano Gonzales Dela_Cruz Del_Rosario De_Leon Macaraeg Pangilinan
        Dimaculangan Magbanua Lacson Tolentino Samonte Evangelista Corpuz Valdez Galang Lualhati""",
    ),
}

# Origin weights per language of the text. German texts: about half DACH names.
WEIGHTS = {
    "de": {
        "german": 33, "austrian": 8, "swiss": 8, "turkish": 8, "polish": 5, "italian": 4, "russian": 3,
        "ukrainian": 3, "arabic": 3, "kurdish": 1.5, "persian": 1.5, "greek": 2, "balkan": 3,
        "albanian": 1.5, "romanian": 2, "czech": 1, "hungarian": 1, "dutch": 1.5, "french": 1.5,
        "spanish": 1, "portuguese": 1, "nordic": 1, "finnish": 0.5, "english": 1.5, "american": 0.7,
        "irish": 0.4, "scottish": 0.4, "welsh": 0.2, "indian": 1, "pakistani": 0.5, "nigerian": 0.6,
        "ghanaian": 0.5, "kenyan": 0.3, "ethiopian": 0.4, "chinese": 1, "japanese": 0.5, "korean": 0.5,
        "vietnamese": 1, "filipino": 0.3,
    },
    "en": {
        "german": 2, "austrian": 0.4, "swiss": 0.4, "turkish": 0.8, "polish": 1.2, "italian": 1.5,
        "russian": 0.6, "ukrainian": 0.6, "arabic": 1, "kurdish": 0.3, "persian": 0.6, "greek": 0.6,
        "balkan": 0.5, "albanian": 0.3, "romanian": 0.6, "czech": 0.3, "hungarian": 0.3, "dutch": 0.8,
        "french": 1.2, "spanish": 1.5, "portuguese": 0.8, "nordic": 0.7, "finnish": 0.3, "english": 31,
        "american": 21, "irish": 5, "scottish": 4, "welsh": 2.5, "indian": 5, "pakistani": 2.5,
        "nigerian": 3.5, "ghanaian": 1.5, "kenyan": 1.2, "ethiopian": 0.5, "chinese": 2.5,
        "japanese": 0.8, "korean": 1, "vietnamese": 1, "filipino": 1.5,
    },
}

# Origins whose surnames can be hyphenated pairs (about 5 %).
HYPHEN_ORIGINS = ("german", "austrian", "swiss", "english", "american", "dutch", "french", "spanish")

# Surnames that are also ordinary words; about 7 % of people get one.
WORD_SURNAMES = {
    "en": """Baker Hunter May Cook Rose Fisher Mason Wood Bell Hill Stone Young Little Price Marsh Brook
    Field Green Lamb Fox Cross Hope Page Sharp Wise Swift Grace Long Bird Frost""",
    "de": """Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger Schneider Fischer Hahn Klein Lange Braun
    Kaiser König Graf Engel Frost Stein Busch Adler Fink Specht Hecht Kranich Weber Müller Schäfer
    Zimmermann Richter Schreiber""",
}

PARTICLES = ("von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "dos", "do", "del", "zu",
             "ter", "lo", "al", "el", "dela", "mac", "ó", "ní")


def split_names(s):
    return [w.replace("_", " ") for w in s.split()]
