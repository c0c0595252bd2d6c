"""Common first names in France (all generations, lower case, no accents), for the name detector.

Written for spaser_nlp from general knowledge of French naming (no external list copied). A name
found by the NER counts as a person's when its first word is here, or when it is not made of
common French words (see :mod:`spaser_nlp.consult.privacy`).
"""

FIRST_NAMES = frozenset(
    """
    aaron abdel abdelkader abdallah abdoulaye adam adele adeline adrien agathe agnes ahmed aicha aimee alain alban
    albert alexandra alexandre alexis alfred ali alice alicia aline alix allan amandine amelie amina amine amir anais
    andre andrea andree ange angela angelique anna anne annette annick annie anouk antoine antonin apolline ariane
    arielle arlette armand arnaud arthur astrid aude audrey augustin aurelie aurelien aurore axel axelle aymeric
    baptiste barbara basile bastien beatrice benedicte benjamin benoit bernadette bernard bertrand blanche bruno
    camille capucine carine carla carlos carole caroline catherine cecile cedric celia celine chantal charles charlotte
    chloe christelle christian christiane christine christophe claire clara clarisse claude claudine clemence clement
    colette coline corentin corinne cyril cyrille damien daniel daniele danielle david deborah delphine denis denise
    diane didier dimitri dominique dorian dorothee edith edouard eliane elisa elisabeth elise ella elodie eloise elsa
    emilie emile emilien emma emmanuel emmanuelle enzo eric erwan estelle ethan etienne eugene eva evelyne fabien
    fabienne fabrice fanny farid fatima fatou felix fernand fernande florence florent florian francis franck francois
    francoise frederic frederique gabriel gabrielle gael gaelle gaetan gaspard genevieve georges gerald gerard
    geraldine germaine gilbert gilles ginette gisele guillaume gustave guy guylaine hakim hamid hector helene henri
    henriette herve hugo hugues ibrahim ines irene isabelle jacqueline jacques jade james jean jeanne jeannine jeremy
    jerome joel joelle johan johanna john johnny jonathan jordan joseph josette josiane jules julia julie julien
    juliette justine karim karine kevin lea lea leila leo leon leonie laetitia laura laure laurence laurent lina lionel
    lisa lise loic louis louise luc luca lucas lucie lucien lucienne lucille ludovic lydie madeleine magali malik
    manon marc marcel marcelle margaux margot marguerite maria marianne marie marine mario marion marius martin
    martine mathias mathieu mathilde matteo matthieu maurice maxime mehdi melanie michel michele micheline mickael
    mireille mohamed mohammed monique morgan morgane muriel mustapha myriam nadia nadine nathalie nathan nicolas
    nicole noah noe noel noemie norbert oceane odette odile olivia olivier oscar pascal pascale patrice patricia
    patrick paul paule paulette pauline perrine philippe pierre quentin rachel rachid rafael raphael raphaelle raymond
    regine remi renaud rene renee richard robert robin rodolphe roger roland romain romane rose sabine sabrina sacha
    salome samia samir samuel sandra sandrine sarah sebastien serge severine simon simone sofia solange soline sophie
    stephane stephanie suzanne sylvain sylvie tatiana theo therese thibault thierry thomas timothee tom tristan
    valentin valentine valerie vanessa veronique victor victoire vincent violette virginie xavier yann yannick yasmine
    yoann youssef yves yvette yvonne zoe
    """.split()
)
