"""Name lists of the heldout half of the twenty-third PII bank (heldout23), written for it: given
names (with gender) and surnames of 38 origins, language weights, double names, hyphenated
surnames, particles, and a syllable generator for invented names that are in no list.
Standard library only.
"""

import sys

sys.dont_write_bytecode = True

# origin: (female given names, male given names, surnames)
RAW = {
    "german": (
        "Anna Lena Laura Julia Sarah Katharina Lisa Johanna Sophie Marie Hannah Franziska Miriam Svenja Carina "
        "Ines Bettina Heike Sabine Ute Gisela Renate Petra Claudia Jutta Kerstin Silke Anke Birgit Doris Frauke "
        "Wiebke Imke Rieke Jana Tanja Nadine Stefanie Annika Greta Ida Mathilda Frieda Luise Helene Ilse Gudrun",
        "Lukas Jonas Felix Maximilian Tobias Florian Sebastian Jan Tim Niklas Moritz Paul Jannik Matthias Stefan "
        "Thomas Michael Andreas Uwe Jürgen Dieter Klaus Rainer Wolfgang Horst Günter Holger Torsten Sven Dirk Jörg "
        "Kai Malte Hauke Ole Bernd Volker Detlef Henning Till Bastian Benedikt Leonhard Konrad Friedrich Anton Emil",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein "
        "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause "
        "Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang "
        "Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck "
        "Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt "
        "Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kühn Pohl "
        "Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ebert Brinkmann Rademacher Oltmanns "
        "Janssen Tiedemann Hinrichs Feddersen Petersen Carstensen Wichmann Gerdes Kruse Dreyer Eilers Harms"),
    "austrian": (
        "Theresia Magdalena Elisabeth Christina Barbara Veronika Valentina Leonie Marlene Rosalie Hemma Notburga "
        "Kathrin Martina Andrea Romana Waltraud Hermine Resi Vroni",
        "Johann Josef Franz Georg Alois Leopold Florian Valentin Raphael Lorenz Matthäus Ferdinand Gottfried "
        "Markus Bernhard Christoph Klemens Severin Wolfram Hubert",
        "Gruber Huber Wimmer Pichler Steiner Moser Mayr Hofer Leitner Berger Fuchs Eder Fischer Schwarz Reiter "
        "Wallner Lechner Holzer Aigner Brunner Wieser Haider Ebner Lang Baumgartner Auer Egger Schwaiger Winkler "
        "Mayrhofer Pfeifer Strasser Binder Hackl Kofler Lackner Hinterberger Oberhauser Grabner Ortner Rauch "
        "Zechner Kogler Pölzl Hochreiter Windisch Pirker Koller Gschwandtner Rainer"),
    "swiss": (
        "Ursula Verena Regula Brigitte Corinne Nadja Seraina Ladina Annina Flurina Jacqueline Monique Chantal "
        "Mirjam Simone Rahel Livia Noemi Salome Tamara",
        "Urs Beat Reto Ueli Roger Adrian Marco Fabian Dominik Lars Pascal Cyrill Silvan Gian Luzi Mauro Thierry "
        "Kilian Jonathan Dario",
        "Meier Keller Widmer Brunner Baumann Frei Zürcher Gerber Bühler Moser Suter Steiner Bachmann Graf Kunz "
        "Frey Sutter Schmid Wyss Amstutz Rüegg Hürlimann Aebischer Lüthi Zbinden Marti Blaser Egli Hess Bieri "
        "Gisler Kälin Tanner Schürch Berchtold Stucki Imhof Flückiger Ammann Zollinger Risch Caduff Cavelti "
        "Tschudi Vögeli Oberholzer Gasser Kaufmann Rohner"),
    "turkish": (
        "Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Selin Derya Gül Aylin Melike Sibel Nur Ebru Tuba "
        "Gizem Cansu",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Cem Kemal Yusuf Ömer Serkan Volkan "
        "Tolga Onur Barış",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara "
        "Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Bulut Tekin Ateş Akın Başaran Uçar "
        "Kaplan Sarı Turan Aktaş Keskin Özer Güler Işık"),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Dorota Beata Justyna Zofia Aleksandra Natalia "
        "Weronika Paulina Kinga Marta Iwona Grażyna Halina Bożena",
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Wojciech Dariusz Przemysław "
        "Bartosz Kamil Szymon Zbigniew Jarosław Rafał Adrian",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
        "Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski "
        "Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Malinowska Pawlak Witkowska "
        "Walczak Stępień Górska Rutkowski Michalak Sikora Ostrowska"),
    "italian": (
        "Giulia Francesca Chiara Sara Martina Alessandra Valentina Federica Silvia Elisa Paola Roberta Giorgia "
        "Serena Beatrice Ilaria Lucia Caterina Rosa Benedetta",
        "Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Riccardo Simone Paolo "
        "Giovanni Antonio Salvatore Vincenzo Fabio Massimo Enrico",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini "
        "Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli "
        "Martini Leone Longo Gentile Martinelli Vitale Di Stefano Di Marco De Santis D'Angelo Pellegrini Serra"),
    "russian": (
        "Natalia Olga Irina Svetlana Yelena Tatiana Anastasia Ekaterina Marina Ludmila Oksana Galina Vera Nadezhda "
        "Daria Polina Alina Ksenia Valeria Yulia",
        "Sergei Alexei Dmitri Andrei Vladimir Nikolai Igor Pavel Mikhail Yuri Oleg Maxim Artyom Roman Konstantin "
        "Ivan Boris Gennady Viktor Evgeny",
        "Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Kozlov Novikova Morozov Petrova Volkov Solovyova "
        "Vasiliev Zaitseva Pavlov Semenova Golubev Vinogradova Bogdanov Vorobyova Fedorov Mikhailova Belyaev "
        "Tarasova Belov Komarova Orlov Kiselyova Makarov Andreeva Kovalev Ilyina Gusev Titova Kuzmin Kudryavtseva"),
    "ukrainian": (
        "Olena Oksana Iryna Nataliia Tetiana Yuliia Khrystyna Solomiia Halyna Liudmyla Mariia Anastasiia Viktoriia "
        "Zoriana Bohdana Daryna Sofiia Larysa Nadiia Myroslava",
        "Oleksandr Andrii Serhii Volodymyr Dmytro Mykola Yurii Vasyl Bohdan Taras Ostap Petro Oleh Ihor Yaroslav "
        "Maksym Artem Vitalii Roman Stepan",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Polishchuk Lysenko Melnyk Boiko "
        "Tkachuk Savchenko Rudenko Marchenko Moroz Kovalchuk Ponomarenko Koval Hnatiuk Fedoruk Vasylenko "
        "Levchenko Pavlenko Kharchenko Klymenko Dmytrenko Yaremchuk Hrytsenko Zinchenko Romaniuk Sydorenko "
        "Chornovol Ivanyshyn Dovzhenko"),
    "arabic": (
        "Fatima Aisha Mariam Layla Nour Yasmin Salma Rania Hana Dalia Leila Samira Amira Zainab Huda Reem Lina "
        "Noura Dina Maha",
        "Mohammed Ahmed Omar Khaled Youssef Hassan Ibrahim Tariq Karim Samir Rami Bilal Walid Nabil Fadi Jamal "
        "Majid Amr Ziad Hamza",
        "Al-Masri Haddad Khalil Nasser Saleh Mansour Hamdan Abbas Darwish Farouk Aziz Qasim Rahman Habib Jaber "
        "Karam Awad Shaheen Barakat Suleiman Nassar Zaher Issa Hijazi Khoury Sabbagh Mahmoud Osman Hamid "
        "El-Amin Bakr Rashid Yassin Taha Aboud"),
    "english": (
        "Emily Charlotte Olivia Amelia Jessica Sophie Hannah Lucy Eleanor Harriet Georgia Rebecca Victoria Alice "
        "Grace Poppy Imogen Rosie Abigail Matilda Beatrice Philippa Gemma Kirsty Hayley Stacey Joanne Tracey "
        "Deborah Margaret Pauline Janet Hazel Frances Eliza",
        "Oliver Harry George Jack James William Thomas Charlie Henry Alfie Archie Freddie Edward Samuel Joseph "
        "Daniel Benjamin Oscar Toby Rupert Giles Nigel Graham Colin Trevor Gareth Martin Stuart Keith Barry "
        "Philip Simon Mark Nathan Luke",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
        "Roberts Green Hall Wood Jackson Clarke Harris Lewis Turner Hill Cooper Ward Morris Moore Clark Lee "
        "King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths "
        "Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan "
        "Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray "
        "Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell "
        "Barker Fisher Stevens Jenkins Hunter Pearce Fletcher Hartley Ashworth Pemberton Whitfield Ainsworth May"),
    "american": (
        "Madison Ashley Brittany Kayla Taylor Megan Lauren Brianna Courtney Shelby Kaitlyn Mackenzie Destiny "
        "Haley Savannah Jordan Kelsey Peyton Addison Aubrey",
        "Tyler Brandon Austin Cody Dustin Hunter Chase Logan Mason Carson Bryce Travis Garrett Wyatt Colton "
        "Dakota Cameron Brady Landon Jaxon",
        "Johnson Miller Davis Garcia Rodriguez Martinez Anderson Jackson Martin Thompson Moore Hernandez Lopez "
        "Gonzalez Perez Sanchez Ramirez Torres Nguyen Flores Rivera Campbell Mitchell Carter Roberts Gomez "
        "Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morales Murphy Cook Rogers "
        "Washington Jefferson Brooks Henderson Coleman Jenkins Perry Powell Sullivan Fitzgerald Kowalczyk"),
    "irish": (
        "Aoife Siobhán Niamh Caoimhe Saoirse Róisín Orla Clodagh Aisling Sinéad Gráinne Ciara Éabha Muireann "
        "Síle Deirdre Máire Nuala Bríd Órlaith",
        "Seán Cian Oisín Darragh Cillian Pádraig Ciarán Eoin Diarmuid Fionn Tadhg Colm Donal Ronan Declan "
        "Niall Brendan Lorcan Fergal Cathal",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher "
        "O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Brennan Burke "
        "Collins Keane Fitzpatrick Ó Súilleabháin Mac Giolla Nic Aodha Ní Bhriain Flanagan Dunne Cullen "
        "Hegarty Coughlan Donnelly Feeney"),
    "scottish": (
        "Isla Eilidh Mairi Kirsteen Fiona Morag Catriona Shona Ailsa Iona Rhona Elspeth Kenna Lorna Moira",
        "Callum Hamish Angus Fraser Alasdair Ewan Ruaridh Lachlan Duncan Struan Gregor Murdo Iain Euan Finlay",
        "MacDonald Campbell Stewart Robertson MacLeod McLeod Fraser Henderson Paterson Ross Murray MacKenzie "
        "McKenzie Cameron Sutherland Munro Grant MacGregor Buchanan Drummond Ferguson McIntyre MacLean Kerr "
        "Crawford Galbraith Lindsay Gillies McAllister Baird"),
    "welsh": (
        "Cerys Bethan Ffion Seren Carys Nia Rhiannon Angharad Eluned Catrin Gwen Manon Lowri Mali Sian",
        "Rhys Dafydd Gethin Iwan Owain Huw Emyr Gwilym Ieuan Aled Bryn Cai Tomos Llyr Rhodri",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Jenkins Pritchard "
        "Llewellyn Vaughan Pugh Bowen Howells Prosser Parry Meredith Rees Powell Gwynne Bevan"),
    "indian": (
        "Priya Ananya Kavya Divya Neha Pooja Shreya Aishwarya Lakshmi Meera Sunita Anjali Deepika Ritu Swati "
        "Nandini Aarti Harpreet Simran Tanvi",
        "Arjun Rahul Rohan Vikram Aditya Sanjay Rajesh Anil Suresh Karthik Nikhil Amit Vivek Pranav Siddharth "
        "Harish Gurpreet Manish Deepak Ravi",
        "Sharma Patel Gupta Singh Kumar Reddy Iyer Nair Menon Rao Mehta Shah Joshi Desai Chatterjee Banerjee "
        "Mukherjee Pillai Agarwal Kapoor Malhotra Verma Bhatt Chopra Saxena Srinivasan Krishnan Ghosh Bose "
        "Dutta Sandhu Gill Dhillon Kulkarni Naidu"),
    "pakistani": (
        "Ayesha Sana Hira Mahnoor Iqra Zara Rabia Saima Nadia Bushra Farah Aliya Mehwish Sadia Sidra",
        "Usman Bilal Hamza Faisal Imran Asif Zubair Adnan Shahid Kamran Waqas Danish Junaid Tahir Irfan",
        "Qureshi Chaudhry Butt Malik Akhtar Siddiqui Sheikh Mirza Rana Iqbal Javed Abbasi Hashmi Raza Baig "
        "Anwar Saeed Nawaz Bhatti Zafar"),
    "nigerian": (
        "Chioma Ngozi Adaeze Funmilayo Folake Yetunde Amaka Ifeoma Nneka Aisha Blessing Temitope Bisola Kemi "
        "Zainab Uchenna Omolara Titilayo Ebele Halima",
        "Chinedu Emeka Oluwaseun Tunde Babatunde Obinna Ikechukwu Adebayo Segun Femi Chukwuemeka Uche Kunle "
        "Olumide Nnamdi Musa Ifeanyi Tobechukwu Abdullahi Kelechi",
        "Okafor Adeyemi Okonkwo Eze Nwosu Balogun Adebayo Ogunleye Ibrahim Okeke Olawale Abiodun Chukwu Obi "
        "Nwachukwu Adeleke Oyelaran Akinola Bello Danjuma Ogundipe Uzoma Onyekachi Afolabi Oladipo Ezeh "
        "Ikwuemesi Nnaji Anyanwu Oyebanji"),
    "ghanaian": (
        "Akosua Ama Abena Efua Adwoa Yaa Afua Esi Akua Adjoa",
        "Kwame Kofi Kwaku Yaw Kwabena Kojo Kwesi Fiifi Nana Ekow",
        "Mensah Owusu Asante Boateng Osei Agyeman Appiah Ofori Darko Amoah Antwi Frimpong Acheampong Quaye Addo"),
    "kenyan": (
        "Wanjiru Achieng Njeri Akinyi Wambui Nyambura Atieno Chebet Jepkosgei Muthoni",
        "Kamau Otieno Mwangi Kipchoge Ochieng Kiprono Njoroge Omondi Wafula Barasa",
        "Kariuki Odhiambo Wanjala Kiplagat Mutua Onyango Chege Kimani Ndungu Korir Rotich Macharia"),
    "chinese": (
        "Mei Xiu Ying Li Na Jing Xiaoling Yan Hui Fang Lan Qing Xue Yun Ting Wen Jia Shu Yue Min",
        "Wei Jun Hao Lei Jian Tao Ming Qiang Yong Bo Chen Feng Gang Hui Kai Long Peng Rui Xin Zhi",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie "
        "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Lu Wei Chan Wong Leung Cheung"),
    "vietnamese": (
        "Linh Lan Mai Ngoc Thao Trang Huong Hoa Phuong Thu Vy Anh Hanh Nhung Quynh",
        "Minh Tuan Duc Hung Long Quang Thanh Khoa Dung Hieu Phuc Son Trung Vinh Bao",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Dinh Vo"),
    "korean": (
        "Ji-woo Seo-yeon Min-ji Ha-eun Soo-ah Yuna Eun-ji Hye-jin Da-eun Jiyoung",
        "Min-jun Seo-jun Ji-ho Dong-hyun Jae-won Hyun-woo Sung-min Tae-yang Joon-ho Young-ho",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong"),
    "japanese": (
        "Yuki Haruka Aiko Sakura Yui Hina Misaki Nanami Ayaka Emi Keiko Naomi Rin Mio Kaori",
        "Haruto Sota Yuto Takumi Hiroshi Kenji Daichi Ren Takeshi Shota Kaito Ryo Satoshi Koji Akira",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
        "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori"),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Rhea Analyn Kristine Jennylyn Lovely Cherry",
        "Jomar Rodel Arnel Jhun Ramil Noel Dennis Ronaldo Efren Jerome",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Ramos Aquino Dela Cruz Castillo Soriano "
        "Manalo Macapagal Dimaculangan Panganiban"),
    "spanish": (
        "Lucía María Carmen Pilar Elena Marta Paula Nuria Rocío Montserrat Inés Alba Irene Cristina Lorena",
        "Javier Alejandro Pablo Sergio Álvaro Diego Jorge Raúl Iker Adrián Rubén Íñigo Gonzalo Manuel Jaime",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
        "Díaz Moreno Álvarez Muñoz Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano de la Fuente "
        "de la Cruz Blanco Molina Ortega Delgado Castro Ortiz Rubio Marín"),
    "portuguese": (
        "Beatriz Mariana Leonor Matilde Inês Carolina Raquel Joana Filipa Teresa Catarina Rita Sofia Madalena Vera",
        "João Rodrigo Tiago Duarte Gonçalo Afonso Rui Nuno Bruno Miguel Vasco Hugo Pedro Filipe Henrique",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes "
        "Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares dos Santos"),
    "french": (
        "Camille Manon Chloé Léa Juliette Élodie Margaux Céline Aurélie Sandrine Nathalie Isabelle Amandine "
        "Pauline Solène Clémence Océane Mathilde Agathe Anaïs",
        "Julien Nicolas Mathieu Guillaume Antoine Maxime Romain Thibault Baptiste Quentin Sébastien Olivier "
        "Benoît Jean-Luc Jean-Pierre François Cédric Loïc Yannick Arnaud",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
        "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet "
        "François Fontaine Rousseau Chevalier Gauthier Perrin Morin Masson Marchand Duval Lemaire de la Roche"),
    "dutch": (
        "Sanne Lotte Femke Anouk Eline Marieke Ilse Maaike Fleur Noor Jildou Esmee Anke Wilma Roos",
        "Daan Bram Sem Thijs Joris Ruben Wouter Pieter Jeroen Bas Niels Stijn Maarten Gijs Joost",
        "de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder de Groot "
        "Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf van der Meer "
        "van der Linden Kok Jacobs de Haan Vermeulen van den Heuvel van der Veen van den Broek de Bruijn "
        "van Beek Schouten Willems Hoekstra Verbeek"),
    "greek": (
        "Eleni Maria Katerina Dimitra Sofia Georgia Ioanna Vasiliki Anastasia Despina Chrysa Panagiota",
        "Giorgos Dimitris Nikos Kostas Giannis Christos Panagiotis Vasilis Stavros Thanasis Spyros Manolis",
        "Papadopoulos Papadopoulou Georgiou Nikolaou Konstantinidis Dimitriou Ioannou Vlachos Karagiannis "
        "Oikonomou Makris Angelopoulos Papageorgiou Christodoulou Alexiou Theodorou Stavrou Kyriakidis"),
    "croatian": (
        "Ivana Marija Ana Petra Lucija Mateja Nikolina Marina Tena Dora",
        "Ivan Luka Marko Josip Ante Tomislav Matej Domagoj Krešimir Dario",
        "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić "
        "Pavlović Šarić Perić Radić Božić"),
    "serbian": (
        "Jelena Milica Dragana Snežana Vesna Jovana Tijana Aleksandra Marija Bojana",
        "Nikola Stefan Miloš Dragan Zoran Dejan Nemanja Vladimir Aleksandar Uroš",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović "
        "Živković Todorović Ristić Lazić"),
    "czech": (
        "Jana Eva Hana Lenka Kateřina Lucie Tereza Veronika Zuzana Alžběta Markéta Barbora",
        "Jiří Petr Tomáš Lukáš Jakub Martin Ondřej Vojtěch Radek Zdeněk Miroslav Vít",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil "
        "Hájek Král Jelínek Růžička Beneš Fiala Sedláček"),
    "hungarian": (
        "Zsófia Réka Eszter Katalin Ildikó Krisztina Anikó Orsolya Dóra Boglárka",
        "Bence Levente Gábor Zoltán László Attila Péter Balázs Csaba Tamás",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos "
        "Mészáros Oláh Simon"),
    "romanian": (
        "Ioana Andreea Elena Alexandra Mihaela Cristina Roxana Raluca Bianca Oana",
        "Andrei Mihai Alexandru Ionuț Bogdan Cristian Vlad Radu Florin Sorin",
        "Popescu Ionescu Popa Dumitru Stoica Stan Gheorghe Munteanu Constantin Matei Marin Tudor Dobre Barbu "
        "Florea Nistor Preda Dragomir"),
    "swedish": (
        "Astrid Ingrid Linnea Elsa Maja Saga Ebba Klara Sigrid Annika",
        "Erik Lars Anders Johan Nils Oskar Gustav Axel Magnus Henrik",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist "
        "Bergström Lindgren Holmberg Sundberg Ekström"),
    "persian": (
        "Maryam Shirin Parisa Nasrin Mina Golnaz Azadeh Roya Shadi Yasaman",
        "Reza Ali Mehdi Amir Dariush Babak Kourosh Arash Farhad Navid",
        "Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Rahimi Sadeghi Tehrani Shirazi Kazemi Farahani "
        "Nazari Ebrahimi"),
    "albanian": (
        "Arta Drita Elira Blerta Albana Valbona Mimoza Fatjona Shqipe Rozafa",
        "Arben Besnik Driton Ilir Flamur Agron Gëzim Artan Dardan Ylli",
        "Hoxha Krasniqi Berisha Gashi Shala Morina Kelmendi Rama Bytyqi Hasani Dervishi Leka"),
    "kurdish": (
        "Rojda Berfin Dilan Zozan Helin Nazdar Evin Ronahi Avesta Jiyan",
        "Rojhat Welat Azad Baran Serhat Şêrko Diyar Rêber Dildar Jiyan",
        "Bozkurt Demirtaş Zana Aydemir Barzani Talabani Amed Kaya Özgür Botan"),
    "kazakh_central": (
        "Aigerim Dana Madina Gulnara Zhanar Aliya Saule Asel",
        "Nursultan Daniyar Yerlan Aibek Timur Arman Bauyrzhan Askar",
        "Nurlanov Abenov Seitkali Zhakupov Kassymov Bekova Omarov Dzhaksybekov"),
    "israeli": (
        "Noa Tamar Yael Shira Maya Michal Adi Talia Hila Neta",
        "Noam Itai Yonatan Eitan Omri Ariel Gilad Tomer Uri Ido",
        "Cohen Levi Mizrahi Peretz Biton Friedman Avraham Shapiro Katz Rosenberg Ben-David Azoulay Goldberg"),
    "brazilian": (
        "Larissa Fernanda Juliana Tatiane Gabriela Letícia Camila Renata Bruna Thaís",
        "Thiago Lucas Gustavo Felipe Rafael Leonardo Matheus Vinícius Caio Guilherme",
        "Souza Barbosa Cavalcanti Araújo Nascimento Lima Cardoso Rocha Dias Monteiro Vieira Batista Freitas"),
}

