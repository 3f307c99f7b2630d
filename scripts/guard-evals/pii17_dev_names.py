"""Name, street and town lists of the seventeenth PII bank, dev half (written for it; no package data).

Each origin: (female given names, male given names, surnames). A surname written `m/f` has a
male and a female form (Polish, Russian, Ukrainian, Greek, Czech-style endings).
"""


def _w(s: str) -> list[str]:
    """Whitespace-separated words; `_` joins the words of one entry ("de_Jong", "High_Street")."""
    return [x.replace("_", " ") for x in s.split()]


ORIGINS = {
    "de": (
        _w("""Anna Lena Leonie Marie Sophie Laura Julia Sarah Lisa Katharina Johanna Hannah Lea Emma Mia Clara
        Charlotte Franziska Theresa Magdalena Stefanie Sabine Petra Monika Ursula Renate Claudia Andrea Susanne
        Birgit Karin Heike Anja Nicole Tanja Sandra Melanie Daniela Christine Silke Kerstin Martina Gabriele
        Ingrid Helga Gisela Brigitte Elke Jutta Doris Angelika Annette Bettina Carola Dagmar Edith Frauke Gudrun
        Hannelore Ilse Irmgard Jana Katrin Kathrin Lisa-Marie Anna-Lena Marie-Luise Luisa Lina Ida Greta Frieda
        Mathilda Paula Pia Nele Merle Finja Jasmin Vanessa Jessica Janina Svenja Wiebke Imke Antje Heidi
        Marlene Valentina Elisabeth Barbara Verena Carina Tamara Corinna Miriam Rebekka Nadine Yvonne Ramona
        Simone Ulrike Hildegard Waltraud Liselotte Annika Ronja Jule Ella Amelie Emilia Sophia Helene Maren
        Gesa Insa Silvia Nadja Mirjam Bernadette Anne-Kathrin Eva-Maria Rosemarie Roswitha Sieglinde Henrike
        Thea Lotte Fenja Tabea Hanne Kirsten Britta Dörte Gertrud Ottilie Luise Annegret Ricarda Solveig"""),
        _w("""Lukas Jonas Leon Finn Paul Felix Maximilian Moritz Tim Jan Niklas Florian Tobias Sebastian Philipp
        Alexander Michael Thomas Andreas Stefan Markus Christian Martin Frank Jürgen Klaus Uwe Wolfgang Dieter
        Günter Horst Manfred Werner Helmut Gerhard Rainer Bernd Ralf Holger Jörg Dirk Matthias Sven Kai Lars
        Ole Hauke Malte Jannik Henrik Johannes Benedikt Korbinian Quirin Xaver Vinzenz Ferdinand Leopold
        Valentin Dominik Patrick Daniel Marcel Kevin Dennis Timo Nico Fabian Julian Simon David Benjamin Elias
        Noah Luca Emil Anton Theo Karl Friedrich Heinrich Ludwig Otto Hans Peter Hans-Peter Karl-Heinz
        Hans-Jürgen Klaus-Dieter Jens Torsten Carsten Heiko Volker Reinhard Siegfried Norbert Hubert Alois Franz
        Jakob Lorenz Konstantin Till Rolf Armin Ulrich Joachim Detlef Hartmut Gernot Wendelin Eike Björn Arne
        Enno Hinnerk Jasper Mats Bastian Gregor Clemens Kilian Severin Rupert Wilhelm Erwin Rüdiger Lutz
        Achim Ingo Olaf Bodo Henning Knut Friedhelm Gottfried Burkhard Meinrad Heribert Ansgar Frieder"""),
        _w("""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
        Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner
        Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser
        Fuchs Peters Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler
        Roth Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Winter Kraus Schumacher Krämer Vogt
        Stein Jäger Sommer Seidel Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel
        Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Ernst Hübner Kramer Gebhardt Petersen Jensen
        Hansen Carstensen Thiessen Janssen Brodersen Harms Ehlers Onken Tjarks Hinrichs Rademacher Kötter
        Wessels Brinkmann Niehaus Overbeck Terhorst Uhlenbrock Dreier Feldkamp Pape Kruse Evers Meinhardt
        Reuter Eckert Fiedler Ebert Kunze Rudolph Kaufmann Hesse Jansen Thiele Seifert Hein Kirchner Marx
        Wendt Stark Lindner Kraft Böttcher Schilling Lenz Fritz Bock Schenk Weidner Wirth Hauser Kern Ott
        Dittrich Schlegel Rieger Heller Riedel Wiegand Faber Schwab Gärtner Mertens Bode Pietsch Thiel Rupp
        Hanke Oberdorfer Leitgeb Strobl Obermeier Wimmer Bichler Rauscher Scharnagl Hintermaier Eichinger
        Grünwald Zehetmair Lindemann Gottschalk Rosenbaum Blumenthal Oppermann Wiesner Brenninger Kreuzer
        Lohmann Stöcker Niemeyer Tiedemann Quast Wübbena Roggenkamp Heitmann Bruns Siebert Ostermann
        Achterberg Kleinschmidt Großmann Schwarzkopf Eisele Häberle Schwägerle Gaiser Rapp Stängle Dreher"""),
    ),
    "at": (
        _w("""Theresia Veronika Anna-Maria Magdalena Katharina Johanna Elisabeth Maria Christina Sabrina Barbara
        Romana Gerlinde Hermine Notburga Resi Vroni Leni Agnes Walburga Rosalia Lisa Julia Viktoria Hanna"""),
        _w("""Florian Lukas Matthias Stefan Andreas Gerald Harald Herbert Josef Sepp Franz Alois Leopold Ferdinand
        Engelbert Valentin Jakob Johann Markus Bernhard Dominik Christoph Reinhold Wolfgang Michael"""),
        _w("""Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer
        Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner
        Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Haider Strasser
        Unterberger Gschwandtner Hinterleitner Oberhuber Zauner Pöschl Prenner Kogler Trummer Pirker Url"""),
    ),
    "ch": (
        _w("""Regula Seraina Ursina Nadia Corinne Mirjam Barbara Stefanie Sandra Brigitte Rahel Deborah Simone
        Flurina Anna Lea Andrea Manuela Claudia Annina Ladina Martina Fabienne Chantal Nathalie"""),
        _w("""Reto Urs Beat Res Mattia Gian-Luca Andrea Marco Daniel Thomas Peter Roger Adrian Lukas Silvan
        Samuel Jonas Dario Flurin Gion Pascal Raphael Cédric Yannick Fabian"""),
        _w("""Meier Müller Keller Frei Gerber Zürcher Bühler Widmer Sutter Kälin Lüthi Zbinden Gisler Ammann
        Imhof Bachmann Hürlimann Tanner Bosshard Rüegg Wüthrich Oberholzer Nussbaumer Steiner Baumann Schnyder
        Brunner Graf Huber Moser Studer Zumstein Aebischer Zaugg Hostettler Tschudi Caflisch Casutt Brändli
        Inderbitzin Giger Blaser Marti Hänni Stucki Liechti Rohrer Flückiger Schürch Ryffel"""),
    ),
    "en": (
        _w("""Emily Olivia Sophie Charlotte Amelia Jessica Hannah Lucy Grace Chloe Ella Isabella Evie Poppy Ruby
        Megan Lauren Rebecca Rachel Sarah Laura Emma Katie Holly Abigail Eleanor Harriet Imogen Florence Beatrice
        Alice Rosie Daisy Freya Phoebe Matilda Maisie Erin Niamh Aoife Siobhan Ciara Orla Saoirse Caitlin Fiona
        Eilidh Isla Morag Kirsty Rhiannon Cerys Seren Ffion Bethan Gwen Angharad Jennifer Ashley Brittany
        Kayla Madison Taylor Morgan Courtney Lindsay Heather Amber Brooke Kelsey Shelby Jordan Paige Sierra
        Savannah Hailey Avery Harper Riley Zoe Natalie Victoria Margaret Patricia Linda Barbara Susan Karen
        Nancy Deborah Sharon Carol Michelle Kimberly Donna Pamela Helen Gillian Alison Joanne Nicola Claire
        Louise Gemma Stacey Kerry Leanne Jade Kimberley Hayley Danielle Samantha Vicky Bridget Maeve Roisin
        Clodagh Grainne Deirdre Sinead Una Mairead Annabel Camilla Octavia Penelope Tabitha Esme Verity Philippa"""),
        _w("""Oliver Jack Harry George Charlie Thomas Oscar William James Henry Alfie Archie Joshua Samuel Daniel
        Benjamin Edward Alexander Max Lewis Callum Connor Ryan Liam Dylan Ethan Jacob Mason Logan Lucas Noah
        Aiden Tyler Austin Brandon Cody Dustin Garrett Hunter Travis Wyatt Colton Chase Tanner Bryce Cameron
        Declan Cian Oisin Padraig Eoin Ronan Seamus Fergal Cathal Darragh Niall Ciaran Angus Hamish Fraser
        Alasdair Ewan Callum Rory Gregor Finlay Iain Dafydd Rhys Gethin Owain Gareth Aled Emyr Huw Ieuan
        Michael David Richard Robert John Mark Paul Andrew Christopher Matthew Anthony Steven Kevin Brian
        Gary Timothy Jeffrey Scott Eric Stephen Jonathan Justin Gregory Patrick Dennis Peter Graham Nigel
        Trevor Clive Malcolm Colin Derek Keith Barry Darren Wayne Craig Lee Dean Jamie Ross Stuart Neil
        Rupert Hugo Jasper Rufus Barnaby Crispin Giles Toby Dominic Sebastian Tristan Felix Ambrose"""),
        _w("""Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright
        Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill
        Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker
        Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy
        Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman
        Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight
        Lloyd Butler Russell Barker Fisher Stevens Jenkins Dixon Fletcher Howard Gibson Fox Reid Ferguson
        Henderson Stewart Cameron MacDonald McDonald MacLeod McKenzie MacKay Murray Robertson Sinclair Gordon
        Buchanan Drummond Crawford Lindsay Munro Ross Fraser McLaughlin McGregor Kennedy O'Brien O'Connor
        O'Sullivan O'Neill O'Reilly O'Donnell O'Leary O'Mahony Byrne Ryan Walsh Doyle McCarthy Gallagher
        Doherty Lynch Quinn Brennan Fitzgerald Nolan Dunne Keane Kavanagh Brady Hennessy Moloney Cullen
        Donnelly Flanagan Hegarty Jenkins Prosser Pritchard Vaughan Llewellyn Rees Powys Gwynne Bevan Meredith
        Johnson Miller Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Anderson Wilson Thomas Jackson
        Thompson Harris Robinson Walker Young Allen Sanchez Wright Hill Nelson Carter Mitchell Perez Roberts
        Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell
        Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Torres Peterson Gray Ramirez Watson Brooks
        Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes
        Flores Washington Butler Simmons Foster Gonzales Bryant Alexander Russell Griffin Diaz Hayes Myers
        Ford Hamilton Graham Sullivan Wallace Woods Cole West Jordan Owens Reynolds Ellis Harrison Gibson
        McDonald Cruz Marshall Ortiz Gomez Murray Freeman Wells Webb Simpson Stevens Tucker Porter Hunter
        Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Burns Gordon Shaw Holmes Rice Robertson Black
        Daniels Palmer Mills Grant Knight Ferguson Rose Stone Hawkins Dunn Perkins Hudson Spencer Gardner
        Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder
        Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence
        Elliott Chavez Sims Austin Peters Kelley Franklin Lawson Whitfield Ashworth Pennington Fairbanks"""),
    ),
    "tr": (
        _w("""Ayşe Fatma Elif Zeynep Emine Hatice Merve Esra Büşra Selin Derya Özlem Gül Hülya Aylin Sevgi Yasemin
        Ebru Dilek Sibel Tuğba Melike Nur Ceren Damla Gizem İrem Şeyma"""),
        _w("""Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Volkan Cem Kemal Yusuf Ömer
        Mert Can Onur Tolga Kaan Deniz Barış Cengiz Erkan Okan Levent Tarkan"""),
        _w("""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
        Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Güneş Aktaş Erdoğan Bulut Keskin Ünal Tekin Acar Başaran
        Toprak Kaplan Bozkurt Güler Uysal Sarı Akın Coşkun"""),
    ),
    "pl": (
        _w("""Agnieszka Katarzyna Małgorzata Magdalena Joanna Aleksandra Monika Ewa Zofia Natalia Justyna Beata
        Dorota Marta Paulina Karolina Weronika Zuzanna Iwona Grażyna"""),
        _w("""Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Mateusz Kamil Wojciech
        Marek Dariusz Adam Bartosz Szymon Rafał Przemysław"""),
        _w("""Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska
        Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska
        Kozłowski/Kozłowska Jankowski/Jankowska Mazur Kwiatkowski/Kwiatkowska Krawczyk Piotrowski/Piotrowska
        Grabowski/Grabowska Nowakowski/Nowakowska Pawłowski/Pawłowska Michalski/Michalska Adamczyk Dudek
        Zając Wieczorek Jabłoński/Jabłońska Król Majewski/Majewska Olszewski/Olszewska Jaworski/Jaworska
        Wróbel Malinowski/Malinowska Pawlak Witkowski/Witkowska Walczak Stępień Górski/Górska Rutkowski/Rutkowska
        Michalak Sikora"""),
    ),
    "it": (
        _w("""Giulia Francesca Chiara Sara Martina Valentina Alessia Elena Federica Silvia Paola Laura Giorgia
        Alessandra Roberta Beatrice Ilaria Serena Marta Caterina"""),
        _w("""Marco Alessandro Andrea Luca Matteo Lorenzo Davide Francesco Giuseppe Giovanni Stefano Simone Paolo
        Antonio Riccardo Federico Emanuele Nicola Pietro Salvatore"""),
        _w("""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca
        Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
        Galli Martini Leone Longo Gentile Martinelli Vitale Di_Stefano Di_Marco De_Santis D'Angelo Pellegrini
        Palumbo Sanna Fabbri Benedetti Bernardi Cattaneo"""),
    ),
    "es": (
        _w("""María Carmen Lucía Laura Marta Paula Elena Sara Ana Cristina Isabel Pilar Rocío Nuria Alba Irene
        Beatriz Raquel Marina Inmaculada"""),
        _w("""Antonio Manuel José Francisco David Javier Daniel Carlos Miguel Alejandro Rafael Pablo Sergio Jorge
        Álvaro Adrián Diego Rubén Iker Íñigo"""),
        _w("""García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández
        Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez
        Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias
        de_la_Fuente de_la_Cruz del_Río Echeverría Etxeberria Goikoetxea"""),
    ),
    "pt": (
        _w("""Ana Beatriz Inês Mariana Joana Catarina Sofia Rita Filipa Leonor Margarida Teresa Raquel Carolina"""),
        _w("""João Pedro Tiago Rui Nuno Miguel Gonçalo Duarte Diogo Bruno Ricardo Vasco Rodrigo Henrique"""),
        _w("""Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes
        Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
        Vieira Monteiro Cardoso Rocha"""),
    ),
    "fr": (
        _w("""Camille Léa Manon Chloé Inès Juliette Louise Margaux Élodie Aurélie Céline Nathalie Sandrine Isabelle
        Sophie Claire Mathilde Pauline Amélie Anaïs Marion Océane Gaëlle Solène"""),
        _w("""Lucas Hugo Louis Gabriel Arthur Jules Théo Mathis Antoine Julien Nicolas Thomas Maxime Guillaume
        Pierre Romain Alexandre Sébastien Jérôme Olivier Benoît Yann Thibault Étienne"""),
        _w("""Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel
        Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet
        François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin
        Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Le_Goff Le_Gall de_Villiers
        de_la_Roche Lemaire Delacroix"""),
    ),
    "nl": (
        _w("""Sanne Fleur Lotte Anouk Femke Iris Noor Eva Lieke Marloes Esther Ingrid Annemieke Mieke Saskia
        Floor Roos Sterre"""),
        _w("""Daan Sem Bram Lars Thijs Jesse Ruben Sander Bas Joost Wouter Pieter Jeroen Maarten Koen Niels
        Gijs Stijn"""),
        _w("""de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder
        de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer
        van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn
        de_Bruin van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven
        Koster van_Dam van_der_Wal Prins Blom Huisman Kuipers van_der_Sloot"""),
    ),
    "el": (
        _w("""Maria Eleni Katerina Vasiliki Georgia Sofia Dimitra Ioanna Anastasia Christina Despina Paraskevi
        Athina Eirini Theodora"""),
        _w("""Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios Christos Athanasios Michail
        Evangelos Spyridon Stavros Andreas Kostas"""),
        _w("""Papadopoulos/Papadopoulou Papadakis Georgiou Oikonomou Vlachos/Vlachou Nikolaidis/Nikolaidou
        Dimitriou Papageorgiou Karagiannis/Karagianni Pappas/Pappa Christodoulou Alexiou Antoniou
        Konstantinidis/Konstantinidou Makris/Makri Ioannidis/Ioannidou Theodorou Angelopoulos/Angelopoulou
        Stavrou Mavridis/Mavridou Katsaros/Katsarou Economou Triantafyllou Kyriakou Panagiotopoulos/Panagiotopoulou"""),
    ),
    "hr": (
        _w("""Ana Ivana Marija Petra Maja Kristina Martina Lucija Nikolina Tea Mateja Vesna Snježana Jelena"""),
        _w("""Ivan Marko Luka Josip Tomislav Ante Stjepan Damir Mario Matej Krešimir Zoran Davor Goran"""),
        _w("""Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić
        Pavlović Božić Grgić Perić Radić Šarić Lovrić Jukić Vidović Barišić Blažević"""),
    ),
    "ro": (
        _w("""Andreea Elena Ioana Alexandra Maria Cristina Mihaela Gabriela Raluca Simona Diana Oana Bianca Roxana"""),
        _w("""Andrei Alexandru Mihai Ionuț Cristian Florin Adrian Bogdan Ștefan Vlad Radu Sorin Cătălin Marius"""),
        _w("""Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Rusu Munteanu
        Mocanu Florea Dinu Moldovan Lungu Neagu Marinescu Dobre Toma Barbu"""),
    ),
    "ar": (
        _w("""Fatima Aisha Mariam Layla Nour Yasmin Salma Rania Huda Amira Lina Dina Hanan Samira Zainab"""),
        _w("""Mohammed Ahmad Omar Khaled Youssef Karim Tariq Samir Hassan Hussein Ibrahim Mahmoud Bilal Rami Walid
        Nabil Faisal Ziad"""),
        _w("""Al-Sayed Haddad Khalil Nasser Saleh Mansour Hamdan Aziz Rahman Abboud Darwish Farouk Ghanem Habib
        Hijazi Issa Jaber Khoury Mustafa Najjar Qasim Rashid Sabbagh Shami El-Amin Al-Hakim Bakri Zaki"""),
    ),
    "fa": (
        _w("""Maryam Zahra Shirin Parisa Niloufar Leila Mina Roya Ladan Golnar Azadeh Sepideh Mahsa"""),
        _w("""Reza Ali Amir Mehdi Hossein Arash Babak Dariush Kaveh Omid Payam Siavash Farhad Navid"""),
        _w("""Hosseini Ahmadi Mohammadi Rezaei Karimi Moradi Jafari Rahimi Kazemi Ghorbani Tehrani Shirazi
        Esfahani Sadeghi Farahani Bagheri Nazari Azizi Amini Yazdani"""),
    ),
    "in": (
        _w("""Priya Ananya Aishwarya Divya Kavya Neha Pooja Shreya Sneha Lakshmi Meera Riya Anjali Deepika
        Sunita Nisha Aarti Radhika Shalini Gayatri"""),
        _w("""Rahul Arjun Vikram Rohan Aditya Rajesh Suresh Sanjay Amit Anil Karthik Vijay Ravi Manoj Nikhil
        Arun Pranav Siddharth Varun Harish"""),
        _w("""Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Mehta Shah Desai Kulkarni Chatterjee
        Banerjee Mukherjee Das Bose Pillai Krishnan Venkatesh Agarwal Malhotra Kapoor Chopra Bhatt Trivedi
        Srinivasan"""),
    ),
    "pk": (
        _w("""Ayesha Sana Hira Mahnoor Zara Noor Saima Rabia Bushra Amna Farah Iqra"""),
        _w("""Imran Usman Bilal Hamza Asad Faisal Zubair Kamran Waqas Shahid Adnan Junaid Tahir Saqib"""),
        _w("""Khan Ahmed Malik Hussain Qureshi Chaudhry Butt Sheikh Raza Siddiqui Mirza Awan Baig Abbasi Javed
        Iqbal Akhtar Aslam Rana Bhatti"""),
    ),
    "zh": (
        _w("""Mei Xiaoling Li Na Jing Yan Hui Ying Xiu Ling Fang Lan Qing Wen Yue Xin Ting"""),
        _w("""Wei Jun Hao Lei Ming Jian Tao Bo Peng Chao Qiang Yong Feng Zhen Kai Hua"""),
        _w("""Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Ma Hu Guo Lin He Gao Luo Zheng Liang Xie
        Tang Han Cao Deng Feng Song"""),
    ),
    "vi": (
        _w("""Linh Lan Mai Huong Thao Trang Ngoc Anh Hoa Phuong Thu Hanh"""),
        _w("""Minh Tuan Duc Hung Long Nam Quang Thanh Hieu Khoa Phong Bao"""),
        _w("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly"""),
    ),
    "ko": (
        _w("""Ji-woo Seo-yeon Min-ji Ha-eun Soo-ah Yuna Eun-ji Hye-jin Ji-hye Da-eun"""),
        _w("""Min-jun Seo-jun Ji-hoon Hyun-woo Dong-hyun Sung-min Jae-won Tae-yang Joon-ho Woo-jin"""),
        _w("""Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song"""),
    ),
    "ja": (
        _w("""Yuki Haruka Aoi Sakura Yui Misaki Nanami Ayaka Mei Rin Hana Emi Keiko Naoko"""),
        _w("""Haruto Yuto Sota Ren Takumi Kenji Hiroshi Daiki Kaito Shota Takeshi Kazuki Ryo Yusuke"""),
        _w("""Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
        Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori"""),
    ),
    "ng": (
        _w("""Chioma Ngozi Adaeze Amaka Funmilayo Folake Yetunde Bukola Aisha Hauwa Temitope Oluwaseun Ifeoma
        Chiamaka Zainab Kemi"""),
        _w("""Chinedu Emeka Obinna Chukwuemeka Oluwaseun Babatunde Adebayo Olumide Tunde Ikenna Segun Femi Musa
        Ibrahim Uchenna Kelechi"""),
        _w("""Okafor Okonkwo Adeyemi Adebayo Ogunleye Olawale Nwosu Eze Obi Nwachukwu Okeke Balogun Adewale Bello
        Abubakar Ibrahim Olatunji Onyekachi Afolabi Ogundipe"""),
    ),
    "gh": (
        _w("""Akosua Ama Abena Adwoa Afua Efua Yaa Esi Akua Adjoa"""),
        _w("""Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Fiifi Nana Ekow"""),
        _w("""Mensah Owusu Boateng Asante Osei Agyeman Appiah Acheampong Darko Amoah Addo Ofori Quaye Tetteh"""),
    ),
    "et": (
        _w("""Selam Hiwot Meron Tigist Bethlehem Rahel Mekdes Saba Liya Aster"""),
        _w("""Dawit Yonas Abebe Tesfaye Bereket Henok Samuel Mulugeta Getachew Kidus"""),
        _w("""Tesfaye Bekele Haile Girma Alemu Tadesse Wolde Kebede Mengistu Asfaw Desta Gebremedhin"""),
    ),
    "ua": (
        _w("""Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Anastasiia Viktoriia Halyna Svitlana Khrystyna"""),
        _w("""Oleksandr Andrii Serhii Dmytro Mykola Yurii Taras Bohdan Vasyl Oleh Maksym Volodymyr"""),
        _w("""Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliinyk Lysenko
        Marchenko Rudenko Savchenko Petrenko Moroz Polishchuk Tkachuk Hnatyuk Ivanenko Symonenko"""),
    ),
    "ru": (
        _w("""Anastasia Ekaterina Olga Tatiana Natalia Svetlana Irina Yulia Daria Ksenia Polina Alina"""),
        _w("""Dmitri Sergei Alexei Andrei Mikhail Nikolai Ivan Pavel Artem Igor Maxim Roman"""),
        _w("""Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Popov/Popova Sokolov/Sokolova
        Lebedev/Lebedeva Kozlov/Kozlova Novikov/Novikova Morozov/Morozova Volkov/Volkova Fedorov/Fedorova
        Orlov/Orlova Belov/Belova Romanov/Romanova Zaitsev/Zaitseva Vasiliev/Vasilieva"""),
    ),
}

