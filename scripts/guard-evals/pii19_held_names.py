"""Name lists of the nineteenth PII bank, held-out half (written for it; no package data).

Each origin has female given names (`f`), male given names (`m`) and surnames (`s`). Lists are
written as space-separated words; a `_` inside an entry stands for a space inside one name
("van_der_Linden" is the surname "van der Linden", "Hans_Peter" the double given name "Hans Peter").
`WEIGHTS` says how often each origin is drawn per language. `invented()` builds names from
syllables that are in none of these lists.
"""

import random
import re


def _w(s: str) -> list[str]:
    return [x.replace("_", " ") for x in s.split()]


ORIGINS = {
    "german": {
        "f": _w(
            "Anna Lena Katrin Julia Sabine Petra Claudia Susanne Andrea Stefanie Nicole Melanie Jana Miriam Kerstin "
            "Heike Birgit Ute Monika Renate Ingrid Gisela Brigitte Christa Hannelore Ursula Elke Silke Anke Imke "
            "Frauke Wiebke Maren Insa Svenja Lea Leonie Hannah Mia Emilia Marie Sophie Charlotte Greta Frieda Ida "
            "Mathilda Paula Clara Johanna Franziska Theresa Veronika Annika Carolin Laura Lisa Nina Sarah Vanessa "
            "Jessica Tanja Daniela Simone Manuela Bettina Dörte Gesine Henrike Luisa Amelie Antonia Juliane Rike "
            "Anna-Lena Marie-Luise Anne-Kathrin Eva-Maria Hanna-Sophie Lotte Merle Smilla Wilma"
        ),
        "m": _w(
            "Thomas Michael Andreas Stefan Markus Christian Frank Jürgen Uwe Klaus Dieter Wolfgang Rainer Bernd "
            "Holger Jörg Sven Dirk Torsten Matthias Tobias Florian Sebastian Philipp Jan Jonas Lukas Leon Finn Paul "
            "Felix Maximilian Moritz Niklas Tim Henrik Malte Hauke Jannik Ole Bjarne Kai Timo Marco Patrick Daniel "
            "Benjamin Alexander Johannes Karl Heinz Günter Gerhard Manfred Hartmut Volker Detlef Lars Nils Till "
            "Konstantin Friedrich Anton Emil Theo Fritz Hans-Peter Karl-Heinz Hans_Jürgen Jan-Hendrik Ludwig Arne "
            "Carsten Ingo Knut Gregor Wilhelm Benedikt"
        ),
        "s": _w(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
            "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner "
            "Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs "
            "Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler "
            "Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher "
            "Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich "
            "Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ebert "
            "Brinkmann Janssen Hinrichs Ahrens Oltmanns Petersen Jansen Hansen Thiele Kruse Dreyer Rademacher "
            "Overbeck Wübbenhorst Terhorst Niehaus Hülsmann Bröker Schwertfeger Lindemann Dahlke Gehrke Wendland "
            "Reinhold Brückner Eichhorn Hegemann Kötter Lütkemeyer Brockmann Dörflinger Rieger Häberle Kienzle "
            "Schwab Wörner Gmelin Bäuerle Hägele Strobel Eberle Ruckaberle Mößner "
            "von_Bergen von_der_Heide von_Arnim von_Hagen zu_Dohna Müller-Hagedorn Schulze-Hagen Meyer-Bülow "
            "Hoffmann-Riem Berg Kessler Sander Marx"
        ),
    },
    "austrian": {
        "f": _w(
            "Elisabeth Theresia Magdalena Katharina Barbara Johanna Veronika Helga Gerlinde Hermine Rosemarie "
            "Christl Gerti Resi Anneliese Waltraud Notburga Burgi Kathi Leni Valentina Marlene Viktoria Lena-Marie "
            "Sieglinde Hildegard Edeltraud Ilse Romana Michaela"
        ),
        "m": _w(
            "Josef Franz Johann Alois Leopold Florian Lukas Matthias Stefan Christoph Gerald Herbert Helmut Harald "
            "Reinhard Wolfgang Ferdinand Valentin Jakob Sepp Hias Ferdl Georg Rupert Engelbert Bernhard Dominik "
            "Clemens Wenzel Gottfried Roman"
        ),
        "s": _w(
            "Gruber Huber Wimmer Pichler Hofer Steiner Moser Mayr Leitner Eder Reiter Brunner Wallner Aigner "
            "Lechner Egger Holzer Baumgartner Auer Binder Ebner Strasser Pölzl Kofler Wieser Gasser Hauser Posch "
            "Unterberger Hölzl Lindner Mair Stocker Jank Wurzer Trummer Riegler Rainer Haider Hörmann Fellner "
            "Oberhuber Untersteiner Prantl Kogler Pirker Wohlfahrt Grabner Kainz Seidl Hackl Lackner Platzer "
            "Schwaiger Höller Neuhold Zechner Gratzer Pucher Url Koller Hinterleitner Obermoser Gruber-Lechner "
            "Mayrhofer Stadlober Tiefenbacher Pfandl Schörghuber Weinzierl"
        ),
    },
    "swiss": {
        "f": _w(
            "Corinne Nadja Seraina Ladina Mirjam Regula Rahel Fabienne Chantal Nicole Céline Aline Jasmin Ursina "
            "Annina Flavia Martina Beatrice Vreni Heidi Madlaina Tamara Deborah Rebekka Sibylle Gabriela Irène "
            "Marlies Noemi"
        ),
        "m": _w(
            "Reto Urs Beat Res Gian Flurin Jürg Ueli Cédric Livio Silvan Andrin Mauro Remo Dario Fabio Pascal "
            "Roger Kurt Hanspeter Hansruedi Ruedi Walti Köbi Mattia Nando Gion Curdin Sandro Yannick"
        ),
        "s": _w(
            "Meier Keller Gerber Baumann Frei Widmer Wyss Suter Kaufmann Bühler Marti Studer Bachmann Lüthi "
            "Zürcher Schürch Aeschlimann Bärtschi Flückiger Hürlimann Nägeli Tschudi Iten Imhof Gisler Zgraggen "
            "Bieri Rüegg Hess Stucki Eggenberger Amstutz Wüthrich Gubler Egli Kälin Ammann Sigrist Bosshard "
            "Leuenberger Moser Zbinden Schwarzenbach Gasser Caduff Casutt Cavelti Rüedi Gfeller Hänni Rohrer "
            "Steiner Kuster Brändli Niederberger Odermatt Christen Inderbitzin Käslin Blaser Bigler Aebi "
            "Tanner Vetsch Bischofberger Signer Sutter Kunz"
        ),
    },
    "turkish": {
        "f": _w(
            "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Derya Selin Ece Deniz Gül Gülşen Sevgi Songül "
            "Hülya Aylin Yasemin Melek Özlem Canan Tuğba Nur Nurcan Sibel Dilek Ebru Pınar Ceren İpek Damla Şule "
            "Kübra Rabia Hilal Seda Aslı Nesrin"
        ),
        "m": _w(
            "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Murat Emre Burak Kemal Can Cem Serkan Volkan "
            "Tolga Onur Okan Barış Uğur Oğuz Erkan Halil Yusuf Ömer Enes Furkan Kaan Arda Yiğit Efe Tarık Orhan "
            "Levent Selim Deniz Erdem Sinan"
        ),
        "s": _w(
            "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
            "Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aksoy Karaca Korkmaz Bulut Keskin Tekin Acar Avcı "
            "Uçar Güler Özer Ateş Başaran Cengiz Duman Erol Kaplan Sarı Tunç Ünal Yavuz Altun Bozkurt Coşkun "
            "Gök Işık Karakaya Kocabaş Oral Savaş Tan Türk Yalçın Yüksel Akgül Aktaş Bayram Canpolat Demirci "
            "Erdem Gündoğdu Kahraman Karataş Sönmez Topal Uysal Zengin"
        ),
    },
    "polish": {
        "f": _w(
            "Agnieszka Katarzyna Małgorzata Joanna Magdalena Monika Ewa Anna Dorota Beata Barbara Justyna Karolina "
            "Aleksandra Natalia Paulina Marta Zofia Weronika Wiktoria Kinga Iwona Grażyna Jadwiga Bożena Halina "
            "Urszula Renata Izabela Sylwia"
        ),
        "m": _w(
            "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Adam Marek Wojciech Dariusz "
            "Rafał Kamil Bartosz Szymon Przemysław Sławomir Zbigniew Jerzy Tadeusz Mirosław Andrzej Janusz Kacper "
            "Wiktor Dawid Artur"
        ),
        "s": _w(
            "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
            "Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski "
            "Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski "
            "Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk "
            "Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzka Sadowska Bąk Chmielewska "
            "Włodarczyk Borkowska Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewska"
        ),
    },
    "italian": {
        "f": _w(
            "Giulia Francesca Chiara Federica Valentina Alessia Martina Sara Silvia Elena Paola Roberta Laura "
            "Giovanna Lucia Rosa Antonella Serena Ilaria Beatrice Camilla Ginevra Aurora Bianca Carla Daniela "
            "Graziella Loredana Manuela Ornella"
        ),
        "m": _w(
            "Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico "
            "Bruno Paolo Michele Giorgio Alessandro Lorenzo Matteo Davide Simone Riccardo Stefano Andrea Luca "
            "Marco Emanuele Fabrizio Massimo Gianluca Tommaso"
        ),
        "s": _w(
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
            "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara "
            "Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo "
            "Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala "
            "De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza "
            "Testa Di_Stefano Di_Marco Lo_Bianco Della_Valle D'Amico Esposito-Russo Pagano"
        ),
    },
    "russian": {
        "f": _w(
            "Olga Tatjana Natalja Swetlana Jelena Irina Anastasia Ekaterina Marina Galina Ljudmila Walentina "
            "Xenia Darja Polina Alina Oksana Larissa Nadeschda Vera Jekaterina Sofia Maria Anja Nina"
        ),
        "m": _w(
            "Sergej Alexej Dmitri Andrej Wladimir Nikolai Iwan Michail Juri Oleg Pawel Viktor Maxim Artjom Denis "
            "Roman Igor Anatoli Boris Jewgeni Konstantin Ilja Kirill Waleri Grigori"
        ),
        "s": _w(
            "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow Morosow Wolkow "
            "Alexejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanow Nikolajew Orlow Andrejew Makarow Nikitin "
            "Sacharow Saizew Solowjow Borissow Jakowlew Grigorjew Romanowa Worobjowa Frolowa Belowa Medwedewa "
            "Kowaljowa Iljina Gussewa Titowa Kusmina Baranow Kisseljow Tarassow"
        ),
    },
    "ukrainian": {
        "f": _w(
            "Olena Oksana Iryna Tetjana Natalija Switlana Halyna Kateryna Julija Wiktorija Daryna Solomija "
            "Khrystyna Ljudmyla Myroslawa Olha Zlata Uljana Bohdana Marjana"
        ),
        "m": _w(
            "Oleksandr Andrij Serhij Wolodymyr Mykola Dmytro Taras Bohdan Ostap Jurij Wasyl Petro Iwan Roman "
            "Oleh Witalij Jaroslaw Maksym Artem Denys"
        ),
        "s": _w(
            "Schewtschenko Kowalenko Bondarenko Tkatschenko Kowaltschuk Krawtschenko Oliynyk Schewtschuk "
            "Polischtschuk Bojko Melnyk Lysenko Marchenko Moroz Rudenko Sawtschenko Petrenko Hnatjuk Kusmenko "
            "Klymenko Pawlenko Ponomarenko Tkachuk Sydorenko Chomenko Lewtschenko Karpenko Dowhan Fedoruk "
            "Hrytsenko Zinchenko Wasylenko Iwanenko Tymoschenko Jaremtschuk Semenjuk Horbatsch Kostenko "
            "Myronenko Sobko Chmara Pylypenko Bilyk Hawryljuk"
        ),
    },
    "arabic": {
        "f": _w(
            "Fatima Aisha Mariam Amira Layla Nour Rania Yasmin Salma Huda Leila Samira Dalia Rasha Hanan Malak "
            "Lina Jana Hiba Zainab Rim Dunya Farah Ghada Najla Aya Sara Ruqaya Bushra Amal"
        ),
        "m": _w(
            "Mohammed Ahmad Omar Khaled Youssef Ibrahim Hassan Hussein Tarek Karim Ziad Rami Samir Walid Bilal "
            "Mahmoud Nabil Fadi Majid Jamal Anas Hamza Adnan Bassam Issa Mustafa Rashid Abdullah Nasser Sami"
        ),
        "s": _w(
            "Al-Hassan Al-Khatib Haddad Khoury Nassar Saleh Hamdan Abboud Mansour Haidar Darwish Aziz Farouk "
            "Barakat Qasim Zayed El-Amin Shaheen Bakr Sabbagh Tamimi Yassin Jaber Kassem Hijazi Suleiman "
            "Othman Issa Hamad Rahal Al-Sayed El-Masri Nasr Awad Kanaan Ghanem Sharif Attia Zaki Moussa Bitar "
            "Kheir Salloum Hourani"
        ),
    },
    "greek": {
        "f": _w(
            "Eleni Maria Katerina Georgia Sofia Dimitra Ioanna Vasiliki Anastasia Despina Athina Chrysa Evangelia "
            "Paraskevi Stavroula Konstantina Theodora Zoi Niki Froso"
        ),
        "m": _w(
            "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasilios Athanasios Evangelos "
            "Stavros Spyros Michalis Thanos Kostas Giannis Yorgos Petros Apostolos Theodoros"
        ),
        "s": _w(
            "Papadopoulos Papadakis Georgiou Nikolaidis Konstantinou Dimitriou Christodoulou Karagiannis "
            "Vlachos Oikonomou Papageorgiou Antoniou Makris Alexiou Stavrou Theodorou Katsaros Pappas "
            "Ioannidis Mavridis Tsakiris Economou Liakos Zervas Kyriakou Panagiotou Sotiriou Athanasiou "
            "Karamanlis Galanis Chatzis Xenakis Lambrou Kontos Psaras Triantafyllou Mitsotakis Andreou "
            "Kalogeropoulos"
        ),
    },
    "croatian": {
        "f": _w("Ivana Marija Ana Petra Maja Kristina Lucija Nikolina Martina Ivona Mateja Dora Ružica Katarina Tena"),
        "m": _w("Ivan Marko Josip Luka Tomislav Ante Mario Davor Krešimir Zvonimir Dario Stjepan Hrvoje Mislav Domagoj"),
        "s": _w(
            "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić "
            "Pavlović Božić Blažević Grgić Pavić Radić Perić Kralj Lovrić Šarić Mikulić Brkić Šimić Bošnjak "
            "Jukić Rukavina Galić Barišić Vidović Mandić"
        ),
    },
    "serbian": {
        "f": _w("Jelena Milica Dragana Snežana Ljiljana Biljana Tijana Jovana Marina Svetlana Danijela Gordana Sanja Mirjana Nevena"),
        "m": _w("Nikola Stefan Miloš Dragan Zoran Goran Nenad Milan Dejan Aleksandar Vladimir Bojan Slobodan Nebojša Dušan"),
        "s": _w(
            "Jovanović Nikolić Stojanović Ilić Đorđević Pavlović Milošević Stanković Todorović Lazić Popović "
            "Kostić Mitrović Ristić Živković Savić Obradović Simić Vasić Janković Milenković Lukić Radovanović "
            "Stevanović Tasić Zdravković Ćirić Bogdanović Nedeljković Filipović Marjanović Đukić Veljković"
        ),
    },
    "bosnian": {
        "f": _w("Amra Selma Lejla Emina Ajla Medina Merima Amina Belma Aida Mirela Naida Edina"),
        "m": _w("Emir Adnan Haris Kenan Amar Tarik Jasmin Edin Mirza Nermin Senad Dženan Armin"),
        "s": _w(
            "Hodžić Hadžić Delić Begić Mehmedović Hasanović Kovač Muratović Alić Husić Omerović Salihović "
            "Suljić Zukić Ahmetović Softić Mujić Halilović Bešić Karić Hamzić Imamović Ibrahimović Džafić "
            "Ćosić Smajić Hrustić Kurtović"
        ),
    },
    "albanian": {
        "f": _w("Arta Blerta Drita Elira Fjolla Genta Jehona Liridona Mimoza Rina Teuta Valbona Vjosa Besa Donika Arbnora"),
        "m": _w("Arben Bekim Besnik Driton Agron Fatmir Ilir Kujtim Labinot Leotrim Valon Visar Arian Blerim Gëzim Shkëlzen"),
        "s": _w(
            "Krasniqi Gashi Berisha Morina Shala Hoxha Kelmendi Bytyqi Rexhepi Hyseni Zeqiri Ahmeti Kastrati "
            "Mustafa Halili Dervishi Sadiku Beqiri Osmani Thaçi Ramadani Islami Bajrami Jashari Musliu Aliu "
            "Selimi Daci Limani"
        ),
    },
    "romanian": {
        "f": _w("Ioana Andreea Elena Alexandra Mihaela Cristina Raluca Simona Oana Roxana Irina Bianca Gabriela Adriana Loredana Diana Larisa"),
        "m": _w("Andrei Alexandru Mihai Ionuț Florin Cristian Adrian Bogdan Dragoș Gheorghe Vasile Ciprian Sorin Marius Radu Răzvan Ovidiu"),
        "s": _w(
            "Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Matei Munteanu Constantinescu Marin "
            "Diaconu Lungu Moldovan Dobre Barbu Nistor Florea Tudor Cristea Ene Dinu Toma Mocanu Oprea Voicu "
            "Ardeleanu Bălan Neagu Rusu Vlad Sârbu"
        ),
    },
    "hungarian": {
        "f": _w("Zsuzsanna Katalin Erzsébet Ildikó Krisztina Eszter Réka Anikó Judit Zsófia Dóra Boglárka Edit Ágnes Tünde"),
        "m": _w("László István József Zoltán Gábor Attila Tamás Zsolt Balázs Péter Csaba Gergely Levente Bence Ákos"),
        "s": _w(
            "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
            "Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Pintér Fodor Orsós"
        ),
    },
    "czech": {
        "f": _w("Jana Hana Lucie Tereza Veronika Kateřina Markéta Barbora Klára Eliška Zuzana Šárka Radka Pavla Lenka"),
        "m": _w("Jiří Petr Pavel Jaroslav Martin Tomáš Miroslav Zdeněk Václav Ondřej Vojtěch Radek Lubomír Jakub Vít"),
        "s": _w(
            "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil "
            "Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban "
            "Blažek Kříž Kovář"
        ),
    },
    "spanish": {
        "f": _w(
            "Lucía Carmen Pilar Isabel Marta Cristina Raquel Nuria Montserrat Rocío Alba Paula Irene Inés "
            "Begoña Ainhoa Itziar Covadonga Almudena Macarena Concepción Mercedes Esther"
        ),
        "m": _w(
            "Javier Alejandro Pablo Sergio Álvaro Iván Rubén Adrián Jorge Raúl Íñigo Xabier Gonzalo Fernando "
            "Rodrigo Ignacio Enrique Alfonso Jordi Pau Marc Borja Víctor"
        ),
        "s": _w(
            "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
            "Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez "
            "Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias Medina "
            "Garrido Cortés de_la_Fuente del_Río Echeverría Goikoetxea Puig Ferrer Vidal"
        ),
    },
    "portuguese": {
        "f": _w(
            "Ana Beatriz Mariana Inês Leonor Matilde Catarina Joana Rita Sofia Carolina Francisca Daniela "
            "Gabriela Larissa Fernanda Juliana Camila Luana Thaís Bruna Letícia Conceição"
        ),
        "m": _w(
            "João Pedro Tiago Rui Nuno Miguel Diogo Gonçalo Rodrigo Afonso Duarte Bruno Vítor Hugo Lucas Gustavo "
            "Matheus Thiago Rafael Felipe Leandro Caio Renato"
        ),
        "s": _w(
            "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves "
            "Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes "
            "Soares Vieira Monteiro Cardoso Rocha Barbosa Araújo Cavalcanti Magalhães da_Silva dos_Santos "
            "da_Costa do_Nascimento Azevedo Figueiredo"
        ),
    },
    "french": {
        "f": _w(
            "Camille Manon Chloé Léa Emma Inès Juliette Louise Margaux Pauline Mathilde Élodie Amandine Aurélie "
            "Sandrine Nathalie Isabelle Sylvie Véronique Hélène Brigitte Mireille Solène Clémence Anaïs Océane "
            "Marie-Claire Anne-Sophie Ségolène Gaëlle"
        ),
        "m": _w(
            "Julien Nicolas Guillaume Mathieu Antoine Maxime Thibault Romain Clément Baptiste Quentin Benoît "
            "Étienne Olivier Laurent Thierry Philippe Pascal Sébastien Hugo Théo Louis Arthur Gaspard Jean-Luc "
            "Jean-Pierre Pierre-Yves François Gérard Yann"
        ),
        "s": _w(
            "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
            "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert "
            "Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas "
            "Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Boucher "
            "de_la_Tour Le_Gall Le_Goff Le_Bihan du_Pont Delacroix Beaumont Castaing"
        ),
    },
    "dutch": {
        "f": _w(
            "Sanne Lotte Femke Anouk Lieke Fleur Eva Iris Marloes Sophie Noor Roos Julia Maartje Ingrid Wilma "
            "Annelies Mieke Esther Yvonne Tessa Floor Evi Jet"
        ),
        "m": _w(
            "Daan Sem Bram Lars Thijs Ruben Jeroen Bas Sander Niels Wouter Joost Maarten Pieter Koen Hendrik "
            "Gijs Stijn Joris Floris Arjen Rutger Willem Teun"
        ),
        "s": _w(
            "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder "
            "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf "
            "van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen "
            "van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems van_Vliet Hoekstra "
            "Maas Verhoeven Koster Prins Kuipers van_der_Sloot ten_Brink ter_Horst Wouters Claes Peeters Maes"
        ),
    },
    "swedish": {
        "f": _w("Elsa Alice Maja Ebba Saga Astrid Linnea Klara Wilma Ingrid Karin Birgitta Agneta Sigrid Frida Tove"),
        "m": _w("Erik Lars Anders Johan Nils Karl Gustav Oskar Axel Viktor Henrik Björn Mattias Olof Sven Måns"),
        "s": _w(
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
            "Jonsson Jansson Hansson Bengtsson Lindberg Lindqvist Lindgren Berglund Sandberg Forsberg Sjöberg "
            "Wallin Engström Lundqvist Holmberg Åberg Nyström Ek Strand"
        ),
    },
    "danish": {
        "f": _w("Mette Signe Freja Ida Karen Kirsten Lene Trine Sidsel Marianne Nanna Astrid Solveig Ingeborg Hanne"),
        "m": _w("Søren Mads Rasmus Mikkel Anders Jesper Thomas Frederik Magnus Kasper Jens Ole Torben Halvor Einar Sindre"),
        "s": _w(
            "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen "
            "Kristensen Olsen Thomsen Poulsen Johansen Knudsen Mortensen Møller Lund Halvorsen Haugen Berntsen "
            "Solberg Bakken Lie Dahl Strand Amundsen Eide"
        ),
    },
    "finnish": {
        "f": _w("Aino Eeva Kaisa Liisa Minna Päivi Riikka Sanna Tuula Satu Noora Ilona Outi"),
        "m": _w("Mikko Juha Jukka Timo Pekka Antti Jari Ville Olli Tapio Eero Lauri Teemu"),
        "s": _w(
            "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
            "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Tuominen Rantanen "
            "Karjalainen Laaksonen"
        ),
    },
    "english": {
        "f": _w(
            "Emily Charlotte Sophie Olivia Amelia Jessica Hannah Lucy Ellie Chloe Georgia Holly Megan Abigail "
            "Harriet Imogen Rosie Beth Kirsty Gemma Hayley Stacey Leanne Joanne Claire Nicola Tracey Alison "
            "Deborah Janet Margaret Pauline Jean Maureen Wendy Lorraine Philippa Henrietta Poppy Freya Isla "
            "Evie Phoebe Matilda Eleanor Bethany Natalie Victoria Rebecca Rachel Zoe Gracie Grace Daisy Lily "
            "Anne-Marie Mary-Jane Hope Joy"
        ),
        "m": _w(
            "Oliver Harry George Jack Jacob Charlie Thomas James William Joshua Daniel Samuel Benjamin Alfie "
            "Archie Freddie Toby Oscar Henry Edward Alexander Luke Matthew Ryan Adam Callum Connor Jamie Lewis "
            "Nathan Ben Tom Rob Stuart Gary Darren Lee Wayne Nigel Graham Clive Trevor Colin Derek Keith Barry "
            "Mark Will Bill Rupert Hugo Giles Jeremy Simon Dominic Rhys Reece Kyle"
        ),
        "s": _w(
            "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
            "Roberts Green Hall Wood Jackson Clarke Patel Harris Turner Hill Cooper Ward Morris Moore King Watson "
            "Baker Harrison Morgan Young Allen Mitchell Bell Cook Lee Martin Parker Shaw Carter Bennett Chapman "
            "Hughes Lewis Edwards Marshall Ellis Fox Palmer Holmes Mason Hunter Hunt Barker Knight Webb Lloyd "
            "Spencer Stevens Pearce Harvey Cole Dixon Gibson Fletcher Payne Russell Wells Rowe Ashworth Pemberton "
            "Whitfield Blackwood Ainsworth Hargreaves Fairbanks Cartwright Thistlewood Bradshaw Ridley Sutcliffe "
            "Ormerod Greenhalgh Pickering Tattersall May Stone Rose Page Grace Miller Glover Nash Woodward "
            "Lancaster Fitzgerald-Hale Smith-Jones Bowes-Lyon Carrington"
        ),
    },
    "us": {
        "f": _w(
            "Ashley Brittany Madison Kayla Taylor Brianna Alexis Savannah Jordan Morgan Kennedy Addison Avery "
            "Harper Aubrey Paisley Brooklyn Skylar Peyton Kaylee Jennifer Amanda Heather Kimberly Tiffany Crystal "
            "Amber Stephanie Dana Shannon Courtney Lindsey Mallory Whitney Autumn Destiny Kendra Tamika Latoya "
            "Shanice Mary-Kate Betty-Lou"
        ),
        "m": _w(
            "Tyler Brandon Austin Dylan Hunter Cody Chase Logan Mason Carter Jackson Aiden Hayden Brady Colton "
            "Trevor Travis Dustin Chad Bradley Kevin Scott Randy Brent Derrick Marcus DeShawn Jamal Tyrone "
            "Darnell Terrell Malik Lamar Jaylen Garrett Wyatt Bryce Cooper Easton Parker Billy-Ray"
        ),
        "s": _w(
            "Johnson Miller Davis Rodriguez Martinez Anderson Thomas Jackson Harris Sanchez Clark Ramirez Lewis "
            "Robinson Walker Hall Allen Young Hernandez Wright Scott Nguyen Flores Green Adams Nelson Baker "
            "Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins "
            "Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
            "Kelly Howard Kim Cox Ward Richardson Watson Brooks Wood James Bennett Gray Mendoza Ruiz Hughes "
            "Price Alvarez Castillo Sanders Myers Long Ross Foster Jimenez Washington Jefferson Kowalczyk "
            "Vanderbilt Schaefer Lindqvist Hollister Whitaker Pruitt McAllister Brewer Dawson Holloway"
        ),
    },
    "irish": {
        "f": _w(
            "Aoife Siobhán Niamh Caoimhe Saoirse Róisín Clodagh Orla Sinéad Aisling Ciara Gráinne Méabh Éabha "
            "Bríd Deirdre Fionnuala Órlaith Muireann Nuala Síle Úna Eimear Laoise Ailbhe"
        ),
        "m": _w(
            "Cian Oisín Darragh Ciarán Seán Pádraig Eoin Fionn Tadhg Cathal Colm Dónal Rónán Diarmuid Cillian "
            "Conor Declan Eamon Liam Niall Ruairí Shane Kieran Fergal Lorcan"
        ),
        "s": _w(
            "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher "
            "O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Dunne "
            "Brennan Burke Collins Regan Fitzgerald Keane Power Hogan Flanagan Nolan Kavanagh McGrath Fahy "
            "Mac_Giolla_Phádraig Ó_Súilleabháin Ní_Bhriain Mac_Cárthaigh Ó_Ceallaigh McNamara O'Mahony "
            "O'Keeffe O'Donnell McDonagh Mulcahy Tierney Breathnach Ó_Murchú"
        ),
    },
    "scottish": {
        "f": _w("Catriona Eilidh Morag Kirsteen Mhairi Isla Iona Ailsa Fiona Shona Elspeth Rhona Skye Kirsty Lorna Seonaid Islay"),
        "m": _w("Hamish Angus Ewan Alasdair Calum Fraser Ruaridh Iain Murdo Craig Gregor Lachlan Euan Finlay Struan Torquil Dougal"),
        "s": _w(
            "MacDonald Campbell Stewart Robertson Thomson Anderson MacLeod MacKenzie Reid Ross Paterson Murray "
            "Mackay Fraser Henderson Cameron Sinclair Buchanan Kerr Crawford Ferguson Mackintosh MacGregor "
            "McIntyre MacLean McLaren Drummond Gillespie Munro Urquhart Menzies Dalgleish Grieve Lamont Rennie "
            "Baird MacAulay McKechnie Colquhoun Ogilvie Farquharson McPhail MacInnes Sutherland Guthrie"
        ),
    },
    "welsh": {
        "f": _w("Cerys Carys Eleri Ffion Gwen Lowri Mared Nia Rhian Seren Siân Bethan Angharad Heledd Mali"),
        "m": _w("Dafydd Emyr Gareth Gethin Huw Ioan Iwan Llŷr Rhodri Rhys Aled Owain Tomos Gruffudd Bryn"),
        "s": _w(
            "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Owen Rees Pugh "
            "Pritchard Powell Parry Jenkins Vaughan Llewellyn Bowen Howells Prosser ap_Rhys Gwynne Meredith "
            "Probert Bevan"
        ),
    },
    "indian": {
        "f": _w(
            "Priya Ananya Aditi Kavya Pooja Neha Sneha Divya Shreya Anjali Meera Lakshmi Deepika Nisha Sunita "
            "Ritu Swati Harpreet Simran Jaspreet Gurleen Kiran Aishwarya Bhavna Radhika Tanvi Ishita Vaishnavi "
            "Padma Revathi Shalini Savitri Malini Sangeeta"
        ),
        "m": _w(
            "Rahul Amit Arjun Vikram Rohan Aditya Sanjay Rajesh Suresh Ramesh Anil Sunil Vijay Karan Nikhil "
            "Siddharth Varun Manish Deepak Harjit Gurpreet Manpreet Jasbir Ranjit Arvind Venkatesh Srinivas "
            "Prakash Ganesh Mahesh Abhishek Pranav Vivek Kunal Akash"
        ),
        "s": _w(
            "Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Iyer Nair Menon Reddy Rao Krishnan "
            "Subramanian Chatterjee Banerjee Mukherjee Das Bose Ghosh Kapoor Malhotra Khanna Chopra Bhatia "
            "Sandhu Gill Dhillon Grewal Sidhu Kaur Agarwal Bansal Srivastava Tiwari Pandey Mishra Chauhan "
            "Naidu Pillai Venkataraman Kulkarni Deshpande Ahluwalia Chaudhary Saxena Trivedi"
        ),
    },
    "pakistani": {
        "f": _w("Ayesha Saima Sana Mehwish Nadia Rabia Shazia Uzma Farzana Hina Iqra Mahnoor Sadia Zara Noreen"),
        "m": _w("Imran Asif Kamran Faisal Bilal Usman Zeeshan Adeel Waqas Shahid Tariq Junaid Naveed Sohail Irfan"),
        "s": _w(
            "Khan Ahmed Ali Hussain Iqbal Qureshi Butt Chaudhry Malik Raza Siddiqui Akhtar Mirza Sheikh Javed "
            "Aslam Rafiq Anwar Bashir Mahmood Nawaz Abbasi Rehman Saeed Shafiq"
        ),
    },
    "nigerian": {
        "f": _w(
            "Chioma Ngozi Adaeze Chiamaka Ifeoma Nneka Amaka Uchenna Obiageli Funmilayo Folake Adunni Bukola "
            "Yetunde Temitope Olamide Oluwaseun Abisola Aisha Zainab Hadiza Halima Fatima Blessing Precious "
            "Chinwe Ebele Kemi Titilayo Omolara"
        ),
        "m": _w(
            "Chinedu Emeka Obinna Ikenna Chukwuemeka Nnamdi Uche Tochukwu Olumide Babatunde Adebayo Oluwafemi "
            "Segun Tunde Kayode Femi Ayodele Abubakar Musa Ibrahim Sani Yakubu Aminu Godwin Emmanuel Kelechi "
            "Chidi Dapo Gbenga"
        ),
        "s": _w(
            "Okafor Okonkwo Eze Nwosu Obi Chukwu Okeke Nwachukwu Onyekachi Ibekwe Ogunleye Adeyemi Adebayo "
            "Ogunbiyi Oyelaran Olaniyan Balogun Afolabi Adewale Ajayi Oladipo Bello Abubakar Mohammed Usman "
            "Danjuma Yusuf Lawal Onuoha Anyanwu Okoro Uzoma Nwankwo Akinwale Oyebanji Adeleke Ezeani Okwuosa "
            "Olawale Akintola Egbuna Iwu Udeh"
        ),
    },
    "ghanaian": {
        "f": _w("Akosua Adwoa Abena Akua Yaa Afua Ama Efua Esi Adjoa Naa Dzifa Enyonam Serwaa Maame"),
        "m": _w("Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Kwesi Nana Fiifi Ebo Selorm Elikem Nii Yao"),
        "s": _w(
            "Mensah Owusu Boateng Asante Osei Agyeman Appiah Amoah Darko Acheampong Ofori Badu Addo Quaye "
            "Antwi Adjei Frimpong Oppong Annan Tetteh Ansah Sarpong Opoku Nkrumah Bonsu"
        ),
    },
    "kenyan": {
        "f": _w("Wanjiru Akinyi Atieno Njeri Wambui Nyambura Chebet Jepkosgei Muthoni Achieng Wairimu Kerubo Awino"),
        "m": _w("Kamau Otieno Odhiambo Kiprono Kipchoge Mwangi Njoroge Wafula Omondi Ochieng Kibet Barasa Mutua"),
        "s": _w(
            "Kariuki Mwangi Njoroge Otieno Ochieng Kiplagat Kipruto Wanjala Odinga Kamau Maina Ndungu Mutua "
            "Wambua Githinji Koech Chepkoech Onyango Owino Muriuki Karanja Gitau Nyaga Mbugua Korir"
        ),
    },
    "somali_ethiopian": {
        "f": _w("Hodan Ayaan Fadumo Hibaaq Sahra Ifrah Ubah Hawa Muna Selam Meron Tigist Hiwot Bethlehem Saba Mekdes Liya"),
        "m": _w("Abdirahman Abdiwali Mohamud Farah Guled Hamse Liban Yonas Dawit Tesfaye Bereket Henok Kidus Abebe Solomon Mulugeta"),
        "s": _w(
            "Warsame Hassan Abdi Farah Jama Ali Nur Osman Ahmed Hersi Dualeh Egal Samatar Abdullahi Gedi "
            "Tesfaye Haile Bekele Girma Alemu Tadesse Mekonnen Gebremedhin Woldemariam Kebede Desta Assefa "
            "Berhane Negash"
        ),
    },
    "chinese": {
        "f": _w(
            "Wei Jing Li_Na Xiaoling Mei Yan Hui Fang Ling Xin Yue Qian Ting Yuxuan Zihan Xinyi Shu Lan Min "
            "Yiwen Jiayi Ruoxi Wenjing"
        ),
        "m": _w(
            "Wei Jun Hao Lei Tao Bo Chen Jian Ming Qiang Yong Peng Feng Zhiwei Haoran Yutong Jiahao Zihao Kai "
            "Xiang Jie Liang Zhen Dong"
        ),
        "s": _w(
            "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Song "
            "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Wei Su Ding Ren Shen "
            "Yao Fang Jin Qian Kong Chan Wong Leung Cheung Lau Tsang Ng"
        ),
    },
    "vietnamese": {
        "f": _w("Linh Mai Lan Hoa Thao Trang Huong Ngoc Phuong Vy Thu Hanh Nhung Diep Yen Thuy Loan Hang"),
        "m": _w("Minh Duc Tuan Hung Quang Thanh Hieu Khanh Nam Bao Huy Dung Hai Phong Trung Vinh Cuong Thang"),
        "s": _w(
            "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly Nguyễn Trần Phạm Hoàng "
            "Đặng Bùi Trinh Dinh Lam Mai Truong"
        ),
    },
    "korean": {
        "f": _w("Seo-yeon Ji-woo Ha-eun Su-bin Hye-jin Eun-ji Yuna Minji Jisoo Ye-jin Na-rae Soo-ah Da-eun Chae-won"),
        "m": _w("Min-jun Do-yoon Ji-hoon Jae-won Hyun-woo Dong-hyun Sung-min Seung-ho Kyung-soo Tae-yang Jun-ho Woo-jin Sang-hoon"),
        "s": _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon Baek Nam"),
    },
    "japanese": {
        "f": _w("Yuki Aiko Haruka Misaki Sakura Yui Aoi Mei Rin Emi Naoko Keiko Yoko Mariko Ayumi Chihiro Hina Nanami Kaori"),
        "m": _w("Haruto Sota Ren Yuto Kenji Takashi Hiroshi Daisuke Kazuki Ryo Shota Takumi Kaito Kenta Satoshi Yuji Akira Makoto"),
        "s": _w(
            "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
            "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa "
            "Fujita Okada Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii Nishimura Fukuda"
        ),
    },
    "filipino": {
        "f": _w("Maricel Rowena Jocelyn Lorna Analyn Rhea Marites Kristine Jhen Princess Angelica Mylene Lovely Joy-Ann"),
        "m": _w("Jomar Rodel Jerico Arnel Ronaldo Reynaldo Jun-Jun Efren Marvin Nonoy Ariel Bong Dindo Jayson"),
        "s": _w(
            "Dela_Cruz Santos Reyes Bautista Ocampo Mendoza Villanueva Aquino Ramos Castillo Garcia Torres "
            "Manalo Macaraeg Dimaculangan Pangilinan Soriano Domingo Tolentino Gatchalian Magbanua Sison "
            "Panganiban Lacson Malabanan"
        ),
    },
    "persian_afghan": {
        "f": _w("Shirin Parisa Nasrin Mahsa Negar Roya Azadeh Laleh Golnar Yasaman Setareh Maryam Farzaneh Zohra Freshta Mursal Nilofar"),
        "m": _w("Reza Ali-Reza Amir Behnam Dariush Farhad Kourosh Mehdi Omid Payam Arash Babak Hamid Ahmad_Shah Farid Jawad Wahid"),
        "s": _w(
            "Ahmadi Hosseini Rezaei Mohammadi Karimi Rahimi Moradi Jafari Sadeghi Hashemi Tehrani Shirazi "
            "Esfahani Farahani Nazari Kazemi Ghorbani Mousavi Bahrami Azizi Sultani Popal Durrani Noori Hakimi "
            "Amiri Wardak Stanikzai Safi Haidari"
        ),
    },
    "kurdish": {
        "f": _w("Berfin Rojda Zilan Dilan Şirin Evîn Nariman Helin Jiyan Roza Avesta Delal Hêvî"),
        "m": _w("Rojhat Baran Serhat Azad Dilovan Hozan Agit Ciwan Welat Rêber Berzan Şervan Kawa"),
        "s": _w(
            "Barzani Talabani Zebari Xelîl Bozarslan Dersimi Kobani Amedî Botan Zaxoyî Hakkari Baban Ocalan "
            "Cizîrî Goran Rojhilat Mêrdînî Silêmanî Xoşnaw"
        ),
    },
    "mexican_latam": {
        "f": _w("Guadalupe Alejandra Fernanda Daniela Ximena Valeria Mariana Citlali Itzel Yesenia Araceli Rosalba Maricruz Nayeli Esperanza"),
        "m": _w("José_Luis Juan_Carlos Luis Miguel_Ángel Jesús Francisco Eduardo Ricardo Armando Héctor Ramón Emiliano Santiago Mateo Cuauhtémoc"),
        "s": _w(
            "Hernández Flores Reyes Cruz Morales Ortiz Gutiérrez Chávez Ramos Mendoza Ruiz Aguilar Vargas "
            "Castillo Jiménez Rojas Salazar Herrera Medina Guerrero Cervantes Villalobos Zapata Quintero Ibarra "
            "Espinoza Sandoval Valenzuela Montoya de_la_Garza"
        ),
    },
}

