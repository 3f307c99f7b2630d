"""Name lists for the held-out half of the thirty-first PII bank (heldout31).

Written for this half; no package, no Faker. Each origin has male given names, female given
names and surnames as whitespace-separated strings; `_` joins a double given name written with a
space (`Mary_Beth` -> `Mary Beth`), `+` joins the words of a surname with a particle
(`van+der+Linden` -> `van der Linden`).
"""

ORIGINS = {}


def _o(key, male, female, surnames, hyphen=False, plain=False, double=None):
    ORIGINS[key] = {
        "m": [w.replace("_", " ") for w in male.split()],
        "f": [w.replace("_", " ") for w in female.split()],
        "s": [w.replace("+", " ") for w in surnames.split()],
        "hyphen": hyphen,      # hyphenated surnames are drawn for this origin
        "plain": plain,        # special letters are dropped in 30 % of draws
        "double": double,      # "-" or " ": generated double given names
    }


_o("german",
   """Alexander Andreas Benjamin Bernd Christian Christoph Daniel Dennis Dieter Dirk Dominik
   Elias Emil Erik Fabian Felix Florian Frederik Georg Gerhard Hannes Harald Heiko Helmut Henrik
   Holger Ingo Jakob Jan Jannik Jens Joachim Johannes Jonas Jörg Julian Jürgen Kai Karl Klaus
   Konstantin Lars Leon Lennart Linus Lukas Malte Manfred Marcel Marco Markus Matthias
   Maximilian Moritz Niklas Nils Ole Pascal Patrick Philipp Rainer Ralf Reinhard Roland
   Rüdiger Sascha Sebastian Steffen Sven Thorsten Tobias Torben Ulrich Uwe Volker Werner
   Wolfgang Hans-Peter Karl-Heinz Hans-Jürgen Jan-Hendrik Lutz Detlef Gunnar Timo Till
   Wilhelm Bastian Benedikt Carsten Eike Friedrich Gregor Hendrik Ludger Mathis Norbert Olaf
   Quirin Thilo Wendelin Arne Bjarne Hauke Joost Enno""",
   """Alexandra Andrea Angelika Anja Anke Anna Annika Antje Bettina Birgit Brigitte Carina
   Carolin Charlotte Christina Claudia Corinna Daniela Doris Elena Elisabeth Emilia Franziska
   Frieda Gabriele Greta Hanna Heike Helga Ines Ingrid Insa Jana Janina Jessica Johanna Judith
   Julia Jutta Karin Katharina Katja Kerstin Klara Lara Lea Lena Leonie Lina Luisa Mareike
   Maren Marlene Martina Melanie Merle Michaela Miriam Monika Nadine Nicole Petra Pia
   Ramona Regina Renate Sabine Sandra Silke Simone Stefanie Susanne Svenja Swantje Tanja
   Theresa Ulrike Ute Vanessa Verena Wiebke Anna-Lena Lisa-Marie Ann-Kathrin Marie-Luise
   Hannelore Gudrun Sieglinde Dörte Imke Frauke Almut Annegret Friederike Henrike Jule Kirsten
   Meike Roswitha Silja Thea Tabea Wilma Edda Gesa Hedwig""",
   """Schmidt Meyer Meier Wagner Schulz Hoffmann Schäfer Krüger Hofmann Schröder Neumann
   Schmitz Krause Lehmann Köhler Herrmann Walter Mayer Peters Lange Möller Jung Schubert
   Friedrich Keller Günther Berger Winkler Beck Lorenz Baumann Franke Albrecht Ludwig Böhm
   Kraus Schumacher Vogt Otto Seidel Heinrich Brandt Haas Schulte Dietrich Ziegler Kuhn Pohl
   Horn Bergmann Voigt Arnold Wolff Hartmann Lindner Lenz Brinkmann Ahrens Wendt Dreyer
   Büttner Husmann Kemper Siebert Paulsen Petersen Jansen Hansen Thiel Hübner Kaufmann Witt
   Rieger Kirchner Schilling Hesse Bischoff Stahl Hein Jacobs Sander Kruse Kolb Reuter Gerlach
   Böttcher Scholz Wenzel Haase Schütz Eckert Kopp Wiese Vetter Seeger Moll Wegner Hildebrand
   Brückner Schenk Rudolph Kunz Heller Rothe Oswald Hauser Bock Dörr Marquardt Kessler Rösch
   Lauterbach Rademacher Eberhardt Kroll Dittrich Fiedler Göbel Nolte Wilke Henning Tietz
   Overbeck Hollmann Bruns Bode Harms Meinhardt Sievers Ostermann Reinhold Steffens Behrens
   Brenner Mertens Janssen Thomsen Lübke Heinemann Wichmann Drews Grote Timm Claasen Ebert
   Korte Rehm Gottschalk Hagedorn Kettler Lindemann Nowotny Pape Quast Reimers Sadowski
   Tiedemann Uhlig Vollmer Wittkowski Zander von+der+Heyde von+Arnim vom+Bruch zu+Dohna
   von+Bülow Feldhaus Grünewald Hülsmann Kampmann""",
   hyphen=True, double="-")

