"""Name lists of the dev half of the twenty-seventh PII bank (dev27), written for this half.

40 origins, each with male and female given names and surnames (male/base forms; female forms
are derived where the language does so). Weights per text language and country, ordinary-word
surnames, hyphenated and double names, and a syllable generator for invented names.
"""

import unicodedata

ORIGINS = {}
ORDER = []


def _split(s):
    return list(dict.fromkeys(x.strip() for x in s.split(",") if x.strip()))


def _o(key, m, f, s):
    ORIGINS[key] = {"m": _split(m), "f": _split(f), "s": _split(s)}
    ORDER.append(key)


_o("german",
   "Lukas, Jonas, Felix, Maximilian, Paul, Leon, Finn, Elias, Tim, Jan, Niklas, Tobias, Florian, Sebastian, "
   "Michael, Thomas, Andreas, Stefan, Markus, Christian, Matthias, Daniel, Jürgen, Uwe, Dieter, Klaus, "
   "Wolfgang, Rainer, Holger, Dirk, Torsten, Sven, Henrik, Moritz, Johannes, Benedikt, Till, Malte, Ole, "
   "Jannik, Lennart, Hannes, Bernd, Volker, Gerhard, Helmut, Detlef, Heiko, Björn, Jörg, Ralf, Norbert, "
   "Carsten, Kai, Fabian, Philipp, Konstantin, Jens",
   "Anna, Lena, Laura, Julia, Lea, Hannah, Sophie, Marie, Katharina, Sarah, Lisa, Johanna, Charlotte, Clara, "
   "Emma, Mia, Sabine, Petra, Claudia, Susanne, Monika, Birgit, Nicole, Stefanie, Kerstin, Anja, Silke, "
   "Heike, Ute, Gabriele, Renate, Ingrid, Christa, Franziska, Annika, Jana, Merle, Frieda, Ida, Greta, "
   "Wiebke, Svenja, Katrin, Doris, Elke, Dagmar, Antje, Bettina, Jutta, Maren, Insa, Imke, Luisa, Nele",
   "Müller, Schmidt, Meyer, Weber, Wagner, Becker, Schulz, Hoffmann, Schröder, Neumann, Schwarz, Braun, "
   "Krüger, Hofmann, Hartmann, Schmitt, Werner, Krause, Meier, Lehmann, Schulze, Köhler, Herrmann, Walter, "
   "Mayer, Peters, Möller, Scholz, Weiß, Jung, Vogt, Friedrich, Keller, Günther, Berger, Winkler, Roth, "
   "Beck, Lorenz, Baumann, Franke, Albrecht, Schuster, Ludwig, Böhm, Kraus, Schumacher, Krämer, Otto, "
   "Seidel, Heinrich, Brandt, Haas, Schreiber, Schulte, Dietrich, Ziegler, Kuhn, Kühn, Pohl, Horn, "
   "Bergmann, Voigt, Sauer, Arnold, Wolff, Pfeiffer, Brinkmann, Ostermann, Janßen, Hinrichs, Petersen, "
   "Thiele, Ebert, Kessler, Rademacher, Oberländer, Hüttenrauch, Dreher, Eichhorn, von der Heyde, "
   "zu Dohna, von Ahlefeldt, Steinmetz, Kowalewski, Wendt, Fricke, Gerdes, Tiedemann, Lindemann, Husmann, "
   "Wachtel, Reinhardt, Brückner, Schlegel, Hölzl, Endres, Gebhardt, Kirchner, Stumpf, Biermann")
_o("austrian",
   "Alois, Ferdinand, Leopold, Valentin, Raphael, Matthäus, Gregor, Franz, Johann, Engelbert, Rupert, "
   "Vinzenz, Kilian, Clemens, Severin, Quirin, Bernhard, Herbert, Reinhold, Ewald, Gottfried, Wendelin, "
   "Hubert, Armin, Manfred, Erwin, Josef, Christoph, Georg, Jakob, Lorenz, Dominik, Elias, Anton",
   "Theresia, Magdalena, Veronika, Elisabeth, Leonie, Valentina, Hemma, Barbara, Maria, Hermine, "
   "Martina, Elfriede, Waltraud, Roswitha, Gerlinde, Irmgard, Brigitte, Sieglinde, Marlene, Verena, "
   "Carina, Romana, Angelika, Daniela, Sandra, Michaela, Katrin, Theresa, Johanna, Viktoria, Helga, "
   "Anneliese, Cornelia",
   "Gruber, Huber, Pichler, Steiner, Moser, Hofer, Leitner, Eder, Schmid, Reiter, Mayr, Wimmer, Egger, "
   "Brunner, Baumgartner, Auer, Binder, Lechner, Wallner, Aigner, Ebner, Koller, Lehner, Holzer, Straßer, "
   "Kofler, Pöll, Hinterberger, Obermüller, Rainer, Kogler, Zauner, Stadler, Grabner, Pammer, Kronberger, "
   "Fellner, Haider, Gassner, Ortner, Rieder, Thaler, Unterberger, Windisch, Wurzer, Zach, Prammer, "
   "Leitgeb, Hochreiter, Schwaiger, Mitterer, Hödl, Pühringer, Oberhauser, Strobl, Wieser, Moosbrugger, "
   "Schwarzenberger, Rauscher, Kapeller, Tschernutter, Pfandl, Rettenbacher")
_o("swiss",
   "Urs, Reto, Beat, Adrian, Mathias, Remo, Fabio, Gian, Luca, Nico, Cyrill, Silvan, Ueli, Hansruedi, "
   "Kurt, Peter, Roger, Marco, Rolf, Pascal, Flurin, Noah, Elia, Ramon, Sandro, Samuel, Thierry, Jürg, "
   "Martin, Andri, Lars, Yannick",
   "Regula, Ursula, Vreni, Corinne, Nadine, Seraina, Flurina, Ladina, Mirjam, Rahel, Sabrina, Tamara, "
   "Fabienne, Jasmin, Manuela, Esther, Yvonne, Nathalie, Chantal, Larissa, Selina, Alina, Nina, Livia, "
   "Noemi, Annina, Barbara, Rebekka, Salome, Deborah, Andrea",
   "Keller, Brunner, Gerber, Frei, Widmer, Moser, Wyss, Steiner, Kälin, Zürcher, Bühler, Hug, Suter, "
   "Lüthi, Bachmann, Hofstetter, Ammann, Zollinger, Stalder, Marti, Hess, Egli, Rüegg, Aebischer, "
   "Bosshard, Schönenberger, Gasser, Imhof, Kunz, Tanner, Wenger, Zumstein, Bärtschi, Flückiger, "
   "Gautschi, Hürlimann, Inderbitzin, Jenni, Käser, Nussbaumer, Rohner, Sigrist, Stutz, Vögeli, Walser, "
   "Zaugg, Caflisch, Caduff, Cathomen, Berchtold, Fässler, Gisler, Hänggi, Kägi, Leuenberger, Ryser, "
   "Schüpbach, Tschudi, Ulrich, Wälti, Zbinden")
_o("turkish",
   "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Serkan, Cem, Kerem, Onur, "
   "Tolga, Volkan, Yusuf, Ömer, Furkan, Barış, Eren, Arda, Kaan, Oğuz, Selim, Tarık, Uğur, Levent, Erkan, Deniz",
   "Ayşe, Fatma, Emine, Zeynep, Elif, Merve, Esra, Büşra, Selin, Derya, Gül, Hatice, Sevgi, Özlem, "
   "Leyla, Melek, Aylin, Ebru, Gizem, Tuğba, Yasemin, Canan, Dilek, Songül, Nesrin, Sibel, Pınar, İrem, Ceren",
   "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, "
   "Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Güneş, Aksoy, Korkmaz, Tekin, Ateş, "
   "Acar, Bulut, Keskin, Ünal, Karaca, Uçar, Bozkurt, Avcı, Altun, Güler, Sarı, Coşkun, Kocabaş, Taşdemir, "
   "Erdem, Oral, Uysal, Akgül, Yavuz, Duman, Kalkan")
