import pytest

from tidyslug import SlugError, slugify, unique_slug

# Output-stability contract: these slugs are stored in users' URLs and databases.
# Never edit an expected value to make a test pass; see tests/AGENTS.md.
KNOWN_SLUGS = [
    ("Hello, World!", "hello-world"),
    ("Crème brûlée: 10 tips!", "creme-brulee-10-tips"),
    ("Straße & Co.", "strasse-and-co"),
    ("Smørrebrød i København", "smorrebrod-i-kobenhavn"),
    ("  --already-a-slug--  ", "already-a-slug"),
    ("Œuvres complètes, tome 2", "oeuvres-completes-tome-2"),
    ("½ price — today only", "1-2-price-today-only"),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_SLUGS, ids=[t for t, _ in KNOWN_SLUGS])
def test_known_slugs_never_change(text, expected):
    assert slugify(text) == expected


def test_separator_is_used_between_words():
    assert slugify("a b c", separator="_") == "a_b_c"


def test_case_is_kept_when_asked():
    assert slugify("Hello World", lowercase=False) == "Hello-World"


def test_stopwords_are_case_insensitive():
    assert slugify("The Art of War", stopwords={"the", "OF"}) == "art-war"


def test_max_length_cuts_at_a_word_boundary():
    assert slugify("one two three", max_length=9) == "one-two"


def test_max_length_cuts_a_single_long_word():
    assert slugify("supercalifragilistic", max_length=5) == "super"


def test_text_without_letters_or_digits_is_an_error():
    with pytest.raises(SlugError, match="no letters or digits"):
        slugify("!!! ???")


@pytest.mark.parametrize("separator", ["", "x", "1"])
def test_separator_must_be_punctuation(separator):
    with pytest.raises(ValueError, match="separator"):
        slugify("a b", separator=separator)


def test_max_length_must_be_positive():
    with pytest.raises(ValueError, match="max_length"):
        slugify("a b", max_length=0)


def test_unique_slug_returns_the_plain_slug_when_free():
    assert unique_slug("Hello world", existing=set()) == "hello-world"


def test_unique_slug_counts_up_past_taken_slugs():
    taken = {"hello-world", "hello-world-2", "hello-world-3"}
    assert unique_slug("Hello world", existing=taken) == "hello-world-4"