# Draw weights per language (relative; German texts mostly German/Austrian/Swiss, English texts
# mostly English, US, Irish, Scottish, then the others).
WEIGHTS = {
    "de": [
        ("german", 34), ("austrian", 10), ("swiss", 8), ("turkish", 8), ("polish", 5), ("italian", 4),
        ("russian", 3), ("ukrainian", 3), ("arabic", 4), ("greek", 2), ("croatian", 1.5), ("serbian", 1.5),
        ("bosnian", 1), ("albanian", 2), ("romanian", 1.5), ("hungarian", 1), ("czech", 1), ("spanish", 1),
        ("portuguese", 1), ("french", 1), ("dutch", 1), ("swedish", 0.5), ("danish", 0.5), ("finnish", 0.3),
        ("english", 1), ("us", 0.5), ("irish", 0.3), ("scottish", 0.2), ("welsh", 0.1), ("indian", 1),
        ("pakistani", 0.5), ("nigerian", 0.5), ("ghanaian", 0.3), ("kenyan", 0.3), ("somali_ethiopian", 0.7),
        ("chinese", 0.7), ("vietnamese", 1), ("korean", 0.4), ("japanese", 0.4), ("filipino", 0.3),
        ("persian_afghan", 1.5), ("kurdish", 1.5), ("mexican_latam", 0.2),
    ],
    "en": [
        ("english", 22), ("us", 16), ("irish", 7), ("scottish", 5), ("welsh", 2), ("indian", 8),
        ("pakistani", 3), ("nigerian", 5), ("ghanaian", 2), ("kenyan", 1.5), ("somali_ethiopian", 1),
        ("chinese", 4), ("vietnamese", 1), ("korean", 1.5), ("japanese", 1), ("filipino", 2),
        ("mexican_latam", 3), ("polish", 2), ("italian", 2), ("german", 2), ("french", 1), ("spanish", 1),
        ("portuguese", 1.5), ("arabic", 2), ("greek", 0.7), ("turkish", 0.8), ("russian", 0.8),
        ("ukrainian", 0.8), ("dutch", 0.7), ("swedish", 0.5), ("danish", 0.4), ("finnish", 0.2),
        ("romanian", 0.6), ("hungarian", 0.3), ("czech", 0.3), ("croatian", 0.3), ("serbian", 0.2),
        ("bosnian", 0.2), ("albanian", 0.3), ("persian_afghan", 0.7), ("kurdish", 0.2), ("austrian", 0.2),
        ("swiss", 0.2),
    ],
}

