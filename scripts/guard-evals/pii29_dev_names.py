"""Name lists for the dev half of the twenty-ninth PII bank (dev29).

Written for this half; no Faker, no package. Every origin has female given names,
male given names and surnames (in their base, usually male, form). Female surname
forms are made by `female_surname`. Lists are plain comma-separated strings,
split in order and deduplicated with dict.fromkeys (never through a set).
"""

ORIGINS = {}


def _split(s):
    return list(dict.fromkeys(x.strip() for x in s.split(",") if x.strip()))


def _o(key, f, m, s, double=""):
    ORIGINS[key] = {"f": _split(f), "m": _split(m), "s": _split(s), "double": _split(double)}


_o("german",
   "Anna, Lena, Sophie, Marie, Laura, Julia, Katharina, Johanna, Lea, Hannah, Clara, Charlotte, Franziska, "
   "Sabine, Petra, Ute, Heike, Birgit, Kerstin, Anja, Nicole, Stefanie, Andrea, Claudia, Susanne, Monika, "
   "Ingrid, Gisela, Renate, Helga, Annika, Svenja, Maren, Wiebke, Frauke, Silke, Dörte, Jana, Nele, Greta, "
   "Frieda, Ida, Mathilda, Luise, Paula, Emma, Mia, Merle, Antje, Imke, Carolin, Theresa, Gudrun, Hildegard, "
   "Elke, Bärbel, Rosemarie, Almut, Henrike, Insa",
   "Jonas, Lukas, Felix, Maximilian, Paul, Leon, Finn, Jan, Tim, Tobias, Florian, Sebastian, Matthias, "
   "Andreas, Stefan, Thomas, Michael, Markus, Jörg, Uwe, Dirk, Ralf, Holger, Torsten, Jürgen, Klaus, Dieter, "
   "Wolfgang, Manfred, Heinz, Günter, Hans, Karl, Friedrich, Wilhelm, Henrik, Ole, Malte, Jannik, Nils, "
   "Björn, Lars, Till, Moritz, Niklas, Jens, Sven, Kai, Hauke, Bernd, Rüdiger, Detlef, Volker, Gerd, "
   "Hartmut, Ulrich, Lothar, Arne, Fynn, Mats",
   "Berger, Hoffmann, Schmidt, Schulz, Becker, Meyer, Neumann, Schröder, Krüger, Ackermann, Seifert, Vollmer, "
   "Hartmann, Werner, Krause, Lehmann, Köhler, Herrmann, Walter, Mayer, Peters, Möller, Scholz, Lorenz, "
   "Baumann, Franke, Albrecht, Ludwig, Böhm, Winkler, Schuster, Vogt, Sauer, Kühn, Pohl, Horn, "
   "Bergmann, Voigt, Ziegler, Brandt, Schulte, Dietrich, Kuhn, Engelhardt, Seidel, Heinrich, Kraus, Fiedler, "
   "Otto, Arnold, Thiele, Schubert, Wendt, Ebert, Brinkmann, Rademacher, Eggers, Ostermann, Brockmann, "
   "Lindemann, Hinrichs, Wessels, Tiedemann, Lüders, Meiners, Grünewald, Kessler, Reinhardt, Schumacher, "
   "Wittmann, Hesse, Ebeling, Stolz, Janssen, Behrens, Dreyer, von der Heyde, von Arnim, von Bülow, zu Dohna, "
   "Kastner, Hübner, Pfister, Reuter, Schlüter, Westphal, Bollmann, Wiegand",
   "Anna-Lena, Lisa-Marie, Anne-Kathrin, Eva-Maria, Marie-Luise, Hans-Peter, Karl-Heinz, Hans-Jürgen, "
   "Klaus-Dieter, Jan-Erik, Lea-Sophie, Kai-Uwe")

_o("austrian",
   "Katrin, Magdalena, Valentina, Verena, Elisabeth, Christina, Barbara, Sandra, Daniela, Martina, Karin, "
   "Brigitte, Hermine, Leonie, Hanna, Viktoria, Lisa, Sarah, Marlene, Ursula, Gertraud, Notburga, Romana, "
   "Manuela, Melanie, Bettina, Kathrin, Evelyn, Ilse, Waltraud, Carina, Nina, Theresia, Rosalia, Hemma, "
   "Johanna, Veronika, Michaela, Sieglinde, Roswitha",
   "Jakob, Elias, Valentin, Christoph, Bernhard, Gerhard, Herbert, Franz, Josef, Alois, Johann, Leopold, "
   "Ferdinand, Rupert, Sepp, Hubert, Anton, Georg, Reinhard, Gottfried, Ignaz, Vinzenz, Roman, Dominik, "
   "Fabian, Raphael, Martin, Clemens, Severin, Konstantin, Engelbert, Erwin, Kilian, Lorenz, Meinrad, Quirin, "
   "Wendelin, Ewald, Gernot, Helmut",
   "Gruber, Huber, Pichler, Moser, Steiner, Mayr, Hofer, Leitner, Eder, Schmid, Maier, Reiter, Baumgartner, "
   "Brunner, Wimmer, Egger, Lechner, Auer, Aigner, Binder, Ebner, Haas, Holzer, Lehner, Wallner, Wieser, "
   "Strasser, Stadler, Grill, Oberhauser, Unterberger, Kofler, Thaler, Hochreiter, Pfeiffer, Haider, Rainer, "
   "Fellner, Stöger, Ortner, Prantl, Obermüller, Zangerl, Kirchmair, Plattner, Hinterberger, Pölzl, Wurzer, "
   "Gschwandtner, Schwaiger, Pirker, Url, Fasching, Riegler",
   "Maria-Theresia, Johann-Georg, Eva-Maria, Franz-Josef, Anna-Maria")

_o("swiss",
   "Seraina, Ladina, Flurina, Mirjam, Corinne, Rahel, Nadine, Fabienne, Annina, Deborah, Jasmin, Tamara, "
   "Ramona, Sina, Lia, Alina, Livia, Noemi, Regula, Vreni, Margrit, Ruth, Esther, Heidi, Beatrice, Anita, "
   "Yvonne, Cornelia, Ursina, Gianna, Madlaina, Silvia, Rita, Doris, Käthi, Nadja, Ladina, Selina",
   "Urs, Beat, Reto, Ueli, Fritz, Kurt, Peter, Hansruedi, Rolf, Marcel, Patrick, Roger, Daniel, Adrian, Remo, "
   "Gian, Luca, Nico, Noah, Levin, Andrin, Silvan, Cyrill, Pascal, Jürg, Ruedi, Mathias, Thierry, Flurin, "
   "Curdin, Mauro, Gion, Fadri, Dario, Lorin, Mattia, Gianluca",
   "Meier, Keller, Frei, Gerber, Widmer, Zürcher, Hofmann, Suter, Bühler, Kälin, Rüegg, Zbinden, Wyss, "
   "Ammann, Aebischer, Lüthi, Imhof, Marti, Sutter, Bieri, Hänni, Kunz, Frey, Bolliger, Hürlimann, Tanner, "
   "Gisler, Murer, Odermatt, Gasser, Casutt, Caflisch, Flückiger, Niederberger, Schaller, Scherrer, Stucki, "
   "Vögeli, Egli, Blaser, Zimmerli, Brägger, Schürch, Inäbnit, Zumstein, Tschudi, Bachmann, Wälti, Beeler",
   "Hans Ulrich, Anna Barbara, Hans Peter, Marie-Claire, Hans Rudolf")

