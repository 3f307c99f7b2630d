"""Name lists of the nineteenth PII bank, dev half (pii dev19): given names and surnames of 38
origins, written for this bank (no package, no other bank's list), and the weights with which
each language draws them.

Each origin has female given names, male given names and surnames, as whitespace-separated
strings; a surname of several words (a particle) is written with an underscore, which the loader
turns into a space ("van_der_Linden" -> "van der Linden").
"""

import sys

sys.dont_write_bytecode = True

# origin -> (female given names, male given names, surnames)
ORIGINS = {
    "german": (
        "Anna Lena Laura Julia Sarah Lisa Katharina Hannah Lea Marie Sophie Johanna Leonie Clara "
        "Jana Miriam Nina Sabine Petra Claudia Susanne Andrea Birgit Monika Ursula Renate Heike "
        "Karin Gabriele Ingrid Helga Brigitte Silke Kerstin Tanja Nicole Stefanie Melanie Daniela "
        "Christina Franziska Theresa Charlotte Emilia Mia Ida Greta Frieda Mathilda Luisa Antje "
        "Dörte Insa Wiebke Gesa Imke Maren Henrike Annika Carolin Jasmin Vanessa Svenja Ulrike Gudrun",
        "Lukas Jonas Leon Felix Maximilian Paul Finn Elias Noah Ben Tim Jan Niklas Tobias Sebastian "
        "Florian Daniel Michael Thomas Andreas Stefan Markus Christian Matthias Frank Jürgen Klaus "
        "Wolfgang Dieter Uwe Rainer Manfred Bernd Gerhard Horst Helmut Jörg Dirk Holger Torsten Sven "
        "Kai Jens Lars Ole Hauke Malte Henning Till Moritz Jannik Fabian Philipp Julian Konstantin "
        "Anton Emil Theo Karl Friedrich Volker Detlef Ralf Gunnar Björn Heiko Rüdiger Ulrich",
        "Müller Schmidt Schneider Fischer Meyer Weber Schulz Wagner Becker Hoffmann Schäfer Koch "
        "Richter Bauer Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
        "Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König "
        "Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel "
        "Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht "
        "Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto "
        "Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl "
        "Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Brinkmann Ostermann "
        "Hagedorn Janssen Petersen Hansen Thiele Wendt Harms Lüders Rademacher Overbeck Kötter "
        "Hölscher Terhorst Brüggemann Niehaus Dreyer von_Bülow von_der_Heide von_Hagen von_Arnim "
        "zu_Dohna Freiherr_von_Stetten Ebersbach Kirchhoff Tiedemann Wiechmann Reichelt Grünewald"
    ),
    "austrian": (
        "Anna Katharina Elisabeth Theresa Magdalena Valentina Hannah Lena Sophie Marlene Verena "
        "Barbara Christa Gertraud Herta Hildegard Rosemarie Johanna Viktoria Leonie Elena Simone "
        "Sandra Bettina Martina Karoline Maria Antonia Romana Notburga Waltraud Silvia Iris",
        "Lukas Tobias David Jakob Maximilian Florian Alexander Matthias Stefan Wolfgang Herbert "
        "Josef Franz Johann Leopold Alois Ferdinand Ignaz Florian Valentin Clemens Raphael Dominik "
        "Bernhard Gernot Hubert Reinhold Erwin Engelbert Kilian Korbinian Sepp Ernst Günter",
        "Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs "
        "Eder Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger "
        "Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner "
        "Haas Schuster Holzer Haider Hinterberger Mitterer Oberhuber Unterweger Pöltl Kogler "
        "Hollerer Strasser Gassner Pirker Zangerl Kofler Obermoser Brandstätter Hörmann Rainer"
    ),
    "swiss": (
        "Anna Lea Laura Nina Sara Chiara Alina Elena Jana Noemi Seraina Corina Rahel Regula "
        "Verena Ursina Flurina Madlaina Bettina Priska Annemarie Beatrice Vreni Therese Nadja "
        "Mirjam Lorena Ladina Gianna Carmen",
        "Luca Noah Leon Levin Nico Jan Gian Reto Urs Beat Ruedi Hansruedi Daniel Thomas Andreas "
        "Marco Simon Fabian Lukas Samuel Dario Flurin Men Curdin Peider Silvan Adrian Pascal "
        "Mathias Ueli Köbi Jürg Roman Remo",
        "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner "
        "Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Bachmann Marti Kälin Hofstetter "
        "Studer Bühler Gasser Kunz Lüthi Schürch Zürcher Egli Hürlimann Käser Rüegg Bösch Tschudi "
        "Flückiger Aebischer Zbinden Schwab Imhof Zollinger Niederberger Caflisch Casutt "
        "Tschanz Wüthrich Blaser Ammann Stucki"
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Esra Merve Büşra Derya Selin Aylin Gül Sevgi "
        "Nermin Dilek Özlem Yasemin Canan Ebru Deniz Gamze Tuğba Şeyma Nur Sibel Melek Hülya Leyla",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Murat Ömer Emre Burak Serkan "
        "Kemal Cem Okan Tolga Yusuf Kaan Berk Eren Onur Volkan Orhan Selim Erdem Hakan Cengiz "
        "Tarık Barış",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Erdoğan Güneş Aksoy Bulut "
        "Yavuz Çakır Tekin Ateş Akın Uçar Toprak Keskin Bozkurt Avcı Sarı Ünal Acar Güler Kocabaş"
    ),
    "polish": (
        "Agnieszka Małgorzata Katarzyna Joanna Magdalena Monika Aleksandra Zofia Zuzanna Julia "
        "Natalia Karolina Dorota Ewa Barbara Beata Iwona Justyna Marta Paulina Weronika Halina "
        "Bożena Grażyna Krystyna Wiktoria",
        "Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Łukasz Grzegorz Mateusz Jakub "
        "Kamil Adam Dawid Bartosz Wojciech Szymon Maciej Przemysław Zbigniew Janusz Jerzy "
        "Sławomir Radosław Mirosław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
        "Nowakowski Pawłowski Michalski Wróbel Zając Król Wieczorek Jabłoński Majewski Olszewski "
        "Stępień Malinowski Dudek Górski Pietrzak Sikora Walczak Baran Rutkowski Ostrowski "
        "Kaczmarek"
    ),
    "italian": (
        "Giulia Francesca Chiara Sara Martina Alessia Federica Valentina Elisa Silvia Paola "
        "Roberta Antonella Giovanna Lucia Beatrice Aurora Ginevra Benedetta Ilaria Serena "
        "Donatella Rosaria Carla Gabriella Marina",
        "Alessandro Francesco Lorenzo Matteo Andrea Marco Luca Giuseppe Giovanni Antonio "
        "Stefano Davide Simone Federico Riccardo Salvatore Vincenzo Pietro Emanuele Gianluca "
        "Massimo Fabrizio Maurizio Roberto Tommaso Nicolò",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola "
        "Di_Stefano De_Luca D'Angelo Lo_Bianco Dell'Acqua De_Santis Di_Marco La_Rosa Esposito "
        "Pellegrini Ferraro Sartori Benedetti"
    ),
    "russian": (
        "Olga Tatiana Natalia Irina Svetlana Ekaterina Anastasia Yulia Elena Marina Galina "
        "Lyudmila Oksana Daria Ksenia Polina Alina Vera Nadezhda Valentina Larisa Alla",
        "Alexei Dmitri Sergei Andrei Mikhail Ivan Nikolai Vladimir Pavel Maxim Artem Igor Oleg "
        "Yuri Viktor Konstantin Roman Denis Evgeni Anatoli Boris Grigori",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov "
        "Morozov Volkov Alexeev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov "
        "Makarov Zaitsev Solovyov Vinogradov Bogdanov Belov Gromov "
        "Kotov Utkin"
    ),
    "ukrainian": (
        "Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Viktoriia Halyna Solomiia Myroslava "
        "Khrystyna Zoriana Lesia Hanna Daryna Yaroslava Bohdana Larysa Ulyana",
        "Oleksandr Andrii Serhii Volodymyr Mykola Vasyl Yurii Taras Bohdan Ostap Dmytro Oleh "
        "Petro Roman Maksym Yaroslav Vitalii Ihor Stepan Anatolii",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk "
        "Bondar Tkachuk Marchenko Lysenko Rudenko Savchenko Petrenko Kovalchuk Melnyk Boiko "
        "Moroz Pavlenko Levchenko Kharchenko Hnatiuk Yaremchuk Sydorenko Klymenko Ponomarenko "
        "Zinchenko Hrytsenko"
    ),
    "arabic": (
        "Fatima Aisha Mariam Noor Layla Salma Yasmin Huda Rania Amira Lina Dina Nadia Samira "
        "Hanan Zainab Rasha Jana Malak Reem Ghada",
        "Mohammed Ahmad Omar Khaled Youssef Ibrahim Hamza Karim Tariq Samir Walid Bilal Rami "
        "Nabil Fadi Ziad Mahmoud Hussein Jamal Anas Majid Abdullah",
        "Al-Masri Haddad Khalil Nasser Hamdan Saleh Mansour Aziz Rahman Farouk Darwish Yousef "
        "Qasim Habib Bakr Shaheen Ismail Abdallah El-Sayed Al-Hassan Abu_Khalil Haddad Jaber "
        "Sabbagh Khoury Awad Hijazi Barakat Othman Suleiman Naji Zaher"
    ),
    "kurdish": (
        "Rojda Berfin Dilan Zozan Hêvî Jiyan Rojin Viyan Nazdar Helin Avesta",
        "Rojhat Serhat Baran Dilşad Azad Welat Şervan Kawa Rêbaz Diyar Hejar",
        "Zana Rojhilat Amedi Barzani Doski Zebari Kaya Ekinci Tunç Baysal Dersimi Botan"
    ),
    "persian": (
        "Shirin Maryam Parisa Nasrin Azadeh Leila Mina Roya Niloufar Sahar Ladan Golnar Yasaman",
        "Reza Ali Mehdi Hossein Amir Babak Kian Dariush Farhad Kamran Arash Siamak Omid",
        "Hosseini Ahmadi Mohammadi Rezaei Karimi Moradi Hashemi Jafari Sadeghi Rahimi Tehrani "
        "Farahani Shirazi Kazemi Ebrahimi Zand Bahrami Nazari"
    ),
    "greek": (
        "Maria Eleni Aikaterini Vasiliki Sofia Georgia Dimitra Konstantina Evangelia Despina "
        "Athina Ioanna Paraskevi Xanthi Chrysoula",
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios Christos "
        "Athanasios Evangelos Spyridon Stavros Michalis Thanasis Kostas",
        "Papadopoulos Papadakis Georgiou Nikolaidis Oikonomou Karagiannis Vlachos Pappas "
        "Dimitriou Konstantinidis Angelopoulos Alexiou Christodoulou Makris Theodorou "
        "Giannakopoulos Stavrou Kyriakou Antoniou Papanikolaou"
    ),
    "balkan": (
        "Ivana Jelena Marija Ana Milica Snežana Dragana Tamara Maja Vesna Jasmina Mirela Amra "
        "Lejla Emina Azra Nikolina Katarina",
        "Marko Nikola Stefan Luka Ivan Dragan Goran Zoran Dejan Milan Nenad Tomislav Josip "
        "Emir Adnan Haris Mirza Damir Dario",
        "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović "
        "Jovanović Nikolić Popović Đorđević Stojanović Ilić Hodžić Hadžić Begić Delić Mehmedović "
        "Šarić Tomić Pavlović Radić Bošnjak"
    ),
    "albanian": (
        "Arta Blerta Drita Elira Fjolla Gentiana Jonida Lindita Mimoza Teuta Vjosa Albana",
        "Arben Besnik Dritan Edon Florian Gent Ilir Kreshnik Luan Valon Agon Visar Ardit",
        "Hoxha Berisha Krasniqi Gashi Shala Morina Kelmendi Bytyqi Rama Dervishi Hasani Leka "
        "Bajrami Aliu Kastrati"
    ),
    "romanian": (
        "Andreea Ioana Elena Alexandra Mihaela Cristina Roxana Raluca Oana Bianca Irina Simona "
        "Loredana Teodora Corina",
        "Andrei Alexandru Mihai Ionuț Cristian Bogdan Florin Adrian Răzvan Radu Ciprian Sorin "
        "Vlad Gheorghe Dorin",
        "Popescu Ionescu Popa Stan Dumitru Stoica Gheorghe Matei Ciobanu Rusu Munteanu Moldovan "
        "Constantin Mocanu Lungu Diaconu Enache Neagu Toma Marinescu"
    ),
    "hungarian": (
        "Zsófia Eszter Réka Katalin Ildikó Krisztina Erzsébet Judit Anikó Orsolya Boglárka Dóra",
        "László István Zoltán Gábor Attila Tamás Balázs Péter Ferenc Sándor Levente Bence Csaba",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
        "Juhász Lakatos Mészáros Oláh Simon Fekete Szűcs"
    ),
    "czech": (
        "Jana Lucie Tereza Eliška Kateřina Petra Veronika Markéta Barbora Zdeňka Alena Hana",
        "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Vojtěch Ondřej Lubomír",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek "
        "Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil"
    ),
    "dutch": (
        "Anouk Femke Sanne Lotte Sophie Eva Fleur Noor Maud Iris Esmee Marieke Ingrid Wilma "
        "Annelies Mirjam Floor Lieke Roos Jet",
        "Daan Sem Lars Thijs Bram Sven Jeroen Joost Maarten Pieter Wouter Bas Ruud Geert Henk "
        "Kees Sjoerd Thijmen Koen Stijn Rutger",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
        "Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra "
        "Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel "
        "van_der_Veen van_den_Broek de_Bruijn Schouten van_Beek Willems van_Vliet Hoekstra "
        "Verhoeven Kuipers Postma"
    ),
    "french": (
        "Camille Léa Manon Chloé Emma Inès Louise Jade Zoé Juliette Margaux Élodie Aurélie "
        "Céline Sandrine Nathalie Isabelle Sylvie Marie-Claire Anne-Sophie Hélène Maëlle Solène",
        "Lucas Hugo Louis Gabriel Arthur Jules Théo Mathis Nathan Julien Nicolas Guillaume "
        "Antoine Mathieu Olivier Thierry Laurent Stéphane Jean-Pierre Jean-Luc Benoît Grégoire "
        "Yannick Loïc Sébastien",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre "
        "Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc "
        "Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont "
        "Lopez Fontaine Chevalier Robin de_la_Fontaine Le_Gall Le_Goff Du_Pont"
    ),
    "spanish": (
        "Lucía María Paula Sofía Carmen Alba Elena Laura Marta Claudia Irene Andrea Nerea "
        "Ainhoa Rocío Pilar Montserrat Inmaculada Begoña Ximena",
        "Hugo Martín Pablo Alejandro Daniel Álvaro Adrián Diego Javier Sergio Jorge Manuel "
        "Iker Unai Raúl Rubén Íñigo Gonzalo Fernando Joaquín",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
        "Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez "
        "Vázquez Ramos Gil Ramírez Serrano Blanco Molina de_la_Cruz del_Río Etxeberria Aguirre"
    ),
    "portuguese": (
        "Ana Beatriz Mariana Inês Leonor Matilde Carolina Francisca Joana Rita Catarina Juliana "
        "Larissa Thaís Letícia Gabriela Fernanda Camila",
        "João Rodrigo Tiago Diogo Gonçalo Duarte Afonso Rui Nuno Vasco Bruno Thiago Gustavo "
        "Felipe Leandro Caio Rafael Vinícius",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
        "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira "
        "Correia Mendes Nunes da_Silva dos_Santos da_Costa Barbosa Cardoso"
    ),
    "scandinavian": (
        "Ingrid Astrid Sigrid Linnea Elin Maja Freja Ida Saga Ebba Karin Kirsten Mette Hanne "
        "Signe Solveig Tove Liv Sunniva Malin",
        "Erik Lars Anders Nils Olof Gustav Magnus Henrik Mikkel Rasmus Søren Jesper Torben "
        "Øyvind Håkon Sindre Bjørn Leif Axel Oskar",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindqvist "
        "Lindberg Bergström Sandberg Nyberg Jensen Nielsen Hansen Pedersen Christensen Rasmussen "
        "Sørensen Johansen Haugen Berg Dahl Bakken Halvorsen Lund Solberg Strand"
    ),
    "finnish": (
        "Aino Eeva Helmi Kaisa Liisa Marjatta Riikka Sanna Tuula Veera Aila Pirjo Hilla",
        "Juha Jukka Mikko Antti Timo Matti Kari Pekka Ville Janne Eero Aleksi Tapio",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Rantanen Kinnunen"
    ),
    "english": (
        "Olivia Amelia Isla Ava Emily Sophie Grace Poppy Freya Ella Charlotte Lily Evie Jessica "
        "Harriet Imogen Phoebe Rosie Eleanor Alice Lucy Hannah Sarah Rebecca Victoria Katherine "
        "Claire Joanne Helen Gillian Deborah Tracey Lorraine Beverley Pauline Sharon Kerry "
        "Gemma Stacey Abigail Bethany Chloe Megan Holly Jade Daisy May Hazel Rose Joy Hope Faith",
        "Oliver George Harry Jack Charlie Thomas Oscar William James Henry Alfie Joshua Alexander "
        "Edward Samuel Daniel Benjamin Matthew Christopher Andrew Richard Stephen Paul Mark "
        "Simon Nigel Graham Trevor Gareth Darren Wayne Lee Craig Dean Barry Rupert Hugo "
        "Archie Freddie Toby Rory Will Bill Robin Hunter Miles Ralph",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
        "Walker White Roberts Green Hall Wood Jackson Clarke Harris Lewis Turner Hill Cooper "
        "Ward Morris King Baker Harrison Morgan Allen Young Mitchell Hughes Bell Carter Shaw "
        "Parker Cook Bennett Cox Richardson Marshall Chapman Dixon Webb Holmes Palmer Mason "
        "Atkinson Hunter Fletcher Lloyd Barnes Knight Barker Pearson Hudson Stevens Sutton "
        "Ellis Butler Fox Gibson Kelly Booth Holt Hartley Pemberton Ainsworth Whitaker Ramsbottom "
        "Fairclough Threlfall Entwistle Hargreaves Illingworth Grace May Winter Frost Page Lane "
        "Bishop Little Long Stone Field Marsh Banks"
    ),
    "us": (
        "Madison Ashley Brittany Kayla Taylor Brianna Alexis Destiny Savannah Hailey Kaylee "
        "Paisley Harper Aubrey Skylar Peyton Mackenzie Jennifer Amanda Tiffany Crystal Heather "
        "Amber Shelby Courtney Mary_Beth Betty_Jo Dolores Darlene Tammy Latoya Keisha Shaniqua "
        "Jasmine Brooke Autumn Summer Dakota",
        "Tyler Brandon Austin Dylan Cody Hunter Logan Mason Jayden Brayden Chase Garrett Tanner "
        "Colton Cole Jared Kyle Travis Dustin Chad Brett Scott Todd Randy Jerome DeShawn Tyrone "
        "Darnell Marquis Jamal Terrell Bobby_Ray Billy_Joe Earl Hank Wyatt Cooper Wade",
        "Johnson Williams Miller Davis Rodriguez Wilson Anderson Moore Jackson Martin Lee "
        "Thompson Harris Clark Lewis Robinson Walker Young Allen Hernandez Nguyen Hill Flores "
        "Green Adams Nelson Mitchell Campbell Roberts Carter Phillips Evans Turner Torres "
        "Parker Collins Edwards Stewart Morris Murphy Cook Rogers Peterson Reed Bailey Kowalczyk "
        "Schultz Hoffman Peterson Olson Swanson Lindgren Ruiz Ramirez Washington Jefferson "
        "Freeman Brooks Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry "
        "Powell Sullivan Russell Hayes Myers Ford Hamilton Graham Wallace Woods Cole West "
        "Jordan Reynolds Ellis Fisher Crawford Boyd Mason Dunn Hudson Spencer Gardner Stephens "
        "Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olsen Carroll Duncan Snyder "
        "Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter Weaver"
    ),
    "irish": (
        "Aoife Siobhán Niamh Saoirse Róisín Caoimhe Clodagh Sinéad Orla Gráinne Aisling Ciara "
        "Deirdre Eimear Méabh Nuala Áine Bríd Fionnuala Maeve Shauna Muireann Síle Úna",
        "Seán Ciarán Cian Oisín Darragh Pádraig Conor Eoin Cathal Donal Fergal Diarmuid "
        "Colm Ronan Declan Niall Tadhg Ruairí Fionn Lorcan Dónal Brendan Kieran Lorcán",
        "Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle "
        "McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll "
        "Connolly Daly O'Connell Wilson Dunne Brennan Burke Collins Campbell Clarke Johnston "
        "Hughes O'Farrell Fitzgerald Brown Martin Maguire Nolan Flynn Thompson O'Callaghan "
        "O'Donnell Duffy O'Mahony Boyle Healy O'Shea White Sweeney Hayes Kavanagh Power "
        "McGrath Moran Brady Stewart Casey Foley Fitzpatrick O'Leary McDonnell MacNamara "
        "Ní_Bhriain Mac_Giolla_Phádraig Ó_Súilleabháin"
    ),
    "scottish": (
        "Isla Eilidh Kirsty Morag Catriona Fiona Ailsa Shona Iona Mhairi Rhona Elspeth Kirsteen "
        "Agnes Innes Lorna Marion Sheena",
        "Callum Hamish Angus Fraser Alasdair Euan Ewan Ruaridh Lachlan Struan Duncan Murdo "
        "Gregor Iain Craig Douglas Kenneth Ross Finlay Blair",
        "MacDonald McDonald Campbell MacLeod McLeod Stewart Robertson Thomson Anderson Scott "
        "Murray Reid Clark Ross Paterson Young Mitchell Morrison Watson Fraser McKenzie "
        "MacKenzie Cameron Grant Ferguson Munro Sinclair Henderson Hamilton Kerr Buchanan "
        "Crawford McIntyre MacIntyre Drummond Gillespie McAllister Urquhart Lamont McGregor "
        "Mackintosh Sutherland Matheson MacAulay Cormack"
    ),
    "welsh": (
        "Cerys Seren Ffion Angharad Bethan Carys Eleri Gwen Lowri Mali Nia Rhiannon Sioned Catrin "
        "Manon Elin Heledd",
        "Dylan Rhys Owain Gethin Dafydd Emyr Iwan Cai Ifan Llŷr Aled Huw Gwilym Iestyn Tomos "
        "Bryn Geraint",
        "Jones Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Jenkins Owen "
        "Powell Rees Pritchard Llewellyn Bowen Parry Vaughan Prosser Howells Pugh Meredith Gwynne"
    ),
    "indian": (
        "Priya Ananya Aishwarya Deepika Kavya Lakshmi Meera Neha Pooja Riya Shreya Sneha Divya "
        "Anjali Sunita Gita Radhika Nandini Ishita Tanvi Harpreet Gurpreet Simran Manpreet "
        "Sangeeta Lalitha Revathi Padma",
        "Arjun Rahul Rohan Vikram Aditya Karthik Siddharth Aarav Vihaan Ishaan Rajesh Suresh "
        "Ramesh Sanjay Anil Sunil Vijay Manoj Pranav Harish Gurdeep Jaswinder Amrit Balvinder "
        "Venkatesh Srinivas Mohan Krishna",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Pillai Rao Mehta Shah Joshi Desai "
        "Chopra Kapoor Malhotra Bhatt Banerjee Chatterjee Mukherjee Das Bose Sen Ghosh Agarwal "
        "Verma Mishra Pandey Srivastava Krishnan Subramanian Venkataraman Gill Sandhu Dhillon "
        "Grewal Sidhu Chauhan Thakur Naidu Kulkarni Deshpande"
    ),
    "pakistani": (
        "Ayesha Sana Hina Mehwish Saba Nida Iqra Rabia Sadia Farah Amna Bushra Maham Zara",
        "Imran Usman Bilal Faisal Asif Adnan Kashif Shahid Zubair Waqas Hamza Junaid Tahir Irfan",
        "Khan Malik Qureshi Chaudhry Butt Hussain Siddiqui Akhtar Javed Iqbal Sheikh Mirza "
        "Rana Abbasi Raza Ansari Bhatti Shah Aslam Baig"
    ),
    "nigerian": (
        "Chioma Ngozi Adaeze Ifeoma Nneka Chiamaka Amaka Funmilayo Folake Yetunde Bukola "
        "Temitope Titilayo Abimbola Oluwaseun Aisha Hauwa Zainab Halima Blessing Precious "
        "Chinwe Uchenna Ebere Adaora Nkechi Omolara Morenike",
        "Chinedu Emeka Obinna Chukwuemeka Ikenna Nnamdi Uchenna Tunde Babatunde Olumide "
        "Oluwaseun Adebayo Ayodele Femi Kunle Segun Abubakar Musa Ibrahim Sani Usman Yakubu "
        "Chidi Kelechi Ifeanyi Damilola Tobenna",
        "Okafor Okonkwo Eze Nwosu Okeke Obi Chukwu Nnadi Onyeka Ibekwe Adeyemi Adebayo "
        "Oladipo Ogunleye Balogun Okonjo Adewale Afolabi Oyelaran Bello Abubakar Mohammed "
        "Danjuma Lawal Yusuf Igwe Ezeh Uzoma Akinola Olatunji Nwachukwu Ogbonna Okoro"
    ),
    "ghanaian": (
        "Akosua Adwoa Abena Akua Yaa Afua Ama Efua Esi Adjoa Nana Naa",
        "Kwame Kofi Kwaku Kwabena Yaw Kwasi Kojo Kwadwo Fiifi Ekow Nii Kobina",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Darko Ofori Amoah Badu Frimpong "
        "Acheampong Sarpong Quaye Tetteh Addo Antwi"
    ),
    "chinese": (
        "Mei Xiu Ying Li Na Jing Fang Yan Hui Xiaoling Yuqi Xinyi Zihan Wenjing Lijuan Jiayi "
        "Shu Qing Ling Hong Yun Ruoxi",
        "Wei Jun Hao Lei Tao Ming Jian Chao Qiang Bo Yong Zhiwei Haoran Yichen Zihao Jiahao "
        "Xiaoming Guang Peng Kai Rui",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
        "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai "
        "Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Chan Wong Leung Lam Cheung Ho Tsang"
    ),
    "vietnamese": (
        "Lan Hoa Huong Mai Linh Thu Trang Ngoc Thao Phuong Hang Nhung Anh Vy Quynh",
        "Minh Tuan Hung Dung Nam Long Quang Duc Thanh Khanh Huy Phuc Bao Tien Vinh",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh"
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Ha-eun Soo-ah Ji-min Yu-na Eun-ji Hye-jin Da-eun Su-bin",
        "Min-jun Seo-jun Ji-ho Do-yun Hyun-woo Jae-won Sung-min Tae-yang Dong-hyun Jun-seo",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song"
    ),
    "japanese": (
        "Yui Aoi Hina Sakura Yuki Haruka Mei Rin Misaki Ayaka Nanami Yuka Emi Keiko Naoko",
        "Haruto Yuto Sota Ren Hiroshi Takeshi Kenji Daiki Shota Ryo Kazuki Takumi Kaito Akira",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Fujita Okada Mori"
    ),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Lorna Rhea Kristine Janelle Princess Angelica Joy "
        "Cherry Rosario Divina",
        "Jomar Rodel Jericho Ramil Arnel Romeo Jun-Jun Ariel Rogelio Noel Efren Bong Dindo "
        "Reynaldo",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andres Dela_Cruz "
        "Villanueva Aquino Ramos Castillo Soriano Mercado Pascual Manalo Dizon Macaraeg"
    ),
    "ethiopian": (
        "Meron Selam Hiwot Tigist Bethlehem Mekdes Liya Rahel Saba Eden Hanna Marta Senait",
        "Dawit Yonas Abebe Bereket Tesfaye Mesfin Henok Samuel Elias Natnael Kidus Biniam",
        "Tesfaye Bekele Haile Tadesse Gebremedhin Alemu Girma Mengistu Woldemariam Desta "
        "Kebede Ayele Asfaw Berhane Mekonnen"
    ),
    "somali": (
        "Hodan Fadumo Ubah Ayan Sagal Hibo Nimco Idil Ifrah Khadra Sahra",
        "Abdirahman Abdullahi Mohamed Ahmed Farah Hassan Guled Liban Mahad Warsame Yusuf",
        "Warsame Farah Hirsi Egal Jama Abdi Nur Osman Dirie Mohamud Ali Aden Omar Elmi"
    ),
}

