"""Name lists for the held-out half of the twenty-ninth PII bank (heldout29).

Written for this half; no package is read. Each origin has male and female given
names and surnames. A surname written as ``Male/Female`` has a female form of its
own (Polish, Czech, Russian, Greek, Baltic names). Names that are ordinary words
(Baker, Hunter, Wolf, Koch ...) are kept in ORDINARY_EN and ORDINARY_DE and are
drawn at a fixed rate instead.
"""

ORIGINS = {
    "german": dict(
        m="Lukas, Jonas, Leon, Finn, Elias, Paul, Felix, Maximilian, Noah, Ben, Tim, Jan, Niklas, Moritz, "
          "Tobias, Florian, Sebastian, Matthias, Stefan, Thomas, Andreas, Michael, Markus, Christian, Daniel, "
          "Alexander, Dirk, Jörg, Uwe, Jürgen, Klaus, Wolfgang, Dieter, Rainer, Bernd, Holger, Sven, Torsten, "
          "Kai, Lars, Henrik, Ole, Malte, Till, Hannes, Philipp, Benedikt, Konstantin, Friedrich, Heinrich, "
          "Gerhard, Helmut, Manfred, Volker, Ingo, Björn, Carsten, Detlef, Hartmut, Lothar, Ulrich, Winfried, "
          "Ralf, Timo, Fabian, Dominik, Marcel, Pascal, Jannik, Mats, Henning, Jens, Nils, Gregor, Wilhelm, "
          "Ludger, Eckhard, Gunnar, Arne, Thorben, Joachim, Rüdiger",
        f="Anna, Lena, Hannah, Mia, Emma, Sophie, Marie, Laura, Lea, Julia, Katharina, Sabine, Petra, Monika, "
          "Ute, Birgit, Heike, Anja, Claudia, Susanne, Nicole, Stefanie, Melanie, Sandra, Kerstin, Silke, "
          "Ines, Doris, Renate, Gisela, Ingrid, Ursula, Karin, Annika, Johanna, Charlotte, Greta, Frieda, "
          "Ida, Clara, Paula, Merle, Jana, Franziska, Theresa, Carolin, Svenja, Wiebke, Frauke, Luise, Helga, "
          "Elke, Dagmar, Gudrun, Antje, Jutta, Miriam, Tanja, Nadine, Katrin, Bettina, Regine, Henrike, "
          "Friederike, Mareike, Imke, Gesa, Almut, Hildegard, Annegret",
        s="Müller, Schmidt, Meyer, Weber, Wagner, Becker, Schulz, Hoffmann, Richter, Neumann, Zimmermann, "
          "Krüger, Hartmann, Werner, Krause, Lehmann, Köhler, Herrmann, Walter, Mayer, Huber, Peters, Möller, "
          "Scholz, Lorenz, Baumann, Franke, Albrecht, Ludwig, Winkler, Böhm, Schuster, Kraus, Schumacher, "
          "Vogt, Otto, Brandt, Haas, Schreiber, Dietrich, Ziegler, Kuhn, Pohl, Bergmann, Voigt, Arnold, "
          "Pfeiffer, Beck, Lenz, Seidel, Brinkmann, Hesse, Ebert, Kühn, Rieger, Wendt, Gebauer, Thiele, "
          "Brückner, Decker, Kessler, Mertens, Janssen, Rademacher, Ostermann, Wessels, Hinrichs, Behrens, "
          "Gerdes, Dreyer, Tiedemann, Claussen, Carstens, von Arnim, von der Heyde, zu Dohna, Kirchhoff, "
          "Niemeyer, Overbeck, Reinholz, Steinbrecher, Hollmann, Lindemann, Ullrich, Schilling, Gottschalk, "
          "Hempel, Kästner, Lüdtke, Matthes, Rothe, Seifert, Uhlig, Zander, Wolff, Quast, Pahl, Wiegand, "
          "Heitmann, Kretschmer, Sievers, Tautz, Möbius, Griesbach, Harms, Jessen, Oltmanns, Ruppert, "
          "Stöcker, Vollmer, Wiechert, Buchholz, Eilers, von Bülow, von Hagen, vom Bruch, von der Linde, von Bredow, "
          "von Rohr",
    ),
    "austrian": dict(
        m="Florian, Jakob, Christoph, Bernhard, Gerald, Günther, Herbert, Josef, Franz, Johann, Alois, "
          "Leopold, Ferdinand, Valentin, Raphael, Clemens, Roland, Reinhard, Ernst, Engelbert, Vinzenz, "
          "Sepp, Hubert, Gottfried, Markus, Manuel, Lorenz, Elias, Anton, Kilian, Wendelin, Stefan, "
          "Harald, Gernot, Siegfried, Rupert",
        f="Theresa, Magdalena, Elisabeth, Johanna, Veronika, Christina, Barbara, Rosalia, Hermine, Maria, "
          "Valentina, Leonie, Verena, Gertraud, Waltraud, Roswitha, Hannelore, Ilse, Marlene, Isabella, "
          "Viktoria, Sarah, Anna, Katharina, Cornelia, Sieglinde, Notburga, Resi, Burgi, Stefanie, Lisa",
        s="Gruber, Huber, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Eder, Schmid, "
          "Winkler, Weber, Maier, Mayr, Wimmer, Egger, Brunner, Baumgartner, Auer, Binder, Lechner, "
          "Wallner, Aigner, Ebner, Koller, Lehner, Haas, Schuster, Holzer, Riegler, Hafner, Kogler, Pölzl, "
          "Oberhuber, Unterberger, Ortner, Hinterleitner, Zauner, Pirker, Strobl, Fink, Grabner, Hackl, "
          "Kainz, Mitterer, Obermayr, Pfeifer, Rauscher, Schwaiger, Stadlbauer, Tschernutter, Url, "
          "Wieser, Zechner, Hörmann, Lindner, Prammer, Haider",
    ),
    "swiss": dict(
        m="Urs, Beat, Reto, Lukas, Marco, Jürg, Ueli, Peter, Hansruedi, Res, Stefan, Roger, Martin, "
          "Christoph, Fabian, Simon, Nicolas, Luca, Gian, Flurin, Corsin, Mattia, Levin, Dario, Cédric, "
          "Yannick, Adrian, Kurt, Walter, Mathias, Thomas, Remo",
        f="Regula, Verena, Barbara, Ursula, Brigitte, Corinne, Nadja, Seraina, Ladina, Mirjam, Sibylle, "
          "Rahel, Nicole, Andrea, Sandra, Daniela, Esther, Susanne, Franziska, Chantal, Martina, Jasmin, "
          "Livia, Lara, Nina, Alina, Elena, Annina, Fabienne, Deborah, Anita, Cornelia",
        s="Meier, Schmid, Keller, Gerber, Brunner, Frei, Moser, Widmer, Wyss, Suter, Bachmann, Studer, "
          "Bühler, Kälin, Hess, Ammann, Egli, Zürcher, Lüthi, Aebischer, Tschanz, Gasser, Hügli, Rüegg, "
          "Schärer, Zbinden, Bösch, Kuster, Caflisch, Casutt, Cavelti, Capaul, Bernasconi, Favre, Rochat, "
          "Bonvin, Guggisberg, Imhof, Jäggi, Nussbaumer, Stucki, Flückiger, Zwahlen, Hirschi, Mathys, "
          "Oberholzer, Sigrist, Tobler, Vontobel, Wälti, Zumbühl, Ackermann, Blaser, Kunz, Gisler, von Gunten, "
          "von Arx, von Allmen, von Känel, de Weck, von Wattenwyl",
    ),
    "turkish": dict(
        m="Mehmet, Mustafa, Ahmet, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Cem, Eren, Furkan, "
          "Kemal, Serkan, Volkan, Yusuf, Ömer, Osman, Kaan, Arda, Berk, Tarık, Onur, Barış, Erkan, Levent, "
          "Ufuk, Oğuz, Selim, Tolga, Uğur",
        f="Ayşe, Fatma, Emine, Elif, Zeynep, Merve, Esra, Büşra, Derya, Gül, Hatice, Özlem, Sevgi, Selin, "
          "Ebru, Dilek, Aylin, Cansu, Ece, Melike, Sibel, Songül, Tuba, Yasemin, Nesrin, Gizem, İrem, Seda, "
          "Pınar, Tülay, Gökçe, Şule",
        s="Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, "
          "Kılıç, Çetin, Koç, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güler, Akın, Tekin, Acar, Bulut, "
          "Keskin, Ünal, Karaca, Avcı, Tuncer, Gündoğdu, Bayram, Güneş, Aktaş, Duman, Uysal, Kocabaş, "
          "Sarıkaya, Yavuz, Özer, Kalkan, Ergün, Toprak, Coşkun, Altun",
    ),
    "polish": dict(
        m="Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Łukasz, Jakub, Kamil, Mateusz, Dawid, "
          "Grzegorz, Rafał, Wojciech, Bartosz, Szymon, Marek, Andrzej, Stanisław, Zbigniew, Jerzy, Artur, "
          "Przemysław, Mirosław, Kacper",
        f="Katarzyna, Małgorzata, Agnieszka, Ewa, Krystyna, Magdalena, Joanna, Aleksandra, Monika, Natalia, "
          "Zofia, Maja, Karolina, Dorota, Beata, Justyna, Iwona, Agata, Paulina, Weronika, Marta, Halina, "
          "Grażyna, Bożena, Wiktoria",
        s="Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, "
          "Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, "
          "Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Kwiatkowski/Kwiatkowska, "
          "Krawczyk, Piotrowski/Piotrowska, Grabowski/Grabowska, Nowakowski/Nowakowska, "
          "Pawłowski/Pawłowska, Michalski/Michalska, Nowicki/Nowicka, Adamczyk, Dudek, Zając, Wieczorek, "
          "Jabłoński/Jabłońska, Majewski/Majewska, Olszewski/Olszewska, Jaworski/Jaworska, Wróbel, "
          "Malinowski/Malinowska, Pawlak, Witkowski/Witkowska, Walczak, Stępień, Górski/Górska, "
          "Rutkowski/Rutkowska, Michalak, Sikora, Ostrowski/Ostrowska, Szewczyk, Błaszczyk, Chmielewski/Chmielewska",
    ),
    "italian": dict(
        m="Marco, Giuseppe, Giovanni, Francesco, Alessandro, Matteo, Lorenzo, Davide, Simone, Federico, "
          "Riccardo, Stefano, Paolo, Roberto, Antonio, Salvatore, Vincenzo, Gabriele, Fabio, Emanuele, "
          "Claudio, Massimo, Nicola, Pietro, Tommaso, Leonardo, Enrico, Gianluca, Domenico, Carmine",
        f="Giulia, Francesca, Chiara, Sara, Martina, Valentina, Alessia, Federica, Elisa, Silvia, Giorgia, "
          "Elena, Paola, Roberta, Simona, Ilaria, Beatrice, Aurora, Sofia, Camilla, Ginevra, Lucia, "
          "Teresa, Serena, Cristina, Alessandra, Veronica, Annalisa, Donatella, Gaia",
        s="Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
          "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, "
          "Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Gentile, Martinelli, Vitale, Lombardo, "
          "Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Ferraro, Ferri, Fabbri, Marini, "
          "Di Stefano, Lo Bianco, Messina, Pellegrini, Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo, "
          "Morelli, Amato, Bellini, Cocco, Esposti, Guerra",
    ),
    "russian": dict(
        m="Alexei, Dmitri, Sergei, Andrei, Mikhail, Nikolai, Vladimir, Pavel, Yuri, Oleg, Igor, Maxim, "
          "Artyom, Boris, Denis, Anton, Kirill, Grigori, Viktor, Vadim, Stanislav, Yevgeni, Ilya, Timur, Gleb",
        f="Natalia, Olga, Tatiana, Yelena, Svetlana, Irina, Anastasia, Ekaterina, Darya, Ksenia, Yulia, "
          "Marina, Lyudmila, Galina, Polina, Alina, Vera, Nadezhda, Larisa, Valentina, Veronika, "
          "Yevgenia, Zoya, Lidia, Alla",
        s="Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Vasiliev/Vasilieva, "
          "Petrov/Petrova, Sokolov/Sokolova, Mikhailov/Mikhailova, Novikov/Novikova, Fedorov/Fedorova, "
          "Morozov/Morozova, Volkov/Volkova, Alekseev/Alekseeva, Lebedev/Lebedeva, Semenov/Semenova, "
          "Egorov/Egorova, Pavlov/Pavlova, Kozlov/Kozlova, Stepanov/Stepanova, Nikolaev/Nikolaeva, "
          "Orlov/Orlova, Andreev/Andreeva, Makarov/Makarova, Nikitin/Nikitina, Zakharov/Zakharova, "
          "Zaitsev/Zaitseva, Soloviev/Solovieva, Borisov/Borisova, Yakovlev/Yakovleva, "
          "Grigoriev/Grigorieva, Vorobiev/Vorobieva, Sergeev/Sergeeva, Frolov/Frolova, Belov/Belova, "
          "Medvedev/Medvedeva, Tarasov/Tarasova, Belyaev/Belyaeva, Kiselev/Kiseleva, Sorokin/Sorokina, "
          "Gusev/Guseva",
    ),
    "ukrainian": dict(
        m="Oleksandr, Andriy, Serhiy, Volodymyr, Mykola, Taras, Bohdan, Yaroslav, Vasyl, Dmytro, Ihor, "
          "Petro, Oleh, Yuriy, Maksym, Vitaliy, Ostap, Stepan, Roman, Arsen",
        f="Olena, Oksana, Iryna, Nataliya, Tetyana, Yuliya, Kateryna, Halyna, Svitlana, Oleksandra, "
          "Viktoriya, Daryna, Solomiya, Khrystyna, Lesya, Mariya, Zoriana, Ulyana, Anastasiya, Nadiya",
        s="Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Oliynyk, Shevchuk, Koval, Polishchuk, "
          "Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, "
          "Levchenko, Kharchenko, Karpenko, Melnyk, Boyko, Kovalchuk, Ponomarenko, Sydorenko, Hnatyuk, "
          "Zinchenko, Yurchenko, Dovzhenko, Hrytsenko, Ostapchuk, Savchuk, Lytvyn, Kostenko",
    ),
    "arabic": dict(
        m="Mohammed, Ahmad, Omar, Khaled, Yousef, Hassan, Hussein, Karim, Samir, Tarek, Walid, Rami, "
          "Fadi, Bilal, Mahmoud, Nabil, Hamza, Jamal, Zaid, Adnan, Faisal, Majid, Anas, Amir, Sami, Nasser, "
          "Ziad, Hisham, Marwan",
        f="Fatima, Aisha, Mariam, Layla, Nour, Rania, Salma, Yasmin, Huda, Dina, Lina, Amira, Samira, "
          "Zainab, Hana, Reem, Maha, Nadia, Lubna, Rasha, Dalia, Ghada, Hiba, Amal, Farah, Manal, Widad, "
          "Suha, Rawan, Jumana",
        s="Al-Sayed, Haddad, Khalil, Mansour, Saleh, Hamdan, Aziz, Ben Ali, Al-Masri, Abdullah, Ibrahim, "
          "Khoury, Najjar, Darwish, Youssef, Qasim, Othman, Salem, Rahman, Jaber, Bakr, Karam, Awad, "
          "Shaheen, Zayed, Al-Hashimi, El-Amin, Mahfouz, Barakat, Suleiman, Tawfik, Hamad, Issa, Habib, "
          "Nassar, Al-Khatib, Sabbagh, Mourad",
    ),
    "kurdish": dict(
        m="Rêbaz, Azad, Baran, Hozan, Kawa, Ciwan, Serhat, Zana, Rojhat, Berzan, Şivan, Dildar, Hogir, "
          "Mervan, Delil, Aram, Karwan, Soran, Botan, Rizgar, Zagros, Welat",
        f="Rojda, Berfin, Zilan, Dilan, Nazdar, Şirin, Hêvî, Rojin, Jiyan, Avin, Newroz, Berivan, "
          "Gulistan, Helin, Delal, Nergiz, Ronahî, Viyan, Sozdar, Bêrîvan",
        s="Amedi, Zebari, Hawrami, Barwari, Doski, Sindi, Mizuri, Rekani, Kurdi, Baban, Dizayi, Hakkari, "
          "Mamo, Sheikhani, Gerdi, Shexo, Ekinci, Zaxoyî, Botani, Xelîl, Rashid, Tunç",
    ),
    "persian": dict(
        m="Reza, Mehdi, Hossein, Dariush, Kamran, Farhad, Behnam, Arash, Babak, Navid, Omid, Payam, Saeed, "
          "Siamak, Kourosh, Parviz, Hamid, Ramin, Shahram, Farid, Nima, Pouya, Armin, Sina, Kian",
        f="Maryam, Shirin, Leila, Parisa, Nasrin, Azadeh, Mahsa, Niloufar, Roya, Sahar, Setareh, Yasaman, "
          "Mina, Golnaz, Laleh, Neda, Shabnam, Ladan, Mitra, Negar, Haleh, Farzaneh, Bahar, Ziba, Taraneh",
        s="Ahmadi, Hosseini, Mohammadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Sadeghi, Kazemi, "
          "Ebrahimi, Ghasemi, Mousavi, Shirazi, Tehrani, Esfahani, Farahani, Sharifi, Najafi, Nouri, "
          "Bagheri, Amini, Rostami, Akbari, Ansari, Zamani, Salehi, Tavakoli, Yazdani, Ghorbani, Heidari, "
          "Soltani, Khorasani, Parsa, Navabi",
    ),
    "greek": dict(
        m="Georgios, Dimitrios, Konstantinos, Ioannis, Nikolaos, Panagiotis, Christos, Vasileios, "
          "Athanasios, Evangelos, Spyros, Stavros, Theodoros, Kostas, Yannis, Nikos, Michalis, Petros, "
          "Stelios, Thanasis, Apostolos, Lefteris, Manolis, Sotiris, Alexandros",
        f="Eleni, Aikaterini, Vasiliki, Angeliki, Dimitra, Georgia, Eirini, Konstantina, Despoina, "
          "Panagiota, Chrysa, Stella, Athina, Theodora, Zoi, Kalliopi, Niki, Ioanna, Eftychia, Foteini, "
          "Marina, Evdokia, Paraskevi, Sofia, Maria",
        s="Papadopoulos/Papadopoulou, Papadakis/Papadaki, Georgiou, Nikolaidis/Nikolaidou, Papageorgiou, "
          "Oikonomou, Karagiannis/Karagianni, Vasileiou, Makris/Makri, Dimitriou, "
          "Konstantinidis/Konstantinidou, Ioannidis/Ioannidou, Christodoulou, Antoniou, Pappas/Pappa, "
          "Alexiou, Theodorou, Athanasiou, Kyriakou, Angelopoulos/Angelopoulou, Nikolaou, "
          "Michailidis/Michailidou, Raptis/Rapti, Stavropoulos/Stavropoulou, Papanikolaou, "
          "Kostopoulos/Kostopoulou, Tsakiris/Tsakiri, Lamprou, Galanis/Galani, Mavridis/Mavridou, "
          "Panagiotou, Zervas/Zerva, Samaras/Samara, Vlachos/Vlachou, Manolakis/Manolaki, Sarris/Sarri",
    ),
    "balkan": dict(
        m="Marko, Nikola, Luka, Milan, Dragan, Goran, Zoran, Dejan, Nenad, Bojan, Petar, Miloš, "
          "Aleksandar, Tomislav, Ante, Josip, Mladen, Damir, Emir, Edin, Haris, Tarik, Jasmin, Nermin, "
          "Mirza, Amar, Dimitar, Georgi, Hristo, Stoyan, Janez, Matej, Rok, Žiga",
        f="Jelena, Milica, Marija, Ivana, Tamara, Snežana, Dragana, Jovana, Katarina, Vesna, Mirjana, "
          "Sanja, Tijana, Nina, Petra, Lucija, Mateja, Amra, Lejla, Emina, Selma, Azra, Merima, Desislava, "
          "Yordanka, Radka, Tanja, Nevena, Bojana, Vesela",
        s="Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, "
          "Popović, Todorović, Horvat, Kovačević, Babić, Marić, Jurić, Knežević, Vuković, Perić, Tomić, "
          "Božić, Hodžić, Hadžić, Begić, Mehmedović, Delić, Kovač, Čolak, Omerović, Hasanović, Krajnc, "
          "Zupan, Golob, Mlakar, Georgiev, Dimitrov, Petkov, Todorov, Stoyanov, Nikolov, Kolev, Angelov, "
          "Radić, Šarić, Lukić",
    ),
    "albanian": dict(
        m="Arben, Arjan, Besnik, Blerim, Driton, Fatmir, Gentian, Ilir, Kujtim, Labinot, Lulzim, Mentor, "
          "Naim, Valon, Visar, Agron, Artan, Bekim, Dardan, Edon, Erion, Florent, Granit, Kreshnik, Shkelzen",
        f="Albana, Arta, Blerta, Dafina, Drita, Elira, Fjolla, Genta, Jehona, Kaltrina, Liridona, Mimoza, "
          "Teuta, Valbona, Vjosa, Besa, Diellza, Erza, Lirie, Rina, Shpresa, Njomza, Qendresa, Arbnora, Donika",
        s="Hoxha, Krasniqi, Berisha, Gashi, Shala, Morina, Rexhepi, Bytyqi, Kelmendi, Hyseni, Ahmeti, "
          "Sadiku, Shehu, Dervishi, Basha, Kastrati, Haliti, Islami, Selimi, Zeqiri, Leka, Dushku, Musliu, "
          "Osmani, Jashari, Beqiri, Kryeziu, Sylejmani, Murati, Bajrami",
    ),
    "romanian": dict(
        m="Alexandru, Ionuț, Mihai, Florin, Adrian, Cristian, Gabriel, Marius, Bogdan, Ciprian, Dragoș, "
          "Sorin, Vlad, Radu, Cătălin, Ovidiu, Lucian, Claudiu, Tudor, Ștefan, Costel, Dorin, Emil, Horia, Viorel",
        f="Ioana, Elena, Andreea, Alexandra, Mihaela, Cristina, Gabriela, Raluca, Bianca, Roxana, Irina, "
          "Oana, Diana, Alina, Simona, Corina, Daniela, Adriana, Iulia, Larisa, Loredana, Camelia, Denisa, "
          "Anca, Ileana",
        s="Popescu, Ionescu, Popa, Dumitru, Stoica, Stan, Gheorghe, Rusu, Munteanu, Matei, Constantin, "
          "Șerban, Moldovan, Lungu, Dinu, Ciobanu, Ene, Florea, Ilie, Nistor, Dobre, Sandu, Barbu, Toma, "
          "Vasile, Cojocaru, Diaconu, Preda, Neagu, Manole, Zamfir, Voicu, Iordache, Lazăr, Răducanu, "
          "Dragomir, Oprea",
    ),
    "czech": dict(
        m="Jan, Petr, Jiří, Josef, Pavel, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Michal, Lukáš, "
          "Ondřej, Vojtěch, Radek, Karel, Libor, Vít, Filip, Matěj, Bohumil, Vratislav",
        f="Jana, Eva, Hana, Lenka, Kateřina, Lucie, Věra, Alena, Petra, Veronika, Tereza, Jitka, Zuzana, "
          "Markéta, Barbora, Klára, Michaela, Kristýna, Ivana, Šárka, Blanka, Dagmar, Radka, Vendula",
        s="Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, "
          "Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, "
          "Pokorný/Pokorná, Pospíšil/Pospíšilová, Hájek/Hájková, Jelínek/Jelínková, Král/Králová, "
          "Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková, Doležal/Doležalová, "
          "Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová, Čermák/Čermáková, Vaněk/Vaňková, "
          "Blažek/Blažková, Kříž/Křížová, Kovář/Kovářová, Bartoš/Bartošová, Vlček/Vlčková, "
          "Polák/Poláková, Musil/Musilová, Šimek/Šimková, Kopecký/Kopecká, Holub/Holubová, "
          "Štěpánek/Štěpánková, Kadlec/Kadlecová, Dušek/Dušková",
    ),
    "hungarian": dict(
        m="László, István, József, János, Zoltán, Sándor, Gábor, Ferenc, Attila, Péter, Tamás, Zsolt, "
          "Balázs, Csaba, Gergely, Levente, Bence, Ádám, Márton, Tibor, Imre, Lajos, Miklós, Dávid, Botond",
        f="Mária, Erzsébet, Katalin, Ilona, Éva, Zsuzsanna, Margit, Judit, Ágnes, Krisztina, Erika, "
          "Eszter, Orsolya, Réka, Zsófia, Dóra, Boglárka, Nóra, Anikó, Tímea, Enikő, Gabriella, Hajnalka, "
          "Piroska, Csilla",
        s="Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, "
          "Juhász, Lakatos, Mészáros, Oláh, Rácz, Fekete, Szilágyi, Török, Fehér, Gál, Szűcs, Kocsis, "
          "Orsós, Pintér, Fodor, Szalai, Sipos, Magyar, Lukács, Gulyás, Biró, Király, Katona, Bodnár, "
          "Vörös, Hegedűs",
    ),
    "dutch": dict(
        m="Pieter, Dirk, Willem, Joost, Bram, Daan, Sem, Thijs, Ruben, Jeroen, Maarten, Sander, Bas, "
          "Niels, Wouter, Koen, Stijn, Joris, Gerrit, Hendrik, Klaas, Sjoerd, Teun, Jasper, Floris, Ruud, "
          "Arjen, Tijmen, Hidde, Wessel",
        f="Anouk, Sanne, Lotte, Femke, Fleur, Iris, Marloes, Noor, Lieke, Roos, Esther, Annemiek, Ilse, "
          "Marieke, Willemijn, Janneke, Inge, Els, Margriet, Hanneke, Tessa, Maud, Saskia, Froukje, "
          "Wietske, Nienke, Evi, Floor, Jikke",
        s="de Jong, Jansen, de Vries, van den Berg, van Dijk, Visser, Smit, Meijer, de Boer, Mulder, "
          "de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, "
          "van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, "
          "van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, "
          "Hoekstra, Verhoeven, Koster, van Dam, van der Sloot, ter Horst, Blom, Huisman, Veenstra, "
          "Kuipers, Postma, Zwart, Timmermans",
    ),
    "french": dict(
        m="Jean, Pierre, Louis, Julien, Antoine, Mathieu, Guillaume, Sébastien, Olivier, Laurent, "
          "Philippe, Christophe, Vincent, François, Maxime, Théo, Baptiste, Romain, Clément, Adrien, "
          "Benoît, Yves, Gilles, Didier, Thierry, Jean-Luc, Jean-Marc, Loïc, Hervé, Arnaud",
        f="Marie, Camille, Léa, Manon, Chloé, Julie, Émilie, Céline, Nathalie, Isabelle, Sandrine, "
          "Valérie, Aurélie, Claire, Élodie, Margaux, Inès, Juliette, Pauline, Amélie, Océane, Anaïs, "
          "Mathilde, Hélène, Sylvie, Anne-Sophie, Marie-Claire, Agathe, Solène, Maëlle",
        s="Bernard, Dubois, Robert, Richard, Durand, Leroy, Moreau, Lefebvre, Michel, David, Bertrand, "
          "Roux, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, Legrand, "
          "Garnier, Faure, Rousseau, Guérin, Henry, Roussel, Perrin, Morin, Gauthier, Dumont, "
          "Chevalier, Robin, de la Fontaine, Lemaire, Duval, Leclerc, Marchand, Dufour, Lacroix, Caron, "
          "Giraud, Boucher, Fabre, Delorme",
    ),
    "spanish": dict(
        m="José, Manuel, Francisco, Javier, Carlos, Jesús, Alejandro, Miguel, Rafael, Pablo, Sergio, "
          "Fernando, Jorge, Alberto, Álvaro, Diego, Adrián, Raúl, Enrique, Rubén, Iván, Óscar, Andrés, "
          "Ignacio, Gonzalo, Joaquín",
        f="María, Carmen, Isabel, Lucía, Marta, Pilar, Raquel, Rocío, Beatriz, Nuria, Irene, Patricia, "
          "Alba, Noelia, Inés, Montserrat, Ainhoa, Lorena, Marina, Sonia, Consuelo, Mercedes, Begoña, "
          "Itziar, Amparo",
        s="García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, "
          "Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, "
          "Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Molina, Morales, Suárez, Ortega, Delgado, "
          "Castro, Ortiz, Rubio, Marín, Sanz, Iglesias, Medina, Garrido, Cortés, Castillo, del Río, "
          "de la Cruz, Vega, Herrera, Aranda, Echeverría",
    ),
    "portuguese": dict(
        m="João, Pedro, Tiago, Rui, Nuno, Gonçalo, Duarte, Rodrigo, Afonso, Ricardo, Luís, Paulo, Sérgio, "
          "Hélder, Vasco, Diogo, Fábio, Marcelo, Thiago, Gustavo, Leandro, Caio, Rafael, Bruno",
        f="Beatriz, Mariana, Joana, Catarina, Rita, Filipa, Carla, Leonor, Matilde, Raquel, Bárbara, "
          "Fernanda, Camila, Letícia, Juliana, Larissa, Inês, Sofia, Teresa, Vitória, Graça, Conceição",
        s="Silva, Santos, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, "
          "Gomes, Marques, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, "
          "Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Simões, Antunes, Matos, "
          "da Silva, dos Santos, Barbosa, Azevedo, Figueiredo, Magalhães, Quintela",
    ),
    "nordic": dict(
        m="Erik, Lars, Anders, Johan, Karl, Olof, Magnus, Mikael, Fredrik, Gustav, Axel, Oskar, "
          "Sven, Jens, Søren, Rasmus, Mads, Kasper, Frederik, Thor, Sindre, Eirik, Håkon, Sigurd, Jón, "
          "Viggo, Torbjørn",
        f="Ingrid, Astrid, Kristina, Elin, Linnea, Ebba, Freja, Sigrid, Solveig, Ingeborg, Liv, Kari, "
          "Silje, Marte, Mette, Pernille, Signe, Louise, Birgitte, Guðrún, Malin, Emelie, Tove, Agnete, Ylva",
        s="Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
          "Gustafsson, Pettersson, Jonsson, Lindberg, Lindqvist, Lindström, Bergström, Sjöberg, Lundgren, "
          "Holm, Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nielsen, Jensen, Christensen, "
          "Rasmussen, Sørensen, Haugen, Dahl, Bakke, Halvorsen, Solberg, Moen, Jónsson, Sigurðsson, "
          "Engström, Ekström, Nyström, Åberg",
    ),
    "finnish": dict(
        m="Mikko, Juha, Jari, Matti, Pekka, Antti, Jukka, Markku, Ville, Janne, Tuomas, Sami, Heikki, "
          "Lauri, Eero, Aleksi, Joonas, Onni, Veikko, Petteri, Ilkka, Tapio, Kimmo",
        f="Aino, Eeva, Helmi, Kaisa, Liisa, Minna, Päivi, Riikka, Sari, Tiina, Satu, Anu, Elina, Sanna, "
          "Katja, Noora, Venla, Aada, Pirjo, Marjatta, Sirpa, Outi",
        s="Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, "
          "Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, "
          "Salonen, Turunen, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, "
          "Lahtinen, Ahonen, Lindholm, Hakala, Ojala, Leinonen, Väisänen",
    ),
    "english": dict(
        m="James, John, David, Michael, Paul, Andrew, Mark, Richard, Peter, Stephen, Robert, Christopher, "
          "Daniel, Matthew, Simon, Jonathan, Ian, Gary, Neil, Stuart, Graham, Nigel, Tom, Oliver, Harry, "
          "George, Jack, Charlie, Alfie, Oscar, Arthur, Freddie, Archie, Theo, Henry, Edward, Alfred, Ben, "
          "Sam, Joe, Luke, Adam, Ryan, Jake, Lewis, Nathan, Toby, Hugo, Rupert, Giles, Clive, Trevor, "
          "Keith, Barry, Roger, Colin, Dennis, Will, Jamie, Alex, Dominic, Harvey, Elliot, Reggie, Stanley, "
          "Ralph, Jasper, Miles, Dean, Craig",
        f="Sarah, Emma, Claire, Helen, Rachel, Rebecca, Laura, Charlotte, Sophie, Amy, Hannah, Lucy, "
          "Emily, Olivia, Amelia, Isla, Ava, Mia, Isabella, Grace, Poppy, Daisy, Florence, Evie, Ruby, "
          "Freya, Alice, Phoebe, Imogen, Harriet, Eleanor, Victoria, Catherine, Elizabeth, Joanne, Karen, "
          "Julie, Nicola, Kerry, Gemma, Leanne, Stacey, Zoe, Natalie, Jessica, Lauren, Chloe, Bethany, "
          "Abigail, Holly, Jade, Tilly, Millie, Rosie, Beatrice, Pippa, Wendy, Janet, Pauline, Maureen, "
          "Brenda, Margaret, Susan, Gillian, May, Rose, Hope, Esme, Lottie, Lily-Rose, Ellie-Mae, Anne-Marie, Lacey-Jane, "
          "Sophie-Louise",
        s="Jones, Williams, Taylor, Davies, Evans, Wilson, Johnson, Roberts, Robinson, Thompson, Wright, "
          "Harris, Edwards, Hughes, Harrison, Jackson, Clarke, Allen, Morris, Watson, Phillips, Carter, "
          "Mitchell, Parker, Cooper, Moore, Bennett, Collins, Shaw, Chapman, Ellis, Webb, Richardson, "
          "Simpson, Marshall, Atkinson, Holmes, Adams, Pearson, Butler, Barnes, Fletcher, Harvey, Hayes, "
          "Howard, Hudson, Jenkins, Lawrence, Matthews, Newman, Palmer, Payne, Reynolds, Saunders, "
          "Spencer, Stevens, Sutton, Townsend, Warren, Watts, Webster, Whitfield, Wilkinson, Worthington, "
          "Ashworth, Blackwood, Cartwright, Fairbairn, Hargreaves, Pemberton, Prescott, Rowntree, "
          "Sherwood, Thistlewood, Ainsworth, Bradshaw, Cheetham, Dawson, Eccles, Fenwick, Haworth, "
          "Ingram, Jessop, Kershaw, Lomax, Marsden, Nuttall, Ormerod, Pickering, Ramsbottom, Stansfield, "
          "Tattersall, Uttley, Whittaker, Yates, Featherstone, Greenhalgh, Entwistle, Higginbottom",
    ),
    "american": dict(
        m="Christopher, Joshua, Tyler, Brandon, Justin, Kyle, Austin, Cody, Dustin, Travis, Chad, Brett, "
          "Derek, Kevin, Brian, Jason, Scott, Eric, Jeffrey, Gregory, Bradley, Logan, Ethan, Aiden, "
          "Jayden, Caleb, Wyatt, Landon, Colton, Tanner, Garrett, Dalton, Blake, Dylan, Brody, Hayden, "
          "Jared, Zachary, Cole, Marcus, DeShawn, Darnell, Malik, Terrell, Andre, Tyrone, Jaylen, Cooper",
        f="Jennifer, Jessica, Ashley, Amanda, Brittany, Kayla, Tiffany, Heather, Amber, Courtney, "
          "Danielle, Kimberly, Stephanie, Melissa, Crystal, Brianna, Madison, Alexis, Savannah, Kaitlyn, "
          "Haley, Brooke, Sierra, Kelsey, Lindsey, Mackenzie, Addison, Harper, Aubrey, Avery, Peyton, "
          "Kennedy, Shanice, Keisha, Tanisha, Latoya, Aaliyah, Jasmine, Dakota, Shelby, Kendra, Tara, "
          "Dana, Stacy, Carrie, Jill, Peggy, Darlene, Mary Beth, Sue Ellen, Billie Jo, Anna Grace",
        s="Davis, Anderson, Thomas, Martin, Lee, Clark, Lewis, Scott, Flores, Nelson, Hall, Rivera, "
          "Campbell, Stewart, Murphy, Rogers, Morgan, Peterson, Reed, Bailey, Kelly, Cox, Brooks, Sanders, "
          "Myers, Ross, Foster, Perry, Powell, Sullivan, Russell, Henderson, Coleman, Simmons, Patterson, "
          "Jordan, Hamilton, Graham, Wallace, Woods, Cole, Griffin, Dixon, Washington, Jefferson, "
          "Boudreaux, Thibodeaux, Landry, Fontenot, Guidry, Hebert, Arceneaux, Lindquist, Swanson, "
          "Nussbaum, Abernathy, Beauregard, Calloway, Crenshaw, Dempsey, Eubanks, Fairchild, Holloway, "
          "Jernigan, Kilgore, Langston, McCoy, Merriweather, Pettigrew, Ridgeway, Stallworth, Tillman, "
          "Vance, Whitlock, Yarborough, Zimmerman, Pruitt, Odom, Mayfield, Dunaway, Broussard, Culpepper, "
          "Hutchins, Kowalczyk, Schroeder, Vandermeer, Hollister",
    ),
    "irish": dict(
        m="Seán, Patrick, Ciarán, Conor, Cian, Darragh, Eoin, Fionn, Oisín, Niall, Declan, Colm, Donal, "
          "Diarmuid, Pádraig, Ruairí, Tadhg, Cathal, Brendan, Kieran, Aidan, Shane, Eamon, Ronan, Fergal, "
          "Lorcan, Odhrán, Senan, Mícheál, Dara, John Paul",
        f="Aoife, Saoirse, Niamh, Siobhán, Orla, Róisín, Ciara, Clodagh, Sinéad, Gráinne, Caoimhe, "
          "Aisling, Éabha, Méabh, Síle, Áine, Deirdre, Fionnuala, Bríd, Nuala, Sorcha, Emer, Muireann, "
          "Laoise, Bláthnaid, Eimear, Clíodhna, Maeve, Ailbhe, Doireann, Mary Kate",
        s="O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, "
          "Gallagher, O'Doherty, Kennedy, Lynch, Quinn, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, "
          "Brennan, Burke, Dunne, Fitzgerald, Flanagan, Hegarty, Kavanagh, Keane, Mac Giolla Phádraig, "
          "Ó Súilleabháin, Nolan, Power, Sheehan, Tierney, Whelan, Cullen, Duffy, Egan, Fahy, Geraghty, "
          "Hennessy, Mulligan, McGrath, Ó Briain, Rooney, Spillane, Ó Murchú, Mac Cárthaigh",
    ),
    "scottish": dict(
        m="Alasdair, Angus, Callum, Douglas, Duncan, Euan, Ewan, Fraser, Gregor, Hamish, Iain, Lachlan, "
          "Murdo, Ruaridh, Struan, Torquil, Fergus, Kenneth, Gordon, Graeme, Lennox, Finlay, Innes, Malcolm",
        f="Ailsa, Catriona, Eilidh, Fiona, Kirsty, Mhairi, Morag, Rhona, Shona, Sheena, Iona, Elspeth, "
          "Kenna, Lorna, Marsaili, Mairi, Seonag, Effie, Greer, Moira, Isobel, Jeanie",
        s="McAllister, MacDonald, Robertson, Thomson, MacLeod, MacKenzie, Grant, Morrison, Sinclair, "
          "Crawford, Cunningham, Ferguson, Johnston, Kerr, McGregor, McIntyre, McKay, MacLean, McPherson, "
          "Munro, Ogilvie, Paterson, Ramsay, Sutherland, Urquhart, Buchanan, Drummond, Gillies, Lamont, "
          "Menzies, Baird, Brodie, Dunbar, Galbraith, Kinnear, Mackintosh, Moffat, Rennie, Strachan, "
          "MacAskill",
    ),
    "welsh": dict(
        m="Dafydd, Gareth, Owain, Ieuan, Gwilym, Huw, Emyr, Aled, Geraint, Iwan, Meirion, Osian, Rhodri, "
          "Sion, Tomos, Llewelyn, Bryn, Cai, Elis, Hywel, Idris, Trystan, Rhys",
        f="Angharad, Bethan, Carys, Catrin, Cerys, Eirlys, Ffion, Gwen, Gwenllian, Heledd, Lowri, "
          "Mererid, Nia, Rhiannon, Seren, Siân, Sioned, Tegan, Elen, Alaw, Mali, Eleri, Nerys",
        s="Griffiths, Rees, Lloyd, Pritchard, Parry, Bowen, Howells, Pugh, Vaughan, Llewellyn, Prosser, "
          "Meredith, Gwynne, Rowlands, Probert, Bevan, ap Rhys, Watkins, Prydderch, Gruffydd, Hopkins, "
          "Humphreys, Jarman, Cadwaladr, Maddocks, Madoc, Owen",
    ),
    "indian": dict(
        m="Rahul, Amit, Vikram, Arjun, Rohan, Sanjay, Rajesh, Suresh, Anil, Deepak, Manish, Nikhil, "
          "Pranav, Aditya, Karan, Siddharth, Vivek, Ravi, Arun, Harish, Gaurav, Varun, Ankit, Kunal, "
          "Abhishek, Prakash, Venkatesh, Srinivas, Gurpreet, Jaspal",
        f="Priya, Ananya, Divya, Kavya, Pooja, Neha, Shreya, Anjali, Sunita, Lakshmi, Meera, Nisha, Deepa, "
          "Swati, Aishwarya, Riya, Isha, Sneha, Radhika, Kavitha, Padma, Geeta, Rekha, Simran, Harpreet, "
          "Manpreet, Nandini, Tanvi, Aarti, Jaspreet",
        s="Sharma, Patel, Singh, Kumar, Gupta, Verma, Reddy, Rao, Nair, Iyer, Menon, Pillai, Agarwal, "
          "Mehta, Joshi, Desai, Chopra, Kapoor, Malhotra, Bhatia, Banerjee, Chatterjee, Mukherjee, "
          "Bose, Ghosh, Sengupta, Krishnan, Subramanian, Venkataraman, Chauhan, Thakur, Saxena, "
          "Srivastava, Trivedi, Pandey, Mishra, Dubey, Kulkarni, Deshpande, Gill, Sandhu, Dhillon, Grewal",
    ),
    "pakistani": dict(
        m="Imran, Usman, Asad, Zeeshan, Kashif, Adeel, Naveed, Tariq, Shahid, Waqar, Junaid, Farhan, "
          "Rizwan, Salman, Irfan, Nadeem, Javed, Aamir, Danish, Haris, Saad, Talha, Shoaib, Waseem",
        f="Ayesha, Sana, Hina, Mehwish, Saima, Rabia, Sadia, Amna, Zara, Iqra, Mahnoor, Aleena, Fariha, "
          "Shazia, Nargis, Bushra, Uzma, Farzana, Humaira, Samina, Tahira, Rukhsana, Kiran, Sidra",
        s="Khan, Ahmed, Hussain, Qureshi, Malik, Butt, Chaudhry, Sheikh, Raza, Iqbal, Aslam, Siddiqui, "
          "Mirza, Akhtar, Anwar, Baig, Bhatti, Cheema, Mahmood, Nawaz, Rana, Rehman, Saleem, Zaidi, "
          "Abbasi, Awan, Gondal, Jamil, Khalid, Latif, Memon, Sabir, Yousaf, Zafar, Hashmi",
    ),
    "nigerian": dict(
        m="Chinedu, Emeka, Obinna, Ikechukwu, Chukwuemeka, Oluwaseun, Babatunde, Olumide, Tunde, Femi, "
          "Segun, Kayode, Ayodele, Chidi, Uche, Nnamdi, Ifeanyi, Kelechi, Musa, Abubakar, Sani, Yakubu, "
          "Tobi, Damilola, Olusegun, Gbenga, Ebuka, Kunle",
        f="Ngozi, Chiamaka, Chioma, Adaeze, Nneka, Ifeoma, Amaka, Funmilayo, Folake, Yetunde, Bukola, "
          "Titilayo, Adunni, Omolara, Temitope, Oluwakemi, Hauwa, Halima, Chidinma, Ebere, Ogechi, "
          "Simisola, Ifunanya, Adaora, Morenike, Bisola",
        s="Okafor, Okonkwo, Eze, Nwosu, Obi, Chukwu, Onyeka, Adeyemi, Ogunleye, Olawale, Oyelaran, "
          "Balogun, Bello, Lawal, Ibekwe, Nwachukwu, Okoye, Anyanwu, Akinola, Afolabi, Ogundipe, Oladipo, "
          "Adeleke, Okeke, Uzoma, Emenike, Ezeani, Ugwu, Odunsi, Fashola, Ajayi, Olatunji, Adewale, "
          "Okoro, Nnadi, Ekwueme, Idowu",
    ),
    "ghanaian": dict(
        m="Kwame, Kofi, Kwaku, Kwabena, Yaw, Kojo, Kwesi, Ato, Kobina, Fiifi, Ebo, Kweku, Selorm, Elikem, "
          "Edem, Delali, Mawuli, Senyo, Nii, Kwadwo, Akwasi",
        f="Akosua, Ama, Abena, Adwoa, Afua, Yaa, Efua, Akua, Esi, Araba, Adjoa, Ekua, Dzifa, Enyonam, "
          "Sena, Esinam, Mawunyo, Naa, Dede, Korkor, Adoma, Serwaa, Nhyira",
        s="Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Darko, Frimpong, Gyamfi, Amoah, "
          "Acheampong, Adjei, Addo, Ansah, Antwi, Badu, Bonsu, Danso, Donkor, Ofori, Opoku, Quaye, "
          "Sarpong, Tetteh, Yeboah, Kuffour, Amankwah, Baffour, Quartey, Lamptey, Ashong, Nyarko, Kyei",
    ),
    "kenyan": dict(
        m="Baraka, Jomo, Juma, Kibet, Kiprono, Kiptoo, Kipchumba, Otieno, Ochieng, Omondi, Odhiambo, "
          "Wekesa, Biko, Amani, Chege, Gitau, Mwenda, Kimutai",
        f="Wanjiru, Wambui, Njeri, Nyambura, Wairimu, Akinyi, Achieng, Atieno, Adhiambo, Awino, Chebet, "
          "Jepkosgei, Jeptoo, Nafula, Naliaka, Makena, Nkatha, Kendi, Zawadi, Imani, Neema, Nekesa, "
          "Mumbua, Mwende, Kawira",
        s="Kamau, Mwangi, Njoroge, Kariuki, Kimani, Karanja, Maina, Githinji, Wanyama, Ouma, Oduor, "
          "Owino, Okoth, Korir, Kiprotich, Rotich, Kiplagat, Cheruiyot, Langat, Mutai, Koech, Mutua, "
          "Musyoka, Kilonzo, Wambua, Nyaga, Muriuki, Ndungu, Gachanja, Wafula, Simiyu, Onyango, Omollo",
    ),
    "chinese": dict(
        m="Wei, Jun, Hao, Lei, Jie, Ming, Qiang, Tao, Bo, Feng, Gang, Jian, Peng, Xin, Yong, Zhen, "
          "Zhiwei, Haoran, Yuxuan, Junjie, Jiahao, Ka-ho, Wing-kit, Chun-wai, Zhiqiang",
        f="Fang, Jing, Xiu, Mei, Yan, Ying, Xia, Juan, Ling, Qing, Hua, Xiaoli, Xiaomei, Yuting, Jiayi, "
          "Shu, Wen, Yue, Ruoxi, Siyu, Mei-ling, Wai-man, Hui-min, Lijuan, Xiaoyan",
        s="Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Zhu, Guo, Lin, Gao, Luo, Zheng, "
          "Liang, Xie, Tang, Deng, Cao, Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Chan, Wong, "
          "Cheung, Leung, Lau, Tsang, Chow, Kwok, Fong, Yip, Tsui",
    ),
    "japanese": dict(
        m="Haruto, Sota, Yuto, Hiroshi, Takashi, Kenji, Daisuke, Takumi, Kenta, Shota, Ryota, Kazuki, "
          "Naoki, Satoshi, Akira, Makoto, Tatsuya, Koji, Shinji, Yusuke, Masato, Riku, Hayato",
        f="Yui, Aoi, Sakura, Hina, Yuna, Mio, Rin, Haruka, Ayaka, Misaki, Nanami, Yuka, Emi, Keiko, Yoko, "
          "Tomoko, Akiko, Megumi, Asuka, Chihiro, Kaori, Natsuki, Rina, Miyu",
        s="Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, "
          "Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Ikeda, "
          "Hashimoto, Ishikawa, Ogawa, Fujita, Okada, Goto, Hasegawa, Murakami, Kondo, Ishii, Saito, "
          "Sakamoto, Endo, Aoki, Fujii, Nishimura, Fukuda",
    ),
    "korean": dict(
        m="Min-jun, Seo-jun, Ji-ho, Do-yun, Joon-young, Hyun-woo, Sung-min, Jae-won, Dong-hyun, "
          "Tae-yang, Woo-jin, Jin-woo, Sang-hoon, Kyung-soo, Young-ho, Seung-hyun, Ji-hoon, Hyun-jun, "
          "Min-ho, Jun-seo",
        f="Seo-yeon, Ji-woo, Ha-eun, Min-seo, Soo-ah, Ji-min, Yoon-seo, Chae-won, Eun-ji, Hye-jin, "
          "Soo-jin, Ji-yeon, Min-ji, Hyo-jin, Yu-na, Da-eun, Seo-hyun, Na-young, Ye-jin, Su-bin",
        s="Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Seo, Shin, Kwon, Hwang, Ahn, Yoo, Hong, "
          "Jeon, Ko, Bae, Baek, Heo, Nam, Noh, Ryu, Chung",
    ),
    "vietnamese": dict(
        m="Minh, Tuấn, Hùng, Dũng, Quang, Huy, Khoa, Phong, Thành, Trung, Đức, Bảo, Hiếu, Khánh, Sơn, "
          "Vinh, Việt, Cường, Hải, Thắng, Nghĩa, Tùng",
        f="Linh, Lan, Hương, Trang, Thảo, Ngọc, Phương, Thu, Hằng, Huyền, Nhung, Vy, Yến, Quỳnh, Thủy, "
          "Loan, Nga, Tuyết, Hạnh, Diệp, Châu, Oanh",
        s="Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Ngô, Dương, Lý, Trương, "
          "Đinh, Lâm, Trịnh, Đoàn, Lương, Thái, Quách, Kiều",
    ),
    "filipino": dict(
        m="Rodel, Ramil, Arnel, Rommel, Jomar, Jerome, Joel, Ronaldo, Reynaldo, Danilo, Rogelio, Ariel, "
          "Nestor, Efren, Jayson, Marvin, Jericho, Emmanuel, Rey, Dindo, Renato, Edgardo",
        f="Maricel, Marites, Rosalie, Analyn, Jocelyn, Rowena, Marilou, Lorelei, Kristine, Angelica, "
          "Mylene, Charmaine, Liza, Divina, Nenita, Corazon, Imelda, Teresita, Remedios, Maribel, Jennylyn",
        s="Dela Cruz, Reyes, Mendoza, Bautista, Villanueva, Aquino, Gonzales, Manalo, Dimaculangan, "
          "Macaraeg, Pangilinan, Soriano, Tolentino, Dizon, Mercado, Salvador, Aguilar, Buenaventura, "
          "Catapang, Dumalagan, Evangelista, Guevarra, Ilagan, Lacson, Magbanua, Ocampo, Panganiban, "
          "Quizon, Roxas, Sison, Valdez, Yap, Zamora, Santiago",
    ),
    "baltic": dict(
        m="Jonas, Tomas, Mantas, Darius, Vytautas, Paulius, Mindaugas, Andrius, Giedrius, Rokas, "
          "Kęstutis, Arūnas, Žygimantas, Jānis, Andris, Mārtiņš, Edgars, Kristaps, Uldis",
        f="Rūta, Eglė, Ieva, Gintarė, Aistė, Jurgita, Agnė, Austėja, Gabija, Inga, Dalia, Vilma, Ilze, "
          "Līga, Zane, Baiba, Laima, Dace",
        s="Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, "
          "Stankevičius/Stankevičienė, Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskienė, "
          "Butkus/Butkienė, Paulauskas/Paulauskienė, Urbonas/Urbonienė, Kavaliauskas/Kavaliauskienė, "
          "Navickas/Navickienė, Ramanauskas/Ramanauskienė, Savickas/Savickienė, Rimkus/Rimkienė, "
          "Baranauskas/Baranauskienė, Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, "
          "Liepiņš/Liepiņa, Krūmiņš/Krūmiņa, Zariņš/Zariņa, Vītols/Vītola, Kļaviņš/Kļaviņa, Balodis/Balode",
    ),
    "ethiopian": dict(
        m="Abebe, Dawit, Yonas, Mulugeta, Girma, Alemayehu, Bereket, Biniam, Eyob, Fikru, Henok, Kidane, "
          "Mesfin, Tekle, Yared, Zerihun, Natnael, Amanuel, Ermias, Tewodros",
        f="Almaz, Selam, Tigist, Meron, Hiwot, Bethlehem, Mahlet, Saba, Tsion, Liya, Eden, Feven, "
          "Kalkidan, Meseret, Senait, Yeshi, Mekdes, Rediet, Bezawit, Tirunesh, Genet, Azeb",
        s="Bekele, Gebre, Gebremedhin, Mekonnen, Alemu, Wolde, Desta, Assefa, Abera, Tefera, Demissie, "
          "Negash, Ayele, Berhane, Hailu, Worku, Mengistu, Yohannes, Asfaw, Lemma, Tadesse, Kebede",
    ),
}