_o("turkish",
   "Ayşe, Elif, Zeynep, Fatma, Emine, Hatice, Merve, Büşra, Esra, Selin, Derya, Gül, Sevgi, Özlem, Dilek, "
   "Aylin, Ebru, Melek, Yasemin, Nur, Şule, Hülya, Tuğba, Sibel, Cansu, İrem, Ceren, Gizem, Pınar, Gökçe",
   "Mehmet, Mustafa, Ahmet, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Kemal, Osman, Yusuf, Ömer, Serkan, "
   "Cem, Tolga, Volkan, Onur, Barış, Erdem, Kaan, Selim, Oğuz, Orhan, Levent, Halil, Recep, Umut, Sinan, Uğur",
   "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, "
   "Aslan, Çetin, Kara, Koç, Özkan, Şimşek, Polat, Korkmaz, Özer, Güneş, Aksoy, Tekin, Bulut, Keskin, Ünal, "
   "Karataş, Acar, Bozkurt, Güler, Turan, Uçar, Akın, Başaran, Tunç, Altun, Kocabaş, Avcı, Erol, Toprak")

_o("polish",
   "Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Ewa, Aleksandra, Natalia, Zofia, Zuzanna, Maja, "
   "Wiktoria, Dorota, Beata, Grażyna, Halina, Jadwiga, Krystyna, Renata, Iwona, Justyna, Karolina, Paulina, "
   "Marta, Weronika, Oliwia, Bożena, Danuta",
   "Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Łukasz, Jakub, Mateusz, Kamil, Grzegorz, Wojciech, "
   "Rafał, Bartosz, Dariusz, Mariusz, Zbigniew, Jerzy, Janusz, Stanisław, Kacper, Szymon, Wiktor, Filip, "
   "Dawid, Przemysław, Sławomir, Zdzisław",
   "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, "
   "Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski, "
   "Pawłowski, Michalski, Nowicki, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Majewski, Olszewski, "
   "Jaworski, Wróbel, Malinowski, Pawlak, Witkowski, Walczak, Stępień, Górski, Rutkowski, Sikora, Baran, "
   "Ostrowski, Chmielewski, Kaczmarek, Sobczak")

_o("italian",
   "Giulia, Francesca, Chiara, Sara, Alessia, Federica, Elisa, Paola, Giovanna, Roberta, Simona, Serena, "
   "Aurora, Ginevra, Vittoria, Ludovica, Rossella, Antonella, Lucia, Carla, Teresa, Benedetta, Camilla, "
   "Ilaria, Noemi, Arianna, Graziella, Donatella",
   "Marco, Giuseppe, Giovanni, Francesco, Alessandro, Matteo, Davide, Simone, Federico, Riccardo, Stefano, "
   "Roberto, Paolo, Antonio, Salvatore, Vincenzo, Massimo, Fabio, Emanuele, Leonardo, Tommaso, Pietro, "
   "Enrico, Carlo, Sergio, Claudio, Gianni, Alessio, Giacomo",
   "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
   "De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, "
   "Caruso, Ferrara, Galli, Martini, Leone, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, "
   "De Santis, D'Angelo, Di Stefano, Lo Bianco, Marchetti, Parisi, Ferraro, Fabbri, Pellegrini, Palumbo, "
   "Sanna, Fiore, Cattaneo, Benedetti",
   "Maria Grazia, Gian Marco, Anna Chiara, Gian Luca")

_o("russian",
   "Olga, Tatiana, Irina, Svetlana, Elena, Anastasia, Ekaterina, Marina, Yulia, Ksenia, Daria, Polina, Vera, "
   "Nadezhda, Lyudmila, Galina, Larisa, Yelena, Zhanna, Margarita, Alla, Inna, Arina, Lyubov, Tamara, Raisa",
   "Alexei, Dmitri, Sergei, Andrei, Ivan, Mikhail, Nikolai, Vladimir, Pavel, Yuri, Oleg, Igor, Maxim, "
   "Artyom, Kirill, Denis, Evgeni, Vadim, Viktor, Boris, Gennadi, Ilya, Timofei, Fyodor, Grigori, Leonid, "
   "Arkadi, Vyacheslav",
   "Ivanov, Smirnov, Kuznetsov, Popov, Vasiliev, Petrov, Sokolov, Mikhailov, Novikov, Fedorov, Morozov, "
   "Volkov, Alekseev, Lebedev, Semenov, Egorov, Pavlov, Kozlov, Stepanov, Nikolaev, Orlov, Andreev, Makarov, "
   "Nikitin, Zakharov, Zaitsev, Soloviev, Borisov, Yakovlev, Grigoriev, Vorobiev, Sergeev, Kuzmin, Frolov, "
   "Alexandrov, Dmitriev, Korolev, Gusev, Kiselev, Belov, Tarasov")

_o("ukrainian",
   "Oksana, Olena, Iryna, Nataliia, Tetiana, Yuliia, Kateryna, Mariia, Anastasiia, Viktoriia, Khrystyna, "
   "Solomiia, Halyna, Liudmyla, Svitlana, Nadiia, Larysa, Ivanna, Zlata, Orysia, Bohdana, Myroslava, Yaryna, "
   "Oleksandra, Daryna, Uliana, Lesia, Roksolana",
   "Oleksandr, Andrii, Serhii, Volodymyr, Mykola, Dmytro, Oleh, Yurii, Vasyl, Ihor, Bohdan, Taras, Petro, "
   "Maksym, Vitalii, Ruslan, Yaroslav, Ostap, Stepan, Danylo, Mykhailo, Artem, Denys, Anatolii, Vadym, "
   "Yevhen, Hryhorii, Pavlo",
   "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Boiko, Kovalchuk, Oliinyk, Shevchuk, "
   "Polishchuk, Lysenko, Marchenko, Rudenko, Savchenko, Petrenko, Melnyk, Kravets, Honcharenko, Levchenko, "
   "Klymenko, Pavlenko, Tkachuk, Hnatiuk, Zinchenko, Yurchenko, Ponomarenko, Kushnir, Romaniuk, Ostapchuk, "
   "Dovzhenko, Havryliuk, Symonenko, Vasylenko, Ivashchenko, Holub, Sydorenko, Fedorchuk, Hrytsenko")

_o("arabic",
   "Fatima, Aisha, Mariam, Layla, Nour, Yasmin, Salma, Huda, Rania, Dina, Amira, Lina, Hanan, Samira, Zainab, "
   "Khadija, Leila, Rasha, Reem, Ghada, Maha, Iman, Jamila, Hiba, Asma, Widad, Malak, Lubna, Suha",
   "Mohammed, Ahmad, Omar, Khaled, Youssef, Hassan, Hussein, Karim, Tariq, Bilal, Samir, Nabil, Walid, Fadi, "
   "Rami, Ziad, Jamal, Mahmoud, Abdullah, Khalil, Majid, Sami, Hamza, Anas, Faisal, Adel, Marwan, Bassam",
   "Al-Sayed, Haddad, Mansour, Nasser, Saleh, Hamdan, Aziz, Rahman, Farouk, Qasim, Ben Ali, Bakr, Darwish, "
   "Haidar, Hijazi, Issa, Jaber, Karam, Khoury, Maalouf, Najjar, Obeid, Sabbagh, Shami, Tamimi, Yousef, "
   "Zayed, El-Amin, Abboud, Aoun, Barakat, Chahine, Fakhoury, Hamadi, Nassar, Rizk, Sleiman, Al-Masri, "
   "Bitar, Kanaan")

_o("kurdish",
   "Rojda, Berfin, Dilan, Zozan, Helin, Rojin, Nazdar, Evin, Hêvî, Şirin, Gulistan, Delal, Avesta, Bêrîvan, "
   "Roza, Newroz, Ronahî, Viyan, Zilan, Nîgar, Jînda",
   "Rojhat, Baran, Serhat, Azad, Dilşad, Rêber, Kawa, Şêrko, Hogir, Welat, Berzan, Rizgar, Zana, Agit, "
   "Karzan, Soran, Hejar, Aram, Bakhtiyar, Dara, Shvan, Ciwan",
   "Amedi, Berwari, Doski, Zebari, Kurdi, Bajalan, Rekani, Dizayee, Jaf, Herki, Surchi, Bradosti, Duhoki, "
   "Hawrami, Mukriyani, Baban, Mergasori, Shexani, Sindi, Goyi, Ekinci, Bingöl, Zengin, Akkuş, Altıntaş, "
   "Sevinç, Bozan, Temo")