_o("austrian",
   """Florian Lukas Maximilian Tobias Stefan Christoph Matthias Bernhard Gernot Herbert Alois
   Josef Johann Franz Ferdinand Leopold Anton Valentin Raphael Jakob Clemens Gerald Günther
   Roman Kilian Severin Vinzenz Gottfried Engelbert Rupert Hubert Hermann Walter Wolfram
   Reinhold Sebastian Andreas Markus Thomas Paul Elias David Dominik Michael Manuel Mario
   Christian Martin Peter""",
   """Anna Katharina Magdalena Theresa Elisabeth Johanna Sophie Lena Hannah Marlene Valentina
   Viktoria Verena Barbara Christina Sabine Birgit Andrea Martina Elfriede Hermine Gertraud
   Rosemarie Waltraud Ingeborg Karoline Amelie Helene Cornelia Iris Sigrid Veronika Agnes
   Angelika Theresia Notburga Maria Stefanie Julia Laura Lisa Sarah Eva Ursula Monika""",
   """Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Eder Schmid Winkler
   Maier Reiter Mayr Schmidt Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner
   Aigner Ebner Koller Lehner Haas Holzer Hackl Stadler Lackner Pirker Kofler Hütter Strasser
   Hofbauer Kogler Grabner Gasser Hinterberger Pölzl Kerschbaumer Fuchsberger Oberhauser
   Untersteiner Rauscher Mühlbacher Zach Haider Prammer Steinbauer Jandl Riegler Trummer
   Zechner Kainz Seidl Hartl Obermayr Burgstaller Grill Strobl Lindinger Sommerauer Ortner
   Thaler Kastner Mair Gstrein Pircher Weißenbacher Ramsauer Hörmann Prettenthaler Kreuzer
   Rieder Tschernutter Oberlechner Fankhauser Innerhofer Plattner""",
   hyphen=True, double="-")

_o("swiss",
   """Beat Urs Reto Marco Lukas Simon Adrian Samuel Jonas Nico Luca Gian Andrin Fabio Silvan
   Dario Cédric Yannick Jürg Ruedi Hansruedi Roger Mathias Michel Patrick Christian Pascal
   Flurin Curdin Mattia Noah Levin Janis Laurin Joël Ueli Walter Hans_Ulrich Peter_Andreas
   Thomas Daniel Stefan Martin Severin Gion""",
   """Laura Sarah Lea Nina Céline Jasmin Seraina Ladina Corinne Nadja Sandra Regula Ursula
   Verena Vreni Monika Brigitte Esther Nicole Fabienne Sibylle Tamara Chiara Alessia Elin
   Alina Anja Flavia Giulia Selina Salome Rahel Deborah Martina Annina Mirjam Ramona Manuela
   Barbara Corina Anna_Barbara Maria_Theresia""",
   """Meier Schmid Keller Huber Meyer Steiner Gerber Brunner Baumann Frei Moser Widmer Wyss
   Roth Suter Baumgartner Bachmann Studer Bucher Berger Kunz Hofer Kaufmann Lüthi Marti Gasser
   Egli Sutter Bühler Bieri Zürcher Frey Ammann Kälin Hess Stucki Rüegg Brändli Tobler
   Zbinden Aebischer Schürch Blaser Jaggi Hug Wenger Gisler Imhof Arnold Walker Stalder Rohner
   Christen Rüfenacht Näf Flückiger Hürlimann Nussbaum Schläpfer Zwahlen Kessler Lehmann
   Affolter Gut Risi Stöckli Aeschlimann Burri Gehrig Vogt Abderhalden Caflisch Casutt Cavelti
   Berther Derungs Tschudi Zuberbühler Bärtschi von+Gunten de+Weck von+Wattenwyl Iseli
   Hänggi Rüttimann Wüthrich Jost""",
   hyphen=True, double=" ")

_o("english",
   """James Oliver Harry George Jack Charlie Thomas Oscar William Henry Leo Alfie Freddie
   Archie Arthur Theo Toby Callum Jamie Ben Tom Sam Joe Luke Dan Rob Chris Nick Matt Owen
   Lewis Reece Ethan Harvey Louis Elliot Jake Dominic Stuart Graham Nigel Ian Keith Trevor
   Clive Barry Darren Wayne Rupert Hugo Giles Jeremy Simon Roger Colin Neil Howard Philip
   Tristan Edward Alexander Benjamin Samuel Daniel Joshua Adam Nathan Peter Richard Michael
   Andrew Stephen Paul Jonathan Christopher Timothy Anthony Gavin Duncan Ashley Jason Craig
   Lee Mark Gary Kevin Robert David John Max Ollie Alfred Reggie Stanley Ronnie Sidney Jasper
   Felix Rory Barnaby Crispin Percy Ralph Lionel""",
   """Olivia Amelia Isla Ava Mia Freya Ellie Lily Chloe Holly Millie Evie Phoebe Imogen
   Harriet Lucy Georgia Molly Eleanor Beatrice Florence Matilda Gemma Kirsty Leanne Stacey
   Zoe Becky Kate Bethany Abbie Jade Tilly Sienna Esme Daisy Ruby Rosie Hazel Violet Mabel
   Edith Elsie Maisie Charlotte Emily Sophie Jessica Hannah Rebecca Laura Sarah Rachel
   Victoria Helen Joanne Claire Nicola Emma Karen Julie Deborah Susan Alison Catherine
   Elizabeth Jennifer Natalie Amy Megan Lauren Katie Abigail Poppy Alice Heidi Pippa Tamsin
   Fern Philippa Rosalind Cordelia Hermione Octavia Penelope Lydia Annabel Felicity Gwen
   Mary_Kate Lily-Rose""",
   """Smith Jones Taylor Williams Davies Evans Thomas Johnson Roberts Robinson Thompson Wright
   Wilson Hall Edwards Hughes Lewis Clarke Jackson Harris Martin Turner Moore
   Allen Scott Mitchell Harrison Morris Ward Watson Parker Bennett Kelly Lee Morgan
   Richardson Harvey Ellis Pearson Atkinson Barker Holmes Lloyd Dixon Knowles Gibson Marshall
   Hussain Ahmed Simpson Chapman Matthews Lawrence Jenkins Grant Reynolds Webb Palmer
   Payne Russell Dawson Foster Hunt Stevens Kennedy Tucker Crawford Burton Fletcher
   Ashworth Bradshaw Cartwright Dobson Entwistle Fairclough Greenwood Hargreaves Holt Ingham
   Kershaw Lister Makin Nuttall Ormerod Pilkington Ramsbottom Sutcliffe Thornton Whitworth
   Ackroyd Bancroft Cowgill Derbyshire Eastwood Firth Haworth Illingworth Jowett Kilburn
   Lockwood Midgley Oldroyd Pickles Rawnsley Shackleton Townend Wadsworth Yates Beckwith
   Collier Dunmore Eversley Fenwick Garside Hepworth Jessop Kenworthy Lumb Mellor Naylor
   Pendlebury Quayle Rowbotham Stansfield Tillotson Uttley Varley Whiteley Addison Blackwell
   Caldwell Dalton Elwood Fairfax Gresham Hatherley Kingsley Langford Mortimer Norwood
   Pemberton Radcliffe Sherwood Thackeray Waverley""",
   hyphen=True)