_o("polish",
   "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Marek, Grzegorz, Jakub, Łukasz, Kamil, "
   "Mateusz, Adam, Wojciech, Dariusz, Rafał, Bartosz, Szymon, Maciej, Przemysław, Jacek, Zbigniew, Janusz",
   "Katarzyna, Małgorzata, Agnieszka, Ewa, Magdalena, Joanna, Aleksandra, Zofia, Natalia, Karolina, "
   "Dorota, Beata, Iwona, Justyna, Paulina, Marta, Weronika, Agata, Grażyna, Halina, Urszula, Kinga, Wiktoria",
   "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, "
   "Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski, "
   "Pawłowski, Michalski, Nowicki, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Majewski, Olszewski, "
   "Jaworski, Wróbel, Malinowski, Pawlak, Witkowski, Walczak, Stępień, Górski, Rutkowski, Michalak, Sikora, "
   "Baran, Szczepański, Chmielewski, Ostrowski")
_o("italian",
   "Marco, Luca, Giuseppe, Giovanni, Francesco, Alessandro, Matteo, Lorenzo, Davide, Simone, Federico, "
   "Riccardo, Stefano, Paolo, Antonio, Salvatore, Vincenzo, Roberto, Fabrizio, Gianluca, Massimo, "
   "Emanuele, Nicola, Andrea",
   "Giulia, Francesca, Chiara, Sara, Valentina, Alessia, Martina, Federica, Elisa, Silvia, Elena, "
   "Roberta, Paola, Giorgia, Beatrice, Ilaria, Serena, Caterina, Lucia, Antonella, Gabriella, Raffaella, Donatella",
   "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
   "De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, "
   "Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, "
   "Coppola, De Santis, D'Angelo, Di Stefano, Lo Bianco, Marchetti, Parisi, Villa, Cattaneo, Pellegrini, "
   "Benedetti, Zanetti")
_o("russian",
   "Alexander, Dmitri, Sergei, Andrei, Alexei, Ivan, Mikhail, Nikolai, Vladimir, Pavel, Igor, Yuri, "
   "Maxim, Artem, Kirill, Roman, Oleg, Anton, Denis, Evgeni, Konstantin, Viktor, Vadim, Grigori",
   "Anastasia, Ekaterina, Olga, Natalia, Elena, Irina, Svetlana, Tatiana, Yulia, Daria, Ksenia, Polina, "
   "Galina, Ludmila, Marina, Nadezhda, Vera, Larisa, Sofia, Alina, Valeria, Yevgenia",
   "Ivanov, Smirnov, Kuznetsov, Popov, Petrov, Sokolov, Mikhailov, Novikov, Fedorov, Morozov, Volkov, "
   "Alexeev, Lebedev, Semenov, Egorov, Pavlov, Kozlov, Stepanov, Nikolaev, Orlov, Andreev, Makarov, "
   "Nikitin, Zakharov, Zaitsev, Borisov, Romanov, Sergeev, Kuzmin, Frolov, Belov, Gusev, Titov, "
   "Kiselev, Medvedev, Tarasov")
_o("ukrainian",
   "Oleksandr, Andriy, Mykola, Taras, Bohdan, Yaroslav, Vasyl, Serhiy, Dmytro, Oleh, Petro, Volodymyr, "
   "Yuriy, Maksym, Vitaliy, Ihor, Stepan, Ostap, Danylo, Mykhailo, Yevhen",
   "Oksana, Olena, Iryna, Nataliya, Tetiana, Kateryna, Halyna, Viktoriya, Solomiya, Khrystyna, Mariya, "
   "Svitlana, Larysa, Nadiya, Liliya, Zoriana, Uliana, Anastasiia, Daryna, Yana",
   "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Oliynyk, Shevchuk, Koval, Polishchuk, "
   "Bondar, Tkachuk, Marchenko, Moroz, Lysenko, Rudenko, Savchenko, Petrenko, Kovalchuk, Melnyk, Boyko, "
   "Kravchuk, Klymenko, Pavlenko, Ponomarenko, Vasylenko, Levchenko, Hrytsenko, Romanenko, Doroshenko, "
   "Yakovenko, Sydorenko, Fedorenko, Karpenko, Zinchenko, Hnatyuk, Didenko, Ostapenko, Kostenko")
_o("arabic",
   "Mohammed, Ahmad, Omar, Khaled, Youssef, Karim, Hassan, Tarek, Samir, Rami, Bilal, Hamza, Mahmoud, "
   "Nabil, Walid, Ziad, Amir, Fadi, Jamal, Majid, Anas, Basel, Ayman, Marwan",
   "Fatima, Aisha, Leila, Mariam, Noor, Yasmin, Rania, Salma, Huda, Amira, Layla, Dina, Hanan, Nadia, "
   "Samira, Lina, Rasha, Maha, Ghada, Reem, Zainab, Hiba, Asma, Dalia",
   "Al-Sayed, Haddad, Khalil, Mansour, Nasser, Hussein, Saleh, Hamdan, Abdullah, Farouk, Aziz, Darwish, "
   "Qasim, Sabbagh, Shalabi, Taha, Yassin, Zaki, El-Amin, Barakat, Hijazi, Jaber, Kassem, Mahfouz, "
   "Najjar, Suleiman, Awad, Bakri, Issa, Othman, Ramadan, Khoury, Abboud, Daher, Haidar, Ghanem, "
   "Al-Masri, Azzam")
_o("kurdish",
   "Azad, Dilshad, Rebin, Karwan, Shvan, Hemin, Baran, Soran, Rêbaz, Kawa, Hawar, Zana, Serhat, Berzan, "
   "Diyar, Rojhat, Aram, Ciwan, Heval, Sherzad",
   "Berfin, Rojda, Zozan, Dilan, Nishtiman, Hêvî, Shilan, Jiyan, Roza, Avesta, Nazdar, Gulistan, "
   "Bahar, Ronahi, Delal, Evîn, Perwin, Sozdar, Narin, Helin",
   "Zebari, Doski, Amedi, Hawrami, Sindi, Mizuri, Bamarni, Akrawi, Khoshnaw, Baban, Dizayee, Rekani, "
   "Barwari, Kakai, Mukri, Shwani, Sorani, Zaxoyî, Berwari, Hakkari, Soran, Duhoki, Qadir, Nerwey")
_o("persian",
   "Reza, Mehdi, Hossein, Arash, Babak, Dariush, Farhad, Kourosh, Omid, Payam, Ramin, Saeed, Shahin, "
   "Behrouz, Kaveh, Navid, Pouya, Siamak, Milad, Hamid, Masoud, Bijan",
   "Maryam, Zahra, Shirin, Parisa, Niloufar, Mina, Nasrin, Roya, Azadeh, Golnar, Mahsa, Neda, Parvaneh, "
   "Soraya, Tara, Yasaman, Shabnam, Farnaz, Ladan, Elham, Ghazal",
   "Ahmadi, Hosseini, Karimi, Rezaei, Moradi, Mohammadi, Hashemi, Jafari, Rahimi, Sadeghi, Ghorbani, "
   "Kazemi, Mousavi, Rostami, Najafi, Tehrani, Shirazi, Esfahani, Farahani, Yazdani, Akbari, Bagheri, "
   "Ebrahimi, Ghasemi, Heidari, Kamali, Mahmoudi, Nouri, Salehi, Zand, Amini, Bahrami, Daneshvar, Ranjbar")
