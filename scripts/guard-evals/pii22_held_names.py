"""Name lists of the heldout half of the twenty-second PII bank (pii22_held*), written for it.

Each origin has male given names, female given names and surnames, space-separated; an
underscore stands for a space inside one name (particles, double names).
"""

ORIGINS = {
    "german": (
        "Lukas Jonas Felix Maximilian Paul Leon Finn Elias Noah Tim Jan Niklas Moritz Tobias Florian Sebastian Matthias Stefan Andreas Thomas Jürgen Uwe Dieter Klaus Rainer Holger Torsten Sven Dirk Frank Bernd Wolfgang Jörg Kai Malte Henrik Ole Till Lasse Hannes Bastian Fabian Marvin Dennis Hinrich Jannik Mattes Detlef Gunnar Volker Hartmut Eckhard Ulrich Gerd Wilfried Heiko Jens Arne Kilian",
        "Anna Lena Laura Lea Hannah Sophie Marie Emma Mia Lina Jana Katrin Sabine Petra Birgit Monika Ute Heike Silke Anke Kerstin Claudia Susanne Andrea Nicole Stefanie Julia Carina Melanie Franziska Sandra Tanja Nadine Svenja Wiebke Frauke Imke Greta Ronja Frieda Ilse Gudrun Hildegard Mareike Antje Dörte Gesine Henrike Jördis Marlies Roswitha Elke Karin Renate Helga Annegret Lieselotte Käthe",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler Herrmann König Walter Peters Möller Kaiser Fuchs Scholz Jung Hahn Vogel Friedrich Keller Günther Berger Frank Roth Beck Lorenz Baumann Franke Albrecht Ludwig Winkler Brandt Haas Sommer Graf Kraus Vogt Böhm Seidel Heinrich Dietrich Engel Kühn Thiele Pohl Horn Busch Bergmann Voigt Sauer Ziegler Hübner Kuhn Ernst Pfeiffer Lindner Marx Stein Jäger Otto Gross Groß Brinkmann Lüdtke Ahlers Janssen Tiedemann von_Arnim von_Bülow vom_Hofe zu_Eltz Wittkowski Overbeck Dreesen Petersen Reinhardt Wendt Hein Böttcher Rausch Harms Eggers Steffens Gerdes Meyer-Landrut Schulte Kemper Rademacher Hoppe Schumacher Arndt Menzel Gebhardt Adler Schweitzer Hildebrandt Mertens Conrad Stahl Ebert Pieper Siebert Körner Nagel Brandes Wilke Hesse Fiedler Reuter Kopp Jahn Bruns Ritter Berndt Trautmann Kessler Sander Lemke Seifert Dörr von_der_Heydt von_Stetten",
    ),
    "austrian": (
        "Florian Lukas Matthias Markus Christoph Gernot Herbert Alois Ferdinand Leopold Valentin Jakob Raphael Dominik Bernhard Gerhard Manfred Reinhard Wolfram Vinzenz Severin Clemens Johannes Martin Roland",
        "Theresa Katharina Magdalena Johanna Verena Elisabeth Barbara Hannelore Rosemarie Gertraud Veronika Cornelia Christina Bettina Doris Brigitte Ingrid Waltraud Sieglinde Valerie Leonie Amelie Antonia Marlene Viktoria",
        "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Stadler Fellner Grabner Pölzl Strasser Hinterberger Oberhuber Rainer Kofler Lindinger Zauner Frühwirth",
    ),
    "swiss": (
        "Beat Urs Reto Andri Gian Ueli Jürg Kurt Peter Thomas Daniel Marco Luca Nico Fabio Simon Samuel Dario Noah Levin Livio Men Flurin Cla Silvan",
        "Regula Verena Ursula Vreni Heidi Barbara Corinne Nadja Seraina Ladina Mirjam Rahel Tabea Flurina Andrea Simone Franziska Nicole Manuela Annina Jasmin Selina Chiara Elena Mia",
        "Meier Müller Keller Weber Huber Schneider Brunner Baumann Gerber Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer Kälin Zürcher Bühler Hess Lüthi Ammann Aebischer Iseli Rüegg Spörri Tschudi Vonlanthen Casutt Caflisch Derungs Camenzind Inderbitzin Zbinden Schürch Hänggi Flückiger Knecht Stucki Gisler Imhof Amstutz",
    ),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Volkan Cem Kemal Yusuf Ömer Onur Tolga Deniz Can Kaan Erkan Oğuz Sinan Tarık",
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Büşra Derya Sibel Gül Özlem Yasemin Ebru Selin Aylin Dilek Tuba Melek Nur Şeyma Gamze Pınar Sevgi",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Akın Aksoy Tekin Bulut Uçar Karaca Ünal Tan Bozkurt Güler Acar Kaplan Avcı Sarı Keskin Özer Turan Aktaş Işık",
    ),
    "polish": (
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Łukasz Jakub Mateusz Kamil Wojciech Dariusz Rafał Adam Bartosz Szymon Maciej Przemysław Damian Sebastian Artur Janusz Zbigniew",
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Zofia Natalia Weronika Justyna Karolina Dorota Beata Paulina Marta Iwona Grażyna Halina Jadwiga Urszula",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak",
    ),
    "italian": (
        "Giuseppe Giovanni Antonio Mario Luigi Francesco Alessandro Andrea Stefano Matteo Lorenzo Davide Simone Federico Riccardo Paolo Marco Gianluca Salvatore Vincenzo Enrico Massimo Fabrizio Claudio Pietro",
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elisa Silvia Paola Roberta Laura Simona Giorgia Beatrice Ilaria Serena Veronica Arianna Camilla Caterina Lucia Rosa Carla",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferri Fabbri Bellini Di_Stefano Di_Marco Pellegrini Sartori",
    ),
    "russian": (
        "Aleksandr Dmitri Sergei Andrei Alexei Maxim Ivan Mikhail Nikolai Vladimir Yevgeni Pavel Artyom Roman Igor Oleg Viktor Konstantin Kirill Denis Anton Vadim Grigori Leonid Stanislav",
        "Yelena Olga Natalia Tatiana Irina Svetlana Anastasia Yekaterina Maria Anna Marina Ksenia Daria Polina Alina Viktoria Lyudmila Galina Vera Nadezhda Sofia Yulia Larisa Valentina Zoya",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fyodorov Morozov Volkov Alekseev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Ivanova Smirnova Kuznetsova Popova Petrova Sokolova Volkova Orlova Belova Medvedev Romanov Sorokin Vinogradov Kovalyov Gusev Titov Kuzmin Baranov Frolov",
    ),
    "ukrainian": (
        "Oleksandr Andriy Serhiy Volodymyr Mykola Yuriy Vasyl Oleh Taras Bohdan Dmytro Ihor Petro Ostap Yaroslav Maksym Roman Vitaliy Stepan Ivan Mykhailo Denys Artem Nazar Orest",
        "Oksana Olena Nataliya Iryna Tetiana Yuliya Halyna Svitlana Lesya Mariya Kateryna Khrystyna Solomiya Daryna Zoryana Oleksandra Viktoriya Anastasiya Sofiya Ulyana Liliya Nadiya Larysa Valentyna Hanna",
        "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Boyko Koval Oliynyk Shevchuk Polishchuk Lysenko Moroz Marchenko Rudenko Savchenko Petrenko Melnyk Kovalchuk Tkachuk Kravchuk Ponomarenko Pavlenko Klymenko Levchenko Hnatyuk Yaremchuk Sydorenko Romanyuk Humeniuk Didenko Havrylyuk Fedorchuk Mazur Kushnir Lytvyn Zinchenko Prokopenko Yakovenko Hrytsenko Voloshyn",
    ),
    "arabic": (
        "Mohammed Ahmad Omar Khaled Youssef Ibrahim Hassan Hussein Karim Samir Tariq Walid Bilal Rami Nabil Faisal Hamza Ziad Jamal Adel Majid Rashid Sami Marwan Anas",
        "Fatima Aisha Mariam Layla Nour Yasmin Rania Salma Hana Amira Dina Leila Samira Huda Noura Lina Rasha Maha Reem Zainab Iman Ghada Sara Jana Dalia",
        "Al-Masri Haddad Khalil Nasser Saleh Hamdan Abboud Mansour Darwish Haddadin Qasim Rahman Suleiman Aziz Farouk Hijazi Barakat Jaber Awad Shami Karam Najjar Sabbagh Zidan Yousef El-Amin Ben_Ali Benali El_Khoury Khoury Mahmoud Hamad Taha Issa Bakr Othman Said Zaki Naji Aoun Chaaban Hashem Ismail",
    ),
    "greek": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios Athanasios Michail Evangelos Spyridon Stavros Theodoros Alexandros",
        "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi Christina Ioanna Despina Eirini Chrysa",
        "Papadopoulos Papadakis Georgiou Dimitriou Konstantinidis Nikolaidis Papanikolaou Vlachos Oikonomou Karagiannis Christodoulou Antoniou Makris Pappas Alexiou Stavrou Theodorou Ioannidis Kyriakou Athanasiou Galanis Mavridis Tsakiris Kostopoulos",
    ),
    "croatian_serbian": (
        "Ivan Marko Luka Josip Tomislav Dragan Goran Zoran Milan Nikola Stjepan Ante Dario Miroslav Branko Nenad Dejan Vladimir",
        "Ana Ivana Marija Jelena Mirjana Snježana Dragana Vesna Tamara Maja Petra Milica Jasmina Gordana Biljana Nevena Katarina Tena",
        "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić Pavlović Božić Blažević Grgić Pavić Perić Jovanović Nikolić Stojanović Đorđević Ilić Popović Stanković Lukić Kostić Radovanović",
    ),
    "romanian": (
        "Andrei Alexandru Mihai Ionuț Cristian Florin Adrian Bogdan Gheorghe Constantin Răzvan Vlad Sorin Cătălin Ovidiu",
        "Ioana Elena Andreea Mihaela Alexandra Cristina Raluca Georgiana Roxana Simona Oana Bianca Irina Alina Corina",
        "Popescu Ionescu Popa Stan Dumitru Stoica Gheorghe Matei Ciobanu Rusu Munteanu Moldovan Lungu Constantin Marin Tudor Dobre Barbu Florea Nistor Enache Mocanu Vasilescu Cojocaru",
    ),
    "spanish": (
        "José Antonio Manuel Francisco David Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Álvaro Diego Jorge Alberto Raúl Iker",
        "María Carmen Ana Isabel Laura Cristina Marta Lucía Paula Elena Pilar Rocío Nuria Beatriz Sofía Alba Irene Noelia Inmaculada Montserrat",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales de_la_Cruz de_la_Fuente del_Río Ortega Delgado Castro",
    ),
    "portuguese_brazilian": (
        "João Pedro Tiago Rui Nuno Gonçalo Diogo Rodrigo Miguel Luís Thiago Gabriel Rafael Lucas Matheus Vinícius Guilherme Felipe",
        "Ana Beatriz Inês Mariana Catarina Joana Rita Leonor Carolina Sofia Camila Larissa Fernanda Juliana Letícia Gabriela Patrícia Luana",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha",
    ),
    "french": (
        "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Sébastien Mathieu Antoine Guillaume Thomas Hugo Théo Louis Baptiste Olivier Yann Jean-Luc Jean-Marc",
        "Marie Nathalie Isabelle Sylvie Catherine Sandrine Céline Aurélie Camille Manon Chloé Léa Juliette Élodie Émilie Margaux Pauline Mathilde Océane Agathe Marie-Claire Anne-Sophie",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin de_la_Roche Le_Gall Le_Goff",
    ),
    "dutch_flemish": (
        "Jan Pieter Dirk Kees Bram Daan Sem Thijs Ruben Joris Maarten Sander Wouter Bas Jeroen Lars Stijn Koen Wim Gert-Jan",
        "Anouk Sanne Fleur Lotte Femke Eva Iris Maaike Marieke Ilse Mirjam Annelies Esther Ingrid Saskia Roos Noor Tess Lieke Evi",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam Prins Blom Huisman Peeters Claes Maes Wouters",
    ),
    "scandinavian": (
        "Lars Anders Erik Johan Magnus Henrik Nils Sven Mikael Jonas Oskar Emil Mads Rasmus Kasper Ole Bjørn Håkon Torbjörn Gustav",
        "Ingrid Astrid Sigrid Karin Linnea Elin Maja Ebba Freja Ida Mette Hanne Sanna Solveig Liv Kristin Annika Malin Tove Märta",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Lindberg Lindqvist Bergström Sjöberg Nyström Hansen Jensen Nielsen Pedersen Andersen Christensen Rasmussen Sørensen Johansen Olsen Berg Haugen Bakken Dahl Lund Solberg",
    ),
    "czech_slovak_hungarian": (
        "Jiří Petr Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Lukáš Ondřej László István Zoltán Gábor Attila Ferenc Péter Balázs",
        "Jana Eva Hana Lenka Kateřina Lucie Věra Alena Markéta Zuzana Erzsébet Katalin Ágnes Zsuzsanna Krisztina Réka Eszter Judit",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros",
    ),
    "english": (
        "James Oliver Harry George Jack Charlie Thomas William Henry Alfie Oscar Archie Freddie Edward Samuel Joseph Daniel Matthew Benjamin Christopher Nathan Luke Adam Callum Toby Rupert Hugo Alistair Nigel Graham Trevor Gareth Barnaby Jasper Reggie Wilfred Stanley Clive Derek Keith Mervyn Percy Giles Crispin",
        "Olivia Amelia Isla Ava Emily Sophie Grace Lily Evie Poppy Ella Charlotte Jessica Hannah Chloe Lucy Harriet Imogen Rebecca Victoria Eleanor Georgia Abigail Beth Hollie Kirsty Joanne Gemma Rosie Phoebe May Beatrix Marjorie Edith Maud Winifred Tamsin Philippa Felicity Hermione Clemmie Wendy Pauline",
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Dixon Fletcher Hunter Grace Ashworth Pemberton Whitcombe Fairbairn-Hughes Hargreaves Whitaker Bradshaw Holloway Thornton Pickering Lockwood Rowntree Sutcliffe Ackroyd Blackburn Kershaw Oldroyd Haworth Pilkington Hutchinson Crowther Tattersall Dobson Kitching Winterbottom Entwistle Greenwood Lister Nuttall Brierley Pollard Midgley Hepworth Illingworth Stansfield Royle Wainwright Cartwright Fairclough",
    ),
    "american": (
        "Michael Christopher Joshua Matthew Andrew Ryan Tyler Brandon Justin Kevin Jason Austin Cody Dylan Logan Mason Ethan Carter Hunter Chase Bryce Travis Wyatt Garrett Kyle Derek Brett Chad Marcus Jamal DeShawn Tyrone Hank Dwayne Bubba Clint Randall Darnell Cole Colton Brody Landon Jaxon Weston",
        "Ashley Jennifer Amanda Brittany Megan Lauren Kayla Taylor Madison Brianna Kaitlyn Courtney Heather Tiffany Stephanie Danielle Savannah Makayla Addison Harper Avery Kennedy Paige Jasmine Aaliyah Destiny Shanice Latoya Grace Hope Autumn",
        "Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster Washington Jefferson Kowalczyk Schultz Hoffman Van_Buren Dubose Fontenot Boudreaux LaRue McAllister Whitfield Pruitt Yates Oakley Hollister Pendleton Kincaid Calloway Thibodeaux Holcomb Bridgewater Strickland Lowery Haskins Stroud Merriweather Goodwin Vance Sutton Dawson Fowler Tillman Crenshaw Beasley Slater Weatherby Colby Ainsworth",
    ),
    "irish": (
        "Seán Conor Cian Oisín Darragh Eoin Ciarán Niall Pádraig Cathal Fionn Ronan Colm Declan Diarmuid Fergal Tadhg Dónal Lorcan Brendan Kieran Shane Fintan Rory",
        "Aoife Saoirse Niamh Siobhán Caoimhe Róisín Aisling Orla Clodagh Sinéad Gráinne Áine Deirdre Eimear Muireann Síle Bríd Méabh Nuala Ciara Fiadh Clíona Emer Orlaith",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan Burke Collins Fitzgerald Nolan Healy Hegarty Ní_Bhriain Mac_Giolla Ó_Súilleabháin Ní_Dhomhnaill Mac_Cárthaigh Fitzpatrick Keane Cullen Mulligan Flanagan Costello Tierney Donnelly Sheehan Cassidy Mac_Namara McNamara Hennessy Lenihan Kavanagh Moriarty Ó_Ceallaigh Tobin Fahy Galvin Scanlon Geraghty Heffernan Clancy Madigan Prendergast",
    ),
    "scottish": (
        "Angus Callum Hamish Ewan Fraser Alasdair Ruaridh Lachlan Struan Finlay Euan Murdo Duncan Gregor Iain Torquil Calum Kenneth Alistair Craig",
        "Isla Eilidh Catriona Morag Kirsty Shona Fiona Ailsa Mhairi Iona Rhona Kenna Elspeth Moira Sheena Effie Seonaid Lorna Heather Marsaili",
        "MacDonald Campbell Stewart Robertson Thomson Anderson Reid MacLeod McLeod Ross Paterson Morrison Fraser Mackenzie McKenzie Grant Murray Cameron MacLean McIntyre Sinclair Munro Buchanan Drummond Fergusson Gillespie Henderson Urquhart Lindsay Kerr Dunbar Baird McAllister MacGregor Crawford",
    ),
    "welsh": (
        "Dafydd Gareth Rhys Gethin Iwan Emyr Aled Huw Owain Tomos Dylan Cai Ieuan Llŷr Geraint",
        "Ffion Cerys Seren Angharad Bethan Nia Rhiannon Lowri Manon Sioned Eirlys Gwenllian Carys Mali Elin",
        "Jones Williams Davies Evans Thomas Roberts Lewis Hughes Morgan Griffiths Edwards Owen Rees Jenkins Lloyd Pritchard Prosser Powell Vaughan Llewellyn ap_Rhys Bevan Pugh Parry Howells",
    ),
    "indian": (
        "Aarav Vivaan Aditya Arjun Rohan Rahul Vikram Sanjay Rajesh Amit Anil Suresh Karthik Pranav Nikhil Siddharth Harish Venkatesh Abhishek Manish Deepak Gaurav Varun Ishaan Kunal",
        "Priya Ananya Diya Aditi Kavya Isha Neha Pooja Sneha Shreya Lakshmi Deepika Meera Anjali Sunita Radhika Divya Nandini Swati Aishwarya Kritika Tanvi Pallavi Rekha Shalini",
        "Sharma Verma Gupta Patel Singh Kumar Reddy Nair Iyer Menon Rao Joshi Mehta Shah Desai Pillai Chatterjee Banerjee Mukherjee Das Bose Sen Agarwal Malhotra Kapoor Chopra Bhatia Saxena Krishnan Subramanian Venkataraman Naidu Kulkarni Deshpande Chaudhary Mishra Pandey Tiwari Srinivasan Ramaswamy Bhattacharya Ganguly Dutta Ghosh Sinha Thakur Yadav Rathore Chauhan Parekh Trivedi Bhatt Hegde Shetty Kamath Acharya Pai Naik Gowda Thomas Varghese Kurian Mathew",
    ),
    "pakistani_bangladeshi": (
        "Imran Usman Asif Faisal Bilal Zeeshan Shahid Kamran Nadeem Tariq Rizwan Arif Rashid Rafiq Sohail",
        "Ayesha Sana Hina Nadia Saima Rabia Farah Mehwish Bushra Shabnam Nasreen Farzana Rukhsana Tahmina Sadia",
        "Khan Ahmed Hussain Malik Qureshi Chaudhry Butt Raza Iqbal Akhtar Mirza Sheikh Siddiqui Rahman Chowdhury Hossain Islam Uddin Begum Ansari Baig Hashmi Javed Zaidi",
    ),
    "nigerian": (
        "Chukwuemeka Oluwaseun Adebayo Babatunde Emeka Obinna Ifeanyi Tunde Segun Femi Chinedu Olumide Uche Kelechi Nnamdi Ayodele Yakubu Ibrahim Musa Abdullahi Tobenna Kayode Olusegun Damilola",
        "Chiamaka Ngozi Adaeze Oluwakemi Funmilayo Yetunde Folake Chidinma Amaka Nkechi Ifeoma Temitope Bukola Adaora Zainab Hauwa Aisha Halima Omolara Titilayo Ebere Uchenna Blessing Precious",
        "Okafor Okonkwo Adeyemi Adebayo Okeke Eze Nwosu Ogunleye Balogun Olawale Afolabi Chukwu Obi Nwachukwu Ibekwe Onyekachi Adewale Ogundipe Oyelaran Akinola Babangida Bello Abubakar Danjuma Ojo Ilesanmi Okoro Uzor Anyanwu Emenike Oyewole Bankole Fashola Ikwuemesi",
    ),
    "ghanaian_kenyan": (
        "Kwame Kofi Kwabena Yaw Kojo Kwaku Nana Ebo Wanjiru Otieno Kamau Mwangi Kiprono Omondi Baraka",
        "Ama Akosua Abena Adwoa Efua Esi Afua Yaa Akua Wambui Achieng Njeri Nyambura Atieno Chebet",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Darko Amoah Ofori Acheampong Kariuki Ochieng Mutua Njoroge Wafula Kiptoo Odhiambo Kipchumba Onyango",
    ),
    "ethiopian_somali": (
        "Abebe Tesfaye Dawit Yohannes Bereket Mulugeta Ahmed Abdi Mohamed Abdirahman Hassan Liban",
        "Tigist Selam Hiwot Meron Bethlehem Mekdes Hodan Fadumo Amina Ayaan Sahra Ifrah",
        "Bekele Tadesse Haile Girma Alemu Tesfaye Kebede Worku Mekonnen Abdullahi Warsame Farah Jama Osman Ali Hersi Egal Yusuf",
    ),
    "chinese": (
        "Wei Jun Hao Lei Ming Jian Tao Yang Bo Chen Zhiwei Haoran Yuxuan Zihan Jiahao Kai Xiang Feng Long Peng",
        "Mei Li Xiu Ying Jing Yan Hui Fang Na Xin Yue Ling Xiaoyu Yuting Jiayi Shu Qing Lan Ting Rui",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü Ding Shen",
    ),
    "vietnamese": (
        "Minh Tuan Hung Dung Duc Long Quang Hieu Thanh Phong Khoa Nam Bao Huy Vinh",
        "Lan Huong Thao Trang Linh Ngoc Hoa Mai Phuong Thu Hanh Nhung Yen Vy Anh",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Luong Truong",
    ),
    "korean_japanese": (
        "Min-jun Seo-jun Ji-hoon Hyun-woo Dong-hyun Jae-won Sung-min Haruto Hiroshi Takeshi Kenji Daiki Ren Sota Yuki Kazuki",
        "Ji-woo Seo-yeon Min-seo Ha-eun Soo-jin Eun-ji Ji-yeon Yuna Sakura Aoi Yui Haruka Mai Emi Naomi Keiko",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura",
    ),
    "filipino": (
        "Jose Juan Mark John_Paul Rodel Jericho Arnel Romeo Ramon Danilo Rogelio Jun Paolo Carlo Jomar",
        "Maria_Clara Ma._Theresa Jocelyn Rowena Marites Lorna Analyn Cherry Joy Kristine Rhea Angelica Mylene Shiela Janelle",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado Dela_Cruz Dela_Rosa Delos_Santos Macaraeg Pangilinan",
    ),
    "persian_kurdish_afghan": (
        "Reza Ali Mohammad Amir Hossein Mehdi Behrouz Dariush Kaveh Arash Babak Farhad Shahram Navid Soran Rebwar Karwan Ahmad_Shah Wahid",
        "Maryam Zahra Fatemeh Shirin Parisa Mina Leila Nasrin Roya Golnaz Azadeh Shabnam Niloufar Rojin Berivan Hevin Ronahi Malalai Farishta",
        "Hosseini Ahmadi Mohammadi Rezaei Moradi Karimi Jafari Rahimi Ghorbani Sadeghi Kazemi Tehrani Shirazi Esfahani Azizi Barzani Talabani Zebari Amin Popal Wardak Haidari Rahmani Noori",
    ),
    "israeli_jewish": (
        "David Yosef Avi Moshe Eitan Noam Yonatan Amit Ariel Itai Ori Guy",
        "Noa Tamar Yael Shira Michal Maya Hila Rivka Talia Orly Dafna Yifat",
        "Cohen Levi Mizrahi Peretz Biton Friedman Katz Azoulay Goldberg Rosenberg Shapiro Ben-David Ben-Ami Weiss Abramovich Greenbaum",
    ),
    "albanian_bosnian": (
        "Arben Besnik Driton Fatmir Ilir Luan Valon Agron Edin Emir Haris Adnan Kenan Amar Mirza Jasmin Nermin Armin",
        "Arta Besa Drita Fjolla Liridona Mimoza Teuta Vjosa Ajla Amila Lejla Emina Selma Dženana Merima Azra Naida Jasna",
        "Berisha Krasniqi Gashi Hoxha Shala Morina Kelmendi Rexhepi Hasani Bytyqi Zeka Dervishi Hodžić Hadžić Mehmedović Delić Begić Salihović Kovač Čaušević Ahmetović Mujić Husić Omerović Halilović Karić Alić Softić",
    ),
    "armenian_georgian": (
        "Aram Armen Davit Gor Hayk Tigran Levon Giorgi Levan Nikoloz Irakli Zurab Vakhtang",
        "Anahit Ani Lilit Mariam Nune Siranush Tamar Nino Ketevan Eka Natia Salome Mariami",
        "Petrosyan Hovhannisyan Sargsyan Grigoryan Harutyunyan Khachatryan Vardanyan Avetisyan Karapetyan Mkrtchyan Beridze Kapanadze Gelashvili Maisuradze Tsiklauri Lomidze Chkheidze Javakhishvili Abashidze Kvaratskhelia",
    ),
    "maltese_cypriot_baltic": (
        "Jean-Paul Mario Clayton Karl Andreas Marios Andris Janis Mindaugas Tomas Kristaps Rasmus Indrek",
        "Maria Rebecca Charlene Antria Eleni Ieva Agnese Laura Kristina Egle Liis Kadri Triin",
        "Borg Camilleri Vella Farrugia Zammit Galea Grech Micallef Azzopardi Cassar Pisani Ioannou Charalambous Kyprianou Berzins Kalnins Ozols Kazlauskas Petrauskas Jankauskas Tamm Saar Sepp Magi Kask",
    ),
    "latin_american": (
        "Santiago Mateo Sebastián Matías Nicolás Emiliano Joaquín Tomás Benjamín Agustín Facundo Rodrigo Esteban Andrés Camilo",
        "Valentina Camila Isabella Mariana Daniela Florencia Catalina Ximena Luciana Renata Guadalupe Paloma Fernanda Antonella Agustina",
        "Hernández González Rodríguez Ramírez Flores Castillo Vargas Rojas Muñoz Contreras Aguilar Medina Guerrero Mendoza Quispe Mamani Zapata Villalobos Cárdenas Salinas Espinoza Valenzuela Fuentes Sepúlveda Araya",
    ),
}