_o("american",
   """Tyler Brandon Cody Dustin Travis Chase Austin Dakota Shawn Brent Chad Bradley Cole
   Garrett Wyatt Colton Landon Carson Hayden Logan Carter Parker Bryce Derek Marcus Malik
   Jamal DeShawn Darnell Tyrone Andre Terrell Kyle Justin Zachary Jordan Cameron Connor
   Dylan Caleb Gavin Hunter Jaden Jayden Brayden Mason Elijah Grayson Lincoln Easton Kenneth
   Donald Larry Gregory Raymond Jeffrey Ronald Dwayne Troy Clint Wade Rusty Buck Dale Randy
   Jeff Scott Eric Brian Steven Aaron Jesse Ricky Jerome Lamar Kendrick Trey Colby Jace
   Billy_Ray John_Paul Bobby_Joe""",
   """Brittany Madison Kayla Cheyenne Savannah Skylar Mackenzie Brooklyn Kaylee Destiny
   Tiffany Chelsea Courtney Whitney Crystal Heather Amber Misty Keisha Latoya Aaliyah Imani
   Jasmine Tamika Ebony Shaniqua Kimberly Ashley Amanda Stephanie Melissa Jennifer Michelle
   Nicole Samantha Danielle Megan Taylor Morgan Haley Paige Brianna Alexis Kelsey Lindsey
   Shelby Hailey Addison Avery Harper Peyton Riley Kennedy Brooke Sierra Carly Allison
   Brenda Cynthia Tammy Darlene Wanda Bonnie Loretta Tonya Krista Mary_Beth Billie_Jo
   Lacey Bailey Hadley""",
   """Johnson Williams Brown Miller Davis Rodriguez Martinez Anderson Thompson Garcia Harris
   Clark Ramirez Robinson Walker Allen Wright Torres Adams Nelson Campbell Carter Phillips
   Evans Edwards Collins Stewart Morris Rogers Reed Morgan Bailey Cooper Richardson Cox Howard
   Peterson Ramsey Watson Brooks Sanders Barnes Ross Henderson Coleman Jenkins Perry Powell
   Patterson Flores Washington Simmons Bryant Alexander Russell Griffin Hayes Myers Ford
   Hamilton Sullivan Wallace Woods Owens Reynolds Ellis Gibson McDonald Ortiz Murray Freeman
   Webb Tucker Porter Hicks Crawford Boyd Kennedy Warren Dixon Burns Gordon Shaw Holmes
   Robertson Daniels Palmer Mills Nichols Grant Ferguson Hawkins Dunn Perkins Hudson Spencer
   Stephens Payne Pierce Matthews Willis Watkins Olson Carroll Duncan Snyder Cunningham
   Bradley Andrews Ruiz Harper Riley Armstrong Greene Lawrence Elliott Chavez Sims Kowalczyk
   Lindqvist Schaefer Hendricks Vanderbilt Whitaker Yoder Zimmerman Kowalski Oakley Pruitt
   Quinlan Sheffield Tillman Underwood Vaughn Wheeler Yarbrough Beauregard Calloway Delacroix
   Fontenot Guidry Hebert Landry Thibodeaux Boudreaux Castellanos Dominguez Espinoza
   Fitzgerald Gallagher Holloway Jefferson Kincaid Lockhart Merritt Newcomb Osborne Prescott""",
   hyphen=True)

_o("irish",
   """Seán Ciarán Cian Oisín Darragh Pádraig Eoin Conor Fionn Tadhg Colm Dónal Cathal Ronan
   Declan Niall Aidan Eamon Fergal Donnacha Rory Shane Kieran Liam Brendan Diarmuid Padraic
   Senan Ruairí Cillian""",
   """Aoife Siobhán Niamh Caoimhe Saoirse Orla Róisín Clodagh Sinéad Aisling Gráinne Áine
   Ciara Eimear Maeve Úna Deirdre Bríd Fiadh Síle Nuala Muireann Ailbhe Sorcha Laoise
   Clíodhna Treasa Mairéad Emer Fionnuala""",
   """Murphy Kelly O'Sullivan Walsh Byrne Ryan O'Connor O'Brien McCarthy Doyle Lynch Murray
   Quinn Moore McLoughlin O'Neill Daly Dunne Brennan Burke Collins Keane Kavanagh Fitzgerald
   Healy Nolan Power Whelan Reilly Brady Kennedy Hogan Farrell Cullen Duffy Foley Hennessy
   Keogh Lenihan Mulcahy Ní+Bhriain Ó+Súilleabháin Mac+Giolla+Phádraig Ó+Ceallaigh
   Mac+Cárthaigh Ó+Briain Geraghty Tierney Fahy Corrigan Moynihan Scanlon Twomey Crowley""")