# particles put in front of a surname drawn from the origin's list (German nobility particles, etc.)
PARTICLES = {"de": ["von", "von der", "vom", "zu", "von dem"], "nl": [], "it": [], "fr": []}

# origin weights per text language
ORIGIN_WEIGHTS = {
    "de": [("de", 50), ("at", 7), ("ch", 6), ("tr", 7), ("pl", 5), ("it", 3), ("ru", 2), ("ua", 2), ("el", 2),
           ("hr", 2), ("ro", 2), ("ar", 3), ("fa", 1.5), ("es", 1.5), ("pt", 1), ("fr", 1.5), ("nl", 1.5),
           ("en", 2), ("vi", 1), ("zh", 1), ("in", 1), ("pk", 0.5), ("ko", 0.5), ("ja", 0.5), ("ng", 0.5),
           ("gh", 0.5), ("et", 0.5)],
    "en": [("en", 58), ("in", 5), ("pk", 3), ("ng", 3), ("gh", 1), ("zh", 3), ("pl", 3), ("it", 2), ("es", 3),
           ("de", 4), ("fr", 2), ("ko", 1), ("ja", 1), ("vi", 1), ("ar", 2), ("et", 1), ("el", 1), ("pt", 1),
           ("nl", 1), ("ru", 1), ("ua", 1), ("ro", 1), ("tr", 1), ("fa", 1), ("hr", 0.5), ("at", 0.5), ("ch", 0.5)],
}

