using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Text.Abuse;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.TextAnalysis;

public sealed class IndexModel : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public bool Refusal { get; set; }

    public AbuseResult? Abuse { get; private set; }

    public PlainLanguageResult? Plain { get; private set; }

    public string AbuseHtml { get; private set; } = "";

    public string PlainHtml { get; private set; } = "";

    public static string Title(AbuseCategory category) => category switch
    {
        AbuseCategory.Obscene => "Нецензурное слово",
        AbuseCategory.Insult => "Оскорбление",
        _ => "Угроза",
    };

    public static string Title(Severity severity) => severity switch
    {
        Severity.Error => "Ошибка",
        Severity.Warning => "Исправьте",
        _ => "Совет",
    };

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (TextAnalysisApi.Validate(new TextRequest(Text, Refusal)) is { } error)
        {
            ModelState.AddError(error);
            return Page();
        }

        Abuse = AbuseDetector.Default.Analyze(Text!);
        Plain = PlainLanguageChecker.Default.Check(Text!, Refusal);
        AbuseHtml = Highlight.Render(Text!, Abuse.Findings.Select(
            f => new Mark(f.Start, f.Length, "mark-abuse", Title(f.Category))));
        PlainHtml = Highlight.Render(Text!, Plain.Findings.Select(
            f => new Mark(f.Start, f.Length, "mark-" + f.Severity.ToString().ToLowerInvariant(), f.Message)));
        return Page();
    }
}
