"""Name lists for the dev half of the thirty-first PII bank (written for this half, no package).

Each origin has male given names, female given names and surnames.  A surname written
"Kowalski/Kowalska" has a female form after the slash.  Lists are plain strings split on
spaces; multi-word entries use "_" for the space ("van_der_Linden", "Mary_Beth").
"""

import unicodedata

ORIGINS = {}


def _o(key, m, f, s):
    ORIGINS[key] = {
        "m": [w.replace("_", " ") for w in m.split()],
        "f": [w.replace("_", " ") for w in f.split()],
        "s": [w.replace("_", " ") for w in s.split()],
    }


_o("german",
   "Alexander Andreas Bernd Christian Daniel Dennis Dieter Dirk Florian Georg Gerhard Günter Hans Heinz "
   "Helmut Holger Jan Jens Jörg Jürgen Kai Karl Klaus Lars Lukas Manfred Marcel Markus Martin Matthias "
   "Maximilian Michael Nico Niklas Norbert Olaf Oliver Patrick Philipp Rainer Ralf René Robert Sebastian "
   "Stefan Steffen Sven Thorsten Tim Tobias Torsten Uwe Volker Werner Wolfgang Jonas Finn Leon Felix "
   "Moritz Hannes Malte Till Bastian Benedikt Dominik Fabian Henrik Konstantin Friedrich Ole Detlef "
   "Hartmut Eckhard Ulf Knut Jannik Lennart Mats Gunnar Tjark Hauke Jost Wilfried Ingo",
   "Andrea Angelika Anja Anke Anna Annika Antje Barbara Bettina Birgit Brigitte Carina Christina Claudia "
   "Corinna Daniela Doris Elke Emma Franziska Gabriele Hannah Heike Helga Ilse Ines Inge Jana Jessica "
   "Julia Jutta Karin Katharina Katrin Kerstin Klara Laura Lea Lena Lisa Manuela Maren Marie Marion "
   "Melanie Monika Nadine Nicole Petra Renate Sabine Sandra Sarah Silke Simone Sophie Stefanie Susanne "
   "Svenja Tanja Ulrike Ursula Vanessa Verena Wiebke Yvonne Charlotte Greta Mia Frieda Johanna Leonie "
   "Nele Pia Ronja Theresa Dörte Gesine Heidrun Hiltrud Imke Insa Kirsten Meike Swantje Tabea Ute",
   "Schmidt Meyer Wagner Becker Schulz Hoffmann Schröder Neumann Krüger Hofmann Hartmann Schmitt "
   "Krause Meier Lehmann Schulze Köhler Herrmann Peters Möller Mayer Lorenz Böhm Seidel Pohl Albrecht "
   "Arnold Bachmann Beck Berger Brandt Buchholz Dietrich Döring Ebert Eckert Engelhardt Franke Gerlach "
   "Götz Günther Haas Hartwig Heinrich Hesse Hildebrandt Horn Jansen Jung Kern Kessler Kirchner Kluge "
   "Köster Kraft Kramer Kühn Kuhn Lindner Menzel Meißner Michel Otto Pfeiffer Reuter Riedel Ritter "
   "Sauer Scholz Schubert Schumacher Schwab Seifert Stahl Thiel Vogt Voigt Wendt Wenzel Winkler Witt "
   "Wolff Ziegler Brinkmann Dreyer Ostermann Hinrichs Lüders Petersen Claussen Harms Oltmanns "
   "Brüggemann Wiegand Rademacher Thönnissen Hölscher Ahrens Behrens Dittmann Eilers Feddersen Gödeke "
   "Heitmann Iwersen Janßen Kröger Ludewig Mahnke Nissen Plambeck Quandt Rieck Sievers Tiedemann "
   "Uhlig Vollmer Warnecke Zander Großmann Heß Strauch Birkner Gottschalk Lindemann "
   "von_Arnim von_der_Heyde zu_Dohna vom_Bruch von_Bülow")

_o("austrian",
   "Johann Josef Franz Leopold Alois Ferdinand Florian Lukas Matthias Markus Christoph Bernhard Gerald "
   "Herbert Harald Reinhard Gottfried Valentin Raphael Elias Jakob Anton Engelbert Vinzenz Ignaz Rupert "
   "Hubert Erwin Kurt Roland Gernot Helmuth Wendelin Siegfried",
   "Maria Theresia Elisabeth Magdalena Johanna Valentina Viktoria Sophie Lisa Silvia Gertraud Roswitha "
   "Herta Waltraud Hermine Rosa Romana Veronika Eva Martina Christa Edeltraud Irmgard Hedwig Notburga "
   "Rosemarie Sieglinde Stefanie Barbara Katrin Julia Kathrin Birgit Elfriede Gudrun",
   "Gruber Huber Pichler Steiner Moser Hofer Leitner Eder Schwarz Maier Reiter Mayr Wimmer Egger "
   "Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner Koller Lehner Holzer Strasser Wieser "
   "Pfeifer Hinterberger Oberhauser Pammer Pölzl Hasenöhrl Kainz Grabner Hackl Haider Kogler Neubauer "
   "Resch Stadler Weiß Zach Mitterer Feichtinger Reisinger Unterberger Hörmann Pernkopf Kreuzer "
   "Fellner Gschwandtner Hochreiter Kaltenbrunner Lackner Mairhofer Niederl Obermüller Plank Rauscher "
   "Schwaiger Thaler Url Windisch Zöchling Danninger Haslinger Mühlbacher Trummer")

_o("swiss",
   "Urs Beat Reto Ueli Andri Gian Jürg Hansruedi Daniel Thomas Marco Luca Nicola Dario Silvan Cyrill "
   "Adrian Roman Severin Mathias Pascal Remo Kilian Flurin Ruedi Kurt Mauro Fadri Nando Sandro Reinhold "
   "Peider Corsin Gion Linus",
   "Regula Ursula Verena Corinne Nadja Seraina Ladina Andrea Claudia Deborah Jasmin Cornelia Rahel "
   "Tamara Selina Lara Noemi Flavia Chiara Anja Mirjam Fabienne Nathalie Vreni Elsbeth Annemarie "
   "Madlaina Mengia Barla Trudi Rösli Sibylle Nicoletta Cristina Livia",
   "Keller Schmid Meier Steiner Gerber Brunner Baumann Frei Moser Widmer Wyss Suter Baumgartner "
   "Bachmann Studer Bühler Kälin Hess Zürcher Ammann Zollinger Lüthi Aebischer Blaser Imhof Hodel "
   "Stucki Bieri Gasser Kunz Marti Hofstetter Rüegg Tschudi Wüthrich Zbinden Jenni Egli Schürch "
   "Flückiger Nussbaumer Sigrist Schenk Bosshard Rutishauser Hürlimann Bärtschi Christen Caflisch "
   "Bezzola Cathomen Casutt Gmür Inäbnit Jaggi Kohler Lanz Minder Niederhauser Oberholzer Probst "
   "Ryffel Schlumpf Tanner Ulrich Vonlanthen Wälti Zaugg Aeschlimann Brändli Hunziker "
   "von_Gunten de_Weck von_Wattenwyl")

