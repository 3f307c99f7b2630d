"""Name lists of the dev half of the thirty-second PII bank (dev32), written for it.

Forty origins with male and female given names and surnames (male forms; female forms are derived
where a language has them), two lists of surnames that are ordinary words, the origin weights per
language with boosts for the person's country, double given names, particles, hyphenated
surnames and a syllable generator for invented names.  An underscore in a list stands for a space.
"""

import unicodedata


def _l(s):
    return [w.replace("_", " ") for w in s.split()]


O = {}


def _o(name, m, f, s):
    O[name] = {"m": _l(m), "f": _l(f), "s": _l(s)}


_o("german",
   "Lukas Jonas Felix Maximilian Paul Leon Elias Finn Julian Tobias Sebastian Florian Matthias Andreas Stefan "
   "Michael Christian Markus Jürgen Dieter Wolfgang Klaus Uwe Bernd Ralf Torsten Sven Dirk Henrik Moritz "
   "Jannik Niklas Philipp Benedikt Konstantin Till Malte Ole Hannes Volker Rüdiger Gerd Hartmut Jens Kai "
   "Thorsten Björn Holger Detlef Carsten Timo Marvin Dennis Kevin Fynn Jonte Mats Lasse",
   "Anna Lena Laura Julia Sophie Marie Hannah Lea Mia Emma Katharina Christina Sabine Petra Andrea Claudia "
   "Susanne Birgit Heike Anja Stefanie Nicole Kerstin Ute Gisela Renate Ingrid Hildegard Friederike Johanna "
   "Charlotte Greta Frieda Ida Clara Jana Svenja Nadine Franziska Wiebke Imke Antje Dörte Silke Meike Jutta "
   "Annika Carina Maren Tanja Ulrike Gudrun Elke Henrike Merle Finja Pia Leonie",
   "Schmidt Meyer Wagner Becker Schulz Hoffmann Koch_ Schröder Neumann Schwarz_ Zimmermann_ Krüger Hofmann "
   "Hartmann Werner Krause Lehmann Köhler Herrmann Walter Mayer Kaiser_ Peters Möller Scholz Huber Schulze "
   "Ziegler Kuhn Pohl Engel_ Horn Busch_ Bergmann Voigt Sauer_ Arnold Thomas Beck Lorenz Ludwig Böhm "
   "Winkler Roth Brandt Haas Schreiber Graf_ Dietrich Schubert Kühn Kraus Vogt Otto Jansen Sommer_ Stein_ "
   "Jung Hahn_ Schuster_ Franke Albrecht Simon Winter_ Lange_ Frank Berger Kramer Seidel Heinrich Brinkmann "
   "Thiele Ebert Hübner Kuhlmann Dreyer Riedel Wendt Gerlach Brandes Hagemann Lüdtke Timmermann Wolters "
   "Rademacher Böttcher Heinemann Lindemann Ostermann Petersen Claussen Thomsen Jürgensen Carstensen "
   "Oltmanns Janssen Eilers Harms Wichmann Budde Kemper Terhorst Hölscher Sievers "
   "von_Arnim von_der_Heyde zu_Dohna vom_Bruch von_Bülow von_Berg von_Kleist von_Rohr")
# the surnames ending in "_" above are ordinary words; they are dropped from this list (see WORD_SURNAMES)
O["german"]["s"] = [s for s in O["german"]["s"] if not s.endswith(" ")]

_o("austrian",
   "Alois Ferdinand Leopold Valentin Gregor Bernhard Reinhard Herbert Gerhard Josef Johann Franz Engelbert "
   "Roland Manfred Helmut Günther Hubert Gottfried Ignaz Kilian Raphael Severin Vinzenz Elias Jakob Lorenz "
   "Fabian Clemens Georg Wolfram Erwin Siegfried Harald Christoph Dominik Patrick Rupert Hannes",
   "Theresa Magdalena Elisabeth Katrin Verena Lisa Sarah Romana Waltraud Gertraud Kathrin Barbara Veronika "
   "Martina Christa Anneliese Rosemarie Hedwig Johanna Sophia Valentina Marlene Rosalie Helene Viktoria "
   "Leopoldine Franziska Bettina Daniela Sonja Birgit Herta Elfriede Gabriele Michaela Carina Melanie Hemma",
   "Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Eder Schmid Winkler Maier Reiter Mayr "
   "Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner Koller Lehner Haas Holzer "
   "Stadler Pölzl Kogler Hinterberger Oberhofer Unterberger Zangerl Hörtnagl Rainer Strasser Gasser "
   "Moosbrugger Pircher Tschann Hämmerle Rhomberg Fink_ Prantl Haslinger Plank Wieser Resch Hauser Riegler "
   "Fürst Kainz Strobl Jägerbauer Mairhofer Obermoser Angerer Gstöttner Pfeifer Hofbauer Zauner Trummer "
   "Schwaiger Neuhold Kaufmann Posch Lindner")
O["austrian"]["s"] = [s for s in O["austrian"]["s"] if not s.endswith(" ")]

_o("swiss",
   "Urs Beat Reto Daniel Marco Adrian Thomas Martin Christoph Stephan Simon Nicolas Fabian Dominik Pascal "
   "Roman Res Ueli Mathias Jürg Hansruedi Kurt Peter Samuel Cédric Luca Gian Silvan Jonathan Mauro Flurin "
   "Nando Corsin Remo Sandro Andri Dario Noah Livio",
   "Regula Verena Barbara Nicole Sandra Corinne Rahel Seraina Ladina Nadja Tamara Andrea Bettina Ursula Vreni "
   "Margrit Heidi Esther Karin Jacqueline Céline Chiara Noemi Mirjam Flurina Annina Nadine Fabienne Jasmin "
   "Debora Salome Deborah Ramona Priska Brigitte Monika Cornelia Madeleine Lorena",
   "Meier Schmid Huber Meyer Steiner Gerber Brunner Baumann Frei Moser Widmer Wyss Roth Suter Baumgartner "
   "Bachmann Studer Bühler Kälin Hofstetter Aebischer Zürcher Ammann Egli Lüthi Imhof Zbinden Bärtschi "
   "Schürch Tanner Marti Hostettler Flückiger Käser Gasser von_Gunten von_Wattenwyl de_Weck Caflisch "
   "Cadonau Casutt Derungs Tschudi Sutter Kunz Hürlimann Blaser Bieri Rüegg Zwahlen Aeschlimann Gygax "
   "Hänni Leuenberger Ryser Stucki Tschanz Wüthrich Zaugg Vonlanthen Bucher Christen Amstutz Hess Odermatt "
   "Niederberger Durrer Lustenberger Arnold")

_o("turkish",
   "Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim Emre Burak Murat Serkan Oğuz Kemal Volkan Cem Tarık Barış Onur "
   "Uğur Selim Kaan Yusuf Erdem Gökhan Mert Tolga Levent Eren Furkan Kerem Taner Ercan Deniz Sinan Orhan",
   "Ayşe Fatma Emine Elif Zeynep Merve Büşra Esra Derya Gül Selin Özlem Sibel Hatice Songül Ebru Aylin Tuğba "
   "Defne Ceren İrem Damla Pınar Yasemin Sevgi Gülsüm Nihan Melek Hülya Şule Dilek Nesrin Gamze Ecem",
   "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç "
   "Özkan Şimşek Polat Güneş Aksoy Bulut Tekin Acar Korkmaz Karaca Ünal Güler Toprak Bayram Sarı Uçar "
   "Keskin Yavuz Tuncer Önal Kocabaş Erdem Bozkurt Kaplan Tunç Akay Ekinci Özer Altun Yüksel Duman Coşkun "
   "Kurtuluş Başaran Sönmez Gürbüz Akgül Karakaş Çınar Işık Erol")

