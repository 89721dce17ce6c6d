namespace Otklik.Text.Abuse;

// Words in quotation marks are someone else's: a complaint quotes the official who insulted or threatened
// the writer («Сотрудник орал: „ты ебанутая, что ли“»). The obscenity stays a finding, the insult or threat
// is not the writer's. Only a message the writer asks to pass on («Передайте ему: „…“») is his own.
internal static class QuotedSpeech
{
    public static void RemoveQuotedInsultsAndThreats(string text, List<AbuseFinding> findings)
    {
        if (text.AsSpan().IndexOfAny("«\"“„") < 0)
        {
            return;
        }

        var spans = Spans(text);
        findings.RemoveAll(f => f.Category != AbuseCategory.Obscene
            && spans.Any(s => s.Start < f.Start && f.Start < s.End && !IsPassedOn(text, s.Start)));
    }

    private static bool IsPassedOn(string text, int quoteStart)
    {
        var from = Math.Max(0, quoteStart - 40);
        return text.AsSpan(from, quoteStart - from).Contains("передай", StringComparison.OrdinalIgnoreCase);
    }

    // Outermost quoted stretches; an opening mark never closed quotes nothing.
    private static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int Start, int End)>();
        var open = new Stack<(char Close, int Start)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open.Count > 0 && c == open.Peek().Close)
            {
                var (_, start) = open.Pop();
                if (open.Count == 0)
                {
                    spans.Add((start, i));
                }

                continue;
            }

            var close = c switch { '«' => '»', '„' => '“', '“' => '”', '"' => '"', _ => '\0' };
            if (close != '\0')
            {
                open.Push((close, i));
            }
        }

        return spans;
    }
}