_o("scottish",
   """Angus Hamish Fraser Ewan Calum Euan Ruaridh Lachlan Finlay Alasdair Gregor Murdo Torquil
   Struan Innes Blair Craig Dougal Kenneth Gordon""",
   """Morag Isla Eilidh Kirsty Catriona Mhairi Ailsa Iona Shona Fiona Rhona Kirstin Marsaili
   Seonaid Elspeth Innes Mairi Lorna Greer Skye""",
   """MacLeod McAllister MacDonald MacKenzie Campbell Stewart Robertson Fraser Ross Sinclair
   Munro Cameron Henderson Ferguson Buchanan Drummond Galbraith Lamont McIntyre McLean McPhee
   Crichton Dalgleish Forsyth Guthrie Kerr Lindsay Menzies Ogilvie Rennie Strachan Urquhart
   Wishart Baird Colquhoun Douglas Gillespie Laidlaw""")

_o("welsh",
   """Dafydd Rhys Gethin Iwan Huw Emyr Aled Geraint Owain Cai Dylan Bryn Gruffudd Ieuan Tomos
   Llyr Rhodri Gareth""",
   """Cerys Ffion Nia Seren Gwen Megan Angharad Lowri Bethan Eleri Carys Siân Mali Elin
   Heledd Catrin Manon Rhiannon""",
   """Jones Davies Williams Evans Thomas Roberts Hughes Lewis Morgan Griffiths Owen Jenkins
   Price Pritchard Powell Rees Parry Vaughan Prosser Bowen Llewellyn Pugh Gwynne Howells
   Probert Meredith Lloyd-Jones ap+Rhys Pryce Caradog Bevan Gruffydd""")

_o("turkish",
   """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Yusuf Ömer Murat Emre Burak Serkan
   Cem Kemal Tolga Volkan Onur Kaan Barış Berk Emir Eren Furkan Hakan Levent Orhan Selim
   Tarık Uğur Yiğit Deniz Ercan Erdem Gökhan Halil Kadir Okan Recep Sinan Umut Arda""",
   """Ayşe Fatma Emine Hatice Zeynep Elif Meryem Esra Büşra Merve Seda Selin Derya Gül Ebru
   Sibel Aylin Yasemin Özlem Tuğba Gamze Hülya Melike Pınar Şule Songül Cansu Defne
   Dilara İrem Ceren Beyza Ecrin Sevgi Nesrin Leyla Havva Kübra Aslı""",
   """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
   Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özcan Erdoğan Güneş Aksoy Bulut
   Karaca Tekin Ünal Akın Avcı Keskin Taş Bozkurt Coşkun Güler Kaplan Turan Uysal Yavuz
   Tunç Sarı Karataş Gündoğdu Erdem Oral Altun Kocabaş Türkmen Duman Acar Sönmez Ateş
   Yalçın Kurtuluş Bayram Işık Uçar""",
   plain=True)

_o("polish",
   """Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Kamil
   Wojciech Marek Adam Dawid Szymon Bartosz Maciej Przemysław Rafał Sebastian Damian Wiktor
   Zbigniew Jarosław Mirosław Kacper""",
   """Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Joanna Magdalena Monika Aleksandra
   Dorota Beata Justyna Karolina Natalia Paulina Weronika Zuzanna Marta Iwona Grażyna
   Bożena Wiesława Agata Kinga Julia Zofia Oliwia""",
   """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
   Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski
   Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król
   Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski
   Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak
   Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk Chmielewski Włodarczyk""",
   plain=True)

_o("italian",
   """Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo
   Franco Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luciano Alessandro Lorenzo
   Matteo Andrea Davide Riccardo Tommaso Federico Gabriele Emanuele Stefano Massimo Fabrizio
   Giacomo Enrico Nicolò""",
   """Giulia Sofia Aurora Alice Ginevra Emma Giorgia Martina Chiara Francesca Alessandra
   Valentina Federica Silvia Elisa Paola Roberta Daniela Simona Antonella Rosa Lucia Giovanna
   Serena Ilaria Beatrice Camilla Arianna Noemi Maria_Grazia Anna_Maria""",
   """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
   Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
   Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola
   Villa Conte Ferri Fabbri Bianco Marchetti Sala Pellegrini Palumbo Sanna Farina Rizzi
   Monti Cattaneo Morelli Amato Silvestri Mazza Testa De+Luca Di+Stefano Lo+Bianco D'Angelo
   De+Santis Di+Marco La+Torre Pellegrino Orlando Fiore""")

_o("russian",
   """Aleksandr Sergei Dmitri Andrei Alexei Maxim Ivan Mikhail Nikolai Vladimir Yevgeny Pavel
   Artyom Denis Roman Igor Oleg Kirill Anton Vadim Konstantin Stanislav Viktor Grigori
   Timofei""",
   """Yelena Olga Tatiana Natalia Irina Svetlana Anastasia Yekaterina Marina Daria Ksenia
   Polina Yulia Alina Sofia Viktoria Lyudmila Galina Valentina Nadezhda Vera Larisa Zhanna
   Oksana Kristina""",
   """Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov
   Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov
   Andreev Makarov Nikitin Zakharov Zaitsev Soloviev Borisov Yakovlev Grigoriev Romanov
   Vorobiev Sergeev Kuzmin Frolov Aleksandrov Dmitriev Korolev Gusev Kiselev Belov Tarasov
   Medvedev Ershov Nikiforov Sobolev Komarov Titov""")

_o("ukrainian",
   """Oleksandr Andriy Taras Bohdan Mykola Yaroslav Vasyl Dmytro Serhiy Ostap Yuriy Volodymyr
   Mykhailo Petro Ihor Roman Oleh Vitaliy Artem Nazar""",
   """Oksana Olena Iryna Nataliya Halyna Khrystyna Solomiya Sofiia Yuliia Anastasiia Mariia
   Tetiana Svitlana Liliia Zoriana Daryna Viktoriia Larysa Ulyana Olha""",
   """Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Koval Oliynyk Shevchuk
   Polishchuk Lysenko Melnyk Savchenko Rudenko Marchenko Petrenko Moroz Ponomarenko
   Kovalchuk Hnatyuk Kostenko Levchenko Tymoshenko Pavlenko Kharchenko Vasylenko Symonenko
   Yurchenko Dovzhenko Honchar Romanyuk Kozak Hrytsenko Bilyk Yatsenko""")

