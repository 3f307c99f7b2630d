"""Name lists for the held-out half of the thirty-second PII bank (heldout32).

Written for this half; no package is used. Each origin has male given names, female given
names and surnames. A surname written `Kowalski/Kowalska` has a women's form after the slash;
Russian, Ukrainian, Greek and Bulgarian women's forms are made by rule (`female_surname`).
Two further lists hold surnames that are ordinary words (English and German).
"""


def _split(s):
    return [x.strip() for x in s.replace("\n", " ").split(",") if x.strip()]


# origin: (male given names, female given names, surnames)
_RAW = {
    "german": (
        """Lukas, Jonas, Leon, Finn, Paul, Felix, Maximilian, Elias, Noah, Tim, Niklas, Moritz,
        Julian, Philipp, Tobias, Florian, Sebastian, Daniel, Michael, Thomas, Andreas, Stefan,
        Markus, Christian, Matthias, Frank, Jürgen, Uwe, Dieter, Klaus, Wolfgang, Helmut, Rainer,
        Holger, Torsten, Sven, Dirk, Jörg, Kai, Lars, Björn, Malte, Hendrik, Ole, Jannik, Till,
        Bastian, Dominik, Benedikt, Konstantin, Vincent, Anton, Emil, Theo, Karl, Friedrich,
        Gerhard, Günter, Heinz, Werner, Manfred, Bernd, Ralf, Volker, Carsten, Detlef, Jens, Knut,
        Henning, Thorsten, Hauke, Jakob, Mats, Linus, Jannis, Lennart, Nils, Arne, Gregor, Rüdiger""",
        """Anna, Lena, Lea, Hannah, Emma, Mia, Sophie, Marie, Laura, Julia, Sarah, Lisa, Katharina,
        Johanna, Charlotte, Clara, Greta, Frieda, Ida, Mathilda, Paula, Luisa, Nele, Merle, Lina,
        Jana, Svenja, Katrin, Sabine, Claudia, Petra, Andrea, Susanne, Birgit, Heike, Silke, Anke,
        Kerstin, Stefanie, Nicole, Melanie, Daniela, Simone, Tanja, Ute, Gabriele, Monika, Renate,
        Ursula, Ingrid, Gisela, Helga, Jutta, Dagmar, Annika, Carolin, Franziska, Wiebke,
        Frauke, Imke, Antje, Maren, Henrike, Leonie, Finja, Ronja, Pia, Jule, Elke, Doris, Hildegard,
        Anja, Bettina, Cornelia, Dörte, Insa, Tabea, Rieke""",
        """Schmidt, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Richter, Neumann, Zimmermann,
        Krüger, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann, Schmid, Schulze, Maier,
        Köhler, Herrmann, Walter, Mayer, Huber, Peters, Möller, Scholz, Lorenz, Baumann, Franke,
        Albrecht, Schuster, Ludwig, Böhm, Winkler, Kraus, Schumacher, Krämer, Vogt, Otto, Groß,
        Seidel, Heinrich, Brandt, Haas, Schreiber, Dietrich, Ziegler, Kuhn, Kühn, Pohl, Bergmann,
        Voigt, Sauer, Arnold, Wolff, Pfeiffer, Berger, Gerlach, Ebert, Brinkmann, Reuter, Frey,
        Wendt, Hesse, Kessler, Rieger, Oswald, Brückner, Thiele, Hübner, Rademacher, Petersen,
        Jansen, Claußen, Hinrichs, Ahrens, Brüggemann, Lindemann, Deppe, Harms, Wessel, Overbeck,
        Tiedemann, Kretschmer, Ullrich, Mertens, Rothe, Sievers, Bode, Kluge, Wulf, Marquardt,
        Görtz, Evers, Hagedorn, Sommerfeld, Wittkowski, Dreyer, Lüders, Quast, Reinke, Steffens,
        Thamm, Uhlig, Vetter, Weigel, Zeller, Nowotny, Pape, Rösler, Schwab, Strobel, Trautmann,
        von Arnim, von der Heyde, vom Bruch, zu Dohna, von Bülow, von Stetten, von Hagen""",
    ),
    "austrian": (
        """Alois, Ferdinand, Leopold, Valentin, Johann, Josef, Franz, Rupert, Engelbert, Gottfried,
        Herbert, Gernot, Harald, Reinhard, Siegfried, Ewald, Hubert, Roland, Raphael, Fabian,
        Lorenz, Clemens, Vinzenz, Bernhard, Christoph, Georg, Wolfram, Kilian, Stefan, Maximilian,
        Matthäus, Hannes, Sepp, Toni, Ferdl, Poldi, Gebhard, Ignaz""",
        """Magdalena, Valentina, Theresa, Rosa, Elisabeth, Maria, Veronika, Barbara, Christina,
        Martina, Michaela, Karin, Elfriede, Hermine, Gertraud, Waltraud, Anneliese, Sophia,
        Viktoria, Marlene, Romana, Notburga, Kathrin, Verena, Angelika, Resi, Burgi, Vroni,
        Rosalia, Hemma, Kunigunde, Liesl, Evelyn, Christa""",
        """Gruber, Pichler, Steiner, Moser, Hofer, Leitner, Eder, Reiter, Mayr, Wimmer, Egger,
        Brunner, Baumgartner, Auer, Binder, Lechner, Wallner, Aigner, Ebner, Koller, Lehner,
        Holzer, Hinterberger, Pöll, Oberhofer, Unterberger, Kogler, Strasser, Fellner, Zauner,
        Haider, Hutter, Rainer, Stadler, Lackner, Oberndorfer, Kofler, Pirker, Stöckl, Zechner,
        Pucher, Tschernutter, Kainz, Rieder, Prenner, Obermair, Resch, Weinberger, Trummer,
        Höller, Jaritz, Wutte, Url, Hörl, Mühlbacher, Rottensteiner, Lindner, Dobler, Hasler,
        Pernkopf, Sturm, Windhager, Gschwandtner, Pfister, Schwaiger, Gasteiger""",
    ),
    "swiss": (
        """Urs, Beat, Reto, Andrin, Flurin, Gian, Nico, Silvan, Dario, Luca, Mattia, Severin,
        Ruedi, Hansjörg, Marcel, Adrian, Pascal, Cyrill, Gion, Jachen, Curdin, Fadri, Livio,
        Samuel, Yannick, Joël, Cédric, Thierry, Mathis, Jérôme, Heinrich, Köbi, Fritz, Ueli,
        Mauro, Nevio, Remo, Lorin""",
        """Ursina, Seraina, Nadine, Corinne, Mirjam, Regula, Vreni, Heidi, Margrit, Ladina,
        Chiara, Nina, Jasmin, Selina, Tamara, Manuela, Esther, Lorena, Aline, Noemi, Elin,
        Flurina, Madlaina, Anouk, Céline, Chantal, Sandrine, Fabienne, Rahel, Deborah, Annina,
        Leandra, Martina, Cornelia, Bigna""",
        """Keller, Gerber, Frei, Widmer, Wyss, Suter, Bachmann, Studer, Kälin, Zürcher,
        Hofstetter, Aebischer, Ammann, Bühler, Egli, Flückiger, Gasser, Hänni, Imhof, Jenni,
        Käser, Lüthi, Marti, Nüesch, Odermatt, Ritz, Schürch, Stucki, Tanner, Ulrich, Vögeli,
        Wälti, Zbinden, Zwahlen, Rüegg, Gisler, Berchtold, Caflisch, Casty, Derungs, Cavelti,
        Tscharner, Sprecher, Bonvin, Favre, Rochat, Gilliéron, Abderhalden, Baumberger, Blaser,
        Bösiger, Brändli, Burri, Dällenbach, Eggenberger, Fankhauser, Gehrig, Grossenbacher,
        Hürlimann, Iseli, Kobelt, Leuenberger, Mettler, Niederhauser, Oberholzer, Rohrer,
        Schnyder, Stalder, Tschanz, Wüthrich, Zogg, von Gunten, von Wattenwyl, de Weck""",
    ),
    "turkish": (
        """Mehmet, Mustafa, Ahmet, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Serkan, Cem,
        Kerem, Yusuf, Ömer, Enes, Furkan, Onur, Tolga, Volkan, Kemal, Orhan, Barış, Uğur,
        Gökhan, Selim, Tarık, Metin, Erkan, Levent, Arda, Eren, Berk, Koray, Halil, Recep, Sinan""",
        """Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Büşra, Esra, Derya, Ebru, Sibel,
        Songül, Hülya, Aylin, Yasemin, Selin, Ece, Cansu, Özlem, Melike, Tuğba, Gamze, Dilek,
        Serap, Sevgi, Nesrin, Pınar, İrem, Ceren, Damla, Gizem, Şeyma, Kübra, Hande""",
        """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,
        Doğan, Kılıç, Aslan, Çetin, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Korkmaz, Güneş,
        Aksoy, Acar, Tekin, Avcı, Bulut, Karaca, Uçar, Keskin, Ünal, Kaplan, Sarı, Ateş, Tunç,
        Duman, Bozkurt, Erdem, Güler, Başaran, Karataş, Akgül, Altun, Coşkun, Dursun, Işık,
        Kocabaş, Özer, Sevim, Toprak, Uysal, Yavuz""",
    ),
    "polish": (
        """Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Jakub, Łukasz, Mateusz,
        Kamil, Grzegorz, Wojciech, Marek, Rafał, Bartosz, Dawid, Szymon, Przemysław, Jarosław,
        Dariusz, Zbigniew, Mirosław, Kacper, Wiktor, Artur, Radosław""",
        """Katarzyna, Małgorzata, Agnieszka, Ewa, Joanna, Dorota, Aleksandra, Justyna,
        Karolina, Natalia, Beata, Zofia, Weronika, Agata, Iwona, Paulina, Sylwia, Grażyna,
        Żaneta, Wiktoria, Bożena, Jadwiga, Halina, Edyta, Urszula, Kinga""",
        """Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk,
        Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska,
        Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur,
        Kwiatkowski/Kwiatkowska, Krawczyk, Piotrowski/Piotrowska, Grabowski/Grabowska,
        Nowakowski/Nowakowska, Pawłowski/Pawłowska, Michalski/Michalska, Zając, Wieczorek,
        Jabłoński/Jabłońska, Wróbel, Majewski/Majewska, Olszewski/Olszewska, Stępień,
        Malinowski/Malinowska, Jaworski/Jaworska, Adamczyk, Dudek, Nowicki/Nowicka, Pawlak,
        Górski/Górska, Witkowski/Witkowska, Walczak, Sikora, Rutkowski/Rutkowska, Michalak,
        Szewczyk, Ostrowski/Ostrowska, Tomaszewski/Tomaszewska, Pietrzak, Zalewski/Zalewska,
        Wróblewski/Wróblewska, Marciniak, Jasiński/Jasińska, Zawadzki/Zawadzka,
        Sadowski/Sadowska, Chmielewski/Chmielewska, Włodarczyk, Borkowski/Borkowska""",
    ),
    "italian": (
        """Marco, Luca, Giuseppe, Francesco, Alessandro, Matteo, Lorenzo, Davide, Simone,
        Federico, Riccardo, Stefano, Giovanni, Antonio, Paolo, Roberto, Fabio, Massimo,
        Gianluca, Emanuele, Tommaso, Filippo, Nicola, Pietro, Salvatore, Vincenzo, Claudio,
        Enrico, Gabriele, Michele""",
        """Giulia, Francesca, Sara, Martina, Valentina, Alessia, Elena, Silvia, Federica,
        Giorgia, Alice, Sofia, Aurora, Beatrice, Elisa, Roberta, Paola, Lucia, Caterina, Ilaria,
        Serena, Veronica, Arianna, Benedetta, Camilla, Ginevra, Maria Grazia, Rosaria, Noemi""",
        """Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco,
        Gallo, Conti, De Luca, Mancini, Giordano, Rizzo, Lombardi, Moretti, Barbieri,
        Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo,
        Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti,
        Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Marini, Grasso, Valentini, Messina,
        Sala, Di Stefano, Lo Bianco, Pellegrini, Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo,
        Morelli, Amato, Silvestri, Mazza, Testa, Gatti, Pellegrino, Carbone, Giuliani,
        Benedetti, Barone, Rossetti, Caputo, Montanari, Guerra, Palmieri, Bernardi, Fiore,
        Orlando, Bellini, Zanetti, Di Giacomo, Esposti""",
    ),
    "russian": (
        """Aleksandr, Dmitri, Sergei, Andrei, Alexei, Ivan, Mikhail, Nikolai, Vladimir, Pavel,
        Yuri, Oleg, Igor, Maxim, Artem, Kirill, Denis, Evgeni, Boris, Viktor, Anatoli, Gennadi,
        Stanislav, Arkadi, Fyodor, Grigori, Timofei""",
        """Anastasia, Ekaterina, Natalia, Olga, Tatiana, Irina, Svetlana, Yulia, Daria,
        Ksenia, Polina, Alina, Marina, Galina, Lyudmila, Nadezhda, Vera, Varvara, Alyona,
        Yevgenia, Lyubov, Zhanna, Inna, Kira""",
        """Ivanov, Smirnov, Kuznetsov, Popov, Vasiliev, Petrov, Sokolov, Mikhailov, Novikov,
        Fedorov, Morozov, Volkov, Alekseev, Lebedev, Semenov, Egorov, Pavlov, Kozlov, Stepanov,
        Nikolaev, Orlov, Andreev, Makarov, Nikitin, Zakharov, Zaitsev, Soloviev, Borisov,
        Yakovlev, Grigoriev, Romanov, Vorobiev, Sergeev, Kuzmin, Frolov, Alexandrov, Dmitriev,
        Korolev, Gusev, Kiselev, Ilyin, Maximov, Polyakov, Sorokin, Vinogradov, Kovalev,
        Belov, Medvedev, Antonov, Tarasov, Zhukov, Baranov, Filippov, Komarov""",
    ),
    "ukrainian": (
        """Oleksandr, Andriy, Serhiy, Volodymyr, Mykola, Dmytro, Oleh, Yuriy, Vasyl, Bohdan,
        Taras, Petro, Yaroslav, Maksym, Vitaliy, Ostap, Mykhailo, Denys, Ihor, Roman""",
        """Olena, Iryna, Nataliya, Oksana, Tetiana, Svitlana, Halyna, Yuliia, Kateryna,
        Viktoriia, Anastasiia, Mariia, Khrystyna, Solomiia, Daryna, Liudmyla, Nadiia, Larysa,
        Zoriana, Olha, Ulyana, Bohdana""",
        """Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Boyko, Kovalchuk, Oliynyk,
        Melnyk, Shevchuk, Polishchuk, Lysenko, Marchenko, Savchenko, Rudenko, Petrenko,
        Klymenko, Pavlenko, Levchenko, Kharchenko, Ponomarenko, Tkachuk, Kovalskyi, Hrytsenko,
        Vasylenko, Savchuk, Fedorenko, Romanenko, Karpenko, Yakovenko, Demchenko, Sydorenko,
        Ivanchenko, Zinchenko, Moroz, Hnatyuk, Kostenko, Didenko""",
    ),
    "arabic": (
        """Mohammed, Ahmad, Omar, Khaled, Youssef, Ali, Hassan, Hussein, Mahmoud, Karim, Tarek,
        Samir, Nabil, Rami, Walid, Fadi, Bilal, Hamza, Ibrahim, Mustafa, Jamal, Ziad, Anas,
        Majd, Amir, Adel, Faisal, Nizar, Wassim""",
        """Fatima, Aisha, Mariam, Layla, Nour, Rania, Hana, Yasmin, Salma, Amira, Dina, Rana,
        Huda, Samira, Zainab, Reem, Lubna, Nadia, Farah, Ghada, Malak, Rasha, Sawsan, Lamis""",
        """Al-Sayed, El-Amin, Ben Ali, Haddad, Khalil, Nasser, Mansour, Saleh, Hamdan, Aziz,
        Darwish, Farouk, Hijazi, Abboud, Rahman, Sabbagh, Qasim, Jaber, Awad, Barakat, Ghanem,
        Hamid, Kassem, Najjar, Odeh, Shami, Tahan, Zidan, Al-Khatib, El-Masri, Bakri, Habibi,
        Suleiman, Yassin, Asfour, Boukhari, Chahine, Maalouf, Al-Hashimi, Ben Youssef""",
    ),
    "kurdish": (
        """Azad, Baran, Rojhat, Dilshad, Serhat, Shivan, Kawa, Rêbaz, Zana, Sherzad, Goran,
        Hozan, Aram, Botan, Ciwan, Dara, Rizgar, Welat, Mervan, Şoreş""",
        """Rojda, Berfin, Dilan, Zozan, Hêvîn, Jiyan, Nazdar, Rûken, Sozdar, Evîn, Avesta,
        Gulistan, Bêrîvan, Newroz, Viyan, Delal, Xezal, Perwîn, Rozerin, Şîlan""",
        """Zebari, Berwari, Hesen, Amedi, Rekani, Duski, Mizuri, Baban, Kurdo, Bilbas, Herki,
        Mirani, Bapir, Xelil, Ehmed, Şêxo, Mamo, Heso, Derwêş, Temo, Sino, Osê, Zaxoyî,
        Goranî, Silêmanî""",
    ),
    "persian": (
        """Reza, Mohammad, Hossein, Mehdi, Saeed, Hamid, Babak, Dariush, Kourosh, Farhad, Kaveh,
        Arash, Navid, Omid, Pouya, Behnam, Siamak, Shahram, Payam, Ramin, Majid, Kian, Bijan""",
        """Maryam, Shirin, Leila, Parisa, Nazanin, Mina, Roya, Azadeh, Golnaz, Negar, Shadi,
        Mahsa, Niloufar, Sanaz, Yasaman, Farnaz, Soheila, Parvaneh, Ladan, Bahar, Setareh,
        Taraneh, Ava""",
        """Ahmadi, Hosseini, Mohammadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Ghorbani,
        Sadeghi, Hashemi, Mousavi, Ebrahimi, Azizi, Rostami, Kazemi, Amini, Najafi, Tehrani,
        Shirazi, Esfahani, Farahani, Jalali, Kermani, Nikpour, Bagheri, Sharifi, Akbari,
        Mirzaei, Soltani, Yazdani, Khosravi, Navabi, Daneshvar, Parsa""",
    ),
    "greek": (
        """Giorgos, Dimitris, Nikos, Kostas, Giannis, Christos, Panagiotis, Vasilis, Thanasis,
        Michalis, Stavros, Spyros, Alexandros, Petros, Manolis, Ilias, Antonis, Stelios,
        Sotiris, Evangelos, Lefteris, Charalambos""",
        """Eleni, Katerina, Georgia, Dimitra, Ioanna, Vasiliki, Despina, Paraskevi,
        Konstantina, Athina, Eirini, Chrysa, Stella, Vaso, Zoi, Myrto, Foteini, Evangelia""",
        """Papadopoulos, Papadakis, Georgiou, Nikolaou, Konstantinidis, Dimitriou, Ioannidis,
        Vlachos, Angelopoulos, Karagiannis, Oikonomou, Christodoulou, Makris, Papageorgiou,
        Alexiou, Athanasiou, Panagiotopoulos, Theodorou, Michailidis, Kyriakou, Antoniou,
        Stavropoulos, Giannakopoulos, Lamprou, Papanikolaou, Tsoukalas, Manolakis, Spanos,
        Pappas, Fotiou, Raptis, Sideris, Kalogeropoulos, Mavridis, Chatzis, Economou""",
    ),
    "balkan": (
        """Marko, Stefan, Nikola, Milan, Dragan, Zoran, Goran, Dejan, Nenad, Miloš, Aleksandar,
        Bojan, Darko, Emir, Adnan, Amar, Tarik, Haris, Damir, Mirza, Tomislav, Mateo, Ante,
        Josip, Matej, Jure, Vuk, Srđan, Edin, Kenan""",
        """Ivana, Jelena, Marija, Milica, Maja, Dragana, Snežana, Vesna, Sanja, Nataša, Mirela,
        Amra, Lejla, Azra, Selma, Emina, Katarina, Iva, Jovana, Tijana, Lana, Dženana, Nejra,
        Špela, Mirjana, Biljana, Gordana, Ajla""",
        """Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković,
        Pavlović, Milošević, Popović, Kovačević, Horvat, Kovačić, Babić, Marić, Jurić,
        Knežević, Vuković, Perić, Tomić, Pavić, Božić, Blažević, Grgić, Hodžić, Hadžić, Begić,
        Delić, Mehmedović, Hasanović, Kovač, Krajnc, Zupan, Vidmar, Golob, Mlakar, Mustafić,
        Čolić, Radić, Šarić, Lukić, Vidović, Filipović, Mitrović, Zeljković, Bešić""",
    ),
    "albanian": (
        """Arben, Besnik, Driton, Ermal, Fatmir, Gentian, Ilir, Kastriot, Luan, Valon, Arton,
        Blerim, Dardan, Florent, Granit, Visar, Bujar, Agon, Leutrim, Fitim""",
        """Arbnora, Blerta, Drita, Elira, Fjolla, Genta, Jehona, Lindita, Mimoza, Rina, Teuta,
        Valbona, Vjosa, Albulena, Besa, Donika, Egzona, Floriana, Kaltrina, Shqipe""",
        """Berisha, Krasniqi, Gashi, Hoxha, Shala, Morina, Bytyqi, Kelmendi, Hasani, Rexhepi,
        Ahmeti, Kastrati, Limani, Osmani, Zeqiri, Sadiku, Dervishi, Haxhiu, Qerimi, Thaçi,
        Bajrami, Aliu, Demiri, Emini, Ismaili, Jashari, Lushaku, Avdiu, Shabani, Veseli""",
    ),
    "romanian": (
        """Alexandru, Mihai, Ionuț, Cristian, Florin, Adrian, Bogdan, Răzvan, Ciprian, Vlad,
        Sorin, Dragoș, Cătălin, Marius, Ovidiu, Radu, Silviu, Tudor, Costin, Viorel""",
        """Ioana, Andreea, Mihaela, Cristina, Roxana, Diana, Simona, Georgiana, Bianca,
        Raluca, Oana, Larisa, Camelia, Corina, Adina, Luminița, Florentina, Teodora""",
        """Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Gheorghe, Matei, Ciobanu, Rusu,
        Munteanu, Constantin, Moldovan, Lazăr, Florea, Dinu, Mihăilă, Dobre, Barbu, Nistor,
        Cristea, Toma, Bălan, Sârbu, Diaconu, Neagu, Vasilescu, Rădulescu, Georgescu, Enache,
        Ungureanu, Oprea, Preda, Zamfir""",
    ),
    "czech": (
        """Petr, Jiří, Tomáš, Jakub, Lukáš, Ondřej, Vojtěch, Matěj, Jaroslav, Miroslav,
        Zdeněk, Václav, Radek, Vít, Štěpán, Filip, Bohumil, Vratislav""",
        """Hana, Lenka, Lucie, Kateřina, Markéta, Tereza, Barbora, Zuzana, Kristýna, Adéla,
        Eliška, Klára, Šárka, Jitka, Dana, Radka, Blanka, Libuše""",
        """Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková,
        Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková,
        Němec/Němcová, Pokorný/Pokorná, Pospíšil/Pospíšilová, Hájek/Hájková, Jelínek/Jelínková,
        Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková,
        Doležal/Doležalová, Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová,
        Čermák/Čermáková, Vaněk/Vaňková, Blažek/Blažková, Kříž/Křížová, Kovář/Kovářová,
        Bartoš/Bartošová, Vlček/Vlčková, Polák/Poláková, Kopecký/Kopecká, Šimek/Šimková""",
    ),
    "hungarian": (
        """László, István, Zoltán, Gábor, Attila, Tamás, Balázs, Csaba, Zsolt, Ferenc,
        Sándor, Levente, Bence, Ádám, Máté, Gergely, Kristóf, Miklós, Imre, Botond""",
        """Katalin, Erzsébet, Ilona, Éva, Anikó, Zsófia, Réka, Eszter, Krisztina, Judit,
        Ágnes, Boglárka, Dóra, Fanni, Lilla, Orsolya, Zsuzsanna, Enikő, Tünde, Gyöngyi""",
        """Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh,
        Papp, Takács, Juhász, Lakatos, Mészáros, Oláh, Rácz, Fekete, Szilágyi, Török, Fehér,
        Gál, Szűcs, Kocsis, Pintér, Fodor, Szalai, Sipos, Magyar, Lukács, Bíró, Vörös""",
    ),
    "dutch": (
        """Daan, Bram, Sem, Jesse, Thijs, Ruben, Niels, Joris, Pieter, Jeroen, Bas, Maarten,
        Sander, Wouter, Koen, Hidde, Teun, Stijn, Gijs, Joost, Rutger, Floris, Jasper, Sjoerd,
        Maurits, Diederik""",
        """Sanne, Fleur, Lotte, Femke, Iris, Noor, Lieke, Marloes, Ilse, Renske, Inge,
        Janneke, Maaike, Roos, Sterre, Fenna, Tess, Jildou, Evi, Nienke, Marieke, Wietske""",
        """de Jong, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer,
        de Boer, Mulder, de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit,
        Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan,
        Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden,
        Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster,
        van Dam, van der Wal, Prins, Blom, Huisman, ter Horst, van der Sloot, Postma, Kuipers,
        Veenstra, Kramer, Wijnands, Zwart""",
    ),
    "french": (
        """Pierre, Louis, Hugo, Théo, Gabriel, Arthur, Nathan, Maxime, Antoine, Julien,
        Nicolas, Guillaume, Mathieu, Sébastien, Olivier, François, Laurent, Benoît, Clément,
        Romain, Quentin, Baptiste, Jean-Luc, Jean-Marc, Jean-Pierre, Yves, Hervé, Gaëtan,
        Loïc, Thibault""",
        """Camille, Léa, Manon, Chloé, Inès, Jade, Louise, Zoé, Juliette, Margaux, Pauline,
        Mathilde, Élodie, Aurélie, Isabelle, Nathalie, Valérie, Claire, Émilie, Anne-Sophie,
        Marie-Claire, Hélène, Amandine, Océane, Clémence, Agathe, Solène, Maëlle, Gwenaëlle""",
        """Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Lefebvre, Michel,
        Bertrand, Roux, Fournier, Morel, Girard, Lefèvre, Mercier, Dupont, Lambert, Bonnet,
        Legrand, Garnier, Faure, Rousseau, Guérin, Henry, Roussel, Perrin, Morin, Gauthier,
        Dumont, Fontaine, Chevalier, Robin, Masson, Gérard, Boyer, Lemaire, Duval, Joly,
        Gautier, Meunier, Marchand, Dufour, Blanchard, Barbier, Dumas, Brunet, Leroux, Colin,
        Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Bourgeois, Renaud, Lemoine,
        Picard, Gaillard, Leclercq, Lacroix, Fabre, Dupuis, Rivière, Le Gall, Le Goff,
        de la Fontaine, Delacroix, Besnard""",
    ),
    "spanish": (
        """Javier, Carlos, José, Manuel, Alejandro, Pablo, Sergio, Jorge, Álvaro, Diego,
        Adrián, Raúl, Iván, Rubén, Miguel, Fernando, Íñigo, Unai, Asier, Jordi, Pau,
        Juan Carlos, José Luis, Gonzalo, Ignacio""",
        """María, Carmen, Lucía, Marta, Paula, Cristina, Alba, Irene, Nerea, Ainhoa,
        Itziar, Montserrat, Núria, Rocío, Pilar, Inmaculada, Beatriz, María José, Begoña,
        Maite, Amaia, Remedios""",
        """García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez,
        Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez,
        Navarro, Domínguez, Vázquez, Gil, Ramírez, Serrano, Molina, Morales, Suárez, Ortega,
        Delgado, Ortiz, Rubio, Marín, Sanz, Iglesias, Núñez, Medina, Garrido, Cortés,
        Lozano, Prieto, Méndez, Calvo, Gallego, Márquez, Herrera, Peña, Cabrera, Campos,
        Fuentes, Carrasco, Aguirre, Etxeberria, Goikoetxea, Puig, Ferrer, Soler, del Río,
        de la Cruz, Echevarría, Arrieta""",
    ),
    "portuguese": (
        """João, Pedro, Tiago, Rui, Nuno, Diogo, Gonçalo, Ricardo, Luís, Rodrigo, Afonso,
        Duarte, Bruno, Vinícius, Thiago, Gustavo, Leandro, Caio, Henrique, Vasco""",
        """Inês, Mariana, Catarina, Joana, Rita, Margarida, Carolina, Leonor, Matilde,
        Filipa, Raquel, Larissa, Fernanda, Juliana, Gabriela, Conceição, Graça, Luana""",
        """Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa,
        Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto,
        Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro,
        Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Reis, Simões, Antunes, Matos, Fonseca,
        Machado, Araújo, Barbosa, Tavares, Lourenço, Magalhães, da Silva, dos Santos,
        da Costa, Figueiredo, Azevedo""",
    ),
    "nordic": (
        """Erik, Anders, Magnus, Henrik, Johan, Mikael, Olof, Gustav, Bjørn, Rasmus, Mads,
        Søren, Jesper, Kasper, Oskar, Axel, Viggo, Sindre, Eirik, Håkon, Torbjørn, Frederik,
        Leif, Ragnar, Stig""",
        """Ingrid, Astrid, Sigrid, Ebba, Elsa, Freja, Linnea, Saga, Agnes, Silje, Ingeborg,
        Kari, Solveig, Liv, Tuva, Mette, Pernille, Signe, Hanne, Birgitte, Malin, Frida, Thea,
        Ylva, Kristin""",
        """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson,
        Svensson, Gustafsson, Pettersson, Jonsson, Lindberg, Lindqvist, Lindström, Bergström,
        Sandberg, Holm, Sjöberg, Ekström, Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen,
        Nilsen, Kristiansen, Jensen, Nielsen, Christensen, Rasmussen, Sørensen, Madsen,
        Kristensen, Halvorsen, Haugen, Bakken, Solberg, Dahl, Lund, Moen, Nyström, Åberg,
        Lundgren, Sundqvist, Wallin, Engström, Håkansson, Danielsson""",
    ),
    "finnish": (
        """Mikko, Juha, Jari, Timo, Matti, Antti, Janne, Pekka, Ville, Tuomas, Jukka, Sami,
        Heikki, Lauri, Eero, Aleksi, Joonas, Veeti, Onni, Eino""",
        """Aino, Emilia, Helmi, Aada, Venla, Eeva, Sanna, Minna, Tiina, Päivi, Riikka, Satu,
        Kaisa, Marjut, Outi, Elina, Noora, Jenni, Katja, Hilkka""",
        """Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen,
        Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi,
        Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen,
        Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Räsänen, Lindholm, Ojala,
        Kallio""",
    ),
    "english": (
        """James, John, David, Michael, Paul, Mark, Andrew, Richard, Peter, Stephen,
        Christopher, Matthew, Robert, Simon, Jonathan, Benjamin, Samuel, Oliver, Harry, Jack,
        George, Charlie, Alfie, Oscar, Henry, Archie, Leo, Freddie, Arthur, Joshua, Alexander,
        Edward, William, Luke, Adam, Ryan, Nathan, Callum, Connor, Liam, Jamie, Ben, Tom, Sam,
        Joe, Dan, Rob, Chris, Nick, Tim, Graham, Nigel, Neil, Ian, Keith, Colin, Trevor,
        Barry, Geoff, Martin, Stuart, Gavin, Darren, Lee, Dominic, Rupert, Hugo, Toby,
        Jasper, Rory, Ollie, Reuben, Elliot, Harvey, Alistair, Phil, Clive, Roger, Howard""",
        """Sarah, Emma, Laura, Rachel, Hannah, Sophie, Charlotte, Emily, Jessica, Lucy, Katie,
        Amy, Rebecca, Claire, Helen, Joanne, Nicola, Lisa, Karen, Susan, Julie, Alison,
        Gillian, Jennifer, Elizabeth, Victoria, Catherine, Amelia, Olivia, Isla, Ava, Mia,
        Ivy, Freya, Poppy, Florence, Evie, Isabella, Ella, Millie, Daisy, Phoebe, Harriet,
        Imogen, Beatrice, Eleanor, Lily, Matilda, Abigail, Georgia, Holly, Megan, Chloe,
        Lauren, Gemma, Kirsty, Leanne, Hayley, Natalie, Zoe, Abbie, Rosie, Tilly, Lottie,
        Esme, Hattie, Bethany, Jasmine, Ruby, Grace, Lily-Rose, Penelope, Philippa, Tamsin""",
        """Smith, Jones, Williams, Taylor, Davies, Evans, Wilson, Johnson, Roberts, Robinson,
        Thompson, Wright, Edwards, Hughes, Lewis, Harris, Clarke, Jackson, Morris, Moore,
        Clark, Harrison, Morgan, Allen, Scott, Phillips, Watson, Davis, Parker, Bennett,
        Griffiths, Mitchell, Kelly, Carter, Richardson, Bailey, Collins, Shaw, Cox, Richards,
        Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson, Foster, Chapman, Powell, Webb,
        Rogers, Matthews, Owen, Holmes, Mills, Barnes, Lloyd, Russell, Barker, Stevens,
        Jenkins, Dixon, Harvey, Pearson, Fletcher, Gibson, Andrews, Elliott, Reynolds,
        Saunders, Payne, Pearce, Lawrence, Atkinson, Bradley, Spencer, Dawson, Burton,
        Watts, Booth, Perry, Wells, Armstrong, Hayes, Hudson, Newman, Barrett, Webster,
        Gregory, Lowe, Riley, Dunn, Parsons, Holland, Hawkins, Harding, Newton, Williamson,
        Gardner, Cooke, Bates, Henderson, Parry, Burgess, Walton, Nicholson, Freeman, Warren,
        Nicholls, Hamilton, Sutton, Yates, Hodgson, Robson, Curtis, Hopkins, Harper, Coleman,
        Watkins, Chambers, Griffin, Hardy, Wheeler, Osborne, Thornton, Briggs, Whitehead,
        Pritchard, Willis, Higgins, Ashworth, Pickering, Fairclough, Entwistle, Greenhalgh,
        Heseltine, Ormerod, Postlethwaite, Rowbotham, Sowerby, Thwaites, Bickerstaff""",
    ),
    "american": (
        """Tyler, Brandon, Justin, Kyle, Cody, Austin, Dylan, Ethan, Logan, Jacob, Aiden,
        Jackson, Caleb, Wyatt, Brody, Chase, Travis, Derek, Shane, Brett, Chad, Garrett,
        Jared, Zachary, Hayden, Bryce, Colton, Landon, Marcus, Jamal, DeShawn, Terrell, Andre,
        Darius, Malik, Brian, Kevin, Jason, Jeffrey, Eric, Greg, Doug, Todd, Randy, Dwayne,
        Cory, Jesse, Bobby Joe, John Paul, Billy Joe, Tanner, Bradley, Clayton, Dustin""",
        """Ashley, Brittany, Amanda, Kayla, Madison, Brianna, Hailey, Kaitlyn, Savannah,
        Addison, Avery, Aubrey, Peyton, Mackenzie, Destiny, Aaliyah, Imani, Latoya, Shanice,
        Tiffany, Crystal, Heather, Amber, Kimberly, Stephanie, Melissa, Heidi, Brooke,
        Courtney, Lindsey, Kelsey, Shelby, Mary Kate, Mary Beth, Sue Ellen, Nevaeh, Skylar,
        Dakota, Jordyn, Kendall, Makayla, Alexis, Tamika, Ebony""",
        """Garcia, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres,
        Nguyen, Flores, Nelson, Rivera, Campbell, Gomez, Diaz, Cruz, Reyes, Stewart, Morales,
        Murphy, Gutierrez, Ortiz, Peterson, Ramos, Kim, Howard, Chavez, Mendoza, Ruiz,
        Alvarez, Castillo, Sanders, Patel, Myers, Ross, Jimenez, Schultz, Olson, Swanson,
        Jorgensen, Larson, Sullivan, McKenzie, Washington, Jefferson, Tran, Nakamura,
        Hoffman, Hartman, Yoder, Stoltzfus, Whitaker, Pruitt, Dupree, Boudreaux, Thibodeaux,
        LeBlanc, Hebert, Guidry, Landry, Fontenot, Broussard, Abernathy, Calloway, Dunbar,
        Holloway, McAllister, Pennington, Sinclair, Whitfield, Callahan, Donnelly, Flanagan,
        Kowalczyk, Lindgren, Mendez, Novak, Oakley, Petrakis, Quintero, Rasmussen, Shapiro,
        Tillman, Underwood, Vandenberg, Weinstein, Zimmerman, Goldberg, Friedman""",
    ),
    "irish": (
        """Seán, Ciarán, Cian, Oisín, Darragh, Eoin, Niall, Pádraig, Fionn, Tadhg, Rónán,
        Cathal, Colm, Dónal, Diarmuid, Senan, Odhrán, Ruairí, Lorcan, Kieran, Declan, Brendan,
        Fergal, Killian, Aidan, Cormac, Mícheál, Eamon, Padraic, Tiernan""",
        """Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Clodagh, Róisín, Sinéad, Orla, Aisling,
        Gráinne, Méabh, Ciara, Éabha, Laoise, Órlaith, Deirdre, Bríd, Nuala, Fionnuala,
        Muireann, Síle, Ailbhe, Sorcha, Eimear, Clíodhna, Aoibheann, Treasa, Úna, Máire""",
        """O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle,
        McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, McLoughlin, O'Carroll,
        Connolly, Daly, O'Connell, Dunne, Brennan, Burke, Fitzgerald, Maguire, Nolan, Flynn,
        O'Callaghan, O'Donnell, Duffy, O'Mahony, Boyle, Healy, O'Shea, Sweeney, Kavanagh,
        McGrath, Moran, Brady, Casey, Foley, Fitzpatrick, O'Leary, McDonnell, MacMahon,
        Regan, Donovan, Mac Giolla Phádraig/Nic Giolla Phádraig, Ó Súilleabháin/Ní Shúilleabháin,
        Ó Briain/Ní Bhriain, Ó Conaill/Ní Chonaill, Mac Suibhne/Nic Shuibhne""",
    ),
    "scottish": (
        """Alasdair, Angus, Fraser, Hamish, Iain, Lachlan, Ewan, Euan, Craig, Murdo, Ruaridh,
        Struan, Fergus, Gregor, Malcolm, Duncan, Douglas, Finlay, Calum, Kenneth, Innes""",
        """Ailsa, Catriona, Eilidh, Fiona, Iona, Morag, Mhairi, Shona, Rhona, Ishbel,
        Kirsteen, Elspeth, Sheena, Moira, Marsaili, Seonaid, Lorna, Kenna""",
        """MacLeod, MacDonald, Robertson, Thomson, Paterson, Fraser, Mackenzie, Mackay,
        MacLean, MacKinnon, Gunn, Munro, Cameron, Ferguson, Kerr, Morrison, Buchanan,
        Drummond, Urquhart, McIntyre, McGregor, Lamont, Gillies, Ritchie, Baird, Laing,
        Galbraith, Crawford, Sutherland, Watt, McPherson, Ogilvie, Menzies, Dalgleish""",
    ),
    "welsh": (
        """Dafydd, Rhys, Gareth, Owain, Huw, Iwan, Gethin, Rhodri, Emyr, Ieuan, Aled, Cai,
        Tomos, Llŷr, Osian, Guto, Gruffydd, Meirion, Geraint, Idris""",
        """Carys, Cerys, Ffion, Angharad, Bethan, Eleri, Rhiannon, Sioned, Nia, Lowri, Mared,
        Gwen, Catrin, Heledd, Siân, Mali, Seren, Nerys, Gwenllian""",
        """Pugh, Prosser, Probert, Howells, Gwynne, Meredith, Prydderch, Bevan, Rowlands,
        Vaughan, Llewellyn, Bowen, Cadwaladr, Rhydderch, Madoc, ap Rhys, ap Gwilym, Tudur,
        Gruffudd, Bowden, Jenkin, Protheroe""",
    ),
    "indian": (
        """Rahul, Amit, Arjun, Vikram, Rohan, Sanjay, Rajesh, Suresh, Anil, Ravi, Pradeep,
        Aditya, Karthik, Nikhil, Siddharth, Varun, Manish, Deepak, Harpreet, Gurpreet, Vivek,
        Ankit, Abhishek, Prakash, Naveen, Sandeep, Arun, Venkatesh""",
        """Priya, Anjali, Neha, Pooja, Divya, Kavya, Sunita, Deepika, Shreya, Lakshmi, Meera,
        Aishwarya, Ananya, Radhika, Swati, Nisha, Aarti, Rekha, Jaspreet, Simran, Preeti,
        Madhuri, Shalini, Sneha, Anusha, Padma, Gayatri, Ishita""",
        """Sharma, Singh, Kumar, Gupta, Verma, Reddy, Rao, Iyer, Nair, Menon, Pillai, Mehta,
        Desai, Joshi, Kulkarni, Chatterjee, Banerjee, Mukherjee, Bose, Ghosh, Agarwal,
        Malhotra, Kapoor, Chopra, Bhatia, Saxena, Srinivasan, Krishnan, Subramanian, Naidu,
        Chaudhary, Yadav, Mishra, Pandey, Tiwari, Dubey, Bhatt, Sethi, Khanna, Arora, Sandhu,
        Dhillon, Grewal, Sidhu""",
    ),
    "pakistani": (
        """Imran, Usman, Faisal, Kamran, Asif, Zubair, Waqas, Salman, Shahid, Tariq, Naveed,
        Junaid, Fahad, Zeeshan, Irfan, Nadeem, Shoaib, Danish""",
        """Ayesha, Sana, Hira, Mahnoor, Zara, Rabia, Sadia, Iqra, Amna, Mehwish, Saima,
        Nida, Samina, Shazia, Bushra, Uzma, Aliya, Maha""",
        """Khan, Ahmed, Hussain, Malik, Qureshi, Butt, Chaudhry, Raja, Mirza, Sheikh,
        Siddiqui, Abbasi, Javed, Iqbal, Rana, Akhtar, Aslam, Bhatti, Chohan, Durrani, Farooq,
        Hashmi, Jamil, Kazmi, Latif, Mahmood, Nawaz, Rafiq, Shafiq, Zaidi, Anwar, Riaz, Yousaf""",
    ),
    "nigerian": (
        """Chukwuemeka, Emeka, Obinna, Chinedu, Oluwaseun, Tunde, Babatunde, Adebayo, Olumide,
        Femi, Segun, Kunle, Ifeanyi, Uchenna, Nnamdi, Ikenna, Chidi, Abubakar, Tobi,
        Damilola, Kelechi, Somto""",
        """Ngozi, Chiamaka, Adaeze, Chidinma, Nkechi, Folake, Funmilayo, Yetunde, Bukola,
        Temitope, Omolara, Adaora, Ifeoma, Amarachi, Halima, Chioma, Oluwakemi, Titilayo,
        Ebere, Blessing""",
        """Okafor, Okonkwo, Eze, Nwosu, Obi, Okeke, Adeyemi, Ogunleye, Oyelaran, Balogun,
        Bello, Okoro, Nwachukwu, Chukwu, Onyeka, Uzor, Akinola, Afolabi, Ogundipe, Olawale,
        Ojo, Oladipo, Adewale, Anyanwu, Ezeh, Igwe, Nnadi, Okoye, Udeh, Ayodele, Olatunji""",
    ),
    "ghanaian": (
        """Kwame, Kofi, Kwaku, Kwabena, Yaw, Kojo, Kwesi, Ebo, Fiifi, Kobina, Yao, Selorm,
        Elikem, Nii, Akwasi, Mawuli, Delali""",
        """Ama, Akosua, Abena, Adwoa, Afua, Yaa, Efua, Esi, Akua, Adjoa, Araba, Dzifa,
        Enyonam, Naa, Mawusi, Serwaa, Ewurabena, Afia""",
        """Mensah, Asante, Owusu, Boateng, Osei, Acheampong, Appiah, Agyeman, Amoah, Antwi,
        Asamoah, Badu, Darko, Donkor, Frimpong, Gyamfi, Kuffour, Nkrumah, Ofori, Opoku,
        Quaye, Sarpong, Tetteh, Yeboah, Ansah, Addo, Boakye, Danquah, Quarshie""",
    ),
    "kenyan": (
        """Kiprotich, Kibet, Ochieng, Baraka, Juma, Mutua, Wekesa, Kiprop, Macharia, Gitau,
        Mugo, Onyango, Kipkemboi, Otieno, Wanyama""",
        """Wanjiru, Wambui, Njeri, Nyambura, Achieng, Atieno, Akinyi, Chebet, Jepkosgei,
        Mumbi, Wairimu, Zawadi, Nekesa, Makena, Kawira, Auma, Adhiambo""",
        """Mwangi, Kamau, Kariuki, Njoroge, Odhiambo, Wanjala, Mutai, Kiptoo, Cheruiyot,
        Kimani, Omondi, Wafula, Ngugi, Maina, Waweru, Githinji, Kipchumba, Rotich, Korir,
        Langat, Njenga, Muriuki, Nyaga, Wambugu""",
    ),
    "chinese": (
        """Wei, Jun, Hao, Lei, Jie, Tao, Bo, Ming, Qiang, Zhiwei, Jianguo, Xiaoming, Haoran,
        Yichen, Yuxuan, Junjie, Zhenyu, Ka-ho, Wing-kei, Chun-yin, Kin-wah""",
        """Fang, Xiu, Ying, Jing, Hui, Xiaoyan, Meiling, Xinyi, Yuqi, Zihan, Shuang, Ruoxi,
        Siyu, Wing-yan, Mei-ling, Hoi-yan, Ka-yan""",
        """Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Zhu, Guo, Lin, Luo, Gao,
        Zheng, Liang, Xie, Cao, Deng, Feng, Zeng, Peng, Chan, Wong, Cheung, Leung, Ng, Tsang,
        Chow, Yip, Kwok""",
    ),
    "japanese": (
        """Haruto, Yuto, Sota, Hiroshi, Takeshi, Kenji, Daisuke, Shota, Kazuki, Takumi,
        Ryota, Kaito, Naoki, Satoshi, Tomohiro, Kenta, Hayato, Riku""",
        """Yui, Aoi, Hina, Sakura, Yuna, Haruka, Ayaka, Misaki, Emi, Keiko, Yoko, Akiko,
        Tomoko, Nanami, Mio, Saki, Kaori, Chihiro""",
        """Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Kobayashi, Kato,
        Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu,
        Yamazaki, Ikeda, Hashimoto, Ishikawa, Ogawa, Okada, Hasegawa, Fujita, Goto""",
    ),
    "korean": (
        """Min-jun, Seo-jun, Ji-ho, Do-yun, Joon-young, Hyun-woo, Sung-min, Jae-won,
        Dong-hyun, Tae-yang, Woo-jin, Sang-hoon, Kyung-ho, Jin-woo, Young-soo""",
        """Seo-yeon, Ji-woo, Ha-eun, Soo-ah, Min-seo, Ji-yeon, Hye-jin, Eun-ji, Yu-na, Su-bin,
        Ye-jin, Da-eun, Hae-won, Mi-rae, Na-yeon""",
        """Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Kwon, Hwang, Ahn, Yoo, Hong, Jeon,
        Baek, Heo, Shin, Seo, Bae, Noh""",
    ),
    "vietnamese": (
        """Minh, Tuấn, Hùng, Dũng, Quang, Thành, Hiếu, Khoa, Phúc, Huy, Trung, Đức, Bảo,
        Vinh, Toàn, Khánh, Sơn, Thắng""",
        """Linh, Trang, Hương, Ngọc, Thảo, Hạnh, Thủy, Phương, Hằng, Yến, Nhung, Trâm, Vy,
        Quỳnh, Diệp, Uyên""",
        """Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô,
        Dương, Lý, Đinh, Trương, Lâm, Mạc""",
    ),
    "filipino": (
        """Mark Anthony, Rodel, Jomar, Arnel, Rommel, Ramil, Jerome, Paolo, Carlo, Jericho,
        Renato, Efren, Rolando, Dennis, Joel, Ariel, Jun-jun""",
        """Maricel, Rowena, Marites, Jocelyn, Kristine, Charmaine, Angelica, Rhea, Divina,
        Liezel, Mylene, Analyn, Marivic, Jennylyn, Rosalie, Princess""",
        """Reyes, Bautista, Ocampo, Mendoza, Villanueva, Aquino, Salazar, Mercado, Dela Cruz,
        Dela Rosa, Dimaculangan, Macaraeg, Pangilinan, Manalo, Magbanua, Soriano, Lacson,
        Tolentino, Buenaventura, Panganiban, Quizon, Dizon, Gatchalian, Andrada, Sarmiento""",
    ),
    "ethiopian": (
        """Abebe, Dawit, Yonas, Biniam, Henok, Mulugeta, Getachew, Tewodros, Yohannes, Kidus,
        Natnael, Berhanu, Ermias""",
        """Almaz, Hiwot, Selam, Tigist, Meron, Bethlehem, Liya, Mahlet, Rahel, Saba, Tsion,
        Senait, Genet""",
        """Tadesse, Bekele, Haile, Tesfaye, Girma, Alemu, Kebede, Wolde, Mekonnen, Getahun,
        Assefa, Desta, Gebre, Mengistu, Abera, Tefera, Worku, Ayele, Negash, Demissie""",
    ),
    "baltic": (
        """Mantas, Darius, Andrius, Mindaugas, Vytautas, Rokas, Žygimantas, Jānis, Andris,
        Mārtiņš, Kārlis, Edgars, Raimonds, Artūrs, Toomas, Indrek""",
        """Rūta, Eglė, Gintarė, Ieva, Aistė, Agnė, Ilze, Līga, Anete, Kristīne, Dace, Zane,
        Liis, Kadri, Triin, Kertu, Maarja""",
        """Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė,
        Stankevičius/Stankevičienė, Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskienė,
        Butkus/Butkienė, Paulauskas/Paulauskienė, Urbonas/Urbonienė,
        Kavaliauskas/Kavaliauskienė, Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozols/Ozola,
        Jansons/Jansone, Liepiņš/Liepiņa, Krūmiņš/Krūmiņa, Balodis/Balode, Zariņš/Zariņa,
        Pētersons/Pētersone, Vītols/Vītola, Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane,
        Ilves, Pärn, Koppel""",
    ),
    "somali": (
        """Abdi, Abdullahi, Abdirahman, Abdiaziz, Liban, Mahad, Guled, Warsame, Osman, Hirsi""",
        """Hodan, Amina, Sahra, Faadumo, Khadra, Ifrah, Ayaan, Hibo, Nasra, Ubah, Deeqa, Muna,
        Sagal, Idil""",
        """Jama, Ismail, Mohamud, Egal, Dirie, Duale, Gedi, Samatar, Shire, Abdulle, Aden,
        Warfa, Qalinle""",
    ),
    "bulgarian": (
        """Georgi, Ivaylo, Dimitar, Hristo, Nikolay, Stoyan, Todor, Plamen, Kaloyan, Boyan,
        Rumen, Krasimir, Vasil, Petar, Lyubomir""",
        """Desislava, Gergana, Tsvetelina, Radostina, Yordanka, Milena, Vesela, Silviya,
        Mariya, Kremena, Boryana, Nevena, Stanislava, Ralitsa, Dobrinka""",
        """Georgiev, Dimitrov, Nikolov, Hristov, Stoyanov, Todorov, Iliev, Angelov, Kolev,
        Yordanov, Atanasov, Marinov, Mihaylov, Kostadinov, Zhelev, Vasilev, Tsvetkov,
        Slavov, Penev""",
    ),
}

