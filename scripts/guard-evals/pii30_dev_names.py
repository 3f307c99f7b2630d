"""Name lists for the dev half of the thirtieth PII bank (written for this half).

Every origin has male given names, female given names and surnames. An underscore stands for a
space inside one name (`Hans_Ulrich`, `van_der_Linden`). Female surname forms are derived in
`feminine()`. Nothing here is taken from a package.
"""

ORIGINS = {
    "german": (
        "Lukas Jonas Leon Finn Elias Paul Felix Maximilian Ben Noah Luis Tim Jan Niklas Moritz "
        "Philipp Simon Tobias Julian David Fabian Florian Sebastian Matthias Stefan Thomas Michael "
        "Andreas Christian Markus Martin Jürgen Uwe Dieter Klaus Wolfgang Rainer Bernd Helmut Horst "
        "Volker Torsten Frank Dirk Holger Jens Sven Kai Henrik Hannes Malte Ole Till Lennart Jannik "
        "Hans-Peter Karl-Heinz Jan-Hendrik Hans-Jürgen Ulrich Gerd Detlef Gunnar Carsten Benedikt "
        "Korbinian Vinzenz Quirin Leonhard Wendelin Emil Anton Theo Johannes Konstantin Friedrich",
        "Anna Lena Lea Hannah Mia Emma Sophie Marie Laura Julia Lisa Katharina Johanna Clara Charlotte "
        "Greta Frieda Ida Mathilda Paula Luisa Nele Jana Franziska Theresa Veronika Sabine Petra "
        "Birgit Heike Anke Silke Kerstin Ute Gabriele Monika Renate Ingrid Gisela Brigitte Doris "
        "Annegret Dörte Wiebke Imke Frauke Svenja Merle Lotte Tanja Nicole Stefanie Melanie Daniela "
        "Anna-Lena Eva-Maria Lisa-Marie Marie-Luise Ann-Kathrin Hannelore Gudrun Rosemarie Edeltraud "
        "Magdalena Kathrin Carina Nadine Jasmin Vanessa Svenja",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Richter "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt "
        "Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann Walter Mayer Huber "
        "Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther "
        "Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm "
        "Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt "
        "Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas "
        "Voigt Sauer Arnold Wolff Pfeiffer Hennig Reuter Brinkmann Tiedemann Ostermann Rademacher "
        "Hagedorn Oberländer Wiegand Ehlers Kretschmer Dreßler Langenfeld Eichhorn Wesseling "
        "von_der_Heyde von_Arnim zu_Dohna vom_Bruch von_Bülow Dornberger Grabowski Sturm Lindemann "
        "Marquardt Steinhoff Brockmann Häusler Tretter Kirchhoff Obermaier Achterberg",
    ),
    "austrian": (
        "Florian Lukas Tobias Stefan Alexander Markus Dominik Bernhard Gernot Herbert Wolfgang Reinhard "
        "Gerhard Johann Josef Franz Leopold Ferdinand Valentin Raphael Clemens Jakob Matthäus Sepp "
        "Hubert Christoph Manfred Engelbert Armin Wilfried",
        "Katharina Magdalena Theresa Barbara Elisabeth Sophie Valentina Anna-Maria Rosalie Johanna "
        "Hemma Notburga Roswitha Waltraud Gerlinde Hermine Leopoldine Christl Resi Vroni Marlene "
        "Verena Sigrid Birgit Michaela Andrea Silvia Karin Elfriede Ilse",
        "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder "
        "Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger "
        "Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner "
        "Haas Schuster Holzer Stadler Hofbauer Pöll Kogler Strasser Brandstätter Oberhauser "
        "Hinterberger Unterberger Zauner Wieser Pirker Sommerauer Gschwandtner Rainer Haider "
        "Mairhofer Kofler Hörmann Pucher Stöckl Kienzl Trummer Tschernutter Lindner Hödl",
    ),
    "swiss": (
        "Urs Beat Reto Thomas Daniel Marco Adrian Lukas Fabian Dominik Mathias Roger Hansruedi Jürg "
        "Peter Kurt Ruedi Walter Andri Gian Flurin Linus Nico Samuel Cédric Yannick Hans_Ulrich "
        "Hans_Peter Mario Silvan Remo",
        "Anna Barbara Ursula Regula Verena Nadja Corinne Sandra Monika Rahel Seraina Ladina Flurina "
        "Annina Fabienne Jacqueline Vreni Heidi Brigitte Esther Simone Martina Nathalie Sibylle "
        "Anna_Barbara Marie-Theres Chantal Leonie Alina Mirjam",
        "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann "
        "Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer Bühler Kaufmann "
        "Bühlmann Hofstetter Zürcher Ammann Amstutz Aebischer Blaser Bolliger Egli Flückiger Gasser "
        "Hess Imhof Jenni Kälin Lüthi Marti Meili Nussbaumer Odermatt Rüegg Schürch Sigrist Tanner "
        "Vogt Wälti Zaugg Zbinden Zumstein von_Gunten de_Weck Caduff Casanova Cathomen Giger Leuenberger "
        "Rothenbühler Schläpfer Stucki Tschudi Wenger Hug Rohner",
    ),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Kerem Yusuf Ömer "
        "Okan Tolga Cem Barış Deniz Kaan Arda Mert Efe Onur Volkan Erkan Selim Gökhan Tarık",
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Derya Ebru Gül Özlem Sevgi Aylin "
        "Selin Defne Ecem Melis Nurcan Hülya Sibel Şule Tuba Yasemin Dilek Filiz Gamze Cansu İpek",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özer Erdoğan Aktaş Tekin Güneş Bulut "
        "Karaca Altun Keskin Uçar Ünal Yavuz Acar Bozkurt Türk Güler Akın Başaran Ekinci Sarı "
        "Tuncer Gündoğdu Eren Toprak",
    ),
    "polish": (
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Kamil Łukasz Mateusz Bartosz "
        "Grzegorz Wojciech Rafał Dariusz Szymon Przemysław Zbigniew Janusz Wiktor Maciej",
        "Anna Katarzyna Małgorzata Agnieszka Joanna Magdalena Monika Ewa Karolina Aleksandra "
        "Natalia Zofia Justyna Dorota Beata Weronika Paulina Marta Izabela Grażyna Agata Iwona",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski_p "
        "Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski "
        "Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski "
        "Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Wróblewski Zalewski",
    ),
    "italian": (
        "Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Riccardo "
        "Simone Federico Giovanni Antonio Paolo Roberto Salvatore Vincenzo Giorgio Emanuele Fabio "
        "Gian_Luca Pierluigi Massimo",
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elena Silvia Laura Paola "
        "Giorgia Alice Beatrice Serena Roberta Ilaria Lucia Carla Maria_Grazia Annalisa Rossella "
        "Donatella Gabriella",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra "
        "Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Fabbri Bianco Di_Stefano "
        "Lo_Bianco Pellegrini Cattaneo Sartori Benedetti Zanetti Bernardi Gasparini Pichler_i",
    ),
    "russian": (
        "Aleksandr Dmitri Sergei Andrei Alexei Maxim Ivan Mikhail Nikolai Pavel Artyom Kirill "
        "Vladimir Yuri Igor Oleg Roman Konstantin Denis Yevgeni",
        "Anastasia Yekaterina Maria Olga Tatiana Natalia Irina Svetlana Yelena Anna Daria Polina "
        "Ksenia Marina Yulia Ludmila Valentina Vera Alina Sofia",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov "
        "Volkov Alekseev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev "
        "Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov Sergeev "
        "Kuzmin Frolov Belov",
    ),
    "ukrainian": (
        "Oleksandr Andrii Dmytro Serhii Mykola Volodymyr Yurii Vasyl Taras Bohdan Ostap Vitalii "
        "Maksym Oleh Roman_u Yaroslav Petro Ihor Artem Stepan",
        "Olena Oksana Nataliia Tetiana Iryna Yuliia Kateryna Svitlana Halyna Liudmyla Mariia Viktoriia "
        "Khrystyna Solomiia Daryna Anastasiia Sofiia Larysa Nadiia Zoriana",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk "
        "Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko "
        "Kovalchuk Melnyk Boiko Kravchuk Ponomarenko Hnatiuk Levchenko Symonenko Yaremchuk "
        "Dovzhenko Hrytsenko Ostapchuk Zinchenko Karpenko Vasylenko Fedoruk Ivanyshyn",
    ),
    "arabic": (
        "Mohammed Ahmed Mahmoud Omar Khaled Youssef Ibrahim Hassan Hussein Karim Tarek Samir Nabil "
        "Rami Walid Bilal Hamza Ziad Fadi Majid Amir",
        "Fatima Aisha Mariam Layla Nour Rania Yasmin Salma Huda Dina Reem Amal Lina Hala Sara_a "
        "Zainab Nadia Rasha Samira Leila Ghada Iman",
        "Al-Sayed Haddad Khalil Nasser Mansour Saleh Hamdan Rahman Abdullah Farouk Aziz Hamid Ibrahim_a "
        "Khoury Saab Najjar Haddadin Suleiman Darwish Othman Shaheen Qasim Barakat Ben_Ali El-Amin "
        "Bakr Jaber Mahmoud_a Yassin Zaher Bitar Hijazi Sabbagh Tamimi Masri",
    ),
    "kurdish": (
        "Azad Baran Rojhat Dilshad Serhat Kawa Rezan Shivan Zana Hozan Berzan Delil",
        "Rojda Berfin Dilan Zilan Nesrin Jiyan Rojin Helin Bêrîvan Viyan Zerya Evin",
        "Barzani Talabani Zebari Kaya_k Amedi Hawrami Doski Rekani Sindi Bradosti Baban Mizuri "
        "Sorani Hakkari Botani Xelil Silopi Dersimi Herki Goyi",
    ),
    "persian": (
        "Reza Ali_p Mohammad Hossein Mehdi Amir_p Babak Dariush Farhad Kamran Arash Siamak Kourosh Omid",
        "Maryam Zahra Shirin Parisa Nasrin Leila_p Mahsa Golnar Roya Azadeh Niloufar Sima Ladan Taraneh",
        "Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi "
        "Ghorbani Tehrani Shirazi Esfahani Farahani Kashani Naderi Bahrami Azizi Soltani Jalali "
        "Tavakoli Rostami Khosravi Nikzad Yazdani Amini",
    ),
    "greek": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Athanasios "
        "Evangelos Spyridon Stavros Michalis Thanos Kostas Yannis",
        "Maria_g Eleni Aikaterini Vasiliki Sofia_g Angeliki Dimitra Georgia Eirini Despina Chrysoula "
        "Paraskevi Stella Theodora Ioanna Kalliopi",
        "Papadopoulos Papadakis Georgiou Dimitriou Nikolaidis Vlachos Oikonomou Konstantinidis "
        "Karagiannis Antoniou Pappas Makris Athanasiou Christodoulou Ioannidis Alexiou Stavrou "
        "Katsaros Mavridis Tsakiris Kyriakou Theodorou Panagiotopoulos Samaras Zervas Lambrakis "
        "Floros Galanis Raptis Kotsis",
    ),
    "balkan": (
        "Marko Stefan_b Nikola Luka Milan Dragan Goran Zoran Dejan Nenad Aleksandar Bojan Mirza "
        "Emir Adnan Haris Tarik Ivan_b Josip Tomislav Ante Damir Edin",
        "Ana Jelena Milica Ivana Marija Snežana Dragana Tijana Jovana Maja Amra Lejla Emina Selma "
        "Amina Mirela Petra_b Ivona Katarina Lana Vesna Biljana Sanja",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević "
        "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Božić Tomić Perić Pavić Hodžić "
        "Hadžić Kovač Begić Delić Mehmedović Sarajlić Ibrišimović Popović Radić Lukić Mitrović "
        "Kolarić Šarić Bešić",
    ),
    "albanian": (
        "Arben Besnik Driton Fatos Gentian Ilir Kushtrim Arianit Blerim Valon Agon Lulzim Dardan Flamur",
        "Albana Arta Besa Blerta Drita Elira Fjolla Gentiana Lindita Mimoza Rina Teuta Valbona Vjosa",
        "Berisha Krasniqi Gashi Morina Hoxha Shala Bytyqi Kastrati Rexhepi Sopi Thaçi Zeqiri Ahmeti "
        "Limani Osmani Musliu Dervishi Kelmendi Bajrami Halili Mustafa_al Ismaili",
    ),
    "romanian": (
        "Andrei_r Mihai Ionuț Alexandru Cristian Florin Gabriel Adrian_r Bogdan Răzvan Sorin Vlad "
        "Cătălin Ovidiu Costin",
        "Ioana Elena_r Andreea Alexandra Cristina Mihaela Raluca Roxana Bianca Irina_r Oana Simona "
        "Loredana Diana Corina",
        "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin "
        "Rusu Mocanu Munteanu Marin Dinu Lungu Tudor Florea Nistor Moldovan Dobre Barbu Ene "
        "Vasilescu Cristea Dragomir Neagu Ilie",
    ),
    "czech": (
        "Jiří Jan_c Petr Josef_c Pavel_c Martin_c Tomáš Jaroslav Miroslav Zdeněk Václav Ondřej "
        "Vojtěch Radek Lubomír",
        "Jana Eva_c Hana Lenka Kateřina Lucie Věra Alena Veronika_c Tereza Markéta Zuzana Pavla "
        "Barbora Klára",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil "
        "Pokorný Hájek Král Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil "
        "Čermák Vaněk Urban Blažek Kříž Kovář",
    ),
    "hungarian": (
        "László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Balázs Zsolt "
        "Levente Bence",
        "Mária Erzsébet Katalin Ilona Éva Anikó Zsuzsanna Krisztina Andrea_h Ágnes Réka Eszter "
        "Dóra Boglárka Tímea",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
        "Juhász Lakatos Mészáros Oláh Simon_h Rácz Fekete Szilágyi Török Fehér Balázs_h Gál "
        "Kocsis Orsós Pintér Fodor",
    ),
    "dutch": (
        "Daan Sem Lucas_d Levi Bram Thijs Jesse Ruben Sander Joost Pieter Wouter Maarten Bas "
        "Niels Koen Jeroen Stijn Gijs Floris Hidde Teun",
        "Emma_d Julia_d Sanne Lotte_d Fleur Femke Lieke Marieke Ilse Eline Maud Noor Roos "
        "Esmee Mirjam_d Anouk Sophie_d Lisanne Willemijn Janneke Annelies",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
        "Mulder de_Groot Bos Vos Peters_d Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
        "de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel "
        "van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems "
        "van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam ter_Horst van_der_Sloot Timmermans",
    ),
    "french": (
        "Jean Pierre Michel Philippe Alain Nicolas Julien Thomas_f Antoine Mathieu Guillaume "
        "Sébastien Olivier Christophe Laurent Vincent Maxime Benoît Hugo Arthur Louis Jules Gaël "
        "Jean-Luc Jean-Pierre Jean-Marc Théo Raphaël Baptiste Clément",
        "Marie Nathalie Isabelle Sylvie Catherine Sandrine Céline Aurélie Camille Léa Manon Chloé "
        "Juliette Pauline Émilie Margaux Océane Élodie Mathilde Amandine Inès Clémence Marie-Claire "
        "Anne-Sophie Marie-Laure Solène Maëlle Coralie",
        "Martin_f Bernard Dubois Thomas_fs Robert Richard Petit Durand Leroy Moreau Simon_f Laurent_s "
        "Lefebvre Michel_s Garcia_f Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent_s "
        "Muller_f Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand "
        "Gauthier Perrin Morel Mathieu_s Clément_s Dumas de_la_Fontaine Lacroix Marchand Brun Roussel "
        "Delacroix Beaumont Chauvin",
    ),
    "spanish": (
        "José Antonio_s Manuel Francisco Javier David_s Juan Daniel_s Carlos Jesús Alejandro Miguel "
        "Rafael Pablo Sergio Fernando Jorge Alberto Álvaro Diego Adrián Iker José_Luis Juan_Carlos",
        "María Carmen Ana_s Isabel Laura_s Cristina Marta Lucía Paula_s Elena_s Raquel Rocío Pilar "
        "Nuria Sara_s Alba Irene Beatriz Silvia_s Montserrat Ainhoa María_José Inmaculada",
        "García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín_s Jiménez "
        "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
        "Vázquez Ramos Gil Ramírez Serrano Blanco_s Molina Morales Suárez Ortega Delgado Castro "
        "Ortiz Rubio Marín Sanz Iglesias del_Río de_la_Cruz Echeverría Arrieta",
    ),
    "portuguese": (
        "João Tiago Rodrigo Miguel_p Pedro Rui Nuno Bruno_p Ricardo Gonçalo Diogo Duarte André_p "
        "Luís Vasco Lucas_p Gabriel_p Thiago Felipe",
        "Ana_p Beatriz_p Inês Mariana Joana Rita Catarina Sofia_p Carolina Leonor Matilde Teresa "
        "Marta_p Raquel_p Fernanda Larissa Camila Juliana",
        "Silva Santos Ferreira Pereira Oliveira Costa_p Rodrigues Martins Jesus Sousa Fernandes "
        "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia "
        "Mendes Nunes Soares Vieira Monteiro Cardoso Rocha dos_Santos da_Silva Barbosa Azevedo",
    ),
    "nordic": (
        "Erik Lars Anders Johan Nils Magnus Henrik_n Fredrik Olav Sigurd Bjørn Håkon Jens_n "
        "Søren Mikkel Rasmus Kasper Oskar Axel Gustav Viktor Emil_n Torbjørn Leif",
        "Ingrid_n Astrid Sigrid_n Karin_n Kristin Solveig Liv Ingeborg Maja_n Freja Sara_n Elin "
        "Linnea Ebba Alva Signe Mette Hanne Camilla Tove Ragnhild Malin Sanna",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Rasmussen "
        "Lindqvist Lindberg Bergström Sandberg Lundgren Holm Dahl Haugen Berg_n Strand Solberg "
        "Lindholm Nyström Sundqvist Ekström Halvorsen Bakke Thorsen Madsen Sørensen",
    ),
    "finnish": (
        "Juha Mikko Jari Timo Antti Matti Pekka Ville Janne Jukka Tuomas Lauri Eero Aleksi Olli",
        "Tuula Päivi Anne Sari Johanna_f Minna Satu Riikka Hanna Aino Eveliina Noora Kaisa Veera Sini",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
        "Salo Laitinen Tuominen Rantanen Karjalainen Jokinen",
    ),
    "english": (
        "Oliver George Harry Jack Jacob Charlie Thomas_e James William Joshua Daniel Samuel Joseph "
        "Henry Alfie Archie Ethan Isaac Lewis Max Oscar Alexander Dylan Edward Callum Liam Matthew "
        "Ryan Adam Benjamin Luke Nathan Aaron Ben_e Tom Rob Nick Steve Andrew Richard Paul_e Mark "
        "Simon_e Peter_e Graham Nigel Trevor Colin Stuart Neil Ian Gary Darren Wayne Craig Lee_e "
        "Jamie Toby Rory Freddie Hugo_e Jasper Rupert Giles Tristan Elliot Reuben Stanley Arthur_e "
        "Albert_e Jude Theo_e Sebastian_e Mark_Anthony John_Paul",
        "Olivia Amelia Isla Ava Emily Isabella Mia_e Poppy Ella Lily Jessica Sophie_e Grace_e "
        "Charlotte_e Evie Ruby Chloe Freya Daisy Phoebe Sienna Florence Harriet Imogen Beatrice_e "
        "Rosie Lucy Hannah_e Eleanor Abigail Emma_e Sarah Rebecca Rachel Claire Helen Joanne "
        "Nicola Gemma Kirsty Leanne Stacey Kelly Tracey Julie Karen Alison Deborah Gillian Lorraine "
        "Hayley Zoe Bethany Niamh_e Victoria Katie Holly Megan Jade Fiona_e Pippa Tamsin Verity "
        "Lily-Rose Anne-Marie Mary_Kate",
        "Smith Jones Williams_e Taylor Brown Davies Evans Wilson Thomas_es Johnson Roberts Robinson "
        "Thompson Wright Walker White_e Edwards Hughes Green_e Hall Lewis_s Harris Clarke Patel_e "
        "Jackson Wood_e Turner Martin_e Cooper Hill_e Ward Morris Moore Clark Lee_es Harrison Morgan "
        "Allen James_s Scott Phillips Watson Davis Parker Bennett Carter Shaw Griffiths Lloyd "
        "Ellis Richardson Marshall Collins Russell Chapman Webb Mills Atkinson Hunt Matthews Holmes "
        "Palmer Fletcher Pearson Barnes Dixon Harvey Gibson Armstrong Sutton Ashworth Pemberton "
        "Whitfield Thornton Cartwright Hargreaves Fairbairn Blackwood Hollingsworth Ravensworth "
        "Entwistle Oakley Sheffield Wetherby Pickering Crowther Ackroyd Haworth Postlethwaite "
        "Kettleborough Fenwick Goodwin Barraclough Sowerby Lister Wainwright Bottomley Illingworth "
        "Greenwood Ramsbottom Tillotson Heseltine Copley Hebblethwaite",
    ),
    "american": (
        "Michael_a Christopher Joshua_a Tyler Brandon Austin Justin Kyle Cody Dustin Travis Chase "
        "Hunter_g Logan Mason_g Carter_g Wyatt Jackson_g Grayson Brody Colton Bryce Garrett Chad "
        "Trent Bradley Jeremy Kevin Scott_g Brian Jason Eric Todd Derek Marcus Dwayne Tyrone "
        "Jamal DeShawn Andre Luis_a Carlos_a",
        "Ashley Jennifer Jessica_a Amanda Brittany Megan_a Lauren Kayla Madison Brianna Taylor_g "
        "Addison Harper Avery Kennedy Aubrey Savannah Brooke Courtney Heather Amber Crystal Tiffany "
        "Stephanie Melissa Kimberly Shannon Danielle Latoya Keisha Mary_Beth Billie_Jo Peyton",
        "Johnson_a Williams Miller_a Davis_a Garcia Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Anderson Jackson_a Thompson_a Harris_a Sanchez Ramirez Nelson Mitchell Roberts_a Campbell_a "
        "Perez Stewart Sanders Morris_a Rogers Reed Cook_a Morgan_a Bell_a Murphy_a Bailey Rivera "
        "Cooper_a Richardson_a Cox Howard Peterson Gray_a Ramos_a Kim_a Washington Jefferson "
        "Henderson Coleman Jenkins Perry Powell Patterson Hughes_a Flores Simmons Foster Gonzales "
        "Bryant Alexander_a Griffin Hayes Myers Ford Hamilton Graham_s Sullivan_a Wallace Woods "
        "Kowalczyk_a Schwartz Weinberg Goldstein Rosenthal Kaplan Novak_a Lindgren Yoder Stoltzfus "
        "McCarthy_a Delgado_a",
    ),
    "irish": (
        "Seán Conor Cian Oisín Darragh Fionn Ciarán Pádraig Eoin Dónal Cathal Tadhg Ruairí Niall "
        "Colm Declan Shane Aidan Ronan Killian Brendan Fergal Diarmuid Eamon",
        "Aoife Saoirse Siobhán Niamh Ciara Caoimhe Róisín Orla Clodagh Sinéad Gráinne Aisling "
        "Méabh Áine Eimear Deirdre Nuala Bríd Maeve Fiadh Clíodhna Treasa Úna Órlaith",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan_s O'Connor O'Neill O'Reilly Doyle "
        "McCarthy Gallagher O'Doherty Kennedy_s Lynch Murray Quinn Moore_i McLoughlin O'Carroll "
        "Connolly Daly Connell Dunne Brennan Burke Collins_i Fitzgerald Nolan Fahy Keane Hennessy "
        "Ó_Súilleabháin Ní_Bhriain Mac_Giolla_Phádraig Ó_Riordáin Ní_Cheallaigh Cullinane Geraghty "
        "Tierney Flanagan Healy Mulcahy",
    ),
    "scottish": (
        "Angus Alasdair Callum_s Euan Fraser Hamish Ross Duncan Lachlan Murdo Struan Finlay Ewan "
        "Gregor Iain Calum",
        "Eilidh Isla_s Morag Kirsteen Catriona Mhairi Fiona Ailsa Iona Shona Kirsty_s Lorna Rhona "
        "Skye Elspeth Marion",
        "MacDonald Campbell MacLeod Stewart_s Robertson Thomson Anderson_s Reid Murray_s Ross_s "
        "Paterson Fraser_s Mackenzie McAllister Sinclair Buchanan Lindsay Cameron Crawford Munro "
        "Drummond Gillespie Ferguson Kerr Mackay Macintyre Menzies Urquhart Matheson Sutherland "
        "McGregor Galbraith Lamont Baird Rennie Dunbar",
    ),
    "welsh": (
        "Dafydd Rhys Gethin Owain Emyr Iwan Gareth Huw Aled Geraint Meirion Ioan Llŷr Tomos",
        "Cerys Ffion Angharad Sian Nia Eleri Gwen Carys Bethan Lowri Mererid Rhiannon Catrin Seren",
        "Jones_w Williams_w Davies_w Evans_w Thomas_w Roberts_w Hughes_w Lewis_w Morgan_w Griffiths_w "
        "Price_w Rees Pritchard Prosser Parry Bowen Powell_w Llewellyn Vaughan Jenkins_w ap_Rhys "
        "Pugh Probert Gwilliam Bevan Meredith Howells Cadwaladr Tudur",
    ),
    "indian": (
        "Rahul Amit Arjun Vikram Rohan Sanjay Rajesh Anil Suresh Karan Aditya Siddharth Nikhil "
        "Varun Manish Pranav Harish Deepak Gaurav Abhishek Ravi Vivek Kunal Arvind",
        "Priya Ananya Divya Pooja Neha Kavya Sneha Anjali Lakshmi Meera Shreya Aishwarya Ritu "
        "Nisha Swati Deepika Sunita Radhika Isha Aarti Kiran Jyoti Pallavi Tanvi",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Mehta Shah Joshi Rao Desai Chopra Malhotra "
        "Kapoor Banerjee Chatterjee Mukherjee Pillai Menon Agarwal Bhatt Verma Kulkarni Srinivasan "
        "Krishnan Venkatesh Chaudhary Saxena Trivedi Bose",
    ),
    "pakistani": (
        "Imran Usman Bilal_p Faisal Kashif Asif Tariq Waqas Adeel Zeeshan Haris_p Shahid Junaid Hamza_p",
        "Ayesha Sana Hira Mehwish Saima Nadia_p Rabia Amna Fariha Sadia Zara Mahnoor Iqra Bushra",
        "Khan Ahmed Malik Hussain Butt Chaudhry Qureshi Sheikh Akhtar Raza Iqbal Baig Mirza_p Siddiqui "
        "Aslam Javed Rana Bhatti Abbasi Shah_p Anwar Hashmi Saeed Zaidi",
    ),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Babatunde Ifeanyi Obinna Chukwuemeka Olumide Femi Adebayo "
        "Uchenna Segun Kelechi Nnamdi Ayodele Ikenna Damilola Yusuf_n Abubakar",
        "Chiamaka Ngozi Adaeze Funmilayo Oluwakemi Chioma Nneka Folake Yetunde Adaora Ifeoma Bisola "
        "Temitope Amarachi Zainab_n Halima Uchechi Omolara Titilayo Ebele",
        "Okafor Adeyemi Okonkwo Eze Nwosu Adebayo_s Okoro Obi Chukwu Olawale Balogun Bello Ogunleye "
        "Nwachukwu Ibrahim_n Onyekachi Afolabi Oyelaran Adeleke Babatunde_s Ogundipe Okeke Anyanwu "
        "Ezeani Akinola Olatunji Uzor Nnadi",
    ),
    "ghanaian": (
        "Kwame Kofi Kwabena Kojo Yaw Kwaku Kwesi Nana Ebo Fiifi Kobina Nii",
        "Ama Akosua Abena Afua Adwoa Yaa Akua Efua Esi Aba Naa Adjoa",
        "Mensah Boateng Owusu Asante Osei Agyeman Appiah Ofori Darko Amoah Acheampong Sarpong "
        "Antwi Frimpong Opoku Addo Quaye Tetteh Annan Amponsah Badu Kuffour",
    ),
    "kenyan": (
        "Kamau Otieno Kipchoge Mwangi_g Ochieng Njoroge Kiprono Mutua Omondi Kibet Baraka",
        "Wanjiru Akinyi Achieng Njeri Wambui Nyambura Chebet Jepkosgei Atieno Wairimu Muthoni Awino",
        "Mwangi Kariuki Onyango Wafula Kiplagat Odhiambo Maina Njoroge_s Kimani Waweru Mutiso "
        "Chege Karanja Kiprotich Owino Ndirangu Wekesa Barasa Keter Rotich",
    ),
    "chinese": (
        "Wei Jun Lei Hao Qiang Jian Ming Bo Tao Zhiwei Yuxuan Haoran Zihao Jiahao Xiaoming Ka-ho "
        "Chun-kit Wing-hong Zhen Peng",
        "Fang Jing Yan Hui Xin Ling Mei Yiting Xiaoling Zihan Yuting Shu Qing Lan Ying Wing-yan "
        "Mei-ling Hoi-yan Xue Yun",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng "
        "Liang Xie Tang Feng Deng Cao Peng_s Chan Wong Cheung Lau Leung Ng Lam Tsang Yip",
    ),
    "japanese": (
        "Haruto Yuto Sota Ren Hiroshi Takeshi Kenji Daiki Ryota Shota Kazuki Takumi Yusuke Kenta "
        "Naoki Satoshi Hiroki",
        "Yui Hina Sakura Aoi Yuki Haruka Misaki Ayaka Nanami Mei_j Rin Miyu Akiko Keiko Tomoko "
        "Yoko Emi",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda "
        "Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa",
    ),
    "korean": (
        "Min-jun Seo-jun Do-yun Ji-ho Ha-jun Joon-young Sung-min Hyun-woo Jae-won Tae-yang Dong-hyun "
        "Sang-hoon",
        "Ji-woo Seo-yeon Ha-eun Min-seo Ji-min Soo-ah Yoon-seo Eun-ji Hye-jin Su-bin Da-eun Na-yeon",
        "Kim Lee_k Park Choi Jung Kang Cho Yoon Jang Lim Han_k Seo Shin Kwon Hwang Ahn Song_k "
        "Yoo Hong",
    ),
    "vietnamese": (
        "Minh Anh_m Huy Tuấn Dũng Hùng Khoa Long_v Phúc Quang Thành Đức Hoàng_g Nam Trung",
        "Linh Lan_v Mai Hương Thảo Ngọc Trang Hạnh Hoa Thu Phương Vy Hằng Nhung Yến",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Ngô Dương Lý Trương Đinh Lâm Tạ",
    ),
    "filipino": (
        "Jose_f Juan_f Mark_f John_Paul_f Jerome Rommel Ramil Noel Arnel Joel Rodel Jayson "
        "Christian_f Angelo Paolo_f",
        "Maricel Rowena Jocelyn Marites Lorna_f Rhea Cherry Analyn Jonalyn Princess Kristine "
        "Joy Rosalie_f Lovely Mary_Grace",
        "Santos_f Reyes Cruz Bautista Ocampo Garcia_p Mendoza Torres_f Tomas Andres Castillo "
        "Flores_f Villanueva Ramos_f Castro_f Rivera_f Aquino Navarro_f Salazar Mercado Dela_Cruz "
        "Manalo Soriano Dizon Pascual Macapagal",
    ),
    "baltic": (
        "Mindaugas Tomas_l Darius Vytautas Andrius Jonas_l Mantas Gintaras Jānis Mārtiņš Kristaps "
        "Edgars Raimonds Artūrs",
        "Rūta Eglė Asta Jurgita Ieva Gintarė Rasa Laura_l Ilze Līga Inese Dace Kristīne Zane",
        "Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas "
        "Urbonas Kavaliauskas Bērziņš Kalniņš Ozoliņš Jansons Liepiņš Krūmiņš Balodis Zariņš "
        "Vītols Kļaviņš",
    ),
    "ethiopian": (
        "Abebe Dawit Tesfaye Yonas Bereket Mulugeta Getachew Haile Solomon Tewodros",
        "Selam Hiwot Meron Tigist Bethlehem Mahlet Liya Rahel Saba Tsion",
        "Tesfaye_s Bekele Haile_s Girma Tadesse Alemu Wolde Gebremedhin Mengistu Kebede Demissie "
        "Asfaw Berhane Negash",
    ),
}

