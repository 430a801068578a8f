"""find_actors: inflection, roles, surnames, aliases, credits, English."""

from __future__ import annotations

from test_actors_helpers import find, mention_texts, names

from briefing.model import ActorKind


def test_country_inflections_and_adjectives():
    text = "Mexikos Regierung und die mexikanischen Behörden. Mexikanischer Kontrollposten. Die US-amerikanischen Firmen."
    f = find(text)
    assert mention_texts(text, f, "Mexiko") == ["Mexikos", "mexikanischen", "Mexikanischer"]
    assert mention_texts(text, f, "USA") == ["US-amerikanischen"]


def test_us_prefix_and_united_states():
    text = "Der US-Präsident sprach mit der US-Regierung über die Vereinigten Staaten von Amerika."
    f = find(text)
    assert mention_texts(text, f, "USA") == ["US", "US", "Vereinigten Staaten von Amerika"]


def test_role_patterns_and_country_of_role():
    text = ("Die neue japanische Ministerpräsidentin Sanae Takaichi traf US-Präsident Donald Trump. "
            "Kanadas Regierungschef Justin Trudeau und Außenminister Marcelo Ebrard kamen später.")
    f = find(text)
    roles = {m.span.of(text): m.role for m in f.mentions if m.role}
    assert roles == {"Sanae Takaichi": "Ministerpräsidentin", "Donald Trump": "US-Präsident",
                     "Justin Trudeau": "Regierungschef", "Marcelo Ebrard": "Außenminister"}


def test_unregistered_person_by_role_gets_country_and_role():
    text = "Der ehemalige mexikanische Verteidigungsminister Salvador Cienfuegos wurde angeklagt."
    f = find(text)
    person = next(a for a in f.actors if a.name == "Salvador Cienfuegos")
    assert not person.registered
    assert person.country == "mexiko" and person.role == "Verteidigungsminister"


def test_unregistered_person_by_first_name_and_later_surname_and_genitive():
    text = "Gestern sprach Gabriele Quastenberg in Bonn. Später sagte Quastenberg, Quastenbergs Plan gelte."
    f = find(text)
    assert mention_texts(text, f, "Gabriele Quastenberg") == ["Gabriele Quastenberg", "Quastenberg", "Quastenbergs"]


def test_registered_surname_and_genitive():
    text = "Trumps Zölle treffen Kanada. Trump sagte, Bidens Politik sei falsch."
    f = find(text)
    assert mention_texts(text, f, "Donald Trump") == ["Trumps", "Trump"]
    assert mention_texts(text, f, "Joe Biden") == ["Bidens"]


def test_amlo_alias_and_short_form():
    text = ("Der mexikanische Präsident Andrés Manuel López Obrador (AMLO) reiste ab. "
            "López Obrador sagte, AMLOs Regierung und die AMLO-Administration seien bereit.")
    f = find(text)
    assert mention_texts(text, f, "Andrés Manuel López Obrador") == [
        "Andrés Manuel López Obrador", "AMLO", "López Obrador", "AMLO", "AMLO"][:2] + ["López Obrador", "AMLOs", "AMLO"]


def test_photo_credits_are_not_actors():
    text = ("AP Photo/Rebecca Blackwell Mexikanischer Kontrollposten: Suche nach Flüchtlingen\n\n"
            "© IMAGO/Anadolu Agency/IMAGO/Kiyoshi Ota / POOL\n\nFoto: dpa/Michael Kappeler\n\n"
            "Der Text endet hier. (Tsp/Reuters/dpa)")
    found = names(find(text))
    for bad in ("Rebecca Blackwell", "Kiyoshi Ota", "Associated Press", "Michael Kappeler", "Reuters",
                "Deutsche Presse-Agentur"):
        assert bad not in found


def test_capital_as_place_or_metonym():
    text = "Tokio verspricht Investitionen. Das Treffen fand in Tokio statt. Der Kreml schweigt."
    f = find(text)
    tokio = [m for m in f.mentions if m.span.of(text) == "Tokio"]
    assert [(m.actor_id, m.metonym) for m in tokio] == [("japan", True), ("tokio", False)]
    kreml = next(m for m in f.mentions if m.span.of(text) == "Kreml")
    assert kreml.actor_id == "russland" and kreml.metonym


def test_weisses_haus_is_an_organisation():
    text = "Wie das Weiße Haus mitteilte, zog Biden ins Weiße Haus. Die Politik des Weißen Hauses."
    f = find(text)
    assert len(mention_texts(text, f, "Weißes Haus")) == 3
    assert next(a for a in f.actors if a.name == "Weißes Haus").kind is ActorKind.ORGANISATION


def test_german_common_nouns_are_not_persons():
    text = ("Die Regierung Mexikos sucht Wege. Julian Assange Asyl anzubieten war mutig. "
            "Im Zentrum steht die Kammer. San Luis Potosí ist ein Bundesstaat.")
    f = find(text)
    found = names(f)
    assert "Julian Assange" in found
    assert not any("Asyl" in n or n == "Regierung" for n in found)
    assert {a.kind for a in f.actors if "Luis" in a.name} == {ActorKind.ORT}


def test_mentions_sorted_with_sentence_index():
    text = "Trump kam. Danach sprach Trudeau mit Mexiko."
    f = find(text)
    assert [m.span.start for m in f.mentions] == sorted(m.span.start for m in f.mentions)
    assert [m.sentence for m in f.mentions] == [0, 1, 1]


def test_compound_parts_link_the_name_only():
    text = "Die NAFTA-Nachfolge und die Trump-Regierung sowie der Handel USA-China."
    f = find(text)
    spans = [(m.span.of(text), m.actor_id) for m in f.mentions]
    assert spans == [("NAFTA", "nafta"), ("Trump", "donald-trump"), ("USA", "usa"), ("China", "china")]


def test_english_roles_and_adjectives():
    text = "President Joe Biden met Prime Minister Keir Starmer. American and Mexican officials agreed."
    f = find(text, language="en")
    roles = {m.span.of(text): m.role for m in f.mentions if m.role}
    assert roles == {"Joe Biden": "President", "Keir Starmer": "Prime Minister"}
    assert {"USA", "Mexiko"} <= names(f)


def test_empty_text_and_no_sentences():
    from briefing.actors import find_actors
    from test_actors_helpers import REGISTRY

    assert find_actors("", (), REGISTRY).mentions == ()
    assert find_actors("Trump", (), REGISTRY).mentions[0].sentence == 0