# ---------------------------------------------------------------- places

# (town, lowest postcode, highest postcode)
DE_TOWNS = [
    ("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
    ("Frankfurt am Main", 60311, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
    ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491),
    ("Bremen", 28195, 28779), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167),
    ("Kiel", 24103, 24159), ("Rostock", 18055, 18147), ("Augsburg", 86150, 86199), ("Regensburg", 93047, 93059),
    ("Garmisch-Partenkirchen", 82467, 82467), ("Berchtesgaden", 83471, 83471), ("Oberstdorf", 87561, 87561),
    ("Füssen", 87629, 87629), ("Lindau (Bodensee)", 88131, 88131), ("Konstanz", 78462, 78467),
    ("Tübingen", 72070, 72076), ("Heidelberg", 69115, 69126), ("Mainz", 55116, 55131), ("Kassel", 34117, 34134),
    ("Göttingen", 37073, 37085), ("Jena", 7743, 7751), ("Erfurt", 99084, 99099), ("Bamberg", 96047, 96052),
    ("Würzburg", 97070, 97084), ("Bielefeld", 33602, 33739), ("Osnabrück", 49074, 49090),
    ("Oldenburg", 26121, 26135), ("Lüneburg", 21335, 21339), ("Flensburg", 24937, 24944),
    ("Potsdam", 14467, 14482), ("Magdeburg", 39104, 39130), ("Chemnitz", 9111, 9131),
    ("Saarbrücken", 66111, 66133), ("Trier", 54290, 54296), ("Koblenz", 56068, 56077), ("Bonn", 53111, 53229),
    ("Aachen", 52062, 52080), ("Essen", 45127, 45359), ("Dortmund", 44135, 44388), ("Karlsruhe", 76131, 76229),
    ("Mannheim", 68159, 68309), ("Ulm", 89073, 89081), ("Kempten (Allgäu)", 87435, 87439),
    ("Rosenheim", 83022, 83026), ("Passau", 94032, 94036), ("Bayreuth", 95444, 95448), ("Marburg", 35037, 35043),
    ("Wernigerode", 38855, 38855), ("Sonthofen", 87527, 87527), ("Bad Tölz", 83646, 83646),
]
AT_TOWNS = [
    ("Wien", 1010, 1230), ("Graz", 8010, 8055), ("Linz", 4020, 4040), ("Salzburg", 5020, 5026),
    ("Innsbruck", 6020, 6020), ("Klagenfurt am Wörthersee", 9020, 9020), ("Villach", 9500, 9500),
    ("Bregenz", 6900, 6900), ("Dornbirn", 6850, 6850), ("St. Pölten", 3100, 3100), ("Kitzbühel", 6370, 6370),
    ("Schladming", 8970, 8970), ("Zell am See", 5700, 5700), ("Lienz", 9900, 9900), ("Wels", 4600, 4600),
    ("Leoben", 8700, 8700), ("Hallein", 5400, 5400), ("Mayrhofen", 6290, 6290),
]
CH_TOWNS = [
    ("Zürich", 8001, 8057), ("Bern", 3005, 3018), ("Basel", 4051, 4059), ("Luzern", 6003, 6006),
    ("St. Gallen", 9000, 9016), ("Winterthur", 8400, 8411), ("Chur", 7000, 7000), ("Davos Platz", 7270, 7270),
    ("Interlaken", 3800, 3800), ("Grindelwald", 3818, 3818), ("Zermatt", 3920, 3920), ("Thun", 3600, 3604),
    ("Aarau", 5000, 5000), ("Schaffhausen", 8200, 8200), ("Zug", 6300, 6300), ("Andermatt", 6490, 6490),
    ("Frauenfeld", 8500, 8500), ("Scuol", 7550, 7550),
]
DE_STREETS = _w("""Hauptstraße Bahnhofstraße Gartenstraße Schulstraße Dorfstraße Lindenstraße Bergstraße
Kirchstraße Waldstraße Ringstraße Wiesenweg Birkenweg Goethestraße Schillerstraße Mozartstraße Friedrichstraße
Kastanienallee Lindenallee Rosenweg Ahornweg Tannenweg Eichendorffstraße Beethovenstraße Uhlandstraße
Feldstraße Mühlenweg Hafenstraße Deichstraße Seestraße Parkstraße Blumenstraße Ludwigstraße Leopoldstraße
Sonnenstraße Eschenweg Heideweg Kiefernweg Hochstraße Weinbergstraße Talstraße Alpenstraße Zugspitzstraße
Wettersteinstraße Isarweg Nordring Südallee Rheinuferstraße Elbchaussee Mainzer_Landstraße
Kaiser-Wilhelm-Straße Am_Mühlbach Am_Sonnenhang Am_Anger Alte_Dorfstraße Im_Winkel
Auf_der_Höhe Zum_Steinbruch An_der_Alster Hinter_den_Gärten
Brunnenstraße Fichtestraße Körnerstraße Steinweg Wallstraße Marktstraße""")
AT_STREETS = _w("""Mariahilfer_Straße Landstraßer_Hauptstraße Herrengasse Schmiedgasse Getreidegasse
Linzer_Gasse Maria-Theresien-Straße Annenstraße Sackstraße Kirchengasse Lerchenfelder_Straße
Wiedner_Hauptstraße Favoritenstraße Neubaugasse Praterstraße Kaiserstraße Leopoldskroner_Allee
Innrain Museumstraße Hauptplatz Rennweg Sporgasse Bürgerstraße Salzburger_Straße""")
CH_STREETS = _w("""Bahnhofstrasse Seestrasse Dorfstrasse Hauptgasse Spitalgasse Marktgasse Kramgasse Rämistrasse
Limmatquai Badenerstrasse Zürichstrasse Bernstrasse Weinbergstrasse Kirchweg Gerechtigkeitsgasse
Hohlstrasse Langstrasse Freiestrasse Steinenvorstadt Obergrundstrasse Poststrasse Rosenbergstrasse""")
GB_TOWNS = [
    ("Leeds", "LS", 1, 29), ("Manchester", "M", 1, 40), ("Bristol", "BS", 1, 16), ("Edinburgh", "EH", 1, 17),
    ("Glasgow", "G", 1, 46), ("Cardiff", "CF", 10, 24), ("Sheffield", "S", 1, 17), ("Kendal", "LA", 9, 9),
    ("Keswick", "CA", 12, 12), ("Inverness", "IV", 1, 3), ("Fort William", "PH", 33, 33), ("Oxford", "OX", 1, 4),
    ("Cambridge", "CB", 1, 5), ("Brighton", "BN", 1, 2), ("York", "YO", 1, 31), ("Belfast", "BT", 1, 17),
    ("Aberystwyth", "SY", 23, 23), ("Swansea", "SA", 1, 6), ("Betws-y-Coed", "LL", 24, 24),
    ("Ambleside", "LA", 22, 22), ("Aviemore", "PH", 22, 22), ("Exeter", "EX", 1, 4), ("Norwich", "NR", 1, 7),
]
GB_LONDON = ["SW11", "SW4", "N16", "E8", "SE15", "NW5", "W12", "EC1V", "N1", "E17", "SE22", "W4"]
GB_STREETS = _w("""High_Street Station_Road Church_Lane Victoria_Road Mill_Lane Park_Avenue
Queen_Street Manor_Road Green_Lane The_Crescent Albert_Road York_Road Springfield_Road
Grove_Road Newport_Road Leith_Walk Otley_Road Headingley_Lane Gloucester_Road
Cowley_Road Mill_Road Chapel_Street Castle_Terrace Lakeside_Drive Meadow_Close
Orchard_Way Bridge_Street Beech_Grove Kingsway Marine_Parade""")
US_TOWNS = [
    ("Boulder", "CO", 80301, 80310), ("Denver", "CO", 80202, 80239), ("Portland", "OR", 97201, 97239),
    ("Seattle", "WA", 98101, 98199), ("Bend", "OR", 97701, 97703), ("Salt Lake City", "UT", 84101, 84121),
    ("Bozeman", "MT", 59715, 59718), ("Asheville", "NC", 28801, 28806), ("Burlington", "VT", 5401, 5408),
    ("Flagstaff", "AZ", 86001, 86004), ("Austin", "TX", 78701, 78759), ("Chicago", "IL", 60601, 60661),
    ("Brooklyn", "NY", 11201, 11239), ("San Francisco", "CA", 94102, 94134), ("Minneapolis", "MN", 55401, 55455),
    ("Madison", "WI", 53703, 53719), ("Boise", "ID", 83702, 83716), ("Anchorage", "AK", 99501, 99518),
    ("Missoula", "MT", 59801, 59808), ("Jackson", "WY", 83001, 83001), ("Ithaca", "NY", 14850, 14853),
]
US_AREA = {"CO": ["303", "720", "970"], "OR": ["503", "541", "971"], "WA": ["206", "425"], "UT": ["801", "385"],
           "MT": ["406"], "NC": ["828", "704"], "VT": ["802"], "AZ": ["928", "602"], "TX": ["512", "737"],
           "IL": ["312", "773"], "NY": ["718", "347", "607"], "CA": ["415", "628"], "MN": ["612", "651"],
           "WI": ["608"], "ID": ["208"], "AK": ["907"], "WY": ["307"]}
