"""Conversations are kept per owner and can be reopened."""

from __future__ import annotations

from assistant.workbench.history import ConversationStore

CHAT = [{"role": "user", "content": "Hoeveel straatroven?"}, {"role": "assistant", "content": "2.813 [1]."}]


def test_a_conversation_is_saved_updated_and_reopened_by_its_owner_only(tmp_path):
    store = ConversationStore(tmp_path / "sub" / "app.sqlite")
    store.save("browser-a", "c1", "Hoeveel straatroven?", CHAT[:1], "")
    store.save("browser-a", "c1", "ander titel", CHAT, "<div id='bron-1'></div>")
    store.save("browser-b", "c2", "Wat doet AJB?", CHAT, "")
    reopened = store.load("browser-a", "c1")
    assert reopened is not None and reopened.messages == CHAT and reopened.title == "Hoeveel straatroven?"
    assert reopened.sources == "<div id='bron-1'></div>"
    assert store.load("browser-b", "c1") is None  # another user's conversation is not theirs to open
    store.save("browser-b", "c1", "overschrijven?", [], "")
    assert store.load("browser-a", "c1").messages == CHAT  # nor to overwrite


def test_the_listing_is_newest_first_and_the_latest_can_be_restored(tmp_path):
    store = ConversationStore(tmp_path / "app.sqlite")
    store.save("a", "c1", "eerste", CHAT, "")
    store.save("a", "c2", "tweede", CHAT, "")
    assert [cid for _, cid in store.listing("a")] == ["c2", "c1"]
    assert store.listing("a")[0][0].endswith("· tweede")
    assert store.latest("a").id == "c2" and store.latest("niemand") is None
