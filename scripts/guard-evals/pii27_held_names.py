"""Name lists for the held-out half of the twenty-seventh PII bank (heldout27).

Written for this half; no package is read. Each origin has male given names, female given
names and surnames. A surname written `m/f` has a female form. `_` stands for a space inside a
surname (particles). Surnames that are ordinary words sit in WORD_SURNAMES_EN / WORD_SURNAMES_DE
and are drawn on purpose, about 7 % of people.
"""

import unicodedata

ORIGINS = {}


def _o(key, m, f, s, hyphen=False, double=""):
    ORIGINS[key] = {
        "m": list(dict.fromkeys(m.split())),
        "f": list(dict.fromkeys(f.split())),
        "s": list(dict.fromkeys(s.split())),
        "hyphen": hyphen,
        "double": double,  # "-" hyphenated double given names, " " spaced, "" none
    }


_o("german",
   """Alexander Andreas Axel Benedikt Bernd Björn Christian Christoph Daniel Dennis Dieter Dirk
   Dominik Eckhard Elias Emil Erik Fabian Felix Florian Friedrich Georg Gerhard Gregor Günter
   Hannes Hans Harald Heiko Heinz Helmut Henrik Holger Ingo Jan Jannik Jens Joachim Jonas Jörg
   Julian Jürgen Kai Karl Karsten Klaus Konrad Lars Leon Lukas Malte Marcel Markus Matthias
   Maximilian Michael Moritz Niklas Nils Olaf Oliver Pascal Patrick Paul Peter Philipp Rainer
   Ralf René Roland Rüdiger Sascha Sebastian Steffen Sven Thorsten Tobias Torben Udo Ulrich Uwe
   Volker Werner Wolfgang Yannick Detlef Hendrik Ole Jakob Till Bastian Finn Lennart Mattis""",
   """Andrea Angelika Anja Anke Anna Annette Antje Barbara Bärbel Beate Birgit Brigitte Carina
   Carolin Charlotte Christa Christiane Claudia Cornelia Dagmar Daniela Doris Elke Emma Erika
   Franziska Frauke Gabriele Gisela Greta Hannah Heike Helga Ilse Ines Ingrid Isabel Jana Janina
   Jasmin Johanna Julia Jutta Karin Katharina Kathrin Kerstin Klara Laura Lea Lena Leonie Lina
   Luisa Maike Mareike Marion Marlene Martina Melanie Mia Monika Nadine Nicole Nina Petra Renate
   Sabine Sandra Sarah Silke Simone Sophie Stefanie Susanne Svenja Tanja Ute Ursula Vanessa
   Wiebke Gesine Heidrun Insa Imke Merle Frieda Thea Henrike Ronja""",
   """Müller Schmidt Meyer Wagner Becker Schulz Hoffmann Schäfer Richter Schröder Neumann
   Zimmermann Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid
   Schulze Maier Köhler Herrmann Walter Mayer Peters Scholz Möller Schubert Friedrich Keller
   Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm
   Schumacher Krämer Vogt Otto Seidel Heinrich Brandt Haas Schreiber Schulte Dietrich Ziegler
   Pohl Bergmann Voigt Arnold Wolff Pfeiffer Ebert Kessler Brinkmann Dreyer Hansen Petersen
   Thiel Rademacher Wendt Ostermann Harms Janssen Lüdtke Reimers Brüggemann Niehaus Overbeck
   Tiedemann Eggers Behrens Gerdes Rohde Hesse Kruse Marx Sievers Dittmar Stahl Wessel Heuer
   Bartels Kämpfer Eichhorn Geiger Reinhardt Seifert Ulrich Wirth Scheller Lindemann
   von_der_Heyde von_Ahlen zu_Dohna von_Bülow von_Stetten""",
   hyphen=True, double="-")

_o("austrian",
   """Florian Lukas Tobias Johannes Stefan Bernhard Christoph Dominik Gernot Herbert Josef Franz
   Leopold Matthias Reinhard Wolfgang Alois Hubert Engelbert Ferdinand Valentin Raphael Manfred
   Gerald Ewald Kurt Markus Sepp Ignaz Vinzenz Clemens Andreas Martin Elias Jakob Anton Gottfried
   Roman Günther Rupert""",
   """Katrin Theresa Elisabeth Magdalena Barbara Verena Sabine Birgit Christine Andrea Johanna
   Lisa Anna Hannelore Rosemarie Herta Waltraud Gertraud Sieglinde Veronika Kathrin Marlies
   Michaela Romana Valentina Stefanie Eva Maria Martina Ulrike Helene Susanne Lena Pia Sophia
   Viktoria Leonie""",
   """Gruber Huber Bauer Wagner Pichler Moser Steiner Mayer Hofer Leitner Berger Fuchs Eder
   Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner
   Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster
   Holzer Pirker Kofler Strasser Wieser Stadler Hackl Pölzl Url Rainer Hinterberger Obermayr
   Zauner Grabner Ortner Kern Taferner Gstrein Kogler Wurzer Ploner Lindner Schober Mühlbacher
   Angerer Unterberger Oberhuber""",
   hyphen=True, double="-")

_o("swiss",
   """Urs Beat Reto Thomas Daniel Marco Stefan Andreas Lukas Matthias Roger Adrian Patrick Simon
   Fabian Dominik Christian Michael Pascal Remo Jürg Hansruedi Ueli Peter Martin Res Niklaus
   Mathis Gian Luca Nicola Cédric Yves Laurent Noah Levin Silvan Dario Flurin""",
   """Ursula Barbara Regula Monika Franziska Esther Verena Brigitte Karin Nadine Sandra Corinne
   Andrea Claudia Priska Vreni Heidi Rahel Seraina Mirjam Deborah Jacqueline Nicole Fabienne
   Sabrina Tamara Jasmin Chantal Nathalie Manuela Anita Ladina Annina Flurina Leandra Alessia
   Noemi Svenja Lorena""",
   """Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner
   Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Kälin Studer
   Zürcher Sutter Bühler Egli Kunz Hess Ammann Lüthi Tanner Marti Bosshard Bieri Hofstetter
   Wüthrich Zbinden Aebischer Blaser Bucher Stucki Gasser Imhof Stalder Schnyder Aeschlimann
   Rüegg Wehrli Häfliger Käser Furrer Lehmann Kägi Leuenberger Nussbaumer Schär Züger Gisler
   Fässler Odermatt Niederberger Truffer Zurbriggen Caflisch Tschudi Weiss Hauser""",
   hyphen=True, double="-")

