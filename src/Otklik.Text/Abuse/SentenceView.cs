using System.Text;
using System.Text.RegularExpressions;

namespace Otklik.Text.Abuse;

// The normalised words of one sentence joined by spaces, so that phrase rules can match across words
// and their matches can be mapped back to the words, and from there to the original text.
internal sealed class SentenceView
{
    private readonly List<int> _wordAt = [];

    public SentenceView(IReadOnlyList<DisguisedWord> words, int first, int count)
    {
        First = first;
        Count = count;
        var builder = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
                _wordAt.Add(i);
            }

            builder.Append(words[i].Normal);
            for (var k = 0; k < words[i].Normal.Length; k++)
            {
                _wordAt.Add(i);
            }
        }

        Text = builder.ToString();
    }

    public int First { get; }

    public int Count { get; }

    public string Text { get; }

    public (int FirstWord, int LastWord) WordsOf(Match match) =>
        (_wordAt[match.Index], _wordAt[Math.Max(match.Index, match.Index + match.Length - 1)]);

    public static IEnumerable<SentenceView> All(IReadOnlyList<DisguisedWord> words)
    {
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].Sentence != words[start].Sentence)
            {
                yield return new SentenceView(words, start, i - start);
                start = i;
            }
        }
    }
}
