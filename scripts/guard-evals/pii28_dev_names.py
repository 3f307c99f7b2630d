"""Name lists for the dev half of the twenty-eighth PII bank (dev28).

Written for this half; no package is used. Every origin has male given names (m), female given
names (f) and surnames (s). Lists are space-separated; an underscore stands for a space inside
one name ("van_der_Sloot" is "van der Sloot").
"""

ORIGINS = [
    ("german", dict(
        m="Lukas Jonas Felix Maximilian Paul Leon Finn Elias Noah Tim Niklas Jan Tobias Florian "
          "Sebastian Matthias Stefan Thomas Michael Andreas Markus Christian Daniel Dirk Jörg Uwe "
          "Rainer Wolfgang Klaus Jürgen Horst Dieter Bernd Frank Holger Sven Torsten Kai Björn "
          "Malte Hauke Ole Till Moritz Jannik Henrik Friedrich Konstantin Benedikt Volker Ralf "
          "Hartmut Gerd Detlef Lutz Ingo Heiko Carsten Marcel Dennis Pascal Kevin Jens Lars Timo "
          "Henning Gunnar Arne Nils Jannes Mats Hannes Lennart Fynn Bastian Rüdiger Ulrich",
        f="Anna Lena Laura Julia Sarah Lea Hannah Sophie Marie Emma Mia Lina Clara Johanna "
          "Katharina Franziska Stefanie Sabine Petra Monika Ursula Heike Silke Anja Kerstin Birgit "
          "Claudia Susanne Nicole Sandra Tanja Daniela Christiane Gabriele Renate Ingrid Helga "
          "Gisela Antje Wiebke Frauke Imke Merle Jana Svenja Annika Carolin Miriam Vanessa Jasmin "
          "Melanie Ramona Bettina Dörte Ilse Elke Jutta Gudrun Hildegard Insa Tabea Ronja Greta "
          "Frieda Mathilda Henrike Luisa Paulina Amelie Charlotte",
        s="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
          "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
          "Lange Schmitt Werner Schmitz Krause Meier Lehmann Schulze Köhler Herrmann König "
          "Walter Kaiser Fuchs Peters Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller "
          "Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm "
          "Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt "
          "Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt "
          "Sauer Arnold Wolff Pfeiffer Brinkmann Ostermann Hinrichs Janßen Petersen Thiele Lindner "
          "Wendt Kröger Behrens Gerlach Dittrich Ebert Heinze Kolb Reuter Rieger Strauß Straßer "
          "Großmann Weißenborn Kießling Koch Bauer Lang Hesse Adler Falk Storch Kranz Fromm "
          "Nowotny Wiegand Rohde Ahrens Harms Witt Brüggemann Hölscher Overbeck Tiedemann Plöger "
          "Husemann Sievers Timmermann Wessels von_der_Heyde von_Bülow zu_Dohna von_Arnim "
          "von_Wedel von_Bredow von_Massow",
    )),
    ("austrian", dict(
        m="Florian Lukas David Tobias Dominik Fabian Stefan Christoph Manuel Bernhard Gerhard "
          "Herbert Franz Josef Johann Alois Leopold Ferdinand Wolfgang Engelbert Reinhard Günter "
          "Rupert Valentin Elias Jakob Simon Raphael Markus Matthias Clemens Roland Hubert Ignaz "
          "Kilian Vinzenz Gottfried",
        f="Katharina Lisa Magdalena Theresa Elisabeth Verena Barbara Christina Anna-Maria "
          "Hannelore Brigitte Gertraud Maria Johanna Veronika Michaela Andrea Sabine Birgit Silvia "
          "Karin Marlene Valentina Leonie Romana Sieglinde Rosemarie Theresia Waltraud Notburga "
          "Hermine Annemarie Cornelia Ulrike Evelyn",
        s="Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder "
          "Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger "
          "Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner "
          "Haas Schuster Holzer Stadler Hackl Pöll Haider Strasser Kogler Hinterberger Oberhuber "
          "Riegler Pirker Kofler Gasser Grabner Rauscher Zöhrer Wieser Seidl Fellner Tschernutter "
          "Plank Hinterleitner Obermoser Pfeifenberger Untersteiner Rainer Thaler Eberharter "
          "Schwaiger Windhager Ortner",
    )),
    ("swiss", dict(
        m="Reto Urs Beat Daniel Stefan Lukas Marco Andreas Thomas Martin Peter Christian Roger "
          "Adrian Patrick Simon Samuel Jonas Luca Noah Gian Flurin Nicolo Corsin Mattia Fabio Remo "
          "Ueli Hansruedi Kurt Köbi Silvan Dario Jürg Ruedi Fredi Mauro Severin",
        f="Anna Laura Sara Lea Nina Selina Jasmin Corinne Sandra Nicole Barbara Regula Ursula "
          "Vreni Heidi Brigitte Monika Esther Rahel Deborah Chiara Alessia Ladina Seraina Annina "
          "Mirjam Fabienne Tamara Leonie Elin Anja Beatrice Doris Madlaina Flurina Nadja",
        s="Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner "
          "Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer "
          "Bühler Kälin Zürcher Lüthi Ammann Hofstetter Bucher Iseli Blaser Egli Marti Kunz "
          "Vonlanthen Hürlimann Gisler Schnyder Tschudi Ruchti Wälti Amstutz Fankhauser Flückiger "
          "Aebischer Zbinden Caduff Cavelti Casutt Derungs Imhof Inäbnit Rüegg Sprecher Stucki "
          "Tanner Wüthrich Zaugg Aeschlimann Grünenfelder Sutter Wenger",
    )),
    ("turkish", dict(
        m="Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Emre Burak "
          "Serkan Onur Kemal Cem Deniz Barış Oğuz Tolga Volkan Selim Erkan Kaan Emir Arda Berk "
          "Furkan Ercan Metin Orhan Levent",
        f="Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Derya Gül Sevgi Yasemin "
          "Ebru Aylin Dilek Canan Nesrin Şule Tuğba Melike Selin Ecem İrem Hülya Sibel Pınar "
          "Songül Gülsüm Hande Sevda",
        s="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
          "Aslan Çetin Kara Koç Özkan Şimşek Polat Korkmaz Karaca Erdoğan Güneş Aksoy Uçar Tekin "
          "Bulut Avcı Keskin Ünal Acar Bozkurt Sarı Güler Altın Kaplan Eren Özer Coşkun Taş Kurtuluş",
    )),
    ("polish", dict(
        m="Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Mateusz Adam "
          "Marek Wojciech Kamil Rafał Dariusz Szymon Bartosz Przemysław Jacek Maciej Zbigniew "
          "Sławomir Mirosław",
        f="Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra "
          "Monika Dorota Beata Justyna Natalia Karolina Marta Agata Zofia Weronika Paulina Iwona "
          "Jadwiga Bożena Grażyna",
        s="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
          "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
          "Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Majewski "
          "Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski "
          "Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski "
          "Zalewski Jakubowski Sadowski Zawadzki Chmielewski",
    )),
    ("italian", dict(
        m="Marco Giuseppe Luca Alessandro Andrea Francesco Matteo Lorenzo Davide Simone Federico "
          "Riccardo Stefano Giovanni Antonio Paolo Roberto Salvatore Vincenzo Fabrizio Massimo "
          "Emanuele Gianluca Pietro Tommaso Gennaro Carmine",
        f="Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elena Silvia Laura Paola "
          "Roberta Giovanna Rosa Angela Claudia Ilaria Serena Alice Beatrice Aurora Gaia Lucia "
          "Caterina Graziella Donatella",
        s="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
          "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
          "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo "
          "Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri "
          "Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna "
          "Farina Rizzi Monti Cattaneo Moroni Di_Stefano Lo_Bianco Della_Valle Esposito",
    )),
    ("russian", dict(
        m="Aleksandr Sergey Dmitry Andrey Alexey Maxim Ivan Mikhail Nikolai Vladimir Yuri Pavel "
          "Igor Oleg Artyom Denis Evgeny Konstantin Vadim Anton Kirill Stanislav Boris Grigory "
          "Arkady Gennady",
        f="Anastasia Maria Daria Anna Elena Olga Tatiana Natalia Irina Svetlana Ekaterina Yulia "
          "Ksenia Polina Alina Valentina Galina Lyudmila Marina Vera Nadezhda Larisa Oksana Sofia "
          "Viktoria Zoya",
        s="Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov "
          "Morozov Volkov Alekseev Lebedev Semyonov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov "
          "Andreev Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov "
          "Sergeev Kuzmin Frolov Alexandrov Dmitriev Korolev Gusev Kiselev Ilyin Belov Tarasov "
          "Belyaev Komarov Vinogradov Bogdanov Medvedev Antonov Tikhonov Sorokin Golubev",
    )),
    ("ukrainian", dict(
        m="Oleksandr Andriy Mykola Serhiy Volodymyr Dmytro Taras Bohdan Yaroslav Vasyl Petro Ihor "
          "Oleh Yuriy Vitaliy Maksym Ostap Stepan Artem Danylo Myroslav",
        f="Olena Oksana Iryna Nataliya Tetyana Yuliya Kateryna Halyna Svitlana Liudmyla Mariya "
          "Anastasiya Daryna Solomiya Khrystyna Viktoriya Larysa Nadiya Zoriana Ulyana",
        s="Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Kovalchuk Boyko Oliynyk "
          "Shevchuk Polishchuk Koval Tkachuk Savchenko Rudenko Marchenko Lysenko Moroz Petrenko "
          "Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Vasylenko Levchenko Hrytsenko "
          "Honcharenko Kostenko Fedorenko Yaremchuk Kravets Hnatyuk Zakharchenko Demchenko",
    )),
    ("arabic", dict(
        m="Mohammed Ahmed Omar Youssef Khaled Hassan Mahmoud Ibrahim Mustafa Tariq Karim Samir "
          "Nabil Walid Rami Fadi Ziad Bilal Hamza Anas Majid Faisal Jamal Rashid Adel",
        f="Fatima Aisha Mariam Layla Noor Yasmin Huda Rania Salma Amira Dina Hana Leila Samira "
          "Nadia Rana Lina Maha Reem Zainab Jamila Nour Dalia Hiba Rasha",
        s="Al-Sayed Haddad Khoury Nasser Hamdan Saleh Mansour Aziz Qasim Abdallah Hussein Darwish "
          "Najjar Farah Masri Shaheen Khalil Yousef Barakat Hijazi Sabbagh Al-Masri El-Amin "
          "Ben_Ali Bouzid Benali El_Khatib Tahan Zayed Jaber Haddadin Sarraf Antoun",
    )),
    ("kurdish", dict(
        m="Azad Baran Rojhat Serhat Zana Hogir Karwan Rebaz Shvan Diyar Berzan Kawa Aram Soran "
          "Havar Rêber Welat Dilovan Agir",
        f="Dilan Rojda Berfin Zozan Hêvî Ronahî Jiyan Sozdar Nazdar Avesta Helin Rojin Bêrîvan "
          "Nûjiyan Dilşa Şîlan Viyan Perwin",
        s="Amedi Duhoki Hawrami Sindi Zaxoyi Baban Mamand Bapir Shexo Heso Mirani Berwari Goyi "
          "Shingali Rekani Botani Qadir Xelîl Sorani Barwari",
    )),
    ("persian", dict(
        m="Reza Mehdi Hossein Amir Saeed Hamid Behnam Dariush Kourosh Farhad Babak Arash Kamran "
          "Omid Payam Navid Parsa Sina Shahin Nima Afshin",
        f="Maryam Zahra Fatemeh Niloufar Shirin Parisa Roya Mahsa Golnaz Azadeh Negar Shadi Mina "
          "Parvaneh Ladan Soraya Yasaman Ziba Samira Haleh Bahar",
        s="Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Ghorbani Sadeghi "
          "Mousavi Tehrani Shirazi Esfahani Kazemi Nouri Farahani Amini Bagheri Zand Rostami "
          "Soltani Akbari Yazdani Kamali Shahidi Sharifi Ebrahimi Navabi",
    )),
    ("greek", dict(
        m="Georgios Ioannis Konstantinos Dimitrios Nikolaos Panagiotis Vasileios Christos "
          "Athanasios Michail Evangelos Spyridon Stavros Kostas Nikos Giannis Theodoros Alexandros "
          "Petros Andreas",
        f="Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi "
          "Christina Ioanna Despina Anastasia Eirini Zoi Chrysa Stella Athina Evangelia",
        s="Papadopoulos Papadakis Georgiou Nikolaou Oikonomou Vasileiou Pappas Karagiannis "
          "Konstantinidis Dimitriou Ioannou Christodoulou Makris Alexiou Antoniou Athanasiou "
          "Papageorgiou Lambrou Kyriakou Theodorou Stavrou Panagiotou Mavromatis Karalis "
          "Anagnostou Galanis Vlachos Spanos Kouris Tsakalidis",
    )),
    ("balkan", dict(
        m="Milan Nikola Marko Stefan Luka Dragan Zoran Goran Dejan Nenad Aleksandar Miroslav "
          "Bojan Darko Petar Tomislav Ante Josip Mladen Emir Adnan Haris Kenan Damir Edin Vladan",
        f="Ana Marija Jelena Ivana Milica Jovana Dragana Snežana Vesna Maja Katarina Nataša "
          "Mirjana Biljana Gordana Tamara Lejla Amra Emina Selma Azra Merima Dženana Nevena Lucija "
          "Mateja",
        s="Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović "
          "Milošević Popović Horvat Kovačević Babić Marić Jurić Knežević Vuković Perić Tomić "
          "Božić Hodžić Hadžić Mehmedović Begić Delić Kovač Kolar Zupan Krajnc Mlakar Dimitrov "
          "Georgiev Todorov Angelov Hristov Radić Šarić",
    )),
    ("albanian", dict(
        m="Arben Besnik Driton Fatmir Gentian Ilir Kushtrim Lulzim Mentor Valon Arton Blerim Agron "
          "Bekim Dardan Egzon Gezim Jeton Shkelzen Ardit",
        f="Arta Blerta Dafina Drita Elira Fjolla Jehona Leonora Liridona Mimoza Teuta Vjosa "
          "Arbnora Albana Edona Shqipe Valbona Donika Qendresa Rrezarta",
        s="Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Bytyqi Rexhepi Hasani Gjoka Dervishi "
          "Shehu Kastrati Zeqiri Lleshi Bajrami Sadiku Osmani Ahmeti Avdiu Selimi Cana Bislimi",
    )),
    ("romanian", dict(
        m="Andrei Alexandru Mihai Ionuț Cristian Florin Gabriel Adrian Bogdan Ciprian Răzvan Sorin "
          "Vlad Cătălin Radu Dragoș Marius Ovidiu Lucian Tudor",
        f="Ioana Elena Andreea Alexandra Cristina Mihaela Raluca Diana Gabriela Roxana Simona Oana "
          "Bianca Irina Daniela Corina Alina Larisa Iulia Ramona",
        s="Popescu Ionescu Popa Pop Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu "
          "Constantin Moldovan Dinu Lungu Marin Barbu Florea Sava Toma Nistor Mocanu Dobre Avram "
          "Enache Ungureanu Vasilescu Georgescu",
    )),
    ("czech", dict(
        m="Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal Lukáš "
          "Ondřej Jakub Vojtěch Radek Karel Milan Libor",
        f="Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Tereza Michaela "
          "Markéta Zuzana Barbora Klára Šárka Ludmila",
        s="Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek "
          "Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil "
          "Čermák Urban Blažek Kříž Kovář Holub",
    )),
    ("hungarian", dict(
        m="László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Balázs "
          "Csaba Gergely Levente Bence Dániel Ádám Miklós",
        f="Mária Erzsébet Katalin Ilona Éva Zsuzsanna Judit Ágnes Andrea Krisztina Erika Eszter "
          "Réka Dóra Viktória Boglárka Zsófia Nóra Tímea Enikő",
        s="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
          "Juhász Lakatos Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Balázs Gál Szűcs Kocsis "
          "Pintér Vörös Bíró",
    )),
    ("dutch", dict(
        m="Jan Pieter Hendrik Willem Joost Sander Bram Thijs Daan Sem Ruben Lars Jeroen Bas "
          "Maarten Niels Koen Wouter Gijs Stijn Floris Rutger Teun Jasper Martijn",
        f="Sanne Femke Lotte Anouk Eva Fleur Iris Lieke Marieke Annemiek Ingrid Esther Marloes "
          "Mirjam Janneke Roos Sophie Tess Noor Saskia Wilma Els Hanneke Liesbeth Marijke",
        s="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer "
          "de_Boer Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra "
          "Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel "
          "van_der_Veen van_den_Broek de_Bruijn van_der_Heijden Schouten van_Beek Willems "
          "van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom "
          "Huisman ter_Horst van_der_Sloot",
    )),
    ("french", dict(
        m="Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Sébastien Guillaume "
          "Antoine Mathieu Olivier Éric François Vincent Benoît Romain Maxime Hugo Théo Baptiste "
          "Jean-Luc Jean-Marc Jean-Pierre Gaël Loïc",
        f="Marie Nathalie Isabelle Sylvie Catherine Sandrine Valérie Christine Céline Aurélie "
          "Émilie Camille Léa Chloé Manon Inès Juliette Mathilde Élodie Margaux Pauline Hélène "
          "Agnès Anne-Sophie Marie-Claire Solène Maëlle",
        s="Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel "
          "David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert "
          "Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin "
          "Mathieu Clément Gauthier Dumont Fontaine Chevalier Robin de_la_Fontaine Le_Goff Le_Gall "
          "Dupuis Lacroix Boucher Marchand Lemoine",
    )),
    ("spanish", dict(
        m="Antonio José Manuel Francisco Juan Javier Carlos Jesús Alejandro Miguel Rafael Pablo "
          "Sergio Fernando Jorge Alberto Álvaro Diego Adrián Raúl Iván Rubén Óscar Gonzalo Íñigo",
        f="María Carmen Ana Isabel Cristina Marta Lucía Paula Raquel Pilar Sara Nuria Beatriz "
          "Patricia Alba Irene Rocío Montserrat Inmaculada Ainhoa Begoña Itziar Almudena Lorena "
          "Maite",
        s="García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz "
          "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
          "Vázquez Ramos Gil Ramírez Serrano Molina Morales Suárez Ortega Delgado Ortiz Rubio "
          "Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Lozano Guerrero Cano Prieto "
          "del_Río de_la_Cruz Echeverría Goikoetxea",
    )),
    ("portuguese", dict(
        m="João José António Francisco Manuel Pedro Rui Tiago Miguel Luís Diogo Gonçalo Nuno "
          "Paulo Bruno Ricardo Vasco Duarte Rodrigo Afonso",
        f="Maria Ana Beatriz Inês Mariana Joana Catarina Sofia Rita Marta Teresa Leonor Matilde "
          "Carolina Filipa Raquel Patrícia Susana Cláudia Graça",
        s="Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves "
          "Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia "
          "Mendes Nunes Soares Vieira Monteiro Cardoso Neves Coelho Cunha Pires Reis Simões "
          "Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Figueiredo da_Silva "
          "dos_Santos da_Costa",
    )),
    ("brazilian", dict(
        m="Gabriel Lucas Matheus Rafael Guilherme Felipe Gustavo Leonardo Thiago Vinícius Caio "
          "Enzo Murilo Davi Arthur Heitor Bernardo Otávio Wesley Everton",
        f="Juliana Fernanda Camila Amanda Bruna Larissa Letícia Gabriela Jéssica Aline Vanessa "
          "Tatiane Priscila Renata Thaís Luana Isadora Manuela Giovana Rafaela",
        s="Souza Lima Barros Freitas Campos Cavalcanti Nascimento Andrade Moura Dias Batista "
          "Farias Xavier Miranda Siqueira Brandão Bezerra Macedo Queiroz Aragão Albuquerque "
          "Medeiros Pacheco Sampaio Carneiro",
    )),
    ("nordic", dict(
        m="Lars Anders Johan Erik Magnus Mikael Fredrik Henrik Nils Olof Per Sven Gustav Oskar "
          "Axel Emil Rasmus Mads Søren Jens Kasper Bjørn Håkon Torbjørn Sindre Espen Eirik",
        f="Karin Ingrid Kristina Elin Linnea Ebba Astrid Sigrid Maja Freja Mette Trine Camilla "
          "Signe Ida Ingeborg Solveig Kari Hedda Silje Nora Marit Åsa Linnéa Sunniva",
        s="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
          "Gustafsson Pettersson Jonsson Lindberg Lindqvist Lindström Bergström Holm Ekström "
          "Sjöberg Nyström Jensen Nielsen Hansen Pedersen Andersen Christensen Rasmussen Sørensen "
          "Kristiansen Johansen Olsen Haugen Solberg Bakken Dahl Lund Strand Eriksen Halvorsen "
          "Nygaard Fjeld Mikkelsen Thomsen Madsen Poulsen Øvrebø",
    )),
    ("finnish", dict(
        m="Mikko Juha Jukka Timo Matti Kari Antti Petri Janne Heikki Ville Tuomas Jari Sami Pekka "
          "Lauri Eero Aleksi Joonas Teemu Olli",
        f="Anne Tiina Päivi Sari Minna Pirjo Riitta Hanna Eeva Leena Satu Marja Kaisa Aino "
          "Emilia Venla Aada Sanna Noora Tuulikki",
        s="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
          "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
          "Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    )),
    ("english", dict(
        m="James John David Michael Richard Robert Paul Mark Andrew Peter Stephen Christopher "
          "Simon Ian Gary Neil Stuart Graham Martin Nigel Colin Adrian Jonathan Matthew Daniel "
          "Thomas Oliver Harry George Jack Charlie Alfie Freddie Archie Oscar Henry William Edward "
          "Benjamin Samuel Joseph Luke Ryan Lewis Jake Toby Rupert Hugo Alistair Barry Derek "
          "Geoffrey Keith Malcolm Trevor Clive Roger Dominic Giles Jasper Rory Theo",
        f="Sarah Emma Claire Rachel Helen Louise Rebecca Laura Charlotte Amy Lucy Victoria Gemma "
          "Hannah Emily Olivia Sophie Jessica Katie Lauren Chloe Megan Eleanor Alice Harriet Poppy "
          "Imogen Ellie Jade Joanne Deborah Susan Margaret Janet Gillian Alison Beverley Tracey "
          "Karen Wendy Pauline Hayley Abigail Philippa Zoe Grace Rosie Millie Florence Daisy "
          "Beatrix Felicity Hermione Penelope Lydia Tamsin",
        s="Smith Jones Williams Taylor Brown Davies Evans Wilson Johnson Roberts Robinson Thompson "
          "Wright Walker White Edwards Hughes Green Hall Harris Clarke Jackson Wood Turner Cooper "
          "Hill Ward Morris Moore Clark King Baker Harrison Allen James Phillips Watson Parker "
          "Bennett Young Mitchell Cook Carter Richardson Bailey Collins Bell Shaw Cox Richards "
          "Marshall Simpson Ellis Adams Wilkinson Foster Chapman Webb Rogers Gray Mason Hunt Palmer "
          "Holmes Mills Barnes Knight Butler Russell Barker Fisher Stevens Dixon Harvey Pearson "
          "Fletcher Gibson Howard Andrews Elliott Reynolds Saunders Payne Fox Ford Pearce Day "
          "Brooks West Lawrence Cole Atkinson Bradley Spencer Dawson Ball Burton Watts Rose Booth "
          "Perry Wells Armstrong Francis Hart Hudson Newman Barrett Webster Hunter Gregory Carr "
          "Lowe Page Marsh Riley Woods Parsons Berry Stone Holland Hawkins Harding Porter Newton "
          "Reed Bird Gardner Dean Lane Cooke Bates Bishop Walton Nicholson Shepherd Cross Long "
          "Freeman Warren Nicholls Sutton Yates Hodgson Robson Hopkins Harper Chambers Hardy "
          "Wheeler Potter Osborne Hammond Buckley Hewitt Barber Slater Whitehead Frost Blake "
          "Goodwin Barton Woodward Baxter Clayton Greenwood Jennings Holt Kemp Poole Bond Stokes "
          "Fowler Heath Middleton Lawson Banks Jarvis Gibbs Hayward Dickinson Barlow Knowles "
          "Hartley Townsend Preston Hancock Thornton Pollard Lamb May Little Fairclough "
          "Ashworth Pemberton Threlfall Whitworth Featherstone Ainsworth Hargreaves Illingworth "
          "Postlethwaite Sowerby Blenkinsop Cholmondeley Fotheringham Smith-Jones Hamilton-Smythe",
    )),
    ("american", dict(
        m="Christopher Joshua Tyler Brandon Justin Kyle Cody Austin Dylan Logan Mason Ethan Jayden "
          "Aiden Caleb Wyatt Landon Chase Travis Brett Chad Trevor Garrett Dustin Jared Bradley "
          "Marcus DeShawn Jamal Tyrone Darnell Andre Malik Terrence Xavier Hunter Colton Brody "
          "Tanner Cooper Easton Jaxon Bryce Zachary Nathan Elijah",
        f="Jennifer Jessica Ashley Amanda Brittany Stephanie Nicole Heather Kayla Taylor Madison "
          "Hailey Brianna Savannah Destiny Jasmine Alexis Courtney Shelby Whitney Crystal Tiffany "
          "Amber Danielle Kimberly Melissa Kelsey Lindsey Mackenzie Addison Paisley Aubrey Avery "
          "Brooklyn Mary_Beth Sue_Ellen LaToya Keisha Shanice Imani Aaliyah Kaylee Brooke Haley "
          "Peyton Riley Mckenna Cheyenne Dakota",
        s="Miller Davis Anderson Thomas Martinez Lewis Hernandez Scott Nelson Campbell Flores "
          "Stewart Murphy Peterson Kelly Gomez Sanders Ross Powell Sullivan Ortiz Jenkins Coleman "
          "Simmons Patterson Jordan Hamilton Graham Gonzales Alexander Wallace Griffin Hayes Bryant "
          "Owens McDonald Kennedy Mendoza Olson Washington Tucker Burns Snyder Crawford Schultz "
          "Hicks Boyd Ferguson Nichols Weaver Daniels Kelley Pierce Hansen Hoffman Cunningham "
          "Duncan Carroll Perkins Aguilar Willis Garza Vargas Larson Carlson Greene Guzman "
          "Montgomery Howell Hanson Sims Fuller Soto McCoy Welch Walters Fields Bowman Brewer "
          "Valdez Sandoval Caldwell Lambert Powers McDaniel Vaughn Horton Lyons Haynes Padilla "
          "Erickson McKinney Reeves Espinoza Cortez Swanson Chandler Whitaker Blankenship "
          "Kowalczyk-Reyes Jefferson Dalton Hensley McAllister O'Hara Fitzsimmons Callahan "
          "Vanderbilt Schaefer Lindqvist-Moore Delacroix Thibodeaux Broussard Landry Boudreaux",
    )),
    ("irish", dict(
        m="Seán Patrick Ciarán Cian Conor Darragh Eoin Oisín Padraig Niall Declan Fergal Colm "
          "Donal Ronan Liam Cathal Tadhg Diarmuid Eamon Fionn Ruairí Shane Brendan Kieran Ultan",
        f="Aoife Siobhán Niamh Ciara Orla Saoirse Sinéad Caoimhe Róisín Aisling Clodagh Gráinne "
          "Deirdre Maeve Máire Nuala Bríd Eimear Fiadh Ailbhe Muireann Laoise Éabha Treasa Sorcha",
        s="Murphy O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
          "Gallagher O'Doherty Kennedy Lynch Quinn McLoughlin O'Carroll Connolly Daly O'Connell "
          "Dunne Brennan Burke Maguire Nolan Flynn O'Callaghan O'Donnell Duffy O'Mahony Boyle "
          "Healy O'Shea Sweeney Kavanagh Power McGrath Moran Brady Casey Foley Fitzpatrick "
          "O'Leary McDonnell MacMahon Donnelly Regan Donovan Flanagan Mullan Kane Kenny Sheehan "
          "Whelan Cullen Keane Maher McKenna Hogan O'Keeffe Magee McNamara MacDermott Moloney "
          "O'Rourke O'Dwyer Ó_Briain Mac_Giolla_Phádraig Ó_Súilleabháin Nic_Aodha Mac_Cárthaigh "
          "Tierney Corcoran Hennessy",
    )),
    ("scottish", dict(
        m="Alasdair Angus Callum Duncan Euan Ewan Fraser Hamish Iain Lachlan Murdo Ross Ruaridh "
          "Struan Finlay Gregor Innes Craig Graeme Alistair Douglas Torquil",
        f="Ailsa Catriona Eilidh Fiona Isla Kirsty Morag Mhairi Rhona Shona Iona Kenna Skye "
          "Elspeth Lorna Moira Senga Jessie Islay Freya Rowan Marsaili",
        s="Campbell MacDonald Stewart Robertson Thomson Anderson Murray MacLeod Reid Paterson "
          "Morrison Fraser Henderson McKenzie Kerr Sinclair Cameron Munro Grant Gordon Mackay "
          "McIntyre Buchanan Macpherson Mackintosh MacGregor Drummond Lindsay Gillespie Urquhart "
          "Baird Dunbar Forsyth Galbraith Kinnear Lamont Ogilvie Rennie Sutherland Lockhart "
          "Abernethy McAlpine Cruickshank Farquharson",
    )),
    ("welsh", dict(
        m="Dafydd Rhys Gareth Gethin Iwan Owain Huw Emyr Ieuan Aled Cai Rhodri Geraint Llŷr Tomos "
          "Osian Elis Bryn Gwilym Idris Meical Siôn Trystan Deiniol",
        f="Ffion Catrin Cerys Angharad Eleri Seren Nia Gwen Rhiannon Lowri Sian Bethan Mali Elin "
          "Carys Branwen Heledd Llinos Myfanwy Nerys Olwen Tegan Gwenllian",
        s="Lloyd Powell Parry Llewellyn Bowen Probert Prosser Pugh Vaughan Gwynne Bevan Howells "
          "Meredith Cadwaladr Gruffydd Hopkin Jeffreys Maddox Tudor Watkins Wynne ap_Rhys "
          "ap_Gwilym Prydderch Bellis Griffiths Pritchard Rees Morgan Owen",
    )),
    ("indian", dict(
        m="Rahul Amit Vikram Arjun Rohan Sanjay Rajesh Suresh Anil Deepak Manish Nikhil Pranav "
          "Aditya Karthik Siddharth Harish Venkat Ravi Vivek Kunal Aravind Gaurav Rakesh Ashok "
          "Prakash Ganesh Mahesh Ajay",
        f="Priya Ananya Kavya Divya Pooja Neha Shreya Aishwarya Lakshmi Meera Sunita Anjali Deepa "
          "Radhika Swati Nandini Kavitha Sneha Asha Rekha Lata Padma Isha Tanvi Riya Aditi Ishita "
          "Shalini Geeta",
        s="Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Mehta Joshi Chopra Kapoor "
          "Malhotra Bhat Desai Verma Agarwal Banerjee Chatterjee Mukherjee Ghosh Pillai Krishnan "
          "Subramanian Venkatesan Naidu Chaudhary Thakur Saxena Bose Sinha Kulkarni Patil Jain "
          "Trivedi Pandey Mishra Kaur Sandhu Dhillon Grewal",
    )),
    ("pakistani", dict(
        m="Imran Asif Usman Zubair Kashif Adnan Shahid Waqas Naveed Junaid Saad Fahad Irfan Rizwan "
          "Nadeem Sohail Zeeshan Atif Arslan Shoaib",
        f="Ayesha Sana Hina Saima Rabia Mehwish Bushra Sadia Amna Iqra Mahnoor Farah Shazia Nida "
          "Uzma Rukhsana Saba Anam Kiran Sobia",
        s="Khan Ahmed Ali Hussain Akhtar Iqbal Malik Raza Qureshi Chaudhry Butt Mirza Sheikh "
          "Siddiqui Abbasi Javed Rashid Aslam Baig Rehman Bhatti Anwar Nawaz Hashmi Yousaf Bukhari "
          "Gillani Awan Mughal Ansari Farooq Haider Zaidi Niazi Durrani",
    )),
    ("nigerian", dict(
        m="Chinedu Emeka Oluwaseun Babatunde Chukwuemeka Ikechukwu Olumide Tunde Femi Segun Obinna "
          "Uchenna Kelechi Nnamdi Ifeanyi Abubakar Kayode Gbenga Tobi Ayodele",
        f="Ngozi Chiamaka Adaeze Chioma Nkechi Folake Funmilayo Yetunde Bukola Temitope Adaobi "
          "Ifeoma Uchechi Amaka Halima Ebele Olamide Titilayo Omolara Abimbola",
        s="Okafor Okonkwo Adeyemi Adebayo Ogunleye Nwosu Eze Okeke Obi Chukwu Bello Balogun "
          "Olaniyan Oyelaran Akinola Adewale Ogundipe Onyekachi Nwachukwu Ugwu Okoro Ezeh Oladipo "
          "Afolabi Bankole Oyewole Ajayi Danjuma Obasi Uzoma Oyeleke",
    )),
    ("ghanaian", dict(
        m="Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Ebo Kobina Fiifi Nii Kwadwo Kweku Ekow Selorm "
          "Elikem Mawuli Delali",
        f="Ama Akosua Abena Adwoa Afua Akua Esi Efua Yaa Adjoa Afia Araba Maame Dzifa Enyonam "
          "Mansa Serwaa Esinam",
        s="Mensah Owusu Boateng Asante Osei Appiah Agyeman Amoah Acheampong Addo Adjei Danquah "
          "Ofori Antwi Sarpong Badu Gyamfi Frimpong Kyei Bonsu Quaye Tetteh Annan Quartey Ansah "
          "Darko Opoku Yeboah Asamoah",
    )),
    ("kenyan", dict(
        m="Kamau Otieno Kiprono Odhiambo Onyango Njoroge Kibet Omondi Wafula Ochieng Mwangi Baraka "
          "Jabali Kariuki Gitau Mutiso Kimani Wekesa",
        f="Wanjiru Akinyi Atieno Nyambura Wambui Njeri Chebet Jepkosgei Achieng Awino Muthoni "
          "Wairimu Nekesa Kerubo Moraa Nafula Jeruto Makena Zawadi",
        s="Kiprotich Kipchumba Wanyama Karanja Ndungu Koech Rotich Langat Chege Waweru Nyaga "
          "Mugo Macharia Barasa Cheruiyot Kiptoo Mutua Kimani Kariuki Onyango Omondi Wafula",
    )),
    ("chinese", dict(
        m="Wei Jun Hao Lei Ming Jie Tao Yong Qiang Jian Zhiwei Haoran Yuxuan Zihao Junjie Jiahao "
          "Tianyu Xiaoming Jianguo Guowei Peng Rui Ka-ho Wing-kit",
        f="Fang Jing Xiaoyan Mei Ying Yan Hui Xiu Qing Ling Yue Xiaohong Yuting Zixuan Yiran Xinyi "
          "Shuang Lihua Meiling Huimin Jiayi Wenjing Mei-ling Wai-man",
        s="Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Lin Gao Luo Zheng Liang Xie "
          "Tang Feng Deng Cao Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Shen Yao Cui Zhong "
          "Chan Wong Leung Cheung Lau Tsang Yip Kwok Fung Chow",
    )),
    ("japanese", dict(
        m="Hiroshi Takashi Kenji Daisuke Haruto Sota Takumi Kenta Shota Ryota Kazuki Naoki "
          "Satoshi Makoto Koji Yusuke Shinji Tatsuya",
        f="Yuko Keiko Aiko Sakura Yui Hina Haruka Misaki Ayaka Nanami Emi Naoko Tomoko Mayumi "
          "Akiko Chiharu Rina Mio Kaori",
        s="Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
          "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda "
          "Hashimoto Ishikawa Ogawa Okada Fujita Nakajima",
    )),
    ("korean", dict(
        m="Min-jun Seo-jun Ji-ho Do-yun Ha-joon Joon-young Sung-min Jae-won Hyun-woo Dong-hyun "
          "Sang-hoon Tae-yang Young-ho Jin-woo Kyung-soo Seung-hyun",
        f="Ji-woo Seo-yeon Min-seo Ha-eun Ji-yeon Soo-ah Eun-ji Hye-jin Yu-na Da-eun Su-bin "
          "Min-ji Ye-jin Hae-won Bo-ra Seo-hyun",
        s="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Jeon Hong Yoo "
          "Baek Heo Bae Seo",
    )),
    ("vietnamese", dict(
        m="Minh Tuấn Hùng Dũng Quang Thành Huy Khoa Phúc Đức Bảo Trung Hiếu Sơn Việt Thắng Tài",
        f="Lan Hương Linh Ngọc Thảo Trang Hoa Hạnh Yến Phương Nhung Hằng Diệp Quyên Oanh Tuyết",
        s="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Ngô Dương Lý Đinh Trương Lâm",
    )),
    ("filipino", dict(
        m="Rommel Jericho Jomar Raymond Rodel Arnel Dindo Carlo Paolo Angelo Ramon Rogelio Efren "
          "Danilo Ernesto Reynaldo Marvin Jayson",
        f="Kristine Maricel Rowena Jocelyn Marites Rosalie Angelica Mylene Rhea Analyn Jonalyn "
          "Divina Marilou Evangeline Janella Arlene Liza Marivic",
        s="Reyes Cruz Bautista Ocampo Mendoza Villanueva Rivera Aquino Salazar Mercado Dela_Cruz "
          "De_Leon Del_Rosario Soriano Manalo Pascual Dimaculangan Macaraeg Lacson Tolentino "
          "Panganiban Dizon Gatchalian Sison Fajardo Quiambao",
    )),
    ("baltic", dict(
        m="Mantas Darius Andrius Mindaugas Vytautas Tadas Giedrius Saulius Arturs Jānis Andris "
          "Kristaps Edgars Raimonds Māris Uldis Valdis Gatis",
        f="Rūta Aistė Ieva Eglė Gintarė Jurgita Inga Līga Ilze Inese Zane Dace Baiba Kristīne "
          "Sanita Agnese Elīna",
        s="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas "
          "Urbonas Kavaliauskas Navickas Ramanauskas Savickas Rimkus Balčiūnas Bērziņš Kalniņš "
          "Ozoliņš Jansons Liepiņš Krūmiņš Vītols Zariņš Pētersons Kļaviņš Eglītis Ābols Siliņš "
          "Grīnbergs Lācis",
    )),
    ("ethiopian", dict(
        m="Abebe Dawit Tesfaye Yonas Haile Bereket Mekonnen Kidane Tewodros Girma Alemayehu Biniam "
          "Yohannes Mulugeta Getachew Fitsum Natnael Eyob",
        f="Almaz Selam Meron Hiwot Tigist Bethlehem Mekdes Aster Genet Senait Tsion Liya Rediet "
          "Kidist Yordanos Feven",
        s="Bekele Alemu Tadesse Kebede Gebre Negash Woldemariam Asfaw Desta Ayele Wolde Hailu "
          "Berhane Tekle Abraha Gebremedhin Mengistu Lemma Assefa Demissie",
    )),
]

ORIGIN_NAMES = [o for o, _ in ORIGINS]

# Surnames that are ordinary words (drawn on their own, about 7 % of people).
WORD_SURNAMES_EN = ("Baker Hunter May Cook Rose Fox King Young Little Long Bird Hill Wood Stone "
                    "Field Bell Hope Lamb Sharp Strong Swift Noble Knight Page Marsh Frost Hart "
                    "Grace Brown White Green Black Day Banks Cross Ward Mason Carpenter Fisher "
                    "Miller Potter Shepherd Archer Butcher Glover Turner Weaver Chamberlain").split()
WORD_SURNAMES_DE = ("Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Braun "
                    "Schwarz Hahn Graf Kaiser Stein Berg Busch Engel Hase Kranz Ring Sauer Fromm "
                    "Stark Storch Adler Falk Schäfer Fischer Müller Schneider Zimmermann Weber "
                    "Becker Meister Frost Mond Sonne Blume Rabe Kerze Hirsch Bär Baum").split()

# Origin weights per text language. German texts: about half DACH names.
WEIGHTS = {
    "en": dict(english=30, american=22, irish=7, scottish=5, welsh=3, indian=5, pakistani=3,
               nigerian=2.5, ghanaian=1.2, kenyan=1, chinese=2.5, japanese=1, korean=1,
               vietnamese=1, filipino=1, german=2, polish=1.5, italian=1.5, french=1,
               spanish=1, portuguese=0.5, brazilian=0.5, dutch=0.6, nordic=0.6, finnish=0.3,
               austrian=0.4, swiss=0.4, turkish=0.6, russian=0.5, ukrainian=0.5, arabic=0.8,
               kurdish=0.2, persian=0.5, greek=0.5, balkan=0.5, albanian=0.3, romanian=0.5,
               czech=0.3, hungarian=0.3, baltic=0.3, ethiopian=0.3),
    "de": dict(german=30, austrian=12, swiss=8, turkish=7, polish=4, italian=3.5, balkan=3.5,
               russian=2.5, ukrainian=2, arabic=2.5, kurdish=1.5, persian=1.2, greek=1.5,
               albanian=1.2, romanian=1.2, czech=1, hungarian=1, dutch=1, french=1, spanish=1,
               portuguese=0.8, english=1.5, american=0.8, irish=0.3, scottish=0.2, welsh=0.1,
               indian=0.6, pakistani=0.3, nigerian=0.4, ghanaian=0.3, kenyan=0.2, chinese=0.8,
               japanese=0.4, korean=0.4, vietnamese=0.8, filipino=0.3, brazilian=0.5, nordic=0.6,
               finnish=0.3, baltic=0.3, ethiopian=0.3),
}
# Country boosts: a text set in a country draws its local names more often.
COUNTRY_BOOST = {"AT": ("austrian", 3.5), "CH": ("swiss", 4.0), "US": ("american", 2.0),
                 "IE": ("irish", 5.0), "FR": ("french", 10.0), "NL": ("dutch", 10.0),
                 "IT": ("italian", 8.0), "GB": ("english", 1.3), "DE": ("german", 1.3)}

PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "di", "da", "dos", "das", "del",
             "della", "lo", "zu", "ter", "ten", "ap", "mac", "mc", "o", "ó", "ní", "nic", "al",
             "el", "ben", "bin", "dela"]

# Origins that allow hyphenated double surnames and double given names.
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "dutch", "french"]
DOUBLE_GIVEN = {"german": "-", "austrian": "-", "swiss": " ", "french": "-"}

