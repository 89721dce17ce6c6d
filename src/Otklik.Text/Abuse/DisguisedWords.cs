using System.Text;

namespace Otklik.Text.Abuse;

// A word as written and as meant: look-alike Latin letters and digits mapped to Cyrillic, separators
// and repeated letters removed, ё read as е. Spans always point into the original text.
public sealed record DisguisedWord(int Start, int Length, string Normal, bool Masked, int Sentence)
{
    // The parts of a hyphenated word («какого-хуя»), each normalised; empty for a plain word.
    public IReadOnlyList<string> Parts { get; init; } = [];

    // The word read a second way where a character is ambiguous: «@» and «3» hide «а» and «з» as often as
    // any other letter («пи@дец», «разъ3бу»), and Latin «p» and «b» are «п» and «б» in transliteration as
    // often as look-alikes of «р» and «в» («Pиздец», «ёbаный»). Empty when nothing is ambiguous.
    public string SecondReading { get; init; } = "";
}

public static class DisguisedWords
{
    // Each character of the first string is read as the character at the same place in the second; the
    // table is indexed by the character, as every look-alike but «ё» is ASCII. «9» stands for «я» by its
    // shape mirrored («бл9ть»).
    private static readonly char[] LookAlikes = MakeLookAlikes("abcekmhopxyutrnz34609@$", "авсекмнорхуитгпззчбояас");

    private static char[] MakeLookAlikes(string from, string to)
    {
        var table = new char[128];
        for (var i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }

        return table;
    }

    public static IReadOnlyList<DisguisedWord> Split(string text)
    {
        var raw = RawWords(text);
        return MergeSpacedLetters(text, raw);
    }

    public static bool IsMask(char c) => c is '*' or '#' or '%';

    private static bool IsWordChar(char c) => IsLetterOrDigit(c) || c is '@' or '$' || IsMask(c);

    // Russian letters answered first: most characters of an appeal are.
    private static bool IsLetterOrDigit(char c) => c is >= 'а' and <= 'я' || char.IsLetterOrDigit(c);

    // The same as char.ToLowerInvariant, which goes to the culture data for every non-ASCII character.
    private static char ToLower(char c) => c switch
    {
        >= 'а' and <= 'я' or >= 'a' and <= 'z' => c,
        >= 'А' and <= 'Я' => (char)(c + ('а' - 'А')),
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        'Ё' => 'ё',
        < (char)128 => c,
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsJoiner(char c) => c is '.' or '-' or '_' or '\'' or '`' or '~' or '|' or '–';

    private static List<(int Start, int End, int Sentence)> RawWords(string text)
    {
        var words = new List<(int, int, int)>();
        var sentence = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or '\n')
                {
                    sentence++;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i])
                || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
            {
                i++;
            }

            words.Add((start, i, sentence));
        }

        return words;
    }

    // "б л я д ь": three or more single letters in a row are read as one word.
    private static List<DisguisedWord> MergeSpacedLetters(string text, List<(int Start, int End, int Sentence)> raw)
    {
        var result = new List<DisguisedWord>(raw.Count);
        var k = 0;
        while (k < raw.Count)
        {
            var run = k;
            while (run < raw.Count && raw[run].End - raw[run].Start == 1 && char.IsLetter(text[raw[run].Start])
                && (run == k || raw[run].Start - raw[run - 1].End <= 2))
            {
                run++;
            }

            if (run - k >= 3)
            {
                var start = raw[k].Start;
                var end = raw[run - 1].End;
                result.Add(Make(text, start, end, raw[k].Sentence));
                k = run;
                continue;
            }

            result.Add(Make(text, raw[k].Start, raw[k].End, raw[k].Sentence));
            k++;
        }

        return result;
    }

    private static DisguisedWord Make(string text, int start, int end, int sentence)
    {
        var span = text.AsSpan(start, end - start);
        var cyrillic = false;
        foreach (var c in span)
        {
            cyrillic |= c is >= 'а' and <= 'я' or >= 'А' and <= 'Я' or 'ё' or 'Ё';
        }

        var normal = Normalize(span, cyrillic, out var masked);
        var parts = span.Contains('-') || span.Contains('–')
            ? span.ToString().Split('-', '–')
                .Where(p => p.Length >= 2)
                .Select(p => Normalize(p, cyrillic, out _))
                .ToList()
            : [];
        var second = cyrillic && span.ContainsAny(Ambiguous) ? Normalize(ReadSecondWay(span), cyrillic, out _) : "";
        return new DisguisedWord(start, end - start, normal, masked, sentence)
        {
            Parts = parts,
            SecondReading = second,
        };
    }

    private static readonly System.Buffers.SearchValues<char> Ambiguous = System.Buffers.SearchValues.Create("@3pPbB");

    private static string ReadSecondWay(ReadOnlySpan<char> span) => string.Create(span.Length, span.ToString(),
        static (buffer, word) =>
        {
            for (var i = 0; i < word.Length; i++)
            {
                buffer[i] = word[i] switch
                {
                    '@' or '3' => '*',
                    'p' or 'P' => 'п',
                    'b' or 'B' => 'б',
                    var c => c,
                };
            }
        });

    // One pass over a stack buffer: map look-alikes, drop separators, and read a letter stretched for
    // emphasis («бляяяядь», three or more) once while keeping ordinary double letters.
    private static string Normalize(ReadOnlySpan<char> span, bool cyrillic, out bool masked)
    {
        Span<char> buffer = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var length = 0;
        var run = 0;
        masked = false;
        foreach (var original in span)
        {
            var c = ToLower(original);
            if (IsMask(c))
            {
                masked = true;
                c = '*';
            }
            else if (!IsLetterOrDigit(c) && c is not '@' and not '$')
            {
                continue;
            }
            else if (cyrillic && c < 128 && LookAlikes[c] != '\0')
            {
                // Latin and digit look-alikes count only inside an otherwise Cyrillic word, so "2026" stays a number.
                c = LookAlikes[c];
            }
            else if (c == 'ё')
            {
                c = 'е';
            }

            run = length > 0 && buffer[length - 1] == c ? run + 1 : 1;
            if (c == '*' && run > 1)
            {
                continue;
            }

            if (run == 3)
            {
                length--;
            }

            if (run <= 2)
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
