using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Otklik.Text.Search;

public sealed record SearchToken(string Term, int Start, int Length);

// Text → search terms: Unicode NFKC, lower case, ё→е, words and numbers, Russian stop words dropped,
// Snowball stemming (so «пособия многодетным» and «пособие многодетной
// семье» share terms), and domain synonyms expanded at query time
// (ЕДВ ⇄ ежемесячная денежная выплата).
public sealed class RussianSearchAnalyzer
{
    private readonly Dictionary<string, string[][]> _synonyms;

    public RussianSearchAnalyzer(IEnumerable<(string Short, string Long)>? synonyms = null)
    {
        _synonyms = [];
        foreach (var (shortForm, longForm) in synonyms ?? DomainSynonyms.All)
        {
            var a = StemsOf(shortForm);
            var b = StemsOf(longForm);
            AddSynonym(a, b);
            AddSynonym(b, a);
        }
    }

    public static RussianSearchAnalyzer Default { get; } = new();

    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е');

    public static IReadOnlyList<SearchToken> Tokens(string text)
    {
        var normal = Normalize(text);
        var tokens = new List<SearchToken>();
        var stemmer = new RussianStemmer();
        var i = 0;
        while (i < normal.Length)
        {
            if (!char.IsLetterOrDigit(normal[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < normal.Length && char.IsLetterOrDigit(normal[i]))
            {
                i++;
            }

            var word = normal[start..i];
            if (!RussianAnalyzer.DefaultStopSet.Contains(word))
            {
                tokens.Add(new SearchToken(Stem(stemmer, word), start, i - start));
            }
        }

        return tokens;
    }

    public static IReadOnlyList<string> Terms(string text) => [.. Tokens(text).Select(t => t.Term)];

    // Query terms as groups of alternatives: each group must match one of its terms; synonyms add groups' alternatives.
    public IReadOnlyList<IReadOnlyList<string>> QueryTerms(string query)
    {
        var terms = Terms(query);
        var groups = terms.Select(t => (IReadOnlyList<string>)[t]).ToList();
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_synonyms.TryGetValue(terms[i], out var expansions))
            {
                continue;
            }

            foreach (var expansion in expansions)
            {
                groups[i] = [.. groups[i].Concat(expansion).Distinct()];
            }
        }

        return groups;
    }

    // Each query word with its alternatives; an alternative is a sequence of stems that must all occur
    // together, so «ЕДВ» finds «ежемесячная денежная выплата» and not every text that has «выплата».
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> QueryAlternatives(string query) =>
        [.. Terms(query).Select(term => (IReadOnlyList<IReadOnlyList<string>>)
            [[term], .. _synonyms.TryGetValue(term, out var expansions) ? expansions : []])];

    private void AddSynonym(string[] from, string[] to)
    {
        if (from.Length == 1)
        {
            _synonyms[from[0]] = _synonyms.TryGetValue(from[0], out var existing) ? [.. existing, to] : [to];
        }
    }

    private static string[] StemsOf(string phrase) => [.. Terms(phrase)];

    private static string Stem(RussianStemmer stemmer, string word)
    {
        if (!word.Any(c => c is >= 'а' and <= 'я'))
        {
            return word;
        }

        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