_o("turkish",
   """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan
   Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Volkan Kemal Cem Kaan Onur Tolga Deniz
   Berkay Oğuz Tarık Erdem Barış Can Yiğit Furkan Umut Levent Selim Taner""",
   """Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Şeyma Esra Büşra Derya Sibel Gül Aylin
   Melek Hülya Serpil Nur Ebru Gizem Tuğba Cansu Sevgi Dilek Yasemin Songül Aysel Filiz Nesrin
   Pınar Gökçe İpek Duygu Ece Selin Berfin Nazlı Hande Sevda""",
   """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
   Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aktaş Bulut
   Ünal Tekin Keskin Acar Uçar Avcı Güler Turan Sarı Kaplan Bozkurt Coşkun Taş Altun Işık Karaca
   Sönmez Erdem Akın Tunç Özer Türkmen Duman Başaran""")

_o("polish",
   """Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Jakub Adam Łukasz Mateusz
   Dariusz Mariusz Wojciech Kamil Rafał Jacek Zbigniew Sławomir Bartosz Przemysław Szymon
   Dawid Maciej Karol Janusz Artur Robert Filip Wiktor Kacper""",
   """Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna
   Aleksandra Monika Beata Dorota Justyna Karolina Marta Natalia Paulina Agata Weronika Zofia
   Julia Kinga Iwona Renata Izabela Sylwia Halina Wiktoria Oliwia""",
   """Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska
   Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska
   Kozłowski/Kozłowska Jankowski/Jankowska Mazur Kwiatkowski/Kwiatkowska Krawczyk Kaczmarek
   Piotrowski/Piotrowska Grabowski/Grabowska Zając Pawłowski/Pawłowska Michalski/Michalska
   Król Wieczorek Jabłoński/Jabłońska Wróbel Nowakowski/Nowakowska Majewski/Majewska Olszewski/Olszewska
   Stępień Malinowski/Malinowska Jaworski/Jaworska Adamczyk Dudek Nowicki/Nowicka Pawlak Górski/Górska
   Witkowski/Witkowska Walczak Sikora Baran Rutkowski/Rutkowska Michalak Szewczyk Ostrowski/Ostrowska
   Tomaszewski/Tomaszewska Pietrzak Duda Zalewski/Zalewska Wojciechowski/Wojciechowska""")

_o("italian",
   """Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo
   Franco Domenico Bruno Paolo Michele Giorgio Sergio Luciano Stefano Roberto Alessandro Andrea
   Matteo Lorenzo Davide Simone Federico Riccardo Tommaso Gabriele Emanuele Nicolò Fabio Enrico
   Massimo Claudio Alberto""",
   """Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonella
   Chiara Giulia Sara Martina Alessandra Federica Elena Valentina Silvia Paola Roberta Laura
   Beatrice Alice Ginevra Aurora Camilla Serena Simona Monica Daniela Ilaria Lucrezia Benedetta""",
   """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
   De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi
   Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola
   De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso
   Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo
   Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone
   Di_Stefano Lo_Bianco Del_Vecchio La_Rosa""")

_o("russian",
   """Aleksandr Sergej Dmitrij Andrej Aleksej Maksim Jewgenij Iwan Michail Nikolaj Wladimir
   Pawel Artjom Roman Oleg Igor Konstantin Anton Kirill Denis Juri Wiktor Timur Stanislaw
   Gennadi Boris Ilja Nikita""",
   """Jelena Olga Tatjana Natalja Irina Swetlana Anastasia Marina Julia Jekaterina Anna Larissa
   Galina Ljudmila Oksana Walentina Darja Polina Xenia Alina Wiktorija Sofia Ksenia Nadeschda
   Vera""",
   """Iwanow/Iwanowa Smirnow/Smirnowa Kusnezow/Kusnezowa Popow/Popowa Wassiljew/Wassiljewa
   Petrow/Petrowa Sokolow/Sokolowa Michailow/Michailowa Nowikow/Nowikowa Fjodorow/Fjodorowa
   Morosow/Morosowa Wolkow/Wolkowa Alexejew/Alexejewa Lebedew/Lebedewa Semjonow/Semjonowa
   Jegorow/Jegorowa Pawlow/Pawlowa Koslow/Koslowa Stepanow/Stepanowa Nikolajew/Nikolajewa
   Orlow/Orlowa Andrejew/Andrejewa Makarow/Makarowa Saizew/Saizewa Solowjow/Solowjowa
   Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Volkov/Volkova Sokolov/Sokolova
   Romanov/Romanova Belov/Belova Grigoriev/Grigorieva Karpov/Karpova Zhukov/Zhukova""")

_o("ukrainian",
   """Oleksandr Andrij Wolodymyr Serhij Mykola Taras Bohdan Dmytro Petro Ihor Wasyl Jurij
   Ostap Maksym Roman Oleh Yaroslav Vitalij Myroslaw Danylo Stepan Yevhen Artem Volodymyr""",
   """Olena Oksana Natalija Iryna Switlana Tetjana Halyna Larysa Nadija Hanna Solomija Ljudmyla
   Kateryna Daryna Yuliia Sofiia Viktoriia Mariia Khrystyna Zoriana Bohdana Olha Marta""",
   """Schewtschenko Kowalenko Bondarenko Tkatschenko Krawtschenko Oliynyk Shevchuk Melnyk
   Boyko Kovalchuk Koval Polishchuk Moroz Lysenko Marchenko Rudenko Savchenko Petrenko
   Kravchuk Pavlenko Hrytsenko Tkachuk Levchenko Kharchenko Sydorenko Kuzmenko Ponomarenko
   Yurchenko Zinchenko Honchar Karpenko Klymenko Danyliuk Horbunov Fedorenko""")