_o("persian",
   "Shirin, Parisa, Maryam, Nasrin, Mahsa, Niloufar, Laleh, Azadeh, Roya, Golnaz, Ladan, Mitra, Shabnam, "
   "Yasaman, Setareh, Bahar, Farnaz, Negin, Pegah, Sepideh, Mahnaz, Taraneh",
   "Reza, Hossein, Mehdi, Amir, Babak, Dariush, Farhad, Kourosh, Arash, Behnam, Kian, Navid, Omid, Payam, "
   "Ramin, Saeed, Shahin, Siavash, Hamid, Kamran, Parviz, Bijan, Pouya",
   "Hosseini, Mohammadi, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Kazemi, Sadeghi, Hashemi, Ebrahimi, "
   "Ghasemi, Zamani, Tehrani, Shirazi, Esfahani, Farahani, Najafi, Amini, Bahrami, Sharifi, Safavi, "
   "Tavakoli, Nouri, Rostami, Kiani, Asadi, Golzari, Nazari, Pourmand, Daneshvar, Mirzaei, Soltani")

_o("greek",
   "Eleni, Katerina, Georgia, Dimitra, Ioanna, Vasiliki, Angeliki, Despina, Eirini, Chrysa, Panagiota, "
   "Paraskevi, Stavroula, Konstantina, Theodora, Evangelia, Androniki, Kalliopi, Fotini, Zoi, Ourania, "
   "Myrto, Danai, Athina",
   "Giorgos, Dimitris, Nikos, Kostas, Yannis, Christos, Panagiotis, Vasilis, Thanasis, Michalis, Stavros, "
   "Spyros, Manolis, Apostolos, Evangelos, Stelios, Alexandros, Theodoros, Kyriakos, Lefteris, Sotiris, "
   "Petros, Ilias, Grigoris, Antonis",
   "Papadopoulos, Georgiou, Dimitriou, Nikolaou, Papadakis, Vlachos, Konstantinidis, Oikonomou, "
   "Christodoulou, Karagiannis, Pappas, Makris, Antoniou, Ioannidis, Athanasiou, Papageorgiou, Alexiou, "
   "Lambrou, Kouris, Stavrou, Theodorou, Vasileiou, Papanikolaou, Zervas, Michailidis, Kyriakidis, "
   "Panagiotopoulos, Galanis, Tsoukalas, Mavridis, Raptis, Katsaros, Sideris, Manolakis, Kostopoulos")

_o("balkan",
   "Jelena, Milica, Ivana, Marija, Tijana, Dragana, Snežana, Vesna, Sanja, Mirela, Amra, Lejla, Emina, Azra, "
   "Selma, Katarina, Mila, Zorica, Biljana, Gordana, Ljiljana, Nataša, Slavica, Danijela, Aida, Una, Jasna",
   "Marko, Nikola, Miloš, Aleksandar, Nemanja, Dragan, Zoran, Goran, Dejan, Milan, Bojan, Tomislav, Ante, "
   "Josip, Mario, Hrvoje, Damir, Emir, Adnan, Edin, Haris, Mirza, Dino, Vedran, Srđan, Đorđe, Predrag, Saša, "
   "Dušan, Igor",
   "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Popović, "
   "Kovačević, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Vuković, Tomić, Perić, Matić, Begić, Hodžić, "
   "Hadžić, Delić, Mehmedović, Hasanović, Salihović, Kurtović, Husić, Omerović, Mujić, Šarić, Radić, Lukić, "
   "Kostić, Živković, Blažević, Pavić, Grgić, Božić, Filipović, Vidović")

_o("bulgarian",
   "Desislava, Gergana, Tsvetelina, Radostina, Yordanka, Milena, Kalina, Denitsa, Vesela, Rositsa, "
   "Stanislava, Boryana",
   "Georgi, Dimitar, Hristo, Stoyan, Todor, Plamen, Krasimir, Lyubomir, Ivaylo, Nikolay, Velizar, Boyan, "
   "Tsvetan",
   "Georgiev, Dimitrov, Todorov, Stoyanov, Hristov, Kolev, Angelov, Nikolov, Marinov, Yordanov, Iliev, "
   "Atanasov, Vasilev, Kostadinov, Mladenov, Tsvetkov, Zhelev")

_o("albanian",
   "Arta, Blerta, Drita, Elira, Fjolla, Genta, Jeta, Kaltrina, Liridona, Mimoza, Njomza, Qendresa, Rina, "
   "Shqipe, Teuta, Vjosa, Valbona, Besa, Donika, Edona, Flaka, Albana, Arbnora",
   "Arben, Besnik, Dardan, Driton, Fatos, Gëzim, Ilir, Kushtrim, Labinot, Mentor, Petrit, Shpend, Valon, "
   "Visar, Agron, Bujar, Lulzim, Ardit, Arlind, Blerim, Egzon, Florent, Granit, Leotrim, Alban",
   "Hoxha, Krasniqi, Gashi, Berisha, Morina, Shala, Kelmendi, Bytyqi, Hasani, Rexhepi, Ahmeti, Zeqiri, "
   "Kastrati, Dervishi, Bajrami, Kryeziu, Sylejmani, Hyseni, Begolli, Avdiu, Shehu, Leka, Dushku, Prifti, "
   "Marku, Gjoka, Bardhi, Lika, Kola, Brahimi, Halili, Osmani")

_o("romanian",
   "Ioana, Andreea, Cristina, Mihaela, Raluca, Roxana, Diana, Gabriela, Oana, Bianca, Anca, Corina, Camelia, "
   "Florentina, Loredana, Mădălina, Sorina, Teodora, Carmen, Ilinca, Delia, Lavinia",
   "Alexandru, Ion, Mihai, Ștefan, Florin, Cristian, Bogdan, Vlad, Ionuț, Marius, Sorin, Dorin, Cătălin, "
   "Răzvan, Radu, Lucian, Vasile, Liviu, Costel, Petru, Ovidiu, Emil, Horia, Dragoș, Silviu",
   "Popescu, Ionescu, Popa, Pop, Dumitru, Stan, Stoica, Matei, Ciobanu, Rusu, Munteanu, Constantin, Marin, "
   "Moldovan, Florea, Dinu, Ilie, Lungu, Diaconu, Mocanu, Neagu, Barbu, Nistor, Cristea, Enache, Lazăr, "
   "Toma, Dobre, Voicu, Sârbu, Manole, Dragomir, Petrescu, Georgescu, Vasilescu, Constantinescu, Anghel")

_o("czech",
   "Lenka, Lucie, Kateřina, Tereza, Markéta, Barbora, Kristýna, Zuzana, Alena, Jitka, Věra, Pavla, Šárka, "
   "Radka, Dagmar, Libuše, Blanka, Klára, Adéla, Eliška, Anežka, Hedvika",
   "Jiří, Petr, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Lukáš, Ondřej, Vojtěch, Radek, Libor, Karel, Vít, "
   "Matěj, Štěpán, Bohumil, Luboš, Aleš, Marek, Dalibor, Přemysl, Jindřich",
   "Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Pospíšil, Pokorný, "
   "Hájek, Král, Jelínek, Růžička, Beneš, Fiala, Sedláček, Doležal, Zeman, Kolář, Navrátil, Čermák, Urban, "
   "Blažek, Kříž, Kovář, Bartoš, Vlček, Polák, Musil, Šimek, Konečný, Malý, Štěpánek, Kadlec")