_o("polish",
   "Piotr Krzysztof Tomasz Paweł Michał Marcin Grzegorz Łukasz Jakub Kamil Mateusz Adam Dariusz Wojciech "
   "Rafał Bartosz Szymon Przemysław Sławomir Zbigniew Jarosław Kacper Wiktor Artur Damian Hubert Maciej",
   "Agnieszka Katarzyna Małgorzata Joanna Magdalena Aleksandra Monika Dorota Ewa Beata Iwona Justyna Karolina "
   "Natalia Paulina Weronika Zofia Grażyna Bożena Halina Urszula Marta Kinga Oliwia Dominika Edyta",
   "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
   "Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski "
   "Adamczyk Dudek Zając Wieczorek Jabłoński Majewski Olszewski Stępień Jaworski Malinowski Pawlak Górski "
   "Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Zalewski Wróblewski "
   "Jasiński Czarnecki Sadowski Bąk Zawadzki Chmielewski Sobczak Borkowski Urbański Kubiak")

_o("italian",
   "Marco Luca Giuseppe Francesco Alessandro Matteo Lorenzo Davide Simone Federico Riccardo Stefano Giovanni "
   "Antonio Paolo Roberto Massimo Gianluca Emanuele Nicola Fabio Michele Salvatore Vincenzo Tommaso Pietro "
   "Giacomo Filippo Edoardo Leonardo",
   "Giulia Francesca Chiara Sara Valentina Alessia Martina Federica Elisa Silvia Paola Roberta Giorgia Ilaria "
   "Beatrice Serena Lucia Caterina Maddalena Gabriella Antonella Simona Elena Alessandra Benedetta Arianna "
   "Ludovica Camilla Noemi Rebecca",
   "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini Costa "
   "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini "
   "Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Ferraro "
   "Ferri Fabbri Marini Valentini Messina De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti "
   "Cattaneo Morelli Amato Silvestri Mazza Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo "
   "Montanari Palmieri Bernardi Ferretti Bellini Basile Donati Piras Sartori Di_Stefano Lo_Bianco Di_Pietro "
   "Esposti Gasparini Zanetti Bortolotti Pedrotti")

_o("russian",
   "Dmitri Sergei Alexei Andrei Ivan Nikolai Mikhail Pavel Vladimir Yuri Oleg Maxim Artyom Denis Igor "
   "Kirill Anton Boris Viktor Grigori Stanislav Yevgeni Vadim Gleb Timofei Arkadi Leonid",
   "Anastasia Yekaterina Olga Tatiana Natalia Svetlana Irina Yelena Marina Ksenia Darya Polina Alina Vera "
   "Nadezhda Lyudmila Galina Yulia Veronika Elizaveta Varvara Zlata Yevgenia Alyona Kira Vasilisa",
   "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fyodorov Morozov Volkov "
   "Alexeyev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin "
   "Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Vorobyov Sergeyev Kuzmin Frolov Alexandrov "
   "Dmitriev Korolev Gusev Kiselev Ilyin Polyakov Sorokin Vinogradov Kovalev Belov Medvedev Tarasov Zhukov "
   "Baranov Komarov Davydov Gerasimov Bogdanov Osipov Sidorov Matveyev Titov Kulikov Karpov Vlasov "
   "Melnikov Denisov Gavrilov Tikhonov Kazakov Danilov Fomin Chernov Abramov Kalinin Isaev Voronin Klimov "
   "Lazarev Golubev Naumov Potapov Sobolev Yermakov Kotov Gromov Panov Galkin Skvortsov Nesterov Tsvetkov "
   "Krasnov Demidov Rybakov Lobanov Borodin Bobrov Zhdanov Lavrov Drozdov Ustinov Larin Serov")

_o("ukrainian",
   "Oleksandr Andriy Serhiy Volodymyr Mykola Vasyl Yuriy Bohdan Taras Dmytro Oleh Ihor Vitaliy Maksym "
   "Yaroslav Mykhailo Petro Ostap Danylo Artem Nazar Vadym Denys Ruslan Stepan Yevhen Roman",
   "Olena Oksana Iryna Nataliya Tetiana Yuliya Kateryna Svitlana Halyna Lyudmyla Mariya Viktoriya "
   "Anastasiya Daryna Solomiya Khrystyna Zoryana Oleksandra Ulyana Bohdana Vira Nadiya Larysa Inna Yana "
   "Myroslava Lesya Hanna",
   "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Koval Boyko Kovalchuk Oliynyk Shevchuk Polishchuk "
   "Lysenko Marchenko Moroz Melnyk Savchenko Rudenko Petrenko Klymenko Pavlenko Ponomarenko Tkachuk "
   "Kravchuk Kuzmenko Levchenko Savchuk Hnatyuk Honcharenko Vasylenko Zinchenko Hrytsenko Yurchenko "
   "Ostapenko Didenko Lytvynenko Karpenko Sydorenko Kovalskyi Ivanyshyn Hrytsak Dovzhenko Vovk Fedorchuk "
   "Romanyuk Symonenko Horbunov Zaporozhets Kolomiyets Mazurenko Ruban Yatsenko Humeniuk Chornovol Dmytrenko")

_o("arabic",
   "Mohammed Ahmad Omar Khaled Youssef Karim Tarek Samir Walid Nabil Hassan Hussein Mahmoud Ibrahim Rami "
   "Fadi Ziad Amir Jamal Majid Rashid Sami Yasser Adel Firas Anas Mazen Jihad Nizar Osama Bassam",
   "Fatima Aisha Layla Mariam Nour Yasmin Rania Salma Huda Lina Dina Hana Amira Samira Leila Rana Reem Noura "
   "Dalia Farah Jana Malak Heba Widad Zahra Lamia Rasha Soha Ghada Abeer Manal",
   "Al-Sayed El-Amin Ben_Ali Haddad Khalil Mansour Nasser Saleh Hamdan Aziz Farouk Qasim Darwish Kassem "
   "Suleiman Yousef Rahman Abdullah Sabbagh Khoury Nassar Barakat Hijazi Taha Jaber Abboud Salameh Sharif "
   "Karam Awad Atallah Chahine Boutros Abou-Khalil El-Masri Al-Hashimi Bakri Zaki Moussa Hamadeh Issa "
   "Omari Al-Khatib El-Zein Mrad Ghanem Haidar Khaddour Shalaby Badawi Mahfouz")

_o("kurdish",
   "Azad Rojhat Dilshad Baran Zana Serhat Rebaz Aram Karwan Shvan Hemin Hawre Dara Sirwan Berzan Kawa Rêbîn "
   "Diyar Ferhad Şoreş Agit Welat Mazlum Newroz Bawer Heval",
   "Rojda Berfin Dilan Nazdar Avin Jiyan Hêvî Rojin Zilan Helin Berivan Gulistan Delal Nesrin Şîrîn Zozan "
   "Ronahî Viyan Nûda Narîn Bêrîvan Jînda Evîn Sosin Hêja",
   "Amedi Zebari Doski Mizuri Hawrami Kurdi Xoshnaw Jaf Rekani Berwari Sindi Goyi Bradosti Herki Mergasori "
   "Baban Dizayee Gerdi Zaxoyî Botanî Cizîrî Mardînî Şêxo Dersimi Ertuşi Hewrami Kobani Qerecdaxi Sorani "
   "Bilbas Mukriyani")

