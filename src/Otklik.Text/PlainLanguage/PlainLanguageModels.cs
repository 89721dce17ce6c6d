namespace Otklik.Text.PlainLanguage;

public enum Severity
{
    Advice,
    Warning,
    Error,
}

public sealed record PlainFinding(
    string Kind,
    Severity Severity,
    int Start,
    int Length,
    string Message,
    string? Suggestion);

// Reading ease 0–100 (higher is plainer), school grade needed, and what to fix.
public sealed record PlainLanguageResult(
    double ReadingEase, double Grade, int Sentences, int Words, double AverageSentenceLength,
    IReadOnlyList<PlainFinding> Findings);
