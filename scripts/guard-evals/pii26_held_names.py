"""Name lists for the held-out half of the twenty-sixth PII bank (heldout26).

Written for this half; no package, no Faker. Each origin has female given names (F),
male given names (M) and surnames (S). An underscore stands for a space inside one name
(`van_der_Sloot` is the surname "van der Sloot"). Lists stay lists: no sets, so the
order is fixed and the draws are the same under any PYTHONHASHSEED.
"""

# (origin, female given names, male given names, surnames)
_RAW = [
    ("german",
     "Anna Lena Lea Hannah Sophie Marie Laura Julia Katharina Sarah Johanna Clara Charlotte "
     "Emma Mia Nele Paula Greta Frieda Ida Merle Luisa Carolin Franziska Sabine Petra Monika "
     "Ursula Heike Birgit Claudia Silke Anja Kerstin Tanja Nicole Stefanie Jana Svenja Wiebke "
     "Anke Imke Gesa Inken Hedwig Ilse Gisela Renate Dagmar Annika Jule Theresa Antje Regina "
     "Anna-Lena Marie-Luise Lena_Marie Anne-Kathrin",
     "Lukas Jonas Leon Finn Paul Felix Maximilian Ben Elias Noah Tim Jan Niklas Moritz Jakob "
     "Tobias Florian Sebastian Philipp Simon David Matthias Thomas Michael Andreas Stefan Frank "
     "Jürgen Uwe Dieter Klaus Wolfgang Helmut Rainer Bernd Holger Torsten Dirk Jens Sven Malte "
     "Hauke Jannik Ole Till Henrik Volker Gerd Joachim Ulrich Detlef Karl-Heinz Hans-Peter "
     "Hans-Jürgen Jan-Niklas Lars",
     "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
     "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
     "Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann "
     "König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel "
     "Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht "
     "Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto "
     "Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl "
     "Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Brinkmann Janssen "
     "Hinrichs Ostermann Detmers Harms Jürgensen Thiessen Claußen Petersen Rademacher "
     "Wübbena Brockmann Heitkamp von_der_Heyde von_Bülow zu_Dohna von_Arnim"),
    ("austrian",
     "Magdalena Viktoria Elisabeth Theresa Valentina Sophia Hanna Leonie Verena Bettina Gabriele "
     "Christa Hermine Rosalinde Lisa Katrin Romana Birgit Marlene Waltraud Johanna Anna-Maria "
     "Stefanie Carina",
     "Florian Markus Alexander Lorenz Valentin Clemens Gernot Herbert Ferdinand Leopold Josef "
     "Franz Wolfgang Manfred Reinhard Bernhard Christoph Dominik Kilian Matthäus Raphael Vinzenz "
     "Gerhard Johann Georg",
     "Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer "
     "Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang "
     "Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster "
     "Holzer Strasser Hasler Wieser Mair Rainer Kofler Pirker Unterberger Oberhauser Hinterleitner "
     "Riegler Stadler Zechner Pölzl Kogler Url Grubmüller"),
    ("swiss",
     "Seraina Ladina Corina Nadja Flurina Mirjam Rahel Livia Noemi Jasmin Madeleine Annina "
     "Cornelia Regula Vreni Beatrice Ursina Chiara Fabienne Debora Alessia Tamara Salome",
     "Reto Urs Beat Ueli Marco Andrin Gian Luca Fabio Silvan Jürg Adrian Claudio Dario Lars "
     "Nico Pascal Mario Roman Flurin Matthias Cyrill Samuel Remo",
     "Meier Müller Keller Frei Gerber Baumann Zürcher Brunner Graf Kälin Egli Widmer Gisler "
     "Arnold Wyss Lüthi Bühler Schmid Hess Steiner Moser Ammann Zbinden Rüegg Vogt Bachmann "
     "Marti Burri Hofstetter Schläpfer Tobler Flückiger Aebischer Schürch Imhof Studer Zaugg "
     "Känzig Bieri Rohrer Stucki Grünig Christen Hürlimann Caflisch Casutt Cathomen"),
    ("turkish",
     "Ayşe Elif Zeynep Fatma Emine Merve Büşra Esra Derya Aylin Selin Melek Gül Dilara Sevgi "
     "Hatice Nazlı Ebru Özlem Yasemin Songül Hülya Gizem Tuğba Irmak Ecrin Defne",
     "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Kemal Yusuf Ömer Serkan "
     "Tolga Cem Deniz Onur Volkan Kaan Arda Furkan Oğuz Eren Tarık Barış Can",
     "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
     "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Aktaş Güneş Bulut Tekin "
     "Akın Keskin Ünal Karaca Uçar Avcı Bozkurt Ekinci Tuncer Acar Güler Sarı Özer"),
    ("polish",
     "Agnieszka Katarzyna Małgorzata Magdalena Joanna Aleksandra Monika Ewa Barbara Dorota "
     "Zofia Natalia Weronika Julia Kinga Beata Grażyna Justyna Paulina Iwona Marta Karolina",
     "Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Mateusz Grzegorz Wojciech "
     "Kamil Bartosz Dariusz Jarosław Szymon Adam Rafał Przemysław Sławomir Zbigniew Maciej",
     "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
     "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
     "Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król "
     "Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski "
     "Rutkowski Sikora"),
    ("italian",
     "Giulia Francesca Chiara Sara Martina Valentina Alessandra Federica Elena Silvia Paola "
     "Roberta Giorgia Beatrice Ilaria Serena Lucia Marta Arianna Camilla Rosalba Antonella",
     "Marco Alessandro Matteo Lorenzo Andrea Francesco Giuseppe Luca Davide Simone Stefano "
     "Riccardo Federico Giovanni Antonio Salvatore Vincenzo Emanuele Pietro Nicola Tommaso "
     "Gianluca",
     "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
     "De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
     "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra "
     "Di_Stefano Lo_Bianco D'Angelo De_Santis Fabbri Cattaneo"),
    ("russian",
     "Olga Natalia Jelena Tatjana Swetlana Irina Anastasia Jekaterina Marina Ljudmila Darja "
     "Polina Xenia Alina Oksana Walentina Galina Nadeschda",
     "Dmitri Sergei Alexei Andrei Iwan Wladimir Nikolai Michail Pawel Juri Maxim Artjom Roman "
     "Jewgeni Konstantin Boris Grigori Wiktor",
     "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow Morosow "
     "Wolkow Alexejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanow Nikolajew Orlow Andrejew "
     "Makarow Saizew Solowjow Belousow Romanow Sacharow Tichonow Gromow"),
    ("russian_en",
     "Olga Natalya Yelena Tatiana Svetlana Irina Anastasia Yekaterina Marina Lyudmila Darya "
     "Polina Ksenia Alina Valentina Galina Nadezhda Vera",
     "Dmitry Sergei Alexei Andrei Ivan Vladimir Nikolai Mikhail Pavel Yuri Maxim Artyom Roman "
     "Yevgeny Konstantin Boris Grigory Viktor",
     "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov "
     "Volkov Alexeyev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev "
     "Makarov Zaitsev Solovyov Belousov Romanov Zakharov Tikhonov Gromov"),
    ("ukrainian",
     "Oksana Olena Iryna Kateryna Solomiia Khrystyna Yuliia Viktoriia Halyna Larysa Mariia "
     "Nadiia Zoriana Oleksandra Uliana Tetiana Ivanna Liliia",
     "Oleksandr Andrii Mykola Taras Bohdan Yaroslav Vasyl Ostap Serhii Dmytro Volodymyr Petro "
     "Yurii Oleh Roman Vitalii Maksym Stepan",
     "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliinyk "
     "Lysenko Marchenko Moroz Savchenko Rudenko Polishchuk Hnatiuk Pavlenko Karpenko Levchenko "
     "Hrytsenko Kuzmenko Zinchenko Tymoshenko Romaniuk Shevchuk Ponomarenko Yatsenko Hordiienko "
     "Vasylenko Fedoriv"),
    ("arabic",
     "Fatima Aisha Mariam Layla Nour Yasmin Salma Huda Rania Amira Lina Dina Hanan Reem Samira "
     "Zainab Noor Jana Malak Rasha",
     "Mohammed Ahmad Omar Khaled Youssef Ibrahim Hassan Ali Mahmoud Tarek Samir Karim Walid "
     "Bilal Rami Fadi Nabil Hamza Ziad Majid",
     "Haddad Khalil Nasser Saleh Hamdan Mansour Darwish Aziz Abdullah Rahman Haidar Qasim "
     "Al-Masri Al-Hassan El-Amin Othman Suleiman Bakr Sabbagh Jaber Hijazi Yassin Farouk Awad "
     "Taha Kanaan Barakat Zaher Shami Habibi"),
    ("kurdish",
     "Rojda Berfin Dilan Roza Zilan Helin Jiyan Nergiz Rojin Bese Evin Hêvî Delal Sosin",
     "Azad Baran Rojhat Dilşad Serhat Kawa Rêzan Welat Şervan Ciwan Berzan Hozan Zagros Alan",
     "Barzani Talabani Zaxoyî Amedi Berwari Dersimi Goran Hawrami Kurdî Mirani Botan Soran "
     "Şêxmûs Xelîl Zana Bedirxan Cizîrî Rêber Amûdî Hesen"),
    ("persian",
     "Shirin Maryam Parisa Nasrin Leila Azadeh Niloufar Mahsa Golnar Soraya Roya Farnaz Yasaman "
     "Sahar Mitra Setareh",
     "Reza Amir Ali-Reza Mehdi Babak Kourosh Dariush Farhad Hamid Navid Saeed Behnam Arash "
     "Kamran Payam Siamak",
     "Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Rahimi Sadeghi Hashemi Ghorbani "
     "Tehrani Shirazi Esfahani Ansari Farahani Kazemi Bagheri Nazari Amini Sharifi Zand Parsa "
     "Golzar Kiani"),
    ("greek",
     "Maria Eleni Katerina Vasiliki Sofia Georgia Dimitra Ioanna Anastasia Despina Evangelia "
     "Konstantina Christina Paraskevi Athina Chrysa Stavroula Zoi",
     "Giorgos Dimitris Nikos Konstantinos Kostas Giannis Christos Vasilis Panagiotis Stavros "
     "Thanasis Spyros Michalis Apostolos Theodoros Manolis Petros Alexandros",
     "Papadopoulos Papadakis Georgiou Nikolaidis Konstantinidis Dimitriou Vlachos Karagiannis "
     "Ioannidis Makris Antoniou Christodoulou Oikonomou Panagiotopoulos Alexiou Stavrou "
     "Athanasiou Kyriakidis Michailidis Theodorou Zervas Katsaros Manolakis Lambrakis Pappas "
     "Galanis Anagnostou Raptis"),
    ("balkan",
     "Ana Ivana Jelena Marija Milica Snežana Dragana Tamara Maja Vesna Mirjana Jasmina Amra "
     "Lejla Emina Azra Katarina Danijela Sanja Gordana",
     "Marko Nikola Stefan Luka Milan Dragan Zoran Goran Nemanja Aleksandar Dejan Ivan Tomislav "
     "Emir Adnan Haris Damir Mirza Vladimir Bojan",
     "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Horvat Kovačević "
     "Babić Marić Jurić Novak Knežević Vuković Hadžić Begić Mehmedović Delić Kovač Šarić Perić "
     "Tomić Radić Lukić Popović Mitrović Zorić Matić Hodžić Salihović Brkić"),
    ("albanian",
     "Arta Blerina Drita Elira Fjolla Gentiana Jehona Kaltrina Lirije Mimoza Rina Valbona "
     "Vjosa Albulena Edona Teuta",
     "Arben Besnik Blerim Driton Fatmir Gëzim Ilir Kujtim Leutrim Valon Agron Bujar Dardan "
     "Florent Genc Shpend",
     "Berisha Krasniqi Gashi Morina Hoxha Shala Bytyqi Kelmendi Rexhepi Hasani Ahmeti Kastrati "
     "Zeka Rama Leka Dushku Meta Basha Dervishi Osmani Selimi Kryeziu"),
    ("romanian",
     "Ioana Andreea Elena Mihaela Alexandra Cristina Roxana Raluca Simona Gabriela Oana Bianca "
     "Daniela Camelia Irina Florentina",
     "Andrei Mihai Alexandru Ion Gheorghe Florin Bogdan Cristian Adrian Ionuț Răzvan Sorin "
     "Cătălin Vlad Marius Dorin",
     "Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Matei Ciobanu Rusu Munteanu "
     "Constantin Mihai Marin Tudor Florea Dinu Lazăr Nistor Vasilescu Moldovan Cojocaru "
     "Sandu Barbu"),
    ("czech",
     "Tereza Eliška Kateřina Lucie Veronika Petra Markéta Hana Jana Zuzana Alžběta Klára "
     "Barbora Adéla Radka Vendula",
     "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Vojtěch Ondřej Lukáš "
     "Radek Vít Matěj",
     "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil "
     "Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák "
     "Urban Vaněk Blažek Kříž Kovář Bartoš"),
    ("hungarian",
     "Zsófia Réka Eszter Katalin Anikó Krisztina Orsolya Boglárka Dóra Ildikó Erzsébet Noémi "
     "Tímea Hajnalka Csilla Judit",
     "László István Zoltán Gábor Attila Balázs Csaba Tamás Bence Levente Gergely Ferenc Zsolt "
     "Dániel Márton Áron",
     "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász "
     "Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kocsis Pintér "
     "Szűcs"),
    ("dutch",
     "Sanne Femke Anouk Lotte Eva Fleur Maud Noor Sophie Lieke Marloes Ingrid Wilma Annemieke "
     "Mirjam Floor Jet Marijke Saskia Bregje",
     "Daan Sem Bram Thijs Lars Ruben Joost Wouter Pieter Jeroen Bas Sjoerd Maarten Niels "
     "Koen Gijs Hendrik Willem Jan-Willem Stijn",
     "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder "
     "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
     "de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel "
     "van_der_Veen van_Beek Schouten Willems Hoekstra Verbeek van_der_Sloot"),
    ("french",
     "Camille Léa Manon Chloé Inès Juliette Louise Margaux Élodie Aurélie Céline Sandrine "
     "Nathalie Isabelle Sylvie Mathilde Clémence Océane Anaïs Marie-Claire",
     "Julien Mathieu Nicolas Antoine Maxime Guillaume Thomas Hugo Théo Baptiste Clément Romain "
     "Olivier Laurent Sébastien Jérôme Benoît Étienne Jean-Luc Pierre-Yves",
     "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
     "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre "
     "Mercier Dupont Lambert Bonnet François Martinez Chevalier Fontaine Rousseau Blanchard "
     "de_la_Fontaine Gauthier Perrin Marchand"),
    ("spanish",
     "Lucía María Carmen Sofía Paula Elena Laura Marta Alba Cristina Irene Nuria Rocío Pilar "
     "Beatriz Inmaculada Ainhoa Noelia Lorena Montserrat",
     "Javier Alejandro Pablo Sergio Daniel Carlos Miguel Álvaro Jorge Raúl Diego Adrián Iván "
     "Rubén Íñigo Jesús Manuel Francisco José_Luis Juan_Carlos",
     "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
     "Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez "
     "Vázquez Ramos Gil Ramírez Serrano Blanco Molina Castro Ortega Rubio Delgado Ortiz Marín "
     "Sanz Iglesias de_la_Cruz del_Río"),
    ("portuguese",
     "Inês Beatriz Mariana Leonor Matilde Carolina Rita Catarina Joana Filipa Sara Marta "
     "Madalena Teresa Graça Conceição",
     "João Tiago Rodrigo Duarte Gonçalo Afonso Rui Nuno Pedro Ricardo Diogo Bruno Vasco Luís "
     "Miguel Henrique",
     "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
     "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira "
     "Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha dos_Santos da_Silva"),
    ("brazilian",
     "Ana_Clara Luíza Larissa Thaís Camila Juliana Fernanda Bruna Gabriela Letícia Vitória "
     "Raquel Débora Priscila",
     "Thiago Lucas Matheus Gustavo Rafael Leonardo Felipe Caio Vinícius Guilherme Murilo "
     "Enzo Heitor Rogério",
     "Barbosa Araújo Cavalcanti Nascimento Lima Azevedo Melo Freitas Dias Castro Campos "
     "Cardoso Moura Rezende Brandão Siqueira Queiroz Bezerra Macedo Prado"),
    ("nordic",
     "Ingrid Astrid Sigrid Freja Linnea Elin Maja Karin Sanna Tove Ebba Hedda Ragnhild Solveig "
     "Signe Ida Malin Kirsten Mette Liv",
     "Erik Lars Nils Anders Magnus Henrik Oskar Axel Gustav Johan Sven Bjørn Rasmus Mikkel "
     "Søren Torbjørn Håkon Emil Jesper Olav",
     "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
     "Lindqvist Bergström Lundgren Sjöberg Ekström Hansen Johansen Olsen Larsen Andersen "
     "Pedersen Nielsen Kristiansen Jensen Haugen Bakke Solberg Lindholm Dahl Halvorsen "
     "Nygaard Holm"),
    ("finnish",
     "Aino Eveliina Helmi Kaisa Liisa Minna Päivi Riikka Sanna Tiina Hanna Satu Venla Outi",
     "Juha Jukka Mikko Antti Timo Pekka Matti Ville Janne Lauri Tapio Eero Heikki Olli",
     "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
     "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
     "Salo Laitinen Tuominen Rantanen"),
    ("english",
     "Olivia Amelia Isla Ava Emily Sophie Grace Lily Ella Charlotte Poppy Evie Harriet Imogen "
     "Lucy Hannah Jessica Rebecca Victoria Eleanor Katie Abigail Beth Chloe Georgia Rosie "
     "Megan Holly Jennifer Susan Alison Joanne Claire Gemma Nicola Hayley Vicky Pippa Philippa "
     "Fiona Rachel Bethany Zoe Harriet-Rose Mary-Jane Daisy Florence Matilda",
     "Oliver George Harry Jack Charlie Thomas Oscar William James Henry Alfie Joshua Freddie "
     "Archie Edward Samuel Daniel Benjamin Joseph Matthew Luke Adam Ryan Callum Liam Nathan "
     "Jamie Ben Tom Rob Chris Richard Stephen Simon Andrew Paul Mark Gareth Neil Gavin Toby "
     "Hugo Rupert Alistair Stuart Craig Dominic Will Alfie-James",
     "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson "
     "Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson "
     "Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan "
     "Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell "
     "Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan "
     "Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb "
     "Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes "
     "Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Dixon Fletcher Fox Hunter "
     "Pearson Howard Ashworth Whitfield Pemberton Hargreaves Fairweather Blackwood Thornton "
     "Rowley Marsh Bird May Rose Little Fairbairn Ainsworth Holloway Sutcliffe Crowther"),
    ("american",
     "Madison Emma Ashley Brittany Kayla Taylor Morgan Alexis Hailey Brooke Savannah Avery "
     "Harper Aubrey Addison Kaylee Jessica Jennifer Amanda Stephanie Megan Lauren Courtney "
     "Kimberly Danielle Shelby Paige Mackenzie Peyton Riley Dakota Mary-Kate Sarah_Beth "
     "Cheyenne Destiny Tiffany Crystal Heather Amber",
     "Tyler Brandon Austin Justin Cody Dylan Hunter Chase Logan Mason Jackson Carter Wyatt "
     "Caleb Landon Brody Colton Tanner Garrett Travis Jordan Derek Kyle Zachary Cameron Bryce "
     "Trevor Shawn Jeremy Darnell DeShawn Marcus Malik Terrell Jamal Trey Billy_Ray "
     "John_Michael Bradley Chad",
     "Johnson Williams Jones Miller Davis Rodriguez Wilson Anderson Thomas Jackson Martinez "
     "Moore Thompson Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen Wright "
     "Hernandez Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell "
     "Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes "
     "Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Peterson Bailey Reed "
     "Kelly Howard Kim Cox Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders "
     "Myers Long Ross Foster Jenkins Powell Sullivan Russell Perry Butler Barnes Fisher "
     "Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Hayes "
     "Gonzales Bryant Alexander Griffin Washington Ellison Whitaker Hollister Kowalczyk "
     "Vanderbilt Lindquist Schumacher Overstreet Tillman Bradshaw Pruitt Boone Hatfield Grace "
     "Hope Stone"),
    ("irish",
     "Aoife Siobhán Niamh Saoirse Caoimhe Róisín Orla Clodagh Sinéad Gráinne Aisling Ciara "
     "Eimear Deirdre Máire Úna Bríd Muireann Nuala Fionnuala",
     "Seán Cian Oisín Darragh Cillian Pádraig Eoin Ciarán Colm Donal Fergal Ronan Tadhg "
     "Diarmuid Cathal Niall Eamon Declan Dara Kieran",
     "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
     "Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly "
     "O'Connell Dunne Brennan Burke Collins Kavanagh Fitzgerald Ó_Briain Nic_Aodha "
     "Mac_Giolla_Phádraig Ní_Bhriain Ó_Súilleabháin Fitzpatrick Geraghty Tierney Hegarty"),
    ("scottish",
     "Eilidh Isla Morag Kirsty Mhairi Catriona Shona Iona Ailsa Fiona Lorna Rhona Elspeth "
     "Kirsteen Skye",
     "Angus Hamish Callum Euan Fraser Ruaridh Alasdair Murdo Iain Lachlan Ewan Finlay Gregor "
     "Struan Dougal",
     "MacDonald McAllister MacLeod Campbell Stewart Robertson Fraser Ross Murray Reid "
     "Paterson Henderson Mackenzie Sinclair Munro McIntyre Cameron Duncan Graham Hamilton "
     "Buchanan Kerr Ferguson McGregor Lindsay Drummond Urquhart Crichton MacKinnon"),
    ("welsh",
     "Cerys Seren Ffion Megan Nia Eleri Carys Angharad Gwenllian Bethan Mali Lowri Rhiannon "
     "Sian Glesni",
     "Rhys Dafydd Owain Gethin Ioan Huw Gareth Emyr Iwan Aled Llŷr Bryn Dylan Geraint Osian",
     "Jones Davies Williams Evans Thomas Roberts Lewis Hughes Morgan Griffiths Owen Price "
     "Jenkins Lloyd Pritchard Pugh Bowen Powell Prosser Vaughan Rees Howells Parry Llewellyn "
     "Meredith"),
    ("indian",
     "Priya Ananya Aditi Kavya Divya Sneha Pooja Neha Shreya Meera Lakshmi Anjali Deepika "
     "Ishita Riya Swati Nandini Aishwarya Radhika Sunita",
     "Arjun Rahul Vikram Rohan Aditya Karthik Sanjay Anil Rajesh Suresh Amit Vivek Nikhil "
     "Siddharth Pranav Varun Harish Manoj Ravi Ashok",
     "Sharma Patel Singh Kumar Gupta Reddy Nair Iyer Rao Menon Joshi Desai Mehta Shah Verma "
     "Agarwal Banerjee Chatterjee Mukherjee Pillai Krishnan Bhat Kulkarni Chopra Kapoor Malhotra "
     "Saxena Srinivasan Venkatesh Pandey"),
    ("pakistani",
     "Ayesha Sana Hira Mahnoor Zara Iqra Saba Nida Rabia Fariha Amna Mehwish Sidra Bushra",
     "Usman Bilal Hamza Faisal Imran Asif Tariq Zeeshan Waqar Shahid Junaid Adeel Farhan "
     "Kashif",
     "Khan Qureshi Chaudhry Malik Butt Sheikh Rana Mirza Abbasi Raza Siddiqui Iqbal Hashmi "
     "Ahmed Aslam Javed Anwar Baig Niazi Gillani"),
    ("nigerian",
     "Chioma Ngozi Adaeze Funmilayo Yetunde Bukola Amaka Ifeoma Folake Titilayo Nneka Aisha "
     "Zainab Temitope Oluwaseun Chiamaka Blessing Kemi",
     "Chinedu Emeka Oluwaseun Tunde Babajide Obinna Ikenna Chukwuemeka Adebayo Olumide Femi "
     "Segun Kelechi Uchenna Nnamdi Abubakar Musa Ifeanyi",
     "Okafor Okonkwo Adeyemi Oyelaran Balogun Eze Nwosu Obi Okeke Adebayo Ogunleye Olawale "
     "Chukwu Nwachukwu Abiodun Afolabi Ogundipe Ibekwe Onyekachi Bello Danjuma Ezeh Nnadi "
     "Akinola Adewale"),
    ("ghanaian",
     "Akosua Ama Abena Efua Adwoa Yaa Afua Esi Akua Maame Dzifa Nana_Ama",
     "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Fiifi Nii Ebo Selorm Nana_Kwame",
     "Mensah Boateng Owusu Asante Agyeman Osei Appiah Ofori Darko Amoah Antwi Acheampong "
     "Quaye Tetteh Adjei Sarpong Gyamfi Frimpong Annan Ankrah"),
    ("kenyan",
     "Wanjiru Njeri Achieng Akinyi Wambui Nyambura Chebet Jepkosgei Atieno Wairimu Moraa Kerubo",
     "Otieno Kamau Mwangi Kiprop Kipchoge Odhiambo Njoroge Mutua Wekesa Omondi Kibet Muriuki",
     "Ochieng Kariuki Mwangi Wanjala Kimani Kiptoo Chepkemoi Onyango Macharia Njoroge Ndungu "
     "Wafula Mutiso Kirui Barasa Gitau Muthoni Owino"),
    ("chinese",
     "Wei Jing Xiaoling Mei Ling Yan Fang Hui Lan Xue Ying Qian Yue Na Li_Na Xiaomei Ting "
     "Shu_Fen",
     "Wei Jun Hao Lei Tao Ming Qiang Yong Bo Chao Jian Feng Yi Zhiwei Xiaoming Haoran Zihan "
     "Chen_Long",
     "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
     "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng"),
    ("japanese",
     "Yuki Haruka Aiko Sakura Emi Naomi Mei Yui Rin Akiko Keiko Mariko Hinata Misaki Ayaka "
     "Chihiro",
     "Hiroshi Takashi Kenji Daiki Haruto Ren Sota Yuto Kaito Shota Takumi Ryo Kenta Daisuke "
     "Satoshi Kazuki",
     "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
     "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto "
     "Ishikawa Ogawa Fujita Okada"),
    ("korean",
     "Ji-woo Seo-yeon Min-ji Soo-ah Ha-eun Yuna Eun-ji Hye-jin Su-bin Ji-hye Da-eun So-yeon",
     "Min-jun Seo-jun Do-yun Ji-ho Hyun-woo Jae-won Sung-min Tae-yang Joon-ho Dong-hyun "
     "Sang-woo Jin-ho",
     "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Yoo Hong "
     "Jeon Baek Moon"),
    ("vietnamese",
     "Lan Linh Mai Huong Thao Trang Ngoc Hanh Thu Phuong Anh Minh_Anh Thuy Hoa Diep Yen Bich",
     "Minh Duc Tuan Hung Quang Long Khanh Huy Thanh Nam Phong Dung Hieu Trung Bao Vinh Dat",
     "Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do Ngo Duong Ly Truong Dinh Phan Luong Mai "
     "Trinh Lam"),
    ("filipino",
     "Maricel Jocelyn Rowena Liezl Kristine Mylene Angelica Divina Rhea Marites Jonalyn "
     "Charmaine Precious Maria_Theresa",
     "Jomar Rodel Jericho Arnel Mark_Anthony Ramil Reynaldo Joel Noel Rommel Danilo Jun-Jun "
     "Bienvenido Efren",
     "Santos Reyes Cruz Bautista Garcia Mendoza Ramos Aquino Dela_Cruz Villanueva Castillo "
     "Navarro Fernandez Lopez Gonzales Manalo Dizon Pascual Salazar Soriano Macaraeg "
     "Tolentino Magbanua Sison Dimaculangan"),
    ("ethiopian_eritrean",
     "Selam Meron Hiwot Tsion Bethlehem Saba Rahel Mahlet Senait Eden Feven Helen",
     "Dawit Yonas Tesfaye Abel Henok Bereket Samuel Mulugeta Kidane Haile Tewodros Amanuel",
     "Tesfaye Bekele Haile Girma Tadesse Abebe Gebremedhin Mengistu Kebede Woldemariam "
     "Asfaw Berhane Negash Tekle Yohannes Gebreyesus"),
    ("lithuanian_latvian",
     "Rūta Ieva Gintarė Aistė Laura Jurgita Inga Dace Ilze Agnese Līga Zane",
     "Mantas Tomas Darius Andrius Vytautas Mindaugas Jānis Mārtiņš Edgars Kārlis Arvydas Rolandas",
     "Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas "
     "Bērziņš Kalniņš Ozoliņš Liepiņš Krūmiņš Zariņš Balodis Vītols"),
]