_o("arabic",
   """Mohammed Ahmad Mahmoud Khaled Omar Yousef Ibrahim Hassan Hussein Tarek Samir Walid
   Karim Nabil Rami Bilal Ziad Fadi Jamal Hamza Anas Majed Osama Nasser Amir Faris Ghassan
   Hisham""",
   """Fatima Aisha Mariam Layla Nour Rania Huda Amal Yasmin Salma Hana Dalia Lina Reem Sara
   Noura Samira Rasha Dina Farah Lama Ghada Zainab Hiba Jana Malak Rima""",
   """Al-Sayed El-Amin Ben+Ali Haddad Khoury Nasser Saleh Mansour Hamdan Haddadin Jaber Kassab
   Darwish Khalil Sabbagh Hijazi Barakat Awad Shaheen Najjar Qasim Zayed Hamoud Yassin
   Abdallah Suleiman Tawil Fakhoury Mahfouz Rahal Bitar Halabi Othman Masri Karam""")

_o("kurdish",
   """Azad Baran Dilan Rojhat Serhat Şiyar Welat Zana Heval Kawa Ciwan Rênas Sherko Hozan
   Berzan Roni""",
   """Rojda Berfin Zelal Dilan Helin Nûjiyan Rûken Gulistan Hêvî Jiyan Zozan Evîn Avesta
   Delal Berivan Newroz""",
   """Barzani Tayfur Ekinci Bozan Zagros Hawrami Amedi Bingöl Kobani Ciziri Mahabadi Sindi
   Zebari Talabani Yekta Rojhilat Şêxmûs Xelîl Agirî Bahdinan""",
   plain=True)

_o("persian",
   """Reza Ali Mehdi Hamid Babak Kourosh Dariush Arash Farhad Omid Payam Behnam Siavash
   Navid Saeed Kaveh Majid Parviz Ramin Shahin Bijan""",
   """Maryam Shirin Neda Leila Parisa Azadeh Mina Roya Golnaz Yasaman Sahar Nasrin Farnaz
   Shabnam Mahsa Ladan Taraneh Pegah Nazanin Setareh Haleh""",
   """Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Rahimi Tehrani Shirazi Esfahani
   Sadeghi Farahani Kazemi Navabi Ebrahimi Javadi Mousavi Hashemi Bakhtiari Yazdani
   Ghorbani Soltani Amini Kermani""")

_o("greek",
   """Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios Christos
   Athanasios Evangelos Spyridon Michail Stavros Theodoros Kyriakos Apostolos Emmanouil
   Petros Antonios Ilias""",
   """Maria Eleni Aikaterini Vasiliki Sofia Angeliki Dimitra Georgia Konstantina Paraskevi
   Eirini Despoina Christina Panagiota Anastasia Stavroula Theodora Chrysa Zoi Evangelia""",
   """Papadopoulos Papadakis Nikolaidis Georgiou Dimitriou Konstantinidis Oikonomou
   Vasileiou Karagiannis Christodoulou Makris Papageorgiou Antoniou Ioannidis Alexiou
   Athanasiou Pappas Mavridis Stavropoulos Economou Theodorakis Lazaridis Kalogeropoulos
   Triantafyllou Chatzidakis Zervas Katsaros Samaras Anagnostou Kyriakidis""")

_o("balkan",
   """Marko Nikola Stefan Luka Milan Dragan Goran Zoran Dejan Nemanja Aleksandar Miloš Ivan
   Tomislav Ante Josip Damir Emir Adnan Haris Edin Mirza Nenad Vuk Bojan Srđan Dario Kenan""",
   """Ana Milica Jelena Marija Ivana Dragana Snežana Mirjana Vesna Tamara Jovana Sanja Maja
   Lejla Amra Emina Selma Ajla Mirela Katarina Nina Petra Iva Lucija Dunja Aida Azra""",
   """Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović
   Milošević Popović Kovačević Horvat Babić Marić Jurić Novak Knežević Vuković Perić Tomić
   Hodžić Hadžić Begić Delić Mehmedović Kovač Šarić Lukić Radić Mandić Šimić Bašić Čolić
   Dedić Husić Imamović Kurtović Omerović Zec Kranjc Krajnc Zupančič Mlakar Vidmar""",
   plain=True)

_o("albanian",
   """Arben Besnik Driton Ermal Fatmir Gëzim Ilir Kastriot Labinot Mentor Nderim Petrit
   Shkëlzen Valon Visar Agron Bujar Dardan Endrit Florent""",
   """Arta Besa Blerta Drita Elira Fjolla Genta Hana Jehona Kaltrina Lirie Mimoza Rina
   Shqipe Teuta Valbona Vlora Zana Albulena Egzona""",
   """Berisha Gashi Krasniqi Hoxha Shala Morina Kelmendi Bytyqi Rexhepi Hyseni Osmani
   Ahmeti Zeqiri Sadiku Mustafa Kastrati Dervishi Leka Bajrami Halili Rama Selimi Xhaferi""",
   plain=True)

_o("romanian",
   """Andrei Alexandru Mihai Ionuț Florin Bogdan Cristian Adrian Gabriel Răzvan Vlad Sorin
   Cătălin Ovidiu Dragoș Radu Lucian Tudor Costin Marius""",
   """Ioana Elena Andreea Cristina Mihaela Alina Raluca Roxana Simona Diana Oana Bianca
   Irina Larisa Corina Gabriela Adela Anca Camelia Dana""",
   """Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Matei Ciobanu Constantin
   Munteanu Moldovan Marin Dobre Barbu Nistor Florea Dinu Lungu Cristea Enache Tudose
   Vasilescu Georgescu Petrescu Marinescu Dragomir Ene""",
   plain=True)