# Names that are also ordinary words; clean texts use the words, personal texts the names.
WORD_NAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Bauer", "Schneider", "Vogel", "Winter", "Sommer", "Berg", "Stein", "Jäger", "Kaiser", "König", "Braun", "Lang", "Hahn", "Keller", "Graf", "Engel", "Frank"],
    "en": ["Baker", "Hunter", "May", "Grace", "Will", "Hope", "Joy", "Mark", "Bill", "Rose", "Stone", "Wood", "Brown", "Green", "Page", "King", "Long", "Cook", "Miller", "Young"],
}

# Lower-case particles and short connecting parts of a name (not checked as name parts on their own).
PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "do", "dos", "das", "del", "della", "lo", "zu", "ten", "ter", "ap", "al", "el", "mac", "mc", "ní", "ó", "o", "bin", "ibn"]


def all_given() -> list[str]:
    seen, out = {}, []
    for o in ORIGINS.values():
        for n in o["f"] + o["m"]:
            if n not in seen:
                seen[n] = 1
                out.append(n)
    return out


def all_surnames() -> list[str]:
    seen, out = {}, []
    for o in ORIGINS.values():
        for n in o["s"]:
            if n not in seen:
                seen[n] = 1
                out.append(n)
    return out


_KNOWN = None


def known_lower() -> dict:
    """Every list name and every part of it, lower-cased (for the invented-name check)."""
    global _KNOWN
    if _KNOWN is None:
        k = {}
        for n in all_given() + all_surnames():
            k[n.lower()] = 1
            for part in n.replace("-", " ").replace("'", " ").split():
                k[part.lower()] = 1
        _KNOWN = k
    return _KNOWN