_o("greek",
   "Georgios, Dimitrios, Konstantinos, Ioannis, Nikolaos, Panagiotis, Christos, Vasileios, Athanasios, "
   "Evangelos, Michalis, Spyros, Stavros, Kostas, Giannis, Thanos, Alexandros, Petros, Manolis, Stelios, "
   "Theodoros, Apostolos",
   "Eleni, Aikaterini, Vasiliki, Angeliki, Dimitra, Georgia, Konstantina, Ioanna, Despina, Eirini, "
   "Chrysa, Panagiota, Paraskevi, Stavroula, Theodora, Evangelia, Athina, Zoi, Niki, Kalliopi, Foteini",
   "Papadopoulos, Georgiou, Pappas, Nikolaidis, Oikonomou, Karagiannis, Vlachos, Papadakis, Makris, "
   "Dimitriou, Konstantinidis, Antoniou, Christodoulou, Alexiou, Ioannidis, Papanikolaou, Athanasiou, "
   "Georgiadis, Panagiotopoulos, Kyriakidis, Stavrou, Theodorou, Lamprou, Michailidis, Papageorgiou, "
   "Raptis, Sotiriou, Tsoukalas, Vasileiou, Zervas, Kouris, Lekkas, Manolakis, Mavridis, Paraskevopoulos")
_o("balkan",
   "Marko, Nikola, Luka, Milan, Dragan, Zoran, Goran, Dejan, Petar, Aleksandar, Miloš, Nemanja, Damir, "
   "Emir, Mirza, Adnan, Haris, Tomislav, Ante, Josip, Darko, Boris, Dimitar, Georgi, Hristo, Kiril, Jure, Edin",
   "Jelena, Ivana, Marija, Milica, Jovana, Dragana, Snežana, Vesna, Tijana, Maja, Lejla, Amra, Selma, "
   "Emina, Mirela, Katarina, Zrinka, Dunja, Biljana, Desislava, Radka, Gordana, Mojca, Nataša, Sanja, "
   "Ljiljana, Aida, Mirjana",
   "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Horvat, "
   "Kovačević, Babić, Marić, Jurić, Knežević, Vuković, Perić, Hodžić, Hadžić, Begić, Delić, Kovač, "
   "Popović, Tomić, Radić, Lukić, Zorić, Mitrović, Dimitrov, Georgiev, Todorov, Stoyanov, Petkov, "
   "Kranjc, Zupan, Mlakar, Bašić, Mehmedović, Šarić, Grgić")
_o("albanian",
   "Arben, Besnik, Driton, Ermal, Fatmir, Gentian, Ilir, Kreshnik, Leotrim, Valon, Agon, Blerim, Dardan, "
   "Edon, Flamur, Granit, Shkelzen, Visar, Liridon, Alban, Arlind, Bujar, Naim",
   "Albana, Arta, Blerta, Donika, Drita, Elira, Fjolla, Genta, Jehona, Kaltrina, Liridona, Mimoza, "
   "Njomza, Qendresa, Rina, Shqipe, Teuta, Valbona, Vjosa, Arbnora, Besa, Elona",
   "Berisha, Krasniqi, Gashi, Hoxha, Shala, Morina, Kelmendi, Bytyqi, Hasani, Ahmeti, Dervishi, "
   "Kastrati, Osmani, Rexhepi, Sadiku, Shehu, Zeqiri, Kryeziu, Leka, Mehmeti, Ismaili, Haziri, Musliu, "
   "Bajrami, Halili, Jashari, Limani, Hyseni, Ibrahimi, Selimi")
_o("romanian",
   "Alexandru, Mihai, Ionuț, Florin, Bogdan, Cristian, Gabriel, Vlad, Radu, Sorin, Cătălin, Ovidiu, "
   "Costin, Dragoș, Marius, Răzvan, Liviu, Tudor, Emil, Horia, Viorel, Ciprian, Adrian",
   "Ioana, Andreea, Alexandra, Cristina, Mihaela, Roxana, Simona, Diana, Gabriela, Raluca, Oana, "
   "Bianca, Corina, Anca, Ramona, Camelia, Denisa, Florentina, Iulia, Mădălina, Georgiana",
   "Popescu, Ionescu, Popa, Pop, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu, Munteanu, "
   "Constantin, Moldovan, Lazăr, Florea, Mihăilescu, Dobre, Barbu, Nistor, Diaconu, Enache, Marin, Ene, "
   "Preda, Vasile, Cristea, Dinu, Toma, Iordache, Neagu, Oprea, Voicu, Sandu, Dragomir, Negru")
_o("czech",
   "Jiří, Petr, Josef, Pavel, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Michal, Lukáš, Ondřej, Vojtěch, "
   "Radek, Libor, Vít, Matěj, Štěpán, Karel, Aleš, Jakub, Milan",
   "Hana, Lenka, Kateřina, Věra, Lucie, Alena, Petra, Veronika, Tereza, Michaela, Zuzana, Markéta, "
   "Barbora, Klára, Eliška, Kristýna, Jitka, Dagmar, Ivana, Šárka, Jana",
   "Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Pokorný, Marek, "
   "Pospíšil, Hájek, Jelínek, Král, Růžička, Beneš, Fiala, Sedláček, Doležal, Zeman, Kolář, Navrátil, "
   "Čermák, Vaněk, Blažek, Kříž, Kovář, Bartoš, Vlček, Polák, Musil, Kopecký, Šimek, Konečný, Holub, "
   "Štěpánek, Vávra, Hruška")
_o("hungarian",
   "László, István, József, Zoltán, Sándor, Gábor, Attila, Péter, Tamás, Balázs, Zsolt, Csaba, Ferenc, "
   "András, Gergely, Bence, Dániel, Levente, Máté, Ádám, Kristóf, Imre, Miklós",
   "Erzsébet, Katalin, Éva, Ildikó, Zsuzsanna, Krisztina, Judit, Anita, Eszter, Réka, Nóra, Dóra, "
   "Boglárka, Zsófia, Viktória, Orsolya, Emese, Enikő, Beáta, Henrietta, Tünde",
   "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, "
   "Juhász, Lakatos, Mészáros, Oláh, Rácz, Fekete, Szilágyi, Török, Fehér, Balázs, Gál, Szűcs, Kocsis, "
   "Pintér, Fodor, Szalai, Sipos, Magyar, Lukács, Gulyás, Bíró, Király, Katona, Hegedűs")
_o("dutch",
   "Daan, Sem, Bram, Thijs, Jeroen, Sander, Bas, Ruben, Joost, Wouter, Maarten, Pieter, Jasper, Koen, "
   "Niels, Stijn, Hendrik, Rutger, Floris, Teun, Wessel, Jelle, Sjoerd, Gijs",
   "Fenna, Sanne, Lotte, Anouk, Femke, Iris, Lieke, Marieke, Ilse, Inge, Annemiek, Floor, Roos, Saskia, "
   "Maaike, Willemijn, Merel, Jolien, Evelien, Griet, Evi, Anke",
   "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, "
   "Mulder, de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, "
   "van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, "
   "van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, ter Horst, "
   "van der Sloot, Kuipers, Verhoeven, Postma, Hoekstra")
_o("french",
   "Jean, Pierre, Michel, Philippe, Alain, Julien, Antoine, Mathieu, Guillaume, Sébastien, Olivier, "
   "Laurent, Benoît, Clément, Théo, Hugo, Louis, Arthur, Maxime, Romain, Vincent, Yannick, François, Gaël",
   "Camille, Léa, Manon, Chloé, Inès, Juliette, Élodie, Céline, Aurélie, Sandrine, Isabelle, Claire, "
   "Amélie, Margaux, Pauline, Mathilde, Océane, Émilie, Hélène, Anaïs, Solène, Nathalie, Sophie, Maëlle",
   "Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Laurent, Lefebvre, Michel, David, "
   "Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, "
   "François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Henry, Roussel, Perrin, Morin, Mathieu, "
   "Gauthier, Dumont, Chevalier, Robin, de la Fontaine, Duval, Lemaire, Dufour, Le Gall, Le Roux")