_o("turkish",
   "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman "
   "Abdullah Mahmut Recep Kemal Emre Burak Serkan Volkan Tolga Cem Kaan Onur Oğuz Barış Emir Eren Berk "
   "Yiğit Kerem Arda Tarık Orhan Sinan Hakan Erkan",
   "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Hanife Merve Özlem Esra Büşra Gülsüm "
   "Hülya Derya Sibel Selin Ebru Aylin Nesrin Songül Yasemin Dilek Tuba Melek Cansu Ece İrem Defne Azra "
   "Nihan Pınar Seda Tuğba Gizem Sevgi Filiz",
   "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
   "Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Akgül Bulut Keskin Ünal Tekin "
   "Uçar Balcı Aktaş Toprak Acar Coşkun Güler Bozkurt Kaplan Sarı Tuncer Uysal Ekinci Bayram Altun "
   "Durmaz Karaca Yavuz Gündoğdu Sönmez Kocabaş Erol Taşdemir")

_o("polish",
   "Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Adam Marek Mateusz "
   "Wojciech Dariusz Kamil Rafał Bartosz Szymon Przemysław Zbigniew Jarosław Mariusz Kacper Filip "
   "Wiktor Janusz Stanisław Tadeusz Radosław Sławomir",
   "Katarzyna Małgorzata Agnieszka Ewa Magdalena Joanna Aleksandra Monika Zofia Natalia Karolina Marta "
   "Beata Dorota Justyna Paulina Weronika Agata Grażyna Halina Jadwiga Wiktoria Zuzanna Oliwia Kinga "
   "Iwona Renata Bożena Elżbieta Urszula",
   "Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska "
   "Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska "
   "Kozłowski/Kozłowska Jankowski/Jankowska Mazur Kwiatkowski/Kwiatkowska Krawczyk "
   "Piotrowski/Piotrowska Grabowski/Grabowska Nowakowski/Nowakowska Pawłowski/Pawłowska "
   "Michalski/Michalska Nowicki/Nowicka Adamczyk Dudek Zając Wieczorek Jabłoński/Jabłońska "
   "Majewski/Majewska Olszewski/Olszewska Jaworski/Jaworska Wróbel Malinowski/Malinowska Pawlak "
   "Witkowski/Witkowska Walczak Stępień Górski/Górska Rutkowski/Rutkowska Sikora Michalak Szewczyk "
   "Ostrowski/Ostrowska Zawadzki/Zawadzka Chmielewski/Chmielewska Sobczak Czarnecki/Czarnecka")

_o("italian",
   "Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco "
   "Domenico Bruno Paolo Michele Giorgio Alessandro Lorenzo Matteo Davide Simone Federico Riccardo "
   "Stefano Massimo Fabrizio Gianluca Emanuele Tommaso Leonardo Nicolò Raffaele Giacomo Gennaro",
   "Maria Anna Giuseppina Angela Giovanna Teresa Lucia Carmela Caterina Francesca Chiara Giulia Sara "
   "Martina Alessia Federica Valentina Elena Silvia Paola Roberta Sofia Aurora Ginevra Beatrice Alice "
   "Elisa Ilaria Serena Noemi Arianna Benedetta Rosalba Concetta Assunta",
   "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De_Luca "
   "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso "
   "Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Coppola De_Santis D'Angelo "
   "Marchetti Parisi Ferraro Ferri Fabbri Marini Grasso Valentini Messina De_Angelis Gatti "
   "Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Carbone "
   "Giuliani Benedetti Barone Caputo Montanari Palmieri Bernardi Ferretti Bellini Basile Donati Piras "
   "Sartori Costantini Pagano Ruggiero Sorrentino D'Amico Di_Stefano Lo_Bianco Di_Marco")

_o("russian",
   "Aleksandr Sergei Dmitri Andrei Alexei Maxim Ivan Mikhail Nikolai Vladimir Yevgeny Pavel Artyom "
   "Oleg Igor Denis Anton Konstantin Kirill Viktor Yuri Timur Stanislav Vadim Vitaly Ilya Gleb Fyodor "
   "Boris Arkady",
   "Elena Olga Natalia Irina Svetlana Tatiana Anastasia Ekaterina Yulia Marina Daria Ksenia Alina "
   "Polina Lyudmila Galina Larisa Nadezhda Oksana Vera Sofia Kristina Alyona Yana Lidiya Zoya Valeria "
   "Yelena Margarita Anzhela",
   "Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Popov/Popova Vasiliev/Vasilieva "
   "Petrov/Petrova Sokolov/Sokolova Mikhailov/Mikhailova Novikov/Novikova Fedorov/Fedorova "
   "Morozov/Morozova Volkov/Volkova Alekseev/Alekseeva Lebedev/Lebedeva Semenov/Semenova "
   "Egorov/Egorova Pavlov/Pavlova Kozlov/Kozlova Stepanov/Stepanova Nikolaev/Nikolaeva "
   "Orlov/Orlova Andreev/Andreeva Makarov/Makarova Nikitin/Nikitina Zakharov/Zakharova "
   "Zaitsev/Zaitseva Soloviev/Solovieva Borisov/Borisova Yakovlev/Yakovleva Grigoriev/Grigorieva "
   "Romanov/Romanova Vorobiev/Vorobieva Sergeev/Sergeeva Kovalev/Kovaleva Belov/Belova "
   "Tarasov/Tarasova Antonov/Antonova Kiselev/Kiseleva Frolov/Frolova Gusev/Guseva")

_o("ukrainian",
   "Oleksandr Andriy Serhiy Volodymyr Mykola Vasyl Yuriy Taras Bohdan Ostap Petro Dmytro Maksym Oleh "
   "Yaroslav Vitaliy Stepan Artem Denys Ihor Mykhailo Anatoliy Vadym Hryhoriy Yevhen",
   "Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Svitlana Halyna Liudmyla Mariia Anastasiia "
   "Sofiia Viktoriia Daryna Solomiia Khrystyna Yaryna Ulyana Zlata Lesya Olha Nadiia Inna Vira",
   "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Kovalchuk Oliynyk Shevchuk Polishchuk "
   "Lysenko Marchenko Melnyk Savchenko Rudenko Moroz Tkachuk Klymenko Pavlenko Kuzmenko Ponomarenko "
   "Kharchenko Levchenko Karpenko Hnatiuk Petrenko Ivanenko Symonenko Vovk Honchar Kostenko Zinchenko "
   "Yurchenko Bilyk Hrytsenko Romaniuk Demchenko Lytvyn Horbunov Kovalskyi/Kovalska Sydorenko")

_o("arabic",
   "Mohammed Ahmed Mahmoud Omar Khaled Youssef Ibrahim Hassan Hussein Karim Tarek Samir Nabil Walid "
   "Rami Bilal Hamza Adel Fadi Majid Jamal Nasser Ziad Khalil Bassam Faris Imad Hisham Mounir Yazan",
   "Fatima Aisha Mariam Nour Layla Rania Huda Amira Yasmin Salma Dina Rana Lina Hanan Samira Noura "
   "Reem Lamia Ghada Dalia Hiba Asma Zainab Malak Rasha Mona Soraya Widad Leen Ghalia",
   "Al-Sayed El-Amin Haddad Khoury Hamdan Saleh Mansour Abdallah Farouk Suleiman Bakri Darwish "
   "Jaber Othman Qasim Shaheen Yassin Azzam Barakat Chami Dabbagh Habib Kanaan Nassar Sabbagh "
   "Tamimi Ben_Ali Al-Masri Bitar Sawaya Najjar Karam Mansouri Bouzid Al-Hashimi Haddadin Zoubi")