# ---------------------------------------------------------------- invented names

_SYL = {
    "de": {
        "on": ["B", "D", "G", "H", "K", "L", "M", "R", "S", "T", "W", "Br", "Gr", "Kl", "Tr", "Schw", "St", "Pf"],
        "nu": ["a", "e", "i", "o", "u", "ei", "au", "ä", "ö", "ü", "ie"],
        "mid": ["l", "n", "r", "m", "nd", "lt", "rk", "st", "ff", "tz", "ng", "ck"],
        "end_s": ["er", "ner", "ler", "mann", "inger", "hofer", "ecker", "bach", "lich", "wald", "rath", "auer"],
        "end_f": ["a", "e", "ine", "ika", "ia", "lind", "run"],
        "end_m": ["o", "er", "mar", "old", "win", "bert", "ulf", "ian"],
    },
    "en": {
        "on": ["B", "C", "D", "F", "G", "H", "J", "K", "L", "M", "P", "R", "S", "T", "W", "Br", "Cr", "Th", "Sh", "Gl"],
        "nu": ["a", "e", "i", "o", "u", "ay", "ee", "oa", "ou", "y"],
        "mid": ["l", "n", "r", "m", "nd", "ld", "rt", "st", "ck", "ss", "nt", "rv"],
        "end_s": ["ton", "ley", "wick", "ford", "by", "worth", "more", "field", "den", "sby", "ridge", "combe"],
        "end_f": ["a", "elle", "ine", "ia", "ey", "ana", "ette"],
        "end_m": ["o", "an", "er", "ick", "ard", "on", "ell"],
    },
}


_ODD = re.compile(r"[aeiouyäöü]{3}|ii|uu|yy|aa[a-z]*aa|(.)\1\1")


def invented(rng: random.Random, lang: str, gender: str) -> tuple[str, str]:
    """A given name and a surname from a syllable generator, in none of the lists above."""
    s = _SYL[lang]
    known = known_lower()
    for _ in range(200):
        g = rng.choice(s["on"]) + rng.choice(s["nu"]) + rng.choice(s["mid"]) + rng.choice(s["end_f"] if gender == "f" else s["end_m"])
        last = rng.choice(s["on"]) + rng.choice(s["nu"]) + rng.choice(s["mid"] + [""]) + rng.choice(s["end_s"])
        if rng.random() < 0.25:
            last = rng.choice(s["on"]) + rng.choice(s["nu"]) + rng.choice(s["mid"]) + rng.choice(s["nu"]) + rng.choice(s["end_s"])
        if g.lower() in known or last.lower() in known or len(g) < 4 or len(last) < 5:
            continue
        if any(_ODD.search(x.lower()) for x in (g, last)):
            continue
        return g, last
    raise RuntimeError("no invented name")