_o("spanish",
   "Javier, Alejandro, Carlos, Miguel, Pablo, Sergio, Jorge, Álvaro, Diego, Adrián, Raúl, Iván, Rubén, "
   "Fernando, Manuel, Francisco, Jesús, Ignacio, Gonzalo, Íñigo, Rodrigo, Alberto",
   "Lucía, Paula, Carmen, Sofía, Isabel, Pilar, Rocío, Alba, Nerea, Ainhoa, Irene, Beatriz, Patricia, "
   "Raquel, Inmaculada, Montserrat, Begoña, Noelia, Marta, Cristina, Elena",
   "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, "
   "Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, "
   "Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, Delgado, "
   "Castro, Ortiz, Rubio, Marín, Sanz, Iglesias, del Río, Núñez, Medina")
_o("portuguese",
   "João, António, Tiago, Rui, Pedro, Diogo, Nuno, Ricardo, Duarte, Gonçalo, Luís, Vasco, Afonso, "
   "Martim, Filipe, Sérgio, Paulo, Fábio, Miguel",
   "Inês, Joana, Mariana, Catarina, Rita, Carolina, Leonor, Matilde, Teresa, Filipa, Patrícia, Cláudia, "
   "Sónia, Andreia, Helena, Margarida, Susana, Beatriz",
   "Silva, Santos, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, "
   "Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, "
   "Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Reis, Simões, Antunes, "
   "Matos, da Silva, dos Santos")
_o("brazilian",
   "Matheus, Guilherme, Gustavo, Leonardo, Thiago, Vinícius, Caio, Enzo, Davi, Henrique, Murilo, "
   "Otávio, Renan, Wesley, Anderson, Cauã, Luan, Breno, Eduardo, Rafael",
   "Juliana, Fernanda, Letícia, Bruna, Amanda, Aline, Vanessa, Jéssica, Thaís, Natália, Isabela, "
   "Lívia, Luana, Débora, Priscila, Tatiane, Raíssa, Camila, Larissa",
   "Souza, Lima, Barbosa, Araújo, Azevedo, Cavalcanti, Nascimento, Batista, Moraes, Dias, Freitas, "
   "Campos, Barros, Rezende, Farias, Pacheco, Siqueira, Brandão, Xavier, Guimarães, Macedo, Andrade, "
   "Queiroz, Leite, Medeiros, Sampaio, Tavares, Viana, Fonseca, Bezerra")
_o("nordic",
   "Lars, Anders, Erik, Johan, Magnus, Nils, Olof, Mikael, Fredrik, Per, Gustav, Oskar, Axel, Kristian, "
   "Jens, Søren, Morten, Rasmus, Mads, Torbjørn, Håkon, Sigurd, Bjarne, Einar",
   "Astrid, Sigrid, Karin, Britt, Linnea, Elin, Frida, Ebba, Saga, Tove, Liv, Solveig, Kari, Randi, "
   "Mette, Pernille, Camilla, Signe, Freja, Helle, Ragnhild, Ingrid",
   "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
   "Lindqvist, Lindberg, Bergström, Sjöberg, Lundgren, Nyström, Holm, Hansen, Johansen, Olsen, Larsen, "
   "Andersen, Pedersen, Nielsen, Jensen, Christensen, Rasmussen, Sørensen, Kristiansen, Haugen, Bakken, "
   "Solberg, Dahl, Lund, Halvorsen, Sigurdsson, Åkesson")
_o("finnish",
   "Mikko, Juha, Jukka, Timo, Matti, Antti, Kari, Pekka, Jari, Ville, Janne, Sami, Tuomas, Lauri, Eero, "
   "Aleksi, Joonas, Veeti, Onni, Ilkka, Markku, Petri, Heikki",
   "Tuula, Päivi, Riitta, Sari, Minna, Tiina, Kaisa, Elina, Aino, Eveliina, Heidi, Satu, Marjatta, "
   "Pirjo, Sanna, Noora, Venla, Ella, Helmi, Aada",
   "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, "
   "Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, "
   "Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, "
   "Hiltunen, Räsänen, Leppänen, Aaltonen")
_o("english",
   "James, John, David, Michael, Richard, Paul, Andrew, Peter, Robert, Christopher, Stephen, Simon, "
   "Matthew, Daniel, Thomas, Oliver, Harry, George, Jack, Charlie, Alfie, Jacob, Joshua, Samuel, Benjamin, "
   "William, Edward, Alexander, Luke, Ryan, Adam, Nathan, Toby, Rory, Freddie, Archie, Henry, Jamie, "
   "Lewis, Ben, Tom, Nick, Stuart, Martin, Philip, Graham, Nigel, Neil, Ian, Colin, Trevor, Keith, "
   "Gary, Darren, Lee, Wayne, Barry, Clive, Roger, Jonathan, Tim, Dominic, Hugo, Rupert, Jasper, Theo, "
   "Max, Sam, Joe, Dan, Owen",
   "Emily, Olivia, Amelia, Isla, Ava, Jessica, Lily, Sophie, Grace, Chloe, Ella, Charlotte, Hannah, Lucy, "
   "Ellie, Harriet, Imogen, Phoebe, Poppy, Rosie, Holly, Abigail, Megan, Rebecca, Sarah, Emma, Claire, "
   "Helen, Rachel, Victoria, Joanne, Karen, Susan, Julie, Tracey, Louise, Gemma, Natalie, Hayley, Amy, "
   "Laura, Katie, Zoe, Beth, Eleanor, Florence, Matilda, Evie, Jasmine, Gillian, Alison, Hope, Rose, "
   "Joy, Dawn, Esther, Frances, Philippa, Georgina, Lydia, Nicola, Jenny, Kate, Anna",
   "Smith, Williams, Taylor, Wilson, Johnson, Robinson, Thompson, Wright, Edwards, Hall, Harris, Clarke, "
   "Jackson, Turner, Martin, Cooper, Ward, Morris, Moore, Clark, Harrison, Allen, Scott, Phillips, Watson, "
   "Davis, Parker, Bennett, Mitchell, Carter, Richardson, Bailey, Collins, Shaw, Cox, Richards, Marshall, "
   "Simpson, Ellis, Adams, Wilkinson, Foster, Chapman, Webb, Rogers, Gray, Hunt, Matthews, Palmer, "
   "Holmes, Mills, Barnes, Butler, Russell, Barker, Stevens, Dixon, Harvey, Pearson, Fletcher, Gibson, "
   "Howard, Andrews, Elliott, Saunders, Payne, Pearce, Brooks, Lawrence, Atkinson, Bradley, Spencer, "
   "Dawson, Burton, Watts, Booth, Perry, Wells, Hayes, Hudson, Newman, Barrett, Webster, Gregory, Carr, "
   "Lowe, Riley, Dunn, Parsons, Reid, Holland, Hawkins, Harding, Porter, Newton, Gardner, Dean, Lane, "
   "Cooke, Bates, Burgess, Walton, Nicholson, Cross, Freeman, Warren, Nicholls, Sutton, Yates, Hodgson, "
   "Robson, Curtis, Hopkins, Harper, Coleman, Watkins, Moss, Chambers, Hardy, Wheeler, Osborne, Rowe, "
   "Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stephenson, Hammond, Buckley, Hewitt, Slater, "
   "Whitehead, Blake, Goodwin, Barton, Woodward, Barnett, Baxter, Clayton, Greenwood, Jennings, Holt, "
   "Kemp, Poole, Stokes, Fowler, Heath, Middleton, Jarvis, Gibbs, Hayward, Bartlett, Briggs, "
   "Ashworth, Pickering, Thornton, Wainwright, Lockwood, Fairbairn, Hargreaves, Ainsworth")