# Surnames that are ordinary words. Drawn for about 7 % of people of the matching language group.
ORDINARY_EN = (
    "Baker Hunter Fox Rose May Young King Long Cook Hope Frost Miller Knight Stone Price Little "
    "Wood Bird Bell Green White Black Gray Mason Porter Sharp Swift Lamb Hill Moss Field Marsh Brook "
    "Banks Page Short Strong Bishop Fisher Carpenter Potter Shepherd Cross Lane Church Castle Hardy "
    "Noble Rich Steel"
).split()
ORDINARY_DE = (
    "Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Mai Fink Schneider Müller "
    "Fischer Weber Becker Hahn Kaiser Graf Engel Braun Schwarz Weiß Hase Storch Adler Berg Stein "
    "Busch Baum Ernst Kurz Frei Zimmermann Bäcker Schäfer Richter Meister Jung Kühn Bach Licht "
    "Sonne Strauß Wirth Kranich"
).split()

# Given names that are also English words; used like any other given name.
ORIGIN_GROUPS_EN = ["english", "american", "irish", "scottish", "welsh"]
ORIGIN_GROUPS_DE = ["german", "austrian", "swiss"]

# Origin weights per text language (before country boosts).
WEIGHTS = {
    "en": {
        "english": 40, "american": 24, "irish": 8, "scottish": 5, "welsh": 3, "indian": 4,
        "pakistani": 3, "polish": 2.5, "german": 2, "nigerian": 2, "ghanaian": 1, "kenyan": 1,
        "chinese": 2, "japanese": 0.8, "korean": 0.8, "vietnamese": 0.8, "filipino": 1.2,
        "italian": 1.2, "spanish": 1.2, "portuguese": 1, "french": 1.2, "dutch": 0.8,
        "nordic": 0.8, "finnish": 0.4, "greek": 0.8, "turkish": 0.8, "arabic": 1.2, "kurdish": 0.4,
        "persian": 0.8, "russian": 0.6, "ukrainian": 0.8, "balkan": 0.8, "albanian": 0.5,
        "romanian": 1, "czech": 0.5, "hungarian": 0.5, "baltic": 0.6, "austrian": 0.4,
        "swiss": 0.4, "ethiopian": 0.5,
    },
    "de": {
        "german": 24, "austrian": 9, "swiss": 8, "turkish": 6, "polish": 3.5, "italian": 3,
        "russian": 2, "ukrainian": 2, "arabic": 2.2, "kurdish": 1.2, "persian": 1.2, "greek": 1.5,
        "balkan": 3, "albanian": 1.5, "romanian": 1.5, "czech": 1, "hungarian": 1, "dutch": 1,
        "french": 1.2, "spanish": 1, "portuguese": 0.8, "nordic": 0.8, "finnish": 0.4,
        "english": 1.5, "american": 0.8, "irish": 0.4, "scottish": 0.3, "welsh": 0.2, "indian": 1,
        "pakistani": 0.5, "nigerian": 0.6, "ghanaian": 0.5, "kenyan": 0.4, "chinese": 0.8,
        "japanese": 0.5, "korean": 0.5, "vietnamese": 1, "filipino": 0.4, "baltic": 0.5,
        "ethiopian": 0.4,
    },
}