_o("czech",
   """Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal
   Vojtěch Ondřej Lukáš Jakub Radek Filip Matěj Štěpán""",
   """Jana Marie Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Veronika Tereza
   Markéta Zuzana Barbora Kristýna Eliška Adéla Klára""",
   """Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil
   Pokorný Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil
   Čermák Vaněk Urban Blažek Kříž Kovář""",
   plain=True)

_o("hungarian",
   """László István József Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Balázs
   Dániel Ádám Bence Levente Márton Gergely Csaba Tibor""",
   """Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Judit Ágnes Andrea Krisztina Eszter
   Réka Dóra Boglárka Noémi Zsófia Petra Orsolya Enikő""",
   """Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács
   Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kocsis
   Pintér Szűcs Vincze Hegedűs""",
   plain=True)

_o("dutch",
   """Jan Pieter Willem Sander Bas Joris Thijs Daan Bram Ruben Stijn Jeroen Maarten Koen
   Wouter Niels Sjoerd Gijs Floris Hidde Jelle Tijmen Rutger Teun Wessel Joost""",
   """Anouk Femke Sanne Lotte Fleur Marieke Inge Eline Esther Lieke Noor Roos Saskia Wendy
   Mirjam Ilse Renske Jolien Anneke Margriet Hester Jantine Sietske Maartje""",
   """de+Jong Jansen de+Vries van+den+Berg van+Dijk Bakker Visser Smit Meijer de+Boer Mulder
   de+Groot Bos Vos Peters Hendriks van+Leeuwen Dekker Brouwer de+Wit Dijkstra Smits
   de+Graaf van+der+Meer van+der+Linden Kok Jacobs de+Haan Vermeulen van+den+Heuvel
   van+der+Veen van+den+Broek de+Bruijn de+Lange Schouten van+Beek Willems van+Vliet
   van+de+Ven Hoekstra Maas Verhoeven Koster van+Dam ter+Horst Prins Blom Huisman Kuipers
   Wijnands Zwart Veenstra""",
   hyphen=True)

_o("french",
   """Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Sébastien Olivier
   Thierry Mathieu Guillaume Antoine Romain Maxime Hugo Lucas Théo Baptiste Clément Quentin
   Yves Benoît Gilles Arnaud Jérôme Damien Cyril Jean-Luc Jean-Marc""",
   """Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Valérie Sandrine Céline
   Aurélie Émilie Camille Léa Chloé Manon Inès Juliette Margaux Pauline Mathilde Élodie
   Amandine Hélène Agnès Brigitte Solène Clémence Anne-Sophie Marie-Claire""",
   """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
   Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier
   Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
   Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier
   Robin Masson Sanchez Le+Gall de+la+Fontaine Le+Goff Duval Lemoine Chauvin Marchand""",
   hyphen=True, double="-")

_o("spanish",
   """Alejandro Pablo Javier Sergio Álvaro Adrián Diego Jorge Raúl Iván Rubén Óscar Fernando
   Enrique Gonzalo Íñigo Mikel Xavier Jordi Marc José_Luis Juan_Carlos""",
   """Lucía Paula Carmen Laura Marta Andrea Sara Elena Cristina Nuria Alba Irene Natalia
   Pilar Rocío Inmaculada Montserrat Ainhoa Itziar Nerea Mercedes Begoña María_José""",
   """García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez
   Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres
   Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado
   Castro Ortiz Rubio Marín Sanz Iglesias Medina Garrido Cortés Castillo del+Río
   de+la+Cruz Echeverría Aguirre Etxeberria Puig""",
   double=" ")

_o("portuguese",
   """João Pedro Tiago Rui Nuno Miguel Bruno Ricardo André Diogo Gonçalo Francisco Duarte
   Rodrigo Vasco Filipe Leonardo Thiago Caio Gustavo""",
   """Ana Beatriz Inês Mariana Joana Catarina Sofia Rita Teresa Marta Leonor Carolina Filipa
   Raquel Sónia Fernanda Larissa Camila Juliana Luana""",
   """Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes
   Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira
   Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha da+Silva dos+Santos Barbosa
   Azevedo Figueiredo""",
   double=" ")

_o("nordic",
   """Lars Erik Anders Johan Magnus Henrik Nils Olof Sven Gustav Jonas Mattias Fredrik
   Björn Kristian Rasmus Mads Søren Jesper Morten Thomas Ole Knut Sindre Eirik Håkon Torbjørn
   Anders_Peter""",
   """Ingrid Astrid Karin Kristina Maria Emma Elsa Linnea Maja Sofie Ida Freja Mette Louise
   Camilla Line Sigrid Solveig Ragnhild Hanne Tove Liv Ebba Signe Helle Kirsten""",
   """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
   Pettersson Lindberg Lindqvist Lindström Bergström Sandberg Forsberg Holmberg Nyström
   Sjöberg Jensen Nielsen Hansen Pedersen Andersen Christensen Rasmussen Jørgensen Madsen
   Kristensen Olsen Haugen Johansen Berg Bakken Dahl Halvorsen Solberg Lund Strand Eide
   Haugland Nygaard""",
   hyphen=True)

_o("finnish",
   """Juha Mikko Timo Jukka Antti Matti Pekka Ville Janne Sami Tuomas Lauri Eetu Aleksi Joni
   Olli Heikki Kalle""",
   """Anna Tiina Sari Päivi Minna Johanna Laura Riikka Katja Hanna Elina Noora Aino Venla
   Eveliina Aada Satu Marjatta""",
   """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
   Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
   Salo Laitinen Tuominen Rantanen Karjalainen Jokinen""")