# Origins whose surnames change for women.
_FEM_RULES = {
    "polish": [("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")],
    "russian": [("ow", "owa"), ("ew", "ewa"), ("jow", "jowa"), ("in", "ina")],
    "russian_en": [("ov", "ova"), ("ev", "eva"), ("yov", "yova"), ("in", "ina")],
    "czech": "czech",
    "greek": [("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("os", "ou"),
              ("is", "i"), ("as", "a")],
    "lithuanian_latvian": "baltic",
}

ORIGIN_LABELS = {
    "german": "German", "austrian": "Austrian", "swiss": "Swiss", "turkish": "Turkish",
    "polish": "Polish", "italian": "Italian", "russian": "Russian (German spelling)",
    "russian_en": "Russian (English spelling)", "ukrainian": "Ukrainian", "arabic": "Arabic",
    "kurdish": "Kurdish", "persian": "Persian", "greek": "Greek",
    "balkan": "Balkan (Serbian, Croatian, Bosnian)", "albanian": "Albanian",
    "romanian": "Romanian", "czech": "Czech", "hungarian": "Hungarian", "dutch": "Dutch",
    "french": "French", "spanish": "Spanish", "portuguese": "Portuguese",
    "brazilian": "Brazilian", "nordic": "Nordic", "finnish": "Finnish", "english": "English",
    "american": "American", "irish": "Irish", "scottish": "Scottish", "welsh": "Welsh",
    "indian": "Indian", "pakistani": "Pakistani", "nigerian": "Nigerian",
    "ghanaian": "Ghanaian", "kenyan": "Kenyan", "chinese": "Chinese", "japanese": "Japanese",
    "korean": "Korean", "vietnamese": "Vietnamese", "filipino": "Filipino",
    "ethiopian_eritrean": "Ethiopian/Eritrean", "lithuanian_latvian": "Lithuanian/Latvian",
}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


ORIGINS = []
for _o, _f, _m, _s in _RAW:
    ORIGINS.append({"origin": _o, "F": list(dict.fromkeys(_split(_f))),
                    "M": list(dict.fromkeys(_split(_m))),
                    "S": list(dict.fromkeys(_split(_s)))})
BY_ORIGIN = {o["origin"]: o for o in ORIGINS}

# Origin weights per language. German texts: about half DACH names.
WEIGHTS = {
    "de": [
        ("german", 33), ("austrian", 9), ("swiss", 8), ("turkish", 7), ("polish", 4.5),
        ("italian", 3.5), ("russian", 2.5), ("ukrainian", 2.5), ("arabic", 3), ("kurdish", 1.5),
        ("persian", 1.2), ("greek", 1.8), ("balkan", 3), ("albanian", 1.8), ("romanian", 1.8),
        ("czech", 1.2), ("hungarian", 1.2), ("dutch", 1.3), ("french", 1.3), ("spanish", 1.3),
        ("portuguese", 1.0), ("brazilian", 0.5), ("nordic", 0.9), ("finnish", 0.4),
        ("english", 1.4), ("american", 0.8), ("irish", 0.4), ("scottish", 0.4), ("welsh", 0.2),
        ("indian", 1.0), ("pakistani", 0.5), ("nigerian", 0.6), ("ghanaian", 0.5),
        ("kenyan", 0.3), ("chinese", 0.9), ("japanese", 0.4), ("korean", 0.4),
        ("vietnamese", 1.0), ("filipino", 0.3), ("ethiopian_eritrean", 0.5),
        ("lithuanian_latvian", 0.4),
    ],
    "en": [
        ("english", 27), ("american", 21), ("irish", 6), ("scottish", 5), ("welsh", 2.5),
        ("indian", 5.5), ("pakistani", 3), ("nigerian", 3.5), ("ghanaian", 1.6),
        ("kenyan", 1.4), ("chinese", 3), ("japanese", 1.2), ("korean", 1.3),
        ("vietnamese", 1.3), ("filipino", 1.8), ("german", 1.8), ("austrian", 0.3),
        ("swiss", 0.3), ("italian", 1.6), ("polish", 1.6), ("spanish", 1.8),
        ("portuguese", 0.8), ("brazilian", 0.6), ("french", 1.3), ("dutch", 0.8),
        ("greek", 0.8), ("arabic", 1.6), ("persian", 0.8), ("turkish", 0.9),
        ("russian_en", 0.9), ("ukrainian", 0.8), ("nordic", 0.9), ("finnish", 0.3),
        ("romanian", 0.6), ("balkan", 0.5), ("albanian", 0.3), ("czech", 0.3),
        ("hungarian", 0.3), ("kurdish", 0.2), ("ethiopian_eritrean", 0.4),
        ("lithuanian_latvian", 0.3),
    ],
}

# Boosts by the country a text is set in.
COUNTRY_BOOST = {
    "AT": {"austrian": 4.0}, "CH": {"swiss": 4.0}, "IE": {"irish": 5.0},
    "US": {"american": 2.5}, "GB": {"english": 1.6, "scottish": 1.3, "welsh": 1.3},
    "FR": {"french": 8.0}, "NL": {"dutch": 8.0}, "IT": {"italian": 8.0},
}

# Origins that may carry hyphenated double surnames.
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "dutch", "french"]

