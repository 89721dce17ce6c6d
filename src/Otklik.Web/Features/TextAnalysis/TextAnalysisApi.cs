using Microsoft.AspNetCore.Http.HttpResults;
using Otklik.Text.Abuse;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.TextAnalysis;

public sealed record TextRequest(string? Text, bool Refusal = false);

public sealed record AbuseFindingResponse(string Category, int Start, int Length, string Fragment, string Rule);

public sealed record AbuseResponse(bool Abusive, IReadOnlyList<AbuseFindingResponse> Findings);

public sealed record PlainFindingResponse(
    string Kind, string Severity, int Start, int Length, string Message, string? Suggestion);

public sealed record PlainLanguageResponse(
    double Score, double Grade, int Sentences, int Words, IReadOnlyList<PlainFindingResponse> Findings);

// Texts of citizens are personal data: these endpoints never log them.
public static class TextAnalysisApi
{
    public const int MaxLength = 100_000;

    public static RouteGroupBuilder MapTextAnalysisApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/text").WithTags("Text analysis").RequireScope(ApiScopes.TextAnalyze)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/abuse", (TextRequest request) => Validate(request) is { } error
                ? (Results<Ok<AbuseResponse>, ProblemHttpResult>)error.ToProblem()
                : TypedResults.Ok(ToResponse(AbuseDetector.Default.Analyze(request.Text!))))
            .WithSummary("Obscene language, insults and threats found in a text, with their positions");
        group.MapPost("/plain-language", (TextRequest request) => Validate(request) is { } error
                ? (Results<Ok<PlainLanguageResponse>, ProblemHttpResult>)error.ToProblem()
                : TypedResults.Ok(ToResponse(PlainLanguageChecker.Default.Check(request.Text!, request.Refusal))))
            .WithSummary("Reading ease, grade and plain-language findings for a Russian text");
        return api;
    }

    public static Error? Validate(TextRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.Text))
        {
            return Errors.Validation("text.empty", "Передайте текст в поле text.");
        }

        return request.Text.Length > MaxLength
            ? Errors.Validation("text.too_long",
                $"Текст длиннее {MaxLength} символов; разделите его на части.")
            : null;
    }

    public static string CategoryName(AbuseCategory category) => category switch
    {
        AbuseCategory.Obscene => "obscene",
        AbuseCategory.Insult => "insult",
        _ => "threat",
    };

    private static AbuseResponse ToResponse(AbuseResult result) => new(result.IsAbusive,
        [.. result.Findings.Select(f => new AbuseFindingResponse(
            CategoryName(f.Category), f.Start, f.Length, f.Fragment, f.Rule))]);

    private static PlainLanguageResponse ToResponse(PlainLanguageResult r) => new(
        r.ReadingEase, r.Grade, r.Sentences, r.Words,
        [.. r.Findings.Select(f => new PlainFindingResponse(
            f.Kind, f.Severity.ToString().ToLowerInvariant(), f.Start, f.Length, f.Message, f.Suggestion))]);
}