_o("arabic",
   """Mohammed Ahmad Omar Ali Youssef Khaled Mahmoud Hassan Hussein Karim Tarek Samir Nabil Walid
   Bilal Rami Fadi Ziad Jamal Majid Anas Hamza Ibrahim Mustafa Abdelkader Rachid Mounir Hicham
   Adel Said Nasser Amir""",
   """Fatima Aisha Mariam Leila Nour Yasmin Rania Huda Salma Amira Lina Dina Hanan Samira Zainab
   Noura Rana Maha Dalia Hiba Layla Farah Jamila Souad Nadia Karima Widad Sana Malak Rim Aya""",
   """Al-Hassan Haddad Khalil Nasser Saleh Mansour Hamdan Aziz Qasim Ibrahim Mahmoud Darwish
   Rahman Hamid Farouk Sabri Kassem Jaber Najjar Khoury Haidar Yassin Hamoud Tahir Shalabi
   El-Amin Bakri Suleiman Othman Al-Masri Barakat Zoabi Bitar Chehab Awad Benali Bouzid
   El_Idrissi Amrani Tazi Berrada Chaoui Ouali Belkacem""")

_o("kurdish",
   """Azad Baran Dilshad Rebwar Shoresh Hiwa Zana Kawa Soran Serhat Rojhat Berzan Hozan Ciwan
   Dersim Welat Agir Renas Ferhad Karwan""",
   """Berfin Rojda Dilan Zilan Nazdar Hevi Ronahi Jiyan Shilan Avesta Viyan Helin Nergiz Berivan
   Delal Rojin Sozdar Xezal Leyla Gulistan""",
   """Barzani Talabani Ahmadi Zebari Amedi Doski Hawrami Botani Mizuri Goran Hakkari Kurdi
   Dersimi Sindi Mukriyani Baban Jaff Bahdini Shingali Soran""")

_o("persian",
   """Reza Ali Mehdi Hossein Amir Saeed Farhad Kaveh Babak Dariush Navid Arash Kian Omid
   Behnam Shahram Ramin Payam Siavash Sina Pouya Parsa Kamran Cyrus Arman""",
   """Maryam Zahra Fatemeh Shirin Parisa Nasrin Leila Mina Roya Ladan Azadeh Golnaz Niloufar
   Shabnam Mahsa Sahar Yasaman Parvaneh Farnaz Bahar Taraneh Negar Setareh Mitra Elaheh""",
   """Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Rahimi Hashemi Sadeghi Ghorbani
   Tehrani Shirazi Esfahani Kazemi Nouri Farahani Abbasi Bagheri Soltani Amini Mousavi
   Najafi Zand Daneshvar Rostami Mirzaei Ebrahimi Taheri""")

_o("greek",
   """Giorgos Dimitris Nikos Kostas Giannis Christos Panagiotis Vasilis Thanasis Michalis
   Spyros Stavros Manolis Alexandros Stelios Theodoros Apostolos Evangelos Ilias Kyriakos
   Petros Antonis Lefteris Sotiris Achilleas Aristotelis""",
   """Maria Eleni Katerina Vasiliki Sofia Georgia Angeliki Dimitra Ioanna Despina Eirini
   Chrysa Panagiota Athina Anastasia Evangelia Stella Marina Zoe Christina Konstantina Fotini
   Ourania Paraskevi Myrto Danae""",
   """Papadopoulos/Papadopoulou Papadakis Georgiou Nikolaou Dimitriou Konstantinidis/Konstantinidou
   Vasileiou Ioannidis/Ioannidou Karagiannis/Karagianni Christodoulou Papanikolaou Oikonomou
   Pappas/Pappa Makris/Makri Antoniou Alexiou Kostopoulos/Kostopoulou Theodorou Athanasiou
   Michailidis/Michailidou Stavropoulos/Stavropoulou Economou Galanis/Galani Katsaros/Katsarou
   Mavridis/Mavridou Lambrou Tsakiris/Tsakiri Zervas/Zerva Angelopoulos/Angelopoulou""")

_o("balkan",
   """Marko Nikola Stefan Luka Milan Dragan Zoran Goran Nenad Dejan Ivan Aleksandar Miloš
   Vladimir Tomislav Damir Emir Adnan Haris Mirza Edin Jasmin Amel Kenan Ante Josip Stjepan
   Dario Mario Bojan Srđan Predrag Vuk""",
   """Ana Marija Jelena Ivana Milica Jovana Dragana Snežana Vesna Gordana Tijana Sanja Maja
   Katarina Dijana Mirela Amra Lejla Selma Emina Aida Azra Ajla Lana Petra Nikolina Kristina
   Vanja Tamara Mia""",
   """Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević
   Popović Kovačević Horvat Kovač Babić Marić Jurić Novak Knežević Vuković Perić Tomić Matić
   Begić Hadžić Hodžić Mehmedović Delić Šarić Kurtović Hasanović Omerović Husić Radić Lukić
   Bašić Vidović Grgić Šimić Zorić""")

_o("albanian",
   """Arben Besnik Ardit Dritan Erion Fatmir Gentian Ilir Kujtim Luan Mentor Naim Petrit Qemal
   Rinor Shkelzen Valon Agon Blerim Driton Ermal Genc Arlind Liridon Flamur""",
   """Arbëreshë Blerta Drita Elira Fatjona Gentiana Hana Ilirjana Jeta Kaltrina Lindita Mimoza
   Nora Rina Shpresa Teuta Valbona Vjosa Arta Edona Besa Albulena Donjeta Fjolla Lule""",
   """Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Bytyqi Rexhepi Hasani Ahmeti Xhaferi
   Kryeziu Musliu Osmani Dervishi Leka Beqiri Sinani Hyseni Kastrati Zeqiri Ibrahimi Rama Dushi""")