# Surnames that are ordinary words, per language of the text (drawn for about 7 % of people).
WORD_SURNAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Bauer", "Vogel", "Winter", "Sommer", "Jäger", "Fischer",
           "Schneider", "Becker", "Braun", "Lang", "Klein", "Kaiser", "König", "Engel", "Stein",
           "Hahn", "Busch", "Graf", "Horn", "Roth", "Schwarz", "Herzog", "Hase", "Frost"],
    "en": ["Baker", "Hunter", "May", "Rose", "Cook", "Fox", "Bird", "Little", "Young", "Hill",
           "Marsh", "Price", "Stone", "Wood", "Green", "Bell", "Hope", "Grace", "Shaw", "Knight",
           "King", "Mason", "Fisher", "Butler", "Parker", "Miller", "Glass"],
}
WORD_SURNAME_ORIGIN = {"de": "german", "en": "english"}

PARTICLES = ["von", "van", "der", "den", "de", "del", "della", "la", "le", "di", "da", "dos",
             "das", "du", "zu", "zur", "vom", "ten", "ter", "al", "el", "ó", "ní", "nic", "mac",
             "lo", "dela"]

# Syllables for invented names.
_SYL_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
           "br", "dr", "fr", "gr", "kr", "tr", "st", "sch", "th", "j", "ch", "sl", "pl"]
