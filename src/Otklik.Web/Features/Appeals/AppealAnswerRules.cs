using System.Text.RegularExpressions;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Appeals;

// What an answer must satisfy before it leaves: not empty, no template field left unfilled, and in a refusal
// no bare legal reference without its ground in plain words (R11).
public static partial class AppealAnswerRules
{
    public const int MaxChars = 20_000;

    public static Error? Check(string? text, bool refusal)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxChars)
        {
            return Field("Напишите текст ответа (до 20 000 знаков).");
        }

        var unfilled = Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();
        if (unfilled.Count > 0)
        {
            return Field($"Заполните поля шаблона: {string.Join(", ", unfilled)}.");
        }

        if (!refusal)
        {
            return null;
        }

        var bare = PlainLanguageChecker.Default.Check(text, refusal: true).Findings
            .Where(f => f.Severity == Severity.Error).ToList();
        return bare.Count == 0
            ? null
            : Field("В отказе объясните основания простыми словами, а не только ссылкой на закон: " +
                string.Join(" ", bare.Select(f => $"«{text.Substring(f.Start, f.Length)}» — {f.Message}")));
    }

    // A line for the card and the client's status page: the first sentence, marked when it is a refusal.
    public static string Summary(string text, bool refusal)
    {
        var first = text.Split(['\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith("Уважаем", StringComparison.Ordinal))
            ?? text.Trim();
        var line = first.Length > 300 ? first[..300] + "…" : first;
        return refusal ? "Отказ: " + line : line;
    }

    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct()];

    private static Error Field(string message) =>
        Errors.Validation("appeal.answer-invalid", message,
            new Dictionary<string, string[]> { ["AnswerText"] = [message] });

    [GeneratedRegex(@"\{[^{}\n]{1,40}\}")]
    private static partial Regex Placeholder();
}