_o("kurdish",
   "Azad Baran Dilshad Rêber Kawa Hêmin Shivan Serhat Rojhat Bawer Zana Ciwan Hogir Berzan Aram "
   "Karwan Soran Rizgar Sirwan Delil Aso Heval Welat Bêwar",
   "Berfin Rojda Zelal Ronahî Hêvî Nazdar Gulistan Şîrin Jiyan Dilan Rojin Evîn Perwin Narin Avîn "
   "Helin Viyan Newroz Sozdar Bêrîvan Dîlan Xezal",
   "Zebari Hawrami Amedi Botani Xani Baban Berwari Sindi Duhoki Mardini Cizîrî Herki Dosky Rekani "
   "Mizuri Shingali Bamarni Surchi Hamawandi Piran Haco Kurdo Bingöl Sorani Ergani Kobani Akreyi")

_o("persian",
   "Reza Mohammad Hossein Mehdi Hamid Dariush Kourosh Babak Farhad Behnam Arash Kaveh Navid Omid Payam "
   "Ramin Shahin Siamak Behrouz Kamran Mehran Pouya Sina Parviz Afshin",
   "Maryam Zahra Shirin Parisa Leila Niloufar Mahsa Nazanin Roya Shabnam Golnar Azadeh Fereshteh Mina "
   "Negar Setareh Tara Yasaman Bahar Donya Elham Farzaneh Ladan Mitra Parvaneh",
   "Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi "
   "Ghorbani Heidari Kazemi Shirazi Tehrani Esfahani Farahani Rostami Najafi Salehi Mirzaei Amini "
   "Bagheri Nouri Soltani Tavakoli Yazdani Ansari Davoudi Ghasemi Kashani Zand Firouzabadi")

_o("greek",
   "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios Christos Athanasios Michail "
   "Evangelos Spyridon Stavros Theodoros Emmanouil Alexandros Petros Kyriakos Apostolos Stelios "
   "Thanasis Yannis Nikos Kostas Lefteris",
   "Eleni Aikaterini Vasiliki Angeliki Georgia Dimitra Konstantina Paraskevi Evangelia Ioanna "
   "Despoina Eirini Kalliopi Athina Theodora Chrysoula Stavroula Panagiota Fotini Eftychia Zoi "
   "Kyriaki Argyro Marina Xanthi",
   "Papadopoulos/Papadopoulou Papadakis/Papadaki Georgiou Dimitriou Nikolaou Konstantinou Ioannou "
   "Vasileiou Papageorgiou Oikonomou Christodoulou Athanasiou Makris/Makri Pappas/Pappa "
   "Karagiannis/Karagianni Alexiou Antoniou Theodorou Panagiotopoulos/Panagiotopoulou "
   "Kyriakidis/Kyriakidou Nikolaidis/Nikolaidou Stavropoulos/Stavropoulou Vlachos/Vlachou "
   "Mavridis/Mavridou Angelopoulos/Angelopoulou Michailidis/Michailidou Petridis/Petridou "
   "Triantafyllou Zervas/Zerva Lambrou Kontos/Kontou Sotiriou Galanis/Galani Chatzidakis/Chatzidaki")

_o("balkan",
   "Marko Nikola Luka Milan Dragan Zoran Goran Dejan Nenad Tomislav Ante Josip Damir Adnan Edin Haris "
   "Kenan Mirza Dino Petar Vuk Bojan Miloš Dušan Aleksandar Srđan Mladen Zlatko",
   "Jelena Marija Ivana Milica Jovana Dragana Snežana Katarina Maja Nina Lucija Ema Iva Mirela Amra "
   "Lejla Selma Amila Emina Aida Sanja Vesna Gordana Biljana Tijana Danijela Jasmina Ljiljana",
   "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević "
   "Popović Kovačević Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Tomić Matić Pavić "
   "Blažević Hodžić Hadžić Begić Delić Mehmedović Hasanović Salihović Kurtović Mujić Husić Šarić "
   "Lukić Radić Živković Todorović Jelić Grgić Filipović Bošnjak Vidović Mandić")

_o("albanian",
   "Arben Besnik Driton Fatmir Gëzim Ilir Kujtim Luan Mentor Agron Bekim Blerim Dritan Edmond Ermal "
   "Flamur Genc Leutrim Valon Visar Arbër Alban Artan Kastriot Shkëlzen",
   "Arta Blerta Drita Elira Fjolla Mimoza Rina Teuta Valbona Vjosa Albana Ardita Besa Dafina Donika "
   "Edona Egzona Flutura Lindita Merita Shqipe Vlora Arbnora Drenusha Luljeta",
   "Berisha Krasniqi Gashi Hoxha Shala Morina Kelmendi Hasani Bytyqi Rexhepi Ahmeti Bajrami Gjoka "
   "Kastrati Leka Dushku Prifti Shehu Kola Marku Dervishi Llapashtica Zeka Hyseni Sadiku Osmani "
   "Demaj Thaçi Çela Lika Kryeziu Haliti Mehmeti Sylejmani")

_o("romanian",
   "Andrei Alexandru Mihai Ionuț Florin Bogdan Cristian Gabriel Marius Vlad Ștefan Răzvan Sorin "
   "Cătălin Dragoș Ovidiu Radu Tudor Lucian Constantin Dorin Horia Liviu Silviu Emil",
   "Ioana Andreea Alexandra Cristina Mihaela Gabriela Diana Roxana Simona Raluca Oana Bianca Adriana "
   "Larisa Denisa Corina Teodora Ileana Camelia Loredana Luminița Alina Irina Anca Otilia",
   "Popescu Ionescu Popa Pop Dumitru Stan Stoica Gheorghe Munteanu Matei Ciobanu Ene Moldovan Florea "
   "Dinu Dobre Barbu Nistor Lungu Diaconu Toma Neagu Preda Enache Ilie Mocanu Oprea Zamfir Dragomir "
   "Vasilescu Georgescu Marinescu Petrescu Năstase Cojocaru Mureșan Rusu Avram Căpraru")

_o("czech",
   "Petr Josef Pavel Tomáš Jaroslav Miroslav Jiří Zdeněk Václav Michal Karel Lukáš Jakub Ondřej "
   "Vojtěch Radek Vladimír Aleš Matěj Dominik Bohumil Vít Přemysl",
   "Jana Marie Eva Hana Lenka Kateřina Věra Lucie Alena Petra Veronika Jaroslava Tereza Martina "
   "Michaela Zuzana Markéta Barbora Kristýna Šárka Ludmila Zdeňka Adéla Blanka Radka",
   "Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá "
   "Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová "
   "Pokorný/Pokorná Marek/Marková Pospíšil/Pospíšilová Hájek/Hájková Jelínek/Jelínková Král/Králová "
   "Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková Doležal/Doležalová "
   "Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová Čermák/Čermáková Urban/Urbanová "
   "Vaněk/Vaňková Blažek/Blažková Kříž/Křížová Kovář/Kovářová Bartoš/Bartošová Vlček/Vlčková "
   "Polák/Poláková Musil/Musilová Šimek/Šimková")

