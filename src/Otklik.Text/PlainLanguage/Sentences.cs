using System.Text.RegularExpressions;

namespace Otklik.Text.PlainLanguage;

// Splits text into sentences without breaking at «ст. 12», «т. е.», «г. Ставрополь»
// or initials «И. И.».
internal static partial class Sentences
{
    private static readonly System.Buffers.SearchValues<char> Blank =
        System.Buffers.SearchValues.Create(" \t\r\n.!?…");

    public readonly record struct Span(int Start, int End);

    public static List<Span> Split(string text)
    {
        var result = new List<Span>();
        var start = 0;
        foreach (Match m in Terminator().Matches(text))
        {
            var end = m.Index + m.Length;
            if (m.Value.StartsWith('.') && IsAbbreviation(text, m.Index))
            {
                continue;
            }

            Add(text, result, start, end);
            start = end;
        }

        Add(text, result, start, text.Length);
        return result;
    }

    private static void Add(string text, List<Span> result, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(Blank))
        {
            result.Add(new Span(start, end));
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        var next = dot + 1 < text.Length ? text[dot + 1] : ' ';
        var afterSpace = dot + 2 < text.Length ? text[dot + 2] : ' ';
        var followedByLower = char.IsLower(next) || (next == ' ' && char.IsLower(afterSpace))
            || char.IsDigit(afterSpace) || char.IsDigit(next);
        return (word.Length == 1 && char.IsUpper(word[0]))
            || (ShortWords().IsMatch(word) && followedByLower)
            || (word.Length is > 0 and <= 3 && followedByLower);
    }

    [GeneratedRegex(@"[.!?…]+|\n\s*\n")]
    private static partial Regex Terminator();

    [GeneratedRegex(@"^(ст|ч|п|пп|г|ул|д|кв|т|е|др|пр|руб|коп|тыс" +
        @"|млн|обл|р|см|им|стр|каб|тел|вх|исх|гр)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortWords();
}
