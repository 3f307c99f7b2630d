"""Name lists of the dev half of the twenty-fourth PII bank, written for it (no package data).

Each origin has female given names, male given names and surnames, whitespace-separated; an
underscore stands for a space inside one surname (`van_der_Sloot`). `invented()` makes names from
syllables and checks them against every list.
"""

ORIGINS = {
    "german": (
        "Anna Lena Katharina Julia Sabine Petra Ursula Monika Jana Miriam Franziska Svenja Birgit Heike "
        "Claudia Annika Wiebke Hannelore Gisela Frauke Silke Ines Kerstin Nele Greta Ronja Insa Antje",
        "Jürgen Matthias Stefan Thomas Uwe Dieter Klaus Tobias Jonas Florian Lukas Niklas Henning Jens "
        "Volker Rainer Björn Malte Sönke Torsten Holger Detlef Günther Wolfgang Lutz Ole Hauke Kai",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner "
        "Krause Lehmann Köhler Fuchs Vogel Winter Sommer Brandt Haas Dietrich Engel Kühn Jansen Petersen "
        "Ebeling Hinrichs Thießen Gerdes Oltmanns von_der_Heyde von_Bülow Wieland Stratmann Brinkhoff",
    ),
    "austrian": (
        "Theresia Johanna Magdalena Elisabeth Veronika Maria Christina Stefanie Sandra Verena Carina Melanie "
        "Daniela Romana Hemma Notburga Rosalia Valentina Barbara Leopoldine Anneliese Agnes",
        "Leopold Florian Maximilian Ferdinand Johann Gerhard Alois Herbert Manfred Reinhard Roland Harald "
        "Bernhard Engelbert Kilian Valentin Rupert Severin Wendelin Josef Konrad Andreas",
        "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer "
        "Schmid Winkler Weber Schwarz Maier Reiter Brunner Wimmer Egger Lang Baumgartner Auer Binder "
        "Lechner Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Strasser Haider Stadler "
        "Pölzl Oberhuber Kerschbaumer Unterberger Zauner Rainer",
    ),
    "swiss": (
        "Regula Vreni Ursina Seraina Corinne Nadine Mirjam Andrea Rahel Annina Flurina Margrit Beatrice "
        "Chantal Salome Madlaina Fabienne Cornelia Jacqueline Deborah Lorena Nicole",
        "Reto Urs Beat Ueli Marco Luca Gian Res Fritz Hansruedi Kurt Adrian Pascal Dario Linus Jürg Remo "
        "Silvan Cyrill Mathis Andri Flurin",
        "Meier Keller Brunner Baumann Gerber Widmer Frei Zürcher Moser Hug Sutter Graf Bachmann Steiner "
        "Schnyder Wyss Zbinden Blaser Aebischer Kälin Odermatt Tschudi Rüegg Ammann Zurbriggen Bühler "
        "Imhof Käser Wüthrich Lüthi Hösli Murer Arnold Furrer Zwahlen Stalder Gisler Bieri Hählen "
        "Gasser Rohner Ackermann Caduff Niederberger Schürch",
    ),
    "turkish": (
        "Ayşe Elif Zeynep Fatma Emine Merve Selin Derya Esra Hatice Gül Özlem Sibel Büşra Tuğba Dilara "
        "Ebru Aylin Sevgi Nur Canan Melek",
        "Mehmet Mustafa Ahmet Ali Hüseyin Emre Murat Burak Serkan Cem Kemal Yusuf Okan Volkan Tarık Deniz "
        "Barış Onur Hakan Ercan Kaan Selim",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Uçar Tekin Bulut Kalkan "
        "Ateş Bayram Sarı Güler Karaca Tuncer Akgül Ünal Özer Turan Balcı Toprak Ergin Çınar Akın",
    ),
    "polish": (
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Dorota Beata Zofia Marta Barbara Aleksandra "
        "Karolina Justyna Paulina Weronika Halina Grażyna Izabela Renata Krystyna Danuta",
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Grzegorz Jakub Łukasz Wojciech Adam Mariusz Zbigniew "
        "Przemysław Dariusz Sławomir Janusz Bartosz Kacper Rafał Szymon Jerzy",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski "
        "Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Stępień "
        "Jaworski Malinowski Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk "
        "Ostrowski Tomaszewski Pietrzak Wróblewski",
    ),
    "italian": (
        "Giulia Francesca Chiara Federica Valentina Alessandra Elena Silvia Martina Giorgia Paola Serena "
        "Roberta Ilaria Beatrice Lucia Gabriella Rossella Antonella Donatella Carla Teresa",
        "Giuseppe Giovanni Antonio Francesco Alessandro Lorenzo Matteo Davide Stefano Riccardo Andrea "
        "Salvatore Vincenzo Massimo Paolo Fabrizio Emanuele Raffaele Luigi Gianluca Enrico Pietro",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi "
        "Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola "
        "De_Santis D'Angelo Marchetti Parisi Villa Conte Ferri Di_Stefano Fabbri Bellini",
    ),
    "russian": (
        "Olga Tatjana Natalja Swetlana Irina Jelena Anastassija Ksenija Marina Ljudmila Galina Walentina "
        "Jekaterina Darja Polina Alina Wera Nadeschda Larissa Oksana Sofija Uljana",
        "Sergej Alexej Dmitrij Andrej Wladimir Nikolaj Iwan Michail Pawel Maxim Artjom Jewgenij Roman "
        "Oleg Igor Juri Wiktor Konstantin Denis Ilja Grigorij Timur",
        "Iwanow Smirnow Kusnezow Popow Wassiljew Petrow Sokolow Michailow Nowikow Fjodorow Morosow "
        "Wolkow Alexejew Lebedew Semjonow Jegorow Pawlow Koslow Stepanow Nikolajew Orlow Andrejew "
        "Makarow Sacharow Solowjow Borissow Jakowlew Grigorjew Romanow Worobjow Sergejew Kusmin "
        "Frolow Alexandrow Dmitrijew Koroljow Gussew Kisseljow Iljin Maximow Poljakow Sorokin "
        "Winogradow Kowaljow Below",
    ),
    "ukrainian": (
        "Oksana Olena Iryna Kateryna Nataliia Yuliia Tetiana Halyna Svitlana Khrystyna Solomiia Vira "
        "Nadiia Liudmyla Oleksandra Mariia Zoriana Bohdana Larysa Ivanna Myroslava Yaryna",
        "Oleksandr Andrii Serhii Mykola Volodymyr Dmytro Yurii Vasyl Taras Bohdan Ostap Roman Petro "
        "Oleh Ihor Maksym Yaroslav Stepan Vitalii Mykhailo Danylo Artem",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk "
        "Bondar Tkachuk Marchenko Lysenko Rudenko Savchenko Petrenko Moroz Kravchuk Klymenko "
        "Pavlenko Melnyk Boiko Kovalchuk Levchenko Ponomarenko Vasylenko Hrytsenko Kuzmenko "
        "Ostapchuk Dovhaniuk Yatsenko Fedoruk Zinchenko Semeniuk Bilyk Sydorenko Honcharuk "
        "Humeniuk Prokopenko Lytvynenko Havryliuk Kostenko Nazarenko Romaniuk Yakymchuk",
    ),
    "arabic": (
        "Fatima Aisha Mariam Layla Noor Yasmin Rania Huda Salma Hana Amira Dalia Lina Samira Zainab "
        "Nadia Rasha Malak Jana Reem Hiba Asmaa",
        "Mohammed Ahmad Omar Khaled Youssef Ibrahim Hassan Tarek Karim Samir Bilal Walid Nabil Rami "
        "Fadi Ziad Majid Adnan Jamal Hamza Anas Mahmoud",
        "Haddad Khalil Nasser Saleh Mansour Hamdan Aziz Darwish Farouk Habib Ibrahim Jaber Kassem "
        "Mahmoud Najjar Othman Rahman Sabbagh Shami Suleiman Tahan Youssef Zaki Hariri Barakat "
        "Abboud Chaaban Daher Fakhoury Ghanem Hajjar Issa Khoury Mattar Nassar Qasim Rashid "
        "Sayegh Touma Wehbe Zoabi Al-Amin Al-Hassan El-Masri Abdallah",
    ),
    "english": (
        "Charlotte Emily Olivia Sophie Amelia Jessica Lucy Hannah Eleanor Harriet Philippa Imogen "
        "Rebecca Victoria Abigail Poppy Georgina Rosie Beatrice Florence Grace May",
        "Oliver Harry George Thomas James William Jack Henry Edward Alfie Archie Rupert Hugo Toby "
        "Freddie Samuel Benjamin Joseph Nathaniel Barnaby Giles Alistair",
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson "
        "Thompson Wright Walker White Edwards Hughes Green Hall Wood Harris Lewis Martin Jackson "
        "Clarke Clark Turner Hill Scott Cooper Morris Ward Baker Hunter Cook Rose Harding "
        "Pemberton Ashworth Fairbrother Whitmore Hollis Blakemore Fenwick Stanhope",
    ),
    "american": (
        "Ashley Brittany Madison Kayla Taylor Morgan Jennifer Megan Tiffany Courtney Savannah Brooke "
        "Shelby Kendra Danielle Lindsey Marisa Jolene Harper Avery Peyton Kimberly",
        "Tyler Brandon Cody Dustin Travis Chase Austin Hunter Brett Cole Garrett Wyatt Dalton Colby "
        "Jared Kyle Derek Shane Trent Bryce Landon Grant",
        "Miller Davis Garcia Rodriguez Martinez Anderson Moore Jackson Lee Perez Thompson Harris "
        "Sanchez Ramirez Lewis Allen Young King Hernandez Lopez Hill Nelson Carter Mitchell Roberts "
        "Phillips Campbell Parker Collins Stewart Morales Murphy Rivera Cook Rogers Peterson Bailey "
        "Reed Kelly Howard Cox Ward Richardson Brooks Sullivan Fitzgerald",
    ),
    "irish": (
        "Aoife Siobhán Niamh Saoirse Caoimhe Róisín Clodagh Sinéad Orla Áine Gráinne Eimear Maeve "
        "Ciara Deirdre Fionnuala Bríd Nuala Úna Muireann Sorcha Ailbhe",
        "Seán Cian Oisín Darragh Eoin Cillian Pádraig Ciarán Tadhg Diarmuid Fionn Colm Donal Ruairí "
        "Lorcan Senan Conall Eamon Declan Fergal Niall Odhrán",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
        "Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly "
        "Connell Dunne Brennan Burke Collins Fitzgerald Hayes Kavanagh Keane Lawlor Mac_Giolla "
        "Ní_Bhriain Ó_Súilleabháin Nolan Power Sheehan Tierney Whelan Cullinane Mulcahy Hennessy "
        "Geraghty Moriarty Cassidy",
    ),
    "scottish": (
        "Isla Morag Kirsty Fiona Catriona Eilidh Iona Mhairi Ailsa Shona Rhona Elspeth Moira Skye "
        "Innes Kirsteen Effie Ishbel Lorna Marsaili Heather Ainslie",
        "Angus Callum Hamish Ewan Fraser Lachlan Alasdair Ruaridh Murdo Finlay Duncan Gregor Struan "
        "Iain Euan Calum Kenneth Dougal Torquil Blair Craig Ross",
        "MacDonald McLeod Campbell Stewart Robertson Thomson Anderson MacKenzie Reid Ross Murray "
        "Paterson Fraser Kerr Ferguson Grant McIntyre Crawford Mackay Munro Sutherland Douglas "
        "Cameron Gillespie Buchanan MacLean McGregor Drummond Lennox Galbraith Urquhart MacAulay "
        "Lamont Sinclair Menzies Ogilvie Chisholm MacPhail Kinnaird Rutherford Dunbar Baird "
        "McNab Hendry Forsyth",
    ),
    "welsh": (
        "Angharad Bethan Carys Cerys Eleri Ffion Gwen Gwenllian Lowri Mair Megan Nia Rhian Seren "
        "Siân Sioned Tegan Elin Heledd Manon Catrin Non",
        "Aled Bryn Cai Dafydd Dylan Emyr Gareth Geraint Gethin Huw Iestyn Ifan Ioan Llŷr Owain Rhodri "
        "Rhys Steffan Tomos Wyn Gruffydd Osian",
        "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Rees Jenkins "
        "Owen Powell Pritchard Vaughan Llewellyn Parry Pugh Bowen Howells Prosser Meredith Gwynne "
        "Probert Bevan Prydderch Cadwaladr Trevithick",
    ),
    "indian": (
        "Priya Ananya Aishwarya Kavya Divya Neha Pooja Shreya Sneha Lakshmi Meera Nandini Radhika "
        "Sunita Deepa Anjali Ishita Tanvi Aarti Rekha Swati Pallavi",
        "Arjun Rahul Vikram Rohan Aditya Sanjay Rajesh Anil Suresh Karthik Vivek Nikhil Pranav Amit "
        "Harish Manoj Venkat Siddharth Ravi Abhishek Gaurav Deepak",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Shah Chopra Malhotra "
        "Kapoor Bose Banerjee Chatterjee Mukherjee Das Pillai Krishnan Subramanian Venkatesh "
        "Bhattacharya Agarwal Saxena Trivedi Kulkarni Naidu Chaudhary Verma Mishra Pandey Srinivasan "
        "Raghavan Gill Sandhu Dhillon Grewal Ahluwalia Sethi",
    ),
    "pakistani": (
        "Ayesha Sana Hira Mehwish Zara Sadia Rabia Maryam Iqra Amna Saima Nida Bushra Sidra Kiran "
        "Fariha Noreen Uzma Shazia Anum",
        "Usman Imran Bilal Faisal Asad Zubair Tariq Kamran Adeel Waqas Shahid Junaid Naveed Hamza "
        "Fahad Saad Irfan Arif Danish Sohail",
        "Khan Qureshi Butt Chaudhry Malik Siddiqui Hussain Raza Abbasi Akhtar Javed Mirza Sheikh "
        "Baig Awan Rana Cheema Bhatti Iqbal Anwar Aslam Naqvi Rizvi Zaidi Hashmi Farooqi Niazi "
        "Gilani Shah Durrani",
    ),
    "nigerian": (
        "Chiamaka Ngozi Adaeze Folake Funmilayo Yetunde Ifeoma Nneka Oluwaseun Temitope Amaka Chioma "
        "Bukola Kemi Blessing Ebele Uchenna Zainab Aisha Halima Titilayo Adanna",
        "Chukwuemeka Oluwaseyi Babatunde Adebayo Obinna Ikechukwu Tunde Olumide Chinedu Emeka Segun "
        "Femi Kayode Nnamdi Uche Yusuf Ibrahim Musa Abdullahi Olusegun Kelechi Tobenna",
        "Okafor Adeyemi Okonkwo Eze Nwosu Balogun Adebayo Ogunleye Okeke Chukwu Olawale Afolabi "
        "Ibekwe Nwachukwu Obi Oyelaran Bello Abubakar Danjuma Ogbonna Adewale Onyekachi Akinola "
        "Ogundipe Oladipo Uzoma Nnadi Ekwueme Anyanwu Oyebanji Adeleke Igwe Ezeani Mbah",
    ),
    "ghanaian": (
        "Akosua Adwoa Abena Akua Yaa Afua Ama Efua Esi Ekua Adjoa Nana Dzifa Enyonam Sena Mawusi Selasi",
        "Kwame Kofi Kwabena Kwaku Yaw Kwesi Kojo Fiifi Ekow Nii Kobina Selorm Elikem Edem Mawuli Senyo",
        "Mensah Boateng Owusu Asante Osei Agyeman Appiah Ofori Addo Amoah Asamoah Darko Frimpong "
        "Gyamfi Kuffour Nkansah Opoku Sarpong Tetteh Quaye Annan Acheampong Danquah Ansah",
    ),
    "kenyan": (
        "Wanjiru Achieng Njeri Akinyi Wambui Nyambura Auma Chebet Jepkemboi Muthoni Wairimu Atieno "
        "Nafula Kerubo Moraa Nekesa Zawadi Imani",
        "Kamau Otieno Kipchoge Mwangi Odhiambo Kiprono Njoroge Ochieng Omondi Wekesa Mutua Barasa "
        "Kibet Korir Onyango Gitau Mugo Wafula",
        "Mwangi Otieno Kamau Kariuki Njoroge Wanjiku Odhiambo Ochieng Kiprotich Cheruiyot Mutua "
        "Wekesa Onyango Nyaga Githinji Macharia Kimani Maina Mbugua Waweru Kiplagat Rotich Wambua",
    ),
    "chinese": (
        "Mei Xiu Ying Li Na Jing Hui Yan Fang Xiaoling Lan Qian Yun Ting Ruoxi Shu Wen Zhen Xinyi Yuting "
        "Jiayi Meilin",
        "Wei Jun Hao Lei Ming Jian Tao Bo Chen Yong Feng Peng Qiang Zhiwei Haoran Yichen Zihao Junjie "
        "Kai Dong Liang Xin",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang "
        "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng "
        "Wei Su Lu Ding",
    ),
    "korean": (
        "Jiyeon Minji Seoyeon Soojin Hyejin Eunji Jiwoo Yuna Hana Sora Dahye Jisoo Haeun Nari Sumin",
        "Minjun Seojun Jihoon Hyunwoo Dohyun Jaehyun Sungmin Taeyang Joonho Kyungsoo Woojin Donghyun "
        "Jinwoo Sangwoo Yongjun",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong "
        "Yoo Ko Moon Yang Baek",
    ),
    "japanese": (
        "Yuki Haruka Aiko Sakura Yui Mei Naoko Keiko Emi Rina Ayaka Misaki Kaori Chihiro Nanami Asuka",
        "Hiroshi Takeshi Kenji Daichi Haruto Ren Sota Yuto Kazuki Shota Takumi Ryo Naoki Kenta Daisuke "
        "Koji",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
        "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Abe Ikeda Hashimoto Ishikawa "
        "Ogawa Fujita",
    ),
    "vietnamese": (
        "Linh Trang Huong Thao Ngoc Mai Lan Anh Hoa Thu Phuong Hanh Nhung Yen Quynh Diep Vy",
        "Minh Tuan Hung Duc Long Quang Thanh Khoa Nam Phong Huy Dung Vinh Bao Hieu Tien Son",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh "
        "Mai Luong Ta Quach",
    ),
    "filipino": (
        "Maricel Jocelyn Rosalie Analyn Lovely Kristine Jhoanna Mylene Cherry Rowena Liezl Arlene "
        "Marivic Princess Jennelyn Aileen",
        "Jomar Rommel Jayson Mark Reynaldo Arnel Rodel Joel Ramil Edgardo Noel Danilo Ronaldo Jericho "
        "Bong Carlo",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos Aquino Castillo "
        "Dela_Cruz Gonzales Flores Manalo Dimaculangan Macapagal Pangilinan Soriano Tolentino "
        "Agbayani Dizon Salvador",
    ),
    "french": (
        "Camille Manon Chloé Léa Inès Juliette Margaux Élodie Amélie Céline Sandrine Nathalie Aurélie "
        "Clémence Solène Mathilde Anaïs Océane Brigitte Sylvie Marie-Claire Anne-Sophie",
        "Julien Nicolas Mathieu Guillaume Antoine Sébastien Olivier Thibault Baptiste Étienne Rémi "
        "Clément Arnaud Benoît Yannick Pierre-Louis Jean-Marc Luc Hervé Gaël Lucien François",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
        "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
        "Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel "
        "Nicolas Perrin Morin Mathieu Clément de_la_Fontaine Lemaire Chevalier Gauthier",
    ),
    "spanish": (
        "Lucía Carmen María Laura Marta Paula Sara Elena Cristina Nuria Pilar Rocío Inmaculada Alba "
        "Ainhoa Itziar Montserrat Begoña Leire Noelia Ximena Valeria",
        "Javier Alejandro Pablo Sergio Jorge Álvaro Diego Adrián Iñaki Raúl Íker Gonzalo Rubén Hugo "
        "Mateo Santiago Joaquín Ignacio Xavier Jordi Óscar Lorenzo",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
        "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
        "Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio "
        "Marín Sanz Iglesias Núñez Medina Garrido de_la_Cruz Echeverría Etxeberria",
    ),
    "portuguese": (
        "Inês Beatriz Mariana Leonor Matilde Carolina Joana Rita Catarina Filipa Sofia Raquel Marta "
        "Andreia Daniela Teresa Conceição Fernanda",
        "João Tiago Duarte Rodrigo Gonçalo Afonso Tomás Rui Nuno Vasco Bruno Filipe Hugo Miguel "
        "Ricardo Sérgio Fábio Paulo",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves "
        "Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes "
        "Nunes Soares Vieira Monteiro Cardoso Rocha dos_Santos Magalhães Figueiredo Azevedo",
    ),
    "dutch": (
        "Sanne Femke Lotte Eline Anouk Marloes Esther Ilse Fleur Noor Maaike Renske Inge Mieke Hanneke "
        "Jolien Wieke Lieke Roos Tessa",
        "Daan Bram Sem Thijs Ruben Joris Bart Wouter Sjoerd Maarten Pieter Jeroen Niels Koen Gijs "
        "Stijn Hidde Jelle Tjeerd Floris",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
        "Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
        "de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel "
        "van_der_Veen van_den_Broek de_Bruijn Schouten van_Beek Willems van_Vliet Hoekstra "
        "Maas Verhoeven Koster Prins Blom Huisman van_der_Sloot",
    ),
    "greek": (
        "Eleni Maria Katerina Georgia Dimitra Sofia Vasiliki Ioanna Anastasia Christina Despina "
        "Theodora Paraskevi Athina Evangelia Konstantina Zoi Myrto",
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Athanasios "
        "Evangelos Spyridon Stavros Michalis Thanasis Kostas Yannis Stelios Nikos",
        "Papadopoulos Papadakis Georgiou Nikolaidis Dimitriou Konstantinidis Pappas Karagiannis "
        "Oikonomou Vlachos Papanikolaou Angelopoulos Makris Alexiou Christodoulou Antoniou "
        "Stavropoulos Kyriakidis Theodorou Michailidis Panagiotopoulos Lazaridis Katsaros Mavridis",
    ),
    "bcs": (
        "Ana Ivana Marija Jelena Maja Petra Tamara Mirela Dragana Snježana Vesna Lejla Amra Emina "
        "Selma Ajla Nevena Milica Sanja Gordana",
        "Ivan Marko Luka Josip Stjepan Tomislav Dragan Goran Zoran Nenad Milan Dejan Mirza Emir Adnan "
        "Haris Edin Nikola Boris Dario",
        "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Pavlović "
        "Božić Blažević Tomić Kolar Hodžić Hadžić Mujić Delić Begović Popović Jovanović Nikolić "
        "Ilić Đorđević Stojanović Živković Radić Perić Šarić Lukić",
    ),
    "romanian": (
        "Ioana Andreea Elena Alexandra Mihaela Cristina Raluca Roxana Simona Oana Bianca Irina Daniela "
        "Loredana Corina Adina Georgiana Ramona",
        "Andrei Alexandru Mihai Ionuț Florin Bogdan Cătălin Marius Adrian Cristian Răzvan Dragoș "
        "Ovidiu Sorin Vlad Costel Lucian Emil",
        "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Moldovan "
        "Mihai Constantin Lungu Florea Marin Toma Dobre Barbu Nistor Ardeleanu Vasilescu Enache",
    ),
    "czech": (
        "Jana Eva Hana Lucie Tereza Kateřina Veronika Markéta Zuzana Lenka Petra Martina Barbora "
        "Michaela Klára Šárka Radka Dagmar",
        "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Vojtěch Ondřej "
        "Lukáš Radek Vratislav Bohumil Čeněk",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil "
        "Hájek Král Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk",
    ),
    "hungarian": (
        "Zsófia Katalin Ildikó Erzsébet Judit Réka Eszter Boglárka Anikó Krisztina Noémi Dóra Orsolya "
        "Zsuzsanna Enikő Tímea",
        "László István Zoltán Gábor Tamás Attila Balázs Csaba Péter Levente Bence Gergely Ferenc "
        "Miklós Szabolcs Zsolt",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász "
        "Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs",
    ),
    "scandinavian": (
        "Ingrid Astrid Sigrid Linnea Maja Elsa Freja Ebba Kristin Solveig Signe Karin Liv Tove Ylva "
        "Hedda Frida Sunniva",
        "Lars Anders Magnus Erik Nils Sven Olav Henrik Gustav Espen Bjørn Torbjørn Fredrik Jonas Leif "
        "Mattias Rasmus Søren",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Haugen Lindqvist "
        "Bergström Sjöberg Lundgren Halvorsen Bakke Dahl Solberg Nygaard Strand",
    ),
    "finnish": (
        "Aino Eveliina Helmi Johanna Kaisa Liisa Minna Noora Pirjo Riikka Satu Tiina Ulla Venla Sanna",
        "Antti Eero Heikki Jari Juha Kalle Mikko Olli Pekka Sami Timo Ville Jussi Tuomas Lauri",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Kinnunen Salonen Turunen Tuominen",
    ),
    "persian": (
        "Shirin Leila Parisa Mahsa Nasrin Farah Golnaz Yasaman Niloufar Roya Azadeh Sepideh Maryam "
        "Soraya Ladan Parvaneh Taraneh Donya",
        "Reza Ali Arash Babak Dariush Farhad Kourosh Mehdi Navid Omid Payam Ramin Siamak Behnam Kaveh "
        "Nima Saeed Amir",
        "Hosseini Ahmadi Rezaei Mohammadi Karimi Moradi Jafari Rahimi Tehrani Farahani Shirazi "
        "Esfahani Sadeghi Ghorbani Nazari Amini Kazemi Hashemi Bagheri Zand Afshar Daneshvar",
    ),
    "albanian": (
        "Arta Blerta Drita Elira Fatjona Gentiana Jehona Liridona Mimoza Rina Valbona Vjosa Teuta "
        "Dafina Besa Lule Merita",
        "Arben Besnik Dardan Driton Fatos Gëzim Ilir Kujtim Leutrim Luan Mentor Shkelzen Valon Artan "
        "Agron Burim Ardit",
        "Hoxha Krasniqi Gashi Berisha Shala Morina Bytyqi Kelmendi Rexhepi Hajdari Shehu Ahmeti Kastrati "
        "Leka Dushku Zeqiri Osmani Ramadani Sylejmani Mustafa",
    ),
    "kurdish": (
        "Rojda Berfin Dilan Helin Zilan Bêrîvan Nûjîn Rûken Jiyan Avesta Delal Zozan Şîlan Rengîn",
        "Rojhat Serhat Azad Berxwedan Dilşad Hejar Kawa Rêzan Şivan Welat Baran Diyar Karwan Zinar",
        "Aydemir Barzani Ciwan Demirtaş Ekinci Güzel Hejari Kaplan Nerweyî Oramar Rojhilat Sindî "
        "Tatlı Zaxoyî Botan Amedî",
    ),
    "mexican": (
        "Guadalupe Xóchitl Yesenia Maribel Araceli Itzel Citlali Marisol Lupita Esperanza Fernanda "
        "Dulce Rosario Yadira",
        "José Luis Juan Carlos Jesús Francisco Armando Rigoberto Eduardo Ernesto Arturo Héctor Emiliano "
        "Leonel Efraín Octavio",
        "Hernández González Ramírez Flores Vargas Castillo Jiménez Mendoza Guerrero Rojas Contreras "
        "Aguilar Ochoa Villarreal Cervantes Zamora Salazar Valenzuela Cárdenas Quintero",
    ),
}