_o("indian",
   """Rahul Amit Arjun Rohan Vikram Sanjay Rajesh Suresh Anil Deepak Karthik Pranav Aditya
   Nikhil Varun Harish Manoj Siddharth Vivek Gaurav Anand Ravi Kiran Aarav Ishaan Dev""",
   """Priya Ananya Divya Kavya Neha Pooja Shreya Anjali Meera Lakshmi Sunita Deepika Nisha
   Aditi Radhika Sneha Swati Tanvi Isha Aishwarya Pallavi Rekha Usha Diya""",
   """Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Shah Verma
   Chatterjee Banerjee Mukherjee Das Bose Pillai Krishnan Subramanian Venkatesh Agarwal
   Kapoor Malhotra Bhatt Kulkarni Naidu Raman Srinivasan Chopra Sethi""")

_o("pakistani",
   """Imran Faisal Usman Zubair Asif Tariq Kamran Adnan Naveed Shahid Waqas Danish Hamza
   Saad Bilal Junaid""",
   """Ayesha Sana Hira Mahnoor Zara Nadia Saima Rabia Amna Mehwish Iqra Sadia Fariha Kiran
   Bushra Aliya""",
   """Khan Qureshi Chaudhry Butt Malik Rana Siddiqui Sheikh Mirza Baig Abbasi Niazi Raza
   Javed Aslam Rehman Hashmi Gillani Akhtar Bhatti""")

_o("nigerian",
   """Chinedu Emeka Obinna Chukwudi Ikenna Tunde Babatunde Oluwaseun Olumide Adebayo Kunle
   Segun Femi Musa Ibrahim Aliyu Uche Nnamdi Kelechi Ifeanyi""",
   """Ngozi Chioma Adaeze Nkechi Amaka Chiamaka Funmilayo Yetunde Folake Bukola Aisha Zainab
   Ifeoma Uchenna Temitope Oluwakemi Titilayo Halima Eniola Ebele""",
   """Okafor Okonkwo Eze Nwosu Obi Okeke Adeyemi Adebayo Ogunleye Oladipo Balogun Bello
   Abubakar Ibrahim Nwachukwu Chukwu Onyekachi Afolabi Oyelaran Adewale Olatunji Ezeh
   Okoro Anyanwu Igwe Akinola""")

_o("ghanaian",
   """Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Nana Kobby Fiifi Ekow Selorm""",
   """Ama Akosua Abena Afua Yaa Adwoa Efua Akua Esi Dzifa Adjoa Mawuli""",
   """Mensah Boateng Owusu Asante Osei Agyeman Appiah Darko Amoah Acheampong Ofori Adjei
   Tetteh Quaye Annan Frimpong Opoku Sarpong Bonsu Gyamfi""")

_o("kenyan",
   """Brian Kevin Dennis Collins Victor Kipchoge Kiprono Omondi Njoroge Onyango Wafula Barasa
   Kibet Mwangi Otieno""",
   """Wanjiku Akinyi Njeri Atieno Wambui Nyambura Chebet Jepkosgei Auma Muthoni Adhiambo
   Nekesa""",
   """Kamau Otieno Mwangi Ochieng Kiprotich Wanjala Njoroge Kariuki Mutua Omondi Odhiambo
   Chege Kimani Kiplagat Rotich Wekesa Nyaga Muriuki Gitau Kosgei""")

_o("chinese",
   """Wei Jun Hao Lei Jie Tao Ming Yong Qiang Bo Chen Hui Peng Zhiwei Xiaoming Jianguo
   Yuxuan Haoran Ka-ho Wing-kit""",
   """Fang Xiu Ying Na Li Jing Yan Xiaoli Mei Hong Lan Juan Xin Yue Xue Yuting Jiayi Ka-yan
   Wing-kei Siu-ling""",
   """Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Gao Lin Luo Zheng
   Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Chan Wong
   Cheung Leung Ng Tsang""")

_o("japanese",
   """Haruto Sota Yuto Riku Takumi Kenji Hiroshi Takeshi Daiki Shota Kazuki Ren
   Naoki Ryota Kaito Satoshi Akira Taro Koji""",
   """Yui Hina Aoi Sakura Yuna Haruka Misaki Ayaka Nanami Emi Keiko Yoko Naoko Rin
   Mio Saki Kaori Tomoko Asuka""",
   """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
   Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda
   Hashimoto Ishikawa Ogawa Okada Fujita Nishimura Aoki""")

_o("korean",
   """Min-jun Seo-jun Ji-ho Do-yun Jun-seo Hyun-woo Sung-min Jae-won Dong-hyun Tae-yang
   Woo-jin Sang-hoon""",
   """Seo-yeon Ji-woo Ha-eun Min-seo Soo-ah Ji-yeon Eun-ji Hye-jin Yu-na Da-eun Ye-jin
   So-yeon""",
   """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn
   Yoo Hong""")

_o("vietnamese",
   """Minh Tuấn Hùng Dũng Quang Huy Khoa Phúc Thành Trung Nam Đức Bảo""",
   """Linh Trang Hương Thảo Ngọc Phương Hà Anh Thu Hạnh Vy Nhung Quỳnh""",
   """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh
   Lâm Tạ""",
   plain=True)

_o("filipino",
   """Jose Mark_Anthony John_Rey Rodel Jerome Christian Ramon Efren Noel Rogelio Arnel Jomar
   Jhun Dante""",
   """Maricel Rowena Lorna Jocelyn Marites Charmaine Kristine Rosalie Angelica Jasmine
   Lovely Maribel Cherry Joy-Ann""",
   """Dela+Cruz Santos Reyes Bautista Ocampo Garcia Mendoza Villanueva Ramos Aquino Castillo
   Navarro Manalo Mercado Soriano Dizon Pascual Tolentino Salazar Macaraeg de+los+Reyes
   Lacson Magbanua""")

