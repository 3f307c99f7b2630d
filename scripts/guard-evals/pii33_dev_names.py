"""Name lists for the dev half of the thirty-third PII bank (dev33).

Written for this half; no Faker, no package.  Every origin has male given names
(``m``), female given names (``f``) and surnames (``s``), each a whitespace
separated string; a name with a space inside is written with ``_`` and turned
back into a space when the lists are read.
"""

ORIGINS = {
    "german": dict(
        m="""Lukas Jonas Leon Finn Felix Maximilian Paul Elias Noah Ben Luis Jannik Tobias Florian Sebastian
        Matthias Andreas Stefan Michael Thomas Christian Markus Daniel Jan Tim Niklas Philipp Moritz Julian
        Johannes Kilian Henrik Torsten Dirk Uwe Jürgen Rainer Wolfgang Helmut Dieter Klaus Bernd Volker Ralf
        Holger Jörg Sven Carsten Friedrich Konstantin Benedikt Valentin Anton Emil Theo Korbinian Quirin Lorenz
        Hendrik Ole Malte Jannis Till Gregor Detlef Gunnar Heiko Lutz Norbert Reinhard Siegfried Ulrich""",
        f="""Anna Lena Lea Laura Julia Sophie Marie Hannah Emma Mia Lina Clara Paula Johanna Charlotte Greta Ida
        Frieda Mathilda Luisa Katharina Christina Stefanie Sabine Petra Monika Ursula Renate Birgit Claudia
        Susanne Andrea Nicole Sandra Kerstin Anja Silke Heike Bettina Ute Annika Franziska Theresa Veronika
        Miriam Carolin Jana Svenja Wiebke Antje Dörte Gesine Ricarda Elke Ingrid Hildegard Gisela Waltraud
        Henrike Imke Maren Merle Nele Tabea Jutta Gudrun Dagmar Cornelia Ilse Liselotte""",
        s="""Schmidt Meyer Wagner Becker Schulz Hoffmann Krüger Hartmann Werner Schmitz Krause Meier Lehmann
        Schulze Maier Köhler Herrmann Walter Mayer Peters Möller Scholz Lorenz Ludwig Günther Schubert Berger
        Böhm Pohl Dietrich Kuhn Vogt Albrecht Franke Seidel Ziegler Brandt Haas Arnold Pfeiffer Wolff Heinz
        Lindner Ebert Kramer Jansen Marx Bergmann Dietz Brinkmann Hesse Thiel Gebhardt Kröger Witt Hübner
        Bender Seifert Reuter Wendt Kirchner Heinemann Kolb Hildebrandt Petersen Mertens Wiegand Lenz Fiedler
        Böttcher Steffens Grimm Heller Brauer Pietsch Schwab Eckert Oswald Wirth Wilke Reichel Ackermann Frey
        Schlegel Nolte Behrens Ullrich Wetzel Dreher Thiele Voigt Kessler Engelhardt Rieger Kuhlmann Matthes
        Klose Hennig Riedel Sauter Gerlach Wenzel Zeller Dörr Roloff Brügge Harms Lübbers Janßen Ohlsen
        Tiedemann Kleinschmidt Hagedorn Gottschalk Rademacher von_Arnim von_der_Heyde zu_Dohna vom_Bruch von_Bülow""",
    ),
    "austrian": dict(
        m="""Florian Lukas Alexander David Fabian Dominik Manuel Bernhard Gerald Herbert Gottfried Leopold
        Ferdinand Vinzenz Severin Raphael Clemens Rupert Alois Engelbert Reinhold Gernot Hubert Josef Franz
        Karl Johann Ignaz Wendelin Markus Christoph Wolfram Roland Günter Erwin""",
        f="""Anna Magdalena Katharina Theresia Elisabeth Johanna Barbara Verena Christl Hemma Gudrun Notburga
        Rosalia Herta Waltraud Helga Romana Birgit Kathrin Martina Michaela Daniela Bianca Valentina Lisa
        Sarah Leonie Marlene Rosi Edeltraud Hermine Gertraud Annemarie Resi""",
        s="""Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Eder Schmid Winkler Maier
        Reiter Mayr Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner Koller Lehner
        Holzer Stadler Pirker Oberhauser Kofler Hinterberger Obermair Strasser Posch Hauser Unterberger Zauner
        Trummer Kogler Pötscher Hackl Wieser Gstrein Mühlbacher Kaltenbrunner Pöll Ortner Grabner Haider
        Riegler Fuchsberger Prammer Gschwandtner Lindinger Hörmann Pfandl Schwaighofer Brandstätter Angerer
        Strobl Ploner Aichinger Heigl Kröpfl Url""",
    ),
    "swiss": dict(
        m="""Luca Noah Leon Nico Jonas Levin Gian Reto Urs Beat Ueli Kurt Hansruedi Fritz Ruedi Mathias Samuel
        Dario Silvan Jürg Cédric Yannick Fabio Marco Lorenzo Gianluca Andrin Severin Mauro Flurin Corsin
        Remo Pascal Roman Adrian Thierry""",
        f="""Mia Lara Lea Elena Alina Nina Selina Jasmin Ladina Seraina Annina Flurina Chiara Giulia Nadia
        Corinne Barbara Ursula Vreni Heidi Brigitte Regula Monika Käthi Rahel Deborah Tamara Noëlle Mélanie
        Aurélie Sibylle Andrea Cornelia Esther Manuela""",
        s="""Meier Schmid Keller Huber Meyer Steiner Brunner Baumann Gerber Widmer Frei Moser Suter Baumgartner
        Kälin Zürcher Wyss Bühler Hess Lüthi Bachmann Käser Hofstetter Egli Marti Ammann Rüegg Tanner Wälti
        Stucki Zbinden Knecht Aebischer Bärtschi Schürch Sutter Imhof Arnold Blaser Hürlimann Gisler Odermatt
        Schnyder Bühlmann Stalder Zwahlen Rüfenacht Tschopp Ziegler Bosshard Caflisch Casutt Cavelti Giger
        Kuster Rohner Gasser Zurbriggen Imboden Nussbaumer Gächter Brändli Hunziker Vontobel Aeschlimann
        von_Gunten von_Wattenwyl de_Weck Cattaneo Pfister""",
    ),
    "english": dict(
        m="""Oliver George Harry Jack Charlie Thomas James William Oscar Henry Leo Alfie Joshua Freddie Archie
        Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Lucas Benjamin Arthur Theo Adam Callum Lewis
        Ryan Liam Connor Jamie Nathan Toby Simon Martin Nigel Graham Stuart Philip Keith Trevor Clive Derek
        Colin Roger Alistair Rupert Jeremy Barry Malcolm Russell Dominic Jonathan Matthew Andrew Timothy""",
        f="""Olivia Amelia Isla Ava Emily Sophie Isabella Mia Poppy Ella Lily Evie Freya Charlotte Grace
        Jessica Daisy Sophia Phoebe Imogen Harriet Matilda Florence Eleanor Lucy Chloe Hannah Katie Megan
        Abigail Georgia Victoria Rebecca Rachel Claire Joanne Lorraine Tracy Helen Alison Deborah Gillian
        Pauline Margaret Hazel Ruby Scarlett Zara Bethany Rosie Millie Jasmine Natalie Samantha Emma Kerry
        Julie Beverley Wendy Sheila""",
        s="""Smith Jones Taylor Williams Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Hughes
        Edwards Lewis Harris Clarke Jackson Moore Ward Morris Allen Clark Harrison Scott Watson Morgan Bennett
        Bailey Richardson Collins Marshall Ellis Mitchell Chapman Bradley Lloyd Atkinson Barker Pearson Holmes
        Foster Dixon Hodgson Sutton Harvey Stevens Kemp Ashworth Whitfield Thornton Pickering Higgins Blackburn
        Cartwright Fairbanks Heseltine Ormerod Ramsbottom Crabtree Entwistle Gregson Haworth Tattersall Sowerby
        Featherstone Backhouse Dewhurst Lockwood Pilkington Greenwood Hargreaves Brierley Rowbotham Sugden
        Wainwright Ackroyd Bairstow Blakemore Fothergill Hepworth Illingworth Ingham Metcalfe Nuttall Oldroyd
        Pemberton Rushworth Shackleton Tennant Whitworth Winstanley""",
    ),
    "american": dict(
        m="""Liam Noah Mason Logan Elijah Aiden Jackson Carter Wyatt Brandon Tyler Austin Dylan Cody Kyle
        Travis Dustin Brayden Colton Easton Grayson Landon Jaxon Tucker Bryce Garrett Wesley Marcus DeShawn
        Jamal Terrell Darnell Tyrone Malik Andre Jerome Cedric Dwayne Kevin Jeffrey Gregory Randall Bradley
        Jordan Caleb Hudson Cooper Chad""",
        f="""Madison Ashley Brittany Kayla Brianna Hailey Kaylee Addison Avery Harper Aubrey Peyton Savannah
        Brooklyn Paisley Skylar Mackenzie Makayla Destiny Aaliyah Imani Keisha Latoya Shanice Tiffany Crystal
        Amber Heather Jennifer Kimberly Stephanie Courtney Lindsey Shelby Kelsey Whitney Dakota Alexis Jordyn
        Kendra Tanisha Chelsea Morgan Brooke""",
        s="""Anderson Davis Wilson Moore Taylor Thomas Jackson Harris Martin Thompson Robinson Lewis Hall Allen
        Wright Scott Nelson Carter Mitchell Roberts Phillips Campbell Evans Edwards Collins Stewart Morris
        Rogers Peterson Kelly Howard Cox Richardson Brooks Sanders Myers Ross Jenkins Perry Russell Sullivan
        Coleman Butler Henderson Barnes Simmons Patterson Hamilton Reynolds Griffin Wallace Hayes Bryant Gibson
        Stevens Murray Owens Washington Kennedy Wells Freeman Webb Tucker Burns Crawford Olson Simpson Porter
        Gordon Shaw Snyder Hicks Palmer Robertson Boyd Warren Mills Rice Daniels Ferguson Nichols Gardner
        Payne Dunn Spencer Hawkins Pierce Elliott Cunningham Armstrong Hudson Carroll Andrews Matthews Johnston
        Willis Lawrence Whitaker Jefferson Kowalski McAllister Delgado Schwartz Bergstrom Lindquist""",
    ),
    "irish": dict(
        m="""Seán Ciarán Oisín Darragh Cian Eoin Niall Cathal Diarmuid Pádraig Tadhg Fionn Conor Rory Shane
        Declan Dermot Fergal Colm Donal Brendan Kieran Ronan Eamon Aidan Cormac Lorcan Ruairí Senan Odhrán
        Seamus Padraic Fintan""",
        f="""Aoife Siobhán Niamh Saoirse Caoimhe Róisín Clodagh Orla Ciara Sinéad Gráinne Aisling Éabha Méabh
        Deirdre Eimear Muireann Fiadh Áine Bríd Nuala Mairéad Úna Treasa Ailbhe Laoise Sorcha Máire Ríona
        Grainne Emer Maeve""",
        s="""Murphy O'Sullivan Walsh O'Brien Byrne O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty
        Lynch Quinn McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan Burke Fitzgerald Maguire Nolan
        Flynn O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea Sweeney Kavanagh Power McGrath Moran
        Brady Casey Foley Fitzpatrick O'Leary McDonnell MacMahon Donnelly Regan Donovan Flanagan Mullan Barry
        Kane Kenny Sheehan Whelan Lyons Cullen Keane Maher McKenna Hogan O'Keeffe Magee McNamara MacDermott
        Moloney O'Rourke Buckley O'Dwyer Ó_Súilleabháin Mac_Giolla_Phádraig Ó_Briain Tierney Geraghty Hennessy""",
    ),
    "scottish": dict(
        m="""Angus Callum Ewan Fraser Hamish Ruaridh Alasdair Iain Murdo Struan Lachlan Calum Gregor Euan
        Duncan Finlay Innes Craig Douglas Gordon Torquil Fergus""",
        f="""Eilidh Morag Kirsty Shona Catriona Fiona Mhairi Ailsa Kirsteen Iona Rhona Elspeth Isobel Lorna
        Marsaili Seonaid Kenna Ishbel Catrina Jessie""",
        s="""MacLeod MacDonald Robertson MacKenzie Fraser Sinclair Cameron Grant Ferguson Paterson Kerr
        Buchanan MacGregor McIntyre Munro Gunn Mackay Sutherland Ogilvie Drummond Lindsay Urquhart Menzies
        Crichton Dalgleish Baird Galbraith Kinnear Lockhart Moffat Rennie Thomson Wemyss Haig McLaren Gillies
        Macaulay Matheson Strachan Colquhoun""",
    ),
    "welsh": dict(
        m="""Rhys Gareth Dafydd Owain Iwan Gethin Aled Emyr Huw Geraint Ieuan Llewelyn Bryn Cai Osian Tomos
        Ioan Elis Hywel Gruffydd""",
        f="""Cerys Seren Ffion Angharad Bethan Carys Eluned Gwen Lowri Mali Nia Rhiannon Sioned Catrin Manon
        Elin Nerys Glenys Gwenllian Heledd""",
        s="""Davies Griffiths Owen Rees Pritchard Powell Bevan Pugh Parry Vaughan Howells Probert Prosser Bowen
        Gwynne Llewellyn Meredith Rowlands Watkins Jarvis Mathias Prydderch ap_Rhys Gruffudd Jenkins Morgan
        Llywelyn Maddocks Gittins Bowden""",
    ),
    "turkish": dict(
        m="""Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman
        Abdullah Mahmut Recep Kemal Emre Burak Serkan Volkan Tolga Onur Cem Barış Kaan Eren Berk Yiğit Arda
        Kerem Efe Oğuz Tuncay""",
        f="""Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Büşra Esra Özlem
        Gül Derya Seda Tuğba Ebru Aylin Selin Defne Ecem Irmak Melis Yağmur Ceren Ezgi Nazlı Dilara Beyza
        Sevgi Gülsüm Hülya""",
        s="""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
        Kara Koç Özkan Şimşek Polat Özer Erdoğan Korkmaz Güneş Aktaş Yavuz Tekin Bulut Acar Keskin Ünal
        Bozkurt Karaca Tuncer Erdem Altun Uçar Avcı Güler Sarı Kaplan Akın Başaran Karakaya Ekinci Turan
        Bayram Çakır Kocabaş Toprak Özgür Dinçer""",
    ),
    "polish": dict(
        m="""Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Mateusz Kamil Dawid Wojciech
        Grzegorz Bartosz Szymon Marek Rafał Damian Przemysław Zbigniew Jacek Ryszard Witold Janusz""",
        f="""Katarzyna Małgorzata Agnieszka Ewa Joanna Aleksandra Zofia Natalia Karolina Weronika Justyna
        Dorota Beata Paulina Marta Wiktoria Oliwia Kinga Halina Grażyna Bożena Jadwiga Urszula""",
        s="""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
        Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski
        Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Majewski Olszewski Jaworski Wróbel
        Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Szewczyk
        Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Chmielewski
        Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański Kucharski
        Kalinowski Wysocki Kaźmierczak Wasilewski Sobczak Czerwiński Głowacki Zakrzewski Kołodziej""",
    ),
    "italian": dict(
        m="""Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco
        Domenico Paolo Michele Giorgio Aldo Sergio Luciano Alessandro Andrea Matteo Leonardo Gabriele
        Riccardo Tommaso Edoardo Federico Davide Simone Stefano Emanuele Massimo""",
        f="""Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonietta Carla
        Concetta Rita Margherita Sofia Aurora Alice Ginevra Giorgia Beatrice Martina Federica Silvia Alessia
        Elisa Ilaria Sara Paola Roberta Serena Donatella""",
        s="""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini
        Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli
        Martini Leone Longo Gentile Martinelli Vitale Lombardo Coppola De_Santis D'Angelo Marchetti Parisi
        Ferraro Ferri Fabbri Marini Grasso Valentini Messina De_Angelis Gatti Pellegrini Palumbo Sanna Farina
        Rizzi Monti Morelli Amato Silvestri Mazza Grassi Pellegrino Carbone Giuliani Benedetti Barone
        Rossetti Caputo Montanari Palmieri Bernardi Ferretti Bellini Basile Donati Piras Vitali Battaglia
        Sartori Costantini Milani Pagano Ruggiero Sorrentino D'Amico Di_Stefano Lo_Bianco Di_Marco""",
    ),
    "russian": dict(
        m="""Aleksandr Dmitri Sergei Andrei Alexei Mikhail Nikolai Vladimir Yuri Pavel Igor Oleg Maxim Artyom
        Kirill Yevgeny Viktor Boris Anatoli Grigori Stanislav Timur Vadim Gennadi""",
        f="""Anastasia Yekaterina Olga Tatiana Irina Svetlana Yelena Daria Polina Ksenia Valeria Viktoria
        Ludmila Galina Nadezhda Marina Larisa Yulia Alyona Zhanna""",
        s="""Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov
        Alekseev Lebedev Semenov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin
        Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Vorobyov Kuzmin Frolov Dmitriev Korolev Gusev
        Kiselev Polyakov Sorokin Vinogradov Belov Medvedev Tarasov Zhukov Komarov Davydov Gerasimov
        Bogdanov Osipov Sidorov Matveev Titov Mironov Krylov Kulikov Karpov Vlasov Melnikov Denisov""",
    ),
    "ukrainian": dict(
        m="""Oleksandr Andriy Serhiy Mykola Volodymyr Dmytro Taras Bohdan Yaroslav Vasyl Petro Ostap Maksym
        Oleh Yuriy Vitaliy Mykhailo Artem Stepan Orest""",
        f="""Olena Oksana Iryna Nataliya Tetyana Svitlana Yuliya Kateryna Halyna Lyudmyla Nadiya Solomiya
        Khrystyna Mariya Anastasiya Viktoriya Daryna Zoryana Larysa Olha""",
        s="""Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar
        Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko
        Ponomarenko Savchuk Vasylenko Levchenko Kharchenko Karpenko Melnyk Boyko Kovalchuk Romanenko
        Yakovenko Honcharenko Hrytsenko Ostapenko Zinchenko Kostenko Hnatyuk Fedorenko Lytvynenko Prokopenko
        Pylypenko Kolomiyets Yaremchuk Holovko Stetsenko Hrynchuk Sydorenko Zakharchenko Kovalskyi
        Zadorozhnyi""",
    ),
    "arabic": dict(
        m="""Mohammed Ahmad Ali Omar Youssef Khaled Hassan Hussein Ibrahim Karim Tarek Samir Walid Rami Nabil
        Faris Ziad Bilal Hamza Mahmoud Amir Anas Majid Jamal Adel Mazen""",
        f="""Fatima Aisha Mariam Layla Noor Rania Yasmin Salma Hana Lina Amal Dalia Rasha Nadia Huda Leila
        Samira Zeinab Amira Reem Dana Asma Maha Lubna Ghada""",
        s="""Al-Hassan Haddad Khoury Nasser Saleh Mansour Hamdan Khalil Aziz Qasim Darwish Abdallah Hamad
        Shaker Farah Jaber Yassin Bakr Sabbagh Tamimi Masri Shami Halabi Barakat Othman Suleiman Awad Najjar
        Hijazi Khatib Zaher Sharif Kanaan Rahman Bitar Haidar Ghanem Rashed Mahfouz El-Amin Ben_Ali Al-Sayed
        Bouzid Amrani Belkacem Cherif Mebarki Ziani Bennani Alaoui Tazi El_Idrissi""",
    ),
    "kurdish": dict(
        m="""Aram Azad Baran Hejar Rojhat Serhat Zana Şivan Berzan Kawa Rêbaz Soran Diyar Shvan Hozan Ciwan
        Rêzan Welat Agit Dilovan""",
        f="""Rojda Berfin Zilan Helin Nazdar Şirin Hêvî Rojin Evîn Delal Newroz Xezal Berivan Gulistan Sozdar
        Avesta Hana Zozan Nergiz Bêrîvan""",
        s="""Bozarslan Barzani Talabani Akrawi Baban Hawrami Xoşnav Dersimi Botani Goran Mirani Brifkani Dosky
        Kurdi Zebari Hassanpour Amedi Baziani Duhoki Sindi Shingali Bedirxan Mukriyani Berwari Rekani Jaff
        Zaxoyî Hakkari Dildar Qazi""",
    ),
    "persian": dict(
        m="""Reza Mohammad Hossein Mehdi Arash Babak Behnam Dariush Farhad Kian Kourosh Milad Navid Omid Payam
        Ramin Saeed Shahram Siavash Pouya Bijan""",
        f="""Fatemeh Zahra Maryam Narges Parisa Shirin Nazanin Mahsa Roya Ladan Golnaz Azadeh Mina Negin
        Niloufar Parvaneh Soraya Taraneh Yasaman Forough Shabnam""",
        s="""Hosseini Mohammadi Rezaei Ahmadi Moradi Karimi Jafari Rahimi Ghasemi Hashemi Kazemi Sadeghi
        Mousavi Hosseinzadeh Najafi Rostami Tehrani Shirazi Esfahani Farahani Amini Bagheri Rahmani Abbasi
        Sharifi Safavi Nouri Azizi Hakimi Kamali Yazdani Ebrahimi Soltani Akbari Nikpour Pourmand Behrouzi
        Mirzaei Ardalan""",
    ),
    "greek": dict(
        m="""Giorgos Dimitris Konstantinos Nikos Ioannis Christos Panagiotis Vasilis Kostas Thanasis Stavros
        Michalis Spyros Alexandros Petros Evangelos Manolis Antonis Theodoros Apostolos""",
        f="""Eleni Katerina Vasiliki Georgia Dimitra Angeliki Ioanna Despina Eirini Athina Paraskevi Stavroula
        Zoe Foteini Chrysa Panagiota Evanthia Kalliopi Myrto Danai""",
        s="""Papadopoulos Papadakis Nikolaidis Georgiou Konstantinidis Karagiannis Vlachos Oikonomou Dimitriou
        Ioannidis Papageorgiou Makris Pappas Antoniou Athanasiou Christodoulou Alexiou Theodorou Petridis
        Kyriakou Apostolou Stavropoulos Raptis Lazaridis Galanis Angelopoulos Markou Tsakiris
        Panagiotopoulos Kostopoulos Mavridis Zervas Chatzidakis Sotiriou Manolakis Spanos Triantafyllou
        Chatzis Nikolaou""",
    ),
    "balkan": dict(
        m="""Marko Nikola Luka Filip Petar Miloš Dragan Zoran Goran Dejan Nenad Aleksandar Milan Jovan Bojan
        Darko Tomislav Josip Ante Emir Adnan Haris Edin Jure Matej Anže Rok Gašper Mirza Srđan""",
        f="""Ana Jelena Milica Marija Ivana Dragana Snežana Vesna Sanja Maja Tijana Jovana Mirjana Lejla Amra
        Emina Selma Azra Mateja Nika Špela Tina Iva Lucija Ema Dunja""",
        s="""Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović
        Đukić Kovačević Tomić Lukić Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Matić Radić
        Šarić Hodžić Hadžić Begić Mehmedović Delić Krajnc Zupančič Potočnik Mlakar Vidmar Golob Božić Pavić
        Grgić Blažević Bošnjak Kurtović Mujić Halilović Omerović Avdić Vukić""",
    ),
    "albanian": dict(
        m="""Arben Besnik Blerim Driton Fatos Genc Ilir Kujtim Luan Mentor Nderim Petrit Shkëlqim Valon Visar
        Ardit Endrit Erion Gent Agron""",
        f="""Albana Arjeta Blerta Drita Elira Fatjona Flutura Jehona Lirije Mimoza Qëndresa Rina Shqipe Teuta
        Vlora Valbona Arta Besa Dafina Elona""",
        s="""Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Bytyqi Hasani Rexhepi Ahmeti Kastrati Dervishi
        Leka Gjoka Zeka Haxhiu Murati Sejdiu Thaçi Ramadani Kryeziu Llapashtica Osmani Beqiri Sylejmani
        Dushku Veseli Mehmeti Marku Prenga Lleshi Duka""",
    ),
    "romanian": dict(
        m="""Andrei Alexandru Mihai Ionuț Adrian Florin Cristian Bogdan Gheorghe Vasile Marius Sorin Cătălin
        Dragoș Răzvan Ovidiu Radu Claudiu Tudor Costel""",
        f="""Ioana Andreea Mihaela Raluca Gabriela Oana Roxana Diana Simona Bianca Camelia Corina Larisa
        Luminița Florentina Alina Cristina Teodora Anca Daniela""",
        s="""Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Moldovan Lungu
        Constantin Marin Dinu Ene Florea Nistor Barbu Cristea Toma Mocanu Ursu Manole Dobre Sandu Preda
        Voicu Oprea Drăgan Stănescu Vasilescu Georgescu Moraru Tănase Ardeleanu Iordache Neagu""",
    ),
    "czech": dict(
        m="""Jakub Tomáš Petr Lukáš Jiří Pavel Ondřej Vojtěch Michal Josef František Václav Matěj Radek
        Zdeněk Vít Jaroslav Bohumil Miroslav Přemysl""",
        f="""Jana Hana Lenka Kateřina Lucie Věra Alena Markéta Tereza Barbora Klára Zuzana Eliška Adéla
        Michaela Jitka Dana Radka Šárka Bohdana""",
        s="""Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek
        Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Blažek Kříž
        Kovář Bartoš Vlček Polák Musil Kopecký Šimek Konečný Malý Holub Štěpánek Kadlec Soukup Bureš
        Šťastný Mareš Staněk""",
    ),
    "hungarian": dict(
        m="""László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András
        Csaba Imre Balázs Gergely Bence Levente""",
        f="""Mária Erzsébet Katalin Éva Ilona Zsuzsanna Margit Judit Ágnes Erika Krisztina Eszter Réka
        Noémi Zsófia Dóra Boglárka Hajnalka Enikő Tünde""",
        s="""Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos
        Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Gál Szűcs Kocsis Pintér Fodor Szalai Sipos Lukács
        Gulyás Bíró Király Katona Jakab Halász Vörös Hegedűs Bakos Antal Somogyi""",
    ),
    "dutch": dict(
        m="""Daan Sem Levi Milan Jesse Thijs Bram Ruben Stijn Joost Pieter Maarten Sander Wouter Jeroen Bas
        Niels Koen Gijs Tijmen Hidde Jelle Joris Rutger""",
        f="""Tess Fenna Sanne Lotte Anouk Femke Iris Noor Lieke Esmee Floor Fleur Ilse Marieke Annelies
        Mirjam Wilma Tineke Joke Maartje Geertje Hanneke""",
        s="""de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit de_Boer Mulder de_Groot
        Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer
        van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn
        van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Verhoeven Koster van_Dam
        van_der_Wal Blom Huisman Peeters ter_Horst Kuipers Veenstra Timmermans van_der_Sloot Zwart Oosterhuis""",
    ),
    "french": dict(
        m="""Pierre Michel Philippe Alain Nicolas Christophe Laurent Stéphane Julien Sébastien Antoine Mathieu
        Guillaume Olivier François Vincent Benoît Maxime Hugo Louis Gabriel Raphaël Mathis Clément Baptiste
        Romain Thibault Gaëtan""",
        f="""Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sandrine Céline Aurélie Camille
        Léa Manon Chloé Inès Jade Louise Zoé Juliette Margaux Pauline Élodie Mathilde Amandine Clémence
        Océane Solène Maëlle Capucine Ségolène""",
        s="""Bernard Dubois Durand Leroy Moreau Lefebvre Bertrand Roux Fournier Morel Girard Lefèvre Mercier
        Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin Roussel Perrin Morin Gauthier
        Dumont Chevalier Masson Boyer Lemaire Duval Joly Gautier Marchand Dufour Blanchard Barbier Dumas
        Brunet Leroux Renard Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard
        Gaillard Leclercq Lacroix Fabre Dupuis Guillot Rivière Le_Gall Moulin Lecomte Ménard Deschamps
        Carpentier Maillard Aubry Vasseur Le_Roux Jacquet Prévost Poirier de_la_Fontaine Courtois""",
    ),
    "spanish": dict(
        m="""José Manuel Javier Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Álvaro Adrián Diego Iker
        Mateo Jorge Rubén Íñigo Unai Jordi Pau Xavier Gonzalo Ignacio""",
        f="""María Carmen Isabel Cristina Marta Lucía Raquel Pilar Rocío Nuria Alba Irene Claudia Beatriz
        Ainhoa Itziar Nerea Montserrat Mireia Leire Begoña Inmaculada""",
        s="""García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández
        Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Ramírez
        Serrano Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina
        Garrido Cortés Castillo Lozano Guerrero Cano Prieto Méndez Calvo Gallego Márquez Herrera Peña
        Cabrera Campos Vega Fuentes Carrasco Caballero Nieto Aguilar Pascual Goikoetxea Etxeberria Aguirre
        Urrutia Puig Casals Pujol del_Río de_la_Cruz""",
    ),
    "portuguese": dict(
        m="""João António Luís Pedro Tiago Rui Nuno Diogo Gonçalo Rodrigo Afonso Duarte Tomás Martim Bruno
        Ricardo Vítor Thiago Gustavo Caio Matheus Leandro""",
        f="""Ana Beatriz Inês Mariana Leonor Matilde Carolina Joana Catarina Rita Filipa Margarida Madalena
        Andreia Patrícia Juliana Larissa Camila Fernanda Gabriela Luana Vitória""",
        s="""Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes
        Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
        Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Reis Simões Antunes Matos Fonseca Machado
        Araújo Barbosa Tavares Lourenço Figueiredo Azevedo Freitas da_Silva dos_Santos da_Costa""",
    ),
    "nordic": dict(
        m="""Erik Lars Anders Johan Magnus Nils Olof Sven Gustav Axel Oskar Viggo Mads Rasmus Søren Jens
        Frederik Kasper Bjørn Håkon Sindre Eirik Sigurd Jón Einar Leif Torbjørn Ragnar""",
        f="""Astrid Karin Elin Sigrid Ebba Linnea Saga Freja Signe Mette Sofie Kirsten Hanne Nora Ingeborg
        Solveig Tuva Sunniva Silje Guðrún Katrín Birgitta Märta Agnes Frida Alma Liv Malin""",
        s="""Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
        Pettersson Jonsson Lindberg Lindström Lindqvist Bergström Sandberg Nyström Holm Hansen Johansen Olsen
        Larsen Andersen Pedersen Nielsen Kristiansen Jensen Christensen Rasmussen Sørensen Jørgensen Madsen
        Mortensen Halvorsen Haugen Bakke Solberg Dahl Strand Moen Eide Jakobsen Sigurðsson Guðmundsson
        Åberg Sjöberg Ekström""",
    ),
    "finnish": dict(
        m="""Juha Jari Mikko Timo Matti Kari Antti Jukka Pekka Janne Ville Eero Aleksi Onni Väinö Eino Lauri
        Tapio Sakari Ilkka""",
        f="""Tuula Päivi Sari Minna Riitta Aino Helmi Sanna Leena Pirjo Marja Kaisa Elina Emmi Venla Iida
        Satu Tiina Outi Hilkka""",
        s="""Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
        Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Laitinen Tuominen
        Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Väisänen Peltonen Kettunen
        Räsänen Leinonen""",
    ),
    "indian": dict(
        m="""Aarav Vivaan Aditya Arjun Rohan Rahul Vikram Sanjay Rajesh Amit Anil Sunil Deepak Manoj Pradeep
        Karthik Siddharth Nikhil Varun Ankit Harpreet Gurpreet Ravi Suresh Ramesh Vijay Ajay Abhishek Pranav
        Arvind""",
        f="""Priya Ananya Aditi Kavya Diya Isha Pooja Neha Sneha Anjali Divya Lakshmi Meera Sunita Rekha
        Shreya Nisha Deepika Aishwarya Jaspreet Simran Harleen Radhika Swati Tanvi Riya Ishita Nandini
        Pallavi Manpreet""",
        s="""Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Reddy Rao Nair Iyer Menon Pillai Chopra
        Malhotra Kapoor Khanna Bhatia Arora Sethi Agarwal Jain Banerjee Chatterjee Mukherjee Bose Ghosh
        Dutta Sinha Mishra Pandey Tiwari Dubey Chauhan Yadav Thakur Desai Kulkarni Patil Deshpande Naidu
        Krishnan Subramanian Venkatesh Raghunathan Sandhu Grewal Dhillon Sidhu""",
    ),
    "pakistani": dict(
        m="""Muhammad Usman Faisal Imran Asif Kamran Tariq Zeeshan Shahid Waqar Junaid Saad Fahad Haris Rizwan
        Shoaib Danish Irfan""",
        f="""Ayesha Sana Hira Mahnoor Zainab Amna Iqra Saba Nida Rabia Sadia Mehwish Bushra Uzma Sidra Anum
        Kiran Shazia""",
        s="""Khan Ahmed Malik Hussain Iqbal Butt Chaudhry Qureshi Siddiqui Raza Akhtar Mirza Baig Javed Sheikh
        Rana Bhatti Awan Cheema Gondal Janjua Niazi Rehman Aslam Rafiq Yousaf Anwar Farooq Latif Saleem
        Zafar""",
    ),
    "nigerian": dict(
        m="""Chinedu Emeka Oluwaseun Tunde Babatunde Olumide Chukwuemeka Ikechukwu Obinna Segun Femi Kunle
        Musa Abubakar Uche Nnamdi Ifeanyi Kelechi Gbenga Ayodele""",
        f="""Chiamaka Ngozi Adaeze Funmilayo Folake Yetunde Oluwakemi Abimbola Chioma Nneka Amaka Ifeoma
        Halima Temitope Bukola Adaora Ebere Kemi Damilola Titilayo""",
        s="""Okafor Okonkwo Adeyemi Adebayo Ogunleye Eze Nwosu Okeke Chukwu Bello Oladipo Balogun Ogundipe
        Adewale Olatunji Akinola Okoro Nnadi Afolabi Oyelaran Nwachukwu Onyekachi Ezeh Adeleke Danjuma Ajayi
        Oyewole Akpan Etim Obiora""",
    ),
    "ghanaian": dict(
        m="""Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Kweku Fiifi Ebo Ato Elikem Selorm Edem Mawuli Nii""",
        f="""Akosua Ama Abena Adwoa Afua Akua Efua Esi Yaa Adjoa Araba Dzifa Enyonam Mawusi Serwaa Afia""",
        s="""Mensah Boateng Owusu Asante Osei Agyemang Appiah Acheampong Amoah Ansah Darko Danso Frimpong
        Gyamfi Kuffour Nkrumah Ofori Opoku Quaye Tetteh Addo Adjei Sarpong Oduro Amponsah Asamoah Bonsu Kyei
        Quarshie Lamptey Nortey""",
    ),
    "kenyan": dict(
        m="""Otieno Kipchoge Kiprono Omondi Odhiambo Njoroge Kibet Baraka Juma Ochieng Wafula Kiplagat Chege
        Mwangi Kimani""",
        f="""Wanjiku Achieng Akinyi Atieno Njeri Wambui Nyambura Chebet Muthoni Wairimu Adhiambo Awino Naliaka
        Nekesa Zawadi Makena Kendi Nafula""",
        s="""Kamau Kariuki Mutua Wambua Kiprotich Cheruiyot Kiptoo Rotich Koech Onyango Owino Wekesa Barasa
        Nyaga Gitau Maina Mugo Ndungu Macharia Omollo Kipkemboi Langat Chepngeno Wanyama""",
    ),
    "chinese": dict(
        m="""Wei Jun Hao Jie Lei Tao Ming Qiang Yong Jian Chao Feng Bin Hui Peng Zhiwei Haoran Yuxuan Zihan
        Jiahao Ka-ho Wing-kit Chi-wai Zhen""",
        f="""Fang Jing Li_Na Xiu_Ying Min Yan Ling Xin Ying Mei Lan Xue Yu_Ting Jia_Qi Shu_Fen Ka-yan Wing-yee
        Mei-ling Xiaoyan Yifei""",
        s="""Wang Li Zhang Liu Chen Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo Gao Zheng Liang Xie Han Cao Deng
        Feng Peng Xiao Cheng Yuan Jiang Wong Chan Leung Cheung Lau Tsang Yip Kwok Chow Tang""",
    ),
    "japanese": dict(
        m="""Haruto Yuto Sota Hiroshi Takashi Kenji Takeshi Daiki Kaito Riku Kenta Yusuke Naoki Kazuki Shota
        Ryota Takumi Hayato Sho Akira""",
        f="""Yui Hina Sakura Aoi Yuna Haruka Miyu Aiko Yuki Emi Naoko Keiko Yoko Mariko Akiko Tomoko Ayaka
        Misaki Nanami Rin""",
        s="""Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
        Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto Yamashita Ishikawa
        Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki""",
    ),
    "korean": dict(
        m="""Min-jun Seo-jun Do-yun Ji-ho Ha-jun Joon-young Hyun-woo Sung-min Jae-won Dong-hyun Tae-yang
        Woo-jin Jin-woo Sang-hoon Kyung-soo""",
        f="""Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah Ji-yoo Yoon-seo Eun-ji Hye-jin Ji-hye Su-bin Da-eun
        Na-yeon Ye-jin Min-ji""",
        s="""Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Yoo Hong Jeon Baek Heo Nam Noh
        Seo Bae Yang""",
    ),
    "vietnamese": dict(
        m="""Minh Đức Huy Khoa Phong Quang Thành Tuấn Hiếu Dũng Hoàng Bảo Khánh Tiến Trung Vinh Thắng""",
        f="""Linh Thảo Trang Hoa Hương Ngọc Phương Thủy Vy Nhung Hạnh Hiền Yến Trinh Loan Diệp Quỳnh""",
        s="""Nguyễn Trần Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Hồ Ngô Dương Lý Đinh Trương Đoàn Lâm Lê""",
    ),
    "filipino": dict(
        m="""Rodel Rommel Jomar Reynaldo Danilo Ernesto Efren Arnel Rogelio Jayson Aldrin Nestor Jericho
        Marlon Ronaldo Bienvenido""",
        f="""Kristine Jocelyn Rowena Marites Analyn Rosalie Maricel Jennylyn Liezel Rhea Arlene Charmaine
        Divina Leonora Marivic Ligaya""",
        s="""Reyes Bautista Ocampo Mendoza Villanueva Aquino Salazar Mercado Manalo Dizon Soriano Domingo
        Gonzales Dela_Cruz De_Guzman Panganiban Macaraeg Dimaculangan Lacson Magbanua Evangelista Agbayani
        Tolentino Sison""",
    ),
    "ethiopian": dict(
        m="""Abebe Tesfaye Dawit Yonas Girma Mulugeta Kebede Tadesse Getachew Alemayehu Biniam Yohannes""",
        f="""Meseret Tigist Selam Hiwot Almaz Genet Mekdes Aster Tsion Liya Meron Bethlehem""",
        s="""Bekele Haile Alemu Wolde Desta Mekonnen Gebre Asfaw Mengistu Negash Demissie Assefa Worku
        Shiferaw Gebremedhin Tekle""",
    ),
    "baltic": dict(
        m="""Mindaugas Darius Rimantas Vytautas Andrius Gintaras Kęstutis Jānis Andris Mārtiņš Edgars Kristaps
        Rihards Toomas Märt""",
        f="""Rūta Eglė Gintarė Ieva Aistė Jurgita Inga Dace Ilze Līga Zane Kristīne Liene Kadri Triin Liis""",
        s="""Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas
        Kavaliauskas Bērziņš Kalniņš Ozoliņš Jansons Liepiņš Krūmiņš Balodis Zariņš Tamm Saar Sepp Mägi
        Kask Kukk Rebane Ilves Pärn Koppel""",
    ),
}