_o("hungarian",
   "Zsófia, Eszter, Katalin, Erzsébet, Ildikó, Judit, Krisztina, Anikó, Réka, Boglárka, Dóra, Orsolya, Nóra, "
   "Tünde, Edit, Gabriella, Hajnalka, Enikő, Csilla, Vivien, Bernadett, Ágnes, Zsuzsanna, Emese, Kinga, Lilla",
   "László, István, József, Zoltán, Sándor, Gábor, Ferenc, Attila, Péter, Tamás, Zsolt, Balázs, Csaba, "
   "Levente, Dániel, Bence, Máté, Ádám, Gergely, Norbert, Tibor, Imre, Lajos, Miklós, Botond, Barnabás, "
   "Krisztián, Szabolcs",
   "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, "
   "Lakatos, Mészáros, Oláh, Rácz, Fekete, Szilágyi, Török, Fehér, Gál, Kis, Szűcs, Kocsis, Pintér, Fodor, "
   "Szalai, Sipos, Magyar, Lukács, Gulyás, Bíró, Király, Katona, Halász, Vörös")

_o("dutch",
   "Anouk, Femke, Sanne, Lotte, Fleur, Iris, Eline, Marieke, Annelies, Wilma, Joke, Marjolein, Roos, Lieke, "
   "Floor, Jet, Maud, Tess, Saskia, Ilse, Margriet, Hanneke, Geertje, Anke, Rianne, Mieke, Wendelien",
   "Jeroen, Bas, Sander, Thijs, Joost, Maarten, Ruud, Wouter, Pieter, Jasper, Koen, Daan, Sem, Bram, Luuk, "
   "Stijn, Gijs, Hendrik, Willem, Kees, Henk, Gert, Arjen, Teun, Tijmen, Niels, Rutger, Job, Floris, Huub",
   "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, "
   "de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, "
   "van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, "
   "de Bruijn, de Ruiter, Schouten, van Beek, Willems, van Vliet, Hoekstra, Maas, Verhoeven, Koster, "
   "van Dam, Prins, ter Horst, van der Sloot, Kuipers, Postma, Veenstra")

_o("french",
   "Camille, Léa, Manon, Chloé, Inès, Jade, Louise, Zoé, Élodie, Mathilde, Margaux, Océane, Juliette, Amélie, "
   "Aurélie, Céline, Sandrine, Nathalie, Isabelle, Valérie, Sylvie, Véronique, Agnès, Hélène, Capucine, "
   "Clémence, Solène, Anaïs, Maëlle, Ghislaine",
   "Hugo, Louis, Arthur, Jules, Raphaël, Théo, Nathan, Mathis, Antoine, Nicolas, Julien, Guillaume, Mathieu, "
   "Sébastien, Olivier, Philippe, Laurent, Christophe, François, Benoît, Étienne, Rémi, Cédric, Yannick, "
   "Loïc, Bastien, Gaëtan, Quentin, Thibault",
   "Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Lefebvre, Michel, David, Bertrand, Roux, "
   "Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, Legrand, Garnier, "
   "Faure, Rousseau, Blanc, Guérin, Muller, Henry, Roussel, Perrin, Morin, Clément, Gauthier, Dumont, "
   "Fontaine, Chevalier, Robin, de la Fontaine, Le Goff, Le Gall, Dupuis, Lemaire, Duval, Marchand, Delacroix",
   "Jean-Luc, Jean-Pierre, Marie-Claire, Anne-Sophie, Pierre-Yves, Marie-Hélène, Jean-Baptiste")

_o("spanish",
   "Lucía, Sofía, Alba, Irene, Raquel, Beatriz, Pilar, Rocío, Nerea, Ainhoa, Itziar, Esperanza, Montserrat, "
   "Inmaculada, Begoña, Lorena, Noelia, Aitana, Celia, Mercedes, Consuelo, Ximena, Yolanda, Amparo",
   "Alejandro, Pablo, Javier, Carlos, Jorge, Álvaro, Diego, Miguel, Rubén, Adrián, Manuel, José, Francisco, "
   "Juan, Raúl, Fernando, Íñigo, Iker, Unai, Gonzalo, Santiago, Mateo, Enrique, Ignacio, Joaquín, Alberto",
   "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, "
   "Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, "
   "Vázquez, Ramos, Gil, Ramírez, Serrano, Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, "
   "Marín, Sanz, Iglesias, Núñez, Medina, Garrido, Cortés, Castillo, Lozano, Guerrero, del Río, de la Cruz, "
   "Etxeberria, Aguirre",
   "José Luis, María José, Juan Carlos, Ana Belén, María del Mar")

_o("portuguese",
   "Inês, Mariana, Leonor, Matilde, Francisca, Margarida, Catarina, Joana, Rita, Filipa, Conceição, "
   "Fernanda, Graça, Helena, Rosário, Luísa, Benedita, Constança, Alice, Lurdes",
   "João, Tiago, Duarte, Afonso, Martim, Gonçalo, Diogo, Rui, Nuno, Pedro, Ricardo, Bruno, Vasco, Henrique, "
   "Filipe, Sérgio, Fábio, Luís, Joaquim, António, Gustavo, Tomás, Simão, Frederico",
   "Silva, Ferreira, Pereira, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, "
   "Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, "
   "Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Reis, Simões, Antunes, Matos, dos Santos, "
   "Magalhães, Baptista, Azevedo",
   "Ana Rita, João Pedro, Maria João")

_o("brazilian",
   "Luana, Larissa, Thaís, Jéssica, Bruna, Camila, Gabriela, Juliana, Aline, Vanessa, Tatiane, Priscila, "
   "Letícia, Isadora, Raíssa, Débora, Natália, Kauane, Rafaela",
   "Thiago, Gabriel, Matheus, Guilherme, Felipe, Rafael, Leandro, Marcelo, Vinícius, Caio, Enzo, Davi, "
   "Heitor, Murilo, Wellington, Anderson, Cleiton, Everton, Edson, Rodrigo",
   "da Silva, Oliveira, Souza, Lima, Barbosa, Araújo, Cavalcanti, Nascimento, Moura, Freitas, Dias, Batista, "
   "Campos, Rezende, Medeiros, Andrade, Farias, Bezerra, Pacheco, Sampaio, Tavares, Queiroz, Machado, "
   "Brandão, Siqueira, Xavier, Borges")

_o("nordic",
   "Astrid, Ingrid, Sigrid, Freya, Elin, Linnea, Saga, Ebba, Alva, Signe, Kirsten, Mette, Line, Sofie, "
   "Frida, Hedda, Solveig, Ragnhild, Tove, Liv, Thea, Sunniva, Ylva, Agnete, Ingeborg",
   "Erik, Nils, Anders, Magnus, Johan, Gustav, Axel, Oskar, Mats, Per, Ola, Knut, Håkon, Sindre, Eirik, "
   "Torstein, Mikkel, Rasmus, Søren, Mads, Jesper, Frederik, Aksel, Leif, Ulf, Stig, Ivar",
   "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
   "Pettersson, Lindberg, Lindqvist, Lundgren, Bergström, Sjöberg, Holm, Hansen, Johansen, Olsen, Larsen, "
   "Andersen, Pedersen, Nielsen, Kristiansen, Jensen, Rasmussen, Sørensen, Christensen, Haugen, Dahl, "
   "Bakke, Solberg, Lund, Eide, Nyström, Ekström, Wallin",
   "Ann-Marie, Lise-Lotte, Per-Olof")