_o("american",
   "Tyler, Brandon, Austin, Cody, Dylan, Chase, Logan, Ethan, Noah, Liam, Aiden, Jayden, Caleb, Wyatt, "
   "Landon, Brody, Colton, Garrett, Travis, Dustin, Chad, Derek, Kyle, Jeremy, Justin, Marcus, DeShawn, "
   "Darnell, Andre, Brett, Clayton, Dwayne, Elijah, Isaiah, Jaxon, Hunter, Bryce, Cole, Tanner, Zachary, "
   "Jared, Corey, Josh, Kevin, Brian, Scott, Greg, Doug",
   "Madison, Ashley, Brittany, Kayla, Taylor, Hailey, Brooklyn, Savannah, Aubrey, Addison, Avery, "
   "Harper, Kaylee, Jordyn, Mackenzie, Destiny, Aaliyah, Kendra, Tiffany, Amber, Crystal, Stephanie, "
   "Jennifer, Kimberly, Melissa, Courtney, Danielle, Shannon, Lindsey, Paige, Morgan, Peyton, Skylar, "
   "Sierra, Dakota, Emerson, Mary Beth, Lacey, Kelsey, Brianna, Whitney, Meredith, Tara, Heather",
   "Brooks, Jenkins, Patterson, Flores, Washington, Simmons, Gonzales, Bryant, Alexander, Griffin, "
   "Myers, Ford, Hamilton, Sullivan, Wallace, Woods, Cole, West, Jordan, Owens, Reynolds, Harrison, "
   "McDonald, Cruz, Murray, Tucker, Hicks, Crawford, Henry, Boyd, Kennedy, Warren, Ramos, Reyes, Burns, "
   "Gordon, Rice, Robertson, Daniels, Nichols, Grant, Ferguson, Perkins, Stephens, Pierce, Arnold, "
   "Watkins, Olson, Carroll, Duncan, Snyder, Hart, Cunningham, Andrews, Weaver, Greene, Sims, "
   "Kelley, Franklin, Lawson, Jefferson, Monroe, Whitaker, Holloway, Donovan, Kowalczyk, Schultz, "
   "Hendricks, Larson, Gustafson, Lindquist, Buchanan, Calhoun, McCoy, Mendoza, Ortega, Delgado, "
   "Caldwell, Fleming, Harmon, Ingram, Lambert, Maddox, Norris, Pruitt, Quinlan, Rhodes, Stanton, Vance")
_o("irish",
   "Seán, Ciarán, Cian, Oisín, Darragh, Eoin, Pádraig, Conor, Niall, Fionn, Tadhg, Cathal, Colm, "
   "Declan, Donal, Fergal, Killian, Ronan, Diarmuid, Aidan, Brendan, Shane, Dermot, Eamon, Cormac",
   "Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Róisín, Orla, Sinéad, Aisling, Clodagh, Ciara, Gráinne, "
   "Muireann, Éabha, Sorcha, Áine, Bríd, Deirdre, Maeve, Nuala, Órlaith, Una, Fiadh, Síle, Mairéad",
   "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, "
   "McCarthy, Gallagher, O'Doherty, Lynch, Quinn, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, "
   "Dunne, Brennan, Burke, Farrell, Fitzgerald, Maguire, Nolan, Flynn, O'Callaghan, O'Donnell, Duffy, "
   "Mahony, Boyle, Healy, Kavanagh, Ó Briain, Mac Giolla Phádraig, Ó Súilleabháin, Costello, Fogarty, "
   "Keane, Hennessy, Sheehan, McGrath, Hegarty, Moriarty")
_o("scottish",
   "Alasdair, Hamish, Angus, Callum, Euan, Fraser, Iain, Murdo, Ruaridh, Lachlan, Finlay, Ewan, Duncan, "
   "Craig, Struan, Kenneth, Alistair, Douglas, Malcolm, Ross, Blair, Gordon",
   "Eilidh, Morag, Kirsty, Mhairi, Catriona, Fiona, Ailsa, Iona, Shona, Skye, Kenna, Elspeth, Isobel, "
   "Rhona, Ishbel, Moira, Lorna, Flora, Màiri, Effie, Kirstin",
   "MacDonald, Campbell, Stewart, Thomson, MacLeod, Paterson, Fraser, Mackenzie, Mackay, Sinclair, "
   "McAllister, Cameron, MacKinnon, McIntyre, Menzies, Drummond, Munro, Morrison, Gillespie, Kerr, "
   "Urquhart, Sutherland, MacGregor, McLean, Lamont, Dunbar, Galbraith, Rennie, Strachan, Baird, "
   "Henderson, Ritchie, Docherty, Gilchrist")
_o("welsh",
   "Dafydd, Rhys, Owain, Gethin, Iwan, Emyr, Gareth, Huw, Ieuan, Aled, Bryn, Cai, Elis, Geraint, Ioan, "
   "Llŷr, Osian, Rhodri, Tomos, Trystan, Gwilym, Hywel",
   "Cerys, Angharad, Bethan, Carys, Catrin, Eleri, Ffion, Gwen, Gwenllian, Heledd, Lowri, Mali, Nia, "
   "Rhian, Seren, Siân, Sioned, Non, Llinos, Mererid, Tegan, Awen",
   "Jones, Davies, Evans, Thomas, Roberts, Lewis, Hughes, Morgan, Griffiths, Owen, Rees, Jenkins, "
   "Powell, Parry, Lloyd, Vaughan, Bowen, Howells, Llewellyn, Pugh, Prosser, Rowlands, Gwynne, "
   "ap Rhys, Meredith, Probert, Maddocks, Beynon, Bevan, Gwyther, Prydderch, Cadwaladr")
_o("indian",
   "Rahul, Amit, Arjun, Vikram, Rohan, Sanjay, Rajesh, Suresh, Anil, Vijay, Karthik, Aditya, Pranav, "
   "Siddharth, Nikhil, Varun, Harish, Manoj, Deepak, Ravi, Gaurav, Abhishek, Krishna, Venkatesh, Arvind",
   "Priya, Ananya, Divya, Pooja, Neha, Sneha, Kavya, Aishwarya, Lakshmi, Meera, Shreya, Deepika, "
   "Anjali, Sunita, Rekha, Nisha, Swati, Isha, Aditi, Ritu, Padma, Radhika, Shalini, Tanvi, Harpreet",
   "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Menon, Rao, Joshi, Mehta, Shah, Desai, "
   "Chatterjee, Banerjee, Mukherjee, Das, Bose, Pillai, Krishnan, Agarwal, Malhotra, Kapoor, Chopra, "
   "Verma, Mishra, Pandey, Srinivasan, Subramanian, Ghosh, Naidu, Bhat, Kulkarni, Deshpande, Sethi, "
   "Chaudhary, Kaur, Gill")
_o("pakistani",
   "Imran, Faisal, Usman, Asad, Zeeshan, Kamran, Tariq, Waqas, Shahid, Irfan, Junaid, Nadeem, Saqib, "
   "Fahad, Rizwan, Naveed, Arslan, Umar, Sohail, Adeel",
   "Ayesha, Sana, Hira, Mahnoor, Zara, Saima, Rabia, Sadia, Amna, Bushra, Farah, Iqra, Kiran, Mehwish, "
   "Nida, Rukhsana, Samina, Shazia, Sidra, Uzma",
   "Khan, Ahmed, Hussain, Malik, Iqbal, Chaudhry, Butt, Qureshi, Raza, Siddiqui, Sheikh, Mirza, Javed, "
   "Akhtar, Aslam, Baig, Bhatti, Cheema, Gondal, Hashmi, Jamil, Latif, Mahmood, Nawaz, Rehman, Saleem, "
   "Shafiq, Tahir, Zaidi, Abbasi, Anwar, Farooq, Bukhari")