_o("persian",
   "Reza Mehdi Hossein Dariush Kourosh Babak Arash Behnam Farhad Kaveh Navid Omid Payam Pouya Ramin Saeed "
   "Shahram Siavash Parsa Arman Milad Bijan Hamid Majid Peyman Nima Kian Sina",
   "Shirin Parisa Mahsa Nasrin Mina Roya Sahar Setareh Shiva Tara Yasaman Ziba Azadeh Bahar Golnaz Mahnaz "
   "Mitra Nazanin Neda Niloufar Pegah Sanaz Soraya Fereshteh Ladan Maryam Tahmineh Afsaneh",
   "Ahmadi Hosseini Mohammadi Karimi Rezaei Moradi Rahimi Jafari Mousavi Hashemi Ghorbani Sadeghi Kazemi "
   "Rostami Tehrani Esfahani Shirazi Tabrizi Farahani Bahrami Soltani Najafi Amini Akbari Nazari Ebrahimi "
   "Zamani Ghasemi Heidari Salehi Asadi Nikpour Firouzi Golzari Yazdani Khorasani Mirzaei Darvishi "
   "Rahmani Sharifi Jahangiri Sohrabi Farzaneh Kashani")

_o("greek",
   "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasilis Athanasios Michalis "
   "Evangelos Spyros Stavros Thanos Yannis Kostas Nikos Petros Alexandros Theodoros Stelios Manolis "
   "Lefteris Apostolos Aris Giorgos Vangelis",
   "Eleni Katerina Dimitra Ioanna Vasiliki Angeliki Despina Chrysa Eftychia Paraskevi Fotini Athina Stella "
   "Konstantina Evangelia Zoe Ourania Myrto Danai Xanthi Kalliopi Niki Sotiria Efthymia Anthi Kiki Theodora",
   "Papadopoulos Papadakis Georgiou Nikolaidis Pappas Vlachos Konstantinidis Dimitriou Ioannidis Karagiannis "
   "Oikonomou Makris Alexiou Christodoulou Papageorgiou Antoniou Theodorou Vasileiou Anagnostou Kyriakidis "
   "Panagiotopoulos Stavrou Mavridis Athanasiou Lambrou Kotsis Galanis Sotiropoulos Triantafyllou Chatzis "
   "Petridis Raptis Zervas Fotopoulos Kalogeropoulos Manolakis Spanos Tsakiris Nikolaou Karalis Vlachakis "
   "Dimopoulos Andreadis Mitsotakis Katsaros")

_o("balkan",
   "Marko Nikola Ivan Milan Dragan Goran Zoran Nenad Dejan Miloš Aleksandar Bojan Darko Mladen Tomislav "
   "Josip Ante Dario Emir Haris Kenan Edin Mirza Tarik Damir Matej Jure Blaž Žiga Vuk Stjepan Vedran",
   "Jelena Milica Ivana Marija Dragana Snežana Jovana Nina Sanja Vesna Gordana Tijana Mirela Lejla Amra Emina "
   "Selma Aida Azra Merima Lana Mateja Špela Tjaša Nika Branka Dubravka Ljiljana Vanja Zrinka",
   "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović "
   "Kovačević Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Tomić Božić Pavić Radić Šimić "
   "Mehmedović Hodžić Hadžić Begić Delić Mujić Husić Alić Bešić Zukić Karić Omerović Krajnc Zupan Vidmar "
   "Golob Potočnik Mlakar Kranjc Grgić Lovrić Matić Vukić Blažević Filipović Mandić")

_o("albanian",
   "Arben Besnik Driton Fatos Gëzim Ilir Kastriot Leutrim Arbër Blerim Dardan Endrit Festim Granit Valon "
   "Ylli Agron Alban Bujar Edon Fisnik Mentor Shkëlzen Visar Drilon Labinot Flamur",
   "Albana Arta Besa Blerta Drita Elona Fjolla Lirie Merita Mimoza Rina Shqipe Teuta Valbona Vjosa Egzona "
   "Ardita Donika Flutura Jeta Lindita Qëndresa Albulena Dafina Fatbardha Lumturie",
   "Hoxha Krasniqi Berisha Gashi Shala Morina Bytyqi Kelmendi Rexhepi Hasani Sylejmani Ahmeti Kastrati "
   "Dushku Thaçi Leka Tahiri Hajdari Ramadani Zeqiri Osmani Bajrami Halili Kuqi Selimi Imeri Xhaferi "
   "Ismaili Aliu Demiri Krasniqi Mehmeti Jashari Topalli Dervishi Lushaj Gjoka")

_o("romanian",
   "Andrei Alexandru Mihai Ionuț Cristian Florin Bogdan Cătălin Dragoș Marius Ovidiu Radu Sorin Vlad "
   "Tudor Lucian Răzvan Ciprian Costin Horia Mircea Octavian Emil Silviu Traian",
   "Ioana Andreea Mihaela Gabriela Diana Roxana Raluca Oana Corina Adriana Bianca Larisa Daniela Loredana "
   "Ramona Denisa Iulia Camelia Anca Ilinca Sorina Georgiana Alexandra Cosmina Otilia",
   "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Moldovan "
   "Lungu Barbu Florea Dinu Ene Cristea Toma Sandu Mocanu Ursu Nistor Dobre Dragomir Preda Neagu Voicu "
   "Enache Iordache Mihăilescu Petrescu Georgescu Vasilescu Tănase Chirilă Bălan Căpraru Dumitrescu "
   "Stănescu Manole Oprea Zamfir")

_o("czech",
   "Petr Tomáš Jakub Pavel Jiří Lukáš Ondřej Michal Vojtěch Filip Miroslav Zdeněk Jaroslav Radek Vít Matěj "
   "Štěpán Karel Vladimír Libor Přemysl Bořivoj Vratislav Dušan",
   "Jana Hana Lucie Kateřina Tereza Markéta Lenka Barbora Kristýna Zuzana Alena Jitka Michaela Pavla Šárka "
   "Klára Adéla Eliška Radka Dagmar Blanka Vendula Libuše Věra",
   "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek Jelínek "
   "Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Blažek Kříž Kovář Bartoš Vlček "
   "Polák Musil Kopecký Šimek Konečný Malý Holub Štěpánek Kadlec Vávra Bureš Havlíček Skála Hrubý")

_o("hungarian",
   "László István Zoltán Gábor Attila Balázs Tamás Csaba Ferenc Sándor Levente Bence Máté Gergely Zsolt "
   "Miklós Áron Botond Kristóf Norbert Lajos Imre Tibor Géza",
   "Zsófia Eszter Katalin Ágnes Krisztina Réka Dóra Anikó Erzsébet Ildikó Judit Orsolya Zsuzsanna Nóra "
   "Boglárka Fanni Lilla Viktória Hajnalka Enikő Tímea Csilla Vivien Piroska Gizella",
   "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
   "Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Gál Szűcs Kocsis Pintér Fodor Szalai Sipos Lukács "
   "Gulyás Biró Katona Jakab Boros Fazekas Kelemen Antal Somogyi Orosz Fülöp Veres Vincze Hegedűs Deák "
   "Bálint Illés Vass Szőke Fábián Lengyel Bognár Szekeres Halász Székely")

_o("dutch",
   "Jan Pieter Daan Sem Bram Thijs Ruben Stijn Jeroen Sander Bas Maarten Wouter Joost Koen Gijs Niels Teun "
   "Floris Hendrik Willem Jasper Sjoerd Rutger Marijn Tijmen Hidde",
   "Sanne Lotte Anouk Femke Fleur Iris Marloes Ilse Lieke Noor Saskia Maaike Inge Wilma Marieke Janneke "
   "Yvonne Annelies Tessa Lisanne Merel Jozefien Geertje Hanneke Renske Mieke",
   "de_Jong Jansen de_Vries van_den_Berg van_Dijk Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos "
   "Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden "
   "Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn van_der_Heijden "
   "Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal "
   "Prins Blom Huisman ter_Horst Kuipers Veenstra Postma Bakhuizen Zwart Timmermans")