# origin weights per language (German texts: mostly DE/AT/CH, then Turkish, Polish, Italian …)
WEIGHTS = {
    "de": {
        "german": 34, "austrian": 11, "swiss": 9, "turkish": 8, "polish": 5, "italian": 4,
        "russian": 3.5, "ukrainian": 3, "arabic": 3, "bcs": 2.5, "greek": 2, "romanian": 1.5,
        "albanian": 1.5, "kurdish": 1.2, "persian": 1.2, "czech": 1, "hungarian": 1, "french": 1.5,
        "spanish": 1, "portuguese": 1, "dutch": 1.5, "scandinavian": 0.8, "finnish": 0.4,
        "english": 1, "american": 0.6, "irish": 0.3, "scottish": 0.3, "vietnamese": 1,
        "chinese": 0.8, "indian": 0.8, "pakistani": 0.4, "nigerian": 0.5, "ghanaian": 0.4,
        "kenyan": 0.2, "korean": 0.4, "japanese": 0.4, "filipino": 0.3, "welsh": 0.1, "mexican": 0.2,
    },
    "en": {
        "english": 20, "american": 17, "irish": 7, "scottish": 6, "welsh": 2.5, "indian": 7,
        "pakistani": 3, "nigerian": 5, "ghanaian": 2, "kenyan": 1.5, "chinese": 4.5, "korean": 1.5,
        "japanese": 1.2, "vietnamese": 1.2, "filipino": 2, "mexican": 3, "spanish": 1.2,
        "italian": 1.5, "polish": 2, "german": 1.5, "french": 1.2, "portuguese": 1, "dutch": 0.8,
        "greek": 0.8, "arabic": 1.5, "persian": 0.8, "turkish": 0.6, "russian": 0.6,
        "ukrainian": 0.6, "romanian": 0.8, "bcs": 0.4, "czech": 0.3, "hungarian": 0.3,
        "scandinavian": 0.5, "finnish": 0.2, "albanian": 0.3, "austrian": 0.2, "swiss": 0.2,
        "kurdish": 0.1,
    },
}