_o("hungarian",
   "László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András Csaba "
   "Balázs Levente Bence Máté Dániel Gergely Ákos Márton Botond Imre",
   "Mária Erzsébet Katalin Ilona Éva Zsuzsanna Margit Judit Ágnes Erika Krisztina Eszter Tímea "
   "Nikolett Réka Dóra Zsófia Boglárka Lilla Noémi Viktória Hajnalka Enikő Orsolya Piroska",
   "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
   "Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Balázs Gál Szűcs Kocsis Pintér Fodor Szalai "
   "Sipos Lukács Gulyás Biró Király Katona Bognár Vörös Halász")

_o("dutch",
   "Pieter Hendrik Johannes Cornelis Willem Gerrit Bram Daan Sem Thijs Jesse Ruben Stijn Joost "
   "Maarten Sander Bas Wouter Koen Jeroen Niels Floris Rutger Sjoerd Guus Teun Joris Arjen Hidde",
   "Cornelia Wilhelmina Anouk Sanne Lotte Femke Fleur Iris Roos Lieke Maaike Marloes Esther Mirjam "
   "Saskia Noor Tess Fenna Sterre Hanneke Willemijn Floor Marieke Geertje Annelies Jolien",
   "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder "
   "de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer "
   "van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn "
   "van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster "
   "van_Dam ter_Horst Timmermans Postma Kuipers Boersma Veenstra")

_o("french",
   "Jean Pierre Philippe Alain Nicolas Christophe Laurent Frédéric Sébastien Stéphane Julien Olivier "
   "Thierry Éric Guillaume Antoine Mathieu Romain Vincent Benoît Jérôme Hugo Louis Théo Gabriel "
   "Arthur Raphaël Baptiste Clément Maxime Quentin Yannick Jean-Luc Jean-Marc",
   "Nathalie Isabelle Sylvie Catherine Françoise Valérie Sandrine Céline Sophie Stéphanie Aurélie "
   "Émilie Julie Camille Manon Chloé Léa Inès Clémence Margaux Pauline Élise Mathilde Océane Agathe "
   "Hélène Géraldine Delphine Capucine Anne-Sophie Marie-Claire Solène",
   "Bernard Dubois Durand Leroy Moreau Lefebvre Bertrand Roux Fournier Morel Girard André "
   "Lefèvre Mercier Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Guérin Henry "
   "Roussel Perrin Morin Gauthier Dumont Fontaine Chevalier Masson Gérard Boyer Lemaire Duval "
   "Joly Gautier Le_Gall de_la_Fontaine Le_Goff Marchand Barbier Brunet Leclerc Fabre Mallet "
   "Picard Renaud Aubert Lacroix Carpentier Deschamps")

_o("spanish",
   "Antonio José Manuel Francisco Javier Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Fernando "
   "Jorge Alberto Luis Álvaro Diego Adrián Iván Rubén Óscar Ignacio Raúl Enrique Andrés Gonzalo "
   "Juan_Carlos José_Luis",
   "María Carmen Josefa Isabel Laura Cristina Marta Lucía Pilar Dolores Teresa Raquel Paula Alba "
   "Patricia Nuria Silvia Beatriz Rocío Irene Claudia Inmaculada Mercedes Montserrat Ainhoa Itziar "
   "María_José",
   "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández "
   "Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil "
   "Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz "
   "Iglesias Núñez Medina Garrido Cortés Castillo Lozano Guerrero Cano Prieto Méndez del_Río "
   "de_la_Cruz Echeverría Goikoetxea")

_o("portuguese",
   "João António Pedro Rui Paulo Tiago Ricardo Nuno Diogo Gonçalo Rodrigo Duarte Afonso Tomás Vasco "
   "Henrique Fábio Thiago Gustavo Leandro Matheus Caio Vinícius Lucas",
   "Joana Inês Beatriz Mariana Rita Catarina Carolina Leonor Matilde Filipa Margarida Patrícia "
   "Cláudia Sónia Fernanda Luana Gabriela Larissa Camila Juliana Vitória Bruna Conceição Fátima",
   "Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes "
   "Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares "
   "Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Reis Simões Antunes Matos Fonseca Machado "
   "Araújo Barbosa Tavares Lourenço Figueiredo Azevedo da_Silva dos_Santos da_Costa")

_o("nordic",
   "Erik Anders Johan Magnus Nils Olof Gustav Axel Oskar Mikkel Rasmus Søren Mads Frederik Kasper "
   "Bjørn Espen Håkon Sindre Eirik Trond Leif Stig Torbjörn Ragnar Viggo",
   "Kristina Ingrid Astrid Sigrid Maja Elin Linnea Ebba Freja Ida Sofie Mette Signe Camilla Pernille "
   "Nanna Ingeborg Solveig Kari Hilde Silje Marit Tove Liv Frida Malin Agnes",
   "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
   "Pettersson Jonsson Lindberg Lindqvist Lundgren Bergström Sandberg Holm Nyström Lindström Hansen "
   "Jensen Nielsen Pedersen Andersen Christensen Rasmussen Jørgensen Madsen Sørensen Johansen Olsen "
   "Larsen Haugen Bakken Solberg Dahl Halvorsen Eide Fredriksen Sundqvist")

_o("finnish",
   "Juha Timo Mikko Jari Kari Antti Markku Pekka Matti Jukka Heikki Ville Lauri Eero Aleksi Janne "
   "Tuomas Joonas Veikko Onni Eino Väinö Ilkka Teemu Petteri",
   "Anne Tuula Päivi Riitta Leena Sari Minna Tiina Katja Satu Aino Eeva Helmi Iida Saara Elina Noora "
   "Kaisa Pirjo Sirpa Marjatta Ilona Outi Hilkka Milla",
   "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
   "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen "
   "Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Miettinen "
   "Väisänen Pesonen Räsänen")

_o("english",
   "Oliver George Harry Jack Charlie Alfie Freddie Archie Leo Oscar Toby Callum Jamie Luke Ben Sam "
   "Joe Tom Lewis Kieran Stuart Graham Nigel Simon Martin Neil Ian Colin Keith Trevor Darren Wayne "
   "Craig Dean Gavin Alistair Rupert Hugo Edward Henry Thomas William James Daniel Matthew Alexander "
   "Benjamin Samuel Joshua Nathan Adam Reece Liam Aaron Gareth Philip Clive Derek Barry Malcolm "
   "Dominic Sebastian Theo Arthur Jasper Ollie Harvey Elliot Bradley Ashley Russell Julian Giles "
   "Rhys_(en) Kenneth Roger Howard Jeremy Lionel Percy Hector",
   "Olivia Amelia Isla Ava Emily Sophie Grace Lily Freya Poppy Isabella Evie Ella Jessica Daisy "
   "Phoebe Holly Imogen Harriet Gemma Kirsty Leanne Tracey Joanne Nicola Zoe Lucy Eleanor Abbie "
   "Georgia Charlotte Hannah Rebecca Katie Chloe Bethany Megan Lauren Natalie Rachel Sarah Helen "
   "Claire Emma Kate Victoria Jane Alison Fiona Deborah Mandy Julie Karen Hayley Stacey Danielle "
   "Rosie Ellie Millie Matilda Florence Beatrice Esme Penelope Felicity Wendy Gillian Pauline "
   "Lorraine Bridget Jemima Tabitha Rosalind Gwendolyn Maisie Lottie Mary_Kate Lily-Rose",
   "")