# Surnames that are ordinary words.  They are kept out of the origin lists so
# that one chance sets their share.
WORD_SURNAMES = {
    "en": """Baker Hunter Fox Rose Young King Cook Hope Frost Stone Price Little Wood Bird Bell Mason Miller
    Fisher Brown Green Walker Swan Finch Marsh Knight Shepherd Archer Gardener Carter Cooper Turner Parker
    Hill Field Banks Lamb Day Church Castle Reed Moss Heath Nightingale Sparrow Hart Fowler Glover Weaver
    Butcher Page Black White Gray Bishop Cross Noble Rivers Brooks Wise Sharp Hardy Steel""",
    "de": """Wolf Koch Fuchs Bauer Vogel Winter Sommer Jäger König Klein Lang Müller Schneider Fischer Weber
    Hahn Kaiser Richter Engel Hase Adler Specht Fink Hammer Nagel Zimmermann Braun Schwarz Weiß Stein Berg
    Busch Baum Strauß Kurz Groß Hirsch Bär Storch Sonntag Licht Keller Schuster Maurer Graf Kraft Ernst Jung
    Lange Sauer Stahl Ritter Glaser Schäfer Meister Pfeffer Freund Kaufmann Förster Gärtner Schmied""",
}

# Listed double given names (with their origin and gender).
DOUBLE_GIVEN = [
    ("english", "f", "Mary Kate"), ("english", "f", "Sarah-Jane"), ("english", "f", "Anne-Marie"),
    ("english", "m", "John Paul"), ("american", "f", "Mary Beth"), ("american", "m", "Billy Joe"),
    ("american", "m", "Bobby Ray"), ("american", "f", "Ruby-Mae"), ("irish", "m", "Seán Óg"),
    ("german", "f", "Anna-Lena"), ("german", "m", "Hans-Peter"), ("german", "m", "Klaus-Dieter"),
    ("german", "f", "Marie-Luise"), ("german", "m", "Karl-Heinz"), ("german", "f", "Eva-Maria"),
    ("german", "f", "Lisa-Marie"), ("german", "m", "Hans-Jürgen"), ("german", "f", "Ann-Kathrin"),
    ("german", "m", "Jan-Philipp"), ("austrian", "m", "Franz-Josef"), ("austrian", "f", "Maria-Theresia"),
    ("swiss", "m", "Hans Ruedi"), ("swiss", "f", "Anna Barbara"), ("french", "m", "Jean-Luc"),
    ("french", "f", "Marie-Claire"), ("french", "m", "Jean-Baptiste"), ("french", "f", "Anne-Sophie"),
    ("spanish", "m", "José Luis"), ("spanish", "f", "María José"), ("spanish", "m", "Juan Carlos"),
    ("portuguese", "m", "João Pedro"), ("portuguese", "f", "Ana Luísa"), ("italian", "f", "Maria Grazia"),
    ("italian", "m", "Gian Luca"), ("filipino", "f", "Mary Grace"), ("filipino", "m", "Mark Anthony"),
]