# words and names that collide with ordinary words on purpose: a person may carry one (labelled),
# and the clean texts use them as words (never labelled)
WORD_NAMES = {
    "de": {
        "given_f": ["Rosa", "Heide", "Erika", "Linde"],
        "given_m": ["Frank", "Ernst", "Hagen", "Wolf"],
        "last": ["Wolf", "Koch", "Fuchs", "Bauer", "Schneider", "Vogel", "Winter", "Sommer", "Stein", "Hahn", "Busch", "Kaiser", "König", "Lang", "Jung", "Frei", "Engel", "Graf", "Weber", "Braun"],
    },
    "en": {
        "given_f": ["Grace", "May", "Hope", "Joy", "Summer", "Autumn", "Rose", "Hazel", "Faith"],
        "given_m": ["Hunter", "Will", "Bill", "Mark", "Frank"],
        "last": ["Baker", "Hunter", "May", "Cook", "Mason", "Fox", "Wood", "Stone", "Field", "Page", "Bishop", "Frost", "Winter", "Green", "Brown", "Little", "Banks", "Marsh"],
    },
}

# origin weights per language (sum is not normalised): German texts mostly German, Austrian and
# Swiss names, then Turkish, Polish, Italian, Russian, Ukrainian, Arabic …; English texts mostly
# English, US, Irish and Scottish names, then Indian, Nigerian, Chinese …
WEIGHTS = {
    "de": {
        "german": 38, "austrian": 9, "swiss": 7, "turkish": 8, "polish": 5, "italian": 4,
        "russian": 3, "ukrainian": 3, "arabic": 3, "kurdish": 1.2, "persian": 1.2, "greek": 1.5,
        "balkan": 2.5, "albanian": 1.2, "romanian": 1.5, "hungarian": 0.8, "czech": 0.8,
        "dutch": 1.2, "french": 1.2, "spanish": 1, "portuguese": 0.8, "scandinavian": 0.6,
        "finnish": 0.3, "english": 0.8, "us": 0.3, "irish": 0.2, "scottish": 0.2, "welsh": 0.1,
        "indian": 0.8, "pakistani": 0.4, "nigerian": 0.5, "ghanaian": 0.3, "chinese": 0.6,
        "vietnamese": 0.7, "korean": 0.3, "japanese": 0.3, "filipino": 0.2, "ethiopian": 0.3,
        "somali": 0.3,
    },
    "en": {
        "english": 24, "us": 17, "irish": 7, "scottish": 5, "welsh": 2.5, "indian": 7,
        "pakistani": 3, "nigerian": 4, "ghanaian": 1.5, "chinese": 3.5, "vietnamese": 1,
        "korean": 1, "japanese": 1, "filipino": 1.2, "polish": 2, "italian": 1.5, "german": 1.5,
        "french": 1, "spanish": 1.5, "portuguese": 1, "greek": 0.6, "turkish": 0.6, "arabic": 1.2,
        "persian": 0.5, "russian": 0.6, "ukrainian": 0.6, "romanian": 0.6, "balkan": 0.4,
        "albanian": 0.3, "dutch": 0.6, "scandinavian": 0.6, "finnish": 0.2, "hungarian": 0.3,
        "czech": 0.3, "austrian": 0.2, "swiss": 0.2, "kurdish": 0.2, "ethiopian": 0.5,
        "somali": 0.5,
    },
}


