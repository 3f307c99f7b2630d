"""Name, street and town lists of the held-out half of the seventeenth PII bank, written for it.

Every origin has female given names, male given names and surnames as whitespace-separated
strings; an underscore stands for a space inside one name ("van_der_Berg"). The lists are made up
from common knowledge of names; they share no source with the recognizer.
"""


def _w(s: str) -> list[str]:
    return [x.replace("_", " ") for x in s.split()]


ORIGINS = {
    "german": (
        _w("""Anna Lena Julia Laura Sarah Lisa Katharina Johanna Sophie Marie Hannah Lea Leonie Emma Mia Clara
        Charlotte Paula Greta Frieda Ida Mathilda Luise Helena Carla Nina Jana Svenja Franziska Theresa Miriam
        Judith Sabine Petra Andrea Claudia Susanne Birgit Martina Heike Kerstin Anja Silke Ute Gabriele Renate
        Monika Ursula Brigitte Ingrid Gisela Elke Doris Karin Sandra Nicole Stefanie Melanie Tanja Daniela
        Simone Christina Kathrin Nadine Jessica Vanessa Jennifer Annika Larissa Carina Lara Pia Nele Merle
        Jule Finja Ronja Wiebke Maren Imke Antje Gesine Friederike Dorothea Henrike Annegret Hildegard Elfriede
        Waltraud Rosemarie Annemarie Liselotte Anna-Lena Marie-Luise Lena-Sophie Eva-Maria Ann-Kathrin
        Hanna-Lotta Rike Leni Magdalena Veronika Cornelia Regina Angelika Beate Bettina Dagmar Kirsten Manuela
        Yvonne Verena Jasmin Tamara Mareike Lotte Amelie Ella Emilia Maja Zoe Romy"""),
        _w("""Thomas Michael Andreas Stefan Markus Christian Frank Jürgen Uwe Klaus Wolfgang Dieter Peter Hans
        Günter Manfred Werner Horst Helmut Rolf Bernd Ralf Jörg Holger Dirk Sven Carsten Torsten Matthias
        Tobias Florian Sebastian Philipp Benjamin Daniel Jan Jonas Lukas Leon Felix Maximilian Paul Finn Elias
        Noah Ben Luca Moritz Niklas Tim Julian David Fabian Simon Johannes Jakob Henrik Malte Ole Hauke Jannik
        Mats Lasse Till Janosch Konstantin Leopold Friedrich Wilhelm Heinrich Karl Ludwig Otto Emil Anton Theo
        Gerhard Siegfried Reinhard Volker Norbert Rüdiger Lothar Detlef Heiko Björn Kai Nils Timo Marco Dennis
        Patrick Kevin Marcel Pascal Dominik Steffen Oliver Hans-Peter Karl-Heinz Klaus-Dieter Jan-Hendrik
        Hans-Jürgen Franz-Josef Ernst Alfred Gottfried Bernhard Hubert Rainer Harald Axel Gunnar Henning
        Benedikt Valentin Vincent Korbinian Quirin Xaver Ferdinand Leonhard Arne Bastian Eike Torben"""),
        _w("""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
        Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
        Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber
        Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank
        Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin
        Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf
        Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff
        Pfeiffer Brinkmann Ehlers Thiele Lindner Gerlach Rieger Wendt Kessler Stahl Reuter Kuhlmann Petersen
        Hansen Jensen Ahrens Brandes Lüdtke Wessels Hinrichs Tiedemann Harms Janssen Gerdes Ostermann
        Dreyer Behrens Rademacher Oltmanns Bruns Wiechmann Kötter Steinbach Eberhardt Wittmann Stadler
        Hornung Leitner Seitz Wimmer Eichhorn Heller Bader Kurz Hauser Schilling Endres Kaufmann Nowak
        Lindemann Hildebrandt Weinberger Obermeier Reisinger Zeller Kirchner Rothe Hesse Fiedler Sander
        Böttcher Nagel Kirsch Pietsch Ebert Ullrich Kunze Marx Schenk Stark Bock Thiel Kroll Hennig
        Rudolph Schlegel Haase Riedel Förster Fröhlich Nickel Mertens Dittrich Brückner Mohr Geiger
        Hagedorn Overbeck Niehaus Terhorst Bienert Grünewald Kellermann Feldmann Holzapfel Spannagel
        Wieloch Rosenthal Blumenthal Lichtenberg Oppermann Drechsler Wachter Köster Ruppert Wendland
        Müller-Lüdenscheidt Schmidt-Hansen Berger-Kolb Meyer-Ortmanns Klein-Hessling Lange-Bertram
        von_Bülow von_der_Heide von_Arnim zu_Stolberg von_Hagen Freiherr_von_Lindeck Schultze-Rhonhof
        Osterkamp Hölscher Gödecke Lemke Schwabe Rehberg Tews Bolz Wehner Mielke"""),
    ),
    "austrian": (
        _w("""Theresia Anna-Maria Katharina Magdalena Veronika Elisabeth Johanna Christa Notburga Hermine
        Leopoldine Roswitha Gerlinde Michaela Sigrid Barbara Lisa Hannah Valentina Marlene Sophie Viktoria
        Rosalie Antonia Resi Vroni"""),
        _w("""Josef Franz Johann Alois Leopold Florian Lukas Matthias Stefan Christoph Georg Ferdinand Sepp
        Hannes Gerald Wolfgang Herbert Reinhold Engelbert Markus Raphael Valentin Maximilian Jakob Vinzenz
        Hubert Rupert Klemens Dominik"""),
        _w("""Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer
        Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner
        Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Stadler Karner
        Höller Strasser Unterberger Oberhuber Grabner Kofler Pernkopf Hinterberger Windisch Rainer Zauner
        Pfeifer Obermayr Gschwandtner Kapeller Stöger Hörmann Trummer Scheiber Pirker"""),
    ),
    "swiss": (
        _w("""Ursina Seraina Flurina Mirjam Corinne Regula Beatrice Esther Rahel Salome Nadja Lorena Ladina
        Annina Chiara Noemi Jael Tabea Livia Géraldine"""),
        _w("""Urs Beat Reto Martin Christoph Thomas Daniel Stefan Andreas Lukas Jonas Luca Gian Nico Mauro
        Fabio Silvan Dario Cédric Yannick Marc-André Jean-Pierre Ueli Ruedi Köbi Flurin Gion Linard"""),
        _w("""Meier Müller Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann
        Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer Bühler Kälin Marti
        Hofstetter Zürcher Egli Küng Käser Aebischer Lüthi Ammann Bucher Stucki Tschopp Ziegler Wälti
        Inäbnit Zbinden Gisler Arnold Flückiger Schürch Rüegg Zwahlen Blaser Hofer Imhof Jenni Kuster
        Nussbaumer Odermatt Spörri Trachsel Vonlanthen Wüthrich Zumstein Caflisch Cadonau Casanova"""),
    ),
    "english": (
        _w("""Olivia Amelia Isla Ava Emily Sophia Grace Lily Freya Ella Poppy Charlotte Isabella Evie Jessica
        Daisy Alice Sophie Florence Ruby Matilda Phoebe Harriet Imogen Eleanor Beatrice Rosie Hannah Lucy
        Chloe Megan Bethany Laura Rebecca Katie Lauren Abigail Eloise Jasmine Holly Amy Rachel Victoria
        Natalie Zoe Gemma Kirsty Joanne Tracey Sharon Julie Karen Helen Sarah Claire Nicola Emma Louise
        Stephanie Samantha Kelly Lisa Michelle Jennifer Elizabeth Catherine Margaret Patricia Susan Linda
        Gillian Pauline Jacqueline Maureen Beverley Wendy Dawn Hayley Leanne Danielle Jade Kayleigh Chelsea
        Georgina Henrietta Philippa Clementine Ottilie Tabitha Felicity Harper Willow Esme Maisie Millie"""),
        _w("""Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Henry Leo Alfie Joshua
        Freddie Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas Mohammed Logan
        Theo Harrison Benjamin Mason Sebastian Finley Adam Dylan Zachary Riley Toby Jake Luke Matthew Ryan
        Nathan Callum Connor Lewis Kieran Jamie Aaron Liam Scott Dean Craig Gareth Darren Wayne Lee Paul
        Mark Andrew David Stephen Richard Michael Christopher Simon Ian Neil Graham Keith Trevor Nigel Colin
        Martin Barry Geoffrey Malcolm Roger Derek Kenneth Alan Philip Rupert Hugo Jasper Barnaby Tristan
        Ellis Reuben Rory Stanley Albert Frederick Ralph Dominic Marcus Elliot Declan Jude"""),
        _w("""Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
        Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
        Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
        Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
        Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
        Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
        Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
        Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne
        Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton
        O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman
        Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid
        Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah
        Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross
        Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
        O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter
        Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert
        Willis Higgins Read Whitehead Thornton Rhodes Fraser Ashworth Whittaker Fairbrother Pemberton
        Ainsworth Blackwood Hargreaves Ollerenshaw Fothergill Entwistle Lightfoot Cholmondeley Featherstone
        Smith-Barton Lloyd-Webber Hughes-Hallett Bowes-Lyon Vaughan-Thomas"""),
    ),
    "scottish": (
        _w("""Isla Eilidh Morag Catriona Kirsty Fiona Ailsa Mhairi Shona Iona Skye Rhona Innes Elspeth Greer"""),
        _w("""Callum Euan Ewan Hamish Angus Alasdair Fraser Calum Ruaridh Finlay Iain Duncan Murdo Lachlan
        Torquil Struan Gregor Niall"""),
        _w("""MacDonald Campbell Stewart Robertson Thomson Anderson MacLeod Murray Ross Paterson Fraser
        MacKenzie Mackay Sinclair Cameron Sutherland Munro Grant Ferguson Buchanan Kerr Gunn Crawford
        McIntyre McGregor Drummond Lindsay Macpherson Galbraith Urquhart Farquharson Kinnaird MacAulay
        Menzies Rutherford Dalgleish Abernethy Baird Cochrane Kilpatrick Lamont McLaren Ogilvie Strachan
        Tennant Wishart Yule MacNeil Chisholm"""),
    ),
    "welsh": (
        _w("""Cerys Ffion Seren Carys Nia Bethan Megan Rhian Sian Angharad Eleri Mari Lowri Gwen Catrin"""),
        _w("""Dafydd Rhys Gethin Iwan Emyr Gareth Owain Huw Dylan Aled Geraint Ieuan Osian Cai Tomos"""),
        _w("""Jones Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Williams Rees Jenkins Owen
        Price Powell Pritchard Parry Llewellyn Bowen Howells Vaughan Prosser Pugh Meredith Gwynne Lloyd
        Probert Bevan Watkins Morris Wynne Rhydderch ap_Gwilym Protheroe"""),
    ),
    "irish": (
        _w("""Aoife Saoirse Niamh Siobhan Ciara Caoimhe Róisín Aisling Orla Clodagh Sinéad Gráinne Eimear
        Deirdre Maeve Fionnuala Muireann Ailbhe Laoise Éabha Sadhbh Clíona Nuala Bríd Mairéad Úna Tara
        Sorcha Emer Ailish"""),
        _w("""Seán Cian Oisín Darragh Cathal Pádraig Colm Eoin Tadhg Fionn Ruairí Donal Cormac Diarmuid
        Ciarán Killian Lorcan Senan Fergal Declan Eamon Dónal Niall Conor Shane Barry Enda Micheál Odhrán"""),
        _w("""Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy
        Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell
        Wilson Dunne Brennan Burke Collins Campbell Clarke Johnston Hughes O'Farrell Fitzgerald Brown Martin
        Maguire Nolan Flynn Thompson O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea White Sweeney
        Hayes Kavanagh Power McGrath Moran Brady Stewart Casey Foley Fitzpatrick O'Leary McDonnell MacMahon
        Donnelly Regan Donovan Burns Flanagan Mullan Barry Kane Robinson Cunningham Griffin Kenny Sheehan
        Ward Whelan Lyons Reid Nic_Giolla_Phádraig Ní_Bhriain Mac_Aodha Ó_Súilleabháin Ní_Dhomhnaill"""),
    ),
    "us": (
        _w("""Madison Brittany Ashley Kayla Brianna Destiny Jasmine Taylor Alexis Savannah Kaitlyn Haley
        Mackenzie Aubrey Addison Peyton Kennedy Paisley Brooklyn Skylar Avery Aaliyah Shaniqua Latoya
        Marisol Guadalupe Yesenia Dakota Cheyenne Courtney Tiffany Amber Crystal Heather Whitney Lindsey"""),
        _w("""Tyler Brandon Austin Cody Dustin Hunter Chase Bryce Jaden Jayden Cole Trevor Garrett Travis
        Wyatt Colton Brody Landon Tanner Jaxon Kyle Derek DeShawn Tyrone Jamal Marquis Darnell Santiago
        Mateo Diego Hector Chad Bradley Clayton Dalton Easton"""),
        _w("""Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
        Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
        Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
        Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker
        Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper
        Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood Bennett
        Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
        Washington Jefferson Kowalczyk Schneider Olson Larson Lindqvist Novak Petrakis DeLuca McAllister
        Whitfield Kowalski Yazzie Begay Tsosie Benally Okafor Abernathy Rutledge Pettigrew Holloway"""),
    ),
    "turkish": (
        _w("""Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Derya Sevgi Gülsüm Hülya Sibel Songül
        Tuğba Yasemin Ebru Dilek Aylin Selin Ceren Melis Defne Ece İrem Nur Sena Kübra Rabia Şeyma Gizem
        Pınar Burcu Canan Leyla Nazlı Damla Gökçe Sevda Hacer Havva Meryem Nesrin Serpil Filiz Tülay Ümran"""),
        _w("""Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil
        Süleyman Abdullah Mahmut Recep Emre Burak Serkan Volkan Onur Tolga Kerem Cem Can Deniz Barış Emir
        Eren Yunus Furkan Kaan Arda Berk Doğan Erdem Gökhan Hakan Levent Orhan Selim Sinan Tarık Uğur
        Yiğit Zeki Cengiz Kadir"""),
        _w("""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
        Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özcan Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler
        Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel
        Ateş Aksoy Yiğit Çiftçi Karakaya Uçar Sönmez Erdem Kocabaş Altun Tunç Bayram Duman Karaca Ekinci
        Akgül Güven Uysal Dinç Karataş Türk Bilgin Oral Akın Baysal Topal Gündoğdu Ergün Sezer Eryılmaz
        Karadeniz Altıntaş Kahraman Tuncer"""),
    ),
    "polish": (
        _w("""Agnieszka Anna Katarzyna Małgorzata Joanna Magdalena Ewa Barbara Monika Aleksandra Natalia
        Karolina Justyna Paulina Dorota Beata Marta Zofia Zuzanna Wiktoria Julia Maja Oliwia Weronika Gosia
        Kasia Iwona Grażyna Jadwiga Halina Bożena Renata Sylwia Izabela Patrycja"""),
        _w("""Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Mateusz Kamil Bartosz
        Grzegorz Wojciech Mariusz Dariusz Rafał Sebastian Szymon Kacper Filip Jan Stanisław Zbigniew
        Jarosław Przemysław Sławomir Maciej Wiktor Dawid Patryk Damian Radosław Kuba"""),
        _w("""Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska Lewandowski
        Lewandowska Zieliński Zielińska Szymański Szymańska Woźniak Dąbrowski Dąbrowska Kozłowski Jankowski
        Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk
        Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski
        Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak
        Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk Chmielewski Włodarczyk
        Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański Kucharski Wilk
        Brzęczyszczykiewicz Grzybowski Przybylski"""),
    ),
    "italian": (
        _w("""Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elisa Silvia Laura Elena Paola
        Giorgia Sofia Aurora Beatrice Alice Ginevra Ludovica Camilla Matilde Arianna Serena Roberta
        Antonella Rosaria Carmela Concetta Graziella Donatella Ornella Lucia Benedetta Viola"""),
        _w("""Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Riccardo Simone
        Federico Gabriele Tommaso Leonardo Edoardo Giovanni Antonio Salvatore Vincenzo Roberto Massimo
        Fabrizio Claudio Paolo Pietro Mauro Emanuele Filippo Nicola Raffaele Gianluca Pierluigi Gianmarco"""),
        _w("""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
        De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi
        Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis
        D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina
        Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri
        Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Di_Stefano Di_Pietro Lo_Bianco
        Dell'Acqua Del_Piero Mazzoleni Pagnotta Santangelo Cavalieri"""),
    ),
    "spanish": (
        _w("""María Carmen Lucía Paula Laura Marta Sara Andrea Ana Cristina Elena Raquel Sofía Alba Irene
        Nuria Pilar Rocío Inmaculada Montserrat Begoña Ainhoa Nerea Itziar Julia Claudia Daniela Valeria
        Ximena Guadalupe Mercedes Consuelo Alejandra Paloma Esperanza"""),
        _w("""Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael
        Pablo Sergio Fernando Jorge Alberto Álvaro Diego Adrián Iñigo Xabier Joaquín Ignacio Rodrigo Gonzalo
        Santiago Mateo Hugo Andrés Emilio Ramón Agustín Enrique Raúl"""),
        _w("""García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz
        Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos
        Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez
        Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo
        Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero
        Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán
        Etxeberria Aguirre Zubiri Goikoetxea de_la_Fuente de_la_Cruz del_Río García_López Martín_Serrano
        Sánchez-Vicario Fernández_de_Córdoba"""),
    ),
    "portuguese": (
        _w("""Beatriz Mariana Inês Leonor Matilde Carolina Margarida Francisca Joana Rita Catarina Ana_Sofia
        Madalena Teresa Graça Conceição Fernanda Luana Gabriela Vitória"""),
        _w("""João Rodrigo Tiago Duarte Francisco Martim Gonçalo Tomás Afonso Diogo Rui Nuno Sérgio Vasco
        Bernardo Henrique Luís Fábio Ricardo Paulo Marcelo Thiago Leandro"""),
        _w("""Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves
        Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
        Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos
        Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas da_Silva dos_Santos
        da_Costa de_Sousa do_Carmo Sá_Carneiro"""),
    ),
    "french": (
        _w("""Camille Léa Manon Chloé Inès Jade Louise Zoé Lina Juliette Margaux Clémence Élodie Amandine
        Aurélie Céline Émilie Mathilde Pauline Sandrine Nathalie Isabelle Sylvie Véronique Brigitte
        Séverine Delphine Anaïs Océane Maëlle Solène Héloïse Apolline Agathe Romane"""),
        _w("""Lucas Hugo Louis Gabriel Arthur Jules Raphaël Adam Théo Nathan Mathis Baptiste Antoine Maxime
        Clément Romain Julien Nicolas Guillaume Sébastien Olivier Thierry Pascal Philippe Laurent Didier
        Benoît Cédric Jérôme Yannick Loïc Gaëtan Florent Aurélien Jean-Baptiste Pierre-Yves Jean-Luc"""),
        _w("""Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre
        Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert
        Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas
        Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard
        Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez
        Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre
        Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard
        Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da_Silva Hubert Louis Charles Guillot
        de_la_Tour Le_Gall Le_Goff Saint-Clair Dupont-Aignan Lévesque Beauchamp Desjardins"""),
    ),
    "dutch": (
        _w("""Sanne Lotte Fleur Anouk Femke Iris Eva Lieke Noor Sophie Roos Tess Fenna Saskia Marieke Ilse
        Annelies Wilma Ingrid Mirjam Esther Janneke Maaike Evi Floor Jet Liesbeth"""),
        _w("""Daan Sem Lucas Levi Luuk Bram Thijs Jesse Ruben Stijn Joost Sjoerd Pieter Jeroen Maarten Bas
        Wouter Gijs Hidde Niels Koen Rutger Willem Teun Jelle Joris Hendrik"""),
        _w("""de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder
        de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf
        van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek
        de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas
        Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman Peeters de_Lange Kuipers van_Wijk Postma
        Verbeek van_der_Sloot Timmermans Wouters Claessens ter_Horst ten_Cate Zwart Groen Hoogendoorn
        Oosterhuis Bleeker Kramer Veenstra"""),
    ),
    "greek": (
        _w("""Maria Eleni Katerina Vasiliki Sofia Georgia Ioanna Dimitra Anastasia Christina Panagiota
        Konstantina Eirini Angeliki Despina Evangelia Paraskevi Athina Chrysa Zoi"""),
        _w("""Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Athanasios
        Evangelos Michail Spyridon Stavros Theodoros Charalambos Apostolos Kyriakos Anastasios Stelios
        Nikos Giorgos Kostas Yiannis"""),
        _w("""Papadopoulos Papadopoulou Georgiou Dimitriou Nikolaidis Konstantinidis Papageorgiou Ioannou
        Vasileiou Christodoulou Karagiannis Oikonomou Alexiou Makris Pappas Antoniou Athanasiou Angelopoulos
        Theodorou Mavridis Kyriakou Stavropoulos Panagiotopoulos Michailidis Economou Tsakalidis Xenakis
        Vlachos Zervas Karamanlis Lambrou Doukas"""),
    ),
    "croatian": (
        _w("""Ana Ivana Marija Petra Lucija Ema Mia Katarina Martina Nikolina Kristina Tea Iva Dora Sanja
        Vesna Snježana Mirjana"""),
        _w("""Ivan Marko Luka Josip Ante Tomislav Mario Davor Goran Zoran Dario Hrvoje Krešimir Domagoj Mate
        Stjepan Zvonimir Nikola"""),
        _w("""Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić
        Tomić Pavlović Perić Kovač Šarić Božić Grgić Pavić Radić Lovrić Blažević Perković Vidović Jukić
        Barišić Šimić Bošnjak Čović"""),
    ),
    "romanian": (
        _w("""Ioana Andreea Elena Maria Alexandra Cristina Mihaela Gabriela Roxana Daniela Bianca Raluca
        Alina Oana Simona Irina Diana Larisa"""),
        _w("""Andrei Alexandru Mihai Ionuț Ștefan Cristian Florin Adrian Bogdan Vlad Răzvan Sorin Gheorghe
        Marius Radu Cătălin Dragoș Ovidiu"""),
        _w("""Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin
        Mihai Moldovan Dinu Lungu Florea Marin Ene Toma Tudor Nistor Barbu Dobre Cristea Vasilescu
        Georgescu Enache Oprea Preda"""),
    ),
    "arabic": (
        _w("""Fatima Aisha Mariam Layla Noor Yasmin Amira Salma Huda Rania Dalia Leila Zainab Hanan Samira
        Nadia Rasha Lina Jana Malak Dina Hiba"""),
        _w("""Mohammed Ahmad Omar Ali Hassan Hussein Khaled Youssef Ibrahim Tariq Karim Samir Bilal Hamza
        Walid Nabil Rami Fadi Jamal Mahmoud Ziad Anas Majid Nasser"""),
        _w("""Al-Hassan Al-Ahmad Haddad Khalil Nasser Saleh Hamdan Mansour Youssef Abboud Darwish Aziz
        Habib Karimi Othman Rahman Saeed Shaheen Suleiman Tahan Yassin Zaki El-Masri Al-Rashid Abdallah
        Bakri Farouk Hijazi Issa Jaber Kanaan Mustafa Qasim Sabbagh El_Amrani Benali Boukhari Chaoui
        Ouahbi Tazi Bennani Alaoui"""),
    ),
    "persian": (
        _w("""Shirin Parisa Maryam Nasrin Leila Sara Niloufar Mahsa Azadeh Roya Golnar Setareh Mina Ladan
        Samira Yasaman Ziba Farnaz"""),
        _w("""Reza Ali Mehdi Hossein Amir Babak Kourosh Dariush Farhad Kian Arash Navid Omid Payam Saeed
        Shahram Kaveh Behnam Ramin"""),
        _w("""Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi Jafari Rahimi Hashemi Sadeghi Ghorbani
        Mousavi Tehrani Esfahani Shirazi Tabrizi Farahani Kazemi Najafi Bagheri Azizi Amini Nouri Sharifi
        Zand Javadi Kamali Ebrahimi"""),
    ),
    "indian": (
        _w("""Priya Ananya Aisha Diya Isha Kavya Meera Neha Pooja Riya Sneha Shreya Tanvi Anjali Deepika
        Divya Kiran Lakshmi Nisha Radhika Sunita Swati Aarti Bhavna Gayatri Harpreet Jaspreet Manpreet
        Simran Parminder"""),
        _w("""Arjun Rahul Rohan Vikram Aditya Amit Anil Ankit Deepak Gaurav Karan Manish Nikhil Pranav
        Rajesh Ravi Sanjay Sachin Siddharth Suresh Varun Vijay Vivek Harjit Gurpreet Jaswinder Kuldeep
        Balwinder Ishaan Aarav Vihaan"""),
        _w("""Sharma Verma Gupta Patel Singh Kumar Reddy Nair Iyer Menon Rao Joshi Mehta Shah Desai Kapoor
        Malhotra Chopra Agarwal Bansal Banerjee Chatterjee Mukherjee Bose Das Ghosh Sen Pillai Kulkarni
        Deshpande Jain Trivedi Pandey Mishra Tiwari Chauhan Rathore Sandhu Gill Dhillon Grewal Sidhu
        Bhattacharya Krishnan Subramanian Venkatesan Raghunathan Naidu Chaudhary Saxena Srivastava"""),
    ),
    "pakistani": (
        _w("""Ayesha Sana Hira Mahnoor Zara Amna Iqra Rabia Saba Nimra Sadia Farah Uzma Bushra Samina"""),
        _w("""Muhammad Usman Bilal Hamza Asad Faisal Imran Kamran Zubair Waqar Shahid Tahir Adnan Junaid Arslan
        Haris Zeeshan Naveed"""),
        _w("""Khan Malik Butt Chaudhry Qureshi Sheikh Raja Mirza Siddiqui Rana Akhtar Iqbal Hussain Javed
        Abbasi Bhatti Awan Cheema Gondal Warraich Niazi Rizvi Zaidi Naqvi Hashmi Baig Anwar Aslam Nawaz"""),
    ),
    "chinese": (
        _w("""Xiuying Mei Ling Xin Yan Hui Jing Lan Min Yu Ting Xiao Qian Ying Fang Jia
        Ruoxi Yuxin Zihan Shuang Lihua Meiling"""),
        _w("""Wei Jun Lei Jie Tao Ming Qiang Hao Peng Yang Bo Chao Gang Hui Long Jian Feng Kai Rui Zhen
        Haoran Zihao Yichen Junjie"""),
        _w("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
        Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng
        Wei Su Lu Ding Ren Shen Yao Tan Wong Chan Leung Cheung Lau Ng"""),
    ),
    "vietnamese": (
        _w("""Linh Trang Huong Thao Mai Lan Ngoc Anh Hoa Thu Hanh Phuong Nhung Trinh Quynh Yen Thuy Diep
        Thanh_Huyen"""),
        _w("""Minh Duc Hung Tuan Nam Long Quang Thanh Hieu Khanh Phuc Dung Trung Vinh Cuong Hai Bao Tien
        Van_Anh"""),
        _w("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai
        Trinh Luong Ta Ha Chau"""),
    ),
    "korean": (
        _w("""Ji-woo Seo-yeon Min-ji Ha-eun Soo-jin Eun-ji Hye-jin Yu-na Ji-hye Da-eun Seo-yun Mi-rae
        Yeon-woo Bo-ra So-yeon"""),
        _w("""Min-jun Seo-jun Ji-ho Hyun-woo Jae-won Dong-hyun Sung-min Tae-yang Joon-young Sang-woo Kyung-ho
        Ji-hoon Do-yun Woo-jin Young-soo"""),
        _w("""Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon
        Ko Moon Yang Son Bae Baek Heo Nam"""),
    ),
    "japanese": (
        _w("""Yuki Haruka Aoi Sakura Hina Yui Mei Riko Emi Naomi Keiko Akiko Yoko Mariko Ayaka Misaki Nanami
        Kaori Tomoko Chihiro"""),
        _w("""Haruto Yuto Sota Ren Hiroshi Takashi Kenji Daisuke Kazuki Shota Ryota Takumi Kenta Naoki Satoshi
        Akira Koji Makoto Tatsuya Yusuke"""),
        _w("""Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
        Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa
        Ogawa Fujita Okada Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii Nishimura"""),
    ),
    "nigerian": (
        _w("""Chioma Ngozi Adaeze Nneka Ifeoma Chiamaka Amarachi Uchechi Funmilayo Folake Yetunde Bukola
        Temitope Oluwaseun Adunni Aisha Hauwa Zainab Amina Blessing Precious Chinwe Ebere Kemi Titilayo"""),
        _w("""Chinedu Emeka Obinna Ikechukwu Chukwuemeka Uchenna Nnamdi Tunde Babatunde Olumide Ayodele
        Segun Adewale Oluwafemi Kayode Yusuf Musa Ibrahim Abubakar Sani Femi Dayo Tobi Chidi Kelechi"""),
        _w("""Okafor Okonkwo Eze Nwosu Obi Okeke Nwachukwu Okoro Chukwu Onyekachi Adeyemi Adebayo Ogunleye
        Olawale Afolabi Oyelaran Balogun Adewale Ogunbiyi Akinola Bello Abdullahi Mohammed Ibrahim Danjuma
        Usman Ekwueme Okoye Igwe Anyanwu Ojo Adeleke Oladipo Oyinlola Ezeh"""),
    ),
    "ghanaian": (
        _w("""Akosua Adwoa Abena Akua Yaa Afua Ama Esi Efua Adjoa Naana Maame Dzifa Selasi Esinam"""),
        _w("""Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Kweku Fiifi Nii Selorm Elikem Kwesi Ekow Paa"""),
        _w("""Mensah Owusu Asante Boateng Osei Agyeman Appiah Amoah Darko Ofori Acheampong Antwi Adjei
        Addo Amponsah Asamoah Bonsu Danquah Frimpong Gyamfi Kuffour Nkrumah Opoku Quartey Sarpong Tetteh
        Yeboah Annan Ansah"""),
    ),
    "ethiopian": (
        _w("""Selam Hiwot Meron Tigist Bethlehem Rahel Saba Liya Mahlet Tsion Hanna Eden Feven Mekdes"""),
        _w("""Abebe Dawit Yonas Tesfaye Getachew Mulugeta Haile Bereket Tewodros Solomon Kidus Natnael
        Henok Samuel Biniam"""),
        _w("""Tesfaye Bekele Alemu Girma Tadesse Haile Kebede Mengistu Worku Assefa Desta Gebremedhin
        Tekle Wolde Negash Abera Ayele Demissie Gebre Lemma"""),
    ),
    "ukrainian": (
        _w("""Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Anastasiia Daria Sofiia Viktoriia Halyna
        Larysa Svitlana Mariia Khrystyna Solomiia"""),
        _w("""Oleksandr Andrii Serhii Volodymyr Dmytro Mykola Oleh Yurii Taras Bohdan Vasyl Ihor Maksym
        Roman Artem Yaroslav Denys Vitalii"""),
        _w("""Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk
        Bondar Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Melnyk Boiko Kovalchuk Tkachuk
        Hrytsenko Ostapenko Sydorenko Pavlenko Zinchenko Kuzmenko Levchenko Ivanenko Yatsenko Demchenko"""),
    ),
    "russian": (
        _w("""Natalia Olga Tatiana Svetlana Yelena Irina Ekaterina Anastasia Yulia Marina Ludmila Galina
        Ksenia Polina Alina Valentina Vera Nadezhda"""),
        _w("""Alexei Dmitri Sergei Andrei Ivan Mikhail Nikolai Vladimir Pavel Konstantin Yevgeny Maxim
        Artyom Kirill Igor Oleg Boris Grigori"""),
        _w("""Ivanov Ivanova Smirnov Smirnova Kuznetsov Kuznetsova Popov Popova Sokolov Lebedev Kozlov
        Novikov Morozova Petrov Volkov Solovyov Vasiliev Zaitsev Pavlova Semenov Golubev Vinogradov
        Bogdanova Fyodorov Morozov Orlov Belova Karpov Zakharov Gromov"""),
    ),
}

