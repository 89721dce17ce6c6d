using Otklik.Text.Abuse;

namespace Otklik.Text.Tests;

public sealed class ThreatModelTests
{
    // A corpus small enough to know what the model must learn from it: the office burning is a threat.
    private static readonly LabelledText[] Tiny =
    [
        Threat("Ваш кабинет сгорит вместе с бумагами"),
        Threat("Кабинет ваш сгорит, запомните"),
        Threat("Смотрите, как бы ваш кабинет не сгорел"),
        Threat("Вы дождётесь, что кабинет сгорит"),
        Clean("Прошу назначить пособие на ребёнка"),
        Clean("Прошу пересчитать пенсию по старости"),
        Clean("Когда придёт ответ на моё заявление"),
        Clean("Прошу выдать справку о составе семьи"),
    ];

    [Fact]
    public void Train_OnTheSameCorpus_GivesTheSameModel()
    {
        var corpus = AbuseEvaluation.ShippedCorpora()["abuse-holdout5.tsv"];
        string[] texts = ["Ваш кабинет на первом этаже, окна без решёток.", "Прошу назначить пособие"];

        var first = ThreatModel.Train(corpus);
        var second = ThreatModel.Train(corpus);

        Assert.Equal(texts.Select(first.Probability), texts.Select(second.Probability));
    }

    [Fact]
    public void Train_LearnsTheWordsOfTheThreatsItIsShown()
    {
        var model = ThreatModel.Train(Tiny);

        Assert.True(model.Probability("Ваш кабинет сгорит, помяните моё слово") > 0.8);
        Assert.True(model.Probability("Прошу назначить пособие по уходу") < 0.2);
        Assert.True(model.IsThreat("Ваш кабинет сгорит, помяните моё слово"));
    }

    [Theory]
    [InlineData("Ваш кабинет сгорит: я подаю в суд")]
    [InlineData("Кабинет сгорит, если проводку не починят")]
    [InlineData("Спасибо, что предупредили: кабинет ваш сгорит, если проводку не починить")]
    [InlineData("Сосед сказал, что ваш кабинет сгорит")]
    public void IsThreat_WordsOfAThreatWithoutTheWritersIntent_IsNot(string text)
    {
        var model = ThreatModel.Train(Tiny);

        Assert.True(model.Probability(text) >= model.Threshold, "The words alone must look like a threat.");
        Assert.False(model.IsThreat(text));
    }

    [Theory]
    [InlineData("Передайте начальнице, что её дочка из садика одна домой ходит. Пусть подумает.")]
    [InlineData("Ваш кабинет на первом этаже, окна без решёток. Запомните это.")]
    public void Analyze_AllusionNoRuleKnows_IsFoundByTheShippedModel(string text)
    {
        var rules = new AbuseDetector(threats: null).Analyze(text);

        var shipped = AbuseDetector.Default.Analyze(text);

        Assert.False(rules.Has(AbuseCategory.Threat));
        var finding = Assert.Single(shipped.Findings, f => f.Category == AbuseCategory.Threat);
        Assert.Equal("сочетание признаков угрозы", finding.Rule);
        Assert.Equal(text.Substring(finding.Start, finding.Length), finding.Fragment);
    }

    [Fact]
    public void Analyze_ThreatModelBeside_RulesFindingsStay()
    {
        const string text = "Я вам голову оторву, если пособие не придёт.";

        var finding = Assert.Single(AbuseDetector.Default.Analyze(text).Findings);

        Assert.Equal(AbuseCategory.Threat, finding.Category);
        Assert.NotEqual("сочетание признаков угрозы", finding.Rule);
    }

    private static LabelledText Threat(string text) => new(new HashSet<AbuseCategory> { AbuseCategory.Threat }, text);

    private static LabelledText Clean(string text) => new(new HashSet<AbuseCategory>(), text);
}