# Surnames that are ordinary words. They are drawn for people of English-speaking
# (en) or German-speaking (de) origin at a fixed rate and occur unlabelled in the
# texts without personal data.
ORDINARY_EN = (
    "Baker, Hunter, Fox, Rose, May, Young, King, Little, Long, Cook, Bird, Hope, Bell, Stone, Wood, "
    "Price, Brown, Black, White, Green, Hill, Marsh, Frost, Bush, Mason, Carpenter, Fisher, Miller, "
    "Shepherd, Turner, Walker, Wolf, Swan, Crane, Sharp, Strong, Short, Small, Rich, Noble, Knight, "
    "Bishop, Page, Chambers, Winter, Summers, Lamb, Hawk, Pike, Steel, Hunt, Gray, West, Wells, Mills, "
    "Hall, Waters, Fields, Lane, Brook, Baptist, Grace"
)
ORDINARY_DE = (
    "Wolf, Koch, Fuchs, Bauer, Vogel, Winter, Sommer, Jäger, König, Klein, Lang, Hahn, Kaiser, Engel, "
    "Schwarz, Braun, Fischer, Schneider, Weiß, Stein, Jung, Busch, Horn, Sauer, Graf, Berg, Keller, "
    "Ernst, Stark, Kurz, Meister, Schäfer, Schmied, Adler, Hase, Frost, Stolz, Fink, Storch, Strauß, "
    "Baum, Sonntag, Freitag, Mai, Reiter, Förster, Fröhlich, Roth, Lange, Gross"
)