_o("romanian",
   """Andrei Alexandru Mihai Ion Gheorghe Constantin Florin Adrian Cristian Bogdan Ionuț Marius
   Vlad Răzvan Sorin Ciprian Dragoș Lucian Radu Ovidiu Cătălin Tudor Sebastian Dan Petru""",
   """Maria Elena Ioana Andreea Alexandra Mihaela Cristina Gabriela Simona Raluca Roxana Diana
   Oana Irina Loredana Bianca Adriana Monica Alina Camelia Daniela Florentina Larisa Corina
   Ramona""",
   """Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin
   Rusu Munteanu Marin Mihai Tudor Florea Ungureanu Dobre Barbu Nistor Moldovan Lungu Voicu
   Dinu Ene Munteanu Sandu Cristea Vasilescu Iordache Neagu Dragomir Marinescu""")

_o("czech",
   """Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal Karel
   Milan Vojtěch Ondřej Lukáš Jakub Radek Vladimír Stanislav Matěj Filip Adam Dominik""",
   """Jana Marie Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Veronika Jaroslava
   Tereza Martina Michaela Zuzana Markéta Barbora Kristýna Šárka Ivana Pavla Klára Vendula""",
   """Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá
   Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová
   Pokorný/Pokorná Marek/Marková Pospíšil/Pospíšilová Hájek/Hájková Král/Králová
   Jelínek/Jelínková Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková
   Doležal/Doležalová Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová Čermák/Čermáková
   Vaněk/Vaňková Urban/Urbanová Blažek/Blažková Kříž/Křížová Kovář/Kovářová""")

_o("hungarian",
   """László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor
   András Csaba Imre Balázs Gergely Dániel Ádám Bence Levente Márton Miklós Krisztián""",
   """Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Margit Judit Ágnes Andrea Erika Krisztina
   Eszter Tímea Nikolett Zsófia Réka Dóra Boglárka Orsolya Petra Anikó Edit Ildikó""",
   """Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász
   Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis
   Pintér Fodor Orsós Szalai Sipos Magyar Lukács Gulyás Bíró Király Katona""")

_o("dutch",
   """Jan Pieter Kees Henk Willem Bram Daan Sander Joost Maarten Ruud Bas Thijs Sven Niels Jeroen
   Rutger Wouter Gijs Stijn Luuk Jesse Lars Teun Sjoerd Hidde Floris Bart""",
   """Anouk Sanne Femke Lotte Marieke Eva Iris Maaike Sophie Fleur Lieke Esther Ingrid Annelies
   Marloes Ilse Saskia Willemijn Roos Noor Jet Mirjam Hanneke Els Tessa Floor Janneke""",
   """de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer
   Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits
   de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel
   van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems
   van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman
   Peeters de_Lange ter_Horst van_der_Sloot Kuipers Veenstra""",
   hyphen=True)

_o("french",
   """Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Julien Sébastien
   Olivier Thierry Frédéric Éric Stéphane Mathieu Guillaume Antoine Romain Maxime Hugo Lucas
   Théo Louis Baptiste Clément Vincent Benoît Arnaud Thibault Quentin Gaël""",
   """Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sophie Sandrine
   Céline Stéphanie Aurélie Émilie Julie Camille Léa Manon Chloé Pauline Mathilde Élodie Claire
   Hélène Margaux Océane Inès Juliette Agathe Solène Anaïs Maëlle""",
   """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
   Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre
   Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc
   Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez
   Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly
   de_la_Fontaine Le_Gall Le_Goff Dufresne Marchand Barbier Brun Renaud""",
   hyphen=True, double="-")

_o("spanish",
   """José Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro Miguel
   Rafael Pablo Sergio Fernando Jorge Alberto Luis Álvaro Adrián Diego Raúl Iván Rubén Óscar
   Andrés Ignacio Gonzalo Joaquín""",
   """María Carmen Ana Isabel Laura Cristina Marta Lucía Pilar Elena Paula Sara Raquel Rocío
   Silvia Beatriz Patricia Nuria Irene Alba Sofía Noelia Inmaculada Montserrat Ainhoa Begoña
   Almudena Esperanza Macarena Itziar""",
   """García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez
   Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez
   Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz
   Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero
   Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera
   del_Río de_la_Cruz""")

_o("portuguese",
   """João António José Manuel Francisco Luís Pedro Rui Paulo Carlos Miguel Tiago Nuno Ricardo
   Bruno Filipe Diogo Gonçalo Rodrigo Duarte Vasco Afonso Tomás Henrique""",
   """Maria Ana Joana Inês Beatriz Mariana Catarina Sofia Rita Sara Marta Teresa Filipa
   Leonor Margarida Carolina Matilde Raquel Patrícia Susana Cláudia Helena Sónia Graça""",
   """Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes
   Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia
   Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Ramos
   Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço da_Silva
   dos_Santos da_Costa""")

_o("brazilian",
   """Gabriel Lucas Matheus Guilherme Rafael Felipe Gustavo Leonardo Thiago Vinícius Eduardo
   Caio Igor Murilo Otávio Wesley Anderson Cauã Enzo Davi""",
   """Ana Júlia Larissa Camila Fernanda Amanda Bruna Letícia Gabriela Juliana Vitória Isabela
   Thaís Bianca Luana Jéssica Aline Priscila Tatiane Débora Yasmin""",
   """Souza Lima Barros Freitas Andrade Campos Cavalcanti Nascimento Moura Rezende Farias
   Batista Dias Castro Azevedo Moraes Xavier Bezerra Queiroz Siqueira Albuquerque Brandão""")

