"""Event dates read from the story (dating.py), in both languages, on texts written for these tests.
The publication date is Friday 15 November 2024."""

from __future__ import annotations

import pytest

from tests.conftest import code_text

# (lang, text, event type, date, last day of a range or None, the words it was read from)
CASES = [
    # a weekday on a clause above the event, wherever it sits
    ("fr", "Mardi, le ministre polonais avait affirmé que la Russie avait attaqué l'Ukraine.", "ASSAULT",
     "2024-11-12", None, "Mardi"),
    ("en", "On Tuesday, the Polish minister had said that Russia had attacked Ukraine.", "ASSAULT",
     "2024-11-12", None, "Tuesday"),
    ("fr", "Le gouvernement norvégien a décidé jeudi de reprendre le dialogue avec la Colombie.", "AGREE",
     "2024-11-14", None, "jeudi"),
    # a night from one day to the next: a range
    ("fr", "Les forces de l'ordre ivoiriennes ont arrêté dans la nuit de dimanche à lundi une dizaine d'opposants "
           "à Abidjan.", "COERCE", "2024-11-10", "2024-11-11", "dimanche à lundi"),
    ("en", "Pakistan shelled Indian border posts overnight from Sunday to Monday.", "ASSAULT",
     "2024-11-10", "2024-11-11", "Sunday to Monday"),
    # counted from the event told before
    ("fr", "Le Brésil a rencontré mercredi l'Argentine. Le même jour, le Brésil a critiqué le Paraguay.", "ACCUSE",
     "2024-11-13", None, "même jour"),
    ("en", "Brazil met Argentina on Wednesday. The day before, Brazil had criticised Paraguay.", "ACCUSE",
     "2024-11-12", None, "day before"),
    # "aussitôt", "shortly afterwards": the day of the event told before
    ("fr", "Le Paraguay a saisi mercredi un navire brésilien. Le Brésil avait aussitôt rappelé son ambassadeur.",
     "SANCTION", "2024-11-13", None, "aussitôt"),
    ("en", "Paraguay seized a Brazilian ship on Wednesday. Shortly afterwards, Brazil demanded an apology from "
           "Paraguay.", "REQUEST", "2024-11-13", None, "Shortly afterwards"),
    # ... or from the last day told before it, when no event of its own was coded there
    ("fr", "Le Brésil a rencontré mercredi l'Argentine. Samedi, des navires ont visé un bateau de pêche. Le même "
           "jour, le Brésil avait critiqué le Paraguay.", "ACCUSE", "2024-11-09", None, "même jour"),
    ("en", "Brazil met Argentina on Wednesday. On Saturday, ships hit a fishing boat. On the same day, Brazil had "
           "criticised Paraguay.", "ACCUSE", "2024-11-09", None, "same day"),
    # ... not from a day to come told in between
    ("fr", "Le Brésil a rencontré mercredi l'Argentine, et des avions doivent rapatrier dès vendredi ses soldats. "
           "La veille, le Brésil avait critiqué le Paraguay.", "ACCUSE", "2024-11-12", None, "veille"),
    # ... nor from a day a quotation tells
    ("fr", "Le Brésil a dénoncé samedi la saisie d'un navire par le Paraguay. Le ministre brésilien a déclaré : "
           "« Après m'avoir assuré mardi dernier que le Paraguay voulait la paix, ils font le contraire ». La veille, "
           "il avait averti que le Paraguay s'exposait à de « graves conséquences ».", "THREATEN", "2024-11-08", None,
     "veille"),
    # date words in an adjunct phrase of the verb
    ("fr", "Dans son discours d'investiture lundi, le président togolais avait exhorté le Ghana à cesser ses "
           "intimidations militaires.", "REQUEST", "2024-11-11", None, "lundi"),
    ("en", "In his inaugural speech on Monday, the Togolese president had urged Ghana to stop its military "
           "intimidation.", "REQUEST", "2024-11-11", None, "Monday"),
    # dated background dates its event, not the news day
    ("en", "Chile cut ties with Peru in March 2023.", "SANCTION", "2023-03-01", None, "March 2023"),
    ("fr", "Le Chili avait suspendu ses relations diplomatiques avec le Pérou en septembre 2023.", "SANCTION",
     "2023-09-01", None, "septembre 2023"),
    # an agreement told as done on a weekday is dated in the past, even when what it agrees on is to come
    ("en", "African Union ministers agreed on Monday to impose travel bans on Guinean junta members.", None,
     "2024-11-11", None, "Monday"),
    # a date fronted before a comma dates the sentence's verb, not the noun after it
    ("fr", "Dimanche, des soldats kényans emmenés par un colonel ont arrêté le chef de l'Etat.", "COERCE",
     "2024-11-10", None, "Dimanche"),
    # a time limit dates no act: the demand is dated by its own weekday
    ("fr", "Le Niger a demandé mercredi au Bénin de retirer ses soldats d'ici au 15 décembre.", "REQUEST",
     "2024-11-13", None, "mercredi"),
    ("en", "Niger asked Benin on Wednesday to withdraw its soldiers by December 15.", "REQUEST",
     "2024-11-13", None, "Wednesday"),
    # a day of a month after the publication date, told in the past, is last year's
    ("fr", "Le Niger a expulsé le 20 décembre l'ambassadeur du Bénin.", "SANCTION", "2023-12-20", None, "20 décembre"),
    ("en", "Niger expelled the Beninese ambassador on December 20.", "SANCTION", "2023-12-20", None, "December 20"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "date", "date_max", "words"), CASES,
                         ids=[f"{c[0]}-{c[1][:40]}" for c in CASES])