_o("american",
   "John Robert Michael David Richard Joseph Christopher Anthony Mark Steven Kevin Brian Ronald "
   "Timothy Jason Jeffrey Ryan Jacob Gary Eric Jonathan Larry Justin Scott Brandon Gregory Frank "
   "Raymond Dennis Jerry Tyler Tanner Cody Dustin Travis Brett Chad Kyle Austin Logan Carter Wyatt "
   "Chase Cole Jaxon Landon Brayden Caleb Elijah Isaiah Dwayne DeShawn Marcus Tyrone Andre Malik "
   "Terrence Darnell Garrett Spencer Trent Clayton Dalton Hayden Bryce Colton Jared Kendrick "
   "Jamarcus Devonte Cedric Lamar John_Paul Billy_Joe",
   "Mary Patricia Jennifer Linda Barbara Susan Nancy Betty Margaret Sandra Ashley Kimberly Donna "
   "Michelle Dorothy Carol Amanda Melissa Stephanie Sharon Cynthia Kathleen Amy Shirley Angela Brenda "
   "Pamela Nicole Samantha Katherine Christine Debra Carolyn Janet Heather Diane Virginia Joyce Kelly "
   "Cheryl Jacqueline Gloria Teresa Kathryn Janice Madison Doris Abigail Judy Denise Amber Marilyn "
   "Beverly Brittany Kayla Alexis Taylor Brianna Destiny Haley Courtney Tiffany Crystal Shannon "
   "Lindsey Kendra Latoya Keisha Aaliyah Shanice Mackenzie Savannah Peyton Addison Brooke Paige "
   "Mary_Beth Billie_Jo Sue_Ellen",
   "Johnson Williams Davis Wilson Anderson Thomas Moore Jackson Thompson Harris Clark Lewis Robinson "
   "Allen Wright Scott Adams Nelson Campbell Mitchell Roberts Carter Phillips Evans Parker Collins "
   "Edwards Stewart Morris Murphy Rogers Morgan Peterson Cooper Reed Bailey Howard Cox Ward "
   "Richardson Watson Bennett Hughes Sanders Myers Ross Foster Powell Jenkins Perry Russell Sullivan "
   "Coleman Henderson Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Hayes Gibson Ellis "
   "Stevens Tucker Hicks Crawford Boyd Warren Dixon Burns Gordon Holmes Robertson Daniels Nichols "
   "Ferguson Hawkins Dunn Perkins Hudson Stephens Pierce Lawson Wheeler Chapman Montgomery Whitaker "
   "Washington Jefferson Rosenberg Goldstein Schwartz Kaplan Friedman Weinberg Kowalczyk DeLuca "
   "Baxter McAllister Fitzpatrick Harrington Whitfield Donovan Gallagher Brennan Kramer Lindgren "
   "Olson Swanson Hanson")

_o("english_s",  # surnames for English people (given names above)
   "", "",
   "Smith Jones Taylor Davies Evans Wilson Roberts Johnson Lewis Robinson Wright Thompson Hughes "
   "Edwards Harris Clarke Jackson Moore Clark Cooper Harrison Ward Morris Parker Allen Bennett "
   "Mitchell Shaw Chapman Richardson Cox Watson Russell Lloyd Atkinson Dixon Holmes Mills Stevens "
   "Marshall Owen Pearson Webb Barnes Griffiths Simpson Ellis Hudson Gibson Matthews Palmer "
   "Reynolds Fletcher Dawson Spencer Gardiner Payne Pearce Barker Lawrence Sutton Elliott Rowe Holt "
   "Bradley Ashworth Whitfield Pemberton Kershaw Thornton Hargreaves Sutcliffe Entwistle Beckett "
   "Blackwell Cartwright Crawley Dobson Eastwood Fenwick Hayward Kirkby Lockwood Marsden Nuttall "
   "Pickering Radcliffe Stanley Whitaker Yates Bellamy Cholmondeley Fairclough Greenhalgh "
   "Houghton Illingworth Jagger Ormerod Pilkington Rawlinson Shackleton Tattersall Wainwright")

_o("irish",
   "Seán Patrick Conor Cian Darragh Oisín Eoin Ciarán Niall Fionn Cathal Donal Colm Declan Ronan "
   "Shane Tadhg Diarmuid Padraig Fergal Eamon Brendan Aidan Killian Ruairí Dara Cillian Odhrán "
   "Fiachra Lorcan",
   "Aoife Siobhán Niamh Saoirse Caoimhe Róisín Orla Clodagh Sinéad Aisling Ciara Gráinne Eimear "
   "Máire Deirdre Fionnuala Úna Síle Maeve Méabh Nuala Bríd Ailbhe Aoibhinn Órlaith Muireann "
   "Bláthnaid Sorcha Emer Laoise",
   "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
   "Gallagher O'Doherty Kennedy Lynch Murray Quinn McLoughlin O'Carroll Connolly Daly O'Connell "
   "Brennan Dunne Burke Collins Fitzgerald Healy Keane Kavanagh Mulligan Nolan Regan Sheehan "
   "Tierney Whelan Mac_Giolla_Phádraig/Nic_Giolla_Phádraig Ó_Súilleabháin/Ní_Shúilleabháin "
   "Ó_Briain/Ní_Bhriain Ó_Ceallaigh/Ní_Cheallaigh McGrath Flanagan Hennessy Moriarty Cullinane")

_o("scottish",
   "Alasdair Angus Hamish Fraser Ewan Calum Duncan Euan Gregor Ruaridh Lachlan Struan Murdo Iain "
   "Finlay Blair Niall Torquil Ruairidh Hector Innes",
   "Morag Mhairi Catriona Eilidh Ailsa Shona Iona Skye Lorna Moira Elspeth Greer Rhona Kirsteen "
   "Marsaili Seonaid Effie Ishbel Kirsty Isla Fiona",
   "MacDonald Campbell Stewart Robertson Thomson MacKenzie Reid Paterson Fraser Morrison Henderson "
   "MacLeod Ferguson Cameron Duncan Hamilton Kerr Sinclair McIntyre MacPherson McAllister Buchanan "
   "Cunningham Drummond Lennox Munro Ogilvie Sutherland Urquhart Wallace Baird Rennie Crawford "
   "Docherty McGregor Menzies Lamont")