ORIGINS = sorted(RAW)

WEIGHTS = {
    "de": {"german": 40, "austrian": 11, "swiss": 9, "turkish": 8, "polish": 5, "italian": 4, "russian": 3,
           "ukrainian": 3, "arabic": 3, "croatian": 1.5, "serbian": 1.5, "greek": 1.5, "kurdish": 1.5,
           "albanian": 1.2, "czech": 1, "hungarian": 1, "romanian": 1.2, "persian": 1, "spanish": 1,
           "portuguese": 0.8, "french": 1, "dutch": 1, "english": 1, "american": 0.6, "vietnamese": 0.8,
           "chinese": 0.6, "indian": 0.6, "swedish": 0.5, "nigerian": 0.4, "ghanaian": 0.3, "kenyan": 0.2,
           "korean": 0.3, "japanese": 0.3, "filipino": 0.2, "pakistani": 0.3, "irish": 0.3, "scottish": 0.2,
           "welsh": 0.1, "kazakh_central": 0.4, "israeli": 0.4, "brazilian": 0.4},
    "en": {"english": 24, "american": 16, "irish": 8, "scottish": 5, "welsh": 2.5, "indian": 6, "pakistani": 2.5,
           "nigerian": 4, "ghanaian": 1.5, "kenyan": 1, "chinese": 3.5, "vietnamese": 1, "korean": 1.2,
           "japanese": 1, "filipino": 1.2, "polish": 2, "italian": 1.5, "german": 2, "austrian": 0.4, "swiss": 0.3,
           "spanish": 1.5, "portuguese": 0.8, "brazilian": 0.8, "french": 1.2, "dutch": 0.8, "greek": 0.8,
           "arabic": 1.5, "persian": 0.8, "turkish": 0.8, "russian": 0.8, "ukrainian": 0.8, "romanian": 0.8,
           "croatian": 0.3, "serbian": 0.3, "czech": 0.3, "hungarian": 0.3, "swedish": 0.5, "albanian": 0.3,
           "kurdish": 0.2, "kazakh_central": 0.2, "israeli": 0.6},
}