_o("nordic",
   """Lars Anders Erik Nils Johan Per Ole Magnus Henrik Fredrik Mikkel Søren Rasmus Jesper
   Kristian Jonas Oskar Axel Gustav Björn Sindre Eirik Håkon Torbjørn Leif Sigurd Emil Viktor
   Mats Tobias""",
   """Ingrid Astrid Sigrid Karin Linnea Elin Maja Freja Ida Sofie Mette Hanne Kirsten Camilla
   Signe Maren Solveig Ragnhild Tove Annika Elsa Frida Ebba Liv Malin Johanna Nora Thea""",
   """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
   Lindberg Lindqvist Bergström Lundgren Sjöberg Holm Nielsen Jensen Hansen Pedersen Andersen
   Christensen Rasmussen Sørensen Johansen Olsen Berg Haugen Dahl Halvorsen Solberg Bakke
   Lund Strand Eide Lindholm Nyström Sandberg Åberg Holmgren Engström""")

_o("finnish",
   """Juha Mikko Timo Jari Antti Matti Pekka Heikki Janne Ville Tuomas Sami Olli Lauri Eero
   Aleksi Joonas Otto Veikko Petteri""",
   """Anne Tiina Sari Päivi Riikka Minna Johanna Laura Hanna Sanna Elina Kaisa Aino Eveliina
   Noora Emilia Henna Satu Pirjo Liisa""",
   """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
   Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
   Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen""")

_o("english",
   """James John David Michael Richard Thomas Daniel Matthew Andrew Christopher Mark Paul
   Steven Peter Simon Stephen Robert Jonathan Benjamin Oliver Harry George Jack Charlie Samuel
   Joseph Edward Henry Alfie Oscar Archie Toby Luke Adam Nathan Ryan Callum Jamie Ben Tom Dan
   Alex Chris Gareth Graham Nigel Neil Colin Keith Stuart Trevor Martin Ian Philip Tim Rob
   Lewis Harvey Freddie Reuben Elliot Rory Miles Hugo""",
   """Sarah Emma Charlotte Sophie Emily Hannah Jessica Amy Lucy Rebecca Laura Rachel Katie
   Claire Helen Louise Victoria Gemma Joanne Nicola Kerry Stacey Amelia Olivia Isla Ava Mia
   Poppy Ella Lily Freya Evie Florence Imogen Harriet Beatrice Eleanor Abigail Megan Chloe
   Zoe Natalie Jenny Alison Gillian Deborah Janet Susan Margaret Pauline Wendy Tracey Joanna
   Philippa Rosie Esme Matilda Niamh""",
   """Smith Jones Williams Taylor Davies Wilson Evans Thomas Johnson Roberts Robinson Thompson
   Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
   Martin Cooper Ward Morris Harrison Clark Lee Morgan Allen James Scott Phillips Watson Davis
   Parker Bennett Carter Griffiths Mitchell Shaw Kelly Richardson Cox Collins Marshall Lloyd
   Ellis Morgan Chapman Powell Webb Rogers Gray Holmes Mills Hunt Palmer Matthews Owen Barnes
   Knowles Atkinson Pearson Dixon Fletcher Henderson Ashworth Whitfield Pemberton Thornton
   Hargreaves Oakley Kershaw Wainwright Fairbanks Cartwright Hollis Ramsden Barraclough
   Sutcliffe Ackroyd Blackwood Holloway Brierley Entwistle Fenwick Ledger Tolley Haworth""",
   hyphen=True, double=" ")

_o("american",
   """Tyler Brandon Justin Austin Kyle Cody Dylan Logan Mason Ethan Jacob Noah Aiden Jayden
   Carter Hunter Cole Chase Blake Garrett Travis Dustin Bradley Derek Troy Wyatt Grant Spencer
   Marcus Dwayne Darnell Terrence Jamal Malik Andre DeShawn Brent Chad Clay Randy Scott Kevin
   Brian Jeffrey Gregory Eric Jason""",
   """Ashley Brittany Jennifer Amanda Megan Kayla Taylor Madison Hailey Brooke Morgan Alexis
   Kaitlyn Savannah Destiny Jasmine Courtney Tiffany Heather Crystal Amber Kelsey Lindsey
   Mackenzie Peyton Aubrey Riley Harper Avery Kimberly Melissa Stephanie Shannon Danielle
   Latoya Keisha Tamika Shanice Aaliyah Brianna Mary-Kate""",
   """Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
   Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Lee Perez Thompson Harris Sanchez
   Clark Ramirez Lewis Robinson Allen Wright Torres Nguyen Flores Scott Adams Nelson Hill
   Campbell Mitchell Roberts Carter Phillips Evans Turner Collins Edwards Stewart Morris
   Murphy Rogers Reed Cook Morgan Bell Bailey Cooper Richardson Cox Howard Ward Peterson Gray
   Watson James Brooks Sanders Bennett Wood Barnes Henderson Coleman Jenkins Perry Powell
   Sullivan Russell Ortiz Jenkins Washington Butler Simmons Foster Gonzales Bryant Alexander
   Griffin Hayes Myers Ford Hamilton Graham Wallace Kowalczyk Schultz Lindqvist Yoder
   Hostetler Kaminski Novotny Delgado Whitaker Dalton Mercer Pruitt Strickland Thibodeaux
   Broussard Landry""",
   hyphen=True, double=" ")

_o("irish",
   """Seán Conor Cian Oisín Darragh Eoin Niall Ciarán Padraig Colm Donal Fionn Ronan Cathal
   Declan Diarmuid Brendan Kieran Liam Aidan Cormac Ruairí Tadhg Eamon Fergal Shane Barry
   Dermot Killian""",
   """Aoife Siobhán Niamh Saoirse Caoimhe Orla Sinéad Róisín Clodagh Gráinne Aisling Ciara
   Deirdre Maeve Éabha Fiadh Eimear Nuala Bríd Úna Órla Sorcha Mairéad Aine Treasa Ailbhe""",
   """Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy
   Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly
   O'Connell Dunne Brennan Burke Collins Farrell Fitzgerald Hegarty Keane Kavanagh Mulligan
   Nolan Whelan Cullen Flanagan Foley Hogan Sheehan Tierney Mac_Giolla_Phádraig Ó_Briain
   Ní_Bhriain Mac_Gabhann""")