# Origins whose people may carry a generated double given name.
DOUBLE_HYPHEN = ("german", "austrian", "french")
DOUBLE_SPACE = ("swiss", "spanish", "portuguese")
# Origins whose people may carry a hyphenated double surname.
HYPHEN_SURNAME = ("german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic")
# Origins whose special letters are dropped in some draws.
ASCII_SOMETIMES = ("turkish", "polish", "balkan", "romanian", "czech", "hungarian", "vietnamese", "kurdish",
                   "albanian", "baltic")

WEIGHTS = {
    "en": {
        "english": 33, "american": 22, "irish": 8, "scottish": 5, "welsh": 3, "indian": 4, "pakistani": 2,
        "nigerian": 2, "ghanaian": 1, "kenyan": 1, "chinese": 2, "japanese": 0.7, "korean": 0.7,
        "vietnamese": 0.7, "filipino": 0.8, "german": 2.5, "austrian": 0.6, "swiss": 0.6, "french": 1.6,
        "italian": 1.6, "spanish": 1.3, "portuguese": 1.0, "dutch": 0.9, "nordic": 0.9, "finnish": 0.4,
        "polish": 1.8, "russian": 0.6, "ukrainian": 0.6, "arabic": 1.0, "kurdish": 0.3, "persian": 0.6,
        "turkish": 0.7, "greek": 0.6, "balkan": 0.6, "albanian": 0.3, "romanian": 0.7, "czech": 0.4,
        "hungarian": 0.4, "ethiopian": 0.3, "baltic": 0.4,
    },
    "de": {
        "german": 25, "austrian": 10, "swiss": 8.5, "turkish": 6, "polish": 3, "italian": 3, "russian": 2,
        "ukrainian": 2, "arabic": 2.5, "kurdish": 1.5, "persian": 1.5, "greek": 1.5, "balkan": 2.5,
        "albanian": 1.5, "romanian": 1.5, "czech": 1, "hungarian": 1, "dutch": 1, "french": 1.5,
        "spanish": 1, "portuguese": 1, "english": 1.5, "american": 0.5, "irish": 0.3, "scottish": 0.2,
        "welsh": 0.1, "nordic": 0.6, "finnish": 0.3, "indian": 0.8, "pakistani": 0.4, "nigerian": 0.5,
        "ghanaian": 0.4, "kenyan": 0.3, "chinese": 0.8, "japanese": 0.4, "korean": 0.4, "vietnamese": 0.7,
        "filipino": 0.3, "ethiopian": 0.3, "baltic": 0.4,
    },
}