_o("finnish",
   "Aino, Eeva, Helmi, Kaisa, Liisa, Marjatta, Minna, Päivi, Riikka, Sari, Satu, Tiina, Tuula, Veera, "
   "Annikki, Pirjo, Sirpa, Outi, Elina, Emmi, Ilona, Niina, Oona",
   "Antti, Juha, Jukka, Kari, Matti, Mikko, Pekka, Timo, Jari, Heikki, Ilkka, Janne, Jussi, Kalle, Lauri, "
   "Markku, Olli, Petteri, Risto, Tapio, Teemu, Tuomas, Veli, Ville, Aleksi",
   "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, "
   "Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, "
   "Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, "
   "Kallio, Leinonen, Miettinen")

_o("english",
   "Emily, Olivia, Amelia, Jessica, Lucy, Eleanor, Harriet, Imogen, Phoebe, Rebecca, Rachel, Katie, Lauren, "
   "Chloe, Megan, Bethany, Holly, Poppy, Daisy, Isla, Rosie, Abigail, Victoria, Elizabeth, Margaret, Jean, "
   "Pauline, Janet, Susan, Gillian, Beverley, Tracey, Joanne, Kerry, Hayley, Gemma, Natalie, Jennifer, "
   "Alison, Claire, Penelope, Matilda, Grace, May, Rose, Hope, Florence, Evie, Millie, Lydia, Wendy, "
   "Sharon, Lesley, Hazel",
   "Oliver, George, Harry, Jack, Charlie, William, James, Alfie, Joshua, Samuel, Benjamin, Matthew, Luke, "
   "Edward, Archie, Freddie, Joseph, Callum, Jake, Dominic, Nigel, Graham, Trevor, Colin, Keith, Barry, "
   "Derek, Stuart, Ian, Neil, Andrew, Mark, Christopher, Stephen, Jonathan, Philip, Toby, Will, Jamie, Ben, "
   "Alfred, Reggie, Rory, Harvey, Nathaniel, Gordon, Roger, Clive, Martin, Simon",
   "Smith, Jones, Taylor, Brown, Robinson, Wright, Thompson, Walker, Roberts, Hall, Clarke, Jackson, "
   "Harrison, Edwards, Turner, Ward, Parker, Collins, Allen, Mitchell, Carter, Phillips, Watson, Morris, "
   "Cooper, Bennett, Richardson, Clark, Ellis, Marshall, Chapman, Holmes, Atkinson, Barnes, Harvey, Webb, "
   "Pearson, Hudson, Whitfield, Ashworth, Pemberton, Fairclough, Crossley, Hargreaves, Ridley, Thornton, "
   "Blackwell, Whitaker, Pickering, Sutcliffe, Ramsbottom, Greenwood, Hollis, Kingsley, Waterhouse, Haworth, "
   "Bentley, Lockwood, Fairbanks, Dawson, Nicholls, Lambert, Goodwin, Barker, Spencer, Holden",
   "Mary Beth, Sue Ellen, Mary Kate, John Paul, Anne-Marie")

_o("american",
   "Ashley, Brittany, Kayla, Madison, Morgan, Kaitlyn, Brianna, Destiny, Jasmine, Amber, Heather, Crystal, "
   "Tiffany, Courtney, Kelsey, Savannah, Mackenzie, Addison, Avery, Harper, Peyton, Kimberly, Stephanie, "
   "Dana, Tonya, Latoya, Shanice, Keisha, Aaliyah, Patricia, Linda, Nancy, Karen, Betty, Dorothy, Michelle, "
   "Amanda, Melissa, Shannon, Misty, Dakota, Cheyenne, Jolene, Maribel, Lupita, Mabel, Brooke, Shelby",
   "Tyler, Brandon, Austin, Dylan, Cody, Kyle, Justin, Brett, Chad, Travis, Dustin, Cole, Wyatt, Colton, "
   "Chase, Logan, Jaden, Garrett, Trent, Bradley, Jeffrey, Gregory, Gary, Larry, Terry, Randy, Dwayne, "
   "DeShawn, Jamal, Tyrone, Darnell, Malik, Andre, Marcus, Jerome, Lamar, Earl, Elijah, Isaiah, Luis, "
   "Hector, Ramon, Cesar, Dale, Clayton, Beau, Bobby, Jimmy, Tucker, Hank, Zachary, Caleb",
   "Johnson, Williams, Davis, Wilson, Anderson, Lee, Harris, Lewis, Hernandez, Scott, Adams, Nelson, "
   "Campbell, Evans, Stewart, Flores, Rogers, Morgan, Peterson, Reed, Bailey, Howard, Cox, Brooks, Gray, "
   "Sanders, Myers, Ross, Foster, Powell, Jenkins, Perry, Russell, Washington, Jefferson, Coleman, Simmons, "
   "Patterson, Henderson, Bryant, Griffin, Hayes, Gonzales, Ramirez, Jablonski, Lindquist, Kowalczyk, "
   "McCormick, Delgado, Whitman, Dunbar, Holloway, Tillman, Castellano, Vanderhoek, Okafor",
   "Mary Beth, Billy Joe, Sue Ellen, Mary Ann, John Michael")

_o("irish",
   "Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Róisín, Ciara, Orla, Aisling, Clodagh, Gráinne, Sinéad, Deirdre, "
   "Máire, Bríd, Eimear, Áine, Méabh, Nuala, Úna, Fionnuala, Sorcha, Órlaith, Muireann, Ailbhe, Éabha, "
   "Clíodhna, Mairéad, Noreen, Bridget, Kathleen, Maureen, Eileen, Sheila",
   "Seán, Ciarán, Cian, Oisín, Darragh, Eoin, Pádraig, Cathal, Dónal, Colm, Diarmuid, Fionn, Conor, Tadhg, "
   "Rónán, Ruairí, Shane, Declan, Kieran, Brendan, Fergal, Lorcan, Senan, Odhrán, Cormac, Niall, Liam, "
   "Aidan, Eamon, Dermot, Finbarr",
   "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, "
   "Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, "
   "Dunne, Brennan, Burke, Keane, Fitzgerald, Nolan, Whelan, Ó Súilleabháin, Ní Bhriain, Mac Giolla Phádraig, "
   "Hegarty, Cullinane, Fahy, Tierney, Mulcahy, Moloney, Brosnan, Geraghty, Corcoran, Flanagan, Healy, "
   "Donnelly, Sheehan, Hennessy, Foley, Cassidy, Ó Briain")

_o("scottish",
   "Ailsa, Eilidh, Kirsty, Morag, Mhairi, Catriona, Iona, Shona, Rhona, Elspeth, Kirstin, Lorna, Moira, "
   "Skye, Ishbel, Marion, Jessie, Effie, Fiona, Isobel, Greer",
   "Alasdair, Hamish, Angus, Euan, Gregor, Iain, Lachlan, Murdo, Ruaridh, Struan, Torquil, Duncan, Douglas, "
   "Kenneth, Malcolm, Alistair, Craig, Graeme, Finlay, Calum, Innes, Dougal, Ewan, Fergus",
   "MacLeod, MacDonald, Robertson, Thomson, Mackenzie, Mackay, Fraser, Reid, Paterson, Sinclair, Cameron, "
   "Grant, Ferguson, McAllister, McGregor, MacKinnon, Buchanan, Drummond, Urquhart, Munro, Gillespie, "
   "Lamont, Forsyth, Kerr, Mackintosh, Cunningham, Crawford, MacPherson, McIntyre, Rennie, Baird, "
   "Galbraith, Ogilvie, Menzies, Farquhar, Maclean")

_o("welsh",
   "Cerys, Seren, Ffion, Bethan, Carys, Eleri, Angharad, Rhian, Nia, Siân, Gwen, Mared, Lowri, Heledd, Mali, "
   "Alaw, Tegan, Nerys, Glenys, Bronwen, Eirlys, Menna",
   "Rhys, Dafydd, Gareth, Owain, Ieuan, Gethin, Iwan, Aled, Emyr, Geraint, Huw, Llŷr, Meirion, Rhodri, "
   "Tomos, Osian, Macsen, Elis, Bryn, Gwilym, Idris, Gruffydd, Dylan, Cai",
   "Davies, Thomas, Hughes, Griffiths, Rees, Lloyd, Pritchard, Parry, Owen, Howells, Bowen, Pugh, Vaughan, "
   "Prosser, Llewellyn, Probert, Gwynne, ap Rhys, Bevan, Meredith, Watkins, Prydderch, Rowlands, Gittins, "
   "Blethyn, Cadwaladr, Jones, Evans")