# Letters whose folded spelling also appears (Yılmaz / Yilmaz).
FOLD_ORIGINS = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian"]


def split_list(s):
    return [w.replace("_", " ") for w in s.split()]


def female_surname(origin, s):
    """Female surname form for origins that have one."""
    if origin == "polish":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        if s.endswith("ec"):
            return s[:-2] + "cová"
        return s + "ová"
    if origin == "russian":
        if s.endswith(("ov", "ev", "in", "yov")):
            return s + "a"
        return s
    if origin == "greek":
        if s.endswith("idis"):
            return s[:-4] + "idou"
        if s.endswith("os"):
            return s[:-2] + "ou"
        if s.endswith("is"):
            return s[:-2] + "i"
        if s.endswith("as"):
            return s[:-2] + "a"
        return s
    if origin == "baltic":
        if s.endswith("iņš"):
            return s[:-3] + "iņa"
        if s.endswith("ons"):
            return s[:-3] + "one"
        if s.endswith(("as", "us")):
            return s[:-2] + "ienė"
        if s.endswith("ius"):
            return s[:-3] + "ienė"
        if s.endswith("is"):
            return s[:-2] + "e"
        if s.endswith("s"):
            return s[:-1] + "a"
        return s
    if origin == "balkan":
        if s.endswith("ov"):
            return s + "a"
        return s
    return s