# Weights of the origins per text language (relative). Country boosts multiply.
WEIGHTS = {
    "en": {
        "english": 30, "american": 24, "irish": 9, "scottish": 5, "welsh": 3, "indian": 4,
        "pakistani": 3, "nigerian": 2, "ghanaian": 1, "kenyan": 1, "chinese": 2, "japanese": 1,
        "korean": 1, "vietnamese": 1, "filipino": 1, "german": 2, "polish": 1.5, "italian": 1.5,
        "spanish": 1.5, "french": 1.5, "portuguese": 1, "dutch": 1, "nordic": 1, "finnish": 0.5,
        "greek": 0.7, "turkish": 0.8, "arabic": 1, "persian": 0.6, "kurdish": 0.3, "russian": 0.7,
        "ukrainian": 0.6, "balkan": 0.6, "albanian": 0.4, "romanian": 0.6, "czech": 0.4,
        "hungarian": 0.4, "austrian": 0.4, "swiss": 0.4, "baltic": 0.4, "ethiopian": 0.4,
    },
    "de": {
        "german": 30, "austrian": 11, "swiss": 9, "turkish": 7, "polish": 3.5, "italian": 3.5,
        "russian": 2.5, "ukrainian": 2, "arabic": 2.5, "kurdish": 1.2, "persian": 1.2, "greek": 1.5,
        "balkan": 3, "albanian": 1.5, "romanian": 1.5, "czech": 1, "hungarian": 1, "dutch": 1.2,
        "french": 1.2, "spanish": 1, "portuguese": 1, "nordic": 0.8, "finnish": 0.4, "english": 1.2,
        "american": 0.8, "irish": 0.4, "scottish": 0.3, "welsh": 0.2, "indian": 0.8, "pakistani": 0.5,
        "nigerian": 0.6, "ghanaian": 0.4, "kenyan": 0.3, "chinese": 0.8, "japanese": 0.5,
        "korean": 0.4, "vietnamese": 0.8, "filipino": 0.3, "baltic": 0.4, "ethiopian": 0.3,
    },
}