# multi-word surnames stay together (particles); split on spaces only outside them
_MULTI = ["De Luca", "Di Stefano", "Di Marco", "De Santis", "Ó Súilleabháin", "Mac Giolla", "Nic Aodha", "Ní Bhriain",
          "de la Fuente", "de la Cruz", "dos Santos", "de la Roche", "de Jong", "de Vries", "van den Berg", "van Dijk",
          "de Boer", "de Groot", "van Leeuwen", "de Wit", "de Graaf", "van der Meer", "van der Linden", "de Haan",
          "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van Beek", "Dela Cruz"]
EXTRA_PARTICLE = ["von Bredow", "von der Heyde", "von Lindenau", "zu Stolberg", "van der Sloot", "ter Horst",
                  "von Ahlen", "de Wall", "von Hohenau", "van Aken"]


def _split_surnames(s):
    out = []
    for m in _MULTI:
        if m in s:
            s = s.replace(m, "")
            out.append(m)
    out.extend(s.split())
    return out


LISTS = {}
for o in ORIGINS:
    f, m, s = RAW[o]
    sur = _split_surnames(s)
    if o == "german":
        sur += EXTRA_PARTICLE
    # keep first occurrence order, drop duplicates within an origin
    def uniq(xs):
        seen, out = set(), []
        for x in xs:
            if x not in seen:
                seen.add(x)
                out.append(x)
        return out
    LISTS[o] = (uniq(f.split()), uniq(m.split()), uniq(sur))