_o("nigerian",
   "Chinedu, Emeka, Obinna, Chukwuemeka, Oluwaseun, Tunde, Babatunde, Olumide, Segun, Ayodele, Ifeanyi, "
   "Nnamdi, Uche, Kelechi, Adebayo, Femi, Abubakar, Musa, Chidi, Kunle, Tobi, Damilare",
   "Chiamaka, Ngozi, Adaeze, Nneka, Folake, Funmilayo, Yetunde, Oluwadamilola, Temitope, Adaora, "
   "Ifeoma, Chioma, Amaka, Blessing, Precious, Hauwa, Bukola, Titilayo, Uchenna, Ebere, Kemi, Omolara",
   "Okafor, Okonkwo, Adeyemi, Ogunleye, Eze, Nwosu, Obi, Chukwu, Balogun, Afolabi, Okoro, Nwachukwu, "
   "Ibekwe, Oladipo, Onyeka, Uzor, Abiodun, Bello, Danjuma, Olawale, Oyelaran, Akinola, Ogundipe, Nnadi, "
   "Okeke, Ezeh, Anyanwu, Obiora, Adeleke, Salami, Ojo, Ogbonna, Umeh, Igwe")
_o("ghanaian",
   "Kwame, Kofi, Kwaku, Yaw, Kwabena, Kojo, Kwesi, Kobina, Ebo, Fiifi, Selorm, Elikem, Kwadwo, Edem, "
   "Senyo, Nii, Ato, Kwamena, Kweku",
   "Ama, Akosua, Abena, Afua, Adwoa, Yaa, Akua, Efua, Esi, Adjoa, Araba, Ekua, Dzifa, Enyonam, Selasi, "
   "Aseye, Naa, Maame, Afia, Abla",
   "Mensah, Owusu, Asante, Boateng, Osei, Agyeman, Appiah, Darko, Acheampong, Adjei, Ampofo, Antwi, "
   "Badu, Bonsu, Danquah, Frimpong, Gyamfi, Kuffour, Manu, Ofori, Opoku, Quaye, Sarpong, Tetteh, "
   "Wiredu, Yeboah, Amoah, Addo, Quartey, Amankwah, Kyei, Annan")
_o("kenyan",
   "Kamau, Njoroge, Kipchoge, Kiprono, Kibet, Ochieng, Omondi, Barasa, Wekesa, Mutua, Kimani, Githinji, "
   "Juma, Baraka, Amani, Jabari, Macharia, Korir",
   "Wanjiru, Wambui, Njeri, Akinyi, Achieng, Atieno, Nyokabi, Chebet, Jepchirchir, Wairimu, Mumbi, "
   "Nafula, Nekesa, Makena, Zawadi, Neema, Imani, Halima, Awino, Kerubo",
   "Otieno, Mwangi, Kariuki, Kiplagat, Cheruiyot, Odhiambo, Onyango, Wanjala, Mutai, Kiprotich, "
   "Ndungu, Kamande, Gitau, Kirui, Langat, Rotich, Kosgei, Owino, Oduya, Wafula, Muriuki, Kilonzo, "
   "Mbugua, Maina, Ngugi, Waweru, Kinyua, Koech")
_o("ethiopian",
   "Abebe, Dawit, Yonas, Bereket, Solomon, Tewodros, Girma, Kidus, Eyob, Fitsum, Henok, Robel, "
   "Tsegaye, Biniam, Mesfin, Natnael",
   "Meron, Hiwot, Selam, Tigist, Mekdes, Bethlehem, Saba, Liya, Tsion, Feven, Senait, Almaz, Azeb, "
   "Yordanos, Semhar, Eden",
   "Bekele, Haile, Gebre, Tadesse, Alemu, Getachew, Mekonnen, Wolde, Desta, Ayele, Kebede, Tekle, "
   "Negash, Berhane, Abera, Gebremedhin, Asfaw, Woldemariam, Hagos, Tsegay, Yohannes, Kidane, Habte, "
   "Zewdie, Fikre")
_o("chinese",
   "Wei, Jun, Hao, Lei, Ming, Jian, Tao, Bo, Feng, Gang, Hui, Jie, Liang, Peng, Qiang, Rui, Xin, Yong, "
   "Zhiwei, Zihan, Haoran, Yuxuan, Jiahao, Kwok-Wai, Chun",
   "Mei, Xiaoling, Jing, Ying, Yan, Fang, Hong, Lan, Qing, Ting, Xiu, Yun, Zhen, Xinyi, Yutong, "
   "Shuang, Lingling, Meiling, Jiayi, Ruoxi, Wenjing, Hui-Min",
   "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Zhu, Hu, Guo, Lin, Gao, Luo, Zheng, "
   "Liang, Xie, Tang, Han, Deng, Cao, Peng, Zeng, Xiao, Tian, Dong, Yuan, Cai, Jiang, Cheng, Shen, "
   "Yao, Wong, Chan, Leung, Cheung, Lau, Ng, Tsang, Yip, Kwok, Chow, Lam, Tse, Mak")
_o("japanese",
   "Haruto, Sota, Yuto, Hiroshi, Takashi, Kenji, Daisuke, Kazuki, Ryota, Shota, Takumi, Kenta, Naoki, "
   "Satoshi, Makoto, Akira, Hiroki, Tatsuya, Koji, Riku, Sho, Yuki",
   "Yui, Aoi, Hina, Sakura, Yuna, Haruka, Misaki, Ayaka, Yuko, Keiko, Naomi, Emi, Aya, Kaori, Megumi, "
   "Tomoko, Yumi, Nanami, Rin, Saki, Mio, Asuka",
   "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, "
   "Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Mori, Ikeda, "
   "Hashimoto, Yamashita, Ishikawa, Nakajima, Maeda, Fujita, Ogawa, Goto, Okada, Hasegawa, Murakami, "
   "Kondo, Ishii, Saito, Sakamoto, Endo, Aoki")
_o("korean",
   "Min-jun, Seo-jun, Ji-ho, Jun-seo, Hyun-woo, Ji-hoon, Dong-hyun, Sung-min, Jae-won, Tae-yang, "
   "Woo-jin, Young-ho, Sang-hoon, Kyung-soo, Jin-woo, Do-yun, Eun-woo, Joon-young, Hyun-jin",
   "Seo-yeon, Ji-woo, Ha-eun, Min-seo, Su-bin, Ji-yeon, Eun-ji, Hye-jin, Yu-na, Soo-ah, Da-eun, Ye-jin, "
   "Chae-won, Min-ji, Seo-hyun, Na-yeon, Ji-min, So-young, Hee-jung, Mi-kyung",
   "Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Seo, Shin, Kwon, Hwang, Ahn, Jeon, Hong, Yoo, Ko, "
   "Moon, Bae, Baek, Heo, Nam, Noh, Ryu, Jeong, Yeo, Byun")
_o("vietnamese",
   "Minh, Huy, Dũng, Tuấn, Hùng, Phúc, Quang, Thành, Trung, Việt, Bảo, Đức, Khoa, Khánh, Hiếu, Tâm, "
   "Vinh, Thắng, Lâm, Duy",
   "Linh, Lan, Hương, Trang, Thảo, Ngọc, Hạnh, Hoa, Phương, Thu, Nhung, Yến, Vy, Quỳnh, Hằng, Trâm, "
   "Diệp, Nga, Thủy, Tuyết, Oanh",
   "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Đoàn, "
   "Trịnh, Cao, Lương, Tạ, Quách, Tô, Châu, Kiều, Thái, Vương")