# Weights of the origins per language (relative).
WEIGHTS = {
    "de": {
        "german": 34, "austrian": 11, "swiss": 9, "turkish": 9, "polish": 6, "italian": 5, "russian": 4,
        "ukrainian": 4, "arabic": 4, "croatian_serbian": 3, "greek": 2, "romanian": 2, "spanish": 1.5,
        "portuguese_brazilian": 1, "french": 1.5, "dutch_flemish": 1.5, "scandinavian": 1,
        "czech_slovak_hungarian": 1.5, "persian_kurdish_afghan": 2, "vietnamese": 1, "chinese": 1,
        "english": 1, "american": 0.5, "irish": 0.3, "indian": 1, "nigerian": 0.6, "ghanaian_kenyan": 0.5,
        "ethiopian_somali": 0.6, "korean_japanese": 0.5, "israeli_jewish": 0.5, "latin_american": 0.5,
        "pakistani_bangladeshi": 0.5, "filipino": 0.3, "scottish": 0.2, "welsh": 0.1,
        "albanian_bosnian": 2.5, "armenian_georgian": 0.6, "maltese_cypriot_baltic": 0.4,
    },
    "en": {
        "english": 16, "american": 15, "irish": 8, "scottish": 6, "welsh": 3, "indian": 8, "nigerian": 6,
        "chinese": 5, "pakistani_bangladeshi": 3, "ghanaian_kenyan": 2, "filipino": 2, "korean_japanese": 2,
        "vietnamese": 2, "spanish": 1.5, "latin_american": 2, "italian": 2, "polish": 2, "german": 2,
        "french": 1.5, "arabic": 1.5, "greek": 1, "portuguese_brazilian": 1, "dutch_flemish": 1,
        "scandinavian": 1, "russian": 1, "ukrainian": 1, "turkish": 1, "romanian": 1, "ethiopian_somali": 1,
        "persian_kurdish_afghan": 1, "israeli_jewish": 1, "croatian_serbian": 0.5, "austrian": 0.5,
        "albanian_bosnian": 0.5, "armenian_georgian": 0.5, "maltese_cypriot_baltic": 1,
        "swiss": 0.5, "czech_slovak_hungarian": 0.5,
    },
}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def table():
    """origin -> (male given names, female given names, surnames), in list order."""
    return {o: (_split(m), _split(f), _split(s)) for o, (m, f, s) in ORIGINS.items()}


def all_given():
    out = []
    for m, f, _ in table().values():
        out.extend(m)
        out.extend(f)
    return sorted(set(out))


def all_surnames():
    return sorted({s for _, _, ss in table().values() for s in ss})
