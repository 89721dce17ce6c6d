using Otklik.Text.PlainLanguage;

namespace Otklik.Text.Tests;

public sealed class PlainLanguageTests
{
    private static readonly PlainLanguageChecker Checker = PlainLanguageChecker.Default;

    [Fact]
    public void Check_Bureaucratese_IsFoundWithSuggestion()
    {
        var result = Checker.Check(
            "В целях осуществления выплаты " +
            "доводим до вашего сведения, что документы приняты.");

        var kinds = result.Findings.Where(f => f.Kind == "bureaucratese").Select(f => f.Message).ToList();
        Assert.Contains(kinds, m => m.Contains("в целях", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(kinds,
            m => m.Contains("доводим до вашего сведения", StringComparison.OrdinalIgnoreCase));
        Assert.All(result.Findings.Where(f => f.Kind == "bureaucratese"),
            f => Assert.False(string.IsNullOrEmpty(f.Suggestion)));
    }

    [Fact]
    public void Check_RefusalWithBareLegalReference_IsError()
    {
        var result = Checker.Check(
            "Вам отказано на основании " +
            "ст. 12 Федерального закона № 59-ФЗ.", refusal: true);

        Assert.Contains(result.Findings, f => f.Kind == "legal-reference" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Check_RefusalExplainedInPlainWords_IsNotError()
    {
        var result = Checker.Check(
            "Мы не можем назначить выплату, " +
            "потому что доход семьи выше " +
            "прожиточного минимума (ст. 3 закона края).",
            refusal: true);

        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.Contains(result.Findings, f => f.Kind == "legal-reference");
    }

    [Fact]
    public void Check_UnexplainedAbbreviation_SuggestsExpansion_ExplainedOneIsFine()
    {
        var bare = Checker.Check("Вам назначена ЕДВ с марта.");
        var explained = Checker.Check(
            "Вам назначена ежемесячная денежная выплата (ЕДВ). " +
            "ЕДВ придёт в марте.");

        var finding = Assert.Single(bare.Findings, f => f.Kind == "abbreviation");
        Assert.Contains("ежемесячная денежная выплата", finding.Suggestion,
            StringComparison.Ordinal);
        Assert.DoesNotContain(explained.Findings, f => f.Kind == "abbreviation");
    }

    [Theory]
    [InlineData("Подайте заявление на ТСР (технические средства реабилитации) в фонд.", false)]
    [InlineData("Подайте заявление на ТСР  (средства реабилитации) в фонд.", false)]
    [InlineData("Подайте заявление на ТСР (ТС) в фонд.", true)]
    [InlineData("Подайте заявление на ТСР в фонд (до пятницы).", true)]
    public void Check_AbbreviationFollowedByItsExpansion_IsExplained(string text, bool flagged) =>
        Assert.Equal(flagged, Checker.Check(text).Findings.Any(f => f.Kind == "abbreviation"));

    [Fact]
    public void Check_DateInDigits_SuggestsWords()
    {
        var finding = Assert.Single(
            Checker.Check("Приходите 01.03.2026 к девяти.").Findings, f => f.Kind == "digit-date");

        Assert.Equal("Напишите: 1 марта 2026 года.", finding.Suggestion);
    }

    [Fact]
    public void Check_PassiveAndVerbalNounChain_AreFound()
    {
        var result = Checker.Check(
            "Ваше заявление было рассмотрено. " +
            "Проведение рассмотрения обращения завершено.");

        Assert.Contains(result.Findings, f => f.Kind == "passive");
        Assert.Contains(result.Findings, f => f.Kind == "verbal-nouns");
    }

    [Fact]
    public void Check_SentencesWithAbbreviatedReferences_AreNotSplitAtTheirDots()
    {
        var result = Checker.Check(
            "По ст. 12 закона ответ готовят 30 дней. Мы ответим раньше.");

        Assert.Equal(2, result.Sentences);
    }

    [Fact]
    public void Check_PlainTextReadsEasierThanOfficialese()
    {
        var plain = Checker.Check(
            "Мы назначили вам выплату. Деньги придут в марте. " +
            "Если будут вопросы, позвоните нам.");
        var official = Checker.Check(
            "Осуществление предоставления ежемесячной денежной " +
            "компенсации производится уполномоченным органом " +
            "исполнительной власти субъекта Российской Федерации " +
            "в установленном законодательством порядке при наличии " +
            "документального подтверждения соответствующего " +
            "права заявителя и документов, " +
            "подтверждающих доходы всех членов семьи " +
            "заявителя за последние три месяца.");

        Assert.True(plain.ReadingEase > official.ReadingEase + 30, $"{plain.ReadingEase} vs {official.ReadingEase}");
        Assert.True(plain.Grade < official.Grade);
        Assert.InRange(plain.ReadingEase, 0, 100);
        Assert.Contains(official.Findings, f => f.Kind == "long-sentence");
    }
}