_o("french",
   "Pierre Nicolas Julien Antoine Mathieu Guillaume Romain Sébastien Alexandre Maxime Benoît Olivier Laurent "
   "François Étienne Hugo Louis Théo Clément Baptiste Arnaud Cyril Gaël Jérôme Yannick Thierry Aurélien "
   "Gaëtan Loïc Rémi",
   "Camille Manon Chloé Léa Inès Juliette Émilie Élodie Aurélie Céline Sandrine Nathalie Isabelle Mathilde "
   "Pauline Margaux Clémence Amandine Hélène Océane Anaïs Solène Maëlle Brigitte Véronique Agathe Capucine "
   "Ségolène Gaëlle Apolline",
   "Bernard Dubois Robert Richard Petit Durand Leroy Moreau Lefebvre Bertrand Roux Fournier Morel Girard "
   "Lefèvre Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Guérin Roussel Perrin Morin "
   "Gauthier Dumont Fontaine Chevalier Masson Boyer Lemaire Duval Joly Gautier Roche Meunier Marchand "
   "Dufour Blanchard Barbier Brunet Leroux Renard Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud "
   "Lemoine Picard Gaillard Lacroix Fabre Dupuis Le_Gall de_la_Fontaine Le_Roux Rivière Deschamps")

_o("spanish",
   "Alejandro Javier Carlos Miguel Pablo Sergio Jorge Diego Álvaro Adrián Raúl Iván Rubén Óscar Manuel "
   "Fernando Andrés Gonzalo Ignacio Íñigo Xavier Jordi Pau Unai Asier Borja Joaquín Rodrigo",
   "Lucía Carmen Paula Alba Cristina Raquel Irene Nerea Ainhoa Pilar Rocío Nuria Montserrat Leire "
   "Inmaculada Beatriz Noelia Itziar Begoña Marta Sonia Amaia Maite Mercedes Consuelo Lorena",
   "García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz "
   "Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Gil Ramírez Serrano "
   "Molina Morales Suárez Ortega Delgado Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés "
   "Castillo Lozano Guerrero Cano Prieto Méndez Herrera Peña Márquez Cabrera Gallego Calvo Vega Fuentes "
   "Carrasco Caballero Nieto Aguilar Ibáñez Ferrer Durán Benítez Velasco Soler Etxeberria Goikoetxea Puig "
   "Vilanova del_Río de_la_Cruz")

_o("portuguese",
   "João Pedro Tiago Rui Nuno Ricardo Diogo André Gonçalo Hugo Vasco Duarte Luís Paulo Joaquim Fábio "
   "Thiago Gabriel Matheus Rafael Felipe Afonso Martim Caio Leandro",
   "Ana Mariana Inês Catarina Joana Rita Teresa Leonor Carolina Filipa Margarida Sílvia Patrícia Vanessa "
   "Fernanda Juliana Larissa Camila Letícia Bruna Beatriz Matilde Daniela Graça Conceição",
   "Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques "
   "Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro "
   "Cardoso Rocha Neves Coelho Cunha Pires Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares "
   "Lourenço Figueiredo Azevedo Freitas da_Silva dos_Santos Magalhães Baptista Guimarães")

_o("nordic",
   "Lars Erik Anders Johan Magnus Nils Olof Björn Mikael Karl Fredrik Jens Søren Rasmus Mads Kasper Torben "
   "Espen Håkon Sindre Eirik Gunnar Stig Leif Emil Oskar Axel Vidar Ragnar",
   "Ingrid Astrid Sigrid Linnea Maja Elin Frida Ebba Kirsten Mette Pernille Sofie Freja Signe Ingeborg "
   "Solveig Silje Kari Hanne Marit Tove Birgitta Annika Malin Ylva Ragnhild Gro Agnes",
   "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
   "Jonsson Lindberg Lindström Lindqvist Lundgren Berglund Bergström Holm Sandberg Nyström Forsberg Hansen "
   "Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Karlsen Haugen Halvorsen Bakken "
   "Solberg Dahl Rasmussen Christensen Sørensen Mortensen Madsen Kjær Nygaard Eide Lund Sundberg Engström")

_o("finnish",
   "Mikko Juha Jari Timo Antti Matti Pekka Janne Petri Ville Jussi Tuomas Lauri Eero Aleksi Olli Sami Teemu "
   "Heikki Kalle Joonas Niko Markku Eetu Onni",
   "Aino Eeva Leena Päivi Sanna Hanna Tiina Minna Riikka Katja Satu Outi Kaisa Elina Noora Aada Emmi Venla "
   "Helmi Sini Milla Liisa Pirjo Tuula Veera",
   "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
   "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen "
   "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Leinonen Hiltunen Miettinen "
   "Väisänen Pitkänen Aaltonen Manninen Halonen Ojala")

_o("english",
   "Oliver Harry George Jack Charlie James Henry Oscar Alfie Joshua Daniel Samuel Benjamin Matthew Luke "
   "Ryan Callum Jamie Ben Tom Rob Chris Nick Stuart Graham Nigel Ian Mark Andrew David Richard Philip "
   "Edward Rupert Toby Archie Freddie Alfred Hugh Dominic Jonathan Tristan Joe Dan Sam Alex Josh Lewis "
   "Harvey Elliot Jason Darren Wayne Keith Trevor Colin Derek Malcolm Geoffrey Clive Roger Neil Gavin "
   "Russell Simon Adam Nathan Reece Jake Kieran Ashley",
   "Olivia Amelia Ava Emily Sophie Lily Ella Poppy Freya Charlotte Evie Jessica Daisy Alice Ruby Chloe Holly "
   "Rebecca Hannah Lucy Eleanor Harriet Imogen Florence Phoebe Rosie Abigail Lauren Bethany Georgia Katie "
   "Jade Stacey Gemma Kirsty Joanne Claire Helen Sarah Rachel Victoria Natalie Jennifer Karen Tracey Julie "
   "Deborah Susan Margaret Pauline Janet Gillian Beverley Lorraine Becky Zoe Amy Leanne Kerry Mandy Elsie "
   "Matilda Edith",
   "Smith Taylor Wilson Johnson Robinson Thompson Wright Edwards Hall Harris Clarke Jackson Morris Clark "
   "Allen Scott Watson Parker Bennett Carter Shaw Chapman Ellis Webb Rogers Gray Dawson Holmes Payne "
   "Pearson Atkinson Barnes Fletcher Cartwright Whitfield Ashworth Pemberton Hargreaves Ramsbottom "
   "Sutcliffe Entwistle Openshaw Thornton Lockwood Haworth Bradshaw Kershaw Greenwood Pickering Whitehead "
   "Oldroyd Bairstow Brotherton Illingworth Crowther Fairclough Postlethwaite Huddleston Beckwith Hutchinson "
   "Wilkinson Barker Gibson Harrison Lawrence Knowles Simpson Newton Holloway Blackburn Fenwick Ainsworth "
   "Marsden Pilkington Heywood Rowbotham Stansfield Dobson Tennant Jarvis Appleby Wainwright")

_o("american",
   "Tyler Brandon Austin Cody Kyle Dustin Travis Logan Ethan Jacob Aiden Jayden Caleb Landon Wyatt Colton "
   "Garrett Bryce Brett Chad Randy Dwayne Marcus DeShawn Jamal Tyrone Andre Malik Bradley Zachary Tanner "
   "Hayden Mitchell Spencer Chandler",
   "Madison Brittany Ashley Kayla Courtney Amber Heather Tiffany Kaitlyn Brianna Savannah Peyton Aubrey "
   "Harper Avery Addison Mackenzie Kelsey Lindsey Shelby Kimberly Crystal Jasmine Aaliyah Imani Keisha "
   "Latoya Brooke Kendra Danielle Alexis Haley Jenna Sierra Cheyenne",
   "Anderson Davis Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Nelson Mitchell Campbell Roberts "
   "Phillips Collins Stewart Murphy Peterson Cooper Reed Bailey Kelly Howard Cox Richardson Brooks Myers "
   "Foster Sanders Ross Powell Sullivan Russell Jenkins Perry Henderson Coleman Simmons Patterson Jordan "
   "Reynolds Hamilton Wallace Griffin Hayes Bryant Stevens Murray Ford Owens Kennedy Wells Olson Washington "
   "Tucker Freeman Burns Snyder Crawford Porter Gordon Wagner Hicks Dixon Palmer Boyd Mills Warren Nichols "
   "Weaver Daniels Stephens Gardner Dunn Pierce Hawkins Elliott Cunningham Bradley Kowalczyk Schultz "
   "Lindqvist Jablonski Novotny Hollister Whitaker McAllister")