# Surnames that are ordinary words. Used for English/American (en) and German/Austrian/Swiss
# people (de); their share is set by one chance in the person draw.
WORD_SURNAMES_EN = _split(
    """Baker, Hunter, Fox, Rose, May, Young, King, Cook, Hope, Frost, Stone, Price, Bird,
    Bell, Mason, Swan, Glass, Finch, Miller, Green, Brown, White, Black, Wood, Field, Hill,
    Marsh, Lamb, Sharp, Wise, Rich, Gold, Snow, Winter, Hart, Fisher, Carpenter, Turner,
    Cooper, Porter, Barber, Archer, Bishop, Knight, Page, Church, Banks, Brook, Lane, Cross,
    Moss, Potter, Shepherd, Walker, Butler, Wolfe, Parrot, Nightingale, Summers"""
)
WORD_SURNAMES_DE = _split(
    """Wolf, Koch, Fuchs, Bauer, Vogel, Winter, Sommer, Jäger, König, Klein, Lang, Müller,
    Schneider, Fischer, Weber, Hahn, Specht, Fink, Adler, Bär, Hase, Kaiser, Graf, Stein,
    Berg, Busch, Brand, Frisch, Fröhlich, Ernst, Sonntag, Ritter, Engel, Roth, Schwarz,
    Weiß, Braun, Zimmermann, Fleischer, Bäcker, Metzger, Schäfer, Hirsch, Strauß, Storch,
    Kranich, Lamm, Fels, Heide, Horn, Krone, Mond, Wild, Schnee, Morgenstern"""
)