# Multipliers for origins by the person's country.
BOOSTS = {
    "DE": {"german": 1.6},
    "AT": {"austrian": 2.5, "balkan": 1.5, "german": 0.8},
    "CH": {"swiss": 2.5, "italian": 1.3, "albanian": 1.5, "german": 0.6},
    "GB": {"english": 1.4, "scottish": 1.3, "welsh": 1.3, "indian": 1.3, "pakistani": 1.3},
    "US": {"american": 3.0, "english": 0.4, "spanish": 1.5},
    "IE": {"irish": 5.0, "english": 0.5},
    "FR": {"french": 12.0},
    "NL": {"dutch": 14.0},
    "IT": {"italian": 14.0},
}

# Double given names drawn by joining two names of one origin.
DOUBLE_JOIN = {"german": "-", "austrian": "-", "french": "-", "swiss": " ", "spanish": " ",
               "portuguese": " "}

# Origins whose surnames may be hyphenated (two surnames of the same origin).
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic"]

# Origins whose names may lose their special letters.
FOLDABLE = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian", "hungarian",
            "baltic", "kurdish"]

PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "zu", "vom", "ter", "di", "da", "dos",
             "del", "lo", "ap", "mac", "ó", "ní", "dela", "al", "el", "ben", "giolla"]