_o("irish",
   "Seán Ciarán Oisín Cian Darragh Eoin Pádraig Conor Niall Colm Fionn Tadhg Diarmuid Ruairí Cathal Dónal "
   "Fergal Declan Rory Shane Aidan Killian Cormac Enda Brendan Donncha Cillian Senan",
   "Aoife Niamh Siobhán Saoirse Caoimhe Róisín Orla Clodagh Sinéad Gráinne Ciara Aisling Éabha Méabh "
   "Fionnuala Deirdre Bríd Laoise Nuala Ailbhe Muireann Úna Éadaoin Sorcha Bronagh Aoibheann Sadhbh",
   "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher "
   "O'Doherty Lynch Quinn McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan Burke Fitzgerald "
   "Maguire Nolan Flynn O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea Sweeney Kavanagh McGrath "
   "Moran Brady Casey Foley Fitzpatrick O'Leary McDonnell MacMahon Donnelly Regan Donovan Ó_Súilleabháin "
   "Mac_Giolla_Phádraig Ó_Briain Ó_Conaill Ó_Ceallaigh Tierney Cullinane Mulcahy Keohane")

_o("scottish",
   "Angus Alasdair Hamish Ewan Fraser Lachlan Finlay Euan Murdo Duncan Fergus Ruaridh Innes Struan Calum "
   "Gregor Alistair Kenneth Douglas Blair Graeme Iain Ross Craig Torquil Gordon",
   "Morag Eilidh Mhairi Catriona Ailsa Shona Iona Skye Fiona Rhona Kirsteen Elspeth Moira Sheena Lorna "
   "Seonaid Marsaili Ishbel Jessie Isla Kirstin Mairead Senga Effie",
   "MacDonald MacLeod Stewart Robertson Thomson MacKenzie Reid Paterson Fraser Morrison Gordon Kerr "
   "Cameron Duncan Ferguson Sinclair McIntyre McLean Munro MacGregor Buchanan Drummond Fergusson Baird "
   "Lindsay MacKay Sutherland McIntosh Gillies Urquhart Menzies Dalgleish Ritchie Mackintosh Lamont "
   "McPherson Galbraith Ogilvie Chisholm Cruickshank")

_o("welsh",
   "Rhys Dafydd Gethin Owain Gareth Iwan Emyr Huw Aled Bryn Carwyn Dylan Ieuan Llŷr Meirion Rhodri Siôn "
   "Tomos Geraint Gwyn Idris Osian Cai Elis Hefin",
   "Cerys Seren Ffion Carys Bethan Rhian Siân Angharad Nia Lowri Eleri Gwen Mali Elin Catrin Heledd "
   "Mererid Tegan Glesni Awen Enfys Gwenllian Llinos Nerys Sioned",
   "Jones Williams Davies Evans Thomas Roberts Lewis Hughes Morgan Griffiths Owen Rees Jenkins Lloyd "
   "Pritchard Parry Powell Vaughan Bowen Pugh Howells Llewellyn Prosser Probert Gwynne Meredith Beddoe "
   "ap_Rhys Bevan Cadwaladr Gruffydd Humphreys Maddock Rowlands Tudor Watkins Wynn Prydderch")

_o("indian",
   "Arjun Rohan Vikram Aditya Rahul Sanjay Rajesh Amit Anil Suresh Vivek Karthik Nikhil Pranav Rakesh "
   "Harish Deepak Manoj Ravi Sandeep Varun Siddharth Ishaan Aarav Kabir Gurpreet Harpreet Rajiv",
   "Priya Ananya Divya Kavya Pooja Neha Shreya Aishwarya Lakshmi Meera Deepika Anjali Sunita Geeta Rekha "
   "Swati Nisha Ritu Shalini Sneha Aditi Isha Tanvi Riya Sanjana Jaspreet Manpreet",
   "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Mehta Desai Kapoor Malhotra Chopra "
   "Agarwal Banerjee Chatterjee Mukherjee Bose Pillai Krishnan Subramanian Venkatesan Naidu Kulkarni "
   "Deshpande Pandey Mishra Tiwari Verma Srivastava Saxena Bhatt Trivedi Chaudhary Sethi Bhatia Gill "
   "Dhillon Grewal Ahluwalia Raghavan Bhattacharya")

_o("pakistani",
   "Muhammad Ahmed Usman Bilal Hamza Faisal Imran Kamran Zeeshan Asad Adnan Tariq Shahid Waqar Junaid Omer "
   "Saad Haris Zain Fahad Rizwan Naveed Irfan Arslan Nadeem Danish Shoaib",
   "Ayesha Sana Hira Mehwish Sadia Nadia Rabia Amna Zainab Iqra Saima Uzma Kiran Bushra Samina Nazia Shazia "
   "Anum Mahnoor Aiman Hafsa Javeria Sidra Alishba Mehreen",
   "Khan Qureshi Malik Chaudhry Butt Awan Siddiqui Sheikh Hussain Raza Akhtar Iqbal Rashid Mirza Baig "
   "Abbasi Ansari Hashmi Bukhari Gilani Javed Aslam Rehman Anwar Saleem Nawaz Bhatti Cheema Warraich Rana "
   "Janjua Jatoi Khattak Yousafzai Durrani Afridi Niazi Zaidi Naqvi Rizvi Jafri")

_o("nigerian",
   "Chinedu Emeka Obinna Ikenna Tunde Babatunde Olumide Segun Femi Oluwaseun Chukwuemeka Uchenna Nnamdi "
   "Ifeanyi Adebayo Kayode Ayodele Musa Abubakar Sani Tobi Chidi Emmanuel Obafemi Kelechi",
   "Ngozi Chioma Adaeze Nneka Amaka Chiamaka Ifeoma Uchechi Folake Funmilayo Yetunde Bukola Titilayo "
   "Omolara Halima Hauwa Kemi Ronke Temitope Damilola Ebere Ijeoma Adanna Oluchi Nkechi",
   "Okafor Okonkwo Eze Nwosu Obi Okeke Chukwu Nwachukwu Onyekachi Adeyemi Ogunleye Olawale Balogun "
   "Oyelaran Adewale Ogundipe Bello Danjuma Usman Ibekwe Nnadi Onuoha Uzor Ezeh Ikechukwu Afolabi Akinola "
   "Oladipo Oyebanji Fashola Olatunji Ekwueme Anyanwu Okoro Emenike Ojo Akande Adeleke Onyeama")

_o("ghanaian",
   "Kwame Kofi Kwabena Kwaku Yaw Kwesi Kojo Kwadwo Nana Ebo Fiifi Kobina Selorm Elikem Edem Mawuli Nii "
   "Kpakpo Kweku Yao",
   "Ama Akua Abena Adwoa Yaa Afua Efua Esi Akosua Adjoa Araba Ekua Maame Naa Dzifa Enyonam Esinam Mawusi "
   "Akorfa Afia Dede Korkor",
   "Mensah Boateng Owusu Asante Osei Agyeman Appiah Acheampong Amoah Addo Ansah Antwi Badu Darko Donkor "
   "Frimpong Gyamfi Kuffour Nkrumah Ofori Opoku Sarpong Tetteh Quaye Quartey Lartey Ankrah Amponsah Adjei "
   "Bonsu Danquah Agyei Ntim Oppong Yeboah Awuah Asamoah Fosu")