ORIGINS = []
GIVEN = {}      # origin -> {"m": [...], "f": [...]}
SURNAMES = {}   # origin -> [(male form, female form)]
for _origin, (_m, _f, _s) in _RAW.items():
    ORIGINS.append(_origin)
    GIVEN[_origin] = {"m": list(dict.fromkeys(_split(_m))), "f": list(dict.fromkeys(_split(_f)))}
    pairs = []
    for item in _split(_s):
        if "/" in item:
            a, b = item.split("/", 1)
            pairs.append((a.strip(), b.strip()))
        else:
            pairs.append((item, None))
    SURNAMES[_origin] = pairs


def female_surname(origin, s):
    """Women's form for origins whose surnames change by rule; explicit pairs elsewhere."""
    if origin == "russian":
        if s.endswith(("ov", "ev", "in", "yn")):
            return s + "a"
        if s.endswith("sky"):
            return s[:-1] + "aya"
        return s
    if origin == "ukrainian":
        if s.endswith("skyi"):
            return s[:-4] + "ska"
        return s
    if origin == "bulgarian":
        if s.endswith(("ov", "ev")):
            return s + "a"
        return s
    if origin == "greek":
        for a, b in (("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("os", "ou"),
                     ("is", "i"), ("as", "a")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    return s


# Listed double given names (counted as one given name).
DOUBLE_HYPHEN = {"german", "austrian", "french"}
DOUBLE_SPACE = {"swiss", "spanish", "portuguese"}

# Origins whose special letters are dropped in 30 % of draws.
PLAIN_SOMETIMES = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian", "hungarian",
                   "kurdish", "albanian", "baltic"]

# Origins whose people may carry a hyphenated surname.
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic"]

# Base weights of origins per language of the text.
WEIGHTS = {
    "en": {
        "english": 38, "american": 27, "irish": 6, "scottish": 4.5, "welsh": 2.5,
        "indian": 3.5, "pakistani": 2.5, "nigerian": 2, "ghanaian": 0.9, "kenyan": 0.8,
        "chinese": 1.6, "japanese": 0.6, "korean": 0.6, "vietnamese": 0.5, "filipino": 0.8,
        "polish": 1.5, "german": 1.2, "austrian": 0.3, "swiss": 0.3, "italian": 1.2,
        "french": 1.0, "spanish": 0.9, "portuguese": 0.7, "dutch": 0.6, "nordic": 0.6,
        "finnish": 0.3, "greek": 0.4, "turkish": 0.5, "arabic": 0.8, "kurdish": 0.2,
        "persian": 0.4, "romanian": 0.6, "bulgarian": 0.3, "czech": 0.3, "hungarian": 0.3,
        "balkan": 0.4, "albanian": 0.3, "russian": 0.4, "ukrainian": 0.5, "ethiopian": 0.3,
        "somali": 0.4, "baltic": 0.4,
    },
    "de": {
        "german": 24, "austrian": 7, "swiss": 7, "turkish": 6.5, "polish": 3.5, "italian": 2.5,
        "russian": 2, "ukrainian": 2.2, "arabic": 2.2, "kurdish": 1.3, "persian": 1.1,
        "greek": 1.4, "balkan": 2.6, "albanian": 1.6, "romanian": 1.8, "bulgarian": 0.7,
        "czech": 0.8, "hungarian": 0.8, "dutch": 0.9, "french": 1.0, "spanish": 0.9,
        "portuguese": 0.8, "nordic": 0.6, "finnish": 0.3, "english": 1.0, "american": 0.5,
        "irish": 0.3, "scottish": 0.2, "welsh": 0.1, "indian": 0.7, "pakistani": 0.4,
        "nigerian": 0.4, "ghanaian": 0.3, "kenyan": 0.2, "chinese": 0.7, "japanese": 0.3,
        "korean": 0.3, "vietnamese": 0.8, "filipino": 0.3, "ethiopian": 0.3, "somali": 0.3,
        "baltic": 0.4,
    },
}

# Added weight for the origin of the person's country.
COUNTRY_BOOST = {
    "en": {"GB": ("english", 18), "US": ("american", 26), "IE": ("irish", 32),
           "DE": ("german", 40), "AT": ("austrian", 40), "CH": ("swiss", 40),
           "FR": ("french", 40), "NL": ("dutch", 40), "IT": ("italian", 40)},
    "de": {"DE": ("german", 8), "AT": ("austrian", 24), "CH": ("swiss", 24),
           "FR": ("french", 40), "NL": ("dutch", 40), "IT": ("italian", 40),
           "GB": ("english", 40), "US": ("american", 40), "IE": ("irish", 40)},
}

PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "di", "da", "dos", "del", "du", "zu",
             "vom", "ter", "ten", "lo", "ap", "al", "el", "ben", "mac", "mc", "ó", "ní", "nic",
             "dela", "d", "o"]