_o("indian",
   "Priya, Ananya, Aditi, Kavya, Sneha, Pooja, Divya, Neha, Shruti, Anjali, Deepika, Lakshmi, Meera, Sunita, "
   "Radhika, Aishwarya, Ishita, Nandini, Shreya, Kavita, Padma, Rekha, Swati, Tanvi, Harpreet, Simran, "
   "Gurpreet, Manpreet",
   "Arjun, Rahul, Rohan, Vikram, Aditya, Sanjay, Rajesh, Suresh, Amit, Anil, Ravi, Karthik, Vivek, Nikhil, "
   "Siddharth, Pranav, Varun, Harish, Manoj, Deepak, Ashok, Ramesh, Gurinder, Harjit, Kuldeep, Jaswinder, "
   "Abhishek, Aniket, Venkat, Srinivas",
   "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Menon, Joshi, Mehta, Desai, Kapoor, "
   "Malhotra, Chopra, Banerjee, Chatterjee, Mukherjee, Das, Bose, Pillai, Krishnan, Subramanian, Agarwal, "
   "Bhatt, Chauhan, Verma, Mishra, Pandey, Sinha, Dutta, Ghosh, Sandhu, Dhillon, Grewal, Bhattacharya, "
   "Kulkarni, Naidu, Saxena, Trivedi")

_o("pakistani",
   "Ayesha, Hira, Mahnoor, Zara, Amna, Sidra, Rabia, Saima, Shazia, Farah, Bushra, Samina, Uzma, Mehwish, "
   "Iqra, Areeba, Maham, Rukhsana, Nazia, Kiran, Aleena, Sadia",
   "Muhammad, Usman, Imran, Asad, Zubair, Shahid, Naveed, Kashif, Junaid, Waqas, Zeeshan, Asif, Rizwan, "
   "Shoaib, Saad, Fahad, Owais, Talha, Irfan, Javed, Nadeem, Salman, Yasir, Adeel",
   "Khan, Ahmed, Hussain, Malik, Iqbal, Butt, Chaudhry, Qureshi, Sheikh, Raza, Mirza, Akhtar, Aslam, Rashid, "
   "Anwar, Nawaz, Bhatti, Mahmood, Siddiqui, Abbasi, Baig, Awan, Janjua, Rana, Hashmi, Kazmi, Zaidi, Rizvi, "
   "Niazi, Khattak, Memon, Jatoi, Chohan, Gondal, Cheema, Tarar")

_o("nigerian",
   "Chiamaka, Ngozi, Adaeze, Chioma, Nneka, Amaka, Ifeoma, Oluwaseun, Funmilayo, Folake, Yetunde, Bisola, "
   "Titilayo, Temitope, Hauwa, Halima, Blessing, Precious, Chinonso, Ebere, Nkechi, Adaobi, Omolara, "
   "Damilola, Kemi, Bukola",
   "Chinedu, Emeka, Obinna, Ikenna, Chukwuemeka, Nnamdi, Uche, Tunde, Babatunde, Oluwafemi, Segun, Kayode, "
   "Olumide, Femi, Dapo, Musa, Abubakar, Aliyu, Sani, Yakubu, Emmanuel, Godwin, Ifeanyi, Kelechi, Ayodele, "
   "Tobi, Chidi, Ebuka",
   "Okafor, Okonkwo, Eze, Nwosu, Obi, Okeke, Chukwu, Nwachukwu, Okoro, Onyeka, Adeyemi, Ogunleye, Olawale, "
   "Balogun, Adeleke, Oyelaran, Afolabi, Bello, Danjuma, Ibekwe, Okoye, Uzoma, Ezeh, Ogbonna, Akinola, "
   "Fashola, Ojo, Olatunji, Oyewole, Akande, Anyanwu, Nnadi, Odukoya, Ogundipe, Ekwueme, Adebayo")

_o("ghanaian",
   "Ama, Akosua, Adwoa, Abena, Akua, Yaa, Afua, Efua, Esi, Adjoa, Araba, Ekua, Maame, Dzifa, Elikem, "
   "Selasi, Enyonam, Mawusi, Korkor, Dede, Adoma, Serwaa",
   "Kwame, Kofi, Kwabena, Kwaku, Yaw, Kwasi, Kojo, Kweku, Kobina, Ekow, Fiifi, Nii, Selorm, Edem, Elorm, "
   "Delali, Mawuli, Kwadwo, Akwasi, Kpakpo, Ato",
   "Mensah, Boateng, Owusu, Asante, Osei, Agyeman, Appiah, Amoah, Ansah, Badu, Darko, Frimpong, Gyamfi, "
   "Nkansah, Ofori, Opoku, Quaye, Sarpong, Tetteh, Yeboah, Acheampong, Addo, Adjei, Amankwah, Antwi, "
   "Asamoah, Bonsu, Danso, Kyei, Ampofo, Lartey, Quartey, Agbeko, Dzomeku, Kpodo")

_o("kenyan",
   "Wanjiru, Achieng, Akinyi, Atieno, Njeri, Wambui, Nyambura, Wairimu, Moraa, Kemunto, Chebet, Jepkosgei, "
   "Cherono, Jeruto, Nekesa, Nafula, Awino, Adhiambo, Mumbua, Mwende, Kanini, Zawadi, Imani, Neema",
   "Kamau, Otieno, Ochieng, Kipchoge, Kiprono, Kiptoo, Mwangi, Njoroge, Odhiambo, Omondi, Wafula, Barasa, "
   "Mutua, Musyoka, Kibet, Cheruiyot, Juma, Baraka, Jabari, Tumaini, Wekesa, Onyango, Owino, Kimani, Gitau",
   "Kariuki, Maina, Ndungu, Wambugu, Macharia, Kiprotich, Rotich, Kosgei, Kiplagat, Langat, Chepkoech, "
   "Oduya, Ouma, Okoth, Mutiso, Muthoni, Nyaga, Wanyama, Simiyu, Kiprop, Koech, Muriuki, Gachanja, Ngugi, "
   "Kimathi, Oloo, Amolo, Kinyanjui, Mbugua, Njenga, Waweru, Githinji, Mwaura")

_o("chinese",
   "Mei, Xiaoling, Yan, Jing, Ying, Xiu, Fang, Ling, Qian, Yue, Xin, Jia, Ting, Wen, Shu, Lihua, Xiaomei, "
   "Yuqi, Zihan, Yutong, Ka-yan, Wing, Mei-ling, Huifang, Lijuan",
   "Wei, Jun, Hao, Lei, Ming, Jian, Tao, Peng, Qiang, Bo, Feng, Gang, Zhen, Yi, Zihao, Haoran, Yuxuan, "
   "Junjie, Ka-ho, Chi-wai, Kwok-wing, Siu-ming, Zhiqiang, Jianguo",
   "Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Zhu, Hu, Guo, Lin, Gao, Luo, Zheng, Liang, "
   "Xie, Tang, Han, Deng, Cao, Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Chan, Wong, Cheung, Leung, "
   "Lau, Ng, Tsang, Chow, Yip, Kwok, Lam, Fung")