_SYL_NU = ["a", "e", "i", "o", "u", "ei", "au", "ia", "ou", "ie", "ä", "ö", "ü", "y"]
_SYL_CO = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "ck", "ss", "nt", "lk"]
_GIVEN_END_F = ["a", "ina", "ela", "ia", "ette", "ine", "ra", "lie", "sa"]
_GIVEN_END_M = ["o", "an", "ek", "ar", "im", "ius", "el", "or", "as", "in"]
_SUR_END = ["berg", "mann", "er", "ell", "ow", "ini", "sen", "ard", "ens", "ez", "ak", "ic",
            "hold", "stedt", "ke", "oglu", "escu", "idis", "aro", "quist"]


def all_given():
    out = []
    for o in ORIGINS:
        out.extend(o["F"])
        out.extend(o["M"])
    return list(dict.fromkeys(out))


def all_surnames():
    out = []
    for o in ORIGINS:
        out.extend(o["S"])
    for lang in ("de", "en"):
        out.extend(WORD_SURNAMES[lang])
    return list(dict.fromkeys(out))


def _parts(name):
    return [p for p in name.replace("-", " ").split() if p]


def _listed_parts():
    parts = []
    for n in all_given() + all_surnames():
        parts.extend(p.lower() for p in _parts(n))
    for o in ORIGINS:
        for s in o["S"]:
            for suf, fem in _FEM_LIST(o["origin"], s):
                parts.extend(p.lower() for p in _parts(fem))
    return list(dict.fromkeys(parts))