_o("scottish",
   """Alasdair Angus Callum Calum Duncan Euan Ewan Fraser Gregor Hamish Iain Lachlan Malcolm
   Murdo Ruaridh Ross Struan Torquil Fergus Craig Blair""",
   """Ailsa Catriona Eilidh Fiona Isla Kirsty Mhairi Morag Shona Iona Skye Rhona Elspeth Kenna
   Isobel Lorna Moira Heather Morven Greer""",
   """MacDonald Campbell Stewart Robertson Thomson Anderson MacLeod Ross Paterson Mackenzie
   McAllister McIntyre Fraser Munro Sinclair Buchanan Cameron Gillespie Ferguson Lindsay
   MacKay Murray Drummond Sutherland MacGregor Crawford Galbraith Kerr Baird McLean Cunningham
   Dalgleish Rennie MacPhail""")

_o("welsh",
   """Dafydd Rhys Gethin Iwan Owain Emyr Gwyn Huw Ieuan Llŷr Aled Bryn Cai Elis Geraint Osian
   Rhodri Tomos Gruffydd Tudur""",
   """Angharad Bethan Carys Catrin Ffion Gwen Lowri Mererid Nia Rhiannon Seren Sian Eleri
   Heledd Manon Elin Megan Non Tegan Nerys""",
   """Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Rees
   Jenkins Powell Parry Pritchard Pugh Bowen Llewellyn Vaughan Prosser Meredith Howells
   ap_Gwilym Gwynne Cadwaladr Penry Rowlands Beynon""")

_o("indian",
   """Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Anil Deepak Pradeep Manish Nikhil
   Karthik Arun Vijay Sunil Harish Aditya Siddharth Varun Rohan Akash Gaurav Kunal Ravi Ajay
   Naveen Aravind Prakash Venkatesh Ishaan Vivek""",
   """Priya Anjali Neha Pooja Divya Kavya Deepa Lakshmi Meera Sunita Anita Rekha Shweta Swati
   Aishwarya Ananya Shreya Nisha Rani Radhika Sneha Pallavi Kavita Jyoti Smita Archana Nandini
   Tanvi Ritu Geeta""",
   """Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Shah Chopra
   Kapoor Malhotra Agarwal Banerjee Chatterjee Mukherjee Das Bose Sen Pillai Krishnan
   Subramanian Venkataraman Naidu Kulkarni Deshpande Bhatt Trivedi Pandey Mishra Saxena
   Chaudhary Verma Srinivasan Ramanathan Ghosh Dutta Thakur Sethi""")

_o("pakistani",
   """Imran Faisal Usman Asif Kamran Bilal Waqas Zeeshan Adnan Tariq Shahid Naveed Junaid
   Salman Hamza Saad Umar Fahad Arslan Danish Rizwan Shoaib""",
   """Ayesha Sana Hira Mahnoor Saima Nadia Farah Rabia Sadia Bushra Amna Zara Iqra Mehwish
   Sobia Uzma Fariha Sidra Anum Kiran Samina""",
   """Khan Ahmed Hussain Malik Qureshi Chaudhry Butt Raza Iqbal Akhtar Siddiqui Sheikh
   Mirza Javed Rana Abbasi Bhatti Baig Awan Niazi Gillani Shah Cheema Warraich Dar Anwar""")

_o("nigerian",
   """Chinedu Emeka Obinna Ikenna Chukwuemeka Oluwaseun Babatunde Adebayo Olumide Tunde Segun
   Femi Kayode Yusuf Ibrahim Musa Abubakar Uche Nnamdi Chidi Ifeanyi Kelechi Tobi Damilola
   Ayodele Ademola""",
   """Ngozi Chiamaka Adaeze Chioma Nkechi Ifeoma Amaka Folake Funmilayo Yetunde Bukola Titilayo
   Aisha Halima Zainab Blessing Chinwe Uchenna Oluwakemi Adenike Temitope Ebele Nneka Simisola""",
   """Okafor Okonkwo Eze Nwosu Obi Okeke Chukwu Nwachukwu Adeyemi Ogunleye Adebayo Afolabi
   Oyelaran Balogun Bello Abubakar Lawal Danjuma Ibekwe Onyekachi Akinola Oladipo Olawale
   Ezeh Anyanwu Uzor Nnadi Adeleke""")

_o("ghanaian",
   """Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Fiifi Nana Ekow Kobina Selasi Edem Elikem Mawuli
   Nii Kpakpo Akwasi Atta Ebo""",
   """Ama Akua Abena Adwoa Afua Yaa Efua Esi Akosua Adjoa Araba Dzifa Enyonam Selorm Naa
   Nanayaa Maame Ewurabena Afia Akorfa""",
   """Mensah Owusu Boateng Asante Osei Agyeman Acheampong Appiah Ofori Annan Darko Amoah
   Quaye Tetteh Addo Ankrah Badu Frimpong Gyamfi Kuffour Nkansah Sarpong Amponsah Adjei""")

_o("kenyan",
   """Kamau Otieno Odhiambo Kiprono Kipchoge Mwangi Njoroge Omondi Ochieng Kibet Cheruiyot
   Mutua Juma Baraka Brian Collins Dennis Kevin Wycliffe""",
   """Wanjiku Akinyi Atieno Njeri Nyambura Chebet Jepkosgei Wairimu Moraa Kemunto Achieng
   Auma Nekesa Naliaka Mumbua Mwende Zawadi Faith Mercy Purity""",
   """Kamau Mwangi Otieno Odhiambo Kariuki Njoroge Wafula Ochieng Kiplagat Kipchumba Mutai
   Chepkoech Onyango Mutiso Kimani Gitau Muriuki Wambua Ndungu Macharia Kiprotich Okoth Barasa""")