# more surnames per origin (appended to the lists above)
EXTRA_LAST = {
    "german": "Seifert Ernst Schütz Mertens Kessler Hesse Lindner Sander Böttcher Pietsch "
    "Schilling Kühne Gerlach Ahrens Büttner Röder Dittrich Vollmer Paulsen Heitmann Clausen "
    "Rieger Eckert Stahl Jahn Nolte Hübner Koller Weiland Reinhardt Bischoff Buchholz Kruse "
    "Wilke Riedel Rother Fiedler Sievers Husmann Tietjen Oltmanns Gerdes Meinders Stoltenberg",
    "austrian": "Pilz Wieser Riegler Zechner Plank Platzer Lackner Hofbauer Kainz Rauch "
    "Hackl Resch Sommerauer Pfeifer Trummer Grabner Url Ortner Kienzl Stangl",
    "swiss": "Bieri Hostettler Mathys Jenni Lehmann Stalder Burri Hess Grob Rohner Egger "
    "Rüttimann Amstutz Wenger Fässler Gisler Arnold Murer Kuster Fehr",
    "turkish": "Ekinci Kılınç Sönmez Türk Karakaya Altun Durmaz Oral Kaplan Erdem Işık Tan "
    "Eren Bayram Güven Akgül Temiz Yalçın",
    "italian": "Valentini Fabbri Marchetti Bernardi Monti Cattaneo Parisi Messina Orlando "
    "Grasso Rizzi Palumbo Bellini Guerra Piras Sanna Zanetti Pagano",
    "polish": "Kubiak Czarnecki Adamczyk Lis Kaczmarczyk Borkowski Chmielewski Wasilewski "
    "Sadowski Zalewski Jakubowski Tomaszewski",
    "indian": "Saxena Tiwari Bhatia Arora Sethi Khanna Anand Chandra Nayak Hegde Shetty Kamath",
    "chinese": "Qian Shen Fang Lu Yao Xiong Jin Wei Hou Meng",
    "nigerian": "Okeowo Adeleke Oyewole Nwankwo Ekwueme Obiora Anyanwu Olawale Fashola Ijeoma",
    "irish": "Hennessy Keane Lenihan Tierney Mulcahy Scanlon Cullinane Dolan Egan Hogan",
    "french": "Marchand Leclerc Boucher Carpentier Masson Picard Renard Barbier Arnaud Giraud",
    "spanish": "Castro Ortega Rubio Sanz Iglesias Medina Garrido Cortés Castillo Lozano",
    "russian": "Sidorov Fomin Belov Tarasov Frolov Zhukov Kiselev Baranov Kovalev Gusev",
    "arabic": "Tahan Najjar Sayegh Mourad Karam Bitar Chami Issa Daher Salameh",
    "dutch": "de_Wit Koster Prins Huisman Peeters",
    "greek": "Anagnostou Economou Kouris Lambrou Sotiriou",
    "portuguese": "Vieira Monteiro Cunha Matos Tavares",
    "japanese": "Ishikawa Ogawa Goto Hasegawa Murakami",
    "english": "Fairbairn Whitworth Ashdown Beckett Birch Braithwaite Cartwright Dawson Farrow "
    "Gilbert Goodwin Hayward Horton Kirby Lowe Naylor Norris Osborne Pickering Rowley "
    "Slater Stanley Thornton Tomlinson Walsh Waring Wheeler Whittle Wilkinson Yates",
    "us": "Kowalski Bauer Novak Lindqvist Yoder Stoltzfus Dupree Landry Thibodeaux Boudreaux",
    "scottish": "Galbraith Kinnear Lindsay Baird Dunbar",
}


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


def load():
    """Per origin: {"f": [...], "m": [...], "last": [...]} (each list deduplicated, order kept)."""
    out = {}
    for origin, (fem, mal, last) in ORIGINS.items():
        out[origin] = {
            "f": list(dict.fromkeys(_split(fem))),
            "m": list(dict.fromkeys(_split(mal))),
            "last": list(dict.fromkeys(_split(last) + _split(EXTRA_LAST.get(origin, "")))),
        }
    return out


def all_names() -> tuple[list[str], list[str]]:
    """Every given name and every surname of every list (deduplicated, in list order)."""
    given, last = {}, {}
    for lists in load().values():
        for n in lists["f"] + lists["m"]:
            given[n] = None
        for n in lists["last"]:
            last[n] = None
    for lang in ("de", "en"):
        for n in WORD_NAMES[lang]["given_f"] + WORD_NAMES[lang]["given_m"]:
            given[n] = None
        for n in WORD_NAMES[lang]["last"]:
            last[n] = None
    return list(given), list(last)


def counts() -> tuple[int, int, int]:
    given, last = all_names()
    return len(ORIGINS), len(given), len(last)


if __name__ == "__main__":
    print("origins %d, given names %d, surnames %d" % counts())