# Boosts for the country a text is set in.
COUNTRY_BOOST = {
    "AT": {"austrian": 2.0}, "CH": {"swiss": 2.0}, "IE": {"irish": 4.0}, "US": {"american": 2.2},
    "GB": {"english": 1.3, "scottish": 1.5, "welsh": 1.5}, "FR": {"french": 6.0}, "NL": {"dutch": 6.0},
    "IT": {"italian": 6.0}, "DE": {"german": 1.0},
}

PARTICLES = ("von", "van", "der", "den", "de", "la", "le", "di", "da", "dos", "das", "del", "du", "zu", "vom",
             "ter", "ten", "mc", "mac", "al", "el", "ben", "ap", "ab", "o", "ó", "lo", "dela", "nic", "ní")

# Syllables for invented names.
INV_ONSET = ("b br d dr f fl g gr h k kl l m n p pr r s st t tr v w z th ch sch j")
INV_VOWEL = ("a e i o u a e i o ei au ia ea")
INV_MID = ("l n r m s d v t k ")
INV_END_M = ("ric an old mar win ko dor el us im ard ian on ek")
INV_END_F = ("ina ella ia ette ara lind wen issa ora ine eta ilde")
INV_END_S = ("mann berg wick escu oglu inen ström stedt ford by ton ley ez ak ov ard ke er sen hoff bach")


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def load():
    """Return (given[origin][gender] lists, surnames[origin] lists, word surnames per language)."""
    given = {}
    sur = {}
    for o, d in ORIGINS.items():
        given[o] = {"m": list(dict.fromkeys(_split(d["m"]))), "f": list(dict.fromkeys(_split(d["f"])))}
        sur[o] = list(dict.fromkeys(_split(d["s"])))
    words = {k: list(dict.fromkeys(_split(v))) for k, v in WORD_SURNAMES.items()}
    return given, sur, words