_o("japanese",
   "Yuki, Haruka, Aoi, Sakura, Yui, Hina, Misaki, Nanami, Ayaka, Emi, Keiko, Yoko, Naoko, Tomoko, Akiko, "
   "Rina, Saki, Miho, Kaori, Megumi, Noriko, Chihiro, Mio, Hanako, Sayuri",
   "Haruto, Ren, Sota, Yuto, Kenji, Takeshi, Hiroshi, Satoshi, Daisuke, Kazuki, Ryo, Shota, Takumi, Kenta, "
   "Yusuke, Hideo, Akira, Makoto, Naoki, Tatsuya, Koji, Shinji, Riku, Hayato, Kaito, Minoru",
   "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, "
   "Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Mori, Ikeda, Hashimoto, "
   "Yamashita, Ishikawa, Nakajima, Maeda, Fujita, Ogawa, Goto, Okada, Hasegawa, Murakami, Kondo, Ishii, "
   "Sakamoto, Endo, Aoki, Fujii")

_o("korean",
   "Ji-woo, Seo-yeon, Min-ji, Ha-eun, Soo-ah, Ji-yeon, Eun-ji, Hye-jin, Yu-na, Da-eun, Su-bin, Ye-jin, "
   "Soo-jin, Mi-kyung, Young-hee, Na-yeon, Bo-ram, Chae-won, Seul-gi",
   "Min-jun, Seo-jun, Do-yun, Ji-ho, Ji-hoon, Hyun-woo, Jun-seo, Sung-min, Dong-hyun, Jae-won, Tae-yang, "
   "Young-soo, Sang-woo, Jin-ho, Kyung-soo, Woo-jin, Seung-hyun, Joon-young, Yong-jun",
   "Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Seo, Shin, Kwon, Hwang, Ahn, Yoo, Hong, Jeon, Moon, "
   "Bae, Baek, Heo, Nam, Noh, Kwak, Sung, Cha, Joo, Ryu, Jin, Byun, Chung")

_o("vietnamese",
   "Linh, Hương, Thảo, Trang, Ngọc, Phương, Thủy, Hằng, Nhung, Hoa, Anh, Vy, Nhi, Quỳnh, Hạnh, Yến, Thu, "
   "Diệp, Tuyết, Loan, Mai",
   "Minh, Tuấn, Hùng, Dũng, Quang, Huy, Đức, Khoa, Thắng, Phúc, Trung, Hải, Sơn, Bảo, Khánh, Vinh, Hiếu, "
   "Tùng, Tâm, Toàn, Cường, Việt",
   "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Trương, Đinh, "
   "Lâm, Tạ, Châu, Quách, Lương, Đoàn, Cao, Trịnh, Vương")

_o("filipino",
   "Maricel, Rowena, Jocelyn, Marivic, Rosalie, Analyn, Jonalyn, Kristine, Angelica, Mylene, Marites, "
   "Evangeline, Imelda, Corazon, Luzviminda, Dolores, Remedios, Aileen, Janine, Lorelei, Cherry, Joy",
   "Rommel, Reynaldo, Arnel, Ariel, Jomar, Rodel, Ramil, Jericho, Dindo, Efren, Rogelio, Ernesto, Danilo, "
   "Renato, Marlon, Jayson, Jhun, Raffy, Noel, Bong",
   "Dela Cruz, Reyes, Bautista, Ocampo, Mendoza, Tomas, Andrada, Villanueva, Rivera, Aquino, Salazar, "
   "Mercado, Manalo, Dizon, Pascual, Soriano, Santiago, Macaraeg, Magbanua, Panganiban, Lacson, "
   "Dimaculangan, Bernardo, Tolentino, de Guzman, Valdez, Marquez, Agustin, Domingo, Cruz",
   "Mark Anthony, John Carlo, Mary Grace, Mary Joy")

_o("ethiopian",
   "Meron, Selam, Hiwot, Bethlehem, Tigist, Mahlet, Saba, Liya, Tsion, Kidist, Mekdes, Yodit, Almaz, Genet, "
   "Aster, Birtukan, Feven, Rahel",
   "Abebe, Dawit, Yonas, Solomon, Bereket, Henok, Kaleb, Mulugeta, Girma, Tewodros, Yohannes, Biruk, "
   "Ermias, Eyob, Fikru, Mesfin, Natnael",
   "Bekele, Alemu, Tadesse, Gebremedhin, Wolde, Mengistu, Kebede, Desta, Abera, Assefa, Demissie, "
   "Getachew, Hailu, Mekonnen, Negash, Tekle, Worku, Yilma, Ayele, Berhane, Gebru, Lemma, Shiferaw, "
   "Tilahun, Woldemariam, Zewde, Asfaw, Belay, Tesfaye")

_o("baltic",
   "Rūta, Eglė, Ieva, Gintarė, Agnė, Jurgita, Vilma, Austėja, Ugnė, Indrė, Inga, Dace, Ilze, Līga, Sanita, "
   "Zane, Baiba, Kristīne",
   "Mindaugas, Darius, Giedrius, Vytautas, Andrius, Mantas, Paulius, Rokas, Arnas, Kęstutis, Audrius, "
   "Jānis, Māris, Aivars, Kārlis, Edgars, Raimonds",
   "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, Urbonas, "
   "Kavaliauskas, Navickas, Rimkus, Bērziņš, Kalniņš, Ozoliņš, Jansons, Liepiņš, Krūmiņš, Balodis, Vītols, "
   "Zariņš, Pētersons, Lapiņš")

# Surnames that are ordinary words. They are drawn for people of the text's own
# language area and occur unlabelled in the texts without personal data.
ORDINARY_EN = _split(
    "Baker, Hunter, Fox, Rose, May, Young, King, Little, Long, Cook, Bird, Hope, Bell, Stone, Wood, Hill, "
    "Frost, Shepherd, Mason, Carpenter, Fisher, Gardner, Archer, Butler, Wise, Sharp, Swift, Lamb, Hart, "
    "Hawk, Sparrow, Nightingale, Steele, Brook, Field, Marsh, Moss, Snow, Rivers, Short, Page, Day, Knight, "
    "Bishop, Dean, Miller, Black, Church, Cross, Heath, Reader, Weaver, Potter, Glover")
ORDINARY_DE = _split(
    "Wolf, Koch, Fuchs, Bauer, Vogel, Winter, Sommer, Jäger, König, Klein, Lang, Braun, Schwarz, Hahn, "
    "Engel, Fischer, Schneider, Müller, Weber, Kaiser, Zimmermann, Schäfer, Richter, Wagner, Stein, Busch, "
    "Graf, Herzog, Stern, Adler, Fink, Specht, Storch, Hirsch, Bär, Lamm, Frank, Krebs, Kranich, "
    "Strauß, Rabe, Schmied, Decker, Glaser, Drechsler, Sattler, Brenner")

# Letters folded for the plain spelling of names written with special letters.
FOLD = {
    "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "ç": "c", "Ç": "C", "ö": "o", "Ö": "O", "ü": "u",
    "Ü": "U", "ł": "l", "Ł": "L", "ś": "s", "Ś": "S", "ń": "n", "ż": "z", "Ż": "Z", "ź": "z", "ą": "a",
    "ę": "e", "ó": "o", "ć": "c", "č": "c", "Č": "C", "š": "s", "Š": "S", "ž": "z", "Ž": "Z", "đ": "dj",
    "Đ": "Dj", "ř": "r", "Ř": "R", "ě": "e", "ý": "y", "á": "a", "í": "i", "é": "e", "ů": "u", "ú": "u",
    "ă": "a", "â": "a", "î": "i", "ș": "s", "Ș": "S", "ț": "t", "ễ": "e", "ầ": "a", "ạ": "a", "ả": "a",
    "ấ": "a", "ậ": "a", "ắ": "a", "ằ": "a", "ặ": "a", "ẫ": "a", "ẩ": "a", "ẳ": "a", "ẵ": "a", "à": "a",
    "ã": "a", "è": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e", "ê": "e", "ế": "e", "ề": "e", "ể": "e", "ệ": "e",
    "ì": "i", "ỉ": "i", "ĩ": "i", "ị": "i", "ò": "o", "ỏ": "o", "õ": "o", "ọ": "o", "ô": "o", "ố": "o",
    "ồ": "o", "ổ": "o", "ỗ": "o", "ộ": "o", "ơ": "o", "ớ": "o", "ờ": "o", "ở": "o", "ỡ": "o", "ợ": "o",
    "ù": "u", "ủ": "u", "ũ": "u", "ụ": "u", "ư": "u", "ứ": "u", "ừ": "u", "ử": "u", "ữ": "u", "ự": "u",
    "ỳ": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y", "Ý": "Y", "Ỳ": "Y",
    "ė": "e", "ū": "u", "ī": "i", "ā": "a", "ē": "e", "ņ": "n", "ļ": "l", "ķ": "k", "ģ": "g", "ę": "e",
    "ő": "o", "ű": "u", "Á": "A", "É": "E", "Ó": "O", "Ú": "U", "ñ": "n", "ë": "e", "ï": "i",
}
FOLD_ORIGINS = ["turkish", "vietnamese", "balkan", "polish", "czech", "romanian", "kurdish", "baltic",
                "hungarian"]