_o("welsh",
   "Rhys Dafydd Huw Emyr Gethin Iwan Owain Ieuan Aled Bryn Cai Elis Geraint Gwion Hywel Idris Llŷr "
   "Macsen Osian Rhodri Sion Steffan Tomos Dylan",
   "Angharad Bethan Carys Cerys Ffion Gwen Gwenllian Lowri Nia Rhiannon Seren Siân Sioned Mali "
   "Nerys Eleri Glesni Heledd Llinos Mererid Tegan Catrin Alaw Elin",
   "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Owen Jenkins Lloyd Rees "
   "Powell Parry Pritchard Howells Bowen Pugh Llewellyn Vaughan Meredith Prosser Gwynne Bevan "
   "Protheroe ap_Rhys Prydderch Hopkins Probert Watkins Maddox")

_o("indian",
   "Rahul Amit Rajesh Sanjay Vikram Arjun Rohan Aditya Karan Anil Suresh Ramesh Deepak Manoj Sunil "
   "Vijay Ravi Pranav Nikhil Siddharth Harish Gaurav Varun Kunal Akash Abhishek Ashok Mohan Prakash "
   "Sandeep",
   "Priya Anjali Kavya Divya Neha Pooja Sneha Aishwarya Meera Lakshmi Deepa Sunita Anita Kavita Rekha "
   "Shreya Ananya Isha Nisha Shalini Swati Aarti Pallavi Radhika Sangeeta Geeta Nandini Ritu Tanvi "
   "Madhuri",
   "Sharma Patel Singh Kumar Gupta Verma Reddy Rao Nair Iyer Menon Pillai Desai Joshi Mehta Kapoor "
   "Malhotra Chopra Bhatia Agarwal Banerjee Chatterjee Mukherjee Bose Ghosh Kulkarni Deshpande "
   "Pandey Mishra Tiwari Srinivasan Krishnan Venkatesh Naidu Chauhan Saxena Trivedi")

_o("pakistani",
   "Muhammad Imran Asif Kamran Faisal Usman Zeeshan Shahid Tariq Waqar Naveed Junaid Saad Fahad Irfan "
   "Arslan Sohail Shoaib Rizwan Aamir Nadeem Tahir Zubair Mohsin Atif Owais",
   "Ayesha Sana Hira Mehwish Amna Saima Rabia Nida Maham Iqra Bushra Sadia Fariha Uzma Kiran Nadia "
   "Samina Sobia Zara Areeba Mahnoor Aleena Hafsa Javeria Anum Rubina Nazia Shazia Tehmina",
   "Khan Malik Qureshi Chaudhry Raza Iqbal Akhtar Siddiqui Sheikh Mirza Baig Awan Bhatti Rana "
   "Cheema Gill Aslam Javed Rehman Zaidi Naqvi Rizvi Hashmi Anwar Yousaf Nawaz Mahmood Farooq "
   "Saleem Ashraf Hussain Abbasi")

_o("nigerian",
   "Chinedu Emeka Obinna Oluwaseun Adebayo Olumide Tunde Babatunde Kayode Segun Femi Chukwuma Ikenna "
   "Nnamdi Uche Ifeanyi Chidi Kelechi Abubakar Musa Yakubu Sani Aliyu Tobi Damilola Ayodele Gbenga",
   "Ngozi Chiamaka Adaeze Chinwe Nkechi Funmilayo Folake Yetunde Bukola Titilayo Temitope Oluwakemi "
   "Adaora Ifeoma Amaka Uchenna Hauwa Halima Chioma Ebele Nneka Obiageli Omolara Simisola Tolani "
   "Ifunanya",
   "Okafor Okonkwo Adeyemi Ogunleye Balogun Eze Nwosu Okeke Obi Nwachukwu Afolabi Oladipo Olawale "
   "Chukwu Igwe Onyeka Ogbonna Akinola Bello Danjuma Lawal Ojo Oyelaran Ibekwe Uzoma Ezeh Okoro "
   "Adewale Fashola Ogundipe Nnadi Iheanacho Adeleke Okonjo")

_o("ghanaian",
   "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Kobina Ebo Kwadwo Fiifi Yao Selorm Elikem Edem Nii Ato "
   "Kwamena Mawuli Delali Senyo Yayra",
   "Ama Akosua Abena Adwoa Afua Akua Yaa Efua Esi Araba Adjoa Ekua Afia Maame Dzifa Esinam Enyonam "
   "Akorfa Selasi Mawusi Edinam Abla Korkor",
   "Mensah Owusu Boateng Asante Osei Appiah Agyeman Amoah Ansah Adjei Darko Frimpong Gyamfi Kuffour "
   "Ofori Opoku Sarpong Tetteh Quaye Quartey Lamptey Addo Ankrah Annan Badu Dankwa Kyei Oduro "
   "Ampofo Baah Bonsu Danquah Yeboah")

_o("kenyan",
   "Baraka Juma Jabari Amani Faraji Kamau Otieno Kipchoge Omondi Kiprono Kibet Njoroge Ochieng "
   "Onyango Wekesa Mutua Kimani Karanja Kiptoo Odhiambo Barasa Wafula Gitau",
   "Wanjiru Achieng Akinyi Atieno Wambui Njeri Nyambura Muthoni Wairimu Wanjiku Chebet Jepchirchir "
   "Jeptoo Cherono Nafula Naliaka Adhiambo Awino Zawadi Neema Makena Kendi Nekesa Mumbua",
   "Mwangi Macharia Kiprotich Kipkemboi Chepkoech Rotich Korir Kiplagat Langat Mutai Wambugu "
   "Githinji Nyaga Muriuki Kariuki Maina Wanyama Simiyu Okoth Owino Waweru Kamau Otieno Ochieng "
   "Njoroge Odhiambo Omondi Onyango Wafula Barasa Wekesa Mutua Kimani Karanja Gitau")

_o("chinese",
   "Wei Jun Hao Lei Ming Jian Tao Yong Jie Peng Qiang Zhiwei Haoran Yichen Zihao Junjie Jiahao "
   "Zhihao Yifan Tianyu Ka-ho Chi-wai Wing-kei Kin-man Siu-ming Guowei Zhenyu",
   "Fang Jing Ying Hui Xiu Yan Ling Xiaoyan Xiaomei Jiayi Yuxin Zihan Yuting Shuang Lihua Meiling "
   "Wenjing Ruoxi Xinyi Ka-yan Mei-ling Wai-man Suk-yee Yuqing Qian",
   "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Lin Luo Gao Zheng Liang Xie Tang Feng "
   "Deng Cao Zeng Xiao Tian Dong Yuan Cai Jiang Cheng Chan Wong Leung Cheung Lau Tsang Chow Kwok "
   "Yip")

_o("japanese",
   "Hiroshi Takashi Kenji Satoshi Daisuke Kazuki Haruto Sota Yuto Ren Takumi Kenta Shota Ryota "
   "Naoki Tatsuya Akira Hideki Kaito Riku Yusuke Masato Kohei Tomoya",
   "Yuki Sakura Aiko Yui Hina Aoi Rin Haruka Misaki Nanami Ayaka Yuka Emi Keiko Naoko Tomoko Yoko "
   "Akiko Mayumi Kaori Megumi Chihiro Miyu Asuka",
   "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
   "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto "
   "Ishikawa Ogawa Okada Fujita Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii "
   "Nishimura Fukuda")

