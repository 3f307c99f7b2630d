"""Name lists of the dev half of the twenty-second PII bank (pii22_dev.py), written for it.

Each origin has male given names, female given names and surnames, space-separated; an
underscore stands for a space inside one name (particles: `von_Berg`, `van_der_Linde`).
"""

ORIGINS = {
    "german": (
        "Lukas Jonas Felix Maximilian Paul Leon Elias Noah Tim Jan Niklas Florian Tobias Sebastian "
        "Philipp Moritz Johannes Matthias Stefan Thomas Andreas Michael Markus Christian Daniel Jens "
        "Uwe Dirk Rainer Jürgen Klaus Dieter Holger Torsten Björn Hendrik Malte Ole Kai Till Benedikt "
        "Konstantin Frederik Carsten Volker Wolfgang Gerd Henning",
        "Anna Lena Laura Julia Sarah Lea Hannah Marie Sophie Katharina Johanna Charlotte Emma Mia "
        "Franziska Sabine Petra Claudia Susanne Andrea Birgit Kerstin Anja Nicole Stefanie Christina "
        "Ulrike Heike Silke Dörte Wiebke Frauke Imke Svenja Jana Nele Greta Frieda Ida Clara Paula "
        "Antje Maren Ricarda Theresa Helene Annika Merle",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
        "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
        "Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König "
        "Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich "
        "Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Ludwig "
        "Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich "
        "Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas "
        "Voigt Sauer Arnold Wolff Pfeiffer Ebert Brinkmann Hesse Wenzel Lindner Dreher Quast Ostermann "
        "von_Berg von_Hagen von_der_Heide zu_Stolberg Oetken Janssen Harms Thiessen Rademacher "
        "Kötter Wilmsen Tiedemann Lührs Behrens",
    ),
    "austrian": (
        "Florian Lukas David Stefan Manuel Dominik Matthias Bernhard Christoph Wolfgang Gernot Harald "
        "Reinhard Herbert Alois Franz Josef Leopold Ferdinand Valentin Severin Vinzenz Rupert Engelbert "
        "Gottfried Raphael",
        "Theresa Magdalena Katharina Elisabeth Verena Barbara Johanna Hannelore Rosalie Veronika Notburga "
        "Gerlinde Waltraud Christl Resi Sophie Lena Anna Viktoria Valentina Kathrin Martina Doris Ingrid",
        "Gruber Huber Wagner Pichler Moser Steiner Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler "
        "Weber Schwarz Maier Schneider Reiter Mayr Brunner Wimmer Egger Lang Auer Haas Wallner Aigner "
        "Lechner Holzer Baumgartner Mayrhofer Ebner Strasser Wieser Hauser Grabner Hinterberger "
        "Obermüller Pöll Kofler Zechner Unterberger Oberhauser Pfandl Ortner Lindinger Stadlbauer",
    ),
    "swiss": (
        "Reto Urs Beat Mathias Andri Gian Luca Nico Jonas Livio Silvan Fabian Dario Remo Ueli Thömu "
        "Marco Adrian Samuel Cyrill Pascal",
        "Corinne Nadja Seraina Ladina Annina Flurina Rahel Fränzi Regula Vreni Barbara Nathalie Mirjam "
        "Tamara Jasmin Andrea Sandra Carmen Bettina Chiara Livia Noemi",
        "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann "
        "Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer Bühler Kälin "
        "Zürcher Hürlimann Imhof Tschopp Schnyder Rüegg Fankhauser Aebischer Gisler Zgraggen Odermatt "
        "Caflisch Bezzola Cavelti Pfister Lüthi Iseli Häfliger Inäbnit",
    ),
    "english": (
        "Oliver Harry George Jack Charlie Thomas James William Henry Oscar Alfie Archie Joshua Samuel "
        "Daniel Edward Benjamin Toby Rory Callum Alexander Matthew Luke Nathan Adam Ryan Jake Ben Tom "
        "Simon Graham Nigel Stuart Martin Neil Gareth Rupert Giles Hugo",
        "Olivia Amelia Isla Ava Emily Sophia Lily Grace Mia Ella Poppy Freya Evie Charlotte Jessica "
        "Hannah Lucy Rosie Imogen Harriet Beatrice Phoebe Eleanor Alice Molly Chloe Holly Katie "
        "Rebecca Gemma Claire Joanne Helen Rachel Victoria Abigail Tilly Florence Hope May Joy Rose",
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson "
        "Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner "
        "Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott "
        "Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter "
        "Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson "
        "Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Hunter Fisher "
        "Holmes Hawkins Ashworth Pemberton Whitfield Fairclough Thistlethwaite Ramsbottom Featherstone "
        "Cholmondeley Hargreaves Blackwood Spencer-Clarke",
    ),
    "us": (
        "Liam Noah Mason Ethan Logan Jayden Aiden Carter Wyatt Hunter Brody Tyler Austin Dylan Cody "
        "Tanner Chase Garrett Brandon Derek Travis Kyle Bradley Dustin Cole Grant Trevor Zachary",
        "Madison Brooklyn Savannah Kayla Brittany Ashley Jennifer Megan Amber Courtney Taylor Lindsey "
        "Kaitlyn Paige Hailey Addison Aubrey Peyton Harper Avery Skylar Kennedy Mackenzie Shelby "
        "Destiny Jasmine Tiffany Dakota Summer Faith",
        "Johnson Williams Miller Davis Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
        "Anderson Taylor Moore Jackson Thompson Harris Sanchez Ramirez Nguyen Flores Rivera Torres "
        "Peterson Reed Cook Rogers Morgan Cooper Howard Ward Brooks Sanders Price Bennett Wood Barnes "
        "Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Washington Butler Simmons "
        "Foster Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace "
        "Woods Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson McDonald Kowalczyk "
        "Schultz Lindqvist Delgado Okafor-Reyes",
    ),
    "irish": (
        "Seán Cian Oisín Darragh Conor Ciarán Eoin Pádraig Fionn Tadhg Ruairí Colm Donal Diarmuid "
        "Cathal Niall Shane Declan Fergal Dónal Killian",
        "Aoife Saoirse Niamh Siobhán Caoimhe Róisín Clodagh Orla Sinéad Gráinne Aisling Ciara Órla "
        "Éabha Máire Deirdre Maeve Fionnuala Bríd Nuala",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
        "Gallagher Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly "
        "O'Connell Dunne Brennan Burke Collins Fitzgerald Kavanagh MacNamara Ó_Súilleabháin "
        "Mac_Giolla Cullinane Tierney Flanagan Hennessy Ní_Bhriain",
    ),
    "scottish": (
        "Hamish Angus Callum Euan Fraser Lachlan Alasdair Ruaridh Murdo Struan Calum Ewan Fergus "
        "Gregor Innes Kenneth Alistair Ross",
        "Eilidh Kirsty Morag Isla Catriona Mhairi Ailsa Fiona Shona Iona Rhona Morven Lorna Kirsteen "
        "Elspeth Heather Skye",
        "MacDonald Campbell Stewart Robertson Thomson Anderson MacLeod McLeod Reid Ross Paterson "
        "Fraser Morrison Mackenzie Mackay Henderson Kerr Sinclair Munro Cameron Grant Drummond "
        "Ferguson Buchanan Lindsay MacGregor McIntyre Urquhart Menzies Farquharson Cunningham "
        "Hamilton Gillespie Dalgleish",
    ),
    "welsh": (
        "Rhys Dafydd Gethin Owain Emyr Aled Iwan Huw Geraint Ifan Tomos Cai",
        "Cerys Seren Ffion Nia Bethan Angharad Eleri Gwen Carys Lowri Siân Mererid",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Owen Jenkins Price "
        "Pritchard Llewellyn Rees Pugh Prosser Vaughan ap_Rhys Bevan",
    ),
    "indian": (
        "Aarav Vivaan Aditya Arjun Rohan Rahul Vikram Sanjay Anil Rajesh Suresh Karthik Pranav "
        "Siddharth Nikhil Harsh Varun Kunal Amit Deepak Manoj Abhishek Ishaan Aniket Gaurav",
        "Priya Ananya Diya Saanvi Aisha Kavya Neha Pooja Anjali Sneha Divya Shreya Meera Lakshmi "
        "Deepika Nisha Ritu Swati Sunita Kiran Tanvi Ishita Riya Aditi Padma",
        "Patel Sharma Singh Kumar Gupta Mehta Shah Reddy Iyer Nair Rao Joshi Desai Chopra Kapoor "
        "Malhotra Bhatt Verma Agarwal Banerjee Chatterjee Mukherjee Pillai Menon Krishnan Srinivasan "
        "Venkatesh Subramanian Kulkarni Deshpande Chaudhary Trivedi Saxena Bhattacharya Ganguly "
        "Sengupta Naidu Ahluwalia Sandhu Gill Dhillon",
    ),
    "pakistani": (
        "Ahmed Bilal Usman Hamza Zain Faisal Imran Kamran Tariq Waqar Junaid Asad",
        "Ayesha Fatima Sana Hira Mahnoor Zainab Amna Maryam Iqra Rabia Sadia Nimra",
        "Khan Malik Qureshi Chaudhry Butt Raza Siddiqui Hussain Akhtar Mirza Sheikh Abbasi Javed "
        "Iqbal Rana Awan Bhatti Jatoi",
    ),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ikechukwu Chukwuemeka Obinna Femi Babatunde Adebayo Kelechi "
        "Uchenna Nnamdi Segun Ayodele Olumide Chidi Ifeanyi Kayode Damilola",
        "Ngozi Chiamaka Adaeze Funmilayo Folake Yetunde Chioma Nkechi Amaka Oluwatoyin Temitope "
        "Ifeoma Blessing Adaora Kemi Titilayo Uchechi Zainab Halima Onyinye",
        "Okafor Adeyemi Okonkwo Eze Nwosu Obi Adebayo Ogunleye Balogun Okeke Ibrahim Abubakar "
        "Olawale Nwachukwu Chukwu Oyelaran Adewale Akinola Onyekachi Uzor Afolabi Ogundipe Nnadi "
        "Ekwueme Oladipo Babatunde Ojo Bello Anyanwu",
    ),
    "ghanaian": (
        "Kwame Kofi Kwabena Yaw Kojo Kwaku Kwesi Fiifi Nana Ebo",
        "Akosua Ama Abena Adwoa Efua Esi Yaa Afia Akua Adjoa",
        "Mensah Asante Owusu Boateng Osei Appiah Agyeman Acheampong Darko Ofori Amoah Antwi Quaye "
        "Tetteh Annan",
    ),
    "kenyan": (
        "Otieno Kiprono Wanjiru Kamau Mwangi Njoroge Odhiambo Kipchoge",
        "Wanjiku Akinyi Achieng Nyambura Wambui Chebet Jepkosgei Atieno",
        "Mwangi Kamau Otieno Ochieng Wafula Njoroge Kariuki Omondi Chege Kimani Ndungu Wekesa Korir",
    ),
    "chinese": (
        "Wei Jun Hao Ming Jian Lei Tao Bo Yang Chen Zhiwei Haoran Yuxuan Zihan Jiahao Kai Feng Long",
        "Mei Lin Xiu Ying Fang Hui Jing Yan Xiaoling Yuting Siqi Jiayi Ling Ruoxi Qing Xin",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Sun Zhu Gao Guo Luo Zheng Liang Xie Tang Han Feng "
        "Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Jiang Cai Lu Qian Wong Chan Cheung Leung Lau",
    ),
    "vietnamese": (
        "Minh Duc Hung Tuan Quang Thanh Long Khoa Bao Huy",
        "Linh Trang Huong Thu Mai Ngoc Phuong Anh Thao Hanh",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Dinh",
    ),
    "korean": (
        "Minjun Seojun Jihoon Hyunwoo Dongha Jaewon Taeyang Sungmin",
        "Jiwoo Seoyeon Minji Haeun Yuna Soyeon Eunji Jisoo",
        "Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Song",
    ),
    "japanese": (
        "Haruto Sota Yuto Kenji Takashi Hiroshi Daiki Ren Kaito Shota",
        "Yui Hina Sakura Aoi Yuki Haruka Misaki Emi Naoko Ayaka",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
        "Sasaki Matsumoto Inoue Kimura Hayashi Shimizu",
    ),
    "filipino": (
        "Jose Mark Paolo Carlo Rommel Jericho Jhun Rodel",
        "Maricel Rowena Jocelyn Lovely Mylene Kristine Princess Analyn",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Aquino Dela_Cruz Castillo "
        "Manalo Dizon Pangilinan Macaraeg",
    ),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Cem Kerem Yusuf Ömer "
        "Serkan Volkan Tolga Onur Barış Deniz Eren Arda Efe Kaan Oğuz Selim Furkan Erdem Tuncay",
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Büşra Selin Derya Gül Aylin Ebru Sibel "
        "Özlem Nesrin Songül Tuğba Dilara Ece İrem Melek Sevgi Yasemin Hülya Leyla Defne",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aktaş Bulut Keskin "
        "Ünal Tekin Karaca Sarı Avcı Güler Bozkurt Özer Çakır Uysal Tunç Eren Akgül",
    ),
    "polish": (
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Mateusz Kamil Grzegorz "
        "Wojciech Bartosz Szymon Dawid Przemysław Rafał Jarosław Zbigniew",
        "Anna Katarzyna Małgorzata Agnieszka Magdalena Joanna Monika Ewa Aleksandra Natalia Karolina "
        "Justyna Beata Dorota Zofia Weronika Kinga Wiktoria Paulina Izabela",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
        "Nowakowski Pawłowski Michalski Zając Król Wieczorek Jabłoński Wróbel Majewski Olszewski "
        "Stępień Malinowska Jaworska Adamczyk Dudek Nowicka Górecki Sikora Walczak Baran Rutkowski "
        "Michalak Szewczyk",
    ),
    "czech": (
        "Jiří Petr Pavel Tomáš Jakub Martin Ondřej Lukáš Vojtěch Miroslav",
        "Jana Eva Hana Lucie Tereza Petra Veronika Kateřina Markéta Zuzana",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný "
        "Hájek Král Jelínek Růžička Beneš Fiala Sedláček Doležal",
    ),
    "italian": (
        "Giuseppe Giovanni Antonio Mario Luigi Francesco Alessandro Lorenzo Matteo Leonardo Andrea "
        "Davide Riccardo Stefano Federico Gabriele Tommaso Emanuele Salvatore Vincenzo Massimo Paolo",
        "Giulia Francesca Chiara Sara Martina Alessia Valentina Federica Elisa Silvia Giorgia "
        "Beatrice Aurora Ginevra Ludovica Alice Serena Rosa Antonella Carla Ilaria Donatella",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra "
        "Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco "
        "Di_Marco Di_Stefano Lo_Russo Dell'Orto",
    ),
    "spanish": (
        "Javier Alejandro Pablo Sergio Álvaro Diego Carlos Miguel Rubén Adrián Jorge Iñaki Íñigo "
        "Raúl Gonzalo",
        "Lucía María Carmen Paula Sofía Marta Elena Laura Alba Nerea Irene Rocío Ainhoa Pilar Begoña",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
        "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
        "Ramos Gil Serrano Blanco Molina Morales de_la_Fuente de_la_Cruz Etxeberria Iglesias",
    ),
    "portuguese": (
        "João Tiago Rui Nuno Duarte Gonçalo Rodrigo Bruno Thiago Gustavo Felipe Leandro",
        "Inês Beatriz Mariana Leonor Catarina Joana Rita Camila Larissa Fernanda Gabriela Letícia",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
        "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira "
        "Correia Mendes Nunes dos_Santos da_Silva Cardoso Barbosa Azevedo",
    ),
    "french": (
        "Louis Gabriel Raphaël Arthur Jules Hugo Lucas Adam Maël Théo Nathan Mathis Julien Nicolas "
        "Antoine Guillaume Mathieu Pierre-Louis Jean-Baptiste Étienne Benoît Rémi Yannick",
        "Léa Chloé Manon Camille Inès Jade Louise Zoé Juliette Margaux Océane Élodie Amélie Aurélie "
        "Mathilde Clémence Capucine Anaïs Sandrine Céline Nathalie Marie-Claire Anne-Sophie",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
        "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
        "Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry "
        "Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier "
        "Robin Masson Deschamps de_la_Roche Le_Goff Le_Gall Duchêne",
    ),
    "dutch": (
        "Daan Sem Bram Lars Thijs Ruben Jesse Stijn Joost Bas Sander Koen Wouter Pieter Maarten "
        "Jeroen Gijs Niels Floris Hidde",
        "Emma Sanne Fleur Lotte Anouk Femke Lieke Eva Noor Isa Marloes Ilse Roos Lieve Maartje "
        "Esther Inge Tessa Mirthe Jorien",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
        "Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
        "de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel "
        "van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems "
        "van_Vliet Hoekstra Maas Verhoeven Koster van_Dam Prins Blom Huisman",
    ),
    "swedish": (
        "Erik Lars Anders Johan Karl Nils Oskar Axel Gustav Magnus Björn Leif Sven Hampus",
        "Ingrid Astrid Sigrid Karin Maja Elsa Ebba Linnea Saga Frida Britt Solveig Liv Agnes",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Lindberg Lindström Bergström Sandberg Holm Lundqvist Sjöberg Åberg Hansen Nielsen Jensen "
        "Pedersen Kristiansen Halvorsen",
    ),
    "greek": (
        "Giorgos Dimitris Nikos Kostas Yannis Christos Panagiotis Vasilis Thanasis Stavros",
        "Maria Eleni Katerina Sofia Despina Georgia Vasiliki Anastasia Ioanna Athina",
        "Papadopoulos Papadakis Georgiou Nikolaidis Pappas Karagiannis Vlachos Oikonomou Dimitriou "
        "Konstantinidis Antoniou Makris Alexiou Christodoulou",
    ),
    "russian": (
        "Alexei Dmitri Sergei Ivan Nikolai Mikhail Andrei Vladimir Pavel Maxim Artyom Kirill Yegor "
        "Roman Igor Oleg Viktor Denis Anton Ilya",
        "Olga Natalia Tatiana Elena Irina Svetlana Anastasia Yekaterina Ekaterina Marina Ludmila "
        "Ksenia Darya Polina Yulia Alina Vera Galina Valentina Nadezhda",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov "
        "Volkov Alexeev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev "
        "Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanova Ivanova Smirnova "
        "Kuznetsova Popova Sokolova Volkova Morozova Orlova Belova Kozlova",
    ),
    "ukrainian": (
        "Oleksandr Andriy Taras Bohdan Yaroslav Mykola Vasyl Dmytro Serhiy Yuriy Ostap Oleh Mykhailo "
        "Volodymyr Petro",
        "Oksana Olena Iryna Nataliya Kateryna Halyna Mariya Yulia Sofiya Viktoriya Khrystyna Solomiya "
        "Daryna Zoryana Lesya",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Kovalchuk Oliynyk Shevchuk "
        "Polishchuk Lysenko Marchenko Rudenko Savchenko Moroz Petrenko Melnyk Kravets Tkachuk Hnatyuk "
        "Kovalyshyn Zhuk Pavlenko Yaremchuk Sydorenko",
    ),
    "arabic": (
        "Mohammed Ahmad Omar Khaled Youssef Ibrahim Hassan Karim Tarek Samir Rami Walid Nabil Fadi "
        "Bilal Ziad Mahmoud Jamal Anas Hamza Majid Ayman",
        "Fatima Aisha Layla Nour Mariam Yasmin Rania Hala Salma Dina Lina Rana Amira Huda Samira "
        "Farah Noor Zeina Reem Jana Lamis Hiba",
        "Al-Hassan Al-Masri Haddad Khoury Nasser Saleh Mansour Hamdan Abboud Darwish Farouk Haidar "
        "Kassem Yousef Sabbagh El-Amin Al-Rashid Bakri Qasim Aziz Awad Chahine Hijazi Abu-Ghazaleh "
        "Ben_Ali El_Idrissi Benali Benjelloun Amrani Bouzid",
    ),
    "persian": (
        "Arash Dariush Kian Reza Babak Farhad Kamran Navid Payam Siavash Omid Behzad",
        "Shirin Parisa Laleh Nasrin Mahsa Yasaman Golnaz Shabnam Roya Niloufar Azadeh Ladan",
        "Hosseini Rahimi Karimi Moradi Jafari Rezaei Ahmadi Mohammadi Tehrani Farahani Shirazi "
        "Esfahani Najafi Ghorbani Sadeghi",
    ),
    "kurdish": (
        "Azad Baran Rojhat Diyar Serhat Rêber",
        "Berfin Rojda Dilan Zelal Hêvî Nazdar",
        "Doğru Barzani Zana Ekinci Tunç Ronahi Amed",
    ),
    "balkan": (
        "Luka Marko Ivan Nikola Stefan Dragan Milan Goran Zoran Dejan Aleksandar Emir Amar Haris "
        "Edin Armin Besnik Arben Ilir Driton",
        "Ana Ivana Marija Jelena Maja Milica Sanja Tanja Dragana Mirela Amra Lejla Emina Selma "
        "Arta Blerta Drita Vjosa Mirsada Azra",
        "Horvat Kovačević Babić Marić Jurić Novak Petrović Jovanović Nikolić Marković Đorđević "
        "Stojanović Ilić Pavlović Hodžić Hadžić Mehmedović Begić Delić Krasniqi Gashi Berisha "
        "Morina Hoxha Shala Kelmendi Tomić Radić Vuković",
    ),
    "hungarian": (
        "Bence Máté Levente Dániel Ádám Balázs Gábor Zoltán Attila László",
        "Zsófia Réka Eszter Anna Dóra Krisztina Boglárka Noémi Orsolya Katalin",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász "
        "Lakatos Mészáros",
    ),
    "romanian": (
        "Andrei Mihai Alexandru Ionuț Bogdan Cristian Florin Sorin Răzvan Vlad",
        "Ioana Elena Andreea Alexandra Bianca Roxana Mihaela Cristina Raluca Simona",
        "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Munteanu Constantin "
        "Dinu Moldovan Lungu Marinescu",
    ),
    "finnish": (
        "Mikko Juha Antti Jukka Timo Ville Eero Aleksi Jussi Tuomas",
        "Aino Eveliina Sanna Johanna Kaisa Riikka Tuulia Minna Hanna Heidi",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Saarinen",
    ),
}