def fold(s):
    return "".join(FOLD.get(ch, ch) for ch in s)


ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae",
         "Æ": "Ae", "ð": "d", "þ": "th", "đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L"}


def ascii_fold(s):
    """Plain ASCII spelling for e-mail local parts."""
    import unicodedata
    s = "".join(ASCII.get(ch, ch) for ch in s)
    s = fold(s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


# Origin weights per language (before the country boost).
WEIGHTS = {
    "en": [
        ("english", 31), ("american", 22), ("irish", 7), ("scottish", 4), ("welsh", 2.5), ("indian", 4),
        ("pakistani", 3), ("nigerian", 2.5), ("ghanaian", 1.2), ("kenyan", 1), ("chinese", 2),
        ("japanese", 0.8), ("korean", 0.8), ("vietnamese", 0.8), ("filipino", 1.3), ("polish", 2),
        ("italian", 1.5), ("german", 1.6), ("spanish", 1.3), ("portuguese", 0.8), ("brazilian", 0.6),
        ("french", 1), ("greek", 0.6), ("turkish", 0.8), ("arabic", 1.3), ("persian", 0.6), ("kurdish", 0.3),
        ("russian", 0.6), ("ukrainian", 0.6), ("romanian", 0.7), ("balkan", 0.5), ("albanian", 0.3),
        ("czech", 0.3), ("hungarian", 0.3), ("dutch", 0.6), ("nordic", 0.6), ("finnish", 0.3),
        ("austrian", 0.3), ("swiss", 0.3), ("ethiopian", 0.3), ("baltic", 0.4), ("bulgarian", 0.3),
    ],
    "de": [
        ("german", 31), ("austrian", 10), ("swiss", 10), ("turkish", 7), ("polish", 4), ("italian", 4),
        ("russian", 2.5), ("ukrainian", 2.5), ("arabic", 2.5), ("kurdish", 1.5), ("persian", 1.5),
        ("greek", 2), ("balkan", 3), ("albanian", 1.5), ("romanian", 2), ("czech", 1.2), ("hungarian", 1.2),
        ("dutch", 1.5), ("french", 1.5), ("spanish", 1.3), ("portuguese", 1), ("brazilian", 0.5),
        ("nordic", 1), ("finnish", 0.4), ("english", 1.5), ("american", 0.8), ("irish", 0.4),
        ("scottish", 0.4), ("welsh", 0.2), ("indian", 1), ("pakistani", 0.5), ("nigerian", 0.5),
        ("ghanaian", 0.4), ("kenyan", 0.3), ("chinese", 1), ("japanese", 0.5), ("korean", 0.5),
        ("vietnamese", 1), ("filipino", 0.4), ("ethiopian", 0.3), ("baltic", 0.3), ("bulgarian", 0.5),
    ],
}
# Extra weight for an origin when the person lives in a country.
BOOST = {
    "AT": [("austrian", 28)], "CH": [("swiss", 28), ("italian", 3), ("french", 3)],
    "US": [("american", 30), ("spanish", 4)], "IE": [("irish", 40)], "GB": [("english", 10), ("scottish", 3)],
    "FR": [("french", 60)], "NL": [("dutch", 60)], "IT": [("italian", 60)], "DE": [("german", 8)],
}

LOCAL = {"en": ["english", "american", "irish", "scottish", "welsh"], "de": ["german", "austrian", "swiss"]}
HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic"]

PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "dos", "das", "del", "della",
             "zu", "ter", "ten", "op", "ben", "al", "el", "ap", "mac", "ó", "ní", "o", "lo", "dela", "d",
             "mc"]

# Syllables for invented names.
ONSETS = ["b", "br", "d", "dr", "f", "fr", "g", "gr", "h", "k", "kl", "kr", "l", "m", "n", "p", "pr", "r",
          "s", "st", "t", "tr", "v", "w", "z", "sch", "j", "sv", "th", "ch"]
VOWELS = ["a", "e", "i", "o", "u", "ei", "au", "ie", "ou", "ai", "ea"]
MIDS = ["l", "n", "r", "m", "s", "t", "nd", "rt", "lm", "st", "v", "d", "k", "nn", "ll", "rg", "sk"]
END_F = ["a", "ina", "ella", "ene", "ja", "ra", "lie", "wen", "ise", "ona", "ika", "ette"]
END_M = ["o", "an", "ek", "ius", "rik", "ard", "en", "ias", "mir", "old", "un", "is"]
END_S = ["mann", "berg", "ton", "ström", "escu", "ić", "sen", "ley", "wick", "hofer", "ek", "eri", "ani",
         "stad", "dorf", "ing", "ow", "aker", "inger", "ell", "oudis", "ana", "ez", "ovic"]

# Words that an invented name may not be (English and German).
COMMON_WORDS = _split(
    "and, the, for, with, from, this, that, have, will, would, note, order, store, shop, team, call, mail, "
    "name, date, time, day, week, year, about, after, again, also, back, bill, card, case, code, desk, "
    "door, fine, free, gate, gift, good, hand, help, here, hold, home, hour, keep, kind, last, late, left, "
    "line, list, live, lock, long, made, make, mark, mind, more, most, near, need, next, open, over, paid, "
    "part, pass, plan, post, rain, rest, ride, road, room, rule, safe, sale, same, sent, ship, shoe, sign, "
    "size, slot, snow, sock, soon, spot, stay, step, stop, sure, take, talk, tell, test, then, tour, trip, "
    "turn, unit, used, very, wait, walk, wall, want, warm, wear, well, went, were, what, when, wind, wish, "
    "word, work, yard, zone, und, der, die, das, mit, von, bei, auf, aus, ein, eine, nach, oder, aber, "
    "bitte, danke, gerne, kunde, laden, marke, preis, rabatt, termin, woche, monat, jahr, tag, nacht, "
    "morgen, abend, berg, tal, weg, hang, grat, gipfel, hose, jacke, schuh, socke, rucksack, kasse, lager, "
    "filiale, dorf, stadt, rand, bahn, zug, auto, wagen, fahrt, reise, brief, post, paket, karte, konto, "
    "betrag, summe, zahl, nummer, schein, geld, euro, franken, pfund, dollar, lohn, gehalt, miete, vertrag, "
    "mann, frau, herr, kind, leute, team, chef, boss, tiger, panda, gorilla, banana, mango, lima, tango, "
    "salsa, pasta, pizza, sauna, tundra, bravo, delta, gamma, sigma, omega, alpha, beta, kilo, mega, giga, "
    "arena, kobra, puma, lava, tara, sale, rina, anna, lena, mara, vera, nora, lara, sara, tina, mona")