def german_spelling(name):
    """Russian names as German texts often write them (Iwanow, Morosowa, Juri)."""
    n = name
    for a, b in (("zh", "sch"), ("Zh", "Sch"), ("kh", "ch"), ("Kh", "Ch"), ("sh", "sch"),
                 ("Sh", "Sch"), ("ch", "tsch"), ("yov", "jow"), ("yo", "jo"), ("Yu", "Ju"),
                 ("Ya", "Ja"), ("Ye", "Je"), ("ya", "ja"), ("yu", "ju")):
        n = n.replace(a, b)
    if n.endswith("ov"):
        n = n[:-2] + "ow"
    elif n.endswith("ova"):
        n = n[:-3] + "owa"
    elif n.endswith("ev"):
        n = n[:-2] + "ew"
    elif n.endswith("eva"):
        n = n[:-3] + "ewa"
    if n.endswith("ey"):
        n = n[:-2] + "ej"
    if n.startswith("V"):
        n = "W" + n[1:]
    n = n.replace("v", "w")
    if n.endswith("y") and len(n) > 3:
        n = n[:-1] + "i"
    return n


def build():
    """Plain lists per origin: (origin, male, female, surnames)."""
    out = []
    for origin, d in ORIGINS:
        m = list(dict.fromkeys(split_list(d["m"])))
        f = list(dict.fromkeys(split_list(d["f"])))
        s = list(dict.fromkeys(split_list(d["s"])))
        out.append((origin, m, f, s))
    return out