# Syllables of the generator for invented names.
ONSETS = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pr",
          "r", "s", "st", "t", "tr", "v", "w", "z", "sch", "ch", "j", "sk", "sl", "bl"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ei", "au", "y"]
MIDDLES = ["la", "ri", "no", "ve", "ta", "mi", "ro", "de", "li", "sa", "ko", "ne", "ru", "te"]
END_GIVEN_M = ["an", "ek", "ion", "ard", "ric", "ius", "o", "win", "eth", "ur", "as", "im"]
END_GIVEN_F = ["ina", "ella", "ia", "ene", "a", "ette", "ika", "ora", "elle", "yn", "ara"]
END_SUR = ["mann", "berg", "wick", "ton", "ley", "escu", "oglu", "inen", "ström", "er", "ke",
           "ow", "ić", "ard", "eau", "hoff", "stad", "ani", "aki", "ford", "ling", "sen"]

# Common words that a name part or an invented part must not equal (folded, lower case).
COMMON_WORDS = _split(
    """the, and, for, you, your, with, have, has, had, not, but, all, any, can, will, would,
    shall, may, might, must, our, out, one, two, new, old, day, way, who, how, why, what,
    when, where, which, there, here, then, than, them, they, this, that, these, those, from,
    into, over, under, after, before, about, again, also, back, just, only, some, such,
    very, well, good, best, last, next, first, long, little, more, most, much, many, same,
    own, off, yes, per, via, say, said, see, saw, get, got, let, put, set, use, used, make,
    made, take, took, come, came, give, gave, keep, kept, help, call, called, ask, asked,
    send, sent, order, orders, store, shop, team, staff, thanks, thank, please, dear, hello,
    hi, hey, kind, regards, best, cheers, love, sorry, note, notes, mail, email, phone,
    name, names, card, cards, code, date, time, week, month, year, today, tomorrow, monday,
    tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march,
    april, june, july, august, september, october, november, december, jan, feb, mar, apr,
    jun, jul, aug, sep, sept, oct, nov, dec, mon, tue, wed, thu, fri, sat, sun, post,
    parcel, box, bag, size, red, blue, grey, gray, orange, slate, lichen, gentian, ridge,
    rock, peat, fir, shade, hut, alpenglow, limestone, talgrat, almweg, fernkamm, firstwand,
    gitterhang, hochsattel, kaltkar, morgengrat, rinnental, schauerpass, steinlauf,
    trittweg, wintersteig, und, oder, der, die, das, den, dem, des, ein, eine, einen, einem,
    einer, ist, sind, war, hat, habe, haben, wir, ihr, sie, ich, du, er, es, uns, euch,
    ihnen, mit, von, vom, zum, zur, bei, auf, aus, nach, vor, für, über, unter, noch, schon,
    auch, nur, nicht, kein, keine, bitte, danke, liebe, lieber, hallo, grüße, gruß, herr,
    frau, herrn, tag, guten, morgen, abend, woche, monat, jahr, heute, januar, jänner,
    februar, märz, mai, juni, juli, oktober, dezember, montag, dienstag, mittwoch,
    donnerstag, freitag, samstag, sonntag, laden, filiale, kunde, kundin, paket, größe,
    farbe, schiefer, flechte, enzian, gratblau, felsgrau, moorbraun, tannenschatten,
    hüttenorange, kalkstein, alpenglühen, alle, alles, aber, wenn, weil, dass, wie, was,
    wer, wo, hier, dort, neu, alt, gut, mehr, viel, sehr, jetzt, dann, denn, doch, mal, so,
    am, im, an, in, zu, um, ab, bis, ob, oh, ok, okay, servus, grüezi, moin, ciao, hoi, tschüss,
    adieu, merci, nur, can, per, he, she, him, her, his, hers, its, it, is, be, are, was,
    were, been, being, do, did, done, does, go, went, gone, no, so, up, down, on, at, by,
    to, of, as, or, an, if, us, me, my, we, ha, ja, nein, na, da, wo, man, men, son, song,
    sun, moon, long, mark, bill, bob, pat, sue, art, rob, dean, chase, grant, hope,
    joy, faith, rich, page, read, ray, don, gene, guy, jack, victor, summer, autumn, rain,
    wind, hill, lake, street, road, lane, way, park, drive, court, place, square, strasse,
    straße, gasse, weg, platz, allee, ring, markt, tor, haus, hof, dorf, stadt, berg, tal,
    nord, süd, ost, west, north, south, east, city, town, region, kasse, kassa, natel,
    handy, mobil, tel, fax, web, www, http, https, html, json, xml, php, sql, true, false,
    null, none, nil, ok, id, ip, api, url, uri, post, get, put, host, port, user, admin,
    root, test, demo, sample, example, status, type, value, key, data, info, error, warn,
    debug, log, ping, pong, bar, foo, baz, stop, start, end, ende, anfang, los, gold, silver,
    snow, frost, stone, field, wood, glass, fox, wolf, bird, swan, finch, bell, king,
    young, price, cook, baker, hunter, rose, may, will, grace, mason, miller, green,
    brown, white, black, marsh, lamb, sharp, wise, hart, fisher, turner, cooper, porter,
    barber, archer, bishop, knight, church, banks, brook, cross, moss, potter, shepherd,
    walker, butler, parrot, winter, koch, fuchs, bauer, vogel, sommer, jäger, könig, klein,
    lang, müller, schneider, fischer, weber, hahn, specht, fink, adler, bär, hase, kaiser,
    graf, stein, busch, brand, frisch, fröhlich, ernst, ritter, engel, roth, schwarz, weiß,
    braun, fleischer, bäcker, metzger, schäfer, hirsch, strauß, storch, kranich, lamm,
    fels, heide, horn, krone, mond, wild, schnee, bank, iban, bic, swift, visa, amex,
    mastercard, paypal, klarna, dhl, ups, dpd, gls, hermes, fedex, usps, post, royal"""
)

# Words that are never drawn as a name part although they are in a list (they collide with
# ordinary template words or month names).
NEVER_NAMES = ["Will", "June", "August", "Said", "Nur", "He", "Sun", "Song", "Son", "Oh",
               "Moon", "Long", "Mai", "Jan", "Can", "Per", "Lau", "Tang", "Ma", "Ho", "Lee"]


def all_given():
    out = []
    for o in ORIGINS:
        out.extend(GIVEN[o]["m"])
        out.extend(GIVEN[o]["f"])
    return list(dict.fromkeys(out))


def all_surnames():
    out = []
    for o in ORIGINS:
        for a, b in SURNAMES[o]:
            out.append(a)
    out.extend(WORD_SURNAMES_EN)
    out.extend(WORD_SURNAMES_DE)
    return list(dict.fromkeys(out))
