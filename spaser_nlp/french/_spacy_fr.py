"""Vendored from spaCy 3.8 ``spacy/lang/fr`` (``stop_words.py``, ``lex_attrs.py``, ``lemmatizer.py``), unchanged
but for the imports, the formatting and one speed-up with the same answers: ``FrenchLemmatizer`` looks words up
in the ``lemma_index`` lists through a frozenset of each list (spaCy scans the list, tens of thousands of words,
for every new word and part of speech).

spaCy is MIT-licensed: Copyright (C) 2016-2024 ExplosionAI GmbH, 2016 spaCy GmbH, 2015 Matthew Honnibal.
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files, to deal in the Software without restriction (the full MIT licence text ships with spaCy).

Why a copy: importing anything under ``spacy.lang.fr`` runs ``spacy/lang/fr/__init__.py``, which compiles a
1.4-million-character token regex at import time (1.8 s of CPU in every new process). ``spaser_nlp.french``
builds the same pipeline without importing that package; ``tests/test_french_spacy.py`` checks that these
copies still equal spaCy's (stop words, number words, lemmas) whenever spaCy is upgraded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.attrs import LIKE_NUM
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

from spaser_nlp.french.lemma_tables import POS

STOP_WORDS = set(
    """
a à â abord afin ah ai aie ainsi ait allaient allons
alors anterieur anterieure anterieures antérieur antérieure antérieures
apres après as assez attendu au
aupres auquel aura auraient aurait auront
aussi autre autrement autres autrui aux auxquelles auxquels avaient
avais avait avant avec avoir avons ayant

bas basee bat

c' c’ ça car ce ceci cela celle celle-ci celle-la celle-là celles celles-ci celles-la celles-là
celui celui-ci celui-la celui-là cent cependant certain certaine certaines certains certes ces
cet cette ceux ceux-ci ceux-là chacun chacune chaque chez ci cinq cinquantaine cinquante
cinquantième cinquième combien comme comment compris concernant

d' d’ da dans de debout dedans dehors deja dejà delà depuis derriere
derrière des desormais desquelles desquels dessous dessus deux deuxième
deuxièmement devant devers devra different differente differentes differents différent
différente différentes différents dire directe directement dit dite dits divers
diverse diverses dix dix-huit dix-neuf dix-sept dixième doit doivent donc dont
douze douzième du duquel durant dès déja déjà désormais

effet egalement eh elle elle-meme elle-même elles elles-memes elles-mêmes en encore
enfin entre envers environ es ès est et etaient étaient etais étais etait était
etant étant etc etre être eu eux eux-mêmes exactement excepté également

fais faisaient faisant fait facon façon feront font

gens

ha hem hep hi ho hormis hors hou houp hue hui huit huitième
hé i il ils importe

j' j’ je jusqu jusque juste

l' l’ la laisser laquelle le lequel les lesquelles lesquels leur leurs longtemps
lors lorsque lui lui-meme lui-même là lès

m' m’ ma maint maintenant mais malgre malgré me meme memes merci mes mien
mienne miennes miens mille moi moi-meme moi-même moindres moins
mon même mêmes

n' n’ na ne neanmoins neuvième ni nombreuses nombreux nos notamment
notre nous nous-mêmes nouveau nul néanmoins nôtre nôtres

o ô on ont onze onzième or ou ouias ouste outre
ouvert ouverte ouverts où

par parce parfois parle parlent parler parmi partant
pas pendant pense permet personne peu peut peuvent peux plus
plusieurs plutot plutôt possible possibles pour pourquoi
pourrais pourrait pouvait prealable precisement
premier première premièrement
pres procedant proche près préalable précisement pu puis puisque

qu' qu’ quand quant quant-à-soi quarante quatorze quatre quatre-vingt
quatrième quatrièmement que quel quelconque quelle quelles quelqu'un quelque
quelques quels qui quiconque quinze quoi quoique

relative relativement rend rendre restant reste
restent retour revoici revoila revoilà

s' s’ sa sait sans sauf se seize selon semblable semblaient
semble semblent sent sept septième sera seraient serait seront ses seul seule
seulement seuls seules si sien sienne siennes siens sinon six sixième soi soi-meme soi-même soit
soixante son sont sous souvent specifique specifiques spécifique spécifiques stop
suffisant suffisante suffit suis suit suivant suivante
suivantes suivants suivre sur surtout

t' t’ ta tant te tel telle tellement telles tels tenant tend tenir tente
tes tien tienne tiennes tiens toi toi-meme toi-même ton touchant toujours tous
tout toute toutes treize trente tres trois troisième troisièmement très
tu té

un une unes uns

va vais vas vers via vingt voici voila voilà vont vos
votre votres vous vous-mêmes vu vé vôtre vôtres

y

""".split()
)

_num_words = set(
    """
zero un une deux trois quatre cinq six sept huit neuf dix
onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf
vingt trente quarante cinquante soixante soixante-dix septante quatre-vingt huitante quatre-vingt-dix nonante
cent mille mil million milliard billion quadrillion quintillion
sextillion septillion octillion nonillion decillion
""".split()
)

_ordinal_words = set(
    """