_o("filipino",
   "Juan, Rodel, Arnel, Jomar, Ramil, Rommel, Jerome, Paolo, Carlo, Angelo, Nathaniel, Jericho, Efren, "
   "Reynaldo, Noel, Ronaldo, Dante, Ariel, John Paul, Mark Anthony",
   "Angelica, Kristine, Mary Grace, Lovely, Princess, Cherry, Rowena, Marites, Ligaya, Maricel, Analyn, "
   "Rosalie, Jennilyn, Divina, Corazon, Luzviminda, Imelda, Marilou, Aileen, Charmaine, Hazel",
   "Dela Cruz, Reyes, Bautista, Aquino, Villanueva, Castillo, Mercado, Pascual, Santiago, Manalo, "
   "Macaraeg, Dimaculangan, Panganiban, Lacson, Salazar, Soriano, Tolentino, Gonzaga, Delos Santos, "
   "De Guzman, Concepcion, Evangelista, Cabrera, Lualhati, Malabanan, Dizon, Sison, Valdez, Mangubat")
_o("lithuanian",
   "Mantas, Darius, Giedrius, Andrius, Paulius, Rokas, Justinas, Vytautas, Mindaugas, Arvydas, Kęstutis, "
   "Jānis, Andris, Mārtiņš, Edgars, Kristaps, Raimonds",
   "Rūta, Ieva, Eglė, Gintarė, Agnė, Aistė, Indrė, Jurgita, Vaida, Dovilė, Inga, Kristīne, Ilze, Līga, "
   "Zane, Anete, Baiba, Dace",
   "Kazlauskas, Petrauskas, Jankauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, "
   "Urbonas, Kavaliauskas, Baranauskas, Pocius, Sakalauskas, Navickas, Rimkus, Bērziņš, Kalniņš, Ozols, "
   "Jansons, Liepiņš, Krūmiņš, Balodis, Zariņš, Pētersons, Vītols")

LATVIAN = ["Bērziņš", "Kalniņš", "Ozols", "Jansons", "Liepiņš", "Krūmiņš", "Balodis", "Zariņš", "Pētersons", "Vītols"]

# surnames that are ordinary words
ORD_DE = _split("Wolf, Koch, Fuchs, Bauer, Vogel, Winter, Sommer, Jäger, Fischer, Schneider, Lang, Klein, Kurz, "
                "Hahn, Engel, Kaiser, König, Graf, Hase, Strauß, Stein, Berg, Busch, Frost, Ernst, Adler, Fink, "
                "Hirsch, Bär, Schäfer, Zimmermann, Richter, Meister, Schmied, Wirt, Brenner")
ORD_EN = _split("Baker, Hunter, May, Cook, Rose, Fox, King, Young, Little, Hope, Mason, Bird, Wolfe, White, Green, "
                "Black, Bell, Hill, Wood, Stone, Marsh, Banks, Price, Rich, Long, Sharp, Swift, Church, Knight, "
                "Bishop, Page, Frost, Miller, Fisher, Carpenter, Shepherd, Potter, Walker, Brown, Lamb, Wise, "
                "Steele, Moody, Lovely, Gentle, Savage")
ORD_ORIGINS_DE = ["german", "austrian", "swiss"]
ORD_ORIGINS_EN = ["english", "american", "scottish", "welsh", "irish"]

HYPHEN_ORIGINS = ["german", "austrian", "swiss", "english", "american", "french", "dutch", "scottish"]
DOUBLE_GIVEN = {"german": "-", "austrian": " ", "swiss": " ", "french": "-", "english": " ",
                "american": " ", "irish": " ", "spanish": " ", "portuguese": " ", "brazilian": " "}

# base weights of origins per text language (percent-ish)
W_DE = {"german": 31, "austrian": 11, "swiss": 9, "turkish": 7, "polish": 4, "italian": 3.5, "russian": 2.5,
        "ukrainian": 2.5, "arabic": 2.5, "kurdish": 1.5, "persian": 1.2, "greek": 1.5, "balkan": 2.5,
        "albanian": 1.5, "romanian": 1.5, "czech": 1, "hungarian": 1, "dutch": 1, "french": 1, "spanish": 1,
        "portuguese": 0.8, "brazilian": 0.5, "nordic": 0.6, "finnish": 0.4, "english": 1, "american": 0.6,
        "irish": 0.4, "scottish": 0.3, "welsh": 0.2, "indian": 1, "pakistani": 0.5, "nigerian": 0.5,
        "ghanaian": 0.4, "kenyan": 0.3, "ethiopian": 0.3, "chinese": 0.8, "japanese": 0.5, "korean": 0.5,
        "vietnamese": 0.8, "filipino": 0.4, "lithuanian": 0.4}
W_EN = {"english": 30, "american": 21, "irish": 6, "scottish": 4, "welsh": 2.5, "indian": 4.5, "pakistani": 2.5,
        "nigerian": 2.5, "ghanaian": 1.2, "kenyan": 1, "chinese": 2, "japanese": 0.8, "korean": 0.8,
        "vietnamese": 0.8, "filipino": 1.2, "german": 2.5, "austrian": 0.5, "swiss": 0.5, "polish": 1.5,
        "italian": 1.5, "spanish": 1.5, "portuguese": 0.8, "brazilian": 0.6, "french": 1.2, "dutch": 0.8,
        "nordic": 0.8, "finnish": 0.4, "turkish": 0.8, "greek": 0.6, "russian": 0.8, "ukrainian": 0.8,
        "arabic": 1.2, "kurdish": 0.4, "persian": 0.6, "balkan": 0.6, "albanian": 0.4, "romanian": 0.8,
        "czech": 0.4, "hungarian": 0.4, "ethiopian": 0.4, "lithuanian": 0.4}
BOOST = {
    "de": {"AT": {"austrian": 4}, "CH": {"swiss": 4}, "GB": {"english": 8, "scottish": 6, "welsh": 6},
           "US": {"american": 12}, "IE": {"irish": 12}, "FR": {"french": 10}, "NL": {"dutch": 10},
           "IT": {"italian": 8}},
    "en": {"US": {"american": 2.2}, "GB": {"english": 1.4, "scottish": 1.5, "welsh": 2, "indian": 1.2,
                                           "pakistani": 1.3}, "IE": {"irish": 6},
           "DE": {"german": 8}, "AT": {"austrian": 14}, "CH": {"swiss": 14}, "FR": {"french": 12},
           "NL": {"dutch": 12}, "IT": {"italian": 10}},
}

_WCACHE = {}


def _weights(lang, country):
    k = (lang, country)
    if k not in _WCACHE:
        base = W_DE if lang == "de" else W_EN
        b = BOOST[lang].get(country, {})
        keys = list(base)
        _WCACHE[k] = (keys, [base[x] * b.get(x, 1) for x in keys])
    return _WCACHE[k]


def draw_origin(rng, lang, country):
    keys, w = _weights(lang, country)
    return rng.choices(keys, w)[0]


TR_FOLD = str.maketrans({"ş": "s", "Ş": "S", "ğ": "g", "ı": "i", "İ": "I", "ç": "c", "Ç": "C"})
BALKAN_FOLD = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "Š": "S", "Ž": "Z", "Č": "C", "Ć": "C"})


def _strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def female_surname(origin, s):
    if origin == "polish":
        for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        if s.endswith("ec"):
            return s[:-2] + "cová"
        return s + "ová"
    if origin == "russian" or (origin == "balkan" and s.endswith(("ov", "ev"))):
        if s.endswith(("ov", "ev", "in", "ow", "ew")):
            return s + "a"
        return s
    if origin == "greek":
        if s.endswith("os"):
            return s[:-2] + "ou"
        if s.endswith("is"):
            return s[:-2] + "i"
        if s.endswith("as"):
            return s[:-2] + "a"
        return s
    if origin == "lithuanian":
        if s in LATVIAN:
            if s.endswith("š"):
                return s[:-1] + "a"
            if s.endswith("is"):
                return s[:-2] + "e"
            if s.endswith("s"):
                return s[:-1] + "a"
            return s
        for a in ("ius", "as", "is", "us"):
            if s.endswith(a):
                return s[:-len(a)] + "ienė"
        return s
    return s


def _plain(s):
    return " " not in s and "'" not in s and "-" not in s and s[0].isupper()