def _FEM_LIST(origin, s):
    f = feminine(origin, s)
    return [(s, f)] if f != s else []


def feminine(origin, surname):
    rule = _FEM_RULES.get(origin)
    if rule is None:
        return surname
    if rule == "czech":
        if surname.endswith("ý"):
            return surname[:-1] + "á"
        if surname.endswith("a"):
            return surname[:-1] + "ová"
        if surname.endswith("něk"):
            return surname[:-3] + "ňková"
        if surname.endswith("ec"):
            return surname[:-2] + "cová"
        if surname.endswith("ek"):
            return surname[:-2] + "ková"
        return surname + "ová"
    if rule == "baltic":
        if surname.endswith("ius"):
            return surname[:-3] + "ienė"
        if surname.endswith("as"):
            return surname[:-2] + "ienė"
        if surname.endswith("us"):
            return surname[:-2] + "ienė"
        if surname.endswith("š"):
            return surname[:-1] + "a"
        if surname.endswith("is"):
            return surname[:-2] + "e"
        if surname.endswith("s"):
            return surname[:-1] + "a"
        return surname
    for suf, rep in rule:
        if surname.endswith(suf):
            return surname[: -len(suf)] + rep
    return surname


LISTED_PARTS = _listed_parts()
_LISTED_LOOKUP = dict.fromkeys(LISTED_PARTS, True)


