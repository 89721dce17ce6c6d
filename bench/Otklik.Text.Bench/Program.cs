using System.Diagnostics;
using System.Text;
using Otklik.Text.Abuse;
using Otklik.Text.PlainLanguage;

// Quality of the abuse detector on the labelled corpora, and single-threaded speed of both checks.
// Each shipped corpus is scored by the rules alone and by the rules with a threat model trained on the
// other corpora, so the model never sees the texts it is judged on. Files named on the command line are
// scored by the rules alone and by the shipped detector (model trained on every shipped corpus).
var rulesOnly = new AbuseDetector(null);
var corpora = AbuseEvaluation.ShippedCorpora();
foreach (var (name, corpus) in corpora)
{
    var model = ThreatModel.Train(corpora.Where(c => c.Key != name).SelectMany(c => c.Value));
    Report($"{name}: {corpus.Count} texts", corpus, rulesOnly, new AbuseDetector(model));
}

foreach (var path in args)
{
    var corpus = AbuseEvaluation.ReadCorpus(path);
    Report($"{Path.GetFileName(path)}: {corpus.Count} texts, unseen", corpus, rulesOnly, AbuseDetector.Default);
}

var texts = corpora.Values.SelectMany(c => c).Select(t => t.Text).ToArray();
var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
// Warm up long enough for tiered compilation to reach optimised code.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
{
    foreach (var t in texts)
    {
        AbuseDetector.Default.Analyze(t);
    }
}

var rounds = 20;
var watch = Stopwatch.StartNew();
for (var r = 0; r < rounds; r++)
{
    foreach (var t in texts)
    {
        AbuseDetector.Default.Analyze(t);
    }
}

watch.Stop();
Console.WriteLine($"Abuse detection: {bytes * rounds / watch.Elapsed.TotalSeconds / 1024 / 1024:F1} MB/s " +
    "of UTF-8 text " +
    $"({texts.Length * rounds / watch.Elapsed.TotalSeconds:F0} texts/s)");

// Two pages of an official answer (about 4,000 characters).
var answer = string.Concat(Enumerable.Repeat(
    "Уважаемая Анна Петровна! " +
    "В целях осуществления ежемесячной денежной выплаты доводим " +
    "до вашего сведения, что ваше заявление от 12.03.2026 рассмотрено " +
    "в установленном порядке. Выплата назначена с 1 апреля. " +
    "Размер ЕДВ составляет 1250 рублей. В соответствии со " +
    "ст. 7 Закона края № 103-кз выплата производится ежемесячно. ", 10));
for (var i = 0; i < 200; i++)
{
    PlainLanguageChecker.Default.Check(answer);
}

var times = new List<double>();
for (var i = 0; i < 2000; i++)
{
    var t = Stopwatch.GetTimestamp();
    PlainLanguageChecker.Default.Check(answer, refusal: true);
    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
}

times.Sort();
Console.WriteLine($"Plain-language check of {answer.Length} characters: median {times[times.Count / 2]:F2} ms, " +
    $"p99 {times[(int)(times.Count * 0.99)]:F2} ms");

static void Report(string title, IReadOnlyList<LabelledText> corpus, AbuseDetector rules, AbuseDetector withModel)
{
    Console.WriteLine(title);
    var before = AbuseEvaluation.Score(rules, corpus);
    var mistakes = new List<(LabelledText Example, AbuseResult Result)>();
    var after = AbuseEvaluation.Score(withModel, corpus, mistakes);
    foreach (var (r, m) in before.Zip(after))
    {
        Console.WriteLine($"  {m.Category,-8} rules P {r.Precision:F3} R {r.Recall:F3} " +
            $"(TP {r.TruePositives}, FP {r.FalsePositives}, FN {r.FalseNegatives});  with model P {m.Precision:F3} " +
            $"R {m.Recall:F3} (TP {m.TruePositives}, FP {m.FalsePositives}, FN {m.FalseNegatives})");
    }

    if (Environment.GetEnvironmentVariable("OTKLIK_BENCH_MISTAKES") is not null)
    {
        foreach (var (example, result) in mistakes)
        {
            var found = string.Join(", ", result.Findings.Select(f => $"{f.Category}:{f.Rule}"));
            Console.WriteLine($"    [{string.Join(",", example.Labels)}] -> [{found}] {example.Text}");
        }
    }
}