# More names per origin, merged into ORIGINS by tables().
EXTRA = {
    "german": ("Arne Bastian Detlef Eckhard Fritz Gunnar Hannes Ingo Joachim Karsten Lennart Marius "
               "Nils Olaf Pascal Quirin Rüdiger Sönke Thorsten Ulf Vincent Wilhelm Yannick Heiko Ralf",
               "Agnes Bettina Carina Dagmar Elke Fenja Gesa Hanna Inga Jutta Karin Lotte Margarete "
               "Nadine Ortrud Pia Rieke Swantje Tanja Ute Vanessa Wencke Yvonne Zoe Gudrun Hedwig",
               "Ackermann Adler Bachmann Böhm Dittmann Eckert Fiedler Gerlach Hammer Hinz Ihle Jahn Kern "
               "Kessler Lenz Marx Nagel Nolte Pape Rieger Sander Seifert Thiel Ulrich Vollmer Wendt "
               "Wirth Zeller Buchholz Claussen Drews Ehlers Frenzel Gebhardt Hausmann Kirchner Lohmann "
               "Mertens Niemann Petersen Reuter Stahl Timm Urban Vetter Wilke Zander Brettschneider "
               "Dannenberg Eichhorn Fleischer Grünewald Heinemann Kasper Lindemann Mühlbauer Rösler "
               "Schellenberg Tönnies Wegener"),
    "austrian": ("Andreas Clemens Gregor Hubert Jakob Konrad Markus Paul Roland Simon Thomas Xaver",
                 "Anneliese Brigitte Daniela Eva Gabriele Hermine Ilse Julia Karoline Michaela Rosa Sabine",
                 "Achleitner Brandstätter Danninger Fellner Gschwandtner Haider Kaltenbrunner Lackner "
                 "Mitterer Nussbaumer Pernkopf Rainer Schöberl Trummer Url Wurzer Zauner Hochleitner"),
    "swiss": ("Balz Christoph Dominik Flurin Kilian Mattia Nando Roman Severin Yannis",
              "Anita Brigitte Claudia Denise Esther Franziska Leonie Manuela Selina Ursina",
              "Ammann Bärtschi Egli Flückiger Hofstetter Jenni Kunz Marti Nussbaumer Rohrer "
              "Sutter Trachsel Vogt Wenger Zaugg Bolliger Hug Gasser"),
    "english": ("Alfred Barnaby Clive Dominic Ellis Felix Harvey Jasper Kieran Miles Reggie Theo "
                "Wilfred Ashley Julian Lewis Nathaniel",
                "Annabel Bella Cressida Daisy Edith Frances Georgia Hattie Ivy Jemima Lydia Matilda "
                "Nancy Octavia Pippa Ruby Sienna Tabitha Verity Willow",
                "Abbott Barlow Chandler Dawson Fletcher Gibbs Hancock Ingram Jarvis Kendall Lockwood "
                "Marsden Norris Oakley Pickering Radcliffe Sutcliffe Thornton Underwood Vickers "
                "Whitaker Yates Ainsworth Bradshaw Crowther Dunmore Eastwood Fenwick Gilchrist "
                "Hollingsworth Kenworthy Lambton Mottram Nettleship Ormerod Postlethwaite"),
    "us": ("Bryce Caleb Dalton Easton Gavin Hayden Jaxon Landon Maverick Parker Ryder Tucker",
           "Alexis Bailey Cheyenne Delaney Emery Jordyn Kylie Lacey Marissa Nevaeh Reagan Sierra",
           "Abernathy Blackburn Carlisle Dempsey Eastman Fairbanks Holloway Kimball Lundgren Mahoney "
           "Novak Pruitt Quintero Rutledge Stanton Truman Vance Whitlock Yoder Zamora"),
    "turkish": ("Alper Batuhan Cengiz Doğukan Ercan Gökhan Hakan İlker Levent Metin Necati Orhan "
                "Rıza Sinan Uğur Yavuz",
                "Aslı Berna Canan Dilek Emel Filiz Gizem Handan Kübra Nazlı Pınar Rukiye Seda Tülay "
                "Ümran Zehra",
                "Acar Baysal Cömert Dinçer Ekinci Gündoğdu Işık Kaplan Altun Ateş Başaran Coşkun "
                "Duman Erdem Gök Karakaya Oral Sezer Taş Yavuz"),
    "polish": ("Adam Damian Hubert Konrad Leszek Norbert Sebastian Wiesław",
               "Alicja Danuta Elżbieta Halina Irena Jadwiga Lidia Urszula",
               "Bąk Czarnecki Głowacki Kaczmarek Lis Majchrzak Ostrowski Pietrzak Sadowski "
               "Tomaszewski Urbański Zawadzki Błaszczyk Chmielewski"),
    "italian": ("Angelo Bruno Carmine Dario Enrico Fabio Guido Marco Nicola Ottavio Pietro Sergio",
                "Agnese Bianca Cristina Daniela Emma Fiorella Gaia Lucia Noemi Patrizia Simona Teresa",
                "Amato Benedetti Cattaneo D'Amico Esposito Farina Guerra Lodi Messina Orlando Pellegrini "
                "Rizzi Sala Testa Valentini Zanetti Palumbo Sorrentino"),
    "russian": ("Boris Fyodor Gennady Konstantin Leonid Stanislav Timur Yaroslav",
                "Alla Dina Inna Kira Larisa Lyubov Raisa Zoya",
                "Belov Gusev Kiselev Medvedev Tarasov Vinogradov Zhukov Frolov"),
    "arabic": ("Adel Bassam Fouad Ghassan Hisham Issam Mazen Nizar Osama Raed Yazan",
               "Asma Basma Dalia Ghada Iman Jamila Maha Nadia Rasha Widad Yara",
               "Al-Amin Al-Khatib Bitar Dabbagh Ghanem Habib Jaber Khalil Nassar Rahal Sayegh Tamimi"),
    "indian": ("Akash Dev Hemant Jatin Mohan Naveen Rakesh Sachin Tarun Vijay",
               "Bhavna Chitra Gayatri Jyoti Kavita Lata Madhuri Nandini Radhika Sushma",
               "Acharya Bose Dutta Goswami Hegde Jain Kohli Mishra Pandey Shetty Tiwari Yadav"),
    "nigerian": ("Abiodun Chibuzo Dapo Ebuka Gbenga Jide Lanre Nonso Soji Wale",
                 "Bukola Ebele Funke Ijeoma Lola Modupe Nneka Sade Toyin Yewande",
                 "Adeleke Bankole Chukwuma Ezeh Fashola Igwe Lawal Nwankwo Obiora Salako"),
    "chinese": ("Bin Cheng Gang Heng Jie Peng Qiang Rui Shun Yong",
                "Dan Hong Jia Lan Na Ping Shan Ting Wen Yue",
                "Bai Fu Qin Hu Jin Kong Lin Ma Shen Wei Wu Xu Yu"),
    "french": ("Alexis Bastien Cédric Damien Fabien Gaël Loïc Olivier Sébastien Thibault",
               "Agathe Bérénice Coralie Delphine Émilie Gaëlle Hélène Laetitia Maëlle Solène",
               "Arnaud Barbier Caron Delacroix Fabre Gaillard Hubert Joly Lemoine Marchand Noël Picard "
               "Renard Tessier"),
    "dutch": ("Arjen Bart Coen Dirk Erik Hans Jelle Kees Rutger Teun",
              "Anke Brechtje Dieuwke Geertje Hanneke Joke Marieke Nienke Renske Wietske",
              "van_Rijn Groen Hermans Kuipers Post Scholten Timmermans van_Wijk Vink Wolters"),
    "spanish": ("Ángel Borja Eduardo Fernando Héctor Ignacio Luis Marcos Óscar Víctor",
                "Ana Beatriz Cristina Esther Inmaculada Julia Montserrat Natalia Raquel Silvia",
                "Castro Delgado Flores Garrido Herrera Lozano Medina Ortega Prieto Rubio Santana Vidal"),
    "irish": ("Aidan Brendan Cormac Eamon Fintan Kieran Lorcan Ronan",
              "Bláthnaid Eimear Laoise Méabh Sadhbh Úna Nessa Ailbhe",
              "Ahern Breathnach Corcoran Dineen Fahy Geraghty Heffernan Lenihan McGrath Nolan"),
    "ukrainian": ("Anatoliy Ivan Leonid Maksym Roman Stepan",
                  "Alla Hanna Larysa Lyudmyla Tetiana Ulyana",
                  "Hrytsenko Ivanenko Karpenko Lytvyn Ostapchuk Prykhodko Romanyuk Stasiuk"),
}