def is_listed_part(token):
    return token.lower() in _LISTED_LOOKUP


_SYL_NU_EN = [v for v in _SYL_NU if v not in ("ä", "ö", "ü")]


def _syllables(rng, n, lang="de"):
    s = ""
    for i in range(n):
        s += rng.choice(_SYL_ON) + rng.choice(_SYL_NU if lang == "de" else _SYL_NU_EN)
        if i == n - 1 or rng.random() < 0.35:
            s += rng.choice(_SYL_CO)
    return s


def invent_given(rng, gender, banned, lang="de"):
    for _ in range(200):
        core = _syllables(rng, rng.choice([1, 2, 2]), lang)
        end = rng.choice(_GIVEN_END_F if gender == "f" else _GIVEN_END_M)
        w = (core + end).capitalize()
        if 4 <= len(w) <= 10 and not is_listed_part(w) and w.lower() not in banned:
            return w
    raise RuntimeError("no invented given name")


def invent_surname(rng, banned, lang="de"):
    for _ in range(200):
        w = (_syllables(rng, rng.choice([1, 2, 2]), lang) + rng.choice(_SUR_END)).capitalize()
        if 5 <= len(w) <= 13 and not is_listed_part(w) and w.lower() not in banned:
            return w
    raise RuntimeError("no invented surname")


def stats():
    return {"given": len(all_given()), "surnames": len(all_surnames()),
            "origins": len(dict.fromkeys(ORIGIN_LABELS[o["origin"]].split(" (")[0]
                                          for o in ORIGINS))}
