namespace Otklik.Text.Abuse;

// Which groups of literal strings occur in a sentence, found in one pass over it. Most sentences hold
// none of the words a costly rule needs, so that rule is skipped; a pass per group, or a regular
// expression run per sentence, cost most of the detector's time. The strings are Russian letters and
// spaces, as in normalised text, so the automaton's table stays small.
internal sealed class WordGroups
{
    private const int Letters = 32;
    private const int Space = Letters;
    private const int Other = Letters + 1;
    private const int Symbols = Letters + 2;

    private readonly int[] _next;
    private readonly int[] _found;

    public WordGroups(IReadOnlyList<IReadOnlyCollection<string>> groups)
    {
        if (groups.Count > 32)
        {
            throw new ArgumentException("At most 32 groups fit in the answer.", nameof(groups));
        }

        // The trie of all strings, each state marked with the groups whose strings end there.
        var next = new List<int[]> { NewState() };
        var found = new List<int> { 0 };
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var word in groups[g])
            {
                var state = 0;
                foreach (var c in word)
                {
                    var symbol = SymbolOf(c);
                    if (symbol == Other)
                    {
                        throw new ArgumentException(
                            $"«{word}» holds a character other than a Russian letter or a space.", nameof(groups));
                    }

                    if (next[state][symbol] < 0)
                    {
                        next[state][symbol] = next.Count;
                        next.Add(NewState());
                        found.Add(0);
                    }

                    state = next[state][symbol];
                }

                found[state] |= 1 << g;
            }
        }

        // Aho–Corasick: breadth first, every missing move follows the longest proper suffix that is in the trie,
        // and a state also reports the strings that end at its suffixes.
        var fail = new int[next.Count];
        var queue = new Queue<int>();
        for (var s = 0; s < Symbols; s++)
        {
            if (next[0][s] < 0)
            {
                next[0][s] = 0;
            }
            else
            {
                fail[next[0][s]] = 0;
                queue.Enqueue(next[0][s]);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            found[state] |= found[fail[state]];
            for (var s = 0; s < Symbols; s++)
            {
                var child = next[state][s];
                if (child < 0)
                {
                    next[state][s] = next[fail[state]][s];
                }
                else
                {
                    fail[child] = next[fail[state]][s];
                    queue.Enqueue(child);
                }
            }
        }

        _next = new int[next.Count * Symbols];
        for (var state = 0; state < next.Count; state++)
        {
            next[state].CopyTo(_next, state * Symbols);
        }

        _found = [.. found];
    }

    // One bit for each group with a string in the text.
    public int Find(ReadOnlySpan<char> text)
    {
        var state = 0;
        var groups = 0;
        foreach (var c in text)
        {
            state = _next[(state * Symbols) + SymbolOf(c)];
            groups |= _found[state];
        }

        return groups;
    }

    private static int[] NewState()
    {
        var state = new int[Symbols];
        Array.Fill(state, -1);
        return state;
    }

    private static int SymbolOf(char c) => c switch
    {
        >= 'а' and <= 'я' => c - 'а',
        ' ' => Space,
        _ => Other,
    };
}