_o("korean",
   "Min-jun Seo-jun Ji-ho Do-yun Joon-ho Hyun-woo Sung-min Jae-won Dong-hyun Tae-yang Jin-woo "
   "Young-ho Seung-hoon Woo-jin Kyung-soo Ji-hoon Sang-woo Min-ho Jun-seo Ha-jun",
   "Seo-yeon Ji-woo Ha-eun Min-seo Su-bin Ji-yeon Eun-ji Hye-jin Yoon-ah Da-eun Soo-ah Ji-min "
   "Na-yeon Ye-jin Chae-won Mi-rae Hyo-jin So-yeon Eun-bi Ga-young",
   "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Seo Shin Kwon Hwang Ahn Jeon Hong Yoo Yang Bae "
   "Baek Heo Nam Noh Kwak Cha Joo Ryu")

_o("vietnamese",
   "Minh Tuấn Hùng Dũng Hải Thắng Quang Đức Hiếu Huy Khoa Phúc Trung Vinh Bảo Khánh Tùng Thành "
   "Hoàng Việt Cường Tài Lộc",
   "Linh Hương Thảo Trang Ngọc Phương Hoa Thủy Hằng Nhung Vy Trâm Yến Hạnh Quỳnh Diệp Giang Nga "
   "Oanh Uyên Xuân Loan Huyền",
   "Nguyễn Trần Lê Phạm Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lâm Cao "
   "Lương Vương Quách Châu Kiều Hoàng")

_o("filipino",
   "Jericho Rommel Ramil Reynaldo Rodel Arnel Jomar Paolo Carlo Dante Efren Ernesto Gilbert Joel "
   "Jonel Marlon Noel Renato Rogelio Romeo Ronaldo Rowel Nestor Danilo",
   "Maricel Marites Jocelyn Rowena Analyn Arlene Divina Editha Evangeline Girlie Liza Lorna Maribel "
   "Marilou Marivic Norma Rosalie Rosario Shiela Teresita Virgie Aileen Charmaine Kristine Lovely",
   "Dela_Cruz Reyes Bautista Mendoza Aquino Villanueva Flores Gonzales Rivera Soriano Mercado "
   "Pascual Manalo Macaraeg Dimaculangan Panganiban Magbanua Tolentino Salazar Valdez Gatchalian "
   "Sison Dizon Cabrera Ocampo Pangilinan Lacson Sy Tan Buenaventura Mangubat")

_o("ethiopian",
   "Abebe Bekele Dawit Girma Haile Kebede Mesfin Solomon Tesfaye Yohannes Alemayehu Berhanu Getachew "
   "Mulugeta Tadesse Yared Ephrem Henok Biniam Natnael Fitsum Eyob Kaleb Mekonnen",
   "Almaz Aster Bethlehem Selam Tigist Hiwot Meron Feven Mahlet Rahel Tsion Yordanos Lidya Hirut "
   "Genet Mekdes Senait Azeb Tirunesh Liya Eyerusalem Meskerem",
   "Alemu Wolde Desta Gebre Gebremedhin Tekle Worku Asfaw Demissie Hailu Mulatu Negash Assefa "
   "Berhane Getahun Woldemariam Zewde Yilma Legesse Shiferaw Ayele Kassa Teshome Abera Fikre "
   "Tsegaye Tadesse Bekele Kebede Tesfaye Girma Mekonnen")

# the given names of English people use the "english" lists, their surnames "english_s"
ORIGINS["english"]["s"] = ORIGINS.pop("english_s")["s"]
for _k in ("english",):
    ORIGINS[_k]["m"] = [n.replace(" (en)", "") for n in ORIGINS[_k]["m"]]

# Surnames that are ordinary words (drawn for English-speaking and DACH people).
WORD_SURNAMES = {
    "en": ("Baker Hunter Fox Rose May Young King Cook Hope Frost Stone Price Little Wood Bird Bell "
           "Mason Miller Fisher Brown Green White Black Gray Hill Hall Knight Grant Rice Lamb Sharp "
           "Moss Marsh Field Lane Rivers Winter Booth Carpenter Porter Walker Shepherd Gardner Archer "
           "Butler Page Snow Swift Wise Strong Golden Noble Banks Cross Steel Castle Bishop").split(),
    "de": ("Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Müller Schneider Fischer "
           "Weber Hahn Krämer Schuster Kaiser Graf Engel Bär Hase Roth Stein Berg Busch Kurz Groß "
           "Fröhlich Freund Schäfer Zimmermann Meister Richter Glaser Maurer Förster Herzog Held Bach "
           "Baum Sonntag Adler Falke Fink Hirsch Specht Pfeffer Kohl Zucker Mai Licht Strauß").split(),
}
WORD_SURNAME_ORIGINS = {
    "english": "en", "american": "en", "scottish": "en", "welsh": "en", "irish": "en",
    "german": "de", "austrian": "de", "swiss": "de",
}

# Listed double given names besides the generated pairs.
DOUBLE_PAIR_ORIGINS = {"german": "-", "austrian": "-", "french": "-", "swiss": " ", "spanish": " ",
                       "portuguese": " "}

PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "di", "da", "do", "dos", "das", "del", "zu",
             "vom", "ter", "ten", "mc", "mac", "o", "ó", "ní", "nic", "ap", "al", "el", "ben", "lo",
             "d", "giolla", "dela", "du"]

# Origin weights per language of the text (before country boosts).
WEIGHTS = {
    "en": {
        "english": 30, "american": 24, "irish": 8, "scottish": 4, "welsh": 2.5, "indian": 3,
        "pakistani": 2, "nigerian": 2, "ghanaian": 1, "kenyan": 1, "chinese": 2, "japanese": 0.8,
        "korean": 0.8, "vietnamese": 0.8, "filipino": 1, "polish": 2, "german": 2, "italian": 1.2,
        "french": 1.2, "spanish": 1.2, "portuguese": 0.8, "dutch": 0.8, "nordic": 0.8, "finnish": 0.3,
        "greek": 0.6, "turkish": 0.8, "arabic": 1, "persian": 0.5, "kurdish": 0.2, "russian": 0.6,
        "ukrainian": 0.6, "romanian": 0.6, "czech": 0.3, "hungarian": 0.3, "balkan": 0.5,
        "albanian": 0.3, "austrian": 0.3, "swiss": 0.3, "ethiopian": 0.3,
    },
    "de": {
        "german": 27, "austrian": 8, "swiss": 7, "turkish": 7, "polish": 4, "italian": 3.5,
        "russian": 2.5, "ukrainian": 2.5, "arabic": 2.5, "kurdish": 1.5, "persian": 1.2, "greek": 1.5,
        "balkan": 3, "albanian": 1.5, "romanian": 2, "czech": 1, "hungarian": 1, "dutch": 1,
        "french": 1.2, "spanish": 1, "portuguese": 1, "nordic": 0.8, "finnish": 0.3, "english": 1.5,
        "american": 0.8, "irish": 0.4, "scottish": 0.3, "welsh": 0.2, "indian": 1, "pakistani": 0.4,
        "nigerian": 0.5, "ghanaian": 0.4, "kenyan": 0.3, "chinese": 1, "japanese": 0.4, "korean": 0.4,
        "vietnamese": 1, "filipino": 0.4, "ethiopian": 0.3,
    },
}
# Multipliers for the person's country.
COUNTRY_BOOST = {
    "DE": {"german": 1.8}, "AT": {"austrian": 4.5, "german": 0.6}, "CH": {"swiss": 4.5, "german": 0.5},
    "GB": {"english": 2.0, "scottish": 1.5, "welsh": 1.5}, "US": {"american": 3.0},
    "IE": {"irish": 6.0}, "FR": {"french": 12.0}, "NL": {"dutch": 14.0}, "IT": {"italian": 12.0},
}