US_STREETS = _w("""Main_Street Oak_Avenue Maple_St Elm_Street Pine_St Cedar_Lane Lake_Drive
Sunset_Blvd Park_Place Willow_Way Ridge_Road Mountain_View_Dr Canyon_Rd Pearl_Street
SE_Hawthorne_Blvd NW_Market_St W_Colfax_Ave Juniper_Ct Aspen_Drive Trailhead_Loop
N_Broadway 2nd_Avenue 14th_Street Spruce_St Riverside_Dr""")
IE_TOWNS = [
    ("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Cork", "T12"),
    ("Galway", "H91"), ("Limerick", "V94"), ("Killarney", "V93"), ("Westport", "F28"), ("Kilkenny", "R95"),
    ("Sligo", "F91"), ("Athlone", "N37"), ("Wicklow", "A67"), ("Dingle", "V92"),
]
IE_STREETS = _w("""Main_Street O'Connell_Street Grafton_Street Patrick_Street Shop_Street
Quay_Street Church_Road Strand_Road Dublin_Road Castle_Street Bridge_Street
Harbour_View Mill_Lane Green_Street Sandymount_Avenue""")
FR_TOWNS = [
    ("Lyon", 69001, 69009), ("Grenoble", 38000, 38100), ("Chamonix-Mont-Blanc", 74400, 74400),
    ("Annecy", 74000, 74000), ("Strasbourg", 67000, 67200), ("Paris", 75001, 75020), ("Toulouse", 31000, 31500),
    ("Bordeaux", 33000, 33800), ("Nantes", 44000, 44300), ("Lille", 59000, 59800), ("Pau", 64000, 64000),
    ("Briançon", 5100, 5100),
]
FR_STREETS = _w("""rue_de_la_République rue_Pasteur avenue_Foch rue_des_Écoles
rue_du_Moulin chemin_des_Vignes boulevard_Gambetta place_de_l'Église
impasse_des_Tilleuls rue_des_Lilas quai_Saint-Vincent rue_de_la_Paix""")
NL_TOWNS = [
    ("Amsterdam", 1011, 1109), ("Utrecht", 3511, 3585), ("Rotterdam", 3011, 3089), ("Den Haag", 2511, 2597),
    ("Leiden", 2311, 2334), ("Groningen", 9711, 9747), ("Eindhoven", 5611, 5658), ("Nijmegen", 6511, 6546),
    ("Haarlem", 2011, 2037), ("Arnhem", 6811, 6846),
]
NL_STREETS = _w("""Prinsengracht Keizersgracht Oudegracht Damstraat Kerkstraat Molenweg Stationsweg Dorpsstraat
Lange_Voorhout Breestraat Vismarkt Herengracht Nieuwe_Binnenweg""")
IT_TOWNS = [
    ("Milano", 20121, 20162), ("Torino", 10121, 10156), ("Bolzano", 39100, 39100), ("Trento", 38121, 38123),
    ("Bologna", 40121, 40141), ("Firenze", 50121, 50145), ("Verona", 37121, 37142), ("Como", 22100, 22100),
    ("Bergamo", 24121, 24129), ("Merano", 39012, 39012), ("Aosta", 11100, 11100),
]
IT_STREETS = _w("""Via_Roma Via_Garibaldi Corso_Italia Via_Mazzini Via_Verdi
Piazza_della_Repubblica Via_dei_Mille Viale_Trento Via_Cavour Corso_Vittorio_Emanuele_II
Via_Museo Lungadige_Galtarossa""")

# ordinary words that also occur as surnames; used as words in the distractor texts
SURNAME_WORDS_DE = ["Koch", "Bauer", "Schneider", "Fischer", "Jäger", "Fuchs", "Wolf", "Vogel", "Müller",
                    "Winter", "Sommer", "Kaiser", "König", "Braun", "Stein", "Schuster", "Zimmermann", "Weber"]
SURNAME_WORDS_EN = ["Baker", "Hunter", "Cook", "Miller", "Mason", "Fisher", "Carpenter", "Weaver", "Taylor",
                    "Walker", "Grace", "Will", "May", "Rose", "Stone", "Young", "Long", "Hill"]