# more names for the big origins
EXTRA = {
    "german": (
        "Carla Emma Mia Lea Nele Merle Pia Antje Dörte Elke Hildegard Marlies Rosemarie Waltraud Sieglinde Ulrike "
        "Annegret Friederike Henrike Jette Maren Svantje Tabea Theda Vanessa Yvonne Beate Cornelia Dagmar Edith",
        "Lars Hendrik Jens Knut Lennart Finn Hannes Jakob Gregor Ulrich Manfred Gerhard Siegfried Reinhard Norbert "
        "Helmut Eckhard Arne Bjarne Fiete Jannes Marek Nils Ralf Rüdiger Volkmar Wilfried Wolf Burkhard Carsten",
        "Schütz Sander Ulrich Kuhn Kühne Mohr Lindner Thiele Böttcher Kirchner Nagel Bock Ritter Brenner Heinz "
        "Marx Dittrich Seifert Wendt Stark Pape Schilling Hecht Reuter Wilke Hesse Vetter Witt Rieger Mertens "
        "Fritsch Gärtner Stahl Jahn Ahrens Dietz Wegner Kolb Krug Lutz Heller Sommerfeld Brückner Hagedorn "
        "Löffler Steinbach Eckert Pietsch Stolz Thielemann Wiegand Behrens Quast Ostermann Rehbein Dannenberg "
        "Hollmann Ruppert Gebauer Kampmann Lüdtke Niehaus Overbeck Stratmann Terhorst Uhlig Vollmer Wessel"),
    "english": (
        "Florence Evie Freya Isabel Jemima Kate Laura Natalie Penelope Rachel Sophia Tessa Verity Zoe Bethany "
        "Chloe Daisy Esme Fern Holly",
        "Adam Alistair Ben Callum Dominic Elliot Felix Hugo Jasper Leo Max Miles Ned Ollie Peter Reece Sebastian "
        "Theo Will Zachary",
        "Ashby Bradshaw Cartwright Dawson Fairclough Gibbs Haworth Ingram Jarvis Kirkpatrick Langley Marsden "
        "Norris Oakley Pickering Quayle Radcliffe Sheldon Thornton Underwood Vickers Wainwright Yates Blackwood "
        "Cavendish Dunmore Eastwood Fenwick Grimshaw Holloway Lockwood Merryweather Pennington Sutcliffe "
        "Thistlewood Winterbottom Greenhalgh Ramsbottom Higginbotham Crowther Featherstone Oldroyd Pilkington"),
    "american": (
        "Jennifer Amanda Stephanie Heather Crystal Amber Tiffany Whitney Kimberly Melissa Dana Sierra Harper "
        "Avery Riley",
        "Kyle Justin Derek Trent Chad Brett Corey Jared Shane Dalton Bradley Grayson Easton Hudson Ryder",
        "Bishop Caldwell Dixon Fleming Gallagher Hayes Jennings Lawson McCoy Nash Porter Quincy Randall Sawyer "
        "Tucker Vance Wallace Yoder Zimmerman Hollister Kincaid Montgomery Whitaker Sterling Prescott Holbrook"),
    "italian": (
        "Arianna Noemi Aurora Greta Vittoria Ludovica Camilla Eleonora Bianca Anna",
        "Tommaso Leonardo Gabriele Edoardo Nicolò Pietro Filippo Mattia Jacopo Emanuele",
        "Cattaneo Fabbri Villa Ferri Monti Sala Grasso Bellini Marchetti Parisi Orlando Zanetti Bassi Testa"),
    "turkish": (
        "Dilek Özlem Seda Yasemin Kübra Hülya Nermin Esma Deniz Filiz",
        "Kerem Arda Eren Oğuz Selim Tarık Kaan Uğur Levent Umut",
        "Aydoğan Bozkaya Ekinci Kocabaş Yavuz Tunç Durmaz Sevim Altun Avcı Erdem Kahraman Özgen Toprak"),
    "polish": (
        "Anna Monika Renata Ewelina Edyta Sylwia Urszula Karolina",
        "Adam Andrzej Robert Sebastian Dawid Daniel Hubert Kacper",
        "Lis Baran Czarnecki Sadowski Zawadzki Bielecka Kaczmarek Cieślak Wróbel Gajewski Sobczak Mroczek"),
    "spanish": (
        "Sara Laura Ana Beatriz Claudia Julia Silvia Sonia", "Carlos Luis Fernando Hugo Marcos Óscar Víctor Andrés",
        "Herrera Medina Aguilar Vega Campos Cortés Guerrero Prieto Calvo Iglesias Lozano Santana"),
    "french": (
        "Bérénice Capucine Delphine Gaëlle Hélène Lucie Maëlle Noémie", "Aurélien Clément Damien Étienne Florian Hervé Lucas Rémi",
        "Blanc Guérin Boyer Garnier Chevallier Clément Faure Lemoine Picard Renard Colin Brunet Arnaud"),
    "irish": ("Ailbhe Éadaoin Laoise Meabh Sorcha Treasa", "Cormac Dónal Eamon Lorcán Ruairí Senan",
              "Brady Carroll Duffy Farrell Hogan Kavanagh Maguire Nolan Power Sheehan Tierney Whelan"),
    "indian": ("Radhika Sneha Ishita Kritika Madhuri Rekha", "Abhishek Gaurav Kunal Mohit Varun Yash",
               "Bhattacharya Das Kaur Mishra Pandey Tiwari Yadav Jain Thakur Hegde"),
    "chinese": ("Xiaomei Lihua Yuxin Zihan", "Zhiwei Haoran Yichen Jiahao",
                "Qian Shen Fu Ye Du Xia Tan Lai Kwok Ng Chow Tsang"),
    "nigerian": ("Chiamaka Damilola Ijeoma Oluchi", "Chidi Dayo Gbenga Somto",
                 "Oyewole Ikemefuna Akpan Etim Bassey Okoro"),
    "swiss": ("Gabriela Irène Mathilde Lea", "Nicola Flavio Remo Samuel",
              "Hunziker Schaller Wenger Bosshard Grob Iseli Streuli Stauffacher"),
    "austrian": ("Johanna Sophie Katrin Lisa", "Michael Stefan Thomas Andreas",
                 "Kerschbaumer Niederl Url Pernkopf Schachinger Gratzer Fasching"),
}
for _o, (_f, _m, _s) in EXTRA.items():
    _F, _M, _S = LISTS[_o]
    for _x in _f.split():
        if _x not in _F:
            _F.append(_x)
    for _x in _m.split():
        if _x not in _M:
            _M.append(_x)
    for _x in _s.split():
        if _x not in _S:
            _S.append(_x)