# Origins whose names lose their special letters in 30 % of draws.
PLAIN_ORIGINS = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian", "hungarian",
                 "kurdish", "albanian"]

# Syllables for invented names.
INV_ONSET = ("b br d dr f fl g gr h j k kl kr l m n p pl pr r s sk st t tr v w z ch sh th sl "
             "gl").split()
INV_VOWEL = "a e i o u a e i o ai ei au ia ea".split()
INV_MID = "l n r m v d s t".split()
INV_GIVEN_END = {"m": "an en o ius ard ric on is as ek el in".split(),
                 "f": "ina ella ia ara ene ette ilde a ika ora ine isa".split()}
INV_SUR_END = ("mann berg er ow escu wick strom inen ani ez oglu idis ley ton hoff eck aud elli ovic "
               "ak uk sen ard ing olt").split()

COMMON_WORDS = list(dict.fromkeys("""
a an and are as at be but by can come do for from go good had has have he her here him his how i if
in into is it its just like make man me more my new no not now of on one or our out over say see she
so some take than that the their them then there they this time to two up us use was way we well
what when which who will with would year you your all any back been before being both call came
could day did does down each even find first get give great just know last long look made many may
most much must name never next old only other own part people place right said same should show
since still such tell thing think three through too under very want water went were where while work
world yes yet also sure open close order store stock size shop team note line case plan hand hard
best free full high kind late less lost low main near nice real rest safe sale side sign sort stay
ten tip top trip walk wall warm wear week wind wish word yard zip pack boot coat cold dark deep done
drop easy fair fall farm fast feel file fine fire fit flat form gift glad gone grey hair half hang
hike hill hold home hope hour idea join jump keep kit lady land leaf lean left lend lift list live
load lock loss love mail mark mass meal mile mind miss mode move nail neck need nose note pair pale
park pass path pick pile pink plain plan play plot pole pool post pull push rack rain rank rare read
ride ring rise road rock roof room root rope rule rush salt sand seal seat seed sell send ship shoe
shot sick silk skin slip slow snow soap sock soft soil sole song soon sour spot star step stop suit
tank tape task tent test text tide till tire told tone tool tour town tree true tube turn unit vest
view vote wage wait wake wave wide wild wire wool yarn zone alle aber als am an auch auf aus bei bin
bis bitte da dann das dass dem den der des die dir doch dort du durch ein eine einen einem einer er
es euch für gern gibt hat hier ich ihm ihn ihr im in ist ja jetzt kann kein mal man mehr mein mit
muss nach nein nicht noch nun nur ob oder ohne sehr sein seit sich sie sind so soll tag über um und
uns unter vom von vor war was weg weil wenn wer wie wir wird wo zu zum zur gut neu alt groß klein
lang kurz hoch tief rot blau grün gelb weiß schwarz grau braun berg tal see weg haus hof feld wald
bach stein baum licht nacht morgen abend mittag woche monat jahr name frau herr kind mann leute
kunde ware preis karte konto rad ski zelt jacke hose schuh socke rucksack mütze helm seil gurt
haken stock laden kasse lager paket post brief mail fax auto bus bahn zug rand ende anfang mitte
ring ball bande lina lena dino rose ina elle idee ella anna maria alma ida tina vera nora emma
tara lara sara mara kira mira dora kara tina dina leon leo max ben tom tim jan kai lars sven
""".split()))

# Words of the brand that invented names must not equal.
BRAND_WORDS = ("Talgrat Almweg Fernkamm Firstwand Gitterhang Hochsattel Kaltkar Morgengrat Rinnental "
               "Schauerpass Steinlauf Trittweg Wintersteig Schiefer Tannenschatten Hüttenorange Gratblau "
               "Felsgrau Moorbraun Flechte Alpenglühen Kalkstein Enzian Slate Lichen Alpenglow "
               "Limestone Gentian Allgäu").split()


def fold(s):
    """Lower case without diacritics (ß -> ss, ı -> i, ł -> l, đ -> d, ø -> o, æ -> ae)."""
    s = s.casefold().replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("đ", "d")
    s = s.replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ð", "d").replace("þ", "th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fold_de(s):
    """Lower case with German transliteration (ä -> ae, ö -> oe, ü -> ue)."""
    s = s.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return fold(s)


def plain(s):
    """The name without special letters, keeping capitals (Yılmaz -> Yilmaz, Đorđević -> Djordjevic)."""
    out = []
    for ch in s:
        if ch in "Đđ":
            out.append("Dj" if ch == "Đ" else "dj")
            continue
        if ch == "ı":
            out.append("i")
            continue
        if ch in "łŁ":
            out.append("l" if ch == "ł" else "L")
            continue
        d = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return "".join(out)


def german_russian(s):
    """German spelling of a Russian surname ending (-ov -> -ow, -eva -> -ewa)."""
    for a, b in (("ova", "owa"), ("eva", "ewa"), ("iev", "iew"), ("ov", "ow"), ("ev", "ew")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def split_surname(entry):
    """'Kowalski/Kowalska' -> ('Kowalski', 'Kowalska'); 'Nowak' -> ('Nowak', 'Nowak')."""
    if "/" in entry:
        m, f = entry.split("/", 1)
        return m, f
    return entry, entry


def all_parts():
    """Every name part of every list, folded, as a list without duplicates (for invented names)."""
    parts = []
    for key in ORIGINS:
        o = ORIGINS[key]
        for n in o["m"] + o["f"]:
            for p in n.replace("-", " ").split():
                parts.append(fold(p))
                parts.append(fold_de(p))
        for e in o["s"]:
            for form in split_surname(e):
                for p in form.replace("-", " ").replace("'", " ").split():
                    parts.append(fold(p))
                    parts.append(fold_de(p))
                    parts.append(fold(german_russian(p)))
    for lang in ("en", "de"):
        for w in WORD_SURNAMES[lang]:
            parts.append(fold(w))
            parts.append(fold_de(w))
    return list(dict.fromkeys(parts))


def list_counts():
    """Distinct given names and surnames (base forms, with the word lists)."""
    given, sur, origins = [], [], []
    for key in ORIGINS:
        o = ORIGINS[key]
        given += o["m"] + o["f"]
        sur += [split_surname(e)[0] for e in o["s"]]
        origins.append(key)
    for lang in ("en", "de"):
        sur += WORD_SURNAMES[lang]
    return len(dict.fromkeys(given)), len(dict.fromkeys(sur)), origins
