using Otklik.Text.Search;

namespace Otklik.Text.Tests;

public sealed class SearchAnalyzerTests
{
    [Fact]
    public void Terms_QueryInOtherCases_MatchDocumentTerms()
    {
        var query = RussianSearchAnalyzer.Terms("пособия многодетным");
        var document = RussianSearchAnalyzer.Terms(
            "Пособие многодетной семье выплачивается ежемесячно");

        Assert.All(query, t => Assert.Contains(t, document));
    }

    [Fact]
    public void Terms_YoAndCase_AreNormalised_StopWordsDropped()
    {
        Assert.Equal(RussianSearchAnalyzer.Terms("РЕБЁНОК"), RussianSearchAnalyzer.Terms("ребенок"));
        Assert.Empty(RussianSearchAnalyzer.Terms("и в на"));
    }

    [Fact]
    public void QueryTerms_Abbreviation_ExpandsToFullForm_AndBack()
    {
        var abbreviation = RussianSearchAnalyzer.Default.QueryTerms("ЕДВ");
        var single = RussianSearchAnalyzer.Default.QueryTerms("маткапитал");

        Assert.Contains(RussianSearchAnalyzer.Terms("выплата")[0], abbreviation[0]);
        Assert.Contains(RussianSearchAnalyzer.Terms("капитал")[0], single[0]);
    }

    [Fact]
    public void Tokens_KeepOffsetsIntoTheText()
    {
        var token = RussianSearchAnalyzer.Tokens("Справка о доходах")[^1];

        Assert.Equal(10, token.Start);
        Assert.Equal(7, token.Length);
    }

    [Fact]
    public void QueryAlternatives_MultiWordSynonym_IsOneSequenceOfStems()
    {
        var groups = RussianSearchAnalyzer.Default.QueryAlternatives("ЕДВ ветеранам");

        Assert.Equal(2, groups.Count);
        Assert.Equal(["едв"], groups[0][0]);
        Assert.Contains(groups[0], a => a.Count == 3 && string.Join(' ', a) == string.Join(' ',
            RussianSearchAnalyzer.Terms("ежемесячная денежная выплата")));
        Assert.Equal([RussianSearchAnalyzer.Terms("ветеранам")[0]], groups[1][0]);
    }
}