ALL_WORDS = set()
for _f, _m, _s in LISTS.values():
    for x in _f + _m + _s:
        for part in x.replace("-", " ").split():
            ALL_WORDS.add(part.lower())
    for x in _f + _m + _s:
        ALL_WORDS.add(x.lower())


def counts():
    g = set()
    s = set()
    for f, m, su in LISTS.values():
        g.update(f)
        g.update(m)
        s.update(su)
    return len(g), len(s)


# ---------------------------------------------------------------- invented names

SYL1 = ["ka", "lo", "mi", "ren", "tas", "vu", "bel", "dor", "ga", "sil", "mar", "to", "ze", "ri", "no", "fa", "quin",
        "lau", "sen", "dri", "ve", "ol", "an", "ny", "pha", "tor", "il", "es", "ju", "bra"]
SYL2 = ["va", "ra", "li", "ne", "do", "mi", "ta", "ssa", "ren", "vi", "la", "ro", "nu", "ka", "se", "thi", "me", "so"]
END_F = ["a", "ine", "ela", "ia", "ette", "ira", "ona"]
END_M = ["o", "an", "ek", "us", "ian", "or", "ald"]
END_S = ["ek", "sen", "ari", "ovic", "heim", "enko", "oglu", "ström", "mann", "elli", "ard", "isch", "ow", "ez"]