TABLE = build()
BY_ORIGIN = {o: (m, f, s) for o, m, f, s in TABLE}

# ---------------------------------------------------------------- invented names
# A syllable generator: onset + vowel + middle consonants + ending.
ONSETS = ["b", "br", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "r", "s",
          "st", "t", "tr", "v", "w", "z", "el", "al", "or", "an", "ber", "mar", "sel", "ther", "cor"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ei", "au", "ou"]
MIDDLE = ["l", "n", "r", "m", "s", "t", "d", "v", "k", "ll", "nn", "rr", "nd", "rl", "ls", "ns",
          "th", "rn", "lv", "rd", "st", "lm", "nt"]
FEM_END = ["a", "ia", "ina", "ella", "ine", "ette", "ara", "ea", "elin", "ise", "ana", "ika"]
MASC_END = ["o", "an", "en", "ar", "ik", "us", "is", "el", "ian", "ert", "old", "ias", "on", "win", "rik"]
SUR_END = ["mann", "berg", "er", "ing", "son", "ley", "ford", "ton", "ini", "elli", "escu", "ak", "sen",
           "stedt", "wick", "dorf", "hurst", "ham", "ard", "ez", "egg", "huber", "strom", "ovsky",
           "oglu", "anu", "ides", "ens", "inger", "eder", "ault", "well", "more", "by", "hof", "ner"]