def test_dating_event_date(coder, lang, text, etype, date, date_max, words):
    events = [e for e in code_text(coder, text, lang) if etype is None or e.event_type == etype]
    assert events, "no event"
    event = events[-1] if etype == "ACCUSE" else events[0]
    assert (event.date, event.date_max) == (date, date_max)
    assert event.date_text is not None and words in event.date_text
    assert event.date_precision != "article"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dating_story_day(coder, lang):
    """A reaction told without date words takes the day the lead tells its news on."""
    text = {"en": "Rwanda closed its border with Burundi on Wednesday.\n\nThe African Union condemned the decision.",
            "fr": "Le Rwanda a fermé mercredi sa frontière avec le Burundi.\n\nL'Union africaine a condamné la "
                  "décision."}[lang]
    reaction = next(e for e in code_text(coder, text, lang) if e.event_type == "ACCUSE")
    assert reaction.date == "2024-11-13"
    assert reaction.date_precision == "day" and "story's day" in reaction.date_rule


def test_dating_publication_date_when_the_text_tells_no_day(coder):
    events = code_text(coder, "Rwanda closed its border with Burundi.", "en")
    assert events[0].date == "2024-11-15" and events[0].date_precision == "article" and events[0].date_text is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dating_history_is_background(coder, lang):
    """An act of a story told with its own date long before the story's day is background, left
    out; the same act told on the story's day is news."""
    text = {"en": "Rwanda expelled the ambassador of Burundi on Wednesday. Rwanda had already expelled a Burundian "
                  "diplomat in March 2019.",
            "fr": "Le Rwanda a expulsé mercredi l'ambassadeur du Burundi. Le Rwanda avait déjà expulsé un diplomate "
                  "burundais en mars 2019."}[lang]
    dates = {e.date for e in code_text(coder, text, lang) if e.event_type == "SANCTION"}
    assert dates == {"2024-11-13"}


# (lang, text, source of the act counted from, its date): the act named after "a day after", "au
# lendemain de", "hours after" happened that much before the act the words date, not after it
COUNTED_BACK = [
    ("en", "Ghana expelled 20 Togolese diplomats on Thursday, a day after Togo expelled 18 Ghanaian embassy staff.",
     "TGO", "2024-11-13"),
    ("en", "The drills came a day after Ghana imposed sanctions on 12 Togolese companies.", "GHA", "2024-11-14"),
    ("fr", "Le Ghana a expulsé jeudi vingt diplomates togolais, au lendemain de l'expulsion par Lomé de dix-huit "
           "diplomates ghanéens.", "TGO", "2024-11-13"),
    ("fr", "Le Ghana a expulsé jeudi vingt diplomates togolais, quelques heures après l'expulsion par Lomé de "
           "dix-huit diplomates ghanéens.", "TGO", "2024-11-14"),
    ("en", "Ghana closed the border on Friday, hours after Togo expelled its envoy.", "TGO", "2024-11-15"),
]


@pytest.mark.parametrize(("lang", "text", "source", "date"), COUNTED_BACK,
                         ids=[f"{c[0]}-{c[1][:40]}" for c in COUNTED_BACK])
def test_dating_counted_back_from_the_act_dated(coder, lang, text, source, date):
    events = [e for e in code_text(coder, text, lang) if e.source.code() == source]
    assert events and all(e.date == date for e in events), [(e.event_type, e.date) for e in events]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dating_a_day_to_come_is_not_the_story_day(coder, lang):
    """The day of an act still to come, told in the lead, does not date the reactions after it."""
    text = {"en": "Ghana will release two captured Togolese soldiers on Monday. The African Union welcomed the "
                  "decision.",
            "fr": "Le Ghana libérera lundi deux soldats togolais. L'Union africaine a salué la décision."}[lang]
    welcome = [e for e in code_text(coder, text, lang) if e.event_type == "SUPPORT"]
    assert welcome and all(e.date == "2024-11-15" for e in welcome), [(e.date, e.date_rule) for e in welcome]