# Weights per language (origins of the people in the texts).
WEIGHTS = {
    "de": {
        "german": 40, "austrian": 11, "swiss": 9, "turkish": 8, "polish": 5, "italian": 4,
        "russian": 3, "ukrainian": 3, "arabic": 3, "balkan": 3, "greek": 1.5, "persian": 1.2,
        "kurdish": 1, "french": 1, "dutch": 1, "spanish": 1, "portuguese": 1, "czech": 1,
        "hungarian": 0.8, "romanian": 1, "vietnamese": 0.8, "chinese": 0.6, "english": 0.6,
        "swedish": 0.5, "finnish": 0.3, "nigerian": 0.5, "ghanaian": 0.4, "indian": 0.6,
        "pakistani": 0.3, "korean": 0.3, "japanese": 0.3, "us": 0.3, "irish": 0.2,
        "scottish": 0.2, "filipino": 0.2, "kenyan": 0.2, "welsh": 0.1,
    },
    "en": {
        "english": 26, "us": 20, "irish": 7, "scottish": 5, "welsh": 2, "indian": 8,
        "pakistani": 2.5, "nigerian": 5, "ghanaian": 1.5, "kenyan": 1, "chinese": 4,
        "vietnamese": 1, "korean": 1, "japanese": 1, "filipino": 1.5, "polish": 2, "italian": 1.5,
        "spanish": 2, "portuguese": 1, "french": 1, "german": 1.5, "dutch": 0.8, "swedish": 0.6,
        "greek": 0.6, "turkish": 0.8, "arabic": 1.5, "persian": 0.8, "russian": 0.6,
        "ukrainian": 0.6, "balkan": 0.5, "romanian": 0.6, "hungarian": 0.3, "czech": 0.3,
        "austrian": 0.3, "swiss": 0.3, "finnish": 0.2, "kurdish": 0.1,
    },
}