_o("baltic",
   """Jonas Mantas Tomas Darius Paulius Andris Jānis Mārtiņš Kārlis Edgars Vytautas Gintaras""",
   """Rūta Eglė Ieva Greta Indrė Laura Ilze Līga Inese Kristīne Dace Agnė""",
   """Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Bērziņš Kalniņš
   Ozoliņš Jansons Liepiņš Krūmiņš Vītols Paulauskas Butkus Urbonas""",
   plain=True)

_o("ethiopian",
   """Abebe Tesfaye Dawit Getachew Haile Mulugeta Yonas Bereket Henok""",
   """Selam Tigist Hiwot Meron Bethlehem Genet Mekdes Saba Almaz""",
   """Tesfaye Bekele Gebremedhin Alemu Haile Mekonnen Tadesse Wolde Girma Assefa Desta
   Kebede Negash Ayele""")

# Surnames that are ordinary words.
EN_WORD_SURNAMES = """Baker Hunter Fox Rose May Young King Cook Hope Frost Stone Price Little Wood
Bird Bell Mason Marsh Brook Hill Moss Lamb Swan Hart Cross Field Wells Sharp Short Long Strong
Bush Gold Silver Booth Church Glass Potter Weaver Fisher Shepherd Page Knight Bishop Steel Day
Crow Finch Miller Carpenter Butler Cooper Walker Black White Green Brown Gray""".split()

DE_WORD_SURNAMES = """Müller Schneider Fischer Weber Becker Wolf Koch Fuchs Bauer Vogel Winter
Sommer Jäger König Klein Lang Kaiser Hahn Schwarz Braun Weiß Graf Engel Herbst Hase Specht Fink
Adler Storch Busch Berg Stein Ernst Sauer Fröhlich Kühn Mai Strauß Zimmermann Richter Meister
Schreiber Krämer Förster Gärtner Schuster Pfeiffer Held Bäcker Kurz""".split()

ANGLO = ["english", "american", "irish", "scottish", "welsh"]
DACH = ["german", "austrian", "swiss"]

# Origin weights per language.
WEIGHTS = {
    "en": {
        "english": 29, "american": 25, "irish": 7, "scottish": 4, "welsh": 3, "indian": 4,
        "pakistani": 2.2, "chinese": 2, "nigerian": 2, "polish": 2, "german": 1.6,
        "french": 1.2, "italian": 1.2, "spanish": 1, "ghanaian": 0.8, "kenyan": 0.6,
        "filipino": 0.9, "japanese": 0.6, "korean": 0.7, "vietnamese": 0.7, "dutch": 0.7,
        "nordic": 0.7, "greek": 0.6, "turkish": 0.7, "arabic": 0.9, "persian": 0.6,
        "portuguese": 0.7, "russian": 0.5, "ukrainian": 0.5, "romanian": 0.6,
        "balkan": 0.4, "albanian": 0.3, "czech": 0.3, "hungarian": 0.3, "finnish": 0.3,
        "kurdish": 0.2, "austrian": 0.3, "swiss": 0.3, "baltic": 0.3, "ethiopian": 0.3,
    },
    "de": {
        "german": 31, "austrian": 9, "swiss": 9, "turkish": 7, "polish": 3.5, "italian": 3.5,
        "russian": 2.5, "ukrainian": 2, "arabic": 2.5, "kurdish": 1.4, "persian": 1.2,
        "greek": 1.8, "balkan": 3.5, "albanian": 1.8, "romanian": 1.8, "czech": 1,
        "hungarian": 1, "dutch": 1.1, "french": 1.4, "spanish": 1.1, "portuguese": 1,
        "nordic": 0.9, "finnish": 0.4, "english": 1.8, "american": 0.8, "irish": 0.4,
        "scottish": 0.3, "welsh": 0.2, "indian": 1.1, "pakistani": 0.5, "nigerian": 0.6,
        "ghanaian": 0.4, "kenyan": 0.3, "chinese": 1, "japanese": 0.5, "korean": 0.4,
        "vietnamese": 1, "filipino": 0.4, "baltic": 0.3, "ethiopian": 0.3,
    },
}

# Multipliers for the person's country.
COUNTRY_BOOST = {
    "DE": {"german": 1.6}, "AT": {"austrian": 5}, "CH": {"swiss": 5},
    "GB": {"english": 1.5, "scottish": 1.5, "welsh": 1.5}, "US": {"american": 2.5},
    "IE": {"irish": 7}, "FR": {"french": 18}, "NL": {"dutch": 18}, "IT": {"italian": 18},
}

# Syllables for invented names.
INV_ONSETS = """b br d dr f fl g gr h k kl l m n p pr r s st t tr v w z ch sch sh th j""".split()
INV_VOWELS = "a e i o u a e i o ei au ie".split()
INV_MIDS = "l n r s m d t v ss rr ll nn".split()
INV_GIVEN_END_M = "o us ian ard or ik em an ert in".split()
INV_GIVEN_END_F = "a ina ella ette ia ine ara ana elle is".split()
INV_SUR_END = "mann berg wick ton escu ström inen oglu ari ovic ez ier ard ell sen ow".split()

# The origin lists of English, American, Irish, Scottish, Welsh, German, Austrian and Swiss names
# hold no surname that is an ordinary word: such surnames come only from the two word lists, so
# their share is set by one probability in the generator.
_WORDS = dict.fromkeys(EN_WORD_SURNAMES + DE_WORD_SURNAMES)
for _k in ANGLO + DACH:
    ORIGINS[_k]["s"] = [s for s in ORIGINS[_k]["s"] if s not in _WORDS]
