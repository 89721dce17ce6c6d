using Otklik.Text.Abuse;
using Xunit.Abstractions;

namespace Otklik.Text.Tests;

// The labelled corpus of appeal-like texts; targets from the issue: obscene P ≥ 0.97, R ≥ 0.95;
// insults and threats P ≥ 0.90, R ≥ 0.85.
public sealed class CorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(AbuseCategory.Obscene, 0.97, 0.95)]
    [InlineData(AbuseCategory.Insult, 0.90, 0.85)]
    [InlineData(AbuseCategory.Threat, 0.90, 0.85)]
    public void Corpus_EachCategory_MeetsPrecisionAndRecallTargets(
        AbuseCategory category, double precision, double recall)
    {
        var corpus = AbuseEvaluation.ReadCorpus(Path.Combine(AppContext.BaseDirectory, "Corpus", "abuse-corpus.tsv"));
        var mistakes = new List<(LabelledText Example, AbuseResult Result)>();

        var score = AbuseEvaluation.Score(AbuseDetector.Default, corpus, mistakes).Single(s => s.Category == category);

        foreach (var (example, result) in mistakes.Where(
            m => m.Example.Labels.Contains(category) != m.Result.Has(category)))
        {
            output.WriteLine($"[{string.Join(",", example.Labels)}] " +
                $"got [{string.Join(",", result.Findings.Select(f => $"{f.Category}:{f.Fragment}"))}] {example.Text}");
        }

        Assert.True(corpus.Count >= 400, "The corpus must hold at least 400 texts.");
        Assert.True(score.Precision >= precision, $"{category} precision {score.Precision:F3}");
        Assert.True(score.Recall >= recall, $"{category} recall {score.Recall:F3}");
    }
}