_o("kenyan",
   "Baraka Juma Kamau Otieno Kibet Kiprono Omondi Ochieng Onyango Njoroge Mutua Wafula Kimani Mugo Macharia "
   "Kiprotich Korir Wekesa Oduor Kiptanui",
   "Wanjiru Akinyi Achieng Nyambura Wambui Njeri Atieno Chebet Jepkoech Moraa Kemunto Nafula Wairimu Awino "
   "Adhiambo Muthoni Wangari Jeptoo Kerubo Nasimiyu",
   "Mwangi Kariuki Odhiambo Wanjala Kiplagat Chepkoech Rotich Keter Koech Langat Cheruiyot Maina Mburu "
   "Githinji Ndungu Wambugu Nyaga Muriuki Owino Okoth Ouma Barasa Simiyu Nyamweya Gitau Kiptoo Karanja "
   "Omollo Njenga Kilonzo")

_o("chinese",
   "Wei Jun Hao Lei Tao Jian Ming Yong Qiang Bo Feng Gang Jie Kai Liang Peng Rui Zhi Zihan Haoran Yichen "
   "Jiahao Zhiwei Ka-ho Chi-keung Wai-lun Zhen",
   "Xiu Ying Mei Fang Jing Hong Yan Xia Ling Hui Qing Yun Jia Xue Yue Lina Xinyi Yuxin Zixuan Shuang "
   "Meiling Xiaoyu Siu-man Wing-yan Ka-yan",
   "Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Xie Han Feng Deng Cao "
   "Peng Zeng Xiao Tian Dong Yuan Cai Jiang Cheng Shen Zhong Cui Wong Chan Leung Cheung Lau Kwok Chow "
   "Tsang Yip Fung Ma Li Lu")

_o("japanese",
   "Haruto Yuto Sota Yuki Hiroshi Takashi Kenji Daiki Ryo Shota Takumi Kenta Naoki Kazuki Koji Satoshi "
   "Makoto Tetsuya Yusuke Daisuke Akira Kaito Riku Hayato Sho",
   "Yui Aoi Hina Sakura Yuna Mio Haruka Ayaka Misaki Nanami Yuko Keiko Akiko Tomoko Naoko Emi Rina Saki "
   "Kaori Megumi Chihiro Asuka Mayumi Noriko Hitomi",
   "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
   "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Yamashita Ishikawa "
   "Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii "
   "Nishimura Fukuda Miura Takeuchi Nakano Harada")

_o("korean",
   "Min-jun Seo-jun Ji-ho Do-yun Ha-jun Joon-ho Sung-min Hyun-woo Jae-won Dong-hyun Tae-yang Ji-hoon "
   "Woo-jin Sang-hoon Young-ho Kyung-soo Jin-woo Seung-hyun Jun-seo Yong-jun",
   "Seo-yeon Ji-woo Ha-eun Min-seo Soo-ah Ji-yeon Eun-ji Hye-jin Yu-na Su-bin Da-eun Ye-jin Min-ji "
   "Hyun-jung So-young Jae-hee Eun-young Na-yeon Ji-min Chae-won",
   "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Jeon Hong Yoo Ko Yang Bae "
   "Baek Heo Shim Noh Kwak Sung Cha Joo Koo Ryu Jin Moon")

_o("vietnamese",
   "Minh Huy Khang Nam Phúc Quân Tuấn Dũng Hùng Cường Thắng Hải Việt Đức Hoàng Bảo Khoa Trung Thành Vinh "
   "Tâm Quang Hiếu Duy Khánh",
   "Linh Hương Trang Thảo Ngọc Anh Hoa Nhung Phương Thu Hằng Yến Vy Nhi Quỳnh Tuyết Diệp Hạnh Loan Xuân "
   "Châu Hiền Giang Oanh Thúy",
   "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lâm Cao Lương "
   "Trương Quách Kiều Tăng Lạc")

_o("filipino",
   "Paolo Rommel Jericho Jomar Arnel Reynaldo Rodel Ramil Jayson Jerome Angelo Carlo Emmanuel Danilo "
   "Rolando Edgardo Ronaldo Efren Noel Benjie Jun-jun Bienvenido",
   "Maricel Rowena Jocelyn Marites Liezl Jovelyn Rhea Charmaine Kristine Angelica Mylene Lorna Arlene "
   "Analyn Rosalie Erlinda Marilou Gemma Jonalyn Divina Luzviminda",
   "Reyes Cruz Bautista Ocampo Mendoza Tomas Andrada Flores Villanueva Ramos Castro Rivera Aquino Salazar "
   "Mercado Gonzales Manalo Dizon Soriano Pascual Marquez Domingo Panganiban Macaraeg Magbanua "
   "Dimaculangan Pangilinan Lacson Dela_Cruz De_Guzman Del_Rosario Bernardo Gatchalian Tolentino Mangubat "
   "Sarmiento Evangelista")

_o("ethiopian",
   "Abebe Dawit Yonas Tesfaye Bereket Henok Mulugeta Girma Tewodros Kidus Natnael Biniyam Yared Getachew "
   "Eyob Fitsum Mekonnen Ermias Abel Yohannes",
   "Tigist Hiwot Meron Selam Bethlehem Mahlet Liya Saba Tsion Kalkidan Meseret Feven Selamawit Yordanos "
   "Senait Almaz Birtukan Etenesh Mekdes Rediet",
   "Bekele Haile Alemu Tadesse Wolde Mengistu Kebede Negash Desta Ayele Assefa Tekle Gebre Berhane Lemma "
   "Worku Asfaw Demissie Tilahun Woldemariam Gebremedhin Hailu Taye Abera Gebeyehu")

_o("baltic",
   "Mindaugas Darius Giedrius Vytautas Andrius Mantas Aurimas Rokas Karolis Dainius Jānis Andris Mārtiņš "
   "Edgars Kristaps Raimonds Artūrs Ģirts Toomas Priit Rein Margus Jaan Tõnu",
   "Rūta Eglė Jurgita Ieva Gintarė Aistė Austėja Dace Ilze Inese Līga Sanita Kristīne Zane Anete Liis Kadri "
   "Triin Kristiina Piret Kärt Maarja",
   "Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas "
   "Kavaliauskas Bērziņš Kalniņš Ozoliņš Jansons Liepiņš Krūmiņš Zariņš Vītols Tamm Saar Mägi Kask Kukk "
   "Rebane Ilves Pärn Koppel Lepik")

# surnames that are ordinary words
WORD_SURNAMES = {
    "en": _l("Baker Hunter Fox Rose May Young King Cook Hope Frost Stone Price Little Wood Bird Bell Mason Miller "
             "Fisher Brown Green Field Walker White Black Swan Finch Glass Park Marsh Hill Lane Rivers Banks Ward "
             "Page Knight Bishop Carpenter Potter Turner Shepherd Archer Butler Singer Sharp Wise Gold Silver Moss "
             "Reed Brook Woods Grant Steel Hart Lamb Crane Sparrow Chambers Gardener Fowler Weaver Mills Cross"),
    "de": _l("Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Lange Schneider Fischer Weber "
             "Müller Hahn Mai Sonntag Kaiser Richter Schäfer Zimmermann Braun Schwarz Weiß Berg Stein Busch Engel "
             "Hase Adler Specht Fink Strauß Graf Keller Schuster Meister Frost Kühn Fröhlich Freund Jung Groß Kurz "
             "Sauer Bär Löwe Nagel Hammer Hecht Storch Held"),
}

