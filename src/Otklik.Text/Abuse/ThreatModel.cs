using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Otklik.Text.Abuse;

// A linear model that weighs the cues of a threat together: the official or his family addressed, his
// home, car or route, harm or fire in his future, a demand, the cue groups of the rules. The rules need one
// listed phrase; a threat by allusion is usually new wording of several weak cues, none a threat alone.
// Features are the Snowball stems of the normalised words, pairs of neighbouring stems and the cue
// groups found in the text; logistic regression trained on the labelled corpora shipped with the library.
public sealed partial class ThreatModel
{
    private const int Epochs = 40;
    private const double Regularisation = 1e-4;
    private const int MinCount = 2;

    // The cue groups of SentenceView, then whether the sentence reports someone else's words.
    private const int Groups = 13;
    private const int GroupCount = Groups + 1;

    private readonly Lexicon _lexicon;
    private readonly double[] _weights;
    private readonly double _bias;

    private ThreatModel(Lexicon lexicon, double[] weights, double bias, double threshold)
    {
        _lexicon = lexicon;
        _weights = weights;
        _bias = bias;
        Threshold = threshold;
    }

    // The probability from which a text counts as a threat; high, so that a model finding is rare and
    // precise, and the rules stay the main source.
    public double Threshold { get; }

    // Trained once on every corpus shipped with the library.
    public static ThreatModel Shipped => Trained.Value;

    private static readonly Lazy<ThreatModel> Trained =
        new(() => Train(AbuseEvaluation.ShippedCorpora().Values.SelectMany(c => c)));

    public static ThreatModel Train(IEnumerable<LabelledText> corpus, double threshold = 0.7)
    {
        var examples = corpus.Select(t => (Text: Analysed.Of(t.Text), Threat: t.Labels.Contains(AbuseCategory.Threat)))
            .ToList();
        var lexicon = Lexicon.Build([.. examples.Select(e => e.Text)]);
        var rows = examples.Select(e => (Features: lexicon.Features(e.Text, -1).ToArray(), e.Threat)).ToList();
        var (weights, bias) = Fit(rows, lexicon.Size);
        return new ThreatModel(lexicon, weights, bias, threshold);
    }

    public bool IsThreat(string text) => MostThreatening(Analysed.Of(text)) is not null;

    public double Probability(string text) => Sigmoid(Score(Analysed.Of(text), -1));

    // The sentence the model holds most threatening, when the whole text crosses the threshold. Words are
    // weighed without their sense, so the model stays silent where a step by law is named anywhere (a
    // warning of a court or the press uses the same words as a threat), where no one is spoken to and no one
    // of the ministry named (brakes that fail or a head broken over a form threaten no one) and where the writer
    // thanks or wishes well (long life to the official's children); a sentence that reports someone else's
    // words is never the one shown.
    internal int? MostThreatening(Analysed text)
    {
        var sentences = text.Sentences;
        if (Sigmoid(Score(text, -1)) < Threshold
            || sentences.Any(ImplicitThreats.NamesRecourse) || !sentences.Any(IsAimed)
            || sentences.Any(s => Goodwill().IsMatch(s.Text)))
        {
            return null;
        }

        int? best = null;
        var bestScore = 0.0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var score = text.Reported[k] ? 0 : Score(text, k) - _bias;
            if (score > bestScore)
            {
                (best, bestScore) = (k, score);
            }
        }

