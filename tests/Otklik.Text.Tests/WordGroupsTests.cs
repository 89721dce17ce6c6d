using Otklik.Text.Abuse;

namespace Otklik.Text.Tests;

public sealed class WordGroupsTests
{
    private static readonly WordGroups Groups = new([["знаю где", "жаль"], ["где"], ["ружь", "пистолет"]]);

    [Theory]
    [InlineData("прошу назначить пособие", 0)]
    [InlineData("я знаю где вы живете", 0b011)]
    [InlineData("где мои документы", 0b010)]
    [InlineData("было бы жаль", 0b001)]
    [InlineData("у меня есть ружье и пистолет", 0b100)]
    [InlineData("знаю гдеже", 0b011)]
    [InlineData("зназнаю где", 0b011)]
    [InlineData("pistolet 2026 ружь", 0b100)]
    public void Find_ReportsEveryGroupWithAStringInTheText(string text, int expected) =>
        Assert.Equal(expected, Groups.Find(text));

    [Fact]
    public void Constructor_StringWithLatinLetters_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new WordGroups([["gun"]]));

    // The costly phrase rules run only on sentences with one of their group's words, so a phrase whose
    // words were not added to the group would be missed silently.
    public static TheoryData<string, int> Gated() => new()
    {
        { "Reported", SentenceView.Reporting },
        { "ThreatPhrase", SentenceView.ThreatPhrase },
        { "Menace", SentenceView.MenacePhrase },
        { "Pursuit", SentenceView.PursuitPhrase },
        { "Hint", SentenceView.HintCue },
        { "Means", SentenceView.MeansCue },
        { "Whereabouts", SentenceView.WhereaboutsCue },
        { "Soft", SentenceView.SoftCue },
        { "Doom", SentenceView.DoomCue },
        { "Danger", SentenceView.DangerCue },
        { "Allusion", SentenceView.AllusionCue },
        { "InsultPhrase", SentenceView.InsultPhrase },
        { "Blows", SentenceView.BlowPhrase },
    };

    [Theory]
    [MemberData(nameof(Gated))]
    public void Corpora_EverySentenceAPhraseMatches_HasAWordOfItsGroup(string rule, int group)
    {
        var regex = rule switch
        {
            "Reported" => ThreatRules.Reported(),
            "ThreatPhrase" => ThreatRules.Phrase(),
            "Menace" => ThreatRules.Menace(),
            "Pursuit" => ThreatRules.Pursuit(),
            "Hint" => ImplicitThreats.HintCue(),
            "Means" => ImplicitThreats.MeansCue(),
            "Soft" => ImplicitThreats.SoftCue(),
            "Doom" => ImplicitThreats.DoomCue(),
            "Whereabouts" => ImplicitThreats.Whereabouts(),
            "Danger" => ImplicitThreats.DangerCue(),
            "Allusion" => ImplicitThreats.AllusionCue(),
            "Blows" => ThreatRules.Blows(),
            _ => InsultRules.Phrase(),
        };
        var sentences = AbuseEvaluation.ShippedCorpora().Values
            .SelectMany(c => c)
            .SelectMany(t => SentenceView.All(DisguisedWords.Split(t.Text)));

        var missed = sentences.Where(s => regex.IsMatch(s.Text) && (s.Found & group) == 0).Select(s => s.Text);

        Assert.Empty(missed);
    }
}
