"""The learned type decision: reproducible training and its use on sentences no trigger codes."""

from __future__ import annotations

import numpy as np

from froissart.classify import Encoder, TypeModel, read_examples, train
from tests.conftest import code_text


def test_classify_training_is_reproducible(tmp_path):
    examples = read_examples()
    assert {lang for lang, _, _ in examples} == {"en", "fr"}
    assert len({label for _, _, label in examples}) == 17  # 16 types and NONE
    vectors = Encoder().encode([s for _, s, _ in examples[:120]])
    labels = [label for _, _, label in examples[:120]]
    first, second = train(vectors, labels, steps=50), train(vectors, labels, steps=50)
    assert np.array_equal(first.weights, second.weights)
    first.save(tmp_path / "m.npz")
    loaded = TypeModel.load(tmp_path / "m.npz")
    assert loaded.labels == first.labels and np.allclose(loaded.weights, first.weights)


def test_classify_packaged_model_matches_the_examples():
    model = TypeModel.load()
    examples = read_examples()
    got = model.predict(Encoder().encode([s for _, s, _ in examples]))
    accuracy = np.mean([label == g for (_, _, label), (g, _) in zip(examples, got, strict=True)])
    assert accuracy > 0.9, "the packaged model was not trained on the current examples: froissart train-types"


def test_classify_codes_a_sentence_without_trigger(coder):
    # "poured into the streets" is in no lexicon: the learned stage types the sentence
    text = "Thousands of Serbian students poured into the streets of Belgrade against the government."
    events = code_text(coder, text, "en")
    assert [(e.event_type, e.source.country, e.rule.split()[0]) for e in events] == [("PROTEST", "SRB", "model")]