premier première deuxième second seconde troisième quatrième cinquième sixième septième huitième neuvième dixième
onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième
vingtième trentième quarantième cinquantième soixantième soixante-dixième septantième quatre-vingtième huitantième quatre-vingt-dixième nonantième
centième millième millionnième milliardième billionnième quadrillionnième quintillionnième
sextillionnième septillionnième octillionnième nonillionnième decillionnième
""".split()
)


def like_num(text):
    # Might require more work?
    # See this discussion: https://github.com/explosion/spaCy/pull/1161
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    if text.lower() in _num_words:
        return True
    if text.lower() in _ordinal_words:
        return True
    return False


LEX_ATTRS = {LIKE_NUM: like_num}


class FrenchLemmatizer(Lemmatizer):
    """
    French language lemmatizer applies the default rule based lemmatization
    procedure with some modifications for better French language support.

    The parts of speech 'ADV', 'PRON', 'DET', 'ADP' and 'AUX' are added to use
    the rule-based lemmatization. As a last resort, the lemmatizer checks in
    the lookup table.
    """

    # spaser: with the model's tables read as compact arrays (lemma_tables), ``lookups`` (spaCy's Lookups) is
    # only decoded from the model's file when something asks for it; the lemmas are the same.
    @property
    def lookups(self) -> Any:
        pending = self.__dict__.pop("_lookups_folder", None)
        if pending is not None:
            from spacy.lookups import Lookups

            self.__dict__["_lookups"] = Lookups().from_disk(pending)
        return self.__dict__["_lookups"]

    @lookups.setter
    def lookups(self, value: Any) -> None:
        self.__dict__.pop("_lookups_folder", None)
        self.__dict__["_compact"] = None
        self.__dict__["_lookups"] = value

    @property
    def compact_tables(self) -> Any:
        """The compact tables (spaser_nlp.french.lemma_tables.CompactLookups) in use, or ``None``."""
        return self.__dict__.get("_compact")

    def from_disk(self, path: Any, *, exclude: Any = ()) -> FrenchLemmatizer:
        from spacy import util

        from spaser_nlp.french.lemma_tables import load_compact

        folder = Path(path) / "lookups"
        compact = None if "lookups" in exclude else load_compact(folder)
        if compact is None:
            super().from_disk(path, exclude=exclude)
            return self
        deserialize: dict[str, Any] = {"vocab": lambda p: self.vocab.from_disk(p, exclude=exclude)}
        util.from_disk(path, deserialize, [*exclude, "lookups"])
        self.cache = {}
        self.lookups = Lookups()
        self.__dict__["_compact"] = compact
        self.__dict__["_lookups_folder"] = folder
        self._validated = True  # the four tables are there (load_compact checked)
        return self

    def lookup_lemmatize(self, token: Token) -> list[str]:
        compact = self.__dict__.get("_compact")
        if compact is None:
            return super().lookup_lemmatize(token)
        return compact.lookup.get(token.text, [token.text])

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        if mode == "rule":
            required = ["lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"]
            return (required, [])
        else:
            return super().get_lookups_config(mode)

    def rule_lemmatize(self, token: Token) -> list[str]:
        cache_key = (token.orth, token.pos)
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return [string.lower()]
        compact = self.__dict__.get("_compact")
        if compact is not None:
            return self._compact_rule_lemmatize(compact, token, cache_key, string.lower(), univ_pos)
        elif "lemma_rules" not in self.lookups or univ_pos not in (
            "noun",
            "verb",
            "adj",
            "adp",
            "adv",
            "aux",
            "cconj",
            "det",
            "pron",
            "punct",
            "sconj",
        ):
            return self.lookup_lemmatize(token)
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        lookup_table = self.lookups.get_table("lemma_lookup", {})
        index = self._index_set(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, [])
        string = string.lower()
        forms = []
        # first try lookup in table based on upos
        if string in index:
            forms.append(string)
            self.cache[cache_key] = forms
            return forms

        # then add anything in the exceptions table
        forms.extend(exceptions.get(string, []))

        # if nothing found yet, use the rules
        oov_forms = []
        if not forms:
            for old, new in rules:
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        forms.append(form)
                    else:
                        oov_forms.append(form)

        # if still nothing, add the oov forms from rules
        if not forms:
            forms.extend(oov_forms)

        # use lookups, which fall back to the token itself
        if not forms:
            forms.append(lookup_table.get(string, [string])[0])
        forms = list(dict.fromkeys(forms))
        self.cache[cache_key] = forms
        return forms

    def _compact_rule_lemmatize(self, compact: Any, token: Token, cache_key: Any, string: str,
                                univ_pos: str) -> list[str]:
        """``rule_lemmatize`` above, step by step, on the compact tables (spaser_nlp.french.lemma_tables)."""
        if not compact.has_rules or univ_pos not in POS:
            return self.lookup_lemmatize(token)
        index = compact.index.get(univ_pos, ())
        exceptions = compact.exc.get(univ_pos)
        rules = compact.rules.get(univ_pos, [])
        forms: list[str] = []
        if string in index:
            forms.append(string)
            self.cache[cache_key] = forms
            return forms
        if exceptions is not None:
            forms.extend(exceptions.get(string, []))
        oov_forms = []
        if not forms:
            for old, new in rules:
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        forms.append(form)
                    else:
                        oov_forms.append(form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(compact.lookup.get(string, [string])[0])
        forms = list(dict.fromkeys(forms))
        self.cache[cache_key] = forms
        return forms

    def _index_set(self, index: Any) -> Any:
        """``index`` (a list of words in spaCy's table) as a frozenset, built once per list object."""
        if not isinstance(index, list):
            return index
        memo: dict[int, tuple[list, frozenset]] = self.__dict__.setdefault("_index_sets", {})
        held = memo.get(id(index))
        if held is None or held[0] is not index:
            held = memo[id(index)] = (index, frozenset(index))
        return held[1]
