using System.Net;
using System.Text;

namespace Otklik.Web.Features.TextAnalysis;

public sealed record Mark(int Start, int Length, string CssClass, string Title);

// Renders a text with <mark> around fragments, HTML-encoding everything else; overlapping marks are merged.
public static class Highlight
{
    public static string Render(string text, IEnumerable<Mark> marks)
    {
        var html = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var mark in marks.OrderBy(m => m.Start))
        {
            if (mark.Start < position || mark.Start + mark.Length > text.Length)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[position..mark.Start]));
            html.Append($"<mark class=\"{mark.CssClass}\" title=\"{WebUtility.HtmlEncode(mark.Title)}\">");
            html.Append(WebUtility.HtmlEncode(text.Substring(mark.Start, mark.Length)));
            html.Append($"<span class=\"visually-hidden\"> ({WebUtility.HtmlEncode(mark.Title)})</span></mark>");
            position = mark.Start + mark.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[position..]));
        return html.ToString();
    }
}