# listed double given names
DOUBLE_GIVEN = {
    "english": {"m": _l("John_Paul"), "f": _l("Lily-Rose Mary_Kate Sarah-Jane Anna-Marie")},
    "american": {"m": _l("Billy_Joe Bobby_Ray John_Michael"), "f": _l("Mary_Beth Sue_Ellen Mary_Kate Anna_Grace")},
    "irish": {"m": _l("Seán_Óg"), "f": _l("Mary_Kate")},
    "german": {"m": _l("Hans-Peter Karl-Heinz Jan-Hendrik Klaus-Dieter"),
               "f": _l("Anna-Lena Eva-Maria Marie-Luise Lisa-Marie Ann-Kathrin")},
    "austrian": {"m": _l("Hans-Jörg Franz-Josef"), "f": _l("Anna-Maria Eva-Maria")},
    "swiss": {"m": _l("Hans_Peter Jean-Marc Hans_Ulrich"), "f": _l("Anne-Marie Marie_Louise")},
    "french": {"m": _l("Jean-Luc Jean-Pierre Pierre-Yves Jean-Baptiste"),
               "f": _l("Marie-Claire Anne-Sophie Marie-Hélène")},
    "spanish": {"m": _l("José_Luis Juan_Carlos Juan_Pablo"), "f": _l("María_José Ana_Belén María_Pilar")},
    "portuguese": {"m": _l("João_Pedro José_Manuel"), "f": _l("Maria_João Ana_Rita")},
    "italian": {"m": _l("Gian_Marco"), "f": _l("Maria_Grazia Anna_Rita")},
}
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic"]
DOUBLE_PAIR = {"german": "-", "austrian": "-", "french": "-", "swiss": " ", "spanish": " ", "portuguese": " "}
DIACRITIC_LOSS = ["turkish", "polish", "balkan", "romanian", "czech", "hungarian", "vietnamese", "kurdish",
                  "albanian", "baltic"]

LANG_WEIGHTS = {
    "en": {"english": 30, "american": 22, "irish": 9, "scottish": 5, "welsh": 3, "indian": 3, "pakistani": 2,
           "nigerian": 2, "ghanaian": 1, "kenyan": 1, "chinese": 2, "polish": 1.5, "german": 2, "italian": 1.2,
           "french": 1.2, "spanish": 1, "portuguese": 0.6, "dutch": 0.6, "nordic": 0.6, "filipino": 0.8,
           "vietnamese": 0.6, "korean": 0.6, "japanese": 0.6, "arabic": 1, "turkish": 0.6, "greek": 0.5,
           "romanian": 0.6, "russian": 0.5, "ukrainian": 0.6, "persian": 0.5, "kurdish": 0.3, "balkan": 0.4,
           "albanian": 0.3, "czech": 0.3, "hungarian": 0.3, "finnish": 0.3, "ethiopian": 0.3, "baltic": 0.3,
           "austrian": 0.3, "swiss": 0.3},
    "de": {"german": 30, "austrian": 7, "swiss": 7, "turkish": 7, "polish": 4, "italian": 3, "russian": 2,
           "ukrainian": 2.5, "arabic": 3, "kurdish": 1.2, "persian": 1.2, "greek": 1.5, "balkan": 3,
           "albanian": 1.5, "romanian": 2, "czech": 1, "hungarian": 1, "dutch": 0.8, "french": 1.2,
           "spanish": 1, "portuguese": 0.8, "nordic": 0.6, "finnish": 0.3, "english": 1.2, "american": 0.6,
           "irish": 0.4, "scottish": 0.3, "welsh": 0.2, "indian": 1, "pakistani": 0.4, "nigerian": 0.5,
           "ghanaian": 0.4, "kenyan": 0.3, "chinese": 0.8, "japanese": 0.4, "korean": 0.4, "vietnamese": 0.8,
           "filipino": 0.3, "ethiopian": 0.4, "baltic": 0.3},
}
COUNTRY_BOOST = {
    "DE": {"german": 1.8}, "AT": {"austrian": 6, "german": 0.6}, "CH": {"swiss": 6, "german": 0.5, "italian": 1.5,
                                                                     "french": 1.5, "albanian": 1.5, "portuguese": 1.5},
    "GB": {"english": 1.5, "scottish": 1.5, "welsh": 1.5, "indian": 1.3, "pakistani": 1.5, "american": 0.3},
    "US": {"american": 2.5, "english": 0.5, "chinese": 1.3, "spanish": 1.5, "filipino": 1.5, "korean": 1.5},
    "IE": {"irish": 5, "american": 0.3, "polish": 1.5, "nigerian": 1.2},
    "FR": {"french": 60}, "NL": {"dutch": 60}, "IT": {"italian": 60},
}
WORD_ORIGINS = {"en": [("english", 45), ("american", 35), ("irish", 10), ("scottish", 10)],
                "de": [("german", 60), ("austrian", 20), ("swiss", 20)]}
WORD_P = 0.08


