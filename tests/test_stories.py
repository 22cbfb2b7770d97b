from newsgraph.corpus.stories import StoryDoc, cluster, labels

BORDER = ("Valdorian border guards exchanged fire with Kestrian troops near the Orsk crossing on Monday, "
          "the Valdorian interior ministry said. Kestria said three of its soldiers were wounded at Orsk.")
BORDER2 = ("Kestrian officials accused Valdoria of opening fire at the Orsk crossing, wounding soldiers; "
           "the Valdorian interior ministry blamed Kestrian troops for the clash at Orsk on Monday.")
TRADE = ("The Kestrian trade ministry announced tariffs of 40 percent on Valdorian steel and aluminium, "
         "and Valdoria's commerce minister condemned the steel tariffs as economic coercion.")
TRADE2 = ("Valdoria condemned new Kestrian steel tariffs, which its commerce minister called coercion; "
          "the tariffs on aluminium and steel take effect next month, the trade ministry said.")


def test_same_event_documents_form_one_story():
    docs = [StoryDoc("a", BORDER, "Clash at Orsk crossing", "2024-03-04"),
            StoryDoc("b", TRADE, "Kestria imposes steel tariffs", "2024-03-05"),
            StoryDoc("c", BORDER2, "Kestria and Valdoria trade blame over Orsk clash", "2024-03-05"),
            StoryDoc("d", TRADE2, "Valdoria condemns tariffs", "2024-03-06")]
    lab = labels(cluster(docs))
    assert lab["a"] == lab["c"]
    assert lab["b"] == lab["d"]
    assert lab["a"] != lab["b"]


def test_time_window_separates_distant_reports():
    docs = [StoryDoc("a", BORDER, "Clash at Orsk", "2024-03-04"),
            StoryDoc("b", BORDER, "Clash at Orsk", "2024-06-30")]
    lab = labels(cluster(docs, window_days=7))
    assert lab["a"] != lab["b"]


def test_syndicated_copy_is_marked_duplicate():
    docs = [StoryDoc("a", BORDER + " " + BORDER2, "Clash", "2024-03-04"),
            StoryDoc("b", BORDER + " " + BORDER2, "Clash (agency copy)", "2024-03-04")]
    stories = cluster(docs)
    assert len(stories) == 1
    assert stories[0].duplicates == {"b": "a"}