def draw_name(rng, origin, gender, lang):
    o = ORIGINS[origin]
    first = rng.choice(o[gender])
    if origin in DOUBLE_GIVEN and " " not in first and rng.random() < 0.07:
        second = rng.choice(o[gender])
        if second != first and " " not in second and "-" not in second:
            first = first + DOUBLE_GIVEN[origin] + second
    r = rng.random()
    ord_origins = ORD_ORIGINS_DE if lang == "de" else ORD_ORIGINS_EN
    if origin in ord_origins and r < (0.15 if lang == "de" else 0.17):
        last = rng.choice(ORD_DE if origin in ORD_ORIGINS_DE else ORD_EN)
    else:
        last = rng.choice(o["s"])
        if origin in HYPHEN_ORIGINS and rng.random() < 0.10:
            other = rng.choice(o["s"])
            if other != last and _plain(other) and _plain(last):
                last = last + "-" + other
        elif origin == "spanish" and rng.random() < 0.4:
            other = rng.choice(o["s"])
            if other != last and _plain(other) and _plain(last):
                last = last + " " + other
    if gender == "f":
        last = female_surname(origin, last)
    if origin == "russian" and lang == "de" and rng.random() < 0.6:
        for a, b in (("ova", "owa"), ("eva", "ewa"), ("ov", "ow"), ("ev", "ew")):
            if last.endswith(a):
                last = last[:-len(a)] + b
                break
    if origin == "turkish" and rng.random() < 0.35:
        first = first.translate(TR_FOLD)
        last = last.translate(TR_FOLD)
    if origin == "vietnamese" and rng.random() < 0.5:
        first = _strip_marks(first)
        last = _strip_marks(last)
    if origin == "balkan" and rng.random() < 0.3:
        first = first.translate(BALKAN_FOLD).replace("đ", "dj").replace("Đ", "Dj")
        last = last.translate(BALKAN_FOLD).replace("đ", "dj").replace("Đ", "Dj")
    if origin == "irish" and lang == "en" and rng.random() < 0.25:
        first = _strip_marks(first)
    return first, last


def company_surname(rng, lang):
    if lang == "de":
        return rng.choice(ORD_DE[:14] + ORIGINS["german"]["s"][:40] + ORIGINS["austrian"]["s"][:20])
    return rng.choice(ORD_EN[:16] + ORIGINS["english"]["s"][:40])


# ---------------------------------------------------------------------------------------------
# invented names
# ---------------------------------------------------------------------------------------------

def _fold_key(s):
    s = s.replace("ı", "i").replace("Dj", "D").replace("dj", "d")
    return _strip_marks(s).casefold().replace("ß", "ss")


def _all_parts():
    out = []
    for k in ORDER:
        o = ORIGINS[k]
        for g in ("m", "f", "s"):
            for n in o[g]:
                for p in n.replace("-", " ").split(" "):
                    out.append(_fold_key(p))
        for n in o["s"]:
            for f in (n, female_surname(k, n)):
                out.append(_fold_key(female_surname(k, f)))
                for a, b in (("ova", "owa"), ("eva", "ewa"), ("ov", "ow"), ("ev", "ew")):
                    if f.endswith(a):
                        out.append(_fold_key(f[:-len(a)] + b))
    for n in ORD_DE + ORD_EN:
        out.append(_fold_key(n))
    return list(dict.fromkeys(out))


BRAND_WORDS = ["firstwand", "schauerpass", "kaltkar", "rinnental", "gitterhang", "morgengrat", "almweg",
               "wintersteig", "hochsattel", "fernkamm", "steinlauf", "trittweg", "talgrat", "oberhalden",
               "tannenschatten", "gratblau", "huettenorange", "schiefer", "alpengluehen", "enzian", "flechte",
               "felsgrau", "moorbraun", "kalkstein", "slate", "lichen", "gentian", "limestone", "alpenglow"]
COMMON_WORDS = ["der", "die", "das", "und", "mit", "bei", "nach", "ist", "war", "mal", "see", "tag", "tal",
                "the", "and", "for", "ten", "man", "mann", "berg", "wald", "hand", "land", "rand", "band",
                "sand", "wand", "bank", "dank", "kind", "wind", "rind", "bild", "gold", "feld", "held",
                "welt", "zelt", "gelt", "more", "mile", "male", "sale", "tale", "pale", "dale", "vale"]
_KNOWN = None


def known_parts():
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = _all_parts() + BRAND_WORDS + COMMON_WORDS
    return _KNOWN


ON_DE = ["B", "Br", "D", "Dr", "F", "G", "Gr", "H", "K", "Kr", "L", "M", "N", "P", "R", "S", "Sch", "St",
         "T", "W", "Z", "V", "J", "Tr", "Pf", "Kl", "Gl", "Fr", "Schw", "Bl"]
VO_DE = ["a", "e", "i", "o", "u", "ei", "au", "ä", "ö", "ü", "ie", "a", "e", "o"]
CO_DE = ["", "n", "r", "l", "s", "ck", "ng", "rt", "nd", "lm", "st", "tz", "rk", "ch", "nt", "lb"]
SUF_DE = ["er", "mann", "ke", "ler", "inger", "hold", "brecht", "bach", "rich", "wein", "hager", "mair",
          "eder", "huber", "lechner", "stätter", "berger", "wanger", "ritz", "kötter"]
ON_EN = ["B", "Br", "C", "Cl", "D", "F", "G", "Gr", "H", "J", "K", "L", "M", "N", "P", "Pr", "R", "S", "Sh",
         "St", "T", "Th", "W", "V", "Bl", "Dr", "Tr", "Qu"]
VO_EN = ["a", "e", "i", "o", "u", "ea", "ai", "ou", "ee", "a", "e", "o", "y"]
CO_EN = ["", "n", "r", "l", "s", "ck", "ng", "rt", "nd", "lm", "st", "rk", "th", "nt", "ff", "ll"]
SUF_EN = ["ton", "ley", "well", "son", "worth", "by", "ford", "ham", "ridge", "more", "field", "wick",
          "cott", "den", "stead", "hurst", "ell", "ington"]
END_GIVEN = ["a", "ine", "o", "en", "is", "ia", "an", "el", "ie", "ora", "ian", "ette", "ric", "us", "on"]


def invent(rng, lang, kind):
    known = known_parts()
    de = (lang == "de")
    for _ in range(1000):
        on, vo, co = (ON_DE, VO_DE, CO_DE) if de else (ON_EN, VO_EN, CO_EN)
        if kind == "first":
            s = rng.choice(on) + rng.choice(vo) + rng.choice(["", "l", "r", "n", "m", "s", "d", "v"]) + rng.choice(END_GIVEN)
        else:
            s = rng.choice(on) + rng.choice(vo)
            coda = rng.choice(co)
            if rng.random() < 0.7:
                suf = rng.choice(SUF_DE if de else SUF_EN)
                if suf[0] not in "aeiouäöü" and len(coda) > 1:
                    coda = coda[0]
                if coda and suf[0] == coda[-1]:
                    coda = ""
                s += coda + suf
            else:
                s += coda + rng.choice(["b", "d", "g", "l", "m", "n", "r", "s", "t", "w"])
                s += rng.choice(["a", "e", "i", "o", "u", "e"]) + rng.choice(co)
        s = s[0].upper() + s[1:]
        if not (4 <= len(s) <= 12):
            continue
        if _fold_key(s) in known:
            continue
        return s
    raise AssertionError("invent")


def is_listed(part):
    return _fold_key(part) in known_parts()


def stats():
    gs, ss = [], []
    for k in ORDER:
        o = ORIGINS[k]
        gs.extend(o["m"] + o["f"])
        ss.extend(o["s"])
    ss.extend(ORD_DE + ORD_EN)
    return len(dict.fromkeys(gs)), len(dict.fromkeys(ss)), len(ORDER)