def invented(rng, gender):
    while True:
        g = rng.choice(SYL1) + rng.choice(SYL2) + (rng.choice(END_F) if gender == "f" else rng.choice(END_M))
        g = g[0].upper() + g[1:]
        s = rng.choice(SYL1) + (rng.choice(SYL2) if rng.random() < 0.6 else "") + rng.choice(END_S)
        s = s[0].upper() + s[1:]
        if g.lower() not in ALL_WORDS and s.lower() not in ALL_WORDS and len(g) > 3 and len(s) > 4:
            return g, s


# ---------------------------------------------------------------- people

def _ascii(s):
    import unicodedata
    s = s.lower().replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("ø", "o")
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s if c.isalnum() or c in " -.'")


class Person:
    def __init__(self, first, last, gender, origin, is_invented):
        self.first = first
        self.last = last
        self.gender = gender
        self.origin = origin
        self.invented = is_invented
        self._cache = {}

    def form(self, f, rng, lang):
        from pii23_held_core import Ent, DOMAINS
        if f in self._cache:
            return self._cache[f]
        P = lambda v: Ent("PERSON", v)  # noqa: E731
        fi = self.first
        la = self.last
        cap_la = la[0].upper() + la[1:]
        if f == "full":
            v = P(f"{fi} {la}")
        elif f == "first":
            v = P(fi)
        elif f == "last":
            v = P(la)
        elif f == "Last":  # sentence-initial surname
            v = P(cap_la)
        elif f == "lf":
            v = P(f"{cap_la}, {fi}")
        elif f == "LF":
            v = P(f"{la.upper()}, {fi}")
        elif f == "U":
            v = P(f"{fi} {la}".upper())
        elif f == "lower":
            v = P(f"{fi} {la}".lower())
        elif f == "lfirst":
            v = P(fi.lower())
        elif f == "ini":
            v = P(f"{fi[0]}. {la}")
        elif f == "short":
            v = P(f"{fi} {cap_la[0]}.")
        elif f == "hon":
            if lang == "de":
                v = "Frau" if self.gender == "f" else "Herr"
            else:
                v = rng.choice(["Ms", "Ms.", "Mrs"]) if self.gender == "f" else rng.choice(["Mr", "Mr."])
        elif f == "honn":  # German honorific in accusative/dative ("an Herrn")
            v = "Frau" if self.gender == "f" else "Herrn"
        elif f == "sgh":
            v = "Sehr geehrte Frau" if self.gender == "f" else "Sehr geehrter Herr"
        elif f == "liebe":
            v = "Liebe" if self.gender == "f" else "Lieber"
        elif f == "pron":
            v = ("sie" if self.gender == "f" else "er") if lang == "de" else ("she" if self.gender == "f" else "he")
        elif f == "Pron":
            v = ("Sie" if self.gender == "f" else "Er") if lang == "de" else ("She" if self.gender == "f" else "He")
        elif f == "poss":
            v = ("ihre" if self.gender == "f" else "seine") if lang == "de" else ("her" if self.gender == "f" else "his")
        elif f == "obj":
            v = ("ihr" if self.gender == "f" else "ihm") if lang == "de" else ("her" if self.gender == "f" else "him")
        elif f == "kunde":
            v = "Kundin" if self.gender == "f" else "Kunde"
        elif f in ("email", "wemail"):
            a, b = _ascii(fi).replace(" ", "").replace("'", ""), _ascii(la).replace(" ", "").replace("'", "")
            local = rng.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{a}{b[:1]}", f"{b}.{a}", f"{a}_{b}{rng.randint(1, 99)}",
                                f"{a[0]}{b}", f"{b}{rng.randint(60, 99)}"])
            if f == "wemail":
                dom = rng.choice(["talgrat.de", "talgrat.com"])
                local = f"{a}.{b}"
            else:
                dom = rng.choice(DOMAINS[lang])
            v = Ent("EMAIL", f"{local}@{dom}")
        elif f == "handle":
            a, b = _ascii(fi).replace(" ", "").replace("'", ""), _ascii(la).replace(" ", "").replace("'", "")
            v = "@" + rng.choice([f"{a}.{b[0]}", f"{a[0]}{b}", f"{a}_{b[:3]}", f"{a}{rng.randint(1, 99)}"])
        else:
            raise KeyError(f)
        self._cache[f] = v
        return v


