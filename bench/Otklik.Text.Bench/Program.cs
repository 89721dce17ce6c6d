using System.Diagnostics;
using System.Text;
using Otklik.Text.Abuse;
using Otklik.Text.PlainLanguage;

// Quality of the abuse detector on the labelled corpora, and single-threaded speed of both checks.
var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
foreach (var file in Directory.GetFiles(folder, "*.tsv").Order())
{
    var corpus = AbuseEvaluation.ReadCorpus(file);
    Console.WriteLine($"{Path.GetFileName(file)}: {corpus.Count} texts");
    foreach (var s in AbuseEvaluation.Score(AbuseDetector.Default, corpus))
    {
        Console.WriteLine($"  {s.Category,-8} precision {s.Precision:F3}  recall {s.Recall:F3}  " +
            $"(TP {s.TruePositives}, FP {s.FalsePositives}, FN {s.FalseNegatives})");
    }
}

var texts = Directory.GetFiles(folder, "*.tsv").SelectMany(AbuseEvaluation.ReadCorpus).Select(t => t.Text).ToArray();
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
