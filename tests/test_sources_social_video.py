"""'she said in a video on a social network', '... in a video posted to her Twitter account': a person's video
put on a social-media site is a post, not credited, as a tweet is not (source_noun_judge.posted_on_social_media);
a ministry's video posted on Telegram and a video released by a body stay credited. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "\"I should have kept quiet,\" she said in a video on a social network.",
    "\"That was a mistake on my part,\" Ada Merrow said in a video posted to her Twitter account.",
])
def test_persons_video_on_social_media_is_no_credit(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text", [
    "In a video posted on Telegram, the Tarnian defence ministry said the troops crossed the river.",
    "According to a video released by the Tarnian defence ministry, the troops crossed the river.",
])
def test_bodys_video_stays_credited(nlp, text):
    found = [n for n, _ in sources(nlp, text)]
    assert len(found) == 1 and found[0].startswith("video by"), found
