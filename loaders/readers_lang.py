"""Cheap, offline language check for `loaders.readers`: is this text English?

Two signals, no model and no network:

1. Script: the share of letters in each writing system (Latin, Cyrillic, Arabic, Han...).
   Text that is mostly non-Latin is not English, and the script (with a few telltale
   letters) names the language: Cyrillic with і/ї/є/ґ is Ukrainian, Han with kana is
   Japanese, Arabic letters with پ/چ/ژ/گ are Persian...
2. Function words: English prose is about 40% "the, of, and, to, in, said, that..."; French,
   Spanish, German and other Latin-script languages share almost none of those words, so a
   low English ratio means another language, and the same count over their own function
   words names it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Common English function words (and "said", which every news story uses).
ENGLISH_WORDS = frozenset(
    """a about after against all also an and any are as at be because been before being
    between both but by can could did do does during each for from had has have he her here
    him his how i if in into is it its just may me more most must my no nor not of on once
    only or other our out over said says she should so some such than that the their them
    then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your""".split()
)

# Function words of other Latin-script languages, without words English also uses.
OTHER_WORDS: dict[str, frozenset[str]] = {
    "French": frozenset("le la les des du un une et est dans pour que qui sur pas avec au aux ce cette sont ont été par mais ou leur il elle nous vous ils selon".split()),
    "Spanish": frozenset("el la los las del un una y es en que por para con no se su sus al lo como pero más fue ha según también entre".split()),
    "Portuguese": frozenset("o os as do da dos das um uma e é em que por para com não se seu sua ao como mas mais foi são pelo pela segundo também".split()),
    "Italian": frozenset("il lo la gli le dei delle del della un una e è che per con non si suo sua al come ma più sono nel nella ha anche secondo".split()),
    "German": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es sie er wir werden wurde nach bei aus oder aber".split()),
    "Dutch": frozenset("de het een en van is dat op te zijn voor met niet aan er maar ook als bij uit door naar werd zijn wordt".split()),
    "Turkish": frozenset("ve bir bu da de ile için olarak daha çok gibi olan ama ancak kadar sonra göre değil ise".split()),
    "Polish": frozenset("i w na z że się nie do to jest o jak ale po przez przy od jego jej oraz już są".split()),
    "Indonesian": frozenset("dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh adalah".split()),
    "Swedish": frozenset("och att det som en på är för med den till av inte har om ett men var sig från".split()),
}

ISO_CODES = {
    "English": "en", "French": "fr", "Spanish": "es", "Portuguese": "pt", "Italian": "it",
    "German": "de", "Dutch": "nl", "Turkish": "tr", "Polish": "pl", "Indonesian": "id",
    "Swedish": "sv", "Russian": "ru", "Ukrainian": "uk", "Belarusian": "be", "Serbian": "sr",
    "Bulgarian": "bg", "Chinese": "zh", "Japanese": "ja", "Korean": "ko", "Arabic": "ar",
    "Persian": "fa", "Urdu": "ur", "Hebrew": "he", "Greek": "el", "Hindi": "hi", "Thai": "th",
    "Armenian": "hy", "Georgian": "ka",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SAMPLE_CHARS = 20000
MIN_WORDS = 8  # below this the function-word ratio says nothing
MIN_WORDS_UNKNOWN = 40  # below this, "few English words" alone does not reject a text
MIN_ENGLISH_RATIO = 0.12  # English news prose sits at 0.3-0.5; other languages near 0.02


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # a name: "English", "Russian", or a script: "Cyrillic script"
    code: str  # ISO 639-1 where known, else "und"
    english_ratio: float

    @property
    def is_english(self) -> bool:
        return self.code == "en"


def _script(ch: str) -> str:
    o = ord(ch)
    if o < 0x250:
        return "Latin"
    if 0x370 <= o < 0x400:
        return "Greek"
    if 0x400 <= o < 0x530:
        return "Cyrillic"
    if 0x530 <= o < 0x590:
        return "Armenian"
    if 0x590 <= o < 0x600:
        return "Hebrew"
    if 0x600 <= o < 0x780 or 0x8A0 <= o < 0x900 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "Arabic"
    if 0x900 <= o < 0x980:
        return "Devanagari"
    if 0xE00 <= o < 0xE80:
        return "Thai"
    if 0x10A0 <= o < 0x1100:
        return "Georgian"
    if 0x1100 <= o < 0x1200 or 0xAC00 <= o < 0xD7B0 or 0x3130 <= o < 0x3190:
        return "Hangul"
    if 0x3040 <= o < 0x3100 or 0x31F0 <= o < 0x3200 or 0xFF66 <= o < 0xFFA0:
        return "Kana"
    if 0x3400 <= o < 0xA000 or 0xF900 <= o < 0xFB00 or 0x20000 <= o < 0x30000:
        return "Han"
    if 0x1E00 <= o < 0x1F00:
        return "Latin"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0].title() if name else "Other"


def script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    return counts


def _name_non_latin(script: str, counts: dict[str, int], text: str) -> str:
    if script in ("Han", "Kana"):
        return "Japanese" if counts.get("Kana", 0) > 0.05 * counts.get("Han", 0) + 5 else "Chinese"
    if script == "Hangul":
        return "Korean"
    if script == "Cyrillic":
        if re.search(r"[іїєґІЇЄҐ]", text):
            return "Ukrainian"
        if re.search(r"[ўЎ]", text):
            return "Belarusian"
        if re.search(r"[ђћџљњјЂЋЏЉЊЈ]", text):
            return "Serbian"
        if re.search(r"[ыэЫЭ]", text):
            return "Russian"
        if re.search(r"[ъ]", text) and not re.search(r"[ёЁ]", text):
            return "Bulgarian"
        return "Russian"
    if script == "Arabic":
        if re.search(r"[ٹڈڑںے]", text):
            return "Urdu"
        if re.search(r"[پچژگ]", text):
            return "Persian"
        return "Arabic"
    if script == "Devanagari":
        return "Hindi"
    return {"Hebrew": "Hebrew", "Greek": "Greek", "Thai": "Thai", "Armenian": "Armenian", "Georgian": "Georgian"}.get(
        script, f"{script} script"
    )


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of `text` (a sample of its first 20,000 characters)."""
    sample = text[:_SAMPLE_CHARS]
    counts = script_counts(sample)
    letters = sum(counts.values())
    if letters == 0:
        return LanguageGuess("no letters", "und", 0.0)
    latin = counts.get("Latin", 0)
    if latin < 0.5 * letters:
        # Han and kana together are Japanese; otherwise the biggest script names it
        merged = dict(counts)
        if "Kana" in merged:
            merged["Han"] = merged.get("Han", 0) + merged.pop("Kana")
        top = max((s for s in merged if s != "Latin"), key=merged.__getitem__)
        name = _name_non_latin(top, counts, sample)
        return LanguageGuess(name, ISO_CODES.get(name, "und"), 0.0)
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(sample)]
    words = [w for w in words if all(_script(c) == "Latin" for c in w)]
    if not words:
        return LanguageGuess("English", "en", 0.0)
    english = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    if len(words) < MIN_WORDS or english >= MIN_ENGLISH_RATIO:
        return LanguageGuess("English", "en", english)
    scores = {lang: sum(1 for w in words if w in vocab) / len(words) for lang, vocab in OTHER_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] >= 2 * english and scores[best] >= 0.1:
        return LanguageGuess(best, ISO_CODES[best], english)
    if len(words) < MIN_WORDS_UNKNOWN:
        # a short headline-style text ("US, China cut duties; markets rally") has few
        # function words of any language: without evidence of another one, keep it
        return LanguageGuess("English", "en", english)
    return LanguageGuess("a Latin-script language other than English", "und", english)