# origins whose people get double given names now and then
DOUBLE_GIVEN = ("german", "austrian", "swiss", "french", "english", "american", "irish")
# origins whose surnames are joined with a hyphen now and then
HYPHEN_SURNAME = ("german", "austrian", "swiss", "spanish", "english", "french", "polish", "mexican")

# surnames that are also ordinary words; drawn a little more often
WORD_SURNAMES = {
    "de": ["Wolf", "Koch", "Fuchs", "Vogel", "Winter", "Sommer", "Bauer", "Engel", "Schwarz", "Braun"],
    "en": ["Baker", "Hunter", "Cook", "Rose", "Ward", "Hill", "Wood", "Green", "Brooks"],
}
WORD_GIVEN = {"de": ["Engel"], "en": ["Grace", "May", "Hunter", "Rose"]}
PARTICLES = ("von", "van", "der", "den", "de", "la", "di", "del", "dos", "da", "le", "zu", "ter",
             "mac", "ní", "ó", "al", "el")


# more surnames of the most frequent origins
EXTRA_SURNAMES = {
    "german": "Albrecht Pohl Kaiser Voigt Seidel Ziegler Frank Baumann Heinrich Roth Beck Lorenz Ludwig Böhm Kraus "
              "Martens Brenner Kessler Sauer Arndt Dittmar Lindner Reuter Thiele Wendt Wegner Kuhlmann Rademacher "
              "Overbeck Niemeyer Hollmann Grundmann Eggers Harms Siebert Pfeiffer Scholz Ackermann-Lohse von_Ahlefeldt",
    "austrian": "Hofbauer Pirker Kogler Grabner Url Hutter Moosbrugger Pfister Gschwandtner Ortner Kainz Pranger "
                "Rieger Sommerauer Tauber Wiesinger Kofler Mairhofer Stockinger",
    "swiss": "Wenger Hunziker Flückiger Aeschlimann Lüscher Spörri Marti Tanner Iseli Kuster Zollinger Bosshard "
             "Wälti Schwendimann",
    "turkish": "Yavuz Erdem Altun Coşkun Gündoğdu Kocabaş Sevim Taşdemir Acar Bozkurt Duman Karadağ Keskin Oral "
               "Uysal Yalçın",
    "polish": "Zawadzki Jasiński Chmielewski Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski "
              "Szczepański Kucharski Wilk Kalinowski Lis Mazurek",
    "italian": "Cattaneo Sartori Pellegrini Palumbo Sanna Farina Rizzi Monti Cattani Orlando Amato Silvestri "
               "Benedetti Negri Fumagalli",
    "english": "Bennett Carter Chapman Marshall Dawson Holmes Barker Knight Spencer Lloyd Mason Palmer Fletcher "
               "Hardy Shaw Pearce Gibbs Sutton Lambert Cartwright Pickering Hargreaves Stokes Atherton Bramwell Radcliffe",
    "american": "Jenkins Perry Powell Long Patterson Flores Washington Butler Simmons Foster Bryant Alexander "
                "Russell Griffin Hayes Myers Ford Hamilton Graham Wallace Coleman Hawthorne Whitaker Dalrymple",
    "irish": "Fahy Costello Egan Flanagan Foley Hogan Kinsella Madden McGrath Nugent Phelan Rafferty Scanlon "
             "Tobin Mac_Cárthaigh",
    "indian": "Banerji Dutta Ghosh Sen Hegde Shetty Kamath Bhat Nambiar Thakur Rathore Chauhan Jain Arora Bajaj",
    "nigerian": "Okoro Uchenna Adeniyi Oyekan Salami Fashola Ojo Ayodele Babangida Lawal Okpara Emenike",
    "chinese": "Qian Kong Shi Yan Lü Mo Bai Xue Hou Jia",
    "spanish": "Cabrera Prieto Vidal Herrera Campos Vega Fuentes Carrasco Caballero Nieto Aguirre Lozano",
    "french": "Renaud Barbier Arnaud Colin Picard Leclerc Fontaine Caron Masson Brun Boucher Giraud",
    "dutch": "van_der_Berg Kuipers Postma Bosman de_Leeuw Timmermans Verbeek Mertens Hermans Claassen",
    "scottish": "Docherty McKay Shearer Lindsay Hamilton Buchan Kirkwood Nairn Abernethy Carmichael",
    "arabic": "Bitar Haddadin Jabbour Karam Maalouf Nahas Sabra Salloum Tannous Younes",
    "russian": "Bogdanow Wassiljewa Tarassow Schukow Kalinin Bykow Golubew Medwedew Tichonow Filippow",
}


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def table():
    """origin -> (female, male, surnames) as lists."""
    return {o: (_split(f), _split(m), _split(s) + _split(EXTRA_SURNAMES.get(o, "")))
            for o, (f, m, s) in ORIGINS.items()}


def all_names_lower():
    out = set()
    for f, m, s in table().values():
        for n in f + m + s:
            out.add(n.lower())
            for part in n.replace("-", " ").split():
                out.add(part.lower())
    return out


_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr",
           "kr", "tr", "st", "sch", "th", "h", "w", "j"]
_VOWELS = ["a", "e", "i", "o", "u", "ei", "au", "ie", "ae", "ou"]
_CODAS = ["", "", "n", "r", "l", "s", "m", "k", "t", "nd", "rt", "ck", "ng"]
_END_F = ["a", "ine", "ela", "ika", "ene", "ia", "ette"]
_END_S = ["er", "mann", "ski", "ow", "ić", "son", "ak", "ides", "elli", "bach", "ner", "ley", "hoff"]


def invented(rng, known, female):
    """An invented given name and surname, neither in any list."""
    while True:
        g = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
        g += rng.choice(_END_F) if female else rng.choice(["o", "an", "ek", "us", "in", "ard", "el"])
        s = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) + rng.choice(_END_S)
        g, s = g.capitalize(), s.capitalize()
        if g.lower() in known or s.lower() in known or len(g) < 4 or len(s) < 5:
            continue
        return g, s