# ---------------------------------------------------------------- places

# DE towns with a postcode of the right region
DE_TOWNS = [
    ("10115", "Berlin"), ("10437", "Berlin"), ("12049", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"),
    ("80331", "München"), ("81675", "München"), ("50667", "Köln"), ("50823", "Köln"), ("60311", "Frankfurt am Main"),
    ("70173", "Stuttgart"), ("40210", "Düsseldorf"), ("04109", "Leipzig"), ("01067", "Dresden"), ("30159", "Hannover"),
    ("90402", "Nürnberg"), ("28195", "Bremen"), ("44135", "Dortmund"), ("45127", "Essen"), ("79098", "Freiburg im Breisgau"),
    ("69117", "Heidelberg"), ("93047", "Regensburg"), ("87435", "Kempten (Allgäu)"), ("83022", "Rosenheim"),
    ("82467", "Garmisch-Partenkirchen"), ("87527", "Sonthofen"), ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"),
    ("06108", "Halle (Saale)"), ("34117", "Kassel"), ("33602", "Bielefeld"), ("48143", "Münster"), ("49074", "Osnabrück"),
    ("26122", "Oldenburg"), ("37073", "Göttingen"), ("35037", "Marburg"), ("55116", "Mainz"), ("65183", "Wiesbaden"),
    ("64283", "Darmstadt"), ("68159", "Mannheim"), ("76133", "Karlsruhe"), ("89073", "Ulm"), ("86150", "Augsburg"),
    ("94032", "Passau"), ("97070", "Würzburg"), ("96047", "Bamberg"), ("95444", "Bayreuth"), ("07743", "Jena"),
    ("14467", "Potsdam"), ("39104", "Magdeburg"), ("19053", "Schwerin"), ("23552", "Lübeck"), ("53111", "Bonn"),
    ("52062", "Aachen"), ("66111", "Saarbrücken"), ("54290", "Trier"), ("78462", "Konstanz"), ("88212", "Ravensburg"),
    ("72070", "Tübingen"), ("83471", "Berchtesgaden"), ("87561", "Oberstdorf"), ("82418", "Murnau a. Staffelsee"),
    ("83646", "Bad Tölz"), ("88131", "Lindau (Bodensee)"), ("01796", "Pirna"), ("38640", "Goslar"), ("36037", "Fulda"),
]
DE_STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Gartenstraße", "Schulstraße", "Bergstraße", "Kirchweg",
    "Am Mühlbach", "Rosenweg", "Birkenweg", "Ahornallee", "Goethestraße", "Schillerstraße", "Mozartstraße",
    "Beethovenstraße", "Friedhofstraße", "Waldstraße", "Wiesenweg", "Am Sportplatz", "Feldstraße",
    "Kastanienallee", "Lerchenfeldstraße", "Brunnenstraße", "Marktplatz", "Am Anger", "Hirschgasse",
    "Im Winkel", "Ringstraße", "Talstraße", "Auf der Höhe", "Eichendorffweg", "Kantstraße", "Sonnenstraße",
    "Prinzregentenstraße", "Schönhauser Allee", "Oranienstraße", "Reeperbahn", "Elbchaussee", "Zülpicher Straße",
    "Berger Straße", "Königsallee", "Karl-Liebknecht-Straße", "Dresdner Straße", "Alte Poststraße",
    "Hinter der Kirche", "An der Bleiche", "Mühlenkamp", "Grindelallee", "Kaiser-Wilhelm-Ring", "Am Kesselbach",
    "Sonnenhang", "Enzianweg", "Edelweißstraße", "Alpspitzstraße", "Zugspitzstraße", "Allgäuer Straße",
    "Sudetenstraße", "Weidenkamp", "Up de Worth", "Heideweg", "Fasanenweg", "Pfarrer-Kneipp-Straße",
]
AT_TOWNS = [
    ("1010", "Wien"), ("1070", "Wien"), ("1160", "Wien"), ("1180", "Wien"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
    ("8010", "Graz"), ("4020", "Linz"), ("9020", "Klagenfurt am Wörthersee"), ("6900", "Bregenz"), ("3100", "St. Pölten"),
    ("7000", "Eisenstadt"), ("6370", "Kitzbühel"), ("5700", "Zell am See"), ("6460", "Imst"), ("8970", "Schladming"),
    ("9500", "Villach"), ("6850", "Dornbirn"), ("4400", "Steyr"), ("6580", "St. Anton am Arlberg"), ("6100", "Seefeld in Tirol"),
]
AT_STREETS = [
    "Mariahilfer Straße", "Landstraßer Hauptstraße", "Getreidegasse", "Maria-Theresien-Straße", "Herrengasse",
    "Annenstraße", "Schmiedgasse", "Kaiserjägerstraße", "Linzer Gasse", "Hietzinger Hauptstraße", "Wiedner Gürtel",
    "Alser Straße", "Burggasse", "Praterstraße", "Sporgasse", "Dorfstraße", "Anichstraße", "Leopoldstraße",
    "Schwarzstraße", "Gumpendorfer Straße", "Kärntner Ring", "Hauptplatz", "Kirchgasse", "Pradler Straße",
]
CH_TOWNS = [
    ("8001", "Zürich"), ("8004", "Zürich"), ("8050", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
    ("9000", "St. Gallen"), ("7000", "Chur"), ("3920", "Zermatt"), ("7500", "St. Moritz"), ("3800", "Interlaken"),
    ("8400", "Winterthur"), ("5000", "Aarau"), ("6300", "Zug"), ("2502", "Biel/Bienne"), ("3600", "Thun"),
    ("8200", "Schaffhausen"), ("7270", "Davos Platz"), ("6460", "Altdorf UR"), ("3780", "Gstaad"), ("6390", "Engelberg"),
]
CH_STREETS = [
    "Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Marktgasse", "Spitalgasse",
    "Langstrasse", "Badenerstrasse", "Zürichstrasse", "Rütistrasse", "Bergstrasse", "Alpenstrasse", "Rosenweg",
    "Weinbergstrasse", "Winterthurerstrasse", "Limmatquai", "Freiestrasse", "Gerechtigkeitsgasse", "Pilatusstrasse",
    "Kramgasse", "Obere Bahnhofstrasse", "Hertensteinstrasse", "Via Maistra",
]
GB_TOWNS = [
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Sheffield", "S"), ("Kendal", "LA"), ("Keswick", "CA"), ("Inverness", "IV"), ("York", "YO"), ("Bath", "BA"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Brighton", "BN"), ("Exeter", "EX"), ("Norwich", "NR"), ("Nottingham", "NG"),
    ("Leicester", "LE"), ("Aberdeen", "AB"), ("Fort William", "PH"), ("Swansea", "SA"), ("Harrogate", "HG"),
    ("Durham", "DH"), ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"), ("Liverpool", "L"), ("Birmingham", "B"),
    ("London", "SW"), ("London", "N"), ("London", "SE"), ("Bangor", "LL"), ("Ambleside", "LA"), ("Aviemore", "PH"),
]
GB_STREETS = [
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "Queen's Road", "Castle Street",
    "Green Lane", "Manor Road", "Kings Avenue", "Orchard Close", "Westgate", "Bridge Street", "Market Place",
    "The Crescent", "Chapel Walk", "Meadow View", "Beech Grove", "Hillside Drive", "Riverside Court", "North Road",
    "School Lane", "Albert Road", "Windsor Terrace", "Lime Tree Avenue", "Moorland Road", "Heather Close",
    "Fellside", "Lakeview Gardens", "Abbey Road", "Portland Street", "Newport Road", "Princes Street",
]
US_TOWNS = [
    ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Boulder", "CO", "803"), ("Seattle", "WA", "981"),
    ("Salt Lake City", "UT", "841"), ("Bend", "OR", "977"), ("Asheville", "NC", "288"), ("Burlington", "VT", "054"),
    ("Austin", "TX", "787"), ("Minneapolis", "MN", "554"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
    ("Missoula", "MT", "598"), ("Flagstaff", "AZ", "860"), ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"),
    ("San Francisco", "CA", "941"), ("Sacramento", "CA", "958"), ("Ann Arbor", "MI", "481"), ("Bozeman", "MT", "597"),
    ("Duluth", "MN", "558"), ("Chattanooga", "TN", "374"), ("Durango", "CO", "813"), ("Portland", "ME", "041"),
]
US_STREETS = [
    "Maple Ave", "Oak Street", "Pine St", "Cedar Lane", "Elm Street", "Lake Shore Dr", "N Main St", "Sunset Blvd",
    "Ridgeview Rd", "Hillcrest Drive", "Aspen Way", "Willow Ct", "E 14th St", "SW Alder St", "Canyon Rd",
    "Pearl Street", "Mountain View Dr", "W 3rd Ave", "Juniper Loop", "Spruce St", "Riverbend Rd", "Hawthorne Blvd",
]
IE_TOWNS = [
    ("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"),
    ("Killarney", "V93"), ("Westport", "F28"), ("Sligo", "F91"), ("Kilkenny", "R95"), ("Wexford", "Y35"),
    ("Ennis", "V95"), ("Letterkenny", "F92"), ("Athlone", "N37"), ("Clifden", "H71"),
]
IE_STREETS = [
    "Main Street", "Patrick Street", "Shop Street", "Church Road", "Strand Road", "Abbey Street", "Quay Street",
    "Dominick Street", "Harbour Road", "Bridge Street", "Castle Street", "Mill Road", "Parnell Square", "Sea Road",
]
FR_TOWNS = [
    ("69003", "Lyon"), ("75011", "Paris"), ("38000", "Grenoble"), ("74000", "Annecy"), ("74400", "Chamonix-Mont-Blanc"),
    ("67000", "Strasbourg"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes"),
    ("13001", "Marseille"), ("34000", "Montpellier"), ("68000", "Colmar"), ("65000", "Tarbes"),
]
FR_STREETS = [
    "rue des Lilas", "rue de la République", "boulevard des Belges", "rue du Moulin", "avenue de la Gare",
    "rue des Écoles", "chemin des Vignes", "rue du Lac", "place du Marché", "rue Sainte-Catherine", "quai des Bateliers",
]
NL_TOWNS = [
    ("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97"),
    ("Nijmegen", "65"), ("Eindhoven", "56"), ("Haarlem", "20"), ("Leiden", "23"), ("Maastricht", "62"),
]
NL_STREETS = [
    "Prinsengracht", "Keizersgracht", "Oudegracht", "Hoofdstraat", "Kerkstraat", "Dorpsstraat", "Molenweg",
    "Stationsweg", "Nieuwe Binnenweg", "Vismarkt", "Lange Voorhout",
]
IT_TOWNS = [
    ("20121", "Milano"), ("39100", "Bolzano"), ("10121", "Torino"), ("40121", "Bologna"), ("38122", "Trento"),
    ("37121", "Verona"), ("00184", "Roma"), ("50123", "Firenze"), ("32043", "Cortina d'Ampezzo"), ("39012", "Merano"),
]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Italia", "Via dei Mille", "Via Mazzini", "Via Cavour", "Corso Vittorio Emanuele II", "Via delle Alpi"]