        return best;
    }

    // The log-odds of one sentence, or of the whole text when sentence is -1.
    private double Score(Analysed text, int sentence) =>
        _bias + _lexicon.Features(text, sentence).Sum(f => _weights[f]);

    private static bool IsAimed(SentenceView sentence) =>
        ImplicitThreats.Addressee().IsMatch(sentence.Text) || ImplicitThreats.Official().IsMatch(sentence.Text)
        || SpokenTo().IsMatch(sentence.Text);

    // The reader spoken to without a pronoun: a verb of the second person or the imperative («выгуливаете»,
    // «подумайте», «ждёшь»), «свой» («скажите своим детям»), a name with a patronymic («Анна Петровна»).
    [GeneratedRegex(@"\b[а-я]+(ете|ите|йте|ьте)\b|\b[а-я]{3,}(ешь|ишь)\b"
        + @"|\bсво(й|я|е|и|его|ей|ему|им|их|ю)\b|[а-я](ович|евич|овна|евна|ична)\b")]
    private static partial Regex SpokenTo();

    private static void AddGroups(HashSet<int> features, int found, bool reported)
    {
        for (var g = 0; g < Groups; g++)
        {
            if ((found & (1 << g)) != 0)
            {
                features.Add(g);
            }
        }

        if (reported)
        {
            features.Add(Groups);
        }
    }

    // The Snowball stem of a word of at least two Russian letters, so that the forms of a word count as one;
    // empty for numbers and stray letters.
    private static ReadOnlySpan<char> Stem(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += c is >= 'а' and <= 'я' ? 1 : 0;
        }

        if (letters < 2)
        {
            return [];
        }

        // The stemmer keeps state between calls, so each thread has its own.
        _stemmer ??= new RussianStemmer();
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }

    [ThreadStatic]
    private static RussianStemmer? _stemmer;

    // Stems seen at least twice in training and pairs of neighbouring stems, numbered after the cue groups.
    private sealed class Lexicon
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stems;
        private readonly Dictionary<long, int> _pairs;

        private Lexicon(Dictionary<string, int> stems, Dictionary<long, int> pairs)
        {
            _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();
            _pairs = pairs;
        }

        public int Size => GroupCount + _stems.Dictionary.Count + _pairs.Count;

        public static Lexicon Build(IReadOnlyList<Analysed> texts)
        {
            var stems = Numbered(
                texts.SelectMany(t => t.Words).Select(w => Stem(w.Normal).ToString()).Where(s => s.Length > 0), 0,
                StringComparer.Ordinal, StringComparer.Ordinal);
            var withStems = new Lexicon(stems, []);
            var pairs = Numbered(
                texts.SelectMany(withStems.Neighbours), GroupCount + stems.Count, EqualityComparer<long>.Default,
                Comparer<long>.Default);
            return new Lexicon(stems, pairs);
        }

        // Distinct features of one sentence, or of the whole text when sentence is -1.
        public HashSet<int> Features(Analysed text, int sentence)
        {
            var features = new HashSet<int>();
            var from = sentence < 0 ? 0 : sentence;
            var to = sentence < 0 ? text.Sentences.Count : sentence + 1;
            for (var k = from; k < to; k++)
            {
                var view = text.Sentences[k];
                AddGroups(features, view.Found, text.Reported[k]);
                var previous = -1;
                for (var i = view.First; i < view.First + view.Count; i++)
                {
                    var id = IdOf(text.Words[i]);
                    if (id >= 0)
                    {
                        features.Add(GroupCount + id);
                    }

                    if (id >= 0 && previous >= 0 && _pairs.TryGetValue(Pair(previous, id), out var p))
                    {
                        features.Add(p);
                    }

                    previous = id;
                }
            }

            return features;
        }

        private IEnumerable<long> Neighbours(Analysed text)
        {
            foreach (var view in text.Sentences)
            {
                var previous = -1;
                for (var i = view.First; i < view.First + view.Count; i++)
                {
                    var id = IdOf(text.Words[i]);
                    if (id >= 0 && previous >= 0)
                    {
                        yield return Pair(previous, id);
                    }

                    previous = id;
                }
            }
        }

        private int IdOf(DisguisedWord word)
        {
            var stem = Stem(word.Normal);
            return !stem.IsEmpty && _stems.TryGetValue(stem, out var id) ? id : -1;
        }

        private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;

        // The keys seen at least MinCount times, numbered from first in a fixed order.
        private static Dictionary<TKey, int> Numbered<TKey>(
            IEnumerable<TKey> keys, int first, IEqualityComparer<TKey> equality, IComparer<TKey> order)
            where TKey : notnull
        {
            var numbered = new Dictionary<TKey, int>(equality);
            foreach (var key in keys.CountBy(k => k, equality).Where(c => c.Value >= MinCount).Select(c => c.Key)
                .Order(order))
            {
                numbered[key] = first + numbered.Count;
            }

            return numbered;
        }
    }

    // Stochastic gradient descent on the logistic loss with L2, in a fixed order so that training on the
    // same corpus always gives the same model.
    private static (double[] Weights, double Bias) Fit(List<(int[] Features, bool Threat)> rows, int size)
    {
        var weights = new double[size];
        var bias = 0.0;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(20261204);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.2 / (1 + (epoch * 0.1));
            foreach (var r in order)
            {
                var (features, threat) = rows[r];
                var z = bias;
                foreach (var f in features)
                {
                    z += weights[f];
                }

                var gradient = Sigmoid(z) - (threat ? 1 : 0);
                bias -= rate * gradient;
                foreach (var f in features)
                {
                    weights[f] -= rate * (gradient + (Regularisation * weights[f]));
                }
            }
        }

        return (weights, bias);
    }

    // Not «желаю», which opens curses as often as wishes.
    [GeneratedRegex(@"\b(спасибо|благодар[а-я]*|пожелани[а-я]*|выздоровлени[а-я]*"
        + @"|долгих лет|здоровья вам|с (новым годом|праздником|днем рождения))\b")]
    private static partial Regex Goodwill();

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}

// A text split into words and sentences, with the cue groups and reported speech of each sentence marked.
internal sealed record Analysed(IReadOnlyList<DisguisedWord> Words, IReadOnlyList<SentenceView> Sentences,
    bool[] Reported)
{
    public static Analysed Of(string text)
    {
        var words = DisguisedWords.Split(text);
        var sentences = SentenceView.All(words).ToList();
        return new Analysed(words, sentences, [.. sentences.Select(ThreatRules.IsReported)]);
    }
}