_o("chinese",
   """Wei Jun Hao Lei Jie Tao Ming Qiang Yong Bo Chen Hui Peng Yang Zhiwei Haoran Zihan Yuxuan
   Junjie Jianguo Xiaoming Kai Liang""",
   """Li Xiu Fang Yan Mei Ling Xin Jing Ying Hua Yu Lan Xiaoyan Jiayi Yuting Shuang Wenjing
   Xinyi Zhiling Meiling Qian Ruoxi""",
   """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
   Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
   Cheng Wei Su Lu Ding Shen Chan Wong Leung Lau Cheung Ng Tsang Kwok""")

_o("japanese",
   """Haruto Yuto Sota Yuki Hiroshi Takashi Kenji Daisuke Kazuki Ryota Shota Takumi Kaito Ren
   Sho Naoki Yusuke Tatsuya Akira Kenta Koji Satoshi Masato""",
   """Yui Aoi Hana Sakura Yuna Mio Rin Haruka Misaki Ayaka Nanami Yoko Keiko Tomoko Naoko
   Akiko Emi Mai Saki Miho Kana Chihiro Megumi""",
   """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
   Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda
   Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa""")

_o("korean",
   """Min-jun Seo-jun Do-yun Ji-ho Ha-jun Joon-young Sung-min Dong-hyun Jae-won Hyun-woo
   Sang-hoon Tae-yang Woo-jin Jin-ho Kyung-soo""",
   """Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah Ji-yeon Eun-ji Hye-jin Yu-na Da-eun Su-bin
   Ye-jin Na-yeon Hyun-ji Mi-rae""",
   """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon
   Hong Yoo Ko Moon Yang Baek""")

_o("vietnamese",
   """Minh Anh Tuấn Hùng Dũng Huy Khoa Long Nam Phúc Quang Sơn Thắng Trung Việt Bảo Đức Hoàng
   Khánh Tùng""",
   """Linh Hương Lan Mai Ngọc Thảo Trang Hằng Nhung Phương Thu Vy Yến Hạnh Hoa Quỳnh Thúy
   Diệp Tâm Uyên""",
   """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương
   Lâm Tạ Vương Châu Quách""")

_o("filipino",
   """Jose Mark Christian Jerome Rommel Ramon Ernesto Eduardo Jomar Jericho Paolo Renato Dindo
   Arnel Rodel Noel Jun Bong Efren Rolando""",
   """Maricel Rowena Lovely Joy Marites Jocelyn Analyn Rhea Kristine Camille Precious Princess
   Charmaine Mylene Lorna Evangeline Rosalie Aileen Angelica Divina""",
   """Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores
   Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado Pascual Dizon Manalo
   Macaraeg Dela_Cruz De_Guzman Delos_Santos Magbanua Panganiban Lacson""")

_o("ethiopian",
   """Abebe Tesfaye Getachew Dawit Yonas Kebede Mulugeta Solomon Tewodros Biniam Henok Elias
   Haile Samuel Mesfin Girma Bereket Fikru Natnael Yared""",
   """Tigist Hirut Meron Selam Almaz Bethlehem Hanna Liya Mekdes Rahel Saba Tsion Yordanos
   Eden Helen Feven Senait Mahlet Kidist Frehiwot""",
   """Tesfaye Bekele Alemu Girma Haile Tadesse Mekonnen Wolde Gebremedhin Abera Desta Kebede
   Assefa Demissie Ayele Berhane Hailu Negash Teklu Woldemariam""")

_o("baltic",
   """Jonas Mantas Tomas Darius Lukas Andrius Vytautas Žygimantas Mindaugas Rokas Jānis Andris
   Kārlis Edgars Mārtiņš Raimonds Artūrs""",
   """Rūta Ieva Agnė Eglė Greta Indrė Laura Gintarė Jurgita Aistė Inga Līga Ilze Kristīne Dace
   Zane Elīna""",
   """Kazlauskas/Kazlauskienė Jankauskas/Jankauskienė Petrauskas/Petrauskienė
   Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskienė
   Butkus/Butkienė Paulauskas/Paulauskienė Urbonas/Urbonienė Kavaliauskas/Kavaliauskienė
   Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Jansons/Jansone Liepiņš/Liepiņa
   Krūmiņš/Krūmiņa Vītols/Vītola Zariņš/Zariņa""")

# Fix an obvious slip: an ethnonym is no given name.
ORIGINS["albanian"]["f"] = [n for n in ORIGINS["albanian"]["f"] if n != "Arbëreshë"]

# Surnames that are ordinary words. Drawn on purpose for about 7 % of people.
WORD_SURNAMES_EN = """Baker Hunter May Cook Rose Fox Young Little King Bird Stone Wood Hill Marsh
Price Long Sharp Bell Church Page Mason Carpenter Fisher Gardner Shepherd Weaver Field Brooks
Frost Snow Winter Lamb Bishop Knight Miller Butler Cooper Turner Walker Porter Archer Swift
Hope Grace Best Reed Banks Wells Rivers Short Strong Noble Rich Black White Brown Green Gray
Hart Sparrow Nightingale Chambers Head Savage Moss Lane Ford Drake""".split()
WORD_SURNAMES_DE = """Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Kaiser Graf Klein
Lang Groß Jung Braun Schwarz Weiß Hahn Stein Horn Busch Engel Fink Adler Hase Schneider Fischer
Sauer Kühn Kraus Berg Bach Strauß Mai Herbst Frost Baum Kern Storch Specht Glück Wirt Zimmer
Schäfer Richter Meister Bär Ernst""".split()
WORD_SURNAMES_EN = list(dict.fromkeys(WORD_SURNAMES_EN))
WORD_SURNAMES_DE = list(dict.fromkeys(WORD_SURNAMES_DE))

# Given names that are ordinary English words (they occur in texts now and then).
WORD_GIVEN_EN = ["Will", "May", "Grace", "Rose", "Hope", "Joy", "Dawn", "Hunter", "Summer",
                 "Faith", "Mark", "Bill", "Rob", "Pat", "Sue", "Jack", "Ruby", "Jade", "Iris",
                 "Daisy", "Holly", "Autumn", "Skye"]