# Names that are also ordinary words: drawn now and then as names; the clean texts use the words.
WORD_NAMES = {
    "de": {"last": ["Wolf", "Koch", "Fuchs", "Bauer", "Schneider", "Winter", "Sommer", "Vogel",
                    "Hahn", "Lang", "Jung", "Stein", "Engel", "Graf"], "first": []},
    "en": {"last": ["Baker", "Hunter", "Miller", "Cook", "Mason", "Fisher", "Long", "Young",
                    "Green", "Bell", "Wood"],
           "first": [("May", "f"), ("Grace", "f"), ("Hope", "f"), ("Joy", "f"), ("Rose", "f"),
                     ("Summer", "f"), ("Faith", "f"), ("Hunter", "m"), ("Chase", "m")]},
}

PARTICLES = {"von", "van", "der", "den", "de", "la", "di", "du", "le", "da", "del", "della",
             "ten", "ter", "zu", "dos", "das", "ap", "mac", "ó", "ní", "lo", "ben", "el", "y"}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def tables():
    """(given names by gender, surnames), each a dict origin -> sorted unique list."""
    male, female, last = {}, {}, {}
    for origin, (m, f, s) in ORIGINS.items():
        em, ef, es = EXTRA.get(origin, ("", "", ""))
        male[origin] = sorted(set(_split(m + " " + em)))
        female[origin] = sorted(set(_split(f + " " + ef)))
        last[origin] = sorted(set(_split(s + " " + es)))
    return male, female, last


def all_given():
    male, female, _ = tables()
    return sorted({n for d in (male, female) for v in d.values() for n in v})


def all_last():
    _, _, last = tables()
    return sorted({n for v in last.values() for n in v})
