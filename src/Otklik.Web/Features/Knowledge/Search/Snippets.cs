using System.Net;
using System.Text;
using Otklik.Text.Search;

namespace Otklik.Web.Features.Knowledge.Search;

// The passage of an article where the query's words sit closest together, with those words marked.
public static class Snippets
{
    private const int Window = 240;

    public static string Html(string plain, IReadOnlySet<string> terms)
    {
        var text = plain.Normalize(NormalizationForm.FormKC);
        var hits = RussianSearchAnalyzer.Tokens(text).Where(t => terms.Contains(t.Term)).ToList();
        var start = BestStart(hits);
        start = WordStart(text, start);
        var end = Math.Min(text.Length, start + Window);
        end = WordEnd(text, end);

        var html = new StringBuilder();
        html.Append(start > 0 ? "… " : string.Empty);
        var at = start;
        foreach (var hit in hits.Where(h => h.Start >= start && h.Start + h.Length <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[at..hit.Start]));
            var word = WebUtility.HtmlEncode(text.Substring(hit.Start, hit.Length));
            html.Append("<mark>").Append(word).Append("</mark>");
            at = hit.Start + hit.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        html.Append(end < text.Length ? " …" : string.Empty);
        return html.ToString();
    }

    // The start, a little before a hit, whose window holds the most distinct query words.
    private static int BestStart(List<SearchToken> hits)
    {
        var best = 0;
        var bestCount = 0;
        foreach (var hit in hits)
        {
            var start = Math.Max(0, hit.Start - 40);
            var count = hits.Where(h => h.Start >= start && h.Start + h.Length <= start + Window)
                .Select(h => h.Term).Distinct().Count();
            if (count > bestCount)
            {
                (best, bestCount) = (start, count);
            }
        }

        return best;
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
