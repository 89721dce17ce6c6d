using System.Collections.Frozen;

namespace Otklik.Text.Abuse;

// Whole words and word beginnings checked against one normalised word. Rules look at every word of every
// text, and a set lookup costs a fraction of running a regular expression on each of them.
internal sealed class WordList
{
    private readonly FrozenSet<string> _words;

    // Beginnings grouped by their first letter, so a word is compared with a few of them at most.
    private readonly FrozenDictionary<char, string[]> _beginnings;

    public WordList(IEnumerable<string> words, IEnumerable<string>? beginnings = null)
    {
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _beginnings = (beginnings ?? [])
            .GroupBy(b => b[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    // Words separated by «|», as they used to stand in a regular expression.
    public static WordList Of(string words, string beginnings = "") =>
        new(words.Split('|'), beginnings.Length == 0 ? [] : beginnings.Split('|'));

    public bool Contains(string word)
    {
        if (_words.Contains(word))
        {
            return true;
        }

        if (word.Length == 0 || !_beginnings.TryGetValue(word[0], out var beginnings))
        {
            return false;
        }

        foreach (var beginning in beginnings)
        {
            if (word.StartsWith(beginning, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