WEIGHTS = {
    "de": {
        "german": 30, "austrian": 10, "swiss": 9, "turkish": 8, "polish": 4.5, "italian": 4,
        "russian": 2.5, "ukrainian": 3, "arabic": 3, "kurdish": 1.5, "persian": 1.5, "greek": 2,
        "balkan": 3, "albanian": 1.5, "romanian": 2, "czech": 1, "hungarian": 1, "dutch": 1.2,
        "french": 1.2, "spanish": 1, "portuguese": 0.8, "brazilian": 0.4, "nordic": 0.8,
        "finnish": 0.3, "english": 1.2, "american": 0.6, "irish": 0.3, "scottish": 0.2,
        "welsh": 0.1, "indian": 1.2, "pakistani": 0.4, "nigerian": 0.6, "ghanaian": 0.4,
        "kenyan": 0.3, "chinese": 0.9, "japanese": 0.4, "korean": 0.4, "vietnamese": 0.9,
        "filipino": 0.3, "ethiopian": 0.4, "baltic": 0.4,
    },
    "en": {
        "english": 36, "american": 24, "irish": 5, "scottish": 4, "welsh": 2, "indian": 4.5,
        "pakistani": 2.5, "nigerian": 2.5, "ghanaian": 1.2, "kenyan": 1, "chinese": 2,
        "japanese": 0.8, "korean": 0.8, "vietnamese": 0.8, "filipino": 1.2, "polish": 1.5,
        "italian": 1.2, "spanish": 1.2, "portuguese": 0.6, "brazilian": 0.4, "french": 0.8,
        "german": 1.2, "austrian": 0.2, "swiss": 0.2, "dutch": 0.5, "nordic": 0.6,
        "finnish": 0.2, "greek": 0.6, "turkish": 0.6, "arabic": 1, "kurdish": 0.2,
        "persian": 0.5, "russian": 0.5, "ukrainian": 0.5, "balkan": 0.5, "albanian": 0.3,
        "romanian": 0.6, "czech": 0.3, "hungarian": 0.3, "ethiopian": 0.3, "baltic": 0.3,
    },
}

# A text set in a country draws that country's names more often.
COUNTRY_BOOST = {
    "AT": {"austrian": 4.0}, "CH": {"swiss": 4.0, "italian": 1.5, "french": 1.5},
    "IE": {"irish": 6.0}, "US": {"american": 3.0}, "GB": {"english": 1.3, "scottish": 1.5, "welsh": 1.5},
    "FR": {"french": 10.0}, "NL": {"dutch": 10.0}, "IT": {"italian": 10.0}, "DE": {"german": 1.2},
}

PARTICLES = ["von", "van", "der", "den", "de", "la", "zu", "di", "da", "del", "dos", "ter",
             "lo", "le", "dela", "delos", "ap", "mac", "giolla", "ó", "ní", "mc"]

FOLD_ORIGINS = ["turkish", "vietnamese", "polish", "czech", "balkan", "romanian"]


def fold(s):
    """Spelling without diacritics (Yılmaz -> Yilmaz, Nguyễn -> Nguyen, Đỗ -> Do)."""
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    nf = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in nf if not unicodedata.combining(ch))


def split_surname(entry):
    """'Kowalski/Kowalska' -> ('Kowalski', 'Kowalska'); '_' becomes a space."""
    if "/" in entry:
        m, f = entry.split("/", 1)
    else:
        m = f = entry
    return m.replace("_", " "), f.replace("_", " ")


def all_given():
    out = []
    for o in ORIGINS.values():
        out.extend(o["m"])
        out.extend(o["f"])
    return list(dict.fromkeys(out))


def all_surnames():
    out = []
    for o in ORIGINS.values():
        for e in o["s"]:
            m, f = split_surname(e)
            out.append(m)
            out.append(f)
    out.extend(WORD_SURNAMES_EN)
    out.extend(WORD_SURNAMES_DE)
    return list(dict.fromkeys(out))


def known_parts():
    """Every listed name part, case-folded, with and without diacritics."""
    parts = []
    for n in all_given() + all_surnames():
        for p in n.replace("-", " ").replace("'", " ").split():
            parts.append(p.casefold())
            parts.append(fold(p).casefold())
    return list(dict.fromkeys(parts))


# Syllable generator for invented names (checked against every list by the caller).
_ON = ["b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "r", "s", "st",
       "t", "tr", "v", "w", "z", "sk", "j", "fl", "pr", "th", "ch"]
_ON_DE = _ON + ["sch", "pf", "kn"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ia", "ea", "ou", "y"]
_VO_DE = _VO + ["ä", "ö", "ü", "au"]
_CO = ["", "", "n", "r", "l", "s", "m", "nd", "rt", "k", "ld", "rn", "st", "v"]
_G_END_F = ["a", "ina", "ela", "ia", "ene", "ira", "ette", "ya"]
_G_END_M = ["o", "an", "ek", "or", "in", "el", "as", "im", "ard"]
_S_END = ["mann", "berg", "er", "ow", "son", "ani", "ez", "ström", "inger", "holt", "ard",
          "ek", "escu", "ides", "oglu", "ley", "worth", "stad", "ovic", "ell", "ach", "rud"]
_S_END_EN = ["ley", "worth", "son", "er", "ton", "ard", "ell", "by", "wick", "more", "ham", "ington"]


def invented_part(rng, kind, gender, lang):
    on = _ON_DE if lang == "de" else _ON
    vo = _VO_DE if lang == "de" else _VO
    n = rng.choice([1, 2, 2])
    s = ""
    for _ in range(n):
        s += rng.choice(on) + rng.choice(vo) + rng.choice(_CO)
    if kind == "given":
        s += rng.choice(_G_END_F if gender == "f" else _G_END_M)
    else:
        s += rng.choice(_S_END_EN if lang == "en" else _S_END)
    s = s[0].upper() + s[1:]
    return s
