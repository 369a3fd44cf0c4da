"""Each question shape answered as a drafter needs it (real index, real embedder)."""

from __future__ import annotations

import pytest

from assistant.answer.phrasing import REFUSAL
from assistant.answer.question import analyse

pytestmark = pytest.mark.real_model


def test_a_two_part_question_answers_both_parts(assistant):
    answer = assistant.ask("Hoeveel overvallen waren er in 2023 en hoeveel in 2025?")
    assert [p.answered for p in answer.parts] == [True, True]
    assert answer.answer.startswith("(1) In 2023 zijn 541 overvallen geregistreerd [1]. (2) In 2025 zijn 539")


def test_a_part_the_documents_do_not_answer_is_named(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2024? Hoeveel fietsendiefstallen waren er in 2024?")
    assert [p.answered for p in answer.parts] == [True, False] and not answer.refused
    assert (
        "(2) Deelvraag 2 ('Hoeveel fietsendiefstallen waren er in 2024'): dit staat niet in de beschikbare documenten."
        in answer.answer
    )
    assert answer.to_json()["parts"][1] == {"question": "Hoeveel fietsendiefstallen waren er in 2024?", "answered": False}


def test_a_comparison_is_computed_from_cited_figures_and_labelled(assistant):
    answer = assistant.ask("Waren er in 2025 meer overvallen dan in 2023?")
    assert answer.answer.startswith("Nee.")
    assert "539" in answer.answer and "541" in answer.answer and "berekend uit deze cijfers" in answer.answer
    assert {c.row for c in answer.citations} == {"2023", "2025"}


def test_the_highest_year_in_a_range_is_found_with_every_year_cited(assistant):
    answer = assistant.ask("In welk jaar waren er tussen 2015 en 2019 de minste straatroven?")
    assert answer.answer.startswith("Het aantal straatroven was het laagst in 2018: 3.517")
    assert len(answer.citations) == 5


def test_whether_an_ambition_was_met_compares_ambition_and_realisation(assistant):
    answer = assistant.ask("Is de ambitie voor het aantal overvallen in 2023 gehaald?")
    assert answer.answer.startswith("Ja: de ambitie voor 2023 was maximaal 900")
    assert any(c.column == "Ambitie aantal" for c in answer.citations)


def test_a_why_question_quotes_the_sentence_with_the_reason(assistant):
    answer = assistant.ask("Waarom startte de zomercampagne woninginbraken in juni 2021?")
    assert answer.answer.startswith("Omdat de reisbewegingen richting zomer 2021 weer toenamen")


def test_who_signed_a_letter_comes_from_the_manifest_cited_to_the_letter(assistant):
    answer = assistant.ask("Wie heeft de voortgangsrapportage 2021-2022 ondertekend?")
    assert "D. Yeşilgöz-Zegerius" in answer.answer and "F.M. Weerwind" in answer.answer
    assert {c.doc_id for c in answer.citations} == {"hic-2022"}
    assert any("Weerwind" in c.quote for c in answer.citations)


def test_a_date_printed_only_in_the_page_margin_is_cited_from_the_delivered_text(assistant):
    answer = assistant.ask("Wat is de datum van de voortgangsrapportage 2021-2022?")
    assert "14 december 2022" in answer.answer and answer.citations[0].quote == "Datum 14 december 2022"


def test_an_acronym_is_answered_with_its_expansion(assistant):
    answer = assistant.ask("waar staat AJB voor")
    assert answer.answer.startswith("AJB staat voor Alleen jij bepaalt wie je bent [1].")
    assert "(AJB)" in answer.citations[0].quote


def test_a_list_keeps_its_items_and_no_marker_lands_inside_it(assistant):
    answer = assistant.ask("Wat zijn de basisvoorwaarden van re-integratie?")
    assert "huisvesting" in answer.answer and "identiteitsbewijs" in answer.answer
    assert ": [" not in answer.answer


def test_a_refusal_offers_related_passages_apart_from_the_answer(assistant):
    answer = assistant.ask("Hoeveel fietsendiefstallen waren er in 2023?")
    assert answer.refused and answer.answer == REFUSAL and answer.citations == ()
    data = answer.to_json()
    assert data["citations"] == [] and "related" not in data or isinstance(data["related"], list)


def test_a_count_printed_in_running_text_is_followed_across_the_letters_in_date_order(assistant):
    answer = assistant.ask("Hoe is de inzet van IPTA in fte veranderd tussen de rapportage van eind 2022 en die van 2024-2025?")
    assert answer.answer.startswith(
        "Volgens de documenten: Voortgangsrapportage High Impact Crimes 2021-2022 (2022-12-14): 18 fte [1]"
    )
    assert (
        "35,9 fte [2]" in answer.answer
        and "een stijging van 17,9" in answer.answer
        and "berekend uit deze cijfers" in answer.answer
    )
    assert [c.doc_id for c in answer.citations] == ["hic-2022", "hic-2025"]


def test_whether_the_documents_agree_on_a_figure_lists_every_document(assistant):
    answer = assistant.ask("Noemen de voortgangsrapportages en het actieprogramma hetzelfde aantal overvallen voor 2021?")
    # asked as a yes/no question, it is answered "Nee" first, then with every document's figure
    assert answer.answer.startswith("Nee") and "676" in answer.answer and "681" in answer.answer


def test_a_reason_question_about_figures_is_answered_from_the_text_not_the_table(assistant):
    answer = assistant.ask(
        "Hoe verklaart het kabinet dat de ophelderingspercentages voor overvallen en straatroven in 2021 hoger lagen?"
    )
    assert not answer.figures


@pytest.mark.parametrize(
    "query, start",
    [
        ("straatroof 2022", "In 2022 zijn 2.481 straatroven geregistreerd [1]."),
        ("ophelderingspercentage straatroof 2020", "Het ophelderingspercentage van straatroven was in 2020 32,6% [1]."),
        ("woninginbraken 2015-2020", "Het aantal woninginbraken ging van 64.560 in 2015 [1] naar 30.531 in 2020"),
    ],
)
def test_a_terse_keyword_query_is_answered_from_the_tables(assistant, query, start):
    assert assistant.ask(query).answer.startswith(start)


def test_a_keyword_query_naming_a_sub_group_is_not_answered_with_the_total(assistant):
    answer = assistant.ask("overvallen maaltijdbezorgers 2021")
    assert "676" not in answer.answer and "24 in 2021" in answer.answer


def test_a_purpose_later_in_the_paragraph_is_found_and_quoted(assistant):
    # the paragraph names the subject first; its purpose ("Doel hiervan is ...") comes later
    answer = assistant.ask("Wat is het doel van de afspraken tussen het ZVHRR en het RIEC?")
    assert not answer.refused and "naar elkaar kunnen verwijzen" in answer.answer


def test_a_reason_question_naming_a_metric_is_answered_with_the_reason_not_a_figure(assistant):
    answer = assistant.ask("Waarom heeft de Taskforce geen kwantitatieve richtingen voor ram- en plofkraken opgesteld?")
    assert not answer.refused and "relatief beperkt aantal" in answer.answer and not answer.figures


def test_a_sentence_announcing_a_counted_list_is_answered_with_its_items(assistant):
    answer = assistant.ask("maatregelen plofkraken afgesproken in de bestuurlijke overleggen")
    assert "waardeloos maken van de buit" in answer.answer and "verplaatsing van geldautomaten" in answer.answer


def test_a_city_in_a_keyword_query_is_never_answered_with_the_national_total(assistant):
    answer = assistant.ask("aantal overvallen gemeente zwolle 2024")
    assert answer.answer.startswith("Dit staat niet in de beschikbare documenten") and "zwolle" in answer.answer.lower()
    assert answer.refused


def test_each_inline_item_of_a_kamervraag_is_answered_or_named_as_missing(assistant):
    answer = assistant.ask(
        "Kan de minister aangeven: a) hoeveel straatroven er in 2024 zijn geregistreerd, b) hoeveel in 2025, "
        "en c) hoeveel daarvan in de gemeente Zwolle plaatsvonden?"
    )
    assert [p.answered for p in answer.parts] == [True, True, False]
    assert "2.813" in answer.answer and "2.915" in answer.answer


def test_a_documents_title_and_addressee_come_from_its_own_printed_lines(assistant):
    title = assistant.ask("Hoe heet het actieprogramma van de Taskforce precies?")
    assert title.answer.startswith("De titel is 'Actieprogramma aanpak overvallen 2022-2026' [1]")
    assert title.citations[0].doc_id == "actieprogramma-tfo"
    addressee = assistant.ask("Aan wie is de voortgangsrapportage 2021-2022 gericht?")
    assert "Voorzitter van de Tweede Kamer" in addressee.answer and addressee.citations


def test_two_developments_over_a_period_are_compared_from_the_printed_percentages(assistant):
    answer = assistant.ask("Is het aantal straatroven tussen 2016 en 2025 sterker gedaald dan het aantal woninginbraken?")
    # straatroven -30%, woninginbraken -61%: the one asked about fell less, so "Nee"
    assert answer.answer.startswith("Nee.") and "-30%" in answer.answer and "-61%" in answer.answer
    assert "berekend" in answer.answer
    reverse = assistant.ask("Zijn woninginbraken tussen 2016 en 2025 sterker gedaald dan straatroven?")
    assert reverse.answer.startswith("Ja.")


def test_a_comparison_of_two_years_adds_the_percentage_the_documents_print(assistant):
    answer = assistant.ask("Waren er in 2025 minder straatroven dan in 2024?")
    assert answer.answer.startswith("Nee.") and "De procentuele ontwikkeling 2024-2025 was +4%" in answer.answer


def test_a_question_about_money_is_never_answered_with_a_count_from_the_tables(assistant):
    answer = assistant.ask("Hoeveel hebben de maatregelen tegen straatroof in 2024 gekost?")
    assert not answer.figures and "2.813" not in answer.answer
    topic = assistant.ask("Straatroof in 2024: hoeveel straatroven waren er, en hoeveel heeft de aanpak gekost?")
    assert [p.answered for p in topic.parts] == [True, False] and "2.813" in topic.answer


def test_a_how_question_quotes_the_sentence_that_says_what_its_subject_does(assistant):
    # "Met een CHO kunnen ..." says what it does; the sentence that only names it
    # ("... de CHO een van de meest effectieve maatregelen") does not lead
    answer = assistant.ask("Wat is een collectieve horecaontzegging?")
    assert answer.answer.startswith("Met een CHO kunnen horecaondernemers notoire overlastgevers uit hun zaak weren [1].")


def test_a_how_question_follows_the_paragraph_into_hierin_kunnen(assistant):
    # the paragraph names the system, the next sentences say what is done with it
    answer = assistant.ask("Hoe werkt het Digitaal Opkopers Controlesysteem?")
    assert "Hierin kunnen ze vastleggen bij welke handelaren controles uitgevoerd zijn" in answer.answer


def test_an_explanation_runs_on_past_the_sentence_that_carries_the_method(assistant):
    answer = assistant.ask("Hoe werkt Camera in Beeld?")
    assert "hun camera te registreren bij de politie [2]" in answer.answer
    assert "In het geval van een misdrijf weet de politie bij wie ze camerabeelden kan opvragen [3]" in answer.answer


def test_an_explanation_runs_on_to_the_end_of_its_paragraph(assistant):
    # the method is spread over the paragraph: what it is, what it enables, how much it is used
    answer = assistant.ask("hoe werkt camera in beeld")
    assert "bijna 280.000 particuliere camera’s geregistreerd" in answer.answer
    assert "ongeveer 600 keer per dag" in answer.answer


def test_a_list_question_follows_an_announced_number_of_items_through_the_paragraph(assistant):
    # "drie digitale instrumenten": the third is described four sentences further on
    answer = assistant.ask("welke digitale instrumenten zijn er voor de aanpak van heling")
    assert "drie digitale instrumenten" in answer.answer
    for item in ("Stop Heling", "Digitaal Opkopers Register", "Digitaal Opkopers Loket"):
        assert item in answer.answer
    assert "ten slotte" in answer.answer
    # an abbreviation in parentheses does not cut a sentence (and its citation) in two
    assert "(art. 437 Sr.)" in answer.answer


def test_a_count_inside_a_figure_answer_is_not_followed_as_a_list(assistant):
    # "vier buitenlandse opkopers" counts; it announces no list to a question for a number
    answer = assistant.ask("Over hoeveel ontvreemde goederen bevatte Stop Heling per 1 oktober 2022 informatie?")
    assert answer.answer.startswith("Inmiddels bevat Stop Heling per 1 oktober 2022 informatie over 1.772.761")
    assert len(answer.citations) <= 4


def test_a_yes_no_verdict_quotes_the_later_sentence_it_rests_on(assistant):
    # the best sentence names the framework; that it was spread among municipalities is
    # said two sentences on: the verdict may rest on it only when the answer quotes it
    answer = assistant.ask("Is het Landelijk Kwaliteitskader Effectieve Jeugdinterventies al onder gemeenten verspreid?")
    assert answer.answer.startswith("Ja: ")
    assert "daarna verspreid onder gemeenten [2]" in answer.answer


def test_a_negation_in_the_sentence_a_verdict_rests_on_answers_nee(assistant):
    answer = assistant.ask("Leverde de HIC-campagne van Meld Misdaad Anoniem in 2019 meer meldingen over HIC-delicten op?")
    assert answer.answer.startswith("Nee: ")
    assert "niet toenam" in answer.answer


def test_a_sentence_whose_subject_is_the_sentence_before_answers_with_that_sentence(assistant):
    # "In 2025 was dit gestegen naar ...": "dit" is the damages the sentence before names
    answer = assistant.ask("Hoeveel schade verhaalde SODA namens gedupeerde ondernemers in 2025?")
    assert not answer.refused
    assert answer.answer.startswith("In 2024 bedroeg het totaal van de schades")
    assert "In 2025 was dit gestegen naar 6,13 miljoen euro [2]" in answer.answer


def test_a_part_referring_back_keeps_the_year_of_the_part_before_never_the_neighbouring_year(assistant):
    answer = assistant.ask(
        "Hoeveel plofkraken op geldautomaten waren er in 2020 volgens de brief van 2021, en hoeveel daarvan met explosieven?"
    )
    second = answer.answer.split("(2) ", 1)[1]
    assert "waarvan 30 met gebruik van (zware) explosieven" in second
    assert "In 2019" not in second
    # two earlier years: the part referring back is answered for both
    both = assistant.ask("hoeveel plofkraken in 2019 en hoeveel in 2020, en hoeveel daarvan met explosieven")
    third = both.answer.split("(3) ", 1)[1]
    assert "waarvan 30 met gebruik van (zware) explosieven" in third and "waarvan 72 met explosieven" in third


def test_a_count_through_the_years_is_followed_across_the_letters(assistant):
    answer = assistant.ask("aantal opkopers en handelaren aangesloten op het DOR door de jaren heen")
    assert answer.answer.startswith("Volgens de documenten: ")
    assert answer.answer.index("6.661") < answer.answer.index("7.036") < answer.answer.index("8.585")
    assert "berekend uit deze cijfers, niet in de bron vermeld" in answer.answer


def test_two_things_compared_by_count_are_answered_from_the_sentence_counting_each(assistant):
    answer = assistant.ask("Zijn er momenteel meer fte ingezet voor IPTA-mentoren dan voor re-integratieofficieren?")
    assert answer.answer.startswith("Ja. IPTA-mentoren: 35,9 fte [1]; re-integratieofficieren: 32,2 fte [2].")
    assert "Het verschil is 3,7 fte (berekend uit deze cijfers, niet in de bron vermeld)." in answer.answer
    assert "35,9 fte" in answer.citations[0].quote and "32,2 fte" in answer.citations[1].quote
    which = assistant.ask("zijn er nu meer fte ipta-mentoren of meer fte re-integratieofficieren")
    assert which.answer.startswith("Meer ipta-mentoren.")


def test_a_comparison_of_two_things_without_a_count_for_one_is_refused_with_related_passages(assistant):
    answer = assistant.ask("Zijn er meer mentoren actief dan buurtvaders?")
    assert answer.refused and answer.answer.startswith(REFUSAL[:-1])
    assert not answer.citations
    # what was found for the side the documents do count is offered apart from the answer
    assert any("48 mentoren actief" in c["quote"] for c in answer.to_json()["related"])


def test_a_date_is_found_in_a_sentence_that_names_the_subject_as_one_compound(assistant):
    answer = assistant.ask("Vanaf welke datum geldt de aangescherpte OM-richtlijn voor strafvordering bij ram- en plofkraken?")
    assert answer.answer.startswith("Per 1 mei 2018 is de strafvorderingsrichtlijn ram- en plofkraken aangescherpt [1].")


def test_who_did_a_study_is_answered_from_its_reference(assistant):
    answer = assistant.ask("wie heeft het onderzoek online ontspoord gedaan")
    assert answer.answer.startswith("Rathenau Instituut (2021). Online ontspoord")


def test_places_asked_with_their_number_are_found_in_the_footnote_of_the_sentence(assistant):
    # "welke zes gemeenten": places by name, here in the footnote attached to the sentence
    answer = assistant.ask("Welke zes gemeenten heeft het Offensief tegen Explosies in 2025 ondersteund?")
    assert answer.answer.startswith("Om het aantal aanslagen met explosieven terug te dringen heeft het Offensief in 2025")
    assert "Amsterdam, Rotterdam, Den Haag, Almere, Utrecht en Den Bosch [2]" in answer.answer


def test_a_definition_by_its_characteristics_is_quoted_with_the_sentence_continuing_it(assistant):
    answer = assistant.ask("wat zijn gesloten culturele gemeenschappen")
    assert answer.answer.startswith("Gesloten culturele gemeenschappen, kenmerken zich door interne")
    assert "wij-zij-gevoel" in answer.answer


def test_a_year_of_an_earlier_century_answers_since_when(assistant):
    answer = assistant.ask("sinds wanneer moeten opkopers een inkoopregister bijhouden")
    assert "sinds 1886 zijn opkopers en handelaren" in answer.answer.split("[1]")[0]


def test_a_count_written_in_words_answers_how_many(assistant):
    answer = assistant.ask("In hoeveel steden heeft de HIC-campagne van Meld Misdaad Anoniem uit 2019 gedraaid?")
    assert "Deze heeft gedraaid in acht steden" in answer.answer and not answer.refused


def test_a_count_in_words_of_something_else_does_not_answer_how_many(assistant):
    # "drie preventieve dadergerichte interventies" counts interventions, not mentors
    answer = assistant.ask("Hoeveel IPTA-mentoren zijn er actief?")
    assert answer.answer.startswith("Momenteel zijn 48 mentoren actief") and "drie" not in answer.answer


def test_an_acronym_spelled_out_before_a_colon_in_a_footnote_is_expanded(assistant):
    # footnote: "Keurmerk veilig ondernemen: structureel overleg gemeente, buurt, ..."
    answer = assistant.ask("Wat betekent de afkorting KVO?")
    assert answer.answer == "KVO staat voor Keurmerk veilig ondernemen [1]."
    assert answer.citations[0].quote.startswith("Keurmerk veilig ondernemen:")


def test_a_when_question_is_answered_by_a_moment_named_without_a_year(assistant):
    answer = assistant.ask("Heeft de voortgangsrapportage financiële gevolgen en wanneer wordt de brief aan de Kamer verzonden?")
    assert "voor het kerstreces" in answer.answer and [p.answered for p in answer.parts] == [True, True]


def test_an_acronym_typed_in_lower_case_must_be_accounted_for(assistant):
    # the Alcoholmeter bill was also "bij uw Kamer aanhangig gemaakt", but it is not about DOR/DOL
    answer = assistant.ask("wanneer is het wetsvoorstel over het verplichte gebruik van dor en dol bij de kamer ingediend")
    assert "Alcoholmeter" not in answer.answer
    assert "15 februari 2022" in answer.answer


def test_a_yes_no_verdict_reads_an_acronym_by_its_expansion_and_ignores_the_opening_verb(assistant):
    # "HIC" stands in the document as "high impact crimes"; "Leidt" is what ja/nee answers
    answer = assistant.ask("Leidt de voortgangsrapportage HIC 2021-2022 tot een nieuw uitvoeringstraject?")
    assert answer.answer.startswith("Nee: deze voortgangsrapportage bevat geen besluitvorming")


def test_a_yes_no_comparison_from_the_text_says_ja_or_nee_from_the_stated_change(assistant):
    # the text: 4,65 miljoen in 2024, "In 2025 was dit gestegen naar 6,13 miljoen euro"
    # (since decision 0023 an amount in two years is read from the running text as figures:
    # "Nee." and both values cited, the change labelled as computed)
    answer = assistant.ask("Was het door SODA verhaalde schadebedrag in 2024 hoger dan in 2025?")
    assert answer.answer.startswith("Nee") and "4,65 miljoen euro" in answer.answer and "6,13 miljoen euro" in answer.answer


def test_a_yes_no_change_of_a_count_in_the_text_is_computed_from_each_letter(assistant):
    # 142 gemeenten (2021) and 139 (2022) use the DOL; the 311 in the same letter are on the DOR
    answer = assistant.ask("Is het aantal gemeenten dat het Digitaal Opkopers Loket gebruikt tussen 2021 en 2022 gedaald?")
    assert answer.answer.startswith("Ja. ")
    assert "142 gemeenten" in answer.answer and "139 gemeenten" in answer.answer and "311" not in answer.answer
    assert "berekend uit deze cijfers" in answer.answer


def test_words_that_only_shape_a_how_question_need_not_be_in_the_answer(assistant):
    from assistant.answer.evidence import terms
    from assistant.answer.question import analyse

    weights = assistant.sentences.probe(analyse("Hoe ziet het lesprogramma eruit en hoe werkt het?")).weights
    assert not set(terms("ziet eruit werkt")) & set(weights) and set(terms("lesprogramma")) <= set(weights)


def test_a_sentence_that_points_back_is_read_with_the_sentence_before(assistant):
    # "Het wetsvoorstel daartoe is op 15 februari 2022 ..." names DOR and DOL only through
    # "daartoe", which points to the sentence before it
    answer = assistant.ask(
        "Op welke datum werd het wetsvoorstel voor het verplichte gebruik van het Digitaal Opkopers Register en Loket bij de Kamer ingediend?"
    )
    assert answer.answer.startswith("Het wetsvoorstel daartoe is op 15 februari 2022 bij uw Kamer aanhangig gemaakt [1].")


def test_a_why_question_in_any_verb_form_and_with_a_concessive_clause_gets_its_reason(assistant):
    # "verklaart" is the question's verb, not an unknown subject; "ondanks meer
    # bestellingen" is background, not what the question is about
    answer = assistant.ask("Wat verklaart de forse daling van het aantal woninginbraken in 2020?")
    assert "meer thuis te blijven" in answer.answer
    answer = assistant.ask("Waardoor daalden de overvallen op maaltijdbezorgers in 2021, ondanks meer bezorgritten?")
    assert "vooral door het niet-contant betalen" in answer.answer


def test_a_question_for_places_is_answered_by_a_sentence_that_names_them(assistant):
    # the paragraph names the subject first ("Enkele gemeenten die ... ontvingen"), the places after
    answer = assistant.ask("In welke gemeenten wordt het aantal AJB-teams uitgebreid?")
    assert answer.answer.startswith("Zo wordt bijvoorbeeld in Eindhoven, Tilburg en Arnhem het aantal teams uitgebreid [1].")


def test_the_clauses_of_one_numbered_item_are_answered_under_its_number_from_shared_evidence(assistant):
    answer = assistant.ask("1. Hoeveel jongeren deden in 2024-2025 mee aan AJB en in hoeveel gemeenten? 2. Wat is KVO?")
    first, second = answer.answer.split("(2)")
    assert "4.500 jongeren" in first and "45 gemeenten" in first and "(3)" not in answer.answer
    assert "Deelvraag" not in first and "Keurmerk" in second
    assert [p.answered for p in answer.parts] == [True, True, True]


def test_a_trend_over_the_last_years_starts_that_many_years_back_and_adds_the_printed_percentages(assistant):
    answer = assistant.ask("Hoe ontwikkelde het aantal woninginbraken zich de afgelopen vijf jaar?")
    assert answer.answer.startswith("Het aantal woninginbraken ging van 23.452 in 2021")
    # the documents' own percentage over a range inside the asked one, not over a wider one
    assert "-3% over 2024-2025" in answer.answer and "2016-2025" not in answer.answer
    decade = assistant.ask("ontwikkeling woninginbraken afgelopen decennium")
    assert "in 2016" in decade.answer and "-61% over 2016-2025" in decade.answer


def test_a_passage_that_calls_something_too_early_or_unchanged_answers_nee(assistant):
    early = assistant.ask("Is er al iets te zeggen over de effectiviteit van de pilot Bestuurlijk Toezicht?")
    assert early.answer.startswith("Nee:") and "te vroeg" in early.answer
    # a degree word ("flink") names no subject; "nagenoeg gelijk gebleven" is no rise
    flat = assistant.ask("Is de inzet van re-integratieofficieren in fte sinds 2023-2024 flink gestegen?")
    assert flat.answer.startswith("Nee:") and "nagenoeg gelijk gebleven" in flat.answer


def test_a_statement_may_name_its_subject_in_the_sentence_it_refers_back_to(assistant):
    # "deze studie" is about overvallers, named in the sentence before
    answer = assistant.ask("Is verscherpt toezicht bij overvallers effectiever tegen recidive?")
    assert answer.answer.startswith("Nee:") and "niet effectiever" in answer.answer


def test_higher_than_the_ambition_compares_realisation_and_ambition_not_two_crimes(assistant):
    # "Taskforce Overvallen" is a name: no second metric to compare with
    answer = assistant.ask("Lagen de straatroven in 2020 hoger dan de ambitie van de Taskforce Overvallen?")
    assert answer.answer.startswith("Ja: de realisatie in 2020 was 3.184 [1], hoger dan de ambitie van maximaal 2.900 [2]")
    assert "overvallen geregistreerd" not in answer.answer


def test_a_name_shortened_to_its_last_word_and_a_hyphenated_name_are_recognised(assistant):
    # "aangesloten op het Register" is the Digitaal Opkopers Register
    register = assistant.ask(
        "Hoeveel buitenlandse opkopers waren in september 2022 aangesloten op het Digitaal Opkopers Register?"
    )
    assert not register.refused and "vier buitenlandse opkopers" in register.answer
    # "motie-Bruyning": each part of the compound is a word the documents use
    motion = assistant.ask("Wat vroeg de motie-Bruyning te onderzoeken?")
    assert not motion.refused and "ervaringsdeskundigheid" in motion.answer


def test_a_figure_asked_for_two_years_gives_both_and_names_a_year_without_one(assistant):
    both = assistant.ask("Hoeveel straatroven zijn in 2024 en 2025 geregistreerd?")
    assert both.answer.startswith("In 2024 zijn 2.813 straatroven geregistreerd [1]. In 2025 zijn 2.915")
    gap = assistant.ask("Hoeveel woninginbraken waren er in 2008 en 2024?")
    assert "22.305" in gap.answer and "Voor 2008 noemen de documenten geen cijfer over woninginbraken." in gap.answer


def test_what_a_subject_focuses_on_now_is_answered_by_the_sentence_naming_its_focus(assistant):
    # "op dit moment" names no subject; "de focus van X" asks a property, not what X is
    answer = assistant.ask("Wat is op dit moment de focus van het Offensief tegen Explosies?")
    assert answer.answer.startswith("De huidige focus van het Offensief ligt op")


def test_a_compound_of_known_words_is_answered_when_both_parts_are_accounted_for(assistant):
    # "verzwaard" is a verb form, no unknown subject
    answer = assistant.ask("Waarom is de strafvorderingsrichtlijn voor plofkraken in 2018 verzwaard?")
    assert "ernstige gevaarzetting" in answer.answer
    # "seniorenbijeenkomsten" is a compound of known words; what it counts is meetings, and
    # the documents count the seniors who came, not the meetings
    meetings = assistant.ask("Hoeveel seniorenbijeenkomsten waren er in april 2024?")
    assert meetings.refused
    seniors = assistant.ask("hoeveel ouderen kwamen naar de voorlichtingsbijeenkomsten in april 2024")
    assert "750 senioren" in seniors.answer


def test_a_purpose_clause_answers_a_why_question(assistant):
    # the sentence carries no reason word ("omdat", "doordat"), only "ter bescherming van"
    answer = assistant.ask("Waarom zijn de persoonsgegevens van ambtenaren in de beslisnota niet openbaar?")
    assert answer.answer.startswith("De persoonsgegevens van de ambtenaren zijn niet openbaar ter bescherming van")


def test_a_figure_question_naming_two_crimes_answers_both(assistant):
    answer = assistant.ask("Hoeveel overvallen en straatroven waren er in 2024?")
    assert "531 overvallen" in answer.answer and "2.813 straatroven" in answer.answer


def test_a_passage_saying_a_practice_was_stopped_answers_nee_to_whether_it_continues(assistant):
    answer = assistant.ask("Wordt verscherpt toezicht nog standaard toegepast bij overvallers?")
    assert answer.answer.startswith("Nee:") and "stop te zetten" in answer.answer


def test_linking_words_name_no_sub_group(assistant):
    # "in verband met dergelijke aanslagen" points back; "verdachten" is what is counted
    answer = assistant.ask("Hoeveel verdachten zijn in 2025 aangehouden in verband met dergelijke aanslagen met explosieven?")
    assert "472 verdachten" in answer.answer


def test_the_link_of_a_comparison_is_no_subject(assistant):
    # "ten opzichte van" matched "Dit is een uitbreiding ... ten opzichte van 2023-2024"
    answer = assistant.ask("Wat is het aangetoonde effect van AJB ten opzichte van een controlegroep?")
    assert "controlegroep" in answer.answer.split("[1]")[0] and "uitbreiding" not in answer.answer


def test_how_a_figure_relates_to_its_ambition_gives_both_and_says_whether_it_was_met(assistant):
    answer = assistant.ask("Hoe verhield het aantal overvallen in 2019 zich tot de ambitie?")
    assert answer.answer.startswith("De ambitie voor 2019 was maximaal 1.000 [1] en de realisatie 1.174 [2]")
    assert "niet gehaald" in answer.answer and "berekend" in answer.answer


def test_several_crimes_in_a_year_the_tables_lack_say_where_the_figures_begin(assistant):
    answer = assistant.ask("hoeveel overvallen en straatroven in 2008")
    assert answer.refused
    assert "De cijfers over overvallen in de documenten beginnen in 2010" in answer.answer
    assert "De cijfers over straatroven in de documenten beginnen in 2010" in answer.answer


def test_a_word_the_documents_only_list_among_others_is_not_defined_by_that_list(assistant):
    # "zoals babbeltrucs, meekijken bij het pinnen, hulpvraagfraude via WhatsApp en phishing"
    for question in ("Wat is phishing?", "Wat betekent babbeltruc?"):
        answer = assistant.ask(question)
        assert answer.refused and answer.answer.startswith(REFUSAL), question


def test_a_terse_definition_question_quotes_the_defining_sentence(assistant):
    answer = assistant.ask("spoofing definitie")
    assert answer.answer.startswith("Spoofing is wanneer iemand probeert een valse identiteit aan te nemen")


def test_an_acronym_is_expanded_as_printed_whatever_the_capitals_of_its_other_spellings(assistant):
    answer = assistant.ask("Waar staat IPTA voor?")
    assert answer.answer.startswith("IPTA staat voor Integrale Persoonsgerichte Toeleiding naar Arbeid [1].")
    quote = answer.citations[0].quote
    assert "Integrale Persoonsgerichte Toeleiding naar Arbeid" in quote and "(IPTA)" in quote


def test_a_count_asked_of_two_things_respectively_answers_each_with_its_own_figure(assistant):
    answer = assistant.ask("Hoeveel handelaren waren per 1 januari 2026 aangesloten op respectievelijk het DOR en het DOL?")
    assert [p.answered for p in answer.parts] == [True, True]
    assert "(1) Per 1 januari 2026 zijn 8.585 Nederlandse opkopers en handelaren" in answer.answer
    assert "(2) Verder maken per 1 januari 2026 6.028 opkopers en handelaren" in answer.answer


def test_a_number_of_what_is_asked_answers_though_its_sentence_leaves_the_name_to_the_one_before(assistant):
    # "Per april 2026 zijn er bijna 19 miljoen diefstalchecks gedaan." follows the sentence naming Stop Heling
    answer = assistant.ask("Hoeveel diefstalchecks zijn er tot nu toe gedaan bij Stop Heling?")
    assert answer.answer.startswith("Per april 2026 zijn er bijna 19 miljoen diefstalchecks gedaan [1].")


def test_a_thing_named_then_asked_about_is_described_not_the_crime_it_concerns(assistant):
    answer = assistant.ask("camera in beeld bij overvallen, wat houdt dat in?")
    assert not answer.parts and not answer.refused
    assert not answer.answer.startswith("Definitie")  # not what an overval is
    assert "Camera in Beeld" in answer.answer or "Camera in beeld" in answer.answer


def test_which_way_a_count_went_is_answered_with_both_figures_and_no_ja_or_nee(assistant):
    answer = assistant.ask("Zijn er in 2025 meer of minder overvallen dan in 2023?")
    assert answer.answer.startswith("In 2025 zijn 539 overvallen geregistreerd [1]; in 2023 zijn 541")
    assert "2 minder dan in 2023 (berekend uit deze cijfers" in answer.answer


def test_a_count_whose_paragraph_named_the_campaign_two_sentences_earlier_answers(assistant):
    # "De jaarlijkse campagne Stop Heling ... Hiervoor zijn een spotje ... Online is de campagne 9,2 miljoen keer ..."
    answer = assistant.ask("Hoe vaak is de Stop Heling-campagne online gezien of gehoord?")
    assert answer.answer.startswith("Online is de campagne 9,2 miljoen keer gezien of gehoord [1].")


def test_the_frame_of_a_since_when_question_does_not_outweigh_its_subject(assistant):
    # "sinds" and "bestaat" ask for a start date; the subject is the Taskforce
    answer = assistant.ask("Sinds wanneer bestaat de Taskforce Overvallen eigenlijk?")
    assert answer.answer.startswith("De Taskforce Overvallen zet zich vanaf oktober 2009 in")


def test_a_part_naming_its_own_subject_is_not_held_to_the_introductions_subject(assistant):
    answer = assistant.ask(
        "Vragen over woninginbraken: 1. Hoeveel woninginbraken waren er in 2024? "
        "2. Hoe is de motie-Bruyning over ervaringsdeskundigen afgedaan?"
    )
    assert [p.answered for p in answer.parts] == [True, True]
    assert "(2) Hiermee beschouw ik de motie Bruyning c.s." in answer.answer


def test_a_part_without_a_subject_of_its_own_stays_with_the_introductions_subject(assistant):
    answer = assistant.ask(
        "Vragen over woninginbraken: 1. Hoeveel woninginbraken waren er in 2024? 2. Welke maatregelen zijn genomen?"
    )
    second = answer.answer.split("(2)", 1)[1]
    assert "woninginbraken" in second and "Taskforce Overvallen" not in second


def test_a_count_of_the_counted_that_were_something_is_not_answered_with_all_of_them(assistant):
    # "circa 472 verdachten ... aangehouden" says nothing of how many were minors
    answer = assistant.ask("Hoeveel van de in 2025 aangehouden verdachten waren minderjarig?")
    assert answer.refused and "472" not in answer.answer


def test_a_yes_no_question_about_a_sub_group_gets_ja_or_nee_from_the_passage(assistant):
    answer = assistant.ask("Spreekt de minister van een trend bij minderjarige verdachten van gewapende overvallen?")
    assert answer.answer.startswith("Nee: naar aanleiding van de berichtgeving over de toename")


def test_a_keyword_query_asking_the_course_of_a_count_gets_the_series(assistant):
    answer = assistant.ask("overvallen verloop sinds 2018")
    assert answer.answer.startswith("Het aantal overvallen ging van 1.143 in 2018 [1] naar 539 in 2025")


def test_a_count_of_people_is_never_answered_with_the_count_of_crimes(assistant):
    answer = assistant.ask("hoeveel mensen zijn in 2024 opgepakt voor overvallen")
    assert answer.refused and "531" not in answer.answer


def test_whether_there_are_targets_at_all_is_answered_ja_or_nee_from_the_text(assistant):
    # no table holds an ambition for ram- en plofkraken; the text says there is none
    answer = assistant.ask("Zijn er streefcijfers voor ram- en plofkraken opgesteld?")
    assert answer.answer.startswith("Nee: gezien het relatief beperkt aantal ram- en plofkraken zijn er")


def test_a_count_of_the_thing_a_sentence_before_named_is_found_by_its_head_noun(assistant):
    # "... wordt een inleveractie voor (steek)wapens georganiseerd. Inmiddels hebben zich
    # ruim 200 gemeenten aangemeld voor deelname aan de actie, ..."
    answer = assistant.ask("Hoeveel gemeenten hebben zich voor de inleveractie van (steek)wapens aangemeld?")
    assert answer.answer.startswith("Inmiddels hebben zich ruim 200 gemeenten aangemeld voor deelname aan de actie")


def test_a_keyword_comparison_typed_tov_is_computed_from_the_tables(assistant):
    answer = assistant.ask("overvallen 2025 tov 2024")
    assert answer.answer.startswith("In 2025 zijn 539 overvallen geregistreerd [1]; in 2024 zijn 531")


def test_whether_a_year_was_the_highest_is_answered_ja_or_nee_from_the_series(assistant):
    answer = assistant.ask("Was 2019 het jaar met de meeste overvallen sinds 2015?")
    assert answer.answer.startswith("Nee. Het aantal overvallen was het hoogst in 2015: 1.239 [1]")
    latest = assistant.ask("is het aantal woninginbraken nu het laagste sinds 2015?")
    assert latest.answer.startswith("Ja. Het aantal woninginbraken was het laagst in 2025: 21.560")


def test_which_of_two_fell_harder_is_answered_from_the_sizes_the_passage_gives(assistant):
    # "... gedaald met 47% bij woninginbrekers, 73% bij straatrovers en 49% bij overvallers."
    answer = assistant.ask("Zijn veroordeelde woninginbrekers sterker gedaald dan veroordeelde overvallers?")
    assert answer.answer.startswith("Nee: het aantal HIC veroordeelden is gedaald met 47% bij woninginbrekers")
    assert answer.answer.endswith("(Vergelijking berekend uit deze cijfers, niet in de bron vermeld.)")


def test_a_count_asked_at_two_moments_gives_both_values_from_the_text_and_the_computed_change(assistant):
    answer = assistant.ask("aantal gestolen goederen in de database van Stop Heling 2021 en 2022")
    assert "1.621.354 goederen [1]" in answer.answer and "1.772.761 goederen [2]" in answer.answer
    assert "een stijging van 151.407 (9,3%), berekend uit deze cijfers" in answer.answer
    assert [c.doc_id for c in answer.citations] == ["hic-2021", "hic-2022"]


def test_a_superlative_asked_ja_or_nee_that_a_letter_states_in_words_opens_with_the_verdict(assistant):
    answer = assistant.ask("woninginbraken in 2025 laagste aantal ooit?")
    assert answer.answer.startswith("Ja: in 2024 en 2025 is het aantal woninginbraken")
    assert "laagste aantal sinds de aantallen worden geregistreerd [1]" in answer.answer


def test_the_year_a_change_is_set_against_is_the_reference_whatever_the_order(assistant):
    answer = assistant.ask("Met hoeveel procent steeg het aantal straatroven t.o.v. 2024 in het jaar daarna, 2025?")
    assert "Dat is 102 meer dan in 2024 (berekend uit deze cijfers" in answer.answer
    assert "De procentuele ontwikkeling 2024-2025 was +4%" in answer.answer


def test_a_place_typed_without_its_accent_is_found(assistant):
    answer = assistant.ask("is AJB ook op curacao beschikbaar?")
    assert "Curaçao" in answer.answer and not answer.refused


def test_a_rate_asked_with_neerkomen_op_is_read_from_the_text(assistant):
    answer = assistant.ask("Hoeveel woninginbraken per uur kwam dat in 2025 gemiddeld op neer?")
    assert "2 tot 3 woninginbraken per uur" in answer.answer and not answer.refused


def test_a_count_of_suspects_of_a_crime_is_never_answered_with_the_crime_count(assistant):
    answer = assistant.ask("hoeveel plofkraakverdachten zijn er in 2021 aangehouden")
    assert "20 plofkraken op geldautomaten" not in answer.answer and "312 plofkraken" not in answer.answer
    assert "63 uit Nederland afkomstige verdachten" in answer.answer


def test_which_of_two_crimes_fell_most_over_a_written_range_is_computed_for_that_range(assistant):
    answer = assistant.ask("welke daalde volgens de brief van 2022 het hardst over 2011-2021, overvallen of geweld?")
    assert answer.answer.startswith("De procentuele ontwikkeling 2011-2021 was voor overvallen")
    assert "daarmee het sterkst gedaald" in answer.answer and "berekend uit deze cijfers" in answer.answer


def test_goals_asked_for_two_crimes_and_two_years_are_each_compared(assistant):
    answer = assistant.ask("Werden de streefcijfers voor de opheldering van overvallen en straatroven in 2019 en 2020 gehaald?")
    assert answer.answer.startswith("Ja: ")
    for year in ("2019", "2020"):
        assert f"overvallen {year}: " in answer.answer and f"straatroven {year}: " in answer.answer
    assert "realisatie 32,6%" in answer.answer and answer.answer.count("(gehaald)") == 4


def test_two_years_asked_from_the_text_take_the_next_sentence_that_gives_the_other_year(assistant):
    answer = assistant.ask("persoonsgerichte aanslagen 2024 tegenover 2025")
    assert "1.543 (pogingen tot) persoonsgerichte aanslagen met explosieven [1]" in answer.answer
    assert "In 2025 bleef het aantal met 1.534 aanslagen vrijwel stabiel [2]" in answer.answer


def test_a_later_sentence_that_names_a_year_but_no_count_is_not_taken_as_the_other_year(assistant):
    answer = assistant.ask("Hoeveel plofkraken op geldautomaten waren er in 2020 volgens de brief van 2021?")
    assert "gedaald tot 42" in answer.answer and "zet zich in 2021 vooralsnog voort" not in answer.answer


def test_whether_there_were_goals_is_answered_by_a_statement_that_names_no_crime_but_its_paragraph_does(assistant):
    # "Voor 2021 waren er geen doelen ten aanzien van de ophelderingspercentages." is about
    # every crime of its paragraph; a goal is found by any of its names ("streefcijfers")
    answer = assistant.ask("Bestonden er streefcijfers voor de opheldering van straatroven in 2021?")
    assert answer.answer.startswith("Nee: voor 2021 waren er geen doelen")


def test_a_count_asked_for_a_year_and_for_now_gives_the_value_of_the_latest_letter(assistant):
    answer = assistant.ask("aantal fte re-integratieofficieren in 2022 vergeleken met nu")
    assert "28 fte [1]" in answer.answer and "32,2 fte [2]" in answer.answer and "4 fte [" not in answer.answer
    assert "berekend uit deze cijfers" in answer.answer


def test_a_second_part_about_now_does_not_keep_the_first_parts_year(assistant):
    answer = assistant.ask("Hoeveel fte aan re-integratieofficieren was er in 2022 en hoeveel nu?")
    assert answer.parts[1].question == "Hoeveel nu (fte aan re-integratieofficieren was er)?"
    assert "32,2 fte" in answer.answer


def test_a_reason_given_as_daarom_inside_a_sentence_is_quoted_with_the_sentences_before_that_carry_it(assistant):
    answer = assistant.ask("waarom belt slachtofferhulp slachtoffers van hic sneller")
    first, second, third = answer.citations[:3]
    assert "overlevingsreacties" in first.quote and "daardoor" in second.quote and "daarom sneller" in third.quote
    assert "huis/bedrijfsbezoek" not in answer.answer  # what follows the consequence is no reason


def test_whether_something_stopped_is_ja_when_the_text_says_it_was_not_continued(assistant):
    answer = assistant.ask("is de tijdelijke regeling overvallen van het schadefonds gestopt")
    assert answer.answer.startswith("Ja: ") and "niet worden gecontinueerd" in answer.answer


def test_a_record_since_registration_began_is_answered_from_the_text_not_from_tables_that_start_later(assistant):
    answer = assistant.ask("laagste aantal woninginbraken sinds de registratie in 2025?")
    assert answer.answer.startswith("Ja: ") and "sinds de aantallen worden geregistreerd" in answer.answer
    assert "2010: 82.520" not in answer.answer


def test_a_part_answered_where_the_introductions_subject_is_written_about_is_answered_without_it(assistant):
    answer = assistant.ask(
        "Vragen over het beschermen van ouderen tegen oplichters: 1. In welke maand is er jaarlijks bijzondere aandacht "
        "voor senioren en veiligheid? 2. Hoeveel senioren kwamen in 2024 en 2025 naar de bijeenkomsten?"
    )
    assert answer.parts[0].answered and answer.parts[1].answered
    assert "ongeveer 750 senioren" in answer.answer.split("(2)")[1]


def test_a_month_asked_with_welke_is_one_date_not_a_list(assistant):
    answer = assistant.ask("In welke maand is er ieder jaar aandacht voor de veiligheid van senioren?")
    assert "april" in answer.answer and len(answer.citations) == 1


def test_a_count_of_people_is_not_answered_by_an_age_range_of_a_relative_clause(assistant):
    answer = assistant.ask("hoeveel re-integratieofficieren zijn er op dit moment")
    assert "41 RIO" in answer.answer and "tussen de 18 en 35" not in answer.answer


def test_a_second_item_of_an_enumeration_in_sentences_comes_with_the_first_and_what_announces_them(assistant):
    answer = assistant.ask("op welke manier wordt kunstmatige intelligentie ingezet tegen overvallen")
    assert "twee innovatieve start ups" in answer.answer
    assert answer.answer.index("De eerste gaat over") < answer.answer.index("De tweede gaat over")


def test_what_an_organisation_wants_to_achieve_is_answered_with_its_purpose(assistant):
    answer = assistant.ask("wat wil het offensief tegen explosies bereiken")
    assert answer.answer.startswith("Het Offensief is een publiek-private samenwerking, die als doel heeft")


def test_a_printed_percentage_change_comes_with_the_counts_it_runs_between(assistant):
    answer = assistant.ask("Met hoeveel procent daalde het aantal overvallen tussen 2010 en 2020?")
    assert "-65%" in answer.answer and "van 2.572 in 2010" in answer.answer and "naar 907 in 2020" in answer.answer


def test_a_closed_range_also_shows_the_letters_own_percentage_for_its_last_years(assistant):
    answer = assistant.ask("ontwikkeling woninginbraken 2021 t/m 2025")
    assert "van 23.452 in 2021" in answer.answer and "noemt zelf -3% over 2024-2025" in answer.answer


def test_a_trend_from_the_tables_also_quotes_what_the_letter_says_of_it(assistant):
    answer = assistant.ask("hoe verliep het aantal straatroven van 2022 tot en met 2025")
    assert "Voortgangsrapportage High Impact Crimes 2024-2025 schrijft: Ook het aantal straatroven is" in answer.answer
    quoted = [c for c in answer.citations if "licht gestegen in 2024 en 2025" in c.quote]
    assert len(quoted) == 1 and quoted[0].doc_id == "hic-2025"


def test_which_crime_rose_most_compares_every_crime_of_the_tables_over_the_period(assistant):
    answer = assistant.ask("welk delict nam tussen 2024 en 2025 het sterkst toe")
    assert answer.answer.startswith(
        "Van de delicten in de tabellen is het aantal geweldsdelicten tussen 2024 en 2025 het sterkst gestegen"
    )
    assert "van 68.338 [1] naar 72.617 [2]" in answer.answer and "woninginbraken -3,3%" in answer.answer
    assert "berekend uit deze cijfers" in answer.answer


def test_a_target_not_set_for_the_year_is_said_so_with_what_was_realised(assistant):
    answer = assistant.ask("is de ambitie voor het ophelderingspercentage straatroof in 2021 gehaald?")
    assert answer.refused
    assert "geen cijfer over de ambitie voor het ophelderingspercentage van straatroven" in answer.answer
    assert "Wel de realisatie: het ophelderingspercentage van straatroven was in 2021 38,56%" in answer.answer


def test_one_year_compared_with_two_others_is_compared_with_each(assistant):
    answer = assistant.ask("Was het aantal woninginbraken in 2022 hoger of lager dan in 2021 en 2023?")
    assert "Dat is 823 meer dan in 2021 en 1.569 meer dan in 2023" in answer.answer


def test_the_year_of_a_letter_named_is_not_a_year_compared(assistant):
    answer = assistant.ask("hoeveel minder plofkraken op geldautomaten in 2020 dan in 2019 volgens de brief van 2021")
    assert "53 minder dan in 2019" in answer.answer and "in 2021 zijn 20" not in answer.answer


def test_which_of_two_crimes_was_more_frequent_is_answered_without_a_verdict_word(assistant):
    answer = assistant.ask("zijn er meer woninginbraken of geweldsdelicten in 2025")
    assert "21.560 woninginbraken" in answer.answer and "72.617 geweldsdelicten" in answer.answer
    assert not answer.answer.startswith(("Ja", "Nee"))


def test_a_ratio_asked_is_computed_and_labelled(assistant):
    answer = assistant.ask("hoeveel keer zoveel straatroven als overvallen in 2025")
    assert "Dat is 5,4 keer zoveel (berekend uit deze cijfers" in answer.answer


def test_a_question_about_a_property_of_an_acronyms_subject_is_not_answered_with_the_expansion(assistant):
    answer = assistant.ask("wat zijn de maatschappelijke baten per euro van de rio")
    assert "drie tot vier euro" in answer.answer and "staat voor" not in answer.answer
    expansion = assistant.ask("waar staat RIO voor")
    assert expansion.answer.startswith("RIO staat voor re-integratieofficier [1]")


def test_a_hyphenated_compound_the_documents_write_otherwise_is_checked_by_its_parts_not_refused(assistant):
    answer = assistant.ask("wat zijn volgens het kosten-batenonderzoek de baten per geïnvesteerde euro in de rio")
    assert not answer.refused and "drie tot vier euro" in answer.answer


def test_a_niet_in_a_relative_clause_does_not_turn_the_verdict_into_nee(assistant):
    answer = assistant.ask("Is AJB door de Universiteit van Amsterdam onderzocht?")
    assert answer.answer.startswith("Ja: ")


def test_a_verdict_on_what_was_done_quotes_a_sentence_that_says_it_was_done(assistant):
    answer = assistant.ask("Is de Wet middelenonderzoek bij geweldplegers al geëvalueerd?")
    assert answer.answer.startswith("Ja: ") and "De algehele evaluatie van de WMG" in answer.answer


def test_parts_labelled_vraag_n_are_split_and_the_change_of_an_earlier_count_borrows_its_subject(assistant):
    answer = assistant.ask("Vraag 1: Hoeveel straatroven waren er in 2025? Vraag 2: Wat is de reden van de stijging?")
    assert [p.question for p in answer.parts] == [
        "Hoeveel straatroven waren er in 2025?",
        "Wat is de reden van de stijging (straatroven waren er in 2025)?",
    ]


def test_a_later_part_is_answered_from_the_passage_of_the_part_before_when_both_qualify(assistant):
    answer = assistant.ask(
        "Vragen over de helingaanpak: 1. Hoeveel opkopers en handelaren zijn per 1 januari 2026 aangesloten op het DOR? "
        "2. En hoeveel gebruiken het DOL?"
    )
    assert "8.585" in answer.answer and "6.028 opkopers en handelaren in 286 gemeenten" in answer.answer


def test_one_question_about_several_crimes_reports_per_crime_whether_it_was_answered(assistant):
    answer = assistant.ask("Wat waren in 2021 de ophelderingspercentages voor overvallen, straatroven en woninginbraken?")
    assert "62,57%" in answer.answer and "38,56%" in answer.answer
    assert "Voor het ophelderingspercentage van woninginbraken noemen de documenten geen cijfer." in answer.answer
    assert [p.answered for p in answer.parts] == [True, True, False]


def test_when_a_document_appeared_comes_from_the_manifest_and_its_note_is_cited(assistant):
    answer = assistant.ask("wanneer verscheen de voortgangsrapportage 2024-2025")
    assert answer.answer.startswith("De Voortgangsrapportage High Impact Crimes 2024-2025 heeft geen datumregel;")
    assert answer.answer.endswith("[1].") and ".." not in answer.answer
    assert answer.citations[0].quote.startswith("Per april 2026")


def test_a_lettered_list_ends_where_the_next_list_starts_again_at_a(assistant):
    answer = assistant.ask("welke digitale instrumenten zijn er voor de helingaanpak")
    assert "sensing" not in answer.answer and "overvalcoördinator" not in answer.answer


def test_a_count_is_never_answered_by_a_sentence_whose_numbers_count_something_else(assistant):
    # "Deze interventie ... jongeren tussen de 12 en 18 jaar": ages, not a number of participants;
    # the demonstrative stands for the intervention, not for a count said before
    answer = assistant.ask("Hoeveel jongeren namen in 2022 aan AJB deel?")
    assert "tot doel" not in answer.answer.split("Mogelijk relevant")[0]


def test_a_separable_verb_the_documents_never_use_does_not_make_a_question_unanswerable(assistant):
    # "terugvinden" is "terug" + "vinden": an action, not a subject the evidence must name
    answer = assistant.ask("Hoe helpt het Digitaal Opkopers Register de politie bij het terugvinden van gestolen producten?")
    assert not answer.refused and "notificatiemelding" in answer.answer


def test_above_the_ambition_is_answered_ja_when_the_count_exceeded_it(assistant):
    # a count above its ambition did not meet it, but "kwam het boven" is answered as asked
    above = assistant.ask("Kwam het aantal straatroven in 2020 boven de ambitie?")
    assert above.answer.startswith("Ja: de realisatie in 2020 was 3.184 [1], hoger dan de ambitie van maximaal 2.900 [2]")
    below = assistant.ask("Kwam het aantal overvallen in 2020 boven de ambitie?")
    assert below.answer.startswith("Nee: de realisatie in 2020 was 907 [1], lager dan de ambitie")


def test_a_year_that_only_names_a_letter_is_not_compared_as_a_year(assistant):
    answer = assistant.ask("ophelderingspercentage straatroven 2020 doel vs realisatie volgens de brief van september 2021")
    assert "30%" in answer.answer and "32,6%" in answer.answer and "2021" not in answer.answer.split("(vergelijking")[0]
    highest = assistant.ask(
        "wanneer lag het aantal plofkraken op geldautomaten op het hoogste punt volgens de brief over 2024-2025"
    )
    assert highest.answer.startswith("Het aantal plofkraken op geldautomaten was het hoogst in 2016: 111")


def test_doubled_or_halved_is_judged_by_the_ratio_not_by_the_direction(assistant):
    rose = assistant.ask("zijn de aanslagen met explosieven in 2024 verdubbeld ten opzichte van 2023")
    assert rose.answer.startswith("Nee.") and "1.543" in rose.answer and "902" in rose.answer
    assert "Dat is 1,7 keer zoveel (berekend" in rose.answer
    halved = assistant.ask("is het aantal plofkraken tussen 2020 en 2021 gehalveerd")
    assert halved.answer.startswith("Ja. In 2021 zijn 20 plofkraken") and "0,48 keer zoveel" in halved.answer


def test_a_letter_named_by_its_year_is_searched_whatever_year_its_sentence_names(assistant):
    answer = assistant.ask(
        "kan volgens de brief van 2022 gesproken worden van een trend in minderjarige verdachten van overvallen"
    )
    assert answer.answer.startswith("Nee: ") and "niet kan worden gesproken over een trend [1]" in answer.answer
    assert answer.citations[0].doc_id == "hic-2022"


def test_a_count_is_read_to_the_end_of_its_clause_and_a_year_counts_nothing(assistant):
    # "ruim 100 van het ROC Rijn IJssel studenten": the noun six words after the number
    students = assistant.ask("Hoeveel mbo-studenten leveren ideeën aan in de pilot crimelabs in Arnhem?")
    assert "ruim 100 van het ROC Rijn IJssel studenten" in students.answer
    # "(WODC, 2021, ... high impact crimes ...)": a year in a reference counts no crimes
    crimes = assistant.ask("hoeveel high impact crimes waren er in 2021 volgens het actieprogramma van de taskforce")
    assert crimes.answer.startswith("In 2021 waren er 92.530 high impact crimes (HIC) [1].")


def test_whose_is_a_question_word_not_a_subject_the_evidence_must_name(assistant):
    answer = assistant.ask("Onder wiens voorzitterschap staat het Offensief tegen Explosies?")
    assert not answer.refused and "Carola Schouten" in answer.answer.split("\n")[0]


def test_a_number_of_places_the_sentence_does_not_name_is_followed_into_its_note(assistant):
    # "de zes gemeenten met de meeste aanslagen" asks which places, not which year was highest
    answer = assistant.ask("de zes gemeenten met de meeste aanslagen met explosieven in 2025")
    assert "Het betrof Amsterdam, Rotterdam, Den Haag, Almere, Utrecht en Den Bosch" in answer.answer
    assert "was het hoogst in" not in answer.answer


def test_a_computed_goal_verdict_is_followed_by_what_the_letter_itself_says(assistant):
    answer = assistant.ask("zijn de ophelderingsdoelen voor overvallen en straatroof in 2019 en 2020 gehaald")
    assert answer.answer.startswith("Ja: het ophelderingspercentage van overvallen 2019")
    assert "Voortgangsrapportage High Impact Crimes 2021 schrijft: Door de stevige inzet" in answer.answer


def test_a_yes_no_question_is_answered_by_a_sentence_that_says_the_same_in_other_words(assistant):
    # "opgeleverd" asked, "nog niet afgerond" written
    answer = assistant.ask("Heeft het WODC het onderzoek naar de Top-X-aanpak in Amsterdam al opgeleverd?")
    assert answer.answer.startswith("Nee: het onderzoek van het WODC naar de effectiviteit van de Top-X-aanpak")


def test_a_synonym_participle_too_short_to_tell_never_makes_a_verdict(assistant):
    # "afgerond" may stand for "opgeleverd" only where the sentence says it
    answer = assistant.ask("Is het WODC-onderzoek naar de Top-X-aanpak in Amsterdam al opgeleverd?")
    assert not answer.answer.startswith("Ja")


def test_a_later_part_asking_the_ambition_for_that_year_answers_for_the_crimes_asked_before(assistant):
    answer = assistant.ask("hoeveel straatroven waren er in 2023 en wat was de ambitie van de taskforce voor dat jaar")
    assert "(2) De ambitie van de Taskforce Overvallen voor 2023 was maximaal 2.900 straatroven" in answer.answer


def test_a_count_is_answered_by_a_sentence_that_holds_a_number_not_by_one_that_describes(assistant):
    answer = assistant.ask("re_b00tcmp hoe vaak georganiseerd en hoeveel ouders per keer")
    assert answer.answer.startswith("(1) Re_B00TCMP heeft inmiddels vijf keer plaatsgevonden in drie regio's [1].")


def test_an_age_asked_is_answered_by_a_sentence_that_gives_ages_from_every_letter(assistant):
    # "leeftijdsgroep" is the frame of the question: the documents never write it
    answer = assistant.ask("Op welke leeftijdsgroep richt de RIO zich?")
    assert not answer.refused and "tussen de 18 en 35" in answer.answer
    older = assistant.ask("Voor welke leeftijdsgroep is de rio?")
    assert "(18-27 jaar)" in older.answer and "tussen de 18 en 35" in older.answer


def test_an_age_asked_is_never_answered_by_a_sentence_without_an_age(assistant):
    answer = assistant.ask("Voor welke leeftijdsgroep is het Leerorkest bedoeld?")
    assert answer.refused or any(ch.isdigit() for ch in answer.answer.split("[1]")[0])


def test_a_method_explained_sentences_later_keeps_the_sentences_in_between(assistant):
    # the sentence naming the register, then how it alerts the police, then figures
    answer = assistant.ask("hoe werkt het digitaal opkopers register")
    assert "dan krijgt politie automatisch een notificatiemelding [2]" in answer.answer
    assert len(answer.citations) <= 5


def test_whether_something_already_happened_is_no_where_the_passage_only_intends_it(assistant):
    # "is voornemens om ... de Pyrorichtlijn te herzien": not yet revised
    assert assistant.ask("Is de Pyrorichtlijn al herzien?").answer.startswith("Nee: ")
    assert assistant.ask("Wordt de Pyrorichtlijn herzien?").answer.startswith("Ja: ")


def test_what_a_thing_is_is_answered_by_the_apposition_that_says_it(assistant):
    # "de Alcoholmeter beproefd, een enkelband die ...": an apposition defines it
    for question in ("Wat is de Alcoholmeter precies?", "Wat houdt de Alcoholmeter precies in?"):
        assert assistant.ask(question).answer.startswith("Voor een sluitend toezicht op de naleving van dit verbod")


def test_what_a_measure_entails_goes_on_into_the_sentence_that_says_what_it_does(assistant):
    answer = assistant.ask("wat houdt een collectieve horecaontzegging in")
    assert "krijgt een ontzegging voor alle aangesloten horecagelegenheden [2]" in answer.answer


def test_a_sentence_naming_the_thing_asked_by_its_head_is_read_with_the_sentence_before(assistant):
    # "... inleveractie voor (steek)wapens georganiseerd. Inmiddels hebben zich ruim 200
    # gemeenten aangemeld voor deelname aan de actie ..."
    answer = assistant.ask("inleveractie steekwapens week van de veiligheid 2021 aantal deelnemende gemeenten")
    assert answer.answer.startswith("Inmiddels hebben zich ruim 200 gemeenten aangemeld")


def test_a_count_of_offenders_named_after_the_crime_is_answered_with_suspects_not_crimes(assistant):
    answer = assistant.ask("hoeveel plofkrakers zijn in 2021 opgepakt")
    assert "63 uit Nederland afkomstige verdachten" in answer.answer
    assert "20 plofkraken op geldautomaten" not in answer.answer


def test_a_reason_told_as_what_brought_the_change_about_is_quoted_after_the_change(assistant):
    # "... de gelegenheid voor inbraken hebben verkleind": the cause, in the sentence after
    answer = assistant.ask("wat verklaart dat woninginbraken in 2024 en 2025 op het laagste niveau ooit zitten")
    assert "beter hang- en sluitwerk" in answer.answer and not answer.refused


def test_a_parliamentary_reference_is_never_a_count(assistant):
    # "Motie ..., Kamerstukken II 2021-2022, 35 925 VI, nr. 68 (AJB, ...)" counts no municipalities
    answer = assistant.ask("In hoeveel gemeenten liep AJB in 2022?")
    assert "35 925" not in answer.answer


def test_a_strong_verb_in_the_past_matches_its_present_in_the_letter(assistant):
    # "liep" asked, "Momenteel loopt AJB in 30 gemeenten" written (as of the letter's date)
    assert assistant.ask("In hoeveel gemeenten liep AJB in 2022?").answer.startswith("Momenteel loopt AJB in 30 gemeenten")


def test_a_thought_of_the_researchers_is_no_yes_the_letter_saying_it_is_not_coming_is_no(assistant):
    # "... zou volgens de onderzoekers gedacht kunnen worden aan wetgeving ..." and later
    # "Wet- en regelgeving over dit onderwerp is niet ophanden ..."
    answer = assistant.ask(
        "Komt er naar aanleiding van het WODC-rapport over wachtwoordgedrag wetgeving die websites verplicht "
        "gebruikers over risico's te informeren?"
    )
    assert answer.answer.startswith("Nee: ") and "is niet ophanden" in answer.answer


def test_a_share_in_words_is_answered_with_the_count_its_note_gives(assistant):
    # "Een derde ... eenheid Amsterdam." with paragraph note "762 van de 2.318 in totaal."
    answer = assistant.ask("Hoeveel straatroven vonden in 2021 plaats in het werkgebied van de eenheid Amsterdam?")
    assert "eenheid Amsterdam [1]. 762 van de 2.318 in totaal [2]." in answer.answer
    # a region the documents give no count for is still not answered with the total
    assert assistant.ask("hoeveel straatroven in eenheid rotterdam 2021").refused


def test_what_a_thing_is_for_is_answered_by_a_sentence_opening_on_its_purpose(assistant):
    # "Voor de planning van de capaciteitsinzet ... is een rekentool ontwikkeld"
    answer = assistant.ask("Waarvoor is de rekentool in de helingaanpak bedoeld?")
    assert answer.answer.startswith("Voor de planning van de capaciteitsinzet")


def test_a_when_question_is_answered_by_a_day_and_month_without_a_year(assistant):
    # "De jaarlijkse campagne Stop Heling in de periode van 18 juli tot 15 augustus jl. ..."
    answer = assistant.ask("wanneer draaide de campagne van Stop Heling in 2022")
    assert answer.answer.startswith("De jaarlijkse campagne Stop Heling in de periode van 18 juli tot 15 augustus jl.")


def test_a_figure_in_a_paragraph_dated_by_month_jl_belongs_to_the_letters_year(assistant):
    # "... jl." in the letter of December 2022 dates the campaign's whole paragraph in 2022
    answer = assistant.ask("hoeveel respondenten vonden in 2022 dat de boodschap van Stop Heling overkwam")
    assert not answer.refused and "74% tot 82%" in answer.answer


def test_a_part_of_one_word_is_asked_together_with_the_next_part(assistant):
    answer = assistant.ask("Waar en wanneer is de pilot crimelabs gestart, en hoeveel mbo-studenten doen mee?")
    assert "Arnhem" in answer.answer and "15 september" in answer.answer and len(answer.parts) == 2


def test_a_group_named_niet_x_is_no_denial_in_a_yes_no_verdict(assistant):
    # "... een significant grotere kans ... dan niet-HIC-daders"
    answer = assistant.ask("Hebben HIC-daders een grotere kans om uit te groeien tot veelpleger?")
    assert answer.answer.startswith("Ja")


def test_who_represents_a_body_is_answered_with_the_person_named(assistant):
    answer = assistant.ask("wie zit er namens Koninklijke Horeca Nederland in de Taskforce Overvallen")
    assert "J. Kant" in answer.answer.split("[1]")[0]


def test_an_amount_of_money_asked_with_hoeveel_is_answered_in_euro(assistant):
    answer = assistant.ask("hoeveel schade is in 2024 verhaald door SODA")
    assert not answer.refused and "4,65 miljoen euro" in answer.answer


def test_an_amount_in_two_years_is_compared_in_its_own_scale(assistant):
    answer = assistant.ask("schadeverhaal SODA 2024 vs 2025")
    assert "4,65 miljoen euro" in answer.answer and "6,13 miljoen euro" in answer.answer
    assert "1,48 miljoen" in answer.answer and "berekend" in answer.answer


def test_last_year_is_the_year_before_the_most_recent_letter(assistant):
    answer = assistant.ask("hoeveel woninginbraken waren er vorig jaar en het jaar daarvoor")
    assert "In 2025 zijn 21.560 woninginbraken geregistreerd" in answer.answer and "22.305" in answer.answer


def test_whether_a_goal_was_met_is_answered_for_a_terse_query(assistant):
    answer = assistant.ask("straatroof doelstelling 2019 gehaald of niet")
    assert answer.answer.startswith("Nee") and "3.100" in answer.answer and "3.777" in answer.answer


def test_a_difference_in_percentage_points_is_computed_and_labelled(assistant):
    answer = assistant.ask("Hoeveel procentpunt lag het ophelderingspercentage van straatroven in 2021 onder dat van overvallen?")
    assert "24,01 procentpunt" in answer.answer and "berekend" in answer.answer


def test_documents_compared_on_a_figure_only_one_gives_say_so_without_a_verdict(assistant):
    answer = assistant.ask(
        "Geeft de voortgangsrapportage 2024-2025 voor 2015 hetzelfde aantal plofkraken als het actieprogramma?"
    )
    assert answer.answer.startswith("Alleen") and not answer.answer.startswith(("Ja", "Nee"))


def test_a_state_reached_by_a_letters_date_answers_for_the_year_it_was_written(assistant):
    # the letter of September 2021: "Sinds de start van Camera in beeld zijn er ... bijna
    # 280.000 ... geregistreerd"; the letter of December 2022 gives 321.000
    answer = assistant.ask("camera in beeld 2021: hoeveel camera's geregistreerd")
    assert "280.000" in answer.answer and "321.000" not in answer.answer


def test_a_count_of_zulke_things_is_about_what_its_paragraph_names(assistant):
    # "Aanvullend heeft KHN ... trainingen georganiseerd ... Gemiddeld vinden jaarlijks 40 van zulke trainingen plaats."
    answer = assistant.ask("hoeveel trainingen geeft KHN gemiddeld per jaar")
    assert "40 van zulke trainingen" in answer.answer


def test_a_keyword_query_for_a_sub_group_in_a_year_is_a_figure_never_a_sentence_without_one(assistant):
    answer = assistant.ask("straatroven eenheid Den Haag 2021")
    assert answer.answer.startswith("Dit staat niet in de beschikbare documenten") and "Den Haag" in answer.answer


def test_a_keyword_query_for_a_year_the_tables_do_not_give_is_refused(assistant):
    assert assistant.ask("ram- en plofkraken 2013").refused


def test_the_digits_of_a_name_are_no_count(assistant):
    # "... door de maatregelen in verband met Covid-19 ..." holds no count of robberies
    answer = assistant.ask("Hoeveel overvallen op maaltijdbezorgers waren er in 2020?")
    assert "61 in 2020" in answer.answer


def test_a_when_question_is_answered_by_part_of_a_month(assistant):
    answer = assistant.ask("Wanneer is Mijn Cyberrijbewijs gelanceerd?")
    assert "begin oktober" in answer.answer


def test_whether_a_count_fell_in_one_year_compares_it_with_the_year_before(assistant):
    answer = assistant.ask("is het aantal plofkraken in 2025 gedaald")
    assert answer.answer.startswith("Ja.") and "2024" in answer.answer and "berekend" in answer.answer


def test_whether_a_count_is_rising_compares_the_last_two_years(assistant):
    answer = assistant.ask("neemt het aantal straatroven toe?")
    assert answer.answer.startswith("Ja.") and "2.915" in answer.answer and "2.813" in answer.answer


def test_inmiddels_in_a_question_asks_the_present_and_is_no_subject(assistant):
    answer = assistant.ask("Hoeveel gestolen goederen staan inmiddels in de database van Stop Heling?")
    assert not answer.refused and "twee miljoen" in answer.answer.split("[1]")[0]


def test_a_quantity_in_words_and_the_present_name_no_subject(assistant):
    # "vele" says how many alarms, "inmiddels" when; neither must be in the evidence
    question = analyse("Hoe heeft de politie inmiddels gereageerd op de vele loze overvalalarmen?")
    assert not {"vele", "inmiddels"} & {word.lower() for word, _ in assistant.coverage.anchors(question, metric_words=True)}