def fold(s):
    rep = {"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "æ": "ae"}
    s = "".join(rep.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


GAELIC_F = {"Ó Súilleabháin": "Ní Shúilleabháin", "Ó Briain": "Ní Bhriain", "Ó Conaill": "Ní Chonaill",
            "Ó Ceallaigh": "Ní Cheallaigh", "Mac Giolla Phádraig": "Nic Giolla Phádraig"}
BALTIC_F = {"Kazlauskas": "Kazlauskienė", "Jankauskas": "Jankauskienė", "Petrauskas": "Petrauskienė",
            "Stankevičius": "Stankevičienė", "Vasiliauskas": "Vasiliauskienė", "Žukauskas": "Žukauskienė",
            "Butkus": "Butkienė", "Paulauskas": "Paulauskienė", "Urbonas": "Urbonienė",
            "Kavaliauskas": "Kavaliauskienė", "Bērziņš": "Bērziņa", "Kalniņš": "Kalniņa", "Ozoliņš": "Ozoliņa",
            "Jansons": "Jansone", "Liepiņš": "Liepiņa", "Krūmiņš": "Krūmiņa", "Zariņš": "Zariņa", "Vītols": "Vītola"}


def female_form(origin, s):
    if origin == "polish":
        for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("ec"):
            return s[:-2] + "cová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if origin == "russian":
        if s.endswith(("ov", "ev", "in", "yn")):
            return s + "a"
        return s
    if origin == "ukrainian":
        if s.endswith("skyi"):
            return s[:-4] + "ska"
        if s.endswith(("ov", "ev")):
            return s + "a"
        return s
    if origin == "greek":
        if s.endswith("idis"):
            return s[:-4] + "idou"
        if s.endswith("is"):
            return s[:-2] + "i"
        if s.endswith("os"):
            return s[:-2] + "ou"
        if s.endswith("as"):
            return s[:-2] + "a"
        return s
    if origin == "irish":
        return GAELIC_F.get(s, s)
    if origin == "baltic":
        return BALTIC_F.get(s, s)
    return s


def german_spelling(s):
    for a, b in (("ova", "owa"), ("eva", "ewa"), ("ov", "ow"), ("ev", "ew")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def relative_surname(last, origin, gender, _o2=None):
    """A relative's surname: the same family name in the relative's gender form."""
    if origin in ("polish", "czech", "russian", "ukrainian", "greek", "baltic", "irish"):
        # look the male form up again
        for base in O.get(origin, {"s": []})["s"]:
            for form in (base, female_form(origin, base), german_spelling(base),
                         german_spelling(female_form(origin, base))):
                if form == last or fold(form) == last:
                    m = base
                    if gender == "f":
                        m = female_form(origin, base)
                    if fold(last) == last and fold(m) != m:
                        m = fold(m)
                    if german_spelling(last) == last and last != form:
                        m = german_spelling(m)
                    return m
    return last


# ---------------------------------------------------------------- all listed parts, for checks and counts

def _all_given():
    out = []
    for o in O:
        out.extend(O[o]["m"])
        out.extend(O[o]["f"])
    for o in DOUBLE_GIVEN:
        out.extend(DOUBLE_GIVEN[o]["m"])
        out.extend(DOUBLE_GIVEN[o]["f"])
    return list(dict.fromkeys(out))


def _all_surnames():
    out = []
    for o in O:
        out.extend(O[o]["s"])
    out.extend(WORD_SURNAMES["en"])
    out.extend(WORD_SURNAMES["de"])
    return list(dict.fromkeys(out))


ALL_GIVEN = _all_given()
ALL_SURNAMES = _all_surnames()
LISTED_PARTS = set()
for _n in ALL_GIVEN + ALL_SURNAMES:
    for _w in _n.replace("-", " ").replace("'", " ").split():
        LISTED_PARTS.add(_w.lower())
        LISTED_PARTS.add(fold(_w).lower())
for _o_ in O:
    for _s in O[_o_]["s"]:
        for _f in (female_form(_o_, _s), german_spelling(_s), german_spelling(female_form(_o_, _s))):
            for _w in _f.replace("-", " ").split():
                LISTED_PARTS.add(_w.lower())
                LISTED_PARTS.add(fold(_w).lower())

COMMON_WORDS = set(_l(
    "the and for with from that this have will your our you are was were been into over under about after before "
    "order parcel store shop jacket shoes socks trousers backpack fleece hoody shirt rain down winter summer spring "
    "autumn monday tuesday friday sunday march april may june july august october november december january "
    "der die das und mit von für auf ist nicht bitte danke herr frau sehr geehrte grüße gruß hallo liebe lieber "
    "bestellung paket jacke hose schuh socken rucksack regen sommer winter frühling herbst märz mai juni juli "
    "montag dienstag freitag samstag sonntag talgrat alpen berg tal grat hütte wald wiese weg straße gasse platz "
    "bella nina tina lina mara sara dana lena rosa viola flora clara ella nella bruno mario carlo dino tino lino "
    "berger bergmann lindner brunner steiner gruber huber moser mayer maier meier richter wagner weber "
    "kira mira lara tara zara nora dora hanna anna emma olga inga helga anton karl otto hugo ugo "
    "amen omen aber oder oben unten innen aussen wiener salzburger grazer"))

ONSETS = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "k", "kl", "kr", "l", "m", "n", "p", "pr", "r", "s", "st",
          "t", "tr", "v", "w", "z", "ch", "sch", "j", "sv", "bl", "gl", "sl"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ei", "au", "ie", "y"]
MIDS = ["l", "n", "r", "m", "s", "t", "d", "v", "nd", "rt", "ls", "nt", "rk", "lv", "st", "ck", "rn"]
END_F = ["ina", "ella", "ara", "ine", "ia", "ette", "ika", "ena", "ola", "ida", "ora", "ilde", "ea"]
END_M = ["an", "o", "ric", "ard", "in", "us", "el", "or", "ian", "old", "ert", "em", "ias"]
END_S = ["mann", "berg", "ler", "er", "ow", "ski", "escu", "oglu", "inen", "son", "wick", "ford", "ell", "ey",
         "ing", "hofer", "ström", "ovic", "ides", "ani", "ez", "ak", "ot", "ens", "stedt", "ard"]


def _plaus(w):
    lw = fold(w).lower()
    v = "aeiouy"
    run_v = run_c = 0
    for ch in lw:
        if ch in v:
            run_v += 1
            run_c = 0
        else:
            run_c += 1
            run_v = 0
        if run_v >= 3 or run_c >= 4:
            return False
    for bad in ("aa", "ee", "ii", "oo", "uu", "yy", "ae", "oe", "ue", "ao", "iy", "yi", "uy", "wu", "jy"):
        if bad in lw:
            return False
    return 4 <= len(lw) <= 12


def invent(rng, kind, gender, avoid):
    """A name part from the syllable generator, in no list and no word list."""
    for _ in range(400):
        w = rng.choice(ONSETS) + rng.choice(VOWELS)
        if rng.random() < 0.55:
            w += rng.choice(MIDS) + rng.choice(VOWELS)
        if kind == "s":
            w += rng.choice(END_S)
        else:
            w += rng.choice(END_F if gender == "f" else END_M)
        w = w[0].upper() + w[1:]
        lw = w.lower()
        if not _plaus(w):
            continue
        if lw in LISTED_PARTS or fold(lw) in LISTED_PARTS or lw in COMMON_WORDS or lw in avoid:
            continue
        return w
    raise RuntimeError("no invented name")


def _pick_origin(rng, lang, country):
    ws = dict(LANG_WEIGHTS[lang])
    for k, m in COUNTRY_BOOST.get(country, {}).items():
        if k in ws:
            ws[k] = ws[k] * m
    names = list(ws.keys())
    return rng.choices(names, weights=[ws[n] for n in names])[0]


def _ok(parts, avoid):
    for p in parts:
        lp = p.lower()
        if lp in avoid or fold(lp) in avoid:
            return False
    return True


def draw_person(rng, lang, country, avoid, invent=False, noapos=False, swiss=False, gender=None, origin=None):
    fixed = origin
    for _ in range(2000):
        g = gender or rng.choice("mf")
        word = rng.random() < WORD_P and fixed is None
        if word:
            ol = WORD_ORIGINS[lang]
            origin = rng.choices([o for o, w in ol], weights=[w for o, w in ol])[0]
            last = rng.choice(WORD_SURNAMES[lang])
        else:
            origin = fixed or _pick_origin(rng, lang, country)
            last = rng.choice(O[origin]["s"])
        first = rng.choice(O[origin][g])
        flags = []
        if word:
            flags.append("word")
        # double given names
        if origin in DOUBLE_GIVEN and rng.random() < 0.05 and DOUBLE_GIVEN[origin][g]:
            first = rng.choice(DOUBLE_GIVEN[origin][g])
            flags.append("double")
        elif origin in DOUBLE_PAIR and rng.random() < 0.05:
            second = rng.choice(O[origin][g])
            if second != first:
                first = first + DOUBLE_PAIR[origin] + second
                flags.append("double")
        if not word:
            if g == "f":
                last = female_form(origin, last)
            if origin in HYPHEN_ORIGINS and rng.random() < 0.13 and " " not in last:
                second = rng.choice(O[origin]["s"])
                if second != last and " " not in second:
                    last = last + "-" + second
                    flags.append("hyphen")
            if origin == "russian" and lang == "de" and rng.random() < 0.5:
                last = german_spelling(last)
            if origin in DIACRITIC_LOSS and rng.random() < 0.3:
                first, last = fold(first), fold(last)
                flags.append("plain")
        if swiss:
            first, last = first.replace("ß", "ss"), last.replace("ß", "ss")
        inv = ""
        if invent:
            k = rng.random()
            inv = "first" if k < 0.3 else ("last" if k < 0.65 else "both")
            if inv in ("first", "both"):
                first = invent_part(rng, "g", g, avoid)
            if inv in ("last", "both"):
                last = invent_part(rng, "s", g, avoid)
                flags = [f for f in flags if f not in ("word", "hyphen")]
        if first == last:
            continue
        if noapos and ("'" in first + last or "’" in first + last):
            continue
        parts = [w for w in first.replace("-", " ").replace("'", " ").split() + last.replace("-", " ").replace(
            "'", " ").split() if len(w) > 1]
        if not _ok(parts, avoid):
            continue
        return {"gender": g, "first": first, "last": last, "origin": origin if not inv == "both" else "invented",
                "invented": inv, "flags": flags, "listed_origin": origin}
    raise RuntimeError("no name could be drawn")


invent_part = invent