# Boosts of local origins by the person's country.
COUNTRY_BOOST = {
    "AT": {"austrian": 4.0},
    "CH": {"swiss": 4.0, "italian": 1.5, "french": 1.5},
    "US": {"american": 2.0, "spanish": 1.5},
    "IE": {"irish": 5.0},
    "GB": {"english": 1.3, "scottish": 1.3, "welsh": 1.3},
    "FR": {"french": 12.0},
    "NL": {"dutch": 12.0},
    "IT": {"italian": 12.0},
    "DE": {"german": 1.2},
}

# Origins whose special letters are dropped in about 30 % of draws.
FOLDABLE = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian", "hungarian", "baltic"]

# Origins that may get an ordinary-word surname, per text language.
ORDINARY_ORIGINS = {
    "en": ["english", "american", "scottish", "welsh", "irish"],
    "de": ["german", "austrian", "swiss"],
}

# Origins with hyphenated surnames and double given names (and the joiner used).
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "dutch", "french", "nordic"]
DOUBLE_GIVEN = {"german": "-", "austrian": "-", "french": "-", "swiss": " ", "spanish": " ", "portuguese": " "}

PARTICLES = ["von", "der", "zu", "van", "den", "de", "ter", "la", "di", "lo", "d'", "del", "da", "dos",
             "mac", "mc", "ó", "ní", "ap", "al", "el", "ben", "dela"]

# Syllables for invented names.
INV_ONSET = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr", "r",
             "s", "st", "t", "tr", "v", "w", "z", "sch", "th", "j", "qu", "ch", "sl", "gl", "bl"]
INV_VOWEL = ["a", "e", "i", "o", "u", "ei", "au", "ia", "ea", "ou", "ae", "y"]
INV_MID = ["l", "n", "r", "m", "nd", "rt", "ls", "nn", "v", "d", "t", "st", "br", "ld", "rv", "nk"]
INV_GIVEN_END_F = ["a", "ina", "ella", "ine", "ette", "ia", "ara", "isa", "one", "elle"]
INV_GIVEN_END_M = ["o", "an", "ik", "ius", "ert", "on", "as", "or", "ald", "ian"]
INV_SUR_END = ["mann", "berg", "ton", "ley", "ström", "escu", "ović", "inen", "ak", "ari", "ez", "eau",
               "hoff", "wick", "stad", "ard", "ini", "ell", "bach", "dorf", "ling", "ot"]