WORD_SURNAMES = {"de": ["Wolf", "Koch", "Bauer", "Fuchs", "Vogel", "Schneider", "Jung", "Lang"],
                 "en": ["Baker", "Hunter", "May", "Wolf", "Fisher", "Cook", "Hunt", "Bell"]}


def draw_person(rng, lang, allow_invented):
    ws = WEIGHTS[lang]
    pairs = [(o, ws[o]) for o in ORIGINS]
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    origin = pairs[-1][0]
    for o, w in pairs:
        x -= w
        if x < 0:
            origin = o
            break
    fl, ml, sl = LISTS[origin]
    gender = "f" if rng.random() < 0.52 else "m"
    if allow_invented and rng.random() < 0.11:
        fi, la = invented(rng, gender)
        return Person(fi, la, gender, "invented", True)
    fi = rng.choice(fl if gender == "f" else ml)
    la = rng.choice(sl)
    if rng.random() < 0.05:
        # names that are also ordinary words (Wolf, Koch, Baker, May, Grace, Hunter …)
        la = rng.choice(WORD_SURNAMES[lang])
        if lang == "en" and rng.random() < 0.3:
            fi = "Grace" if gender == "f" else "Will"
    r = rng.random()
    if r < 0.06 and origin in ("german", "austrian", "swiss", "english", "american", "french", "dutch"):
        # double given name
        second = rng.choice(fl if gender == "f" else ml)
        if second != fi and " " not in fi and "-" not in fi:
            fi = fi + rng.choice(["-", " "]) + second
    elif r < 0.13 and origin in ("german", "austrian", "swiss", "spanish", "english", "polish", "turkish"):
        second = rng.choice(sl)
        if second != la and " " not in la and " " not in second and "-" not in la:
            la = la + "-" + second
    return Person(fi, la, gender, origin, False)