# Syllables for invented names.
ONSETS = ["b", "br", "d", "dr", "f", "fr", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr",
          "r", "s", "st", "sl", "t", "tr", "v", "w", "z", "sch", "th", "j", "ch", "sv", "kl", "bl"]
VOWELS = ["a", "e", "i", "o", "u", "ei", "au", "ia", "ie", "ou", "y", "ä", "ö", "ü"]
MIDS = ["l", "n", "r", "m", "nd", "rt", "ss", "lv", "rk", "st", "nt", "v", "b", "d", "g"]
GIVEN_ENDS_M = ["o", "an", "ius", "el", "ard", "wen", "ric", "in", "ek", "ar", "os", "imir"]
GIVEN_ENDS_F = ["a", "ina", "ella", "ine", "ia", "ette", "ly", "anne", "is", "ora", "ika"]
SUR_ENDS = ["mann", "berg", "wick", "escu", "inen", "ström", "ovic", "ley", "ton", "hoff",
            "ani", "eda", "quist", "ard", "ser", "inger", "ak", "oux", "elli", "ak", "ford"]

# Words an invented name may not be.
COMMON_WORDS = (
    "the and for with from this that have will your about when what here there order parcel "
    "store shop team call mail note line name date time card bank email phone street road "
    "und der die das mit von für bei auf ist sind wir ihr sie bitte danke gruss gruß liebe "
    "talgrat almweg fernkamm firstwand gitterhang hochsattel kaltkar morgengrat rinnental "
    "schauerpass steinlauf trittweg wintersteig slate lichen gentian schiefer flechte enzian "
    "felsgrau moorbraun tannenschatten gratblau alpenglow alpenglühen kalkstein limestone "
    "bored bride brave grin trim train stain drain brain dine wine mine line fine pine vine "
    "doll dell hell bell sell tell well fell kill mill till will bill pill fill hill "
    "sand land band hand wand bond fond pond mond wind kind rind find mind bind grind "
    "brand grand stand strand gland frost trust tost rost most lost post host cost"
).split()
