"""A sentence whose root the parser makes a preposition: the owner search of speaker_syntax._relative_conjunct_owner
climbs from a preposition to its head and must stop at the root (spaCy makes a root its own head), not loop on it.
Fictional text."""
import multiprocessing as mp

from newsgraph.analyze import analyze

TEXTS = ("Of the aid Vostria may require and promised to send.",
         "For whatever help Vostria might need and pledged to keep in touch.")


def _run(text, out):
    out.put(len(analyze(text).quotes))


def test_a_preposition_as_root_ends_the_owner_search():
    ctx = mp.get_context("fork")
    for text in TEXTS:
        out = ctx.Queue()
        proc = ctx.Process(target=_run, args=(text, out))
        proc.start()
        proc.join(90)
        hung = proc.is_alive()
        if hung:
            proc.kill()
        assert not hung, f"analyze did not return on {text!r}"
        assert out.get(timeout=5) >= 0
