namespace Otklik.Text.Abuse;

public sealed record CategoryScore(AbuseCategory Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0
        ? 1
        : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0
        ? 1
        : (double)TruePositives / (TruePositives + FalseNegatives);
}

public sealed record LabelledText(IReadOnlySet<AbuseCategory> Labels, string Text);

// Precision and recall per category over a labelled corpus (one "labels<TAB>text" line per example).
public static class AbuseEvaluation
{
    public static IReadOnlyList<LabelledText> ReadCorpus(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(Parse)];

    // The corpora shipped inside the library, by file name.
    public static IReadOnlyDictionary<string, IReadOnlyList<LabelledText>> ShippedCorpora()
    {
        var assembly = typeof(AbuseEvaluation).Assembly;
        const string prefix = "Otklik.Text.Abuse.Corpus.";
        var corpora = new SortedDictionary<string, IReadOnlyList<LabelledText>>(StringComparer.Ordinal);
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal));
        foreach (var name in names)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var lines = reader.ReadToEnd()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            corpora[name[prefix.Length..]] = [.. lines.Select(Parse)];
        }

        return corpora;
    }

    public static IReadOnlyList<CategoryScore> Score(AbuseDetector detector, IEnumerable<LabelledText> corpus,
        List<(LabelledText Example, AbuseResult Result)>? mistakes = null)
    {
        var counts = Enum.GetValues<AbuseCategory>().ToDictionary(c => c, _ => (Tp: 0, Fp: 0, Fn: 0));
        foreach (var example in corpus)
        {
            var result = detector.Analyze(example.Text);
            var wrong = false;
            foreach (var category in counts.Keys.ToList())
            {
                var (tp, fp, fn) = counts[category];
                var predicted = result.Has(category);
                var actual = example.Labels.Contains(category);
                counts[category] = (
                    tp + (predicted && actual ? 1 : 0),
                    fp + (predicted && !actual ? 1 : 0),
                    fn + (!predicted && actual ? 1 : 0));
                wrong |= predicted != actual;
            }

            if (wrong)
            {
                mistakes?.Add((example, result));
            }
        }

        return [.. counts.Select(c => new CategoryScore(c.Key, c.Value.Tp, c.Value.Fp, c.Value.Fn))];
    }

    private static LabelledText Parse(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            throw new FormatException($"A corpus line needs labels, a tab and the text: {line}");
        }

        var labels = line[..tab] == "clean"
            ? new HashSet<AbuseCategory>()
            : line[..tab].Split(',').Select(l => Enum.Parse<AbuseCategory>(l.Trim(), ignoreCase: true)).ToHashSet();
        return new LabelledText(labels, line[(tab + 1)..]);
    }
}
